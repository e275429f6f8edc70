/* soften-breath-risks.h — breathing patterns that ask too much of the body
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "soften-breath.h"
#include "soften-exercise.h"

G_BEGIN_DECLS

typedef enum /*< flags >*/
{
  SOFTEN_BREATH_RISK_NONE = 0,
  SOFTEN_BREATH_RISK_LONG_HOLD = 1 << 0,
  SOFTEN_BREATH_RISK_QUICK_BREATHS = 1 << 1,
  SOFTEN_BREATH_RISK_MANY_QUICK_BREATHS = 1 << 2,
} SoftenBreathRisks;

/* A hold longer than this asks a lot (4-7-8's 7 s is the longest we ship). */
#define SOFTEN_BREATH_LONGEST_HOLD_USEC (7 * G_USEC_PER_SEC)
/* A whole breath shorter than this is quick breathing, not calming. */
#define SOFTEN_BREATH_SHORTEST_BREATH_USEC (6 * G_USEC_PER_SEC)
/* More quick breaths in a row than this risks breathing too much. */
#define SOFTEN_BREATH_MOST_QUICK_BREATHS 30

double soften_breath_limit_pace (const gint64 pattern[SOFTEN_BREATH_N_PHASES], double pace);
double soften_step_limit_pace (SoftenStep *step, double pace);
gint64 soften_step_get_breath_usec (SoftenStep *step);
SoftenBreathRisks soften_breath_find_risks (const gint64 pattern[SOFTEN_BREATH_N_PHASES],
                                            guint        n_cycles);
SoftenBreathRisks soften_step_find_breath_risks (SoftenStep *step);
SoftenBreathRisks soften_exercise_find_breath_risks (SoftenExercise *exercise);
GStrv             soften_breath_describe_risks (SoftenBreathRisks risks);

G_END_DECLS
