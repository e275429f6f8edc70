/* soften-stats.h — what a history of sessions adds up to
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SoftenStats SoftenStats;

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

SoftenStats *soften_stats_new (GVariant *history, GTimeZone *time_zone, GDateTime *now);
void         soften_stats_free (SoftenStats *self);

guint                      soften_stats_get_n_sessions (SoftenStats *self);
const SoftenSessionRecord *soften_stats_get_session (SoftenStats *self, guint position);
guint64                    soften_stats_get_total_seconds (SoftenStats *self);
guint                      soften_stats_get_n_skipped (SoftenStats *self);
guint                      soften_stats_get_current_streak (SoftenStats *self);
guint                      soften_stats_get_longest_streak (SoftenStats *self);
guint                      soften_stats_get_active_days (SoftenStats *self, guint n_days);
void    soften_stats_get_day_counts (SoftenStats *self, guint n_days, guint *counts);
GArray *soften_stats_get_changes (SoftenStats *self);
GArray *soften_stats_get_tension_trend (SoftenStats *self, guint max_points);

char *soften_history_to_csv (GVariant *history, GTimeZone *time_zone);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SoftenStats, soften_stats_free)

G_END_DECLS
