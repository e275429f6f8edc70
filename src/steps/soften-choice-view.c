/* soften-choice-view.c — a choice step: pick the one that fits
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One SoftenChoiceButton per choice, each targeting the choice.chosen
 * action, whose state is the "chosen" property: the id of the chosen
 * answer, or "" while none is. The chosen id (never any text the person
 * wrote) goes to the session under the step's Record key, to be recorded
 * with it.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-choice-button.h"
#include "soften-choice-view.h"

struct _SoftenChoiceView
{
  SoftenStepView parent_instance;

  /* Template widgets */
  GtkBox *choices_box;

  /* Owned */
  SoftenStep *shown; /* the step the buttons were made for */
  char       *chosen;
  gboolean    syncing;
};

G_DEFINE_FINAL_TYPE (SoftenChoiceView, soften_choice_view, SOFTEN_TYPE_STEP_VIEW)

enum
{
  PROP_0,
  PROP_CHOSEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_chosen (SoftenChoiceView *self, const char *chosen)
{
  SoftenSession   *session = soften_step_view_get_session (SOFTEN_STEP_VIEW (self));
  g_autofree char *key = NULL;

  if (chosen == NULL)
    chosen = "";
  if (g_strcmp0 (self->chosen, chosen) == 0)
    return;

  g_free (self->chosen);
  self->chosen = g_strdup (chosen);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOSEN]);
  if (self->syncing || session == NULL || self->chosen[0] == '\0')
    return;

  key = soften_step_dup_response_key (soften_session_get_step (session));
  soften_session_set_response (session, key, g_variant_new_string (self->chosen));
}

static void
make_buttons (SoftenChoiceView *self, SoftenStep *step)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->choices_box))) != NULL)
    gtk_box_remove (self->choices_box, child);

  for (guint i = 0; i < soften_step_get_n_choices (step); i++)
    gtk_box_append (
        self->choices_box,
        soften_choice_button_new (soften_step_get_choice_label (step, i), "choice.chosen",
                                  g_variant_new_string (soften_step_get_choice_id (step, i))));

  g_set_object (&self->shown, step);
}

static void
soften_choice_view_update (SoftenStepView *view, SoftenSession *session, SoftenStep *step)
{
  SoftenChoiceView *self = SOFTEN_CHOICE_VIEW (view);
  g_autofree char  *key = soften_step_dup_response_key (step);
  GVariant         *answer = soften_session_get_response (session, key);

  if (self->shown != step)
    make_buttons (self, step);

  self->syncing = TRUE;
  set_chosen (self, answer != NULL && g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING)
                        ? g_variant_get_string (answer, NULL)
                        : NULL);
  self->syncing = FALSE;
}

static void
soften_choice_view_dispose (GObject *object)
{
  SoftenChoiceView *self = SOFTEN_CHOICE_VIEW (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_CHOICE_VIEW);
  g_clear_object (&self->shown);

  G_OBJECT_CLASS (soften_choice_view_parent_class)->dispose (object);
}

static void
soften_choice_view_finalize (GObject *object)
{
  SoftenChoiceView *self = SOFTEN_CHOICE_VIEW (object);

  g_free (self->chosen);

  G_OBJECT_CLASS (soften_choice_view_parent_class)->finalize (object);
}

static void
soften_choice_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenChoiceView *self = SOFTEN_CHOICE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHOSEN:
      g_value_set_string (value, self->chosen);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_choice_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SoftenChoiceView *self = SOFTEN_CHOICE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHOSEN:
      set_chosen (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_choice_view_class_init (SoftenChoiceViewClass *klass)
{
  GObjectClass        *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass      *widget_class = GTK_WIDGET_CLASS (klass);
  SoftenStepViewClass *view_class = SOFTEN_STEP_VIEW_CLASS (klass);

  object_class->dispose = soften_choice_view_dispose;
  object_class->finalize = soften_choice_view_finalize;
  object_class->get_property = soften_choice_view_get_property;
  object_class->set_property = soften_choice_view_set_property;

  view_class->kind = SOFTEN_STEP_CHOICE;
  view_class->update = soften_choice_view_update;

  /* The chosen answer's id; "" while none is chosen. */
  properties[PROP_CHOSEN]
      = g_param_spec_string ("chosen", NULL, NULL, "",
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-choice-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenChoiceView, choices_box);
  gtk_widget_class_install_property_action (widget_class, "choice.chosen", "chosen");
}

static void
soften_choice_view_init (SoftenChoiceView *self)
{
  self->chosen = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
}
