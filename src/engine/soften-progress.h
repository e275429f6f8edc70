/* soften-progress.h — what a person has done, kept in GSettings
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "soften-stats.h"

G_BEGIN_DECLS

/* The history keeps the newest sessions only; the per-exercise totals in
 * "completions" are kept whole. */
#define SOFTEN_PROGRESS_HISTORY_CAP 1000

#define SOFTEN_TYPE_PROGRESS (soften_progress_get_type ())

G_DECLARE_FINAL_TYPE (SoftenProgress, soften_progress, SOFTEN, PROGRESS, GObject)

SoftenProgress *soften_progress_new (GSettings *settings);
void            soften_progress_record (SoftenProgress *self,
                                        const char     *exercise_id,
                                        guint           seconds,
                                        GDateTime      *finished_at,
                                        GVariant       *responses);
gboolean        soften_progress_get_completions (SoftenProgress *self,
                                                 const char     *exercise_id,
                                                 guint          *sessions,
                                                 guint          *seconds,
                                                 GDateTime     **last_finished);
GVariant       *soften_progress_dup_history (SoftenProgress *self);
void            soften_progress_clear (SoftenProgress *self);
SoftenStats *soften_progress_dup_stats (SoftenProgress *self, GTimeZone *time_zone, GDateTime *now);
gboolean     soften_progress_get_show_streaks (SoftenProgress *self);

G_END_DECLS
