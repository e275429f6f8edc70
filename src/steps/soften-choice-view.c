/* soften-choice-view.c — a choice step: pick the one that fits
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One toggle button per choice, in a group. The chosen id (never any text
 * the person wrote) goes to the session under the step's Record key, to be
 * recorded with it.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-choice-view.h"

struct _SoftenChoiceView
{
  SoftenStepView  parent_instance;

  /* Template widgets */
  GtkBox         *choices_box;

  /* Owned */
  SoftenStep     *shown;    /* the step the buttons were made for */
  gboolean        syncing;
};

G_DEFINE_FINAL_TYPE (SoftenChoiceView, soften_choice_view, SOFTEN_TYPE_STEP_VIEW)

static void
choice_toggled_cb (GtkToggleButton  *button,
                   SoftenChoiceView *self)
{
  SoftenSession *session = soften_step_view_get_session (SOFTEN_STEP_VIEW (self));
  g_autofree char *key = NULL;

  if (self->syncing || session == NULL || !gtk_toggle_button_get_active (button))
    return;

  key = soften_step_dup_response_key (soften_session_get_step (session));
  soften_session_set_response (session, key,
                               g_variant_new_string (g_object_get_data (G_OBJECT (button), "choice")));
}

/* One choice among several: screen readers hear a radio button, and
 * whether it is checked. */
static void
update_checked (GtkToggleButton *button)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (button),
                               GTK_ACCESSIBLE_STATE_CHECKED,
                               gtk_toggle_button_get_active (button) ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                                                     : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

static void
make_buttons (SoftenChoiceView *self,
              SoftenStep       *step)
{
  GtkToggleButton *first = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->choices_box))) != NULL)
    gtk_box_remove (self->choices_box, child);

  for (guint i = 0; i < soften_step_get_n_choices (step); i++)
    {
      GtkWidget *button = g_object_new (GTK_TYPE_TOGGLE_BUTTON,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO,
                                        NULL);
      GtkWidget *label = gtk_label_new (soften_step_get_choice_label (step, i));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                      -1);
      gtk_widget_add_css_class (button, "zone-button");
      g_object_set_data_full (G_OBJECT (button), "choice",
                              g_strdup (soften_step_get_choice_id (step, i)), g_free);
      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      else
        first = GTK_TOGGLE_BUTTON (button);
      g_signal_connect (button, "toggled", G_CALLBACK (choice_toggled_cb), self);
      g_signal_connect (button, "notify::active", G_CALLBACK (update_checked), NULL);
      update_checked (GTK_TOGGLE_BUTTON (button));
      gtk_box_append (self->choices_box, button);
    }

  g_set_object (&self->shown, step);
}

static void
soften_choice_view_update (SoftenStepView *view,
                           SoftenSession  *session,
                           SoftenStep     *step)
{
  SoftenChoiceView *self = SOFTEN_CHOICE_VIEW (view);
  g_autofree char *key = soften_step_dup_response_key (step);
  GVariant *answer = soften_session_get_response (session, key);
  const char *chosen = NULL;

  if (self->shown != step)
    make_buttons (self, step);

  if (answer != NULL && g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING))
    chosen = g_variant_get_string (answer, NULL);

  self->syncing = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->choices_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child),
                                  g_strcmp0 (g_object_get_data (G_OBJECT (child), "choice"), chosen) == 0);
  self->syncing = FALSE;
}

static void
soften_choice_view_dispose (GObject *object)
{
  SoftenChoiceView *self = (SoftenChoiceView *)object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_CHOICE_VIEW);
  g_clear_object (&self->shown);

  G_OBJECT_CLASS (soften_choice_view_parent_class)->dispose (object);
}

static void
soften_choice_view_class_init (SoftenChoiceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SoftenStepViewClass *view_class = SOFTEN_STEP_VIEW_CLASS (klass);

  object_class->dispose = soften_choice_view_dispose;

  view_class->kind = SOFTEN_STEP_CHOICE;
  view_class->update = soften_choice_view_update;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-choice-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenChoiceView, choices_box);
}

static void
soften_choice_view_init (SoftenChoiceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
