/* test-progress.c — recording finished sessions in GSettings
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs with GSETTINGS_BACKEND=memory and the schema compiled in the build.
 */

#include "config.h"

#include "engine/soften-fake-clock.h"
#include "engine/soften-progress-private.h"
#include "engine/soften-progress.h"
#include "engine/soften-session.h"

static GSettings *
new_settings (void)
{
  GSettings *settings = g_settings_new ("io.github.softenapp.Soften");

  g_settings_reset (settings, "completions");
  g_settings_reset (settings, "history");

  return settings;
}

static void
test_record (void)
{
  g_autoptr (GSettings)      settings = new_settings ();
  g_autoptr (SoftenProgress) progress = soften_progress_new (settings);
  g_autoptr (GDateTime)      first = g_date_time_new_utc (2026, 3, 1, 8, 0, 0);
  g_autoptr (GDateTime)      second = g_date_time_new_utc (2026, 3, 2, 21, 30, 0);
  g_autoptr (GDateTime)      last = NULL;
  g_autoptr (GVariant)       history = NULL;
  guint                      sessions = 0, seconds = 0;
  gint64                     at;
  const char                *id;
  guint32                    secs;
  gint32                     before = -1, after = -1;
  GVariant                  *answers;

  g_assert_false (soften_progress_get_completions (progress, "box-breathing", NULL, NULL, NULL));

  {
    g_auto (GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);

    g_variant_dict_insert (&dict, "tension-before", "i", 7);
    g_variant_dict_insert (&dict, "tension-after", "i", 4);
    soften_progress_record (progress, "box-breathing", 150, first, NULL);
    soften_progress_record (progress, "other", 60, first, g_variant_dict_end (&dict));
    soften_progress_record (progress, "box-breathing", 140, second, NULL);
  }

  g_assert_true (
      soften_progress_get_completions (progress, "box-breathing", &sessions, &seconds, &last));
  g_assert_cmpuint (sessions, ==, 2);
  g_assert_cmpuint (seconds, ==, 290);
  g_assert_cmpint (g_date_time_to_unix (last), ==, g_date_time_to_unix (second));

  /* What another GSettings object (another reader) sees: both keys written. */
  history = g_settings_get_value (settings, "history");
  g_assert_cmpuint (g_variant_n_children (history), ==, 3);
  g_variant_get_child (history, 1, "(x&su@a{sv})", &at, &id, &secs, &answers);
  g_assert_true (g_variant_lookup (answers, "tension-before", "i", &before));
  g_assert_true (g_variant_lookup (answers, "tension-after", "i", &after));
  g_variant_unref (answers);
  g_assert_cmpint (at, ==, g_date_time_to_unix (first));
  g_assert_cmpstr (id, ==, "other");
  g_assert_cmpuint (secs, ==, 60);
  g_assert_cmpint (before, ==, 7);
  g_assert_cmpint (after, ==, 4);

  {
    g_autoptr (GVariant) completions = g_settings_get_value (settings, "completions");
    guint32              n, s;
    gint64               when;

    g_assert_true (g_variant_lookup (completions, "other", "(uux)", &n, &s, &when));
    g_assert_cmpuint (n, ==, 1);
    g_assert_cmpuint (s, ==, 60);
  }
}

/* The history keeps the newest SOFTEN_PROGRESS_HISTORY_CAP sessions. */
static void
test_history_cap (void)
{
  g_autoptr (GSettings)      settings = new_settings ();
  g_autoptr (SoftenProgress) progress = soften_progress_new (settings);
  g_autoptr (GVariant)       history = NULL;
  guint                      sessions;
  gint64                     at;

  for (guint i = 0; i < SOFTEN_PROGRESS_HISTORY_CAP + 5; i++)
    {
      g_autoptr (GDateTime) when = g_date_time_new_from_unix_utc (1700000000 + i * 3600);

      soften_progress_record (progress, "box-breathing", 60, when, NULL);
    }

  g_assert_cmpuint (soften_progress_get_n_history (progress), ==, SOFTEN_PROGRESS_HISTORY_CAP);
  history = g_settings_get_value (settings, "history");
  g_variant_get_child (history, 0, "(xsu@a{sv})", &at, NULL, NULL, NULL);
  g_assert_cmpint (at, ==, 1700000000 + 5 * 3600);

  /* The totals are not capped. */
  soften_progress_get_completions (progress, "box-breathing", &sessions, NULL, NULL);
  g_assert_cmpuint (sessions, ==, SOFTEN_PROGRESS_HISTORY_CAP + 5);
}

/* What the window does on "finished": a session is recorded once. */
static void
record_session (SoftenSession *session, SoftenProgress *progress)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr (GVariant)  responses = soften_session_dup_check_in_answers (session);

  soften_progress_record (progress, soften_exercise_get_id (soften_session_get_exercise (session)),
                          soften_session_get_active_usec (session) / G_USEC_PER_SEC, now,
                          responses);
}

static void
test_once_per_session (void)
{
  static const gint64        box[] = { 4000000, 4000000, 4000000, 4000000 };
  g_autoptr (GSettings)      settings = new_settings ();
  g_autoptr (SoftenProgress) progress = soften_progress_new (settings);
  g_autoptr (SoftenClock)    clock = soften_fake_clock_new ();
  g_autoptr (SoftenExercise) exercise
      = soften_exercise_new ("box", "Box", SOFTEN_CATEGORY_BREATHING);
  g_autoptr (SoftenStep)    step = soften_step_new_breathing ("", box, 2);
  g_autoptr (SoftenSession) session = NULL;
  g_autoptr (SoftenSession) stopped = NULL;
  guint                     sessions, seconds;

  soften_exercise_add_step (exercise, step);

  session = soften_session_new (exercise, clock);
  g_signal_connect (session, "finished", G_CALLBACK (record_session), progress);
  soften_session_start (session);
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (clock), 3600 * G_TIME_SPAN_SECOND);
  soften_session_next (session);

  /* A session left early is not recorded. */
  stopped = soften_session_new (exercise, clock);
  g_signal_connect (stopped, "finished", G_CALLBACK (record_session), progress);
  soften_session_start (stopped);
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (clock), 10 * G_TIME_SPAN_SECOND);
  soften_session_stop (stopped);
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (clock), 3600 * G_TIME_SPAN_SECOND);

  g_assert_true (soften_progress_get_completions (progress, "box", &sessions, &seconds, NULL));
  g_assert_cmpuint (sessions, ==, 1);
  g_assert_cmpuint (seconds, ==, 32);
  g_assert_cmpuint (soften_progress_get_n_history (progress), ==, 1);
}

/* With "record-progress" off nothing is added; clearing forgets all. */
static void
test_off_and_clear (void)
{
  g_autoptr (GSettings)      settings = new_settings ();
  g_autoptr (SoftenProgress) progress = soften_progress_new (settings);
  g_autoptr (GDateTime)      now = g_date_time_new_now_utc ();

  soften_progress_record (progress, "a", 60, now, NULL);
  g_settings_set_boolean (settings, "record-progress", FALSE);
  soften_progress_record (progress, "a", 60, now, NULL);
  g_assert_cmpuint (soften_progress_get_n_history (progress), ==, 1);
  g_settings_reset (settings, "record-progress");

  soften_progress_clear (progress);
  g_assert_cmpuint (soften_progress_get_n_history (progress), ==, 0);
  g_assert_false (soften_progress_get_completions (progress, "a", NULL, NULL, NULL));
  {
    g_autoptr (GVariant) history = g_settings_get_value (settings, "history");

    g_assert_cmpuint (g_variant_n_children (history), ==, 0);
  }
}

static void
count_cb (SoftenProgress *progress, guint *n_changed)
{
  (*n_changed)++;
}

/* "changed": once for a record and once for a clear, however many keys
 * they write; nothing when nothing is recorded or another key changes. */
static void
test_changed (void)
{
  g_autoptr (GSettings) settings = new_settings ();
  SoftenProgress       *progress = soften_progress_new (settings);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  guint                 n_changed = 0;

  g_signal_connect (progress, "changed", G_CALLBACK (count_cb), &n_changed);

  soften_progress_record (progress, "a", 60, now, NULL);
  g_assert_cmpuint (n_changed, ==, 1);
  soften_progress_record (progress, "b", 30, now, NULL);
  g_assert_cmpuint (n_changed, ==, 2);

  soften_progress_clear (progress);
  g_assert_cmpuint (n_changed, ==, 3);

  g_settings_set_boolean (settings, "record-progress", FALSE);
  g_assert_cmpuint (n_changed, ==, 3);
  soften_progress_record (progress, "a", 60, now, NULL);
  g_assert_cmpuint (n_changed, ==, 3);
  g_settings_reset (settings, "record-progress");
  g_assert_cmpuint (n_changed, ==, 3);

  /* Gone, it hears nothing more: the settings outlive it. */
  g_assert_finalize_object (progress);
  g_settings_reset (settings, "history");
}

/* Another instance of the app writes the keys: each change is heard. */
static void
test_changed_from_outside (void)
{
  g_autoptr (GSettings)      settings = new_settings ();
  g_autoptr (SoftenProgress) progress = soften_progress_new (settings);
  g_autoptr (GSettings)      other_settings = g_settings_new ("io.github.softenapp.Soften");
  g_autoptr (SoftenProgress) other = soften_progress_new (other_settings);
  g_autoptr (GDateTime)      now = g_date_time_new_now_utc ();
  guint                      n_changed = 0;

  g_signal_connect (progress, "changed", G_CALLBACK (count_cb), &n_changed);

  soften_progress_record (other, "a", 60, now, NULL);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (soften_progress_get_n_history (progress), ==, 1);

  g_settings_reset (other_settings, "completions");
  g_assert_cmpuint (n_changed, ==, 2);
  g_settings_reset (other_settings, "history");
  g_assert_cmpuint (n_changed, ==, 3);
  g_assert_cmpuint (soften_progress_get_n_history (progress), ==, 0);
}

/* When a day begins and whether streaks show change what the Progress
 * page shows: each change is heard once, and the figures follow the first. */
static void
test_day_start (void)
{
  g_autoptr (GSettings)      settings = new_settings ();
  g_autoptr (SoftenProgress) progress = soften_progress_new (settings);
  g_autoptr (GTimeZone)      tz = g_time_zone_new_identifier ("Europe/Berlin");
  /* 01:30 on a Saturday, then the Saturday evening after. */
  g_autoptr (GDateTime)   late = g_date_time_new (tz, 2026, 3, 14, 1, 30, 0);
  g_autoptr (GDateTime)   now = g_date_time_new (tz, 2026, 3, 14, 20, 0, 0);
  g_autoptr (SoftenStats) stats = NULL;
  guint                   n_changed = 0;

  g_signal_connect (progress, "changed", G_CALLBACK (count_cb), &n_changed);
  soften_progress_record (progress, "a", 60, late, NULL);
  g_assert_cmpuint (n_changed, ==, 1);

  /* By default a day begins at 04:00: 01:30 was Friday evening's. */
  g_assert_cmpuint (g_settings_get_uint (settings, "day-starts-at"), ==,
                    SOFTEN_STATS_DEFAULT_DAY_START);
  stats = soften_progress_dup_stats (progress, tz, now);
  g_assert_cmpuint (soften_stats_get_today (stats) - soften_stats_get_day (stats, 0), ==, 1);
  g_clear_pointer (&stats, soften_stats_free);

  /* From midnight, it is today's. */
  g_settings_set_uint (settings, "day-starts-at", 0);
  g_assert_cmpuint (n_changed, ==, 2);
  stats = soften_progress_dup_stats (progress, tz, now);
  g_assert_cmpuint (soften_stats_get_day (stats, 0), ==, soften_stats_get_today (stats));

  g_assert_true (soften_progress_get_show_streaks (progress));
  g_settings_set_boolean (settings, "show-streaks", FALSE);
  g_assert_cmpuint (n_changed, ==, 3);
  g_assert_false (soften_progress_get_show_streaks (progress));

  g_settings_reset (settings, "show-streaks");
  g_settings_reset (settings, "day-starts-at");
  g_assert_cmpuint (n_changed, ==, 5);
  g_settings_reset (settings, "history");
  g_settings_reset (settings, "completions");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/progress/record", test_record);
  g_test_add_func ("/soften/progress/history-cap", test_history_cap);
  g_test_add_func ("/soften/progress/once-per-session", test_once_per_session);
  g_test_add_func ("/soften/progress/off-and-clear", test_off_and_clear);
  g_test_add_func ("/soften/progress/changed", test_changed);
  g_test_add_func ("/soften/progress/changed-from-outside", test_changed_from_outside);
  g_test_add_func ("/soften/progress/day-start", test_day_start);

  return g_test_run ();
}
