/* test-ui-progress.c — the Progress page: honest figures, clearing, and not recording
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs in this process on a fake clock, so a whole exercise
 * takes milliseconds; each test gets fresh settings and a new window
 * (tests/ui-test-helpers.c). Pages are driven through their actions and
 * signals; keys are pressed for real through the X server (XTest).
 */

#include "config.h"

#include "ui-test-helpers.h"

/* The Progress page: empty at first, then two sessions shown honestly;
 * the exercise's page counts them; clearing asks, then empties it; with
 * "Record progress" off nothing is added. */
static void
test_progress_page (Fixture *f, gconstpointer data)
{
  GSettings *settings = soften_application_get_settings (f->app);
  GtkWidget *page;

  show_page (f, "progress");
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "progress");
  g_assert_nonnull (find_label (f, "Nothing Here Yet"));

  finish (f, "box-breathing");
  finish (f, "box-breathing");
  show_page (f, "progress");
  settle (f);
  g_assert_null (find_label (f, "Nothing Here Yet"));
  g_assert_nonnull (find_label (f, "2"));
  g_assert_nonnull (find_label (f, "sessions"));
  g_assert_nonnull (find_label (f, "2 sessions in the last 12 weeks, on 1 day."));
  g_assert_nonnull (find_label (f, "day in a row now"));
  {
    g_autoptr (GPtrArray) rows = g_ptr_array_new ();
    guint                 recent = 0;

    collect (GTK_WIDGET (f->window), ADW_TYPE_ACTION_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      recent += g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)),
                           "Box breathing")
                == 0;
    g_assert_cmpuint (recent, ==, 2);
  }
  g_assert_nonnull (find_row (f, "Breathing"));

  /* The exercise's own page counts them too. */
  show_exercise (f,
                 soften_library_lookup (soften_application_get_library (f->app), "box-breathing"));
  settle (f);
  g_assert_nonnull (find_label (f, "Finished 2 times, last today"));

  /* Clearing asks first; cancelling keeps everything. */
  show_page (f, "progress");
  settle (f);
  page = find_widget (f, g_type_from_name ("SoftenProgressPage"));
  g_assert_true (gtk_widget_activate_action (page, "progress.clear", NULL));
  settle (f);
  answer_dialog (f, "Cancel");
  g_assert_null (find_label (f, "Nothing Here Yet"));
  g_assert_true (gtk_widget_activate_action (page, "progress.clear", NULL));
  settle (f);
  answer_dialog (f, "Clear History");
  g_assert_nonnull (find_label (f, "Nothing Here Yet"));
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 0);

  /* Not recording: nothing is added. */
  g_settings_set_boolean (settings, "record-progress", FALSE);
  finish (f, "box-breathing");
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 0);
  show_page (f, "progress");
  settle (f);
  g_assert_nonnull (find_label (f, "Nothing Here Yet"));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-progress/progress-page", test_progress_page);

  ui_app_start ();

  return ui_app_run_tests ();
}
