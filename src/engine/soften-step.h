/* soften-step.h — one step of an exercise
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SOFTEN_STEP_INSTRUCTION,
  SOFTEN_STEP_BREATHING,
} SoftenStepKind;

/* The four phases of one breath, in the order of a `Pattern=` value. */
typedef enum
{
  SOFTEN_BREATH_INHALE,
  SOFTEN_BREATH_HOLD_IN,
  SOFTEN_BREATH_EXHALE,
  SOFTEN_BREATH_HOLD_OUT,
  SOFTEN_BREATH_N_PHASES,
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

#define SOFTEN_TYPE_STEP (soften_step_get_type ())

G_DECLARE_FINAL_TYPE (SoftenStep, soften_step, SOFTEN, STEP, GObject)

SoftenStep     *soften_step_new_instruction      (const char     *text,
                                                  guint           duration_seconds);
SoftenStep     *soften_step_new_breathing        (const char     *text,
                                                  const guint     pattern[SOFTEN_BREATH_N_PHASES],
                                                  guint           cycles);
SoftenStepKind  soften_step_get_kind             (SoftenStep     *self);
const char     *soften_step_get_text             (SoftenStep     *self);
guint           soften_step_get_phase_seconds    (SoftenStep     *self,
                                                  SoftenBreathPhase phase);
guint           soften_step_get_cycle_seconds    (SoftenStep     *self);
guint           soften_step_get_cycles           (SoftenStep     *self);
gint64          soften_step_get_duration_usec    (SoftenStep     *self);
gboolean        soften_step_is_timed             (SoftenStep     *self);
gboolean        soften_step_get_breath_at        (SoftenStep     *self,
                                                  gint64          elapsed,
                                                  SoftenBreath   *breath);

const char     *soften_step_kind_to_string       (SoftenStepKind  kind);
gboolean        soften_step_kind_from_string     (const char     *str,
                                                  SoftenStepKind *kind);

G_END_DECLS
