/* test-ui-progress.c — the Progress page: honest, kind figures, charts in words, clearing
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
  g_assert_nonnull (find_label (f, "day of the last 7"));
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

/* Records a finished session @days_ago days before today at @hour:@minute,
 * local time, with the check-in answers given in GVariant text. */
static void
record_at (Fixture *f, const char *id, int days_ago, int hour, int minute, const char *answers)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) day = g_date_time_add_days (now, -days_ago);
  g_autoptr (GDateTime) when
      = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                               g_date_time_get_day_of_month (day), hour, minute, 0);

  /* Never in the future: today's session is at most a minute ago. */
  if (g_date_time_compare (when, now) > 0)
    {
      g_date_time_unref (when);
      when = g_date_time_add_minutes (now, -1);
    }

  soften_progress_record (soften_application_get_progress (f->app), id, 120, when,
                          g_variant_new_parsed (answers));
}

static GtkWidget *
progress_page (Fixture *f)
{
  show_page (f, "progress");
  settle (f);

  return find_widget (f, g_type_from_name ("SoftenProgressPage"));
}

/* The charts of check-ins say what they mean, in plain words: tension was
 * usually lower after practising, about so much before and after; where
 * the zone check-ins found the person, and how often they came back. */
static void
test_charts_in_words (Fixture *f, gconstpointer data)
{
  record_at (f, "body-scan", 6, 20, 0, "{'tension-before': <7>, 'tension-after': <4>}");
  record_at (f, "body-scan", 5, 20, 0, "{'tension-before': <6>, 'tension-after': <5>}");
  record_at (f, "body-scan", 3, 20, 0, "{'tension-before': <5>, 'tension-after': <5>}");
  record_at (f, "body-scan", 1, 20, 0, "{'tension-before': <6>, 'tension-after': <2>}");
  record_at (f, "after-a-reaction", 2, 21, 0,
             "{'zone-before': <'above'>, 'zone-after': <'inside'>}");
  record_at (f, "stop-and-ground", 1, 21, 0, "{'zone-after': <'inside'>}");
  record_at (f, "forgiveness-ritual", 0, 9, 0, "{'zone-after': <'below'>}");
  progress_page (f);

  g_assert_nonnull (
      find_label (f, "After practising, your tension was usually lower: about 6 before, 4 after."));
  g_assert_nonnull (find_widget (f, g_type_from_name ("SoftenTrendChart")));
  g_assert_nonnull (find_label (f, "After practising, you were mostly inside your window: 2 times "
                                   "out of 3. Once you came back inside it from above or below."));
  g_assert_nonnull (find_label (f, "Above your window"));
  g_assert_nonnull (find_label (f, "Inside your window"));
  g_assert_nonnull (find_label (f, "Below your window"));

  /* Tension that rose is said kindly, never as points. */
  record_at (f, "body-scan", 0, 10, 0, "{'tension-before': <3>, 'tension-after': <7>}");
  record_at (f, "body-scan", 0, 11, 0, "{'tension-before': <2>, 'tension-after': <8>}");
  record_at (f, "body-scan", 0, 12, 0, "{'tension-before': <3>, 'tension-after': <8>}");
  record_at (f, "body-scan", 0, 13, 0, "{'tension-before': <3>, 'tension-after': <6>}");
  settle (f);
  g_assert_nonnull (find_label (
      f, "Some days your tension eased and some days it did not: about 4 before, 6 after."));
}

/* Without check-ins, no chart of them; one session says what it was; a
 * zone check-in still above the window is never counted as a zero. */
static void
test_one_check_in (Fixture *f, gconstpointer data)
{
  record_at (f, "box-breathing", 0, 8, 0, "@a{sv} {}");
  progress_page (f);
  g_assert_null (find_widget (f, g_type_from_name ("SoftenTrendChart")));
  g_assert_null (find_widget (f, g_type_from_name ("SoftenZoneBar")));

  record_at (f, "body-scan", 0, 8, 30, "{'tension-before': <7>, 'tension-after': <4>}");
  settle (f);
  g_assert_nonnull (find_label (f, "Last time, your tension went from 7 to 4."));
  g_assert_null (find_widget (f, g_type_from_name ("SoftenZoneBar")));

  /* Still above the window after practising: no count of zero. */
  record_at (f, "stop-and-ground", 0, 9, 0, "{'zone-after': <'above'>}");
  settle (f);
  g_assert_nonnull (find_widget (f, g_type_from_name ("SoftenZoneBar")));
  g_assert_nonnull (find_label (f, "After practising, your body was still finding its way back "
                                   "into your window. Some days it needs longer; that is part of "
                                   "it."));

  /* And back inside: each time. */
  record_at (f, "stop-and-ground", 0, 9, 30, "{'zone-after': <'inside'>}");
  settle (f);
  g_assert_nonnull (find_label (f, "After practising, you were inside your window 1 time out of "
                                   "2. Some days the body needs longer; that is part of it."));
}

/* The Preferences window that the Progress preferences live in. */
static GtkWidget *
open_preferences (Fixture *f)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  settle (f);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (window) && gtk_widget_get_visible (window))
        return window;
    }
  g_assert_not_reached ();
}

static AdwActionRow *
preferences_row (GtkWidget *preferences, const char *title)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  collect (preferences, ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);

  g_error ("no row “%s” in Preferences", title);
}

/* Streaks never invite guilt: with none running, the longest one is shown,
 * never a zero; the week's rhythm is there either way; and "Show days in a
 * row" in Preferences hides them. */
static void
test_streaks_kind (Fixture *f, gconstpointer data)
{
  GSettings *settings = soften_application_get_settings (f->app);
  GtkWidget *preferences;
  GtkWidget *streaks;

  record_at (f, "box-breathing", 6, 20, 0, "@a{sv} {}");
  record_at (f, "box-breathing", 5, 20, 0, "@a{sv} {}");
  record_at (f, "box-breathing", 4, 20, 0, "@a{sv} {}");
  progress_page (f);
  g_assert_nonnull (find_label (f, "days of the last 7"));
  g_assert_nonnull (find_label (f, "3"));
  g_assert_nonnull (find_label (f, "days in a row at most"));
  g_assert_null (find_label (f, "days in a row now"));
  g_assert_null (find_label (f, "0"));

  /* Preferences: the switch is in the Progress group, on at first. */
  preferences = open_preferences (f);
  streaks
      = adw_action_row_get_activatable_widget (preferences_row (preferences, "Show days in a row"));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (streaks)));
  gtk_switch_set_active (GTK_SWITCH (streaks), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "show-streaks"));
  gtk_window_destroy (GTK_WINDOW (preferences));
  settle (f);

  g_assert_null (find_label (f, "days in a row at most"));
  g_assert_nonnull (find_label (f, "days of the last 7"));
}

/* Practice after midnight counts for the evening before, until the hour
 * chosen in Preferences; from midnight, it is a day of its own. */
static void
test_day_starts_at (Fixture *f, gconstpointer data)
{
  GSettings   *settings = soften_application_get_settings (f->app);
  GtkWidget   *preferences;
  AdwComboRow *row;

  record_at (f, "box-breathing", 3, 22, 30, "@a{sv} {}");
  record_at (f, "box-breathing", 2, 1, 30, "@a{sv} {}");
  progress_page (f);
  g_assert_nonnull (find_label (f, "2 sessions in the last 12 weeks, on 1 day."));
  g_assert_nonnull (find_label (f, "day of the last 7"));

  preferences = open_preferences (f);
  row = ADW_COMBO_ROW (preferences_row (preferences, "A new day begins at"));
  /* Midnight to noon, a choice an hour; 04:00 at first. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==, 13);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 4);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (row)), ==,
                   "04:00");
  adw_combo_row_set_selected (row, 0);
  g_assert_cmpuint (g_settings_get_uint (settings, "day-starts-at"), ==, 0);
  gtk_window_destroy (GTK_WINDOW (preferences));
  settle (f);

  g_assert_nonnull (find_label (f, "2 sessions in the last 12 weeks, on 2 different days."));
  g_assert_nonnull (find_label (f, "days of the last 7"));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-progress/progress-page", test_progress_page);
  UI_TEST_ADD ("/soften/ui-progress/charts-in-words", test_charts_in_words);
  UI_TEST_ADD ("/soften/ui-progress/one-check-in", test_one_check_in);
  UI_TEST_ADD ("/soften/ui-progress/streaks-kind", test_streaks_kind);
  UI_TEST_ADD ("/soften/ui-progress/day-starts-at", test_day_starts_at);

  ui_app_start ();

  return ui_app_run_tests ();
}
