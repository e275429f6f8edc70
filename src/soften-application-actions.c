/* soften-application-actions.c — the application's actions
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   app.start(s)          start the exercise with that id
 *   app.start-for((su))   start it for one of its lengths, in minutes
 *   app.present(s)        present it: fullscreen, keyboard-driven, not recorded
 *   app.present-chooser   choose from the list what to present
 *   app.breathe           box breathing, at once (a desktop action)
 *   app.rehearse(s)       rehearse the kept script with that id
 *   app.help-now          Help Now, from anywhere (Alt+H; a desktop action)
 *   app.import            add exercise files of one's own
 *   app.preferences       the Preferences window
 *   app.about             the About window
 *   app.quit              close every window (so each saves its state), then quit
 *
 * A session is started through the practice, which owns it; the window
 * follows. Moving between pages is the window's (win.show-*).
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-about.h"
#include "soften-application-private.h"
#include "soften-importer.h"
#include "soften-preferences-window.h"

/* Reports on the window, if there is one to see it. */
static void
show_failure (SoftenApplication *self, const GError *error)
{
  GtkWidget *window = GTK_WIDGET (soften_application_get_window (self));

  gtk_widget_activate_action (window, "win.toast", "s", error->message);
}

/**
 * soften_application_play:
 * @id: an exercise's id
 * @presenting: whether to present it
 *
 * Starts the exercise in the window, which is made first if there is none,
 * so that it follows the practice from the start.
 *
 * Returns: FALSE if there is no such exercise
 */
gboolean
soften_application_play (SoftenApplication *self,
                         const char        *id,
                         gboolean           presenting,
                         guint              minutes,
                         GError           **error)
{
  /* No window for nothing: an empty one would keep the app running. */
  if (soften_library_find (self->library, id) != NULL)
    soften_application_get_window (self);
  return soften_practice_start (self->practice, id, presenting, minutes, error);
}

static void
start_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  if (!soften_application_play (user_data, g_variant_get_string (parameter, NULL), FALSE, 0,
                                &error))
    show_failure (user_data, error);
}

/* For one of a breathing exercise's lengths: (id, minutes). */
static void
start_for_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  const char        *id;
  guint              minutes;

  g_variant_get (parameter, "(&su)", &id, &minutes);
  if (!soften_application_play (user_data, id, FALSE, minutes, &error))
    show_failure (user_data, error);
}

/* Fullscreen, keyboard-driven, nothing recorded: for a therapist. */
static void
present_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  if (!soften_application_play (user_data, g_variant_get_string (parameter, NULL), TRUE, 0, &error))
    show_failure (user_data, error);
}

/* The desktop file's "Breathe": box breathing, at once. */
static void
breathe_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  if (!soften_application_play (user_data, "box-breathing", FALSE, 0, &error))
    show_failure (user_data, error);
}

/* The desktop file's "Present…": the list, to choose what to present. */
static void
present_chooser_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  SoftenWindow *window = soften_application_get_window (user_data);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.choose-to-present", NULL);
  gtk_window_present (GTK_WINDOW (window));
}

/* Stop and Ground, people to reach, and lines for where one is: from any
 * page, the command line or the desktop, leaving whatever was under way. */
static void
help_now_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  SoftenWindow *window = soften_application_get_window (user_data);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-now", NULL);
}

/* Rehearse a kept script again: the rehearsing exercise, with the script. */
static void
rehearse_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  SoftenApplication *self = user_data;
  g_autoptr (GError) error = NULL;

  soften_application_get_window (self);
  if (!soften_practice_rehearse (self->practice, g_variant_get_string (parameter, NULL), &error))
    show_failure (self, error);
}

static void
import_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  SoftenApplication *self = user_data;

  soften_import_choose (GTK_WINDOW (soften_application_get_window (self)), self->library);
}

static void
about_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  SoftenApplication *self = user_data;

  soften_about_show (gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
preferences_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  SoftenApplication *self = user_data;
  GtkWidget         *preferences = soften_preferences_window_new (
              self->settings, soften_practice_get_voice_guidance (self->practice));

  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_set_modal (GTK_WINDOW (preferences), TRUE);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GApplication *app = user_data;
  GList        *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Closing (rather than destroying) lets each window save its size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);

  g_application_quit (app);
}

static const GActionEntry app_actions[] = {
  { .name = "start", .activate = start_action, .parameter_type = "s" },
  { .name = "start-for", .activate = start_for_action, .parameter_type = "(su)" },
  { .name = "present", .activate = present_action, .parameter_type = "s" },
  { .name = "present-chooser", .activate = present_chooser_action },
  { .name = "breathe", .activate = breathe_action },
  { .name = "rehearse", .activate = rehearse_action, .parameter_type = "s" },
  { .name = "help-now", .activate = help_now_action },
  { .name = "import", .activate = import_action },
  { .name = "about", .activate = about_action },
  { .name = "preferences", .activate = preferences_action },
  { .name = "quit", .activate = quit_action },
};

static const struct
{
  const char *action;
  const char *accels[2];
} app_accels[] = {
  { "app.help-now", { "<Alt>h", NULL } },
  /* Stop and Ground from any page, the list of exercises too. */
  { "win.stop-and-ground", { "<Alt>g", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "window.close", { "<Control>w", NULL } },
  /* GTK would set this itself for a gtk/help-overlay.ui in the resources,
   * but would build that window with every main window, before its first
   * frame; ours is built when first asked for (soften-window.c). */
  { "win.show-help-overlay", { "<Control>question", NULL } },
};

void
soften_application_add_actions (SoftenApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);

  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), app_accels[i].action,
                                           app_accels[i].accels);
}
