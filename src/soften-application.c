/* soften-application.c — the application: actions, accelerators, start-up
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns what outlives a window: the settings, the library of exercises, the
 * progress record and the clock sessions run on. App actions:
 *   app.start(s)     start the exercise with that id
 *   app.present(s)   present it: fullscreen, keyboard-driven, not recorded
 *   app.present-chooser  choose from the list what to present
 *   app.rehearse(s)  rehearse the kept script with that id
 *   app.show-scripts the kept boundary scripts
 *   app.show-progress the Progress page
 *   app.about        the About window
 *   app.preferences  the Preferences window
 *   app.quit         close every window (so each saves its state), then quit
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "engine/soften-exercise-file.h"
#include "engine/soften-real-clock.h"
#include "engine/soften-session.h"
#include "soften-application.h"
#include "soften-format.h"
#include "soften-importer.h"
#include "soften-preferences-window.h"
#include "soften-window.h"

#define BUILTIN_EXERCISES_PATH RESOURCE_BASE_PATH "/exercises/"
#define MY_BREATHING_ID "my-breathing"
#define REHEARSE_ID "rehearse-script"

struct _SoftenApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  SoftenLibrary  *library;
  SoftenProgress *progress;
  SoftenClock    *clock;
  SoftenScriptStore *scripts;
  char           *scripts_problem;

  /* While a session runs, the screen should not blank or lock. */
  guint           inhibit_cookie;
};

G_DEFINE_FINAL_TYPE (SoftenApplication, soften_application, ADW_TYPE_APPLICATION)

static SoftenWindow *
get_window (SoftenApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (soften_window_new (ADW_APPLICATION (self), self->library,
                                            self->progress, self->scripts,
                                            self->scripts_problem, self->settings));

  return SOFTEN_WINDOW (window);
}

/* Seconds from the settings, in microseconds, to the millisecond. */
static gint64
seconds_to_usec (double seconds,
                 double min,
                 double max)
{
  return (gint64)round (CLAMP (seconds, min, max) * 1000) * 1000;
}

/* "My breathing" follows the pattern and count in the preferences. */
static void
apply_my_breathing (SoftenApplication *self)
{
  g_autoptr(SoftenExercise) mine = NULL;
  SoftenExercise *builtin = soften_library_lookup (self->library, MY_BREATHING_ID);
  double in, hold_in, out, hold_out;
  gint64 pattern[SOFTEN_BREATH_N_PHASES];

  if (builtin == NULL)
    return;

  g_settings_get (self->settings, "custom-pattern", "(dddd)", &in, &hold_in, &out, &hold_out);
  pattern[SOFTEN_BREATH_INHALE] = seconds_to_usec (in, 1, 20);
  pattern[SOFTEN_BREATH_HOLD_IN] = seconds_to_usec (hold_in, 0, 20);
  pattern[SOFTEN_BREATH_EXHALE] = seconds_to_usec (out, 1, 20);
  pattern[SOFTEN_BREATH_HOLD_OUT] = seconds_to_usec (hold_out, 0, 20);

  mine = soften_exercise_copy_with_breathing (builtin, pattern,
                                              g_settings_get_uint (self->settings, "custom-cycles"));
  soften_library_replace (self->library, mine);
}

static void
load_user_exercises (SoftenApplication *self)
{
  g_autoptr(GFile) folder = soften_user_exercises_folder ();

  /* Problems are listed on the Problems page, not logged. Read once the
   * window is drawn, or when one of them is asked for (see SoftenWindow). */
  soften_library_load_directory_later (self->library, folder);
}

static void
session_state_cb (SoftenApplication *self,
                  GParamSpec        *pspec,
                  SoftenSession     *session)
{
  gboolean running = soften_session_get_state (session) == SOFTEN_SESSION_RUNNING;

  if (running && self->inhibit_cookie == 0)
    self->inhibit_cookie =
      gtk_application_inhibit (GTK_APPLICATION (self),
                               gtk_application_get_active_window (GTK_APPLICATION (self)),
                               GTK_APPLICATION_INHIBIT_IDLE,
                               /* Translators: why the screen is kept on */
                               _("An exercise is under way"));
  else if (!running && self->inhibit_cookie != 0)
    {
      gtk_application_uninhibit (GTK_APPLICATION (self), self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

/* Is there a notification server to hear us? GLib warns when there is not
 * (on a bare session, under Xvfb), and a missing server is no error here. */
static gboolean
can_notify (SoftenApplication *self)
{
  static const char * const services[] = { "org.gtk.Notifications", "org.freedesktop.Notifications" };
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));
  g_autoptr(GVariant) activatable = NULL;
  const char **names = NULL;

  if (bus == NULL)
    return FALSE;

  /* Inside a sandbox the portal delivers them. */
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (services); i++)
    {
      g_autoptr(GVariant) owned = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                                "org.freedesktop.DBus", "NameHasOwner",
                                                                g_variant_new ("(s)", services[i]),
                                                                G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE,
                                                                500, NULL, NULL);
      gboolean has_owner = FALSE;

      if (owned != NULL)
        g_variant_get (owned, "(b)", &has_owner);
      if (has_owner)
        return TRUE;
    }

  activatable = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                             "org.freedesktop.DBus", "ListActivatableNames", NULL,
                                             G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE,
                                             500, NULL, NULL);
  if (activatable == NULL)
    return FALSE;

  g_variant_get (activatable, "(^a&s)", &names);
  for (guint i = 0; i < G_N_ELEMENTS (services); i++)
    if (g_strv_contains (names, services[i]))
      {
        g_free (names);
        return TRUE;
      }
  g_free (names);

  return FALSE;
}

/* Someone who looked away (another window, or this one hidden) hears that
 * the exercise is over. */
static void
session_finished_cb (SoftenApplication *self,
                     SoftenSession     *session)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *body = NULL;

  if (window != NULL && gtk_widget_get_visible (GTK_WIDGET (window)) && gtk_window_is_active (window))
    return;
  if (!can_notify (self))
    return;

  /* Translators: a notification's text; %s is the exercise's title */
  body = g_strdup_printf (_("“%s” is done. Take your time coming back."),
                          soften_exercise_get_title (soften_session_get_exercise (session)));
  notification = g_notification_new (_("Exercise Finished"));
  g_notification_set_body (notification, body);
  g_application_send_notification (G_APPLICATION (self), "session-finished", notification);
}

/* Starts @id in the window; returns FALSE if there is no such exercise. */
static gboolean
play (SoftenApplication *self,
      const char        *id,
      gboolean           presenting)
{
  g_autoptr(SoftenSession) session = NULL;
  SoftenExercise *exercise;
  SoftenWindow *window;

  exercise = soften_library_lookup (self->library, id);
  if (exercise == NULL)
    return FALSE;

  window = get_window (self);
  session = soften_session_new (exercise, self->clock);
  g_signal_connect_object (session, "notify::state", G_CALLBACK (session_state_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "finished", G_CALLBACK (session_finished_cb),
                           self, G_CONNECT_SWAPPED);
  g_application_withdraw_notification (G_APPLICATION (self), "session-finished");
  soften_window_play (window, session, presenting);
  gtk_window_present (GTK_WINDOW (window));

  return TRUE;
}

static void
start_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  play (user_data, g_variant_get_string (parameter, NULL), FALSE);
}

/* Fullscreen, keyboard-driven, nothing recorded: for a therapist. */
static void
present_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  play (user_data, g_variant_get_string (parameter, NULL), TRUE);
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  SoftenApplication *self = user_data;

  soften_import_choose (GTK_WINDOW (get_window (self)), self->library);
}

/* The desktop file's "Breathe": box breathing, at once. */
static void
breathe_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  play (user_data, "box-breathing", FALSE);
}

/* Opens the list to choose what to present. */
static void
present_chooser_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  SoftenWindow *window = get_window (user_data);

  soften_window_set_present_next (window, TRUE);
  gtk_window_present (GTK_WINDOW (window));
}

/* Rehearse a kept script again: the rehearsing exercise, with the script. */
static void
rehearse_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  SoftenApplication *self = user_data;
  SoftenScript *script = soften_script_store_lookup (self->scripts, g_variant_get_string (parameter, NULL));
  SoftenWindow *window;

  if (script == NULL)
    return;

  g_action_group_activate_action (G_ACTION_GROUP (self), "start", g_variant_new_string (REHEARSE_ID));
  window = get_window (self);
  soften_player_page_load_script (soften_window_get_player (window), script);
}

static void
show_scripts_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  SoftenApplication *self = user_data;
  SoftenWindow *window = get_window (self);

  soften_window_show_scripts (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
show_progress_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  SoftenApplication *self = user_data;
  SoftenWindow *window = get_window (self);

  soften_window_show_progress (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
load_scripts (SoftenApplication *self)
{
  g_autoptr(GFile) file = g_file_new_build_filename (g_get_user_data_dir (), "soften", "scripts.ini", NULL);
  g_autoptr(GError) error = NULL;

  self->scripts = soften_script_store_new (file);
  if (!soften_script_store_load (self->scripts, &error))
    self->scripts_problem = g_strdup (error->message);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  SoftenApplication *self = user_data;
  /* Translators: who made Soften, in the About window's credits */
  const char *authors[] = { _("The Soften authors"), NULL };
  /* The release notes of this version, from the same strings as the
   * metainfo's <release> (data/io.github.softenapp.Soften.metainfo.xml.in.in):
   * keep the two in step, and the translations are shared. */
  const char *release_paragraph =
    _("The first release of Soften, with short guided exercises for the moments when you push away someone you love:");
  const char *release_items[] = {
    _("Body noticing: a body scan, gentle movement, a check-in and a look back at a reaction"),
    _("Breathing with a calm pacer, in five patterns or your own"),
    _("A forgiveness ritual whose writing is never saved"),
    _("Boundary scripts to write and rehearse, kept only if you choose"),
    _("Curiosity about your defenses"),
    _("A Progress page, a presentation mode for therapists, and exercises of your own"),
    _("German and Spanish translations"),
  };
  g_autoptr(GString) release_notes = g_string_new (NULL);
  g_autoptr(GPtrArray) credits = g_ptr_array_new ();
  g_autofree char *debug_info = NULL;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwAboutWindow *about;

  debug_info = g_strdup_printf ("Soften %s%s%s\n"
                                "Application ID: %s\n"
                                "GLib %u.%u.%u (built with %u.%u.%u)\n"
                                "GTK %u.%u.%u (built with %u.%u.%u)\n"
                                "libadwaita %u.%u.%u (built with %u.%u.%u)\n"
                                "Animations: %s\n",
                                PACKAGE_VERSION, PROFILE[0] ? " " : "", PROFILE,
                                APPLICATION_ID,
                                glib_major_version, glib_minor_version, glib_micro_version,
                                GLIB_MAJOR_VERSION, GLIB_MINOR_VERSION, GLIB_MICRO_VERSION,
                                gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
                                GTK_MAJOR_VERSION, GTK_MINOR_VERSION, GTK_MICRO_VERSION,
                                adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version (),
                                ADW_MAJOR_VERSION, ADW_MINOR_VERSION, ADW_MICRO_VERSION,
                                adw_style_manager_get_high_contrast (adw_style_manager_get_default ())
                                  ? "on (high contrast)" : "on");

  /* AppStream's markup, as AdwAboutWindow reads it; the text is escaped. */
  {
    g_autofree char *paragraph = g_markup_printf_escaped ("<p>%s</p>", release_paragraph);

    g_string_append (release_notes, paragraph);
  }
  g_string_append (release_notes, "<ul>");
  for (guint i = 0; i < G_N_ELEMENTS (release_items); i++)
    {
      g_autofree char *item = g_markup_printf_escaped ("<li>%s</li>", release_items[i]);

      g_string_append (release_notes, item);
    }
  g_string_append (release_notes, "</ul>");

  /* Where the built-in exercises' ideas come from, each source once. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->library)); i++)
    {
      g_autoptr(SoftenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->library), i);
      const char *credit = soften_exercise_get_credit (exercise);
      gboolean seen = FALSE;

      if (!soften_exercise_get_builtin (exercise) || credit == NULL || credit[0] == '\0')
        continue;
      for (guint c = 0; c < credits->len && !seen; c++)
        seen = g_str_equal (g_ptr_array_index (credits, c), credit);
      if (!seen)
        g_ptr_array_add (credits, (gpointer)credit);
    }
  g_ptr_array_add (credits, NULL);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Soften"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "release-notes-version", PACKAGE_VERSION,
                        "release-notes", release_notes->str,
                        "developer-name", authors[0],
                        "developers", authors,
                        "designers", authors,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        "comments", _("Short guided exercises for the moments when you push away someone you love. Practice, not therapy."),
                        /* The same addresses as the metainfo's <url>s. */
                        "website", "https://github.com/softenapp/soften",
                        "issue-url", "https://github.com/softenapp/soften/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: the About window's copyright line */
                        "copyright", _("© 2026 The Soften authors"),
                        "debug-info", debug_info,
                        "debug-info-filename", "soften-debug-info.txt",
                        NULL);
  if (credits->len > 1)
    /* Translators: a heading in the About window, over the sources the
     * built-in exercises were written after */
    adw_about_window_add_acknowledgement_section (about, _("The Exercises Draw On"),
                                                  (const char **)credits->pdata);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  SoftenApplication *self = user_data;
  GtkWidget *preferences = soften_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_set_modal (GTK_WINDOW (preferences), TRUE);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Closing (rather than destroying) lets each window save its size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);

  g_application_quit (app);
}

static const GActionEntry app_actions[] = {
  { .name = "start", .activate = start_action, .parameter_type = "s" },
  { .name = "present", .activate = present_action, .parameter_type = "s" },
  { .name = "present-chooser", .activate = present_chooser_action },
  { .name = "breathe", .activate = breathe_action },
  { .name = "import", .activate = import_action },
  { .name = "rehearse", .activate = rehearse_action, .parameter_type = "s" },
  { .name = "show-scripts", .activate = show_scripts_action },
  { .name = "show-progress", .activate = show_progress_action },
  { .name = "about", .activate = about_action },
  { .name = "preferences", .activate = preferences_action },
  { .name = "quit", .activate = quit_action },
};

static void
soften_application_startup (GApplication *application)
{
  SoftenApplication *self = SOFTEN_APPLICATION (application);

  G_APPLICATION_CLASS (soften_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  /* GTK would set this itself for a gtk/help-overlay.ui in the resources,
   * but would build that window with every main window, before its first
   * frame; ours is built when first asked for (soften-window.c). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         (const char *[]) { "<Control>question", NULL });

  self->settings = g_settings_new (APPLICATION_ID);
  self->progress = soften_progress_new (self->settings);
  self->library = soften_library_new ();
  soften_library_load_resources (self->library, BUILTIN_EXERCISES_PATH);
  load_user_exercises (self);
  apply_my_breathing (self);
  load_scripts (self);
  g_signal_connect_object (self->settings, "changed::custom-pattern",
                           G_CALLBACK (apply_my_breathing), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::custom-cycles",
                           G_CALLBACK (apply_my_breathing), self, G_CONNECT_SWAPPED);

  if (self->clock == NULL)
    self->clock = soften_real_clock_new ();
}

/* --list: every exercise, one a line: id, title, kind, length (tab-separated). */
static int
print_list (void)
{
  g_autoptr(SoftenLibrary) library = soften_library_new ();
  g_autoptr(GFile) folder = soften_user_exercises_folder ();

  soften_library_load_resources (library, BUILTIN_EXERCISES_PATH);
  soften_library_load_directory (library, folder);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(SoftenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);
      g_autofree char *length = NULL;

      if (!soften_exercise_get_listed (exercise))
        continue;

      length = soften_format_exercise_length (exercise);
      g_print ("%s\t%s\t%s\t%s\n",
               soften_exercise_get_id (exercise),
               soften_exercise_get_title (exercise),
               soften_format_category (soften_exercise_get_category (exercise)),
               length);
    }

  return EXIT_SUCCESS;
}

/* --validate=FILE: what is wrong with it, if anything. */
static int
validate (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SoftenExercise) exercise = NULL;
  g_autoptr(GError) error = NULL;
  guint n_steps;

  exercise = soften_exercise_file_load (file, warnings, &error);
  for (guint i = 0; i < warnings->len; i++)
    g_printerr ("%s\n", (char *)g_ptr_array_index (warnings, i));

  if (exercise == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  n_steps = soften_exercise_get_n_steps (exercise);
  /* Translators: --validate on a good file: FILE: OK, “TITLE” (ID), N steps */
  g_print (ngettext ("%s: OK, “%s” (%s), %u step\n", "%s: OK, “%s” (%s), %u steps\n", n_steps),
           path, soften_exercise_get_title (exercise), soften_exercise_get_id (exercise), n_steps);

  return EXIT_SUCCESS;
}

/* What can be answered without the running app. */
static int
soften_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  const char *path = NULL;

  if (g_variant_dict_contains (options, "list"))
    return print_list ();

  if (g_variant_dict_lookup (options, "validate", "^&ay", &path))
    return validate (path);

  return -1;
}

/* The rest goes to the app, running already or not. */
static int
soften_application_command_line (GApplication            *application,
                                 GApplicationCommandLine *command_line)
{
  SoftenApplication *self = SOFTEN_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *id = NULL;
  const char *path = NULL;
  gboolean present = g_variant_dict_contains (options, "present");

  if (g_variant_dict_lookup (options, "import", "^&ay", &path))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, path);
      g_autoptr(GFile) folder = soften_user_exercises_folder ();
      g_autoptr(GError) error = NULL;
      SoftenExercise *imported;

      /* No one to ask on a command line: a clash keeps both. */
      imported = soften_library_import (self->library, file, folder, SOFTEN_IMPORT_KEEP_BOTH, &error);
      if (imported == NULL)
        {
          g_application_command_line_printerr (command_line, "%s\n", error->message);
          return EXIT_FAILURE;
        }
      /* Translators: after --import: “TITLE” (ID) */
      g_application_command_line_print (command_line, _("Imported “%s” (%s)\n"),
                                        soften_exercise_get_title (imported),
                                        soften_exercise_get_id (imported));
      if (!g_variant_dict_contains (options, "start"))
        return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "start", "&s", &id))
    {
      if (!play (self, id, present))
        {
          g_application_command_line_printerr (command_line,
                                               _("No exercise has the id “%s”. “soften --list” shows them all.\n"),
                                               id);
          return EXIT_FAILURE;
        }
      return EXIT_SUCCESS;
    }

  if (present)
    g_action_group_activate_action (G_ACTION_GROUP (self), "present-chooser", NULL);
  else
    g_application_activate (application);

  return EXIT_SUCCESS;
}

static void
soften_application_activate (GApplication *application)
{
  gtk_window_present (GTK_WINDOW (get_window (SOFTEN_APPLICATION (application))));
}

static void
soften_application_shutdown (GApplication *application)
{
  SoftenApplication *self = SOFTEN_APPLICATION (application);

  if (self->inhibit_cookie != 0)
    gtk_application_uninhibit (GTK_APPLICATION (self), self->inhibit_cookie);
  self->inhibit_cookie = 0;

  G_APPLICATION_CLASS (soften_application_parent_class)->shutdown (application);
}

static void
soften_application_dispose (GObject *object)
{
  SoftenApplication *self = (SoftenApplication *)object;

  g_clear_object (&self->library);
  g_clear_object (&self->progress);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);
  g_clear_object (&self->scripts);
  g_clear_pointer (&self->scripts_problem, g_free);

  G_OBJECT_CLASS (soften_application_parent_class)->dispose (object);
}

static void
soften_application_class_init (SoftenApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = soften_application_dispose;
  app_class->startup = soften_application_startup;
  app_class->activate = soften_application_activate;
  app_class->handle_local_options = soften_application_handle_local_options;
  app_class->command_line = soften_application_command_line;
  app_class->shutdown = soften_application_shutdown;
}

static const GOptionEntry options[] = {
  { "list", 'l', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("List the exercises: id, title, kind and length"), NULL },
  { "start", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Start the exercise with this id"), N_("ID") },
  { "present", 'p', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Present it fullscreen, driven by the keyboard, recording nothing"), NULL },
  { "import", 'i', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Add an exercise file to your own exercises"), N_("FILE") },
  { "validate", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Check an exercise file and say what is wrong with it"), N_("FILE") },
  { NULL }
};

static void
soften_application_init (SoftenApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  /* Translators: shown by soften --help */
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Short guided exercises for when you push away someone you love."));
}

SoftenApplication *
soften_application_new (GApplicationFlags flags)
{
  return g_object_new (SOFTEN_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       "flags", flags | G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}

SoftenLibrary *
soften_application_get_library (SoftenApplication *self)
{
  g_return_val_if_fail (SOFTEN_IS_APPLICATION (self), NULL);

  return self->library;
}

SoftenProgress *
soften_application_get_progress (SoftenApplication *self)
{
  g_return_val_if_fail (SOFTEN_IS_APPLICATION (self), NULL);

  return self->progress;
}

GSettings *
soften_application_get_settings (SoftenApplication *self)
{
  g_return_val_if_fail (SOFTEN_IS_APPLICATION (self), NULL);

  return self->settings;
}

SoftenClock *
soften_application_get_clock (SoftenApplication *self)
{
  g_return_val_if_fail (SOFTEN_IS_APPLICATION (self), NULL);

  return self->clock;
}

/**
 * soften_application_set_clock:
 * @clock: the clock new sessions run on
 *
 * For tests and benchmarks: set it before the application starts up, or
 * the real monotonic clock is used.
 */
void
soften_application_set_clock (SoftenApplication *self,
                              SoftenClock       *clock)
{
  g_return_if_fail (SOFTEN_IS_APPLICATION (self));
  g_return_if_fail (SOFTEN_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}


SoftenScriptStore *
soften_application_get_scripts (SoftenApplication *self)
{
  g_return_val_if_fail (SOFTEN_IS_APPLICATION (self), NULL);

  return self->scripts;
}
