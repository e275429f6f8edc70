/* soften-completion-page.c — what was done, at the end of an exercise
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the session the practice just finished: which exercise, and for
 * how long. "Back to Exercises" puts the session away (the practice's
 * leave) and goes to the list; "Do It Again" starts it anew.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-completion-page.h"
#include "soften-practice.h"

struct _SoftenCompletionPage
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwStatusPage *status_page;
  GtkWidget     *back_button;
  GtkWidget     *again_button;

  /* Owned */
  SoftenPractice *practice;
};

G_DEFINE_FINAL_TYPE (SoftenCompletionPage, soften_completion_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PRACTICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Says what was done: which exercise, and for how long. */
static void
session_finished_cb (SoftenCompletionPage *self, SoftenSession *session)
{
  SoftenExercise  *exercise = soften_session_get_exercise (session);
  g_autofree char *title = NULL;
  g_autofree char *time_spent = NULL;
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  guint            minutes;

  minutes
      = (soften_session_get_active_usec (session) + 30 * G_USEC_PER_SEC) / (60 * G_USEC_PER_SEC);
  /* Translators: the heading when an exercise is done; %s is its title */
  title = g_strdup_printf (_("You Finished “%s”"), soften_exercise_get_title (exercise));
  if (minutes == 0)
    time_spent = g_strdup (_("You spent a little while with yourself."));
  else
    time_spent = g_strdup_printf (ngettext ("You spent %u minute with yourself.",
                                            "You spent %u minutes with yourself.", minutes),
                                  minutes);
  /* Translators: %s is a sentence saying how long the person spent */
  description = g_strdup_printf (_("%s However you feel now, you can choose what comes next."),
                                 time_spent);

  adw_status_page_set_title (self->status_page, title);
  /* The description is markup; a translation may hold “&” or “<”. */
  escaped = g_markup_escape_text (description, -1);
  adw_status_page_set_description (self->status_page, escaped);
  /* The target first: an action without its parameter cannot be set. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->again_button),
                                          g_variant_new_string (soften_exercise_get_id (exercise)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->again_button), "app.start");
}

static void
back_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenCompletionPage *self = SOFTEN_COMPLETION_PAGE (widget);

  gtk_widget_activate_action (widget, "win.show-library", NULL);
  if (self->practice != NULL)
    soften_practice_leave (self->practice);
}

static gboolean
soften_completion_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (SOFTEN_COMPLETION_PAGE (widget)->back_button);
}

static void
soften_completion_page_dispose (GObject *object)
{
  SoftenCompletionPage *self = SOFTEN_COMPLETION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_COMPLETION_PAGE);
  g_clear_object (&self->practice);

  G_OBJECT_CLASS (soften_completion_page_parent_class)->dispose (object);
}

static void
soften_completion_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SoftenCompletionPage *self = SOFTEN_COMPLETION_PAGE (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      g_value_set_object (value, self->practice);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_completion_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SoftenCompletionPage *self = SOFTEN_COMPLETION_PAGE (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      if (self->practice != NULL)
        g_signal_handlers_disconnect_by_data (self->practice, self);
      if (g_set_object (&self->practice, g_value_get_object (value)) && self->practice != NULL)
        g_signal_connect_object (self->practice, "finished", G_CALLBACK (session_finished_cb), self,
                                 G_CONNECT_SWAPPED);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_completion_page_class_init (SoftenCompletionPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_completion_page_dispose;
  object_class->get_property = soften_completion_page_get_property;
  object_class->set_property = soften_completion_page_set_property;
  widget_class->grab_focus = soften_completion_page_grab_focus;

  properties[PROP_PRACTICE] = g_param_spec_object ("practice", NULL, NULL, SOFTEN_TYPE_PRACTICE,
                                                   G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-completion-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenCompletionPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, SoftenCompletionPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenCompletionPage, again_button);

  gtk_widget_class_install_action (widget_class, "completion.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "completion.back", NULL);
}

static void
soften_completion_page_init (SoftenCompletionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
