/* soften-stats-check-ins.c — what the check-ins of a history add up to
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tension and comfort are answered 0 to 10, under "tension-before",
 * "tension-after" and the like; the zone, where the person is against their
 * window of tolerance, as "above", "inside" or "below" under "zone-before"
 * and "zone-after". An answer of another type, or out of range, is left
 * out: the history may have been written by hand.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-stats-private.h"

static gboolean
lookup_score (GVariant *responses, const char *key, int *score)
{
  int value;

  if (!g_variant_lookup (responses, key, "i", &value) || value < 0 || value > 10)
    return FALSE;

  *score = value;
  return TRUE;
}

static gboolean
lookup_pair (GVariant *responses, const char *measure, int *before, int *after)
{
  g_autofree char *before_key = g_strconcat (measure, "-before", NULL);
  g_autofree char *after_key = g_strconcat (measure, "-after", NULL);

  return lookup_score (responses, before_key, before) && lookup_score (responses, after_key, after);
}

/* Returns: the zone answered under @key, or -1 */
static int
lookup_zone (GVariant *responses, const char *key)
{
  const char *answer;
  SoftenZone  zone;

  if (!g_variant_lookup (responses, key, "&s", &answer) || !soften_zone_from_string (answer, &zone))
    return -1;

  return zone;
}

static SoftenChange *
find_change (GArray *changes, const char *exercise_id, const char *measure)
{
  for (guint c = 0; c < changes->len; c++)
    {
      SoftenChange *candidate = &g_array_index (changes, SoftenChange, c);

      if (g_str_equal (candidate->exercise_id, exercise_id)
          && g_str_equal (candidate->measure, measure))
        return candidate;
    }

  return NULL;
}

/**
 * soften_stats_get_changes:
 *
 * Returns: (transfer full) (element-type SoftenChange): for each exercise
 *   and measure with answers before and after, the average of each, in the
 *   order the exercises were first done
 */
GArray *
soften_stats_get_changes (SoftenStats *self)
{
  static const char *const measures[] = { "tension", "comfort" };
  GArray                  *changes = g_array_new (FALSE, FALSE, sizeof (SoftenChange));

  for (guint i = 0; i < self->sessions->len; i++)
    {
      const SoftenSessionRecord *record = &g_array_index (self->sessions, SoftenSessionRecord, i);

      for (guint m = 0; m < G_N_ELEMENTS (measures); m++)
        {
          SoftenChange *change;
          int           before, after;

          if (!lookup_pair (record->responses, measures[m], &before, &after))
            continue;

          change = find_change (changes, record->exercise_id, measures[m]);
          if (change == NULL)
            {
              SoftenChange fresh = { record->exercise_id, measures[m], 0, 0.0, 0.0 };

              g_array_append_val (changes, fresh);
              change = &g_array_index (changes, SoftenChange, changes->len - 1);
            }

          /* A running mean keeps the numbers small and exact enough. */
          change->n_sessions++;
          change->mean_before += (before - change->mean_before) / change->n_sessions;
          change->mean_after += (after - change->mean_after) / change->n_sessions;
        }
    }

  return changes;
}

/**
 * soften_stats_get_tension_points:
 * @max_points: how many of the latest sessions to include
 *
 * Returns: (transfer full) (element-type SoftenTensionPoint): the latest
 *   sessions with tension before and after, oldest first
 */
GArray *
soften_stats_get_tension_points (SoftenStats *self, guint max_points)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (SoftenTensionPoint));

  for (guint i = self->sessions->len; i-- > 0 && points->len < max_points;)
    {
      const SoftenSessionRecord *record = &g_array_index (self->sessions, SoftenSessionRecord, i);
      SoftenTensionPoint         point = { g_array_index (self->days, guint32, i), 0, 0 };

      if (lookup_pair (record->responses, "tension", &point.before, &point.after))
        g_array_prepend_val (points, point);
    }

  return points;
}

/**
 * soften_stats_summarize_tension:
 * @points: (element-type SoftenTensionPoint): from soften_stats_get_tension_points()
 * @summary: (out caller-allocates): how many eased, stayed and rose, and the
 *   averages before and after
 */
void
soften_stats_summarize_tension (GArray *points, SoftenTensionSummary *summary)
{
  *summary = (SoftenTensionSummary){ 0 };

  for (guint i = 0; i < points->len; i++)
    {
      const SoftenTensionPoint *point = &g_array_index (points, SoftenTensionPoint, i);

      summary->n_sessions++;
      summary->n_lower += point->after < point->before;
      summary->n_same += point->after == point->before;
      summary->n_higher += point->after > point->before;
      summary->mean_before += point->before;
      summary->mean_after += point->after;
    }

  if (summary->n_sessions > 0)
    {
      summary->mean_before /= summary->n_sessions;
      summary->mean_after /= summary->n_sessions;
    }
}

/**
 * soften_stats_get_zone_counts:
 * @max_sessions: how many of the latest sessions with a zone answer to count
 * @counts: (out caller-allocates): where they were before and after
 */
void
soften_stats_get_zone_counts (SoftenStats *self, guint max_sessions, SoftenZoneCounts *counts)
{
  *counts = (SoftenZoneCounts){ 0 };

  for (guint i = self->sessions->len; i-- > 0 && counts->n_sessions < max_sessions;)
    {
      const SoftenSessionRecord *record = &g_array_index (self->sessions, SoftenSessionRecord, i);
      int                        before = lookup_zone (record->responses, "zone-before");
      int                        after = lookup_zone (record->responses, "zone-after");

      if (before < 0 && after < 0)
        continue;

      counts->n_sessions++;
      if (before >= 0)
        counts->before[before]++;
      if (after >= 0)
        counts->after[after]++;
      if (before >= 0 && before != SOFTEN_ZONE_INSIDE && after == SOFTEN_ZONE_INSIDE)
        counts->n_came_back++;
    }
}
