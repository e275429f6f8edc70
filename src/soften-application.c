/* soften-application.c — the application: what it owns, and the window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns what outlives a window: the one settings object, the library of
 * exercises, the progress record, the kept scripts, the clock sessions run
 * on, and the practice (the owner of a session under way). Its actions are
 * in soften-application-actions.c and its command line in
 * soften-application-cli.c.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "engine/soften-real-clock.h"
#include "soften-application-private.h"
#include "soften-private-field.h"
#include "soften-bench.h"
#include "soften-importer.h"

#define MY_BREATHING_ID "my-breathing"

G_DEFINE_FINAL_TYPE (SoftenApplication, soften_application, ADW_TYPE_APPLICATION)

/* Seconds from the settings, in microseconds, to the millisecond. */
static gint64
seconds_to_usec (double seconds, double min, double max)
{
  return (gint64)round (CLAMP (seconds, min, max) * 1000) * 1000;
}

/* "My breathing" follows the pattern and count in the preferences. */
static void
apply_my_breathing (SoftenApplication *self)
{
  g_autoptr (SoftenExercise) mine = NULL;
  SoftenExercise            *builtin = soften_library_lookup (self->library, MY_BREATHING_ID);
  double                     in, hold_in, out, hold_out;
  gint64                     pattern[SOFTEN_BREATH_N_PHASES];

  if (builtin == NULL)
    return;

  g_settings_get (self->settings, "custom-pattern", "(dddd)", &in, &hold_in, &out, &hold_out);
  /* The Preferences' limits: in and out 2–12 s, holds 0–10 s. */
  pattern[SOFTEN_BREATH_INHALE] = seconds_to_usec (in, 2, 12);
  pattern[SOFTEN_BREATH_HOLD_IN] = seconds_to_usec (hold_in, 0, 10);
  pattern[SOFTEN_BREATH_EXHALE] = seconds_to_usec (out, 2, 12);
  pattern[SOFTEN_BREATH_HOLD_OUT] = seconds_to_usec (hold_out, 0, 10);

  mine = soften_exercise_copy_with_breathing (
      builtin, pattern, g_settings_get_uint (self->settings, "custom-cycles"));
  soften_library_replace (self->library, mine);
}

static void
load_library (SoftenApplication *self)
{
  g_autoptr (GFile) folder = soften_user_exercises_folder ();

  self->library = soften_library_new ();
  soften_library_load_resources (self->library, SOFTEN_BUILTIN_EXERCISES_PATH);
  /* Problems are listed on the Problems page, not logged. Read once the
   * window is drawn, or when one of them is asked for (see SoftenWindow). */
  soften_library_load_directory_later (self->library, folder);
  apply_my_breathing (self);
  g_signal_connect_object (self->settings, "changed::custom-pattern",
                           G_CALLBACK (apply_my_breathing), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::custom-cycles",
                           G_CALLBACK (apply_my_breathing), self, G_CONNECT_SWAPPED);
}

/* The people one can reach, for Help Now. */
static void
load_contacts (SoftenApplication *self)
{
  g_autoptr (GFile) file
      = g_file_new_build_filename (g_get_user_data_dir (), "soften", "contacts.ini", NULL);
  g_autoptr (GError) error = NULL;

  self->contacts = soften_contact_store_new (file);
  if (!soften_contact_store_load (self->contacts, &error))
    self->contacts_problem = g_strdup (error->message);
}

static void
load_scripts (SoftenApplication *self)
{
  g_autoptr (GFile) file
      = g_file_new_build_filename (g_get_user_data_dir (), "soften", "scripts.ini", NULL);
  g_autoptr (GError) error = NULL;

  self->scripts = soften_script_store_new (file);
  if (!soften_script_store_load (self->scripts, &error))
    self->scripts_problem = g_strdup (error->message);
}

static void
bench_window_added_cb (SoftenApplication *self, GtkWindow *window)
{
  if (SOFTEN_IS_WINDOW (window))
    soften_bench_watch_window (window);
}

static void
bench_session_cb (SoftenApplication *self)
{
  soften_bench_watch_session (soften_practice_get_session (self->practice));
}

static void
bench_library_cb (SoftenApplication *self)
{
  if (!soften_library_get_pending (self->library))
    soften_bench_library_read ();
}

/* What build-aux/bench measures is reported from here, and only when it
 * asks: the first frame, each step change, memory, one's own files read. */
static void
attach_bench (SoftenApplication *self)
{
  if (!soften_bench_enabled ())
    return;

  g_signal_connect (self, "window-added", G_CALLBACK (bench_window_added_cb), NULL);
  g_signal_connect_object (self->practice, "notify::session", G_CALLBACK (bench_session_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->library, "notify::pending", G_CALLBACK (bench_library_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
soften_application_startup (GApplication *application)
{
  SoftenApplication *self = SOFTEN_APPLICATION (application);

  G_APPLICATION_CLASS (soften_application_parent_class)->startup (application);

  soften_application_add_actions (self);

  self->settings = g_settings_new (APPLICATION_ID);
  self->progress = soften_progress_new (self->settings);
  load_library (self);
  load_scripts (self);
  load_contacts (self);

  /* A test may have set a clock; the benchmark may ask for a faster one. */
  if (self->clock == NULL)
    self->clock = soften_bench_dup_clock ();
  if (self->clock == NULL)
    self->clock = soften_real_clock_new ();

  self->practice = soften_practice_new (GTK_APPLICATION (self), self->library, self->progress,
                                        self->scripts, self->clock, self->settings);

  attach_bench (self);

  /* Private fields keep their words off the accessibility bus unless a
   * screen reader is on (a test may set a fake one after this). */
  {
    g_autoptr (SoftenScreenReader) reader = soften_a11y_screen_reader_new ();

    soften_private_field_set_screen_reader (reader);
    soften_voice_guidance_set_screen_reader (soften_practice_get_voice_guidance (self->practice),
                                             reader);
  }
}

static void
soften_application_activate (GApplication *application)
{
  SoftenApplication *self = SOFTEN_APPLICATION (application);

  gtk_window_present (GTK_WINDOW (soften_application_get_window (self)));
}

static void
soften_application_shutdown (GApplication *application)
{
  SoftenApplication *self = SOFTEN_APPLICATION (application);

  soften_private_field_set_screen_reader (NULL);
  if (self->practice != NULL)
    soften_voice_guidance_set_screen_reader (soften_practice_get_voice_guidance (self->practice),
                                             NULL);

  /* What is under way stops, and the screen may blank again. */
  if (self->practice != NULL)
    soften_practice_leave (self->practice);
  g_clear_object (&self->practice);

  G_APPLICATION_CLASS (soften_application_parent_class)->shutdown (application);
}

static void
soften_application_dispose (GObject *object)
{
  SoftenApplication *self = SOFTEN_APPLICATION (object);

  g_clear_object (&self->practice);
  g_clear_object (&self->library);
  g_clear_object (&self->progress);
  g_clear_object (&self->settings);
  g_clear_object (&self->clock);
  g_clear_object (&self->scripts);
  g_clear_pointer (&self->scripts_problem, g_free);
  g_clear_object (&self->contacts);
  g_clear_pointer (&self->contacts_problem, g_free);

  G_OBJECT_CLASS (soften_application_parent_class)->dispose (object);
}

static void
soften_application_class_init (SoftenApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = soften_application_dispose;
  app_class->startup = soften_application_startup;
  app_class->activate = soften_application_activate;
  app_class->handle_local_options = soften_application_handle_local_options;
  app_class->command_line = soften_application_command_line;
  app_class->shutdown = soften_application_shutdown;
}

static void
soften_application_init (SoftenApplication *self)
{
  soften_application_add_options (self);
}

SoftenApplication *
soften_application_new (GApplicationFlags flags)
{
  /* clang-format off */
  return g_object_new (SOFTEN_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       "flags", flags | G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
  /* clang-format on */
}

/* Returns: (transfer none): the main window, made if there is none */
SoftenWindow *
soften_application_get_window (SoftenApplication *self)
{
  GtkWindow *window;

  g_return_val_if_fail (SOFTEN_IS_APPLICATION (self), NULL);

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    return SOFTEN_WINDOW (window);

  /* clang-format off */
  window = GTK_WINDOW (g_object_new (SOFTEN_TYPE_WINDOW,
                                     "application", self,
                                     "settings", self->settings,
                                     "library", self->library,
                                     "progress", self->progress,
                                     "scripts", self->scripts,
                                     "scripts-problem", self->scripts_problem,
                                     "contacts", self->contacts,
                                     "contacts-problem", self->contacts_problem,
                                     "practice", self->practice,
                                     NULL));
  /* clang-format on */

  return SOFTEN_WINDOW (window);
}

GSettings *
soften_application_get_settings (SoftenApplication *self)
{
  g_return_val_if_fail (SOFTEN_IS_APPLICATION (self), NULL);

  return self->settings;
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

SoftenScriptStore *
soften_application_get_scripts (SoftenApplication *self)
{
  g_return_val_if_fail (SOFTEN_IS_APPLICATION (self), NULL);

  return self->scripts;
}

SoftenContactStore *
soften_application_get_contacts (SoftenApplication *self)
{
  g_return_val_if_fail (SOFTEN_IS_APPLICATION (self), NULL);

  return self->contacts;
}

SoftenPractice *
soften_application_get_practice (SoftenApplication *self)
{
  g_return_val_if_fail (SOFTEN_IS_APPLICATION (self), NULL);

  return self->practice;
}

/**
 * soften_application_set_clock:
 * @clock: the clock sessions run on
 *
 * For tests: set it before the application starts up, or the real
 * monotonic clock is used.
 */
void
soften_application_set_clock (SoftenApplication *self, SoftenClock *clock)
{
  g_return_if_fail (SOFTEN_IS_APPLICATION (self));
  g_return_if_fail (SOFTEN_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}
