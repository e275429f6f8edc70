/* soften-breath.h — where a breath stands: the arithmetic of a breathing pattern
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "soften-enums.h"

G_BEGIN_DECLS

/* The four phases of one breath, in the order of a `Pattern=` value. */
typedef enum
{
  SOFTEN_BREATH_INHALE,
  SOFTEN_BREATH_HOLD_IN,
  SOFTEN_BREATH_EXHALE,
  SOFTEN_BREATH_HOLD_OUT,
  SOFTEN_BREATH_N_PHASES, /*< skip >*/
} SoftenBreathPhase;

/* Where a breathing step stands at a given moment. */
typedef struct
{
  SoftenBreathPhase phase;
  gint64            phase_elapsed;  /* microseconds into the phase */
  gint64            phase_duration; /* microseconds the phase lasts */
  guint             cycle;          /* the breath under way, from 0 */
  guint             n_cycles;
} SoftenBreath;

gint64 soften_breath_get_cycle_usec (const gint64 pattern[SOFTEN_BREATH_N_PHASES]);
void   soften_breath_at (const gint64  pattern[SOFTEN_BREATH_N_PHASES],
                         guint         n_cycles,
                         gint64        elapsed,
                         SoftenBreath *breath);
gint64 soften_breath_get_next_phase_change (const gint64 pattern[SOFTEN_BREATH_N_PHASES],
                                            guint        n_cycles,
                                            gint64       elapsed);
guint  soften_breath_without_holds (const gint64 pattern[SOFTEN_BREATH_N_PHASES],
                                    guint        n_cycles,
                                    gint64       without[SOFTEN_BREATH_N_PHASES]);

G_END_DECLS
