/* test-ui-lengths.c — choosing how long to breathe, in the real window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ui-test-helpers.h"

static SoftenExercise *
lookup (Fixture *f, const char *id)
{
  return soften_library_lookup (
      soften_practice_get_library (soften_application_get_practice (f->app)), id);
}

static GtkDropDown *
lengths_row (Fixture *f)
{
  GtkWidget *title = find_label (f, "Practise for");
  GtkWidget *row = title != NULL ? gtk_widget_get_ancestor (title, ADW_TYPE_ACTION_ROW) : NULL;
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  if (row == NULL)
    return NULL;
  collect (row, GTK_TYPE_DROP_DOWN, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* Box breathing offers 3 (as written), 5 and 10 minutes; choosing 10 and
 * pressing Start breathes for about ten minutes, and it is recorded once. */
static void
test_choose_ten_minutes (Fixture *f, gconstpointer data)
{
  GtkDropDown   *row;
  GListModel    *choices;
  SoftenSession *session;
  gint64         timed;
  guint          before = sessions_recorded (f, "box-breathing");

  show_exercise (f, lookup (f, "box-breathing"));
  row = lengths_row (f);
  g_assert_nonnull (row);
  choices = gtk_drop_down_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==,
                   "3 minutes, as written");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 2), ==, "10 minutes");
  g_assert_cmpuint (gtk_drop_down_get_selected (row), ==, 0);

  gtk_drop_down_set_selected (row, 2);
  g_signal_emit_by_name (find_button (f, "Start"), "clicked");
  settle (f);
  session = current_session (f);
  g_assert_nonnull (session);
  timed = soften_exercise_get_timed_usec (soften_session_get_exercise (session));
  g_assert_cmpint (ABS (timed - 10 * 60 * SEC), <=, 20 * SEC);

  while (soften_session_is_active (session))
    player_action (f, "player.next");
  settle (f);
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, before + 1);
}

/* As written, Start plays the exercise as it is. */
static void
test_as_written (Fixture *f, gconstpointer data)
{
  SoftenExercise *box = lookup (f, "box-breathing");
  SoftenSession  *session;

  show_exercise (f, box);
  g_signal_emit_by_name (find_button (f, "Start"), "clicked");
  settle (f);
  session = current_session (f);
  g_assert_cmpint (soften_exercise_get_timed_usec (soften_session_get_exercise (session)), ==,
                   soften_exercise_get_timed_usec (box));
}

/* An exercise without lengths offers no choice. */
static void
test_no_choice_without_lengths (Fixture *f, gconstpointer data)
{
  GtkDropDown *row;

  show_exercise (f, lookup (f, "four-seven-eight"));
  row = lengths_row (f);
  g_assert_true (row == NULL || !is_showing (GTK_WIDGET (row)));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-lengths/choose-ten-minutes", test_choose_ten_minutes);
  UI_TEST_ADD ("/soften/ui-lengths/as-written", test_as_written);
  UI_TEST_ADD ("/soften/ui-lengths/no-choice-without-lengths", test_no_choice_without_lengths);

  ui_app_start ();

  return ui_app_run_tests ();
}
