/* test-cli.c — the command line, run for real: options, output, exit codes
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built `soften` (SOFTEN_BIN) with its own XDG folders, under the
 * test's display and D-Bus session, including against an instance that is
 * running already.
 */

#include "config.h"

#include <signal.h>
#include <sys/stat.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

typedef struct
{
  char *data_home;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static GSubprocessLauncher *
launcher_for (Fixture *f)
{
  GSubprocessLauncher *launcher
      = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);

  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", f->data_home, TRUE);
  return launcher;
}

static void
run_in (Fixture *f, Result *r, const char *language, const char *const *args)
{
  g_autoptr (GSubprocessLauncher) launcher = launcher_for (f);
  g_autoptr (GPtrArray)           argv = g_ptr_array_new ();
  g_autoptr (GSubprocess)         process = NULL;
  g_autoptr (GError)              error = NULL;

  if (language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
  g_ptr_array_add (argv, (gpointer)g_getenv ("SOFTEN_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char *const *)argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &r->out, &r->err, &error);
  g_assert_no_error (error);
  r->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
}

static void
run (Fixture *f, Result *r, const char *const *args)
{
  run_in (f, r, NULL, args);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->data_home = g_dir_make_tmp ("soften-cli-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", f->data_home);

  g_assert_cmpint (system (command), ==, 0);
  g_free (f->data_home);
}

static char *
write_exercise (Fixture *f, const char *name, const char *text)
{
  char *path = g_build_filename (f->data_home, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

#define GOOD                                                                     \
  "[Exercise]\nId=my-calm\nTitle=My calm\nTitle[de]=Meine Ruhe\nCategory=body\n" \
  "[Step 1]\nKind=instruction\nText=Breathe.\nDuration=5\n"

static void
test_list (Fixture *f, gconstpointer data)
{
  g_auto (Result) r = { 0 };

  run (f, &r, (const char *[]){ "--list", NULL });
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "box-breathing\tBox breathing\tBreathing\t"));
  g_assert_nonnull (strstr (r.out, "body-scan\tBody scan\tNoticing the Body\t"));
  /* Not listed: rehearsing is started from a kept script. */
  g_assert_null (strstr (r.out, "rehearse-script"));
  g_assert_cmpstr (r.err, ==, "");
}

/* In German and Spanish, the titles, categories and durations (a plural)
 * are in the language; the ids, for scripts, stay as they are. */
static void
test_list_translated (Fixture *f, gconstpointer data)
{
  g_auto (Result) de = { 0 };
  g_auto (Result) es = { 0 };

  run_in (f, &de, "de", (const char *[]){ "--list", NULL });
  g_assert_cmpint (de.status, ==, 0);
  g_assert_nonnull (strstr (de.out, "box-breathing\tBox-Atmung\tAtmen\tEtwa 3 Minuten"));
  g_assert_nonnull (strstr (
      de.out, "stop-and-ground\tAnhalten und erden\tDen Körper wahrnehmen\tEtwa 1 Minute,"));
  /* Writing takes as long as it takes. */
  g_assert_nonnull (strstr (de.out, "\tVergebung\tIn deinem eigenen Tempo\n"));
  g_assert_cmpstr (de.err, ==, "");

  run_in (f, &es, "es", (const char *[]){ "--list", NULL });
  g_assert_cmpint (es.status, ==, 0);
  g_assert_nonnull (
      strstr (es.out, "box-breathing\tRespiración cuadrada\tRespiración\tAlrededor de 3 minutos"));
  g_assert_nonnull (strstr (
      es.out, "stop-and-ground\tParar y anclarse\tNotar el cuerpo\tAlrededor de 1 minuto,"));
  g_assert_cmpstr (es.err, ==, "");
}

static void
test_validate (Fixture *f, gconstpointer data)
{
  g_autofree char *good = write_exercise (f, "good.exercise", GOOD "Colour=blue\n");
  g_autofree char *bad = write_exercise (f, "bad.exercise",
                                         "[Exercise]\nId=x\nTitle=X\nCategory=body\n"
                                         "[Step 1]\nKind=breathing\nPattern=4;4\nCycles=2\n");
  g_autofree char *hard = write_exercise (f, "hard.exercise",
                                          "[Exercise]\nId=hard\nTitle=Hard\nCategory=breathing\n"
                                          "[Step 1]\nKind=breathing\nPattern=4;10;4;0\nCycles=2\n"
                                          "[Step 2]\nKind=breathing\nPattern=1;0;1;0\nCycles=40\n");
  g_auto (Result)  ok = { 0 };
  g_auto (Result)  risky = { 0 };
  g_auto (Result)  wrong = { 0 };
  g_auto (Result)  missing = { 0 };

  run (f, &ok, (const char *[]){ "--validate", good, NULL });
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_nonnull (strstr (ok.out, ": OK, “My calm” (my-calm), 1 step"));
  g_assert_nonnull (strstr (ok.err, "good.exercise: [Step 1] unknown key “Colour” is ignored"));

  run (f, &wrong, (const char *[]){ "--validate", bad, NULL });
  g_assert_cmpint (wrong.status, ==, 1);
  g_assert_nonnull (strstr (wrong.err, "bad.exercise: [Step 1] Pattern: expected four numbers"));
  g_assert_cmpstr (wrong.out, ==, "");

  /* A pattern that asks too much is allowed, and said. */
  run (f, &risky, (const char *[]){ "--validate", hard, NULL });
  g_assert_cmpint (risky.status, ==, 0);
  g_assert_nonnull (strstr (risky.out, ": OK, “Hard” (hard), 2 steps"));
  g_assert_nonnull (
      strstr (risky.err, "hard.exercise: [Step 1] It holds the breath for more than 7 seconds."));
  g_assert_nonnull (strstr (risky.err, "hard.exercise: [Step 2] It asks for more than 30 quick "
                                       "breaths in a row."));

  run (f, &missing, (const char *[]){ "--validate", "/nonexistent/x.exercise", NULL });
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "x.exercise: could not read it"));
}

/* Import copies into the person's folder; --list then shows it, in the
 * person's language when the file has it. Bad files are refused. */
static void
test_import (Fixture *f, gconstpointer data)
{
  g_autofree char *good = write_exercise (f, "mine.exercise", GOOD);
  g_autofree char *bad = write_exercise (f, "broken.exercise", "not an exercise");
  g_autofree char *copy
      = g_build_filename (f->data_home, "soften", "exercises", "my-calm.exercise", NULL);
  g_autofree char *second
      = g_build_filename (f->data_home, "soften", "exercises", "my-calm-2.exercise", NULL);
  g_auto (Result) imported = { 0 };
  g_auto (Result) again = { 0 };
  g_auto (Result) refused = { 0 };
  g_auto (Result) listed = { 0 };

  run (f, &imported, (const char *[]){ "--import", good, NULL });
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_nonnull (strstr (imported.out, "Imported “My calm” (my-calm)"));
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));

  /* No one to ask on a command line: a clash keeps both. */
  run (f, &again, (const char *[]){ "--import", good, NULL });
  g_assert_cmpint (again.status, ==, 0);
  g_assert_nonnull (strstr (again.out, "(my-calm-2)"));
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));

  run (f, &refused, (const char *[]){ "--import", bad, NULL });
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "broken.exercise: not an exercise file"));

  run (f, &listed, (const char *[]){ "--list", NULL });
  g_assert_nonnull (strstr (listed.out, "my-calm\tMy calm\t"));
  g_assert_nonnull (strstr (listed.out, "my-calm-2\tMy calm\t"));
}

static void
test_unknown_id (Fixture *f, gconstpointer data)
{
  g_auto (Result) r = { 0 };

  run (f, &r, (const char *[]){ "--start", "no-such-thing", NULL });
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "No exercise has the id “no-such-thing”"));
}

static void
waited_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *(gboolean *)user_data = TRUE;
}

static gboolean
timed_out_cb (gpointer user_data)
{
  *(gboolean *)user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs soften with @args, giving up after 20 s: a read that blocks fails
 * the test instead of hanging it. With @unset_display, as on a machine
 * with no display at all. */
static void
run_guarded (Fixture *f, Result *r, gboolean unset_display, const char *const *args)
{
  g_autoptr (GSubprocessLauncher) launcher = launcher_for (f);
  g_autoptr (GPtrArray)           argv = g_ptr_array_new ();
  g_autoptr (GSubprocess)         process = NULL;
  g_autoptr (GError)              error = NULL;
  gboolean                        done = FALSE;
  gboolean                        timed_out = FALSE;
  guint                           guard;

  if (unset_display)
    {
      g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
      g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
    }
  g_ptr_array_add (argv, (gpointer)g_getenv ("SOFTEN_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char *const *)argv->pdata, &error);
  g_assert_no_error (error);
  guard = g_timeout_add_seconds (20, timed_out_cb, &timed_out);
  g_subprocess_wait_async (process, NULL, waited_cb, &done);
  while (!done && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    {
      g_subprocess_force_exit (process);
      g_error ("soften %s did not finish within 20 s: it blocked", args[0]);
    }
  g_source_remove (guard);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &r->out, &r->err, &error);
  g_assert_no_error (error);
  r->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
}

/* What is not a regular file is refused at once with a plain reason: a
 * named pipe nobody writes to is not waited on, and /dev/zero is not read
 * until memory runs out. */
static void
test_validate_special_files (Fixture *f, gconstpointer data)
{
  g_autofree char *fifo = g_build_filename (f->data_home, "pipe.exercise", NULL);
  g_auto (Result)  from_fifo = { 0 };
  g_auto (Result)  from_zero = { 0 };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  run_guarded (f, &from_fifo, FALSE, (const char *[]){ "--validate", fifo, NULL });
  g_assert_cmpint (from_fifo.status, ==, 1);
  g_assert_nonnull (strstr (from_fifo.err, "pipe.exercise: it is a named pipe (FIFO), not a file"));

  run_guarded (f, &from_zero, FALSE, (const char *[]){ "--validate", "/dev/zero", NULL });
  g_assert_cmpint (from_zero.status, ==, 1);
  g_assert_nonnull (strstr (from_zero.err, "zero: it is a device, not a file"));
}

/* Standard input is read as a pipe, but never more than an exercise may
 * be and one byte: 64 MB offered, and the rest refused unread. A good
 * file there reads as any other. */
static void
test_validate_standard_input (Fixture *f, gconstpointer data)
{
  g_autoptr (GSubprocessLauncher) launcher = launcher_for (f);
  g_autoptr (GSubprocess)         process = NULL;
  g_autoptr (GError)              error = NULL;
  g_autofree char                *chunk = g_strnfill (64 * 1024, '#');
  g_autofree char                *out = NULL;
  g_autofree char                *err = NULL;
  GOutputStream                  *in;
  gsize                           written = 0;

  signal (SIGPIPE, SIG_IGN);
  g_subprocess_launcher_set_flags (launcher, G_SUBPROCESS_FLAGS_STDIN_PIPE
                                                 | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                                 | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("SOFTEN_BIN"), "--validate",
                                         "/dev/stdin", NULL);
  g_assert_no_error (error);
  in = g_subprocess_get_stdin_pipe (process);
  while (written < 64 * 1024 * 1024)
    {
      gssize n = g_output_stream_write (in, chunk, 64 * 1024, NULL, NULL);

      if (n <= 0)
        break;
      written += n;
    }
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  g_test_message ("%zu bytes written before soften stopped reading", written);
  g_assert_cmpuint (written, <, 4 * 1024 * 1024);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_nonnull (strstr (err, "/dev/stdin: the file is too large (an exercise may be at most"));
}

static void
test_validate_standard_input_good (Fixture *f, gconstpointer data)
{
  g_autoptr (GSubprocessLauncher) launcher = launcher_for (f);
  g_autoptr (GSubprocess)         process = NULL;
  g_autoptr (GError)              error = NULL;
  g_autofree char                *out = NULL;
  g_autofree char                *err = NULL;

  g_subprocess_launcher_set_flags (launcher, G_SUBPROCESS_FLAGS_STDIN_PIPE
                                                 | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                                 | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("SOFTEN_BIN"), "--validate",
                                         "-", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, GOOD, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  g_assert_cmpstr (out, ==, "standard input: OK, “My calm” (my-calm), 1 step\n");
}

/* No field of --list can add a row or a column: a tab or a line break in
 * a title is printed as \t or \n, and bidirectional overrides are gone. */
static void
test_list_cannot_be_forged (Fixture *f, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (f->data_home, "soften", "exercises", NULL);
  g_autofree char *path = g_build_filename (folder, "forged.exercise", NULL);
  g_auto (Result)  r = { 0 };
  g_auto (GStrv)   lines = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path,
                                      "[Exercise]\nId=forged\nTitle=Calm\\tBreathing\\tAbout 2 "
                                      "minutes\\nrm-rf\\tEvil\\tBreathing\\t1 min\nCategory=body\n"
                                      "[Step 1]\nKind=instruction\nText=Sit.\nDuration=5\n",
                                      -1, NULL));

  run (f, &r, (const char *[]){ "--list", NULL });
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (
      r.out, "forged\tCalm\\tBreathing\\tAbout 2 minutes\\nrm-rf\\tEvil\\tBreathing\\t1 min\t"));
  lines = g_strsplit (r.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      g_assert_false (g_str_has_prefix (lines[i], "rm-rf"));
    }
}

/* A file name is printed clean wherever it is printed: an escape sequence
 * in it (here one that sets the terminal's title) never reaches the
 * terminal, on the OK line nor on an error's. */
static void
test_names_printed_clean (Fixture *f, gconstpointer data)
{
  g_autofree char *good = write_exercise (f, "calm\x1b]0;owned\x07.exercise", GOOD);
  g_autofree char *bad = write_exercise (f, "bad\x1b[2J.exercise", "not an exercise");
  g_auto (Result)  ok = { 0 };
  g_auto (Result)  wrong = { 0 };

  run (f, &ok, (const char *[]){ "--validate", good, NULL });
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_null (strchr (ok.out, '\x1b'));
  g_assert_null (strchr (ok.out, '\x07'));
  g_assert_nonnull (strstr (ok.out, "calm\xef\xbf\xbd]0;owned\xef\xbf\xbd.exercise: OK"));

  run (f, &wrong, (const char *[]){ "--validate", bad, NULL });
  g_assert_cmpint (wrong.status, ==, 1);
  g_assert_null (strchr (wrong.err, '\x1b'));
}

/* With no instance running, --import needs no display: it imports, and
 * the app reads the copy when it next starts. */
static void
test_import_without_display (Fixture *f, gconstpointer data)
{
  g_autofree char *good = write_exercise (f, "mine.exercise", GOOD);
  g_autofree char *copy
      = g_build_filename (f->data_home, "soften", "exercises", "my-calm.exercise", NULL);
  g_auto (Result) imported = { 0 };

  run_guarded (f, &imported, TRUE, (const char *[]){ "--import", good, NULL });
  g_assert_cmpstr (imported.err, ==, "");
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_nonnull (strstr (imported.out, "Imported “My calm” (my-calm)"));
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
}

/* Without its settings schema, the app says how to install it or run it
 * from the source folder, instead of GLib's abort. */
static void
test_missing_schema (Fixture *f, gconstpointer data)
{
  g_autoptr (GSubprocessLauncher) launcher = launcher_for (f);
  g_autoptr (GSubprocess)         process = NULL;
  g_autoptr (GError)              error = NULL;
  g_autofree char                *out = NULL;
  g_autofree char                *err = NULL;

  g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", f->data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_DIRS", f->data_home, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("SOFTEN_BIN"), "--start",
                                         "box-breathing", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_nonnull (strstr (err, "settings schema (" APPLICATION_ID ") is not installed"));
  g_assert_nonnull (strstr (err, "build-aux/soften-dev run"));
  g_assert_null (strstr (err, "GLib-GIO-ERROR"));
}

static void
name_appeared_cb (GDBusConnection *connection,
                  const char      *name,
                  const char      *owner,
                  gpointer         user_data)
{
  *(gboolean *)user_data = TRUE;
}

static gboolean
give_up_cb (gpointer user_data)
{
  g_error ("soften --start never appeared on the session bus");
  return G_SOURCE_REMOVE;
}

/* --present --start opens the app and keeps it running; a second command
 * line goes to it, with its own output and exit code. */
static void
test_running_instance (Fixture *f, gconstpointer data)
{
  g_autoptr (GSubprocessLauncher) launcher = launcher_for (f);
  g_autoptr (GSubprocess)         primary = NULL;
  g_autoptr (GDBusConnection)     bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr (GError)              error = NULL;
  g_autoptr (GVariant)            reply = NULL;
  g_autofree char                *good = write_exercise (f, "remote.exercise", GOOD);
  g_auto (Result)                 remote_bad = { 0 };
  g_auto (Result)                 remote_import = { 0 };
  g_auto (Result)                 remote_fifo = { 0 };
  g_auto (Result)                 remote_after = { 0 };
  g_autofree char                *fifo = g_build_filename (f->data_home, "pipe.exercise", NULL);
  gboolean                        appeared = FALSE;
  guint                           watch, guard;

  watch = g_bus_watch_name_on_connection (bus, APPLICATION_ID, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                          name_appeared_cb, NULL, &appeared, NULL);
  primary = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("SOFTEN_BIN"), "--present",
                                         "--start", "box-breathing", NULL);
  g_assert_no_error (error);

  guard = g_timeout_add_seconds (20, give_up_cb, NULL);
  while (!appeared)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
  g_bus_unwatch_name (watch);

  run (f, &remote_bad, (const char *[]){ "--start", "nope", NULL });
  g_assert_cmpint (remote_bad.status, ==, 1);
  g_assert_nonnull (strstr (remote_bad.err, "No exercise has the id “nope”"));

  run (f, &remote_import, (const char *[]){ "--import", good, NULL });
  g_assert_cmpint (remote_import.status, ==, 0);
  g_assert_nonnull (strstr (remote_import.out, "Imported “My calm”"));

  /* A named pipe is refused at once, and the app goes on answering. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  run_guarded (f, &remote_fifo, FALSE, (const char *[]){ "--import", fifo, NULL });
  g_assert_cmpint (remote_fifo.status, ==, 1);
  g_assert_nonnull (
      strstr (remote_fifo.err, "pipe.exercise: it is a named pipe (FIFO), not a file"));
  run_guarded (f, &remote_after, FALSE, (const char *[]){ "--start", "nope", NULL });
  g_assert_cmpint (remote_after.status, ==, 1);

  /* The one that presents was there all along: ask it to quit. */
  reply = g_dbus_connection_call_sync (bus, APPLICATION_ID, "/io/github/softenapp/Soften",
                                       "org.gtk.Actions", "Activate",
                                       g_variant_new ("(sava{sv})", "quit", NULL, NULL), NULL,
                                       G_DBUS_CALL_FLAGS_NONE, 30000, NULL, &error);
  g_assert_no_error (error);
  g_subprocess_wait (primary, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (primary), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/soften/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("list", test_list);
  ADD ("list-translated", test_list_translated);
  ADD ("validate", test_validate);
  ADD ("import", test_import);
  ADD ("unknown-id", test_unknown_id);
  ADD ("running-instance", test_running_instance);
  ADD ("validate-special-files", test_validate_special_files);
  ADD ("validate-standard-input", test_validate_standard_input);
  ADD ("validate-standard-input-good", test_validate_standard_input_good);
  ADD ("list-cannot-be-forged", test_list_cannot_be_forged);
  ADD ("names-printed-clean", test_names_printed_clean);
  ADD ("import-without-display", test_import_without_display);
  ADD ("missing-schema", test_missing_schema);

#undef ADD

  return g_test_run ();
}
