/* soften-stats.h — what a history of sessions adds up to
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "soften-step.h"

G_BEGIN_DECLS

typedef struct _SoftenStats SoftenStats;

/* The hour a practice day begins at, by default: practice at 01:30 counts
 * for the evening before. In minutes after midnight. */
#define SOFTEN_STATS_DEFAULT_DAY_START (4 * 60)
/* The latest a day may begin: noon. */
#define SOFTEN_STATS_MAX_DAY_START (12 * 60)

/* One finished session, as recorded in the "history" key. */
typedef struct
{
  gint64      finished_at; /* Unix time */
  const char *exercise_id;
  guint       seconds;
  GVariant   *responses; /* a{sv} */
} SoftenSessionRecord;

/* Check-in answers before and after, averaged over the sessions that have both. */
typedef struct
{
  const char *exercise_id;
  const char *measure; /* "tension" or "comfort" */
  guint       n_sessions;
  double      mean_before;
  double      mean_after;
} SoftenChange;

/* One session's tension, before and after. */
typedef struct
{
  guint32 day; /* the practice day it belongs to, as a Julian day */
  int     before;
  int     after;
} SoftenTensionPoint;

/* What the latest sessions with tension before and after add up to. */
typedef struct
{
  guint  n_sessions;
  guint  n_lower; /* after less than before */
  guint  n_same;
  guint  n_higher;
  double mean_before;
  double mean_after;
} SoftenTensionSummary;

/* Where the latest zone check-ins found the person, against their window
 * of tolerance, before and after practising. */
typedef struct
{
  guint n_sessions; /* with a zone answer before, after, or both */
  guint before[SOFTEN_N_ZONES];
  guint after[SOFTEN_N_ZONES];
  guint n_came_back; /* above or below before, inside after */
} SoftenZoneCounts;

SoftenStats *
soften_stats_new (GVariant *history, GTimeZone *time_zone, GDateTime *now, guint day_start_minutes);
void soften_stats_free (SoftenStats *self);

guint                      soften_stats_get_n_sessions (SoftenStats *self);
const SoftenSessionRecord *soften_stats_get_session (SoftenStats *self, guint position);
guint32                    soften_stats_get_day (SoftenStats *self, guint position);
guint32                    soften_stats_get_today (SoftenStats *self);
int                        soften_stats_get_today_weekday (SoftenStats *self);
guint64                    soften_stats_get_total_seconds (SoftenStats *self);
guint                      soften_stats_get_n_skipped (SoftenStats *self);
guint                      soften_stats_get_current_streak (SoftenStats *self);
guint                      soften_stats_get_longest_streak (SoftenStats *self);
guint                      soften_stats_get_active_days (SoftenStats *self, guint n_days);
void    soften_stats_get_day_counts (SoftenStats *self, guint n_days, guint *counts);
GArray *soften_stats_get_changes (SoftenStats *self);
GArray *soften_stats_get_tension_points (SoftenStats *self, guint max_points);
void    soften_stats_summarize_tension (GArray *points, SoftenTensionSummary *summary);
void soften_stats_get_zone_counts (SoftenStats *self, guint max_sessions, SoftenZoneCounts *counts);

guint32 soften_practice_day (GTimeZone *time_zone, gint64 unix_time, guint day_start_minutes);

char *soften_history_to_csv (GVariant *history, GTimeZone *time_zone);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SoftenStats, soften_stats_free)

G_END_DECLS
