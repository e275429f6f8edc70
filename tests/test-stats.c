/* test-stats.c — streaks, totals, changes and CSV from synthetic histories
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "engine/soften-progress.h"
#include "engine/soften-stats.h"

/* A history built from local wall-clock times in @tz. */
typedef struct
{
  int         year, month, day, hour, minute;
  const char *id;
  guint       seconds;
  int         tension_before; /* -1: none */
  int         tension_after;
} Entry;

static GVariant *
history_of (GTimeZone *tz, const Entry *entries, guint n)
{
  g_auto (GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(xsua{sv})"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GDateTime) when
          = g_date_time_new (tz, entries[i].year, entries[i].month, entries[i].day, entries[i].hour,
                             entries[i].minute, 0);
      g_auto (GVariantDict) answers = G_VARIANT_DICT_INIT (NULL);

      if (entries[i].tension_before >= 0)
        {
          g_variant_dict_insert (&answers, "tension-before", "i", entries[i].tension_before);
          g_variant_dict_insert (&answers, "tension-after", "i", entries[i].tension_after);
        }
      g_variant_builder_add (&builder, "(xsu@a{sv})", g_date_time_to_unix (when), entries[i].id,
                             entries[i].seconds, g_variant_dict_end (&answers));
    }

  return g_variant_builder_end (&builder);
}

static SoftenStats *
stats_at (GTimeZone *tz, const Entry *entries, guint n, int year, int month, int day, int hour)
{
  g_autoptr (GDateTime) now = g_date_time_new (tz, year, month, day, hour, 0, 0);

  return soften_stats_new (history_of (tz, entries, n), tz, now, 0);
}

static void
test_empty (void)
{
  g_autoptr (GTimeZone)   tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr (SoftenStats) stats = stats_at (tz, NULL, 0, 2026, 3, 1, 12);
  guint                   counts[84];

  g_assert_cmpuint (soften_stats_get_n_sessions (stats), ==, 0);
  g_assert_cmpuint (soften_stats_get_total_seconds (stats), ==, 0);
  g_assert_cmpuint (soften_stats_get_current_streak (stats), ==, 0);
  g_assert_cmpuint (soften_stats_get_longest_streak (stats), ==, 0);
  soften_stats_get_day_counts (stats, 84, counts);
  for (guint i = 0; i < 84; i++)
    g_assert_cmpuint (counts[i], ==, 0);
}

/* Several sessions a day count as one day; a gap breaks the streak. */
static void
test_gaps_and_several_a_day (void)
{
  static const Entry entries[] = {
    { 2026, 2, 20, 9, 0, "a", 60, -1, -1 },
    { 2026, 2, 21, 9, 0, "a", 60, -1, -1 },
    { 2026, 2, 21, 22, 0, "b", 120, -1, -1 },
    { 2026, 2, 22, 23, 59, "a", 60, -1, -1 },
    /* a gap on the 23rd */
    { 2026, 2, 24, 0, 1, "a", 30, -1, -1 },
    { 2026, 2, 25, 7, 0, "a", 30, -1, -1 },
  };
  g_autoptr (GTimeZone)   tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr (SoftenStats) on_25th = stats_at (tz, entries, G_N_ELEMENTS (entries), 2026, 2, 25, 20);
  g_autoptr (SoftenStats) on_26th = stats_at (tz, entries, G_N_ELEMENTS (entries), 2026, 2, 26, 8);
  g_autoptr (SoftenStats) on_27th = stats_at (tz, entries, G_N_ELEMENTS (entries), 2026, 2, 27, 8);
  guint                   counts[7];

  g_assert_cmpuint (soften_stats_get_n_sessions (on_25th), ==, 6);
  g_assert_cmpuint (soften_stats_get_total_seconds (on_25th), ==, 360);
  g_assert_cmpuint (soften_stats_get_longest_streak (on_25th), ==, 3);
  g_assert_cmpuint (soften_stats_get_current_streak (on_25th), ==, 2);
  /* The 26th has begun without a session: the streak is still alive. */
  g_assert_cmpuint (soften_stats_get_current_streak (on_26th), ==, 2);
  /* By the 27th a day was missed. */
  g_assert_cmpuint (soften_stats_get_current_streak (on_27th), ==, 0);
  g_assert_cmpuint (soften_stats_get_longest_streak (on_27th), ==, 3);

  soften_stats_get_day_counts (on_25th, 7, counts);
  g_assert_cmpuint (counts[0], ==, 0); /* the 19th */
  g_assert_cmpuint (counts[1], ==, 1); /* the 20th */
  g_assert_cmpuint (counts[2], ==, 2); /* the 21st */
  g_assert_cmpuint (counts[3], ==, 1);
  g_assert_cmpuint (counts[4], ==, 0); /* the gap */
  g_assert_cmpuint (counts[5], ==, 1);
  g_assert_cmpuint (counts[6], ==, 1); /* today */
  g_assert_cmpuint (soften_stats_get_active_days (on_25th, 7), ==, 5);
}

/* The wall clock set back three days: the sessions it now calls future
 * count as today's; nothing is lost, negative or past the grid. */
static void
test_clock_set_back (void)
{
  static const Entry entries[] = {
    { 2026, 2, 20, 9, 0, "a", 60, -1, -1 },
    { 2026, 2, 21, 9, 0, "a", 60, -1, -1 },
    { 2026, 2, 24, 9, 0, "a", 60, -1, -1 },
    { 2026, 2, 25, 9, 0, "a", 60, -1, -1 },
  };
  g_autoptr (GTimeZone)   tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr (SoftenStats) stats = stats_at (tz, entries, G_N_ELEMENTS (entries), 2026, 2, 22, 12);
  guint                   counts[7];

  g_assert_cmpuint (soften_stats_get_n_sessions (stats), ==, 4);
  g_assert_cmpuint (soften_stats_get_total_seconds (stats), ==, 240);
  g_assert_cmpuint (soften_stats_get_current_streak (stats), ==, 3);
  g_assert_cmpuint (soften_stats_get_longest_streak (stats), ==, 3);
  soften_stats_get_day_counts (stats, 7, counts);
  g_assert_cmpuint (counts[4], ==, 1); /* the 20th */
  g_assert_cmpuint (counts[5], ==, 1); /* the 21st */
  g_assert_cmpuint (counts[6], ==, 2); /* today, the 22nd */
  g_assert_cmpuint (soften_stats_get_active_days (stats, 7), ==, 3);
}

/* Days are wall-clock days: sessions just before and after midnight on the
 * nights the clocks change are on consecutive days, and a streak across
 * both changes is unbroken. */
static void
test_daylight_saving (void)
{
  static const Entry entries[] = {
    /* Spring forward in Berlin: 29 March 2026, 02:00 → 03:00 */
    { 2026, 3, 28, 23, 30, "a", 60, -1, -1 },
    { 2026, 3, 29, 0, 30, "a", 60, -1, -1 },
    { 2026, 3, 29, 23, 59, "a", 60, -1, -1 },
    { 2026, 3, 30, 0, 0, "a", 60, -1, -1 },
  };
  static const Entry autumn[] = {
    /* Fall back: 25 October 2026, 03:00 → 02:00 (the day has 25 hours) */
    { 2026, 10, 24, 23, 0, "a", 60, -1, -1 },
    { 2026, 10, 25, 1, 0, "a", 60, -1, -1 },
    { 2026, 10, 25, 23, 30, "a", 60, -1, -1 },
    { 2026, 10, 26, 0, 30, "a", 60, -1, -1 },
  };
  g_autoptr (GTimeZone)   tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr (SoftenStats) spring = stats_at (tz, entries, G_N_ELEMENTS (entries), 2026, 3, 30, 12);
  g_autoptr (SoftenStats) fall = stats_at (tz, autumn, G_N_ELEMENTS (autumn), 2026, 10, 26, 12);
  guint                   counts[3];

  g_assert_cmpuint (soften_stats_get_current_streak (spring), ==, 3);
  soften_stats_get_day_counts (spring, 3, counts);
  g_assert_cmpuint (counts[0], ==, 1);
  g_assert_cmpuint (counts[1], ==, 2);
  g_assert_cmpuint (counts[2], ==, 1);

  g_assert_cmpuint (soften_stats_get_current_streak (fall), ==, 3);
  soften_stats_get_day_counts (fall, 3, counts);
  g_assert_cmpuint (counts[0], ==, 1);
  g_assert_cmpuint (counts[1], ==, 2);
  g_assert_cmpuint (counts[2], ==, 1);

  /* The same instants seen from another time zone fall on other days. */
  {
    g_autoptr (GTimeZone)   tokyo = g_time_zone_new_identifier ("Asia/Tokyo");
    g_autoptr (GDateTime)   now = g_date_time_new (tokyo, 2026, 3, 30, 20, 0, 0);
    g_autoptr (SoftenStats) there
        = soften_stats_new (history_of (tz, entries, G_N_ELEMENTS (entries)), tokyo, now, 0);

    soften_stats_get_day_counts (there, 3, counts);
    g_assert_cmpuint (counts[0], ==, 0);
    g_assert_cmpuint (counts[1], ==, 2);
    g_assert_cmpuint (counts[2], ==, 2);
  }
}

/* Average check-in change per exercise, and the latest tension points. */
static void
test_changes (void)
{
  static const Entry entries[] = {
    { 2026, 2, 20, 9, 0, "body-scan", 200, 7, 4 },
    { 2026, 2, 21, 9, 0, "body-scan", 200, 8, 3 },
    { 2026, 2, 22, 9, 0, "box-breathing", 120, -1, -1 },
    { 2026, 2, 23, 9, 0, "body-scan", 200, 6, 5 },
  };
  g_autoptr (GTimeZone)   tz = g_time_zone_new_utc ();
  g_autoptr (SoftenStats) stats = stats_at (tz, entries, G_N_ELEMENTS (entries), 2026, 2, 23, 12);
  g_autoptr (GArray)      changes = soften_stats_get_changes (stats);
  g_autoptr (GArray)      points = soften_stats_get_tension_points (stats, 2);
  SoftenTensionPoint     *point;
  SoftenChange           *change;

  g_assert_cmpuint (changes->len, ==, 1);
  change = &g_array_index (changes, SoftenChange, 0);
  g_assert_cmpstr (change->exercise_id, ==, "body-scan");
  g_assert_cmpstr (change->measure, ==, "tension");
  g_assert_cmpuint (change->n_sessions, ==, 3);
  g_assert_cmpfloat_with_epsilon (change->mean_before, 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (change->mean_after, 4.0, 1e-9);

  /* The last two with both answers, oldest first, each on its day. */
  g_assert_cmpuint (points->len, ==, 2);
  point = &g_array_index (points, SoftenTensionPoint, 0);
  g_assert_cmpint (point->before, ==, 8);
  g_assert_cmpint (point->after, ==, 3);
  g_assert_cmpuint (soften_stats_get_today (stats) - point->day, ==, 2);
  point = &g_array_index (points, SoftenTensionPoint, 1);
  g_assert_cmpint (point->before, ==, 6);
  g_assert_cmpint (point->after, ==, 5);
  g_assert_cmpuint (point->day, ==, soften_stats_get_today (stats));
}

/* At the cap, the oldest sessions are gone from the history (but not from
 * the totals per exercise), and the figures follow what is left. */
static void
test_at_the_cap (void)
{
  g_autoptr (GSettings)      settings = g_settings_new ("io.github.softenapp.Soften");
  g_autoptr (SoftenProgress) progress = NULL;
  g_autoptr (GTimeZone)      tz = g_time_zone_new_utc ();
  g_autoptr (GVariant)       history = NULL;
  g_autoptr (GDateTime)      now = g_date_time_new (tz, 2026, 11, 21, 12, 0, 0);
  g_autoptr (SoftenStats)    stats = NULL;
  guint                      sessions;

  g_settings_reset (settings, "history");
  g_settings_reset (settings, "completions");
  progress = soften_progress_new (settings);

  /* One a day for the cap and ten more days, ending today. */
  for (guint i = 0; i < SOFTEN_PROGRESS_HISTORY_CAP + 10; i++)
    {
      g_autoptr (GDateTime) when
          = g_date_time_add_days (now, -(int)(SOFTEN_PROGRESS_HISTORY_CAP + 9 - i));

      soften_progress_record (progress, "a", 60, when, NULL);
    }

  history = g_settings_get_value (settings, "history");
  stats = soften_stats_new (history, tz, now, SOFTEN_STATS_DEFAULT_DAY_START);
  g_assert_cmpuint (soften_stats_get_n_sessions (stats), ==, SOFTEN_PROGRESS_HISTORY_CAP);
  g_assert_cmpuint (soften_stats_get_current_streak (stats), ==, SOFTEN_PROGRESS_HISTORY_CAP);
  g_assert_cmpuint (soften_stats_get_total_seconds (stats), ==, 60 * SOFTEN_PROGRESS_HISTORY_CAP);
  soften_progress_get_completions (progress, "a", &sessions, NULL, NULL);
  g_assert_cmpuint (sessions, ==, SOFTEN_PROGRESS_HISTORY_CAP + 10);
}

/* A small RFC 4180 reader, to read back what was written. */
static GPtrArray *
parse_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString   *field = g_string_new (NULL);
  gboolean   quoted = FALSE;

  for (const char *p = csv; *p; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
        }
      else if (*p == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          p++;
        }
      else
        g_string_append_c (field, *p);
    }

  g_assert_cmpuint (field->len, ==, 0);
  g_string_free (field, TRUE);
  g_ptr_array_unref (row);

  return rows;
}

/* Every field comes back from the CSV, commas, quotes and newlines too. */
static void
test_csv_round_trip (void)
{
  g_auto (GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(xsua{sv})"));
  g_autoptr (GTimeZone)    tz = g_time_zone_new_identifier ("America/New_York");
  g_autoptr (GVariant)     history = NULL;
  g_autoptr (GPtrArray)    rows = NULL;
  g_autofree char         *csv = NULL;

  {
    g_auto (GVariantDict) answers = G_VARIANT_DICT_INIT (NULL);

    g_variant_dict_insert (&answers, "tension-before", "i", 7);
    g_variant_dict_insert (&answers, "zone-before", "s", "a \"quoted\", odd\nvalue");
    g_variant_builder_add (&builder, "(xsu@a{sv})", G_GINT64_CONSTANT (1795267346), "body-scan",
                           200, g_variant_dict_end (&answers));
  }
  g_variant_builder_add (&builder, "(xsu@a{sv})", G_GINT64_CONSTANT (1700000000), "box-breathing",
                         133, g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0));
  history = g_variant_ref_sink (g_variant_builder_end (&builder));

  csv = soften_history_to_csv (history, tz);
  rows = parse_csv (csv);

  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *)g_ptr_array_index (rows, 0), 2), ==, "exercise");

  for (guint i = 0; i < 2; i++)
    {
      GPtrArray            *row = g_ptr_array_index (rows, i + 1);
      g_autoptr (GVariant)  entry = g_variant_get_child_value (history, i);
      g_autoptr (GVariant)  answers = NULL;
      g_autoptr (GVariant)  parsed = NULL;
      g_autoptr (GDateTime) when = NULL;
      const char           *id;
      gint64                finished;
      guint32               seconds;
      g_autoptr (GError)    error = NULL;

      g_variant_get (entry, "(x&su@a{sv})", &finished, &id, &seconds, &answers);
      g_assert_cmpuint (row->len, ==, 5);

      when = g_date_time_new_from_iso8601 (g_ptr_array_index (row, 0), NULL);
      g_assert_nonnull (when);
      g_assert_cmpint (g_date_time_to_unix (when), ==, finished);
      g_assert_cmpint (g_ascii_strtoll (g_ptr_array_index (row, 1), NULL, 10), ==, finished);
      g_assert_cmpstr (g_ptr_array_index (row, 2), ==, id);
      g_assert_cmpuint (g_ascii_strtoull (g_ptr_array_index (row, 3), NULL, 10), ==, seconds);

      parsed = g_variant_parse (G_VARIANT_TYPE ("a{sv}"), g_ptr_array_index (row, 4), NULL, NULL,
                                &error);
      g_assert_no_error (error);
      g_assert_true (g_variant_equal (parsed, answers));
    }
}

/* A history GSettings holds can be written by anyone: a record with an id
 * no exercise could have (20,000 characters, or not an id at all), or a
 * time no calendar shows, is left out without a critical; answers outside
 * 0–10 are left out of their record; the newest thousand records at most
 * are read; and totals do not wrap. */
static void
hostile_history (GVariantBuilder *builder, gint64 now)
{
  g_autofree char      *long_id = g_strnfill (20000, 'a');
  g_auto (GVariantDict) answers_dict = G_VARIANT_DICT_INIT (NULL);
  g_auto (GVariantDict) hostile_dict = G_VARIANT_DICT_INIT (NULL);
  g_autoptr (GVariant)  answers = NULL;
  g_autoptr (GVariant)  hostile = NULL;
  static const gint64   bad_times[] = { G_MAXINT64, G_MININT64, 253402300800, -62135596801 };

  g_variant_dict_insert (&answers_dict, "tension-before", "i", 8);
  g_variant_dict_insert (&answers_dict, "tension-after", "i", 3);
  g_variant_dict_insert (&hostile_dict, "tension-before", "i", 99);
  g_variant_dict_insert (&hostile_dict, "tension-after", "i", -5);
  answers = g_variant_ref_sink (g_variant_dict_end (&answers_dict));
  hostile = g_variant_ref_sink (g_variant_dict_end (&hostile_dict));

  /* Older than the newest thousand: never read. */
  for (guint i = 0; i < 100; i++)
    g_variant_builder_add (builder, "(xsu@a{sv})", now - 100, "box-breathing", 60, answers);
  g_variant_builder_add (builder, "(xsu@a{sv})", now, long_id, 60, answers);
  g_variant_builder_add (builder, "(xsu@a{sv})", now, "Box Breathing!", 60, answers);
  for (guint i = 0; i < G_N_ELEMENTS (bad_times); i++)
    g_variant_builder_add (builder, "(xsu@a{sv})", bad_times[i], "box-breathing", 60, answers);
  g_variant_builder_add (builder, "(xsu@a{sv})", now, "body-scan", 60, hostile);
  for (guint i = 0; i < 993; i++)
    g_variant_builder_add (builder, "(xsu@a{sv})", now, "box-breathing", G_MAXUINT32, answers);
}

static void
test_hostile_records (void)
{
  g_autoptr (GTimeZone)    tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr (GDateTime)    now = g_date_time_new (tz, 2026, 3, 1, 12, 0, 0);
  g_auto (GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(xsua{sv})"));
  g_autoptr (SoftenStats)  stats = NULL;
  g_autoptr (GArray)       changes = NULL;
  guint                    counts[7];

  hostile_history (&builder, g_date_time_to_unix (now));
  stats = soften_stats_new (g_variant_builder_end (&builder), tz, now, 0);

  g_assert_cmpuint (soften_stats_get_n_sessions (stats), ==, 994);
  g_assert_cmpuint (soften_stats_get_total_seconds (stats), ==, 993 * (guint64)G_MAXUINT32 + 60);
  for (guint i = 0; i < soften_stats_get_n_sessions (stats); i++)
    g_assert_cmpuint (strlen (soften_stats_get_session (stats, i)->exercise_id), <=, 64);
  soften_stats_get_day_counts (stats, 7, counts);
  g_assert_cmpuint (counts[6], ==, 994);

  /* Only the sound answers: body-scan's are left out. */
  changes = soften_stats_get_changes (stats);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (g_array_index (changes, SoftenChange, 0).exercise_id, ==, "box-breathing");
}

/* What was left out is counted, for the Progress page to say so: the
 * records older than the thousand read, those with a bad id or time, and
 * the one whose answers were left out. */
static void
test_counts_what_was_left_out (void)
{
  g_autoptr (GTimeZone)    tz = g_time_zone_new_utc ();
  g_autoptr (GDateTime)    now = g_date_time_new (tz, 2026, 3, 1, 12, 0, 0);
  g_auto (GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(xsua{sv})"));
  g_autoptr (SoftenStats)  stats = NULL;
  g_autoptr (SoftenStats)  sound = NULL;

  hostile_history (&builder, g_date_time_to_unix (now));
  stats = soften_stats_new (g_variant_builder_end (&builder), tz, now, 0);
  g_assert_cmpuint (soften_stats_get_n_skipped (stats), ==, 100 + 2 + 4 + 1);

  sound = stats_at (tz, NULL, 0, 2026, 3, 1, 12);
  g_assert_cmpuint (soften_stats_get_n_skipped (sound), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/stats/empty", test_empty);
  g_test_add_func ("/soften/stats/gaps-and-several-a-day", test_gaps_and_several_a_day);
  g_test_add_func ("/soften/stats/daylight-saving", test_daylight_saving);
  g_test_add_func ("/soften/stats/changes", test_changes);
  g_test_add_func ("/soften/stats/clock-set-back", test_clock_set_back);
  g_test_add_func ("/soften/stats/at-the-cap", test_at_the_cap);
  g_test_add_func ("/soften/stats/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/soften/stats/hostile-records", test_hostile_records);
  g_test_add_func ("/soften/stats/counts-what-was-left-out", test_counts_what_was_left_out);

  return g_test_run ();
}
