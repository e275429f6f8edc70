/* soften-learn-group.c — the learn cards, in the library
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A heading and a boxed list of the built-in learn cards, near the end of
 * the library: a row each, with the card's title and summary, that opens
 * it (win.learn). The rows are made once the library has been drawn
 * (soften_learn_group_fill()), so that the first frame does not wait for
 * their text.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-learn-card.h"
#include "soften-learn-group.h"

struct _SoftenLearnGroup
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkListBox *list_box;

  /* Owned */
  gboolean filled;
};

G_DEFINE_FINAL_TYPE (SoftenLearnGroup, soften_learn_group, ADW_TYPE_BIN)

static GtkWidget *
make_row (SoftenLearnCard *card)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE, "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), soften_learn_card_get_title (card));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), soften_learn_card_get_summary (card));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.learn");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", soften_learn_card_get_id (card));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

static void
soften_learn_group_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_LEARN_GROUP);

  G_OBJECT_CLASS (soften_learn_group_parent_class)->dispose (object);
}

static void
soften_learn_group_class_init (SoftenLearnGroupClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_learn_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-learn-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenLearnGroup, list_box);
}

static void
soften_learn_group_init (SoftenLearnGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * soften_learn_group_fill:
 *
 * Makes a row for each built-in card, once. A card that cannot be read is
 * a bug in the build, which the engine's tests catch: it is logged and
 * left out.
 */
void
soften_learn_group_fill (SoftenLearnGroup *self)
{
  const char *const *ids = soften_learn_card_get_builtin_ids ();

  g_return_if_fail (SOFTEN_IS_LEARN_GROUP (self));

  if (self->filled)
    return;
  self->filled = TRUE;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr (GError)          error = NULL;
      g_autoptr (SoftenLearnCard) card = soften_learn_card_lookup (ids[i], &error);

      if (card == NULL)
        g_warning ("%s", error->message);
      else
        gtk_list_box_append (self->list_box, make_row (card));
    }
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}
