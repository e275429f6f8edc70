/* soften-completion-page.c — what was done, at the end of an exercise
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-completion-page.h"

struct _SoftenCompletionPage
{
  AdwBin         parent_instance;

  /* Template widgets */
  AdwStatusPage *status_page;
  GtkWidget     *back_button;
  GtkWidget     *again_button;
};

G_DEFINE_FINAL_TYPE (SoftenCompletionPage, soften_completion_page, ADW_TYPE_BIN)

enum {
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[BACK], 0);
}

static void
soften_completion_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_COMPLETION_PAGE);

  G_OBJECT_CLASS (soften_completion_page_parent_class)->dispose (object);
}

static void
soften_completion_page_class_init (SoftenCompletionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_completion_page_dispose;

  /* The person wants to go back to the list of exercises. */
  signals[BACK] =
    g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

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

/**
 * soften_completion_page_show_session:
 * @session: a finished session
 *
 * Says what was done: which exercise, and for how long.
 */
void
soften_completion_page_show_session (SoftenCompletionPage *self,
                                     SoftenSession        *session)
{
  SoftenExercise *exercise;
  g_autofree char *title = NULL;
  g_autofree char *time_spent = NULL;
  g_autofree char *description = NULL;
  guint minutes;

  g_return_if_fail (SOFTEN_IS_COMPLETION_PAGE (self));
  g_return_if_fail (SOFTEN_IS_SESSION (session));

  exercise = soften_session_get_exercise (session);
  minutes = (soften_session_get_active_usec (session) + 30 * G_USEC_PER_SEC) / (60 * G_USEC_PER_SEC);

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
  {
    g_autofree char *escaped = g_markup_escape_text (description, -1);

    adw_status_page_set_description (self->status_page, escaped);
  }

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->again_button),
                                          g_variant_new_string (soften_exercise_get_id (exercise)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->again_button), "app.start");
  gtk_widget_grab_focus (self->back_button);
}
