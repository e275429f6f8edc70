/* soften-format.h — words and numbers as the person reads them
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "engine/soften-exercise.h"
#include "engine/soften-script.h"

G_BEGIN_DECLS

const char *soften_format_category (SoftenCategory category);
const char *soften_format_breath_phase (SoftenBreathPhase phase);
const char *soften_format_region (SoftenRegion region);
char       *soften_format_exercise_length (SoftenExercise *exercise);
char       *soften_format_exercise_length_short (SoftenExercise *exercise);
char       *soften_format_script_preview (SoftenScript *script);
char       *soften_format_date_time (GDateTime *when);
char       *soften_format_last_done (guint sessions, GDateTime *last);
char       *soften_format_minutes (gint64 usec);
char       *soften_format_countdown (gint64 usec);

G_END_DECLS
