/* test-ui-window.c — the window and the application: problems, every exercise, size, About, quit
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs in this process on a fake clock, so a whole exercise
 * takes milliseconds; each test gets fresh settings and a new window
 * (tests/ui-test-helpers.c). Pages are driven through their actions and
 * signals; keys are pressed for real through the X server (XTest).
 *
 * One's own exercise files, one good and one broken, are written before the
 * application starts, as a person's would be there at start-up.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ui-test-helpers.h"

/* A file in the person's folder that cannot be read is counted on the
 * list and named, with what is wrong, on the Problems page; their good
 * file is there, tagged as theirs. */
static void
test_problems_and_yours (Fixture *f, gconstpointer data)
{
  GtkWidget *row = find_row (f, "1 File Could Not Be Read");

  g_assert_nonnull (row);
  g_assert_nonnull (find_row (f, "My own calm"));
  g_assert_nonnull (find_label (f, "Yours"));

  g_signal_emit_by_name (row, "activate");
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "problems");
  g_assert_nonnull (find_row (f, "broken.exercise: [Step 1] Cycles: "
                                 "expected a whole number from 1 to 100, got “lots”"));
}

/* Every built-in exercise runs to the end through every kind of view, and
 * is recorded once. */
static void
test_every_exercise (Fixture *f, gconstpointer data)
{
  GListModel *library = G_LIST_MODEL (soften_application_get_library (f->app));

  g_assert_cmpuint (g_list_model_get_n_items (library), >=, 11);

  for (guint i = 0; i < g_list_model_get_n_items (library); i++)
    {
      g_autoptr (SoftenExercise) exercise = g_list_model_get_item (library, i);
      const char                *id = soften_exercise_get_id (exercise);
      SoftenSession             *session = start (f, id);

      g_test_message ("%s", id);
      while (soften_session_is_active (session))
        {
          /* Timed steps run out by themselves; steps that wait are continued. */
          if (soften_step_is_timed (soften_session_get_step (session)))
            advance (f, soften_session_get_step_remaining (session));
          else
            player_action (f, "player.next");
          settle (f);
        }

      g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "done");
      g_assert_cmpuint (sessions_recorded (f, id), ==, 1);
    }
}

/* The window's size is kept for the next start. */
static void
test_window_size_saved (Fixture *f, gconstpointer data)
{
  GSettings *settings = soften_application_get_settings (f->app);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 500, 700);
  settle (f);
  gtk_window_close (GTK_WINDOW (f->window));
  iterate ();

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 500);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_application_activate (G_APPLICATION (f->app));
  f->window = SOFTEN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (f->app)));
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
    g_assert_cmpint (width, ==, 500);
    g_assert_cmpint (height, ==, 700);
  }
}

/* The About window says who made Soften and which version this is. */
static void
test_about (Fixture *f, gconstpointer data)
{
  GListModel     *toplevels = gtk_window_get_toplevels ();
  AdwAboutWindow *about = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "about", NULL);
  settle (f);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (window))
        about = ADW_ABOUT_WINDOW (window);
    }

  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Soften");
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (strstr (adw_about_window_get_debug_info (about), "GTK 4."));
  gtk_window_destroy (GTK_WINDOW (about));
}

/* Ctrl+Q quits: every window closes, saving its state as it goes. */
static void
test_quit (Fixture *f, gconstpointer data)
{
  g_auto (GStrv) accels
      = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), "app.quit");
  GSettings *settings = soften_application_get_settings (f->app);

  g_assert_cmpstr (accels[0], ==, "<Control>q");

  gtk_window_set_default_size (GTK_WINDOW (f->window), 640, 720);
  settle (f);
  press_key_combo (f, GDK_KEY_Control_L, GDK_KEY_q);
  iterate ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (f->app)));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 640);
}

/* The narrowest the window's content can be, on the page it shows. */
static int
content_min_width (Fixture *f)
{
  int minimum;

  gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (f->window)),
                      GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static void
assert_fits (Fixture *f, const char *where)
{
  int minimum = content_min_width (f);

  g_test_message ("%s: %d px at least", where, minimum);
  if (minimum > 360)
    g_error ("%s: the content needs %d px: a title widens the window", where, minimum);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 640);
}

/* No text from a file widens the window: a title of one letter under 199
 * combining marks, and one of 200 letters without a space, with a summary
 * and a step of 600, on the list, the exercise's page, the player (its
 * title and its step) and the completion page. */
static void
test_text_never_widens (Fixture *f, gconstpointer data)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "soften", "exercises", NULL);
  g_autoptr (GString) zalgo = g_string_new ("Z");
  g_autofree char    *long_word = g_strnfill (200, 'W');
  g_autofree char    *longer_word = g_strnfill (600, 'M');
  const char         *ids[] = { "hostile-zalgo", "hostile-long" };

  for (guint i = 0; i < 199; i++)
    g_string_append (zalgo, "\xe2\x83\xa3"); /* U+20E3, an enclosing keycap: no font stacks it */

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *text
          = g_strdup_printf ("[Exercise]\nId=%s\nTitle=%s\nSummary=%s\nCategory=body\n"
                             "[Step 1]\nKind=instruction\nText=%s\nDuration=5\n",
                             ids[i], i == 0 ? zalgo->str : long_word,
                             i == 0 ? zalgo->str : longer_word, i == 0 ? zalgo->str : longer_word);
      g_autofree char   *name = g_strconcat (ids[i], ".exercise", NULL);
      g_autofree char   *path = g_build_filename (g_get_tmp_dir (), name, NULL);
      g_autoptr (GFile)  source = g_file_new_for_path (path);
      g_autoptr (GFile)  target = g_file_new_for_path (folder);
      g_autoptr (GError) error = NULL;

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      g_assert_nonnull (soften_library_import (soften_application_get_library (f->app), source,
                                               target, SOFTEN_IMPORT_REPLACE, &error));
      g_assert_no_error (error);
      g_unlink (path);
    }

  gtk_window_set_default_size (GTK_WINDOW (f->window), 640, 720);
  show_page (f, "library");
  assert_fits (f, "the list");

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      SoftenSession *session;

      show_exercise (f, soften_library_lookup (soften_application_get_library (f->app), ids[i]));
      assert_fits (f, "the exercise's page");
      session = start (f, ids[i]);
      assert_fits (f, "the player");
      advance (f, soften_session_get_step_remaining (session));
      settle (f);
      g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "done");
      assert_fits (f, "the completion page");
    }

  /* The next run of this program starts without them. */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *name = g_strconcat (ids[i], ".exercise", NULL);
      g_autofree char *copy = g_build_filename (folder, name, NULL);

      g_assert_cmpint (g_unlink (copy), ==, 0);
    }
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-window/problems-and-yours", test_problems_and_yours);
  UI_TEST_ADD ("/soften/ui-window/every-exercise", test_every_exercise);
  UI_TEST_ADD ("/soften/ui-window/window-size-saved", test_window_size_saved);
  UI_TEST_ADD ("/soften/ui-window/about", test_about);
  UI_TEST_ADD ("/soften/ui-window/quit", test_quit);
  UI_TEST_ADD ("/soften/ui-window/text-never-widens", test_text_never_widens);

  /* The person's own exercises, one good and one broken, as at start-up. */
  {
    g_autofree char *folder
        = g_build_filename (g_get_user_data_dir (), "soften", "exercises", NULL);
    g_autofree char *good = g_build_filename (folder, "mine.exercise", NULL);
    g_autofree char *bad = g_build_filename (folder, "broken.exercise", NULL);

    g_mkdir_with_parents (folder, 0700);
    g_assert_true (g_file_set_contents (good,
                                        "[Exercise]\nId=my-own-calm\nTitle=My own calm\n"
                                        "Category=body\n"
                                        "[Step 1]\nKind=instruction\nText=Breathe.\n",
                                        -1, NULL));
    g_assert_true (g_file_set_contents (bad,
                                        "[Exercise]\nId=broken\nTitle=Broken\nCategory=breathing\n"
                                        "[Step 1]\nKind=breathing\nPattern=4;4;4;4\nCycles=lots\n",
                                        -1, NULL));
  }

  ui_app_start ();

  return ui_app_run_tests ();
}
