/* test-stats-days.c — when a day begins, the weekly rhythm, and check-ins against the window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Histories are built from wall-clock times in a fixed time zone, and
 * "now" is a fixed moment in it: no test reads the real clock.
 */

#include "config.h"

#include "engine/soften-stats.h"

typedef struct
{
  int         month, day, hour, minute; /* in 2026 */
  int         tension_before;           /* -1: not answered */
  int         tension_after;
  const char *zone_before; /* NULL: not answered */
  const char *zone_after;
} Entry;

static GVariant *
history_of (GTimeZone *tz, const Entry *entries, guint n)
{
  g_auto (GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(xsua{sv})"));

  for (guint i = 0; i < n; i++)
    {
      const Entry          *e = &entries[i];
      g_autoptr (GDateTime) when
          = g_date_time_new (tz, 2026, e->month, e->day, e->hour, e->minute, 0);
      g_auto (GVariantDict) answers = G_VARIANT_DICT_INIT (NULL);

      if (e->tension_before >= 0)
        g_variant_dict_insert (&answers, "tension-before", "i", e->tension_before);
      if (e->tension_after >= 0)
        g_variant_dict_insert (&answers, "tension-after", "i", e->tension_after);
      if (e->zone_before != NULL)
        g_variant_dict_insert (&answers, "zone-before", "s", e->zone_before);
      if (e->zone_after != NULL)
        g_variant_dict_insert (&answers, "zone-after", "s", e->zone_after);
      g_variant_builder_add (&builder, "(xsu@a{sv})", g_date_time_to_unix (when), "a", 60,
                             g_variant_dict_end (&answers));
    }

  return g_variant_builder_end (&builder);
}

static SoftenStats *
stats_at (GTimeZone   *tz,
          const Entry *entries,
          guint        n,
          int          month,
          int          day,
          int          hour,
          int          minute,
          guint        day_start)
{
  g_autoptr (GDateTime) now = g_date_time_new (tz, 2026, month, day, hour, minute, 0);

  return soften_stats_new (history_of (tz, entries, n), tz, now, day_start);
}

static guint32
julian (int month, int day)
{
  g_autoptr (GDate) date = g_date_new_dmy (day, month, 2026);

  return g_date_get_julian (date);
}

/* Practice after midnight belongs to the evening before, until the day
 * begins; from then on, to the new day. */
static void
test_practice_day (void)
{
  g_autoptr (GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr (GDateTime) late = g_date_time_new (tz, 2026, 2, 11, 1, 30, 0);
  g_autoptr (GDateTime) edge = g_date_time_new (tz, 2026, 2, 11, 3, 59, 59);
  g_autoptr (GDateTime) begun = g_date_time_new (tz, 2026, 2, 11, 4, 0, 0);
  gint64                at_late = g_date_time_to_unix (late);

  g_assert_cmpuint (soften_practice_day (tz, at_late, 240), ==, julian (2, 10));
  g_assert_cmpuint (soften_practice_day (tz, g_date_time_to_unix (edge), 240), ==, julian (2, 10));
  g_assert_cmpuint (soften_practice_day (tz, g_date_time_to_unix (begun), 240), ==, julian (2, 11));
  /* A day that begins at midnight is the calendar's. */
  g_assert_cmpuint (soften_practice_day (tz, at_late, 0), ==, julian (2, 11));
  g_assert_cmpuint (soften_practice_day (tz, at_late, 90), ==, julian (2, 11));
  g_assert_cmpuint (soften_practice_day (tz, at_late, 91), ==, julian (2, 10));
  /* Past noon is held at noon. */
  g_assert_cmpuint (soften_practice_day (tz, g_date_time_to_unix (begun), 24 * 60), ==,
                    julian (2, 10));
  /* The same instant is another wall-clock time elsewhere: in New York
   * it is 19:30 on the 10th. */
  {
    g_autoptr (GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");

    g_assert_cmpuint (soften_practice_day (new_york, at_late, 240), ==, julian (2, 10));
    g_assert_cmpuint (soften_practice_day (new_york, at_late, 0), ==, julian (2, 10));
  }
}

/* A night owl's week: every session between 23:00 and 02:00. With the day
 * beginning at 04:00 they are one a day, seven days in a row; counted from
 * midnight, some days have two and others none. "Now" at 02:30 is still
 * the evening before. */
static void
test_night_owl (void)
{
  static const Entry entries[] = {
    { 3, 2, 23, 30, -1, -1, NULL, NULL }, { 3, 4, 0, 45, -1, -1, NULL, NULL },
    { 3, 4, 23, 10, -1, -1, NULL, NULL }, { 3, 6, 1, 50, -1, -1, NULL, NULL },
    { 3, 6, 23, 0, -1, -1, NULL, NULL },  { 3, 8, 0, 20, -1, -1, NULL, NULL },
    { 3, 9, 1, 15, -1, -1, NULL, NULL },
  };
  g_autoptr (GTimeZone)   tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr (SoftenStats) owl = stats_at (tz, entries, G_N_ELEMENTS (entries), 3, 9, 2, 30, 240);
  g_autoptr (SoftenStats) calendar = stats_at (tz, entries, G_N_ELEMENTS (entries), 3, 9, 2, 30, 0);
  guint                   counts[7];

  g_assert_cmpuint (soften_stats_get_today (owl), ==, julian (3, 8));
  g_assert_cmpint (soften_stats_get_today_weekday (owl), ==, G_DATE_SUNDAY);
  g_assert_cmpuint (soften_stats_get_current_streak (owl), ==, 7);
  g_assert_cmpuint (soften_stats_get_longest_streak (owl), ==, 7);
  g_assert_cmpuint (soften_stats_get_active_days (owl, 7), ==, 7);
  soften_stats_get_day_counts (owl, 7, counts);
  for (guint i = 0; i < 7; i++)
    g_assert_cmpuint (counts[i], ==, 1);
  g_assert_cmpuint (soften_stats_get_day (owl, 0), ==, julian (3, 2));
  g_assert_cmpuint (soften_stats_get_day (owl, 6), ==, julian (3, 8));

  /* From midnight: 2, 4 (twice), 6 (twice), 8, 9; the 3rd, 5th and 7th empty. */
  g_assert_cmpuint (soften_stats_get_today (calendar), ==, julian (3, 9));
  g_assert_cmpint (soften_stats_get_today_weekday (calendar), ==, G_DATE_MONDAY);
  g_assert_cmpuint (soften_stats_get_current_streak (calendar), ==, 2);
  g_assert_cmpuint (soften_stats_get_longest_streak (calendar), ==, 2);
  g_assert_cmpuint (soften_stats_get_active_days (calendar, 7), ==, 4);
}

/* The weekly rhythm: on how many of the last seven days, today included,
 * there was practice; a missed day only lowers it, and a week later it is
 * as if it never happened. */
static void
test_weekly_rhythm (void)
{
  static const Entry entries[] = {
    { 4, 1, 20, 0, -1, -1, NULL, NULL }, { 4, 3, 20, 0, -1, -1, NULL, NULL },
    { 4, 3, 21, 0, -1, -1, NULL, NULL }, { 4, 6, 8, 0, -1, -1, NULL, NULL },
    { 4, 7, 3, 0, -1, -1, NULL, NULL }, /* Monday evening's, at 04:00 */
  };
  g_autoptr (GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  struct
  {
    int   day, hour;
    guint day_start;
    guint active;
  } cases[] = {
    { 7, 12, 240, 3 },                      /* 1 Apr … 7 Apr: the 1st, 3rd and 6th */
    { 7, 12, 0, 4 },                        /* from midnight, the 7th too */
    { 8, 12, 240, 2 },                      /* the 1st has left the week */
    { 10, 12, 240, 1 }, { 13, 12, 240, 0 }, /* a quiet week: 0, nothing more */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (SoftenStats) stats = stats_at (tz, entries, G_N_ELEMENTS (entries), 4,
                                                cases[i].day, cases[i].hour, 0, cases[i].day_start);

      g_assert_cmpuint (soften_stats_get_active_days (stats, 7), ==, cases[i].active);
    }
}

/* Days begin at the same wall-clock reading on the nights the clocks
 * change: 03:30 on the night Berlin springs forward (02:00 → 03:00) is
 * still the evening before, and so is 03:30 (twice) when it falls back. */
static void
test_day_start_across_daylight_saving (void)
{
  static const Entry spring[] = {
    { 3, 28, 21, 0, -1, -1, NULL, NULL },
    { 3, 29, 3, 30, -1, -1, NULL, NULL },
    { 3, 29, 21, 0, -1, -1, NULL, NULL },
  };
  static const Entry autumn[] = {
    { 10, 24, 21, 0, -1, -1, NULL, NULL },
    { 10, 25, 2, 30, -1, -1, NULL, NULL },
    { 10, 25, 3, 30, -1, -1, NULL, NULL },
    { 10, 25, 21, 0, -1, -1, NULL, NULL },
  };
  g_autoptr (GTimeZone)   tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr (SoftenStats) after_spring
      = stats_at (tz, spring, G_N_ELEMENTS (spring), 3, 29, 22, 0, 240);
  g_autoptr (SoftenStats) after_autumn
      = stats_at (tz, autumn, G_N_ELEMENTS (autumn), 10, 25, 22, 0, 240);
  guint counts[2];

  soften_stats_get_day_counts (after_spring, 2, counts);
  g_assert_cmpuint (counts[0], ==, 2);
  g_assert_cmpuint (counts[1], ==, 1);
  g_assert_cmpuint (soften_stats_get_current_streak (after_spring), ==, 2);

  soften_stats_get_day_counts (after_autumn, 2, counts);
  g_assert_cmpuint (counts[0], ==, 3);
  g_assert_cmpuint (counts[1], ==, 1);

  /* "Now" in the hour the clocks fall back, at 02:30 the second time: still
   * the 24th's evening. */
  {
    g_autoptr (GDateTime)   before = g_date_time_new (tz, 2026, 10, 25, 1, 30, 0);
    g_autoptr (GDateTime)   second = g_date_time_add_hours (before, 2);
    g_autoptr (SoftenStats) stats = soften_stats_new (history_of (tz, autumn, 2), tz, second, 240);

    g_assert_cmpint (g_date_time_get_hour (second), ==, 2);
    g_assert_cmpuint (soften_stats_get_today (stats), ==, julian (10, 24));
    g_assert_cmpuint (soften_stats_get_active_days (stats, 1), ==, 1);
  }
}

/* Tension before and after: the latest sessions with both answers, and
 * what they add up to. Answers out of range or of another type are left
 * out. */
static void
test_tension (void)
{
  static const Entry entries[] = {
    { 5, 1, 20, 0, 9, 2, NULL, NULL }, /* dropped: only the last 4 */
    { 5, 2, 20, 0, 7, 4, NULL, NULL }, { 5, 3, 20, 0, 6, -1, NULL, NULL }, /* no after */
    { 5, 4, 20, 0, 5, 5, NULL, NULL }, { 5, 5, 20, 0, 6, 3, NULL, NULL },
    { 5, 6, 20, 0, 4, 6, NULL, NULL }, { 5, 7, 20, 0, 12, 3, NULL, NULL }, /* out of range */
  };
  g_autoptr (GTimeZone)   tz = g_time_zone_new_utc ();
  g_autoptr (SoftenStats) stats = stats_at (tz, entries, G_N_ELEMENTS (entries), 5, 7, 22, 0, 240);
  g_autoptr (GArray)      points = soften_stats_get_tension_points (stats, 4);
  g_autoptr (GArray)      none = soften_stats_get_tension_points (stats, 0);
  SoftenTensionSummary    summary;

  g_assert_cmpuint (points->len, ==, 4);
  g_assert_cmpint (g_array_index (points, SoftenTensionPoint, 0).before, ==, 7);
  g_assert_cmpuint (g_array_index (points, SoftenTensionPoint, 0).day, ==, julian (5, 2));
  g_assert_cmpint (g_array_index (points, SoftenTensionPoint, 3).after, ==, 6);
  g_assert_cmpuint (g_array_index (points, SoftenTensionPoint, 3).day, ==, julian (5, 6));

  soften_stats_summarize_tension (points, &summary);
  g_assert_cmpuint (summary.n_sessions, ==, 4);
  g_assert_cmpuint (summary.n_lower, ==, 2);
  g_assert_cmpuint (summary.n_same, ==, 1);
  g_assert_cmpuint (summary.n_higher, ==, 1);
  g_assert_cmpfloat_with_epsilon (summary.mean_before, 5.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (summary.mean_after, 4.5, 1e-9);

  soften_stats_summarize_tension (none, &summary);
  g_assert_cmpuint (summary.n_sessions, ==, 0);
  g_assert_cmpfloat (summary.mean_before, ==, 0.0);
}

/* Zone check-ins: where the person was before and after, and how often
 * they came back inside their window. */
static void
test_zones (void)
{
  static const Entry entries[] = {
    { 6, 1, 20, 0, -1, -1, "below", "below" }, /* dropped: only the last 5 */
    { 6, 2, 20, 0, -1, -1, "above", "inside" },
    { 6, 3, 20, 0, -1, -1, NULL, NULL }, /* no zone: not counted */
    { 6, 4, 20, 0, -1, -1, NULL, "inside" },
    { 6, 5, 20, 0, -1, -1, "below", "inside" },
    { 6, 6, 20, 0, -1, -1, "inside", "inside" },
    { 6, 7, 20, 0, -1, -1, "sideways", "above" }, /* an unknown zone is left out */
  };
  g_autoptr (GTimeZone)   tz = g_time_zone_new_utc ();
  g_autoptr (SoftenStats) stats = stats_at (tz, entries, G_N_ELEMENTS (entries), 6, 7, 22, 0, 240);
  SoftenZoneCounts        counts;

  soften_stats_get_zone_counts (stats, 5, &counts);
  g_assert_cmpuint (counts.n_sessions, ==, 5);
  g_assert_cmpuint (counts.before[SOFTEN_ZONE_ABOVE], ==, 1);
  g_assert_cmpuint (counts.before[SOFTEN_ZONE_INSIDE], ==, 1);
  g_assert_cmpuint (counts.before[SOFTEN_ZONE_BELOW], ==, 1);
  g_assert_cmpuint (counts.after[SOFTEN_ZONE_ABOVE], ==, 1);
  g_assert_cmpuint (counts.after[SOFTEN_ZONE_INSIDE], ==, 4);
  g_assert_cmpuint (counts.after[SOFTEN_ZONE_BELOW], ==, 0);
  g_assert_cmpuint (counts.n_came_back, ==, 2);

  soften_stats_get_zone_counts (stats, 100, &counts);
  g_assert_cmpuint (counts.n_sessions, ==, 6);
  g_assert_cmpuint (counts.after[SOFTEN_ZONE_BELOW], ==, 1);
  g_assert_cmpuint (counts.n_came_back, ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/stats/practice-day", test_practice_day);
  g_test_add_func ("/soften/stats/night-owl", test_night_owl);
  g_test_add_func ("/soften/stats/weekly-rhythm", test_weekly_rhythm);
  g_test_add_func ("/soften/stats/day-start-across-daylight-saving",
                   test_day_start_across_daylight_saving);
  g_test_add_func ("/soften/stats/tension", test_tension);
  g_test_add_func ("/soften/stats/zones", test_zones);

  return g_test_run ();
}
