/* soften-step.c — one step of an exercise
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <string.h>

#include "soften-step.h"

struct _SoftenStep
{
  GObject         parent_instance;

  SoftenStepKind  kind;
  char           *text;
  /* Instruction steps: seconds, 0 when the person moves on when ready. */
  guint           duration;
  /* Breathing steps. */
  guint           pattern[SOFTEN_BREATH_N_PHASES];
  guint           cycles;
};

G_DEFINE_FINAL_TYPE (SoftenStep, soften_step, G_TYPE_OBJECT)

static const char * const kind_names[] = {
  [SOFTEN_STEP_INSTRUCTION] = "instruction",
  [SOFTEN_STEP_BREATHING] = "breathing",
};

static void
soften_step_finalize (GObject *object)
{
  SoftenStep *self = (SoftenStep *)object;

  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (soften_step_parent_class)->finalize (object);
}

static void
soften_step_class_init (SoftenStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = soften_step_finalize;
}

static void
soften_step_init (SoftenStep *self)
{
}

SoftenStep *
soften_step_new_instruction (const char *text,
                             guint       duration_seconds)
{
  SoftenStep *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (SOFTEN_TYPE_STEP, NULL);
  self->kind = SOFTEN_STEP_INSTRUCTION;
  self->text = g_strdup (text);
  self->duration = duration_seconds;

  return self;
}

SoftenStep *
soften_step_new_breathing (const char  *text,
                           const guint  pattern[SOFTEN_BREATH_N_PHASES],
                           guint        cycles)
{
  SoftenStep *self;
  guint sum = 0;

  g_return_val_if_fail (pattern != NULL, NULL);
  g_return_val_if_fail (cycles > 0, NULL);

  for (guint i = 0; i < SOFTEN_BREATH_N_PHASES; i++)
    sum += pattern[i];
  g_return_val_if_fail (sum > 0, NULL);

  self = g_object_new (SOFTEN_TYPE_STEP, NULL);
  self->kind = SOFTEN_STEP_BREATHING;
  self->text = g_strdup (text != NULL ? text : "");
  memcpy (self->pattern, pattern, sizeof self->pattern);
  self->cycles = cycles;

  return self;
}

SoftenStepKind
soften_step_get_kind (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), SOFTEN_STEP_INSTRUCTION);

  return self->kind;
}

const char *
soften_step_get_text (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), NULL);

  return self->text;
}

guint
soften_step_get_phase_seconds (SoftenStep        *self,
                               SoftenBreathPhase  phase)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);
  g_return_val_if_fail (phase < SOFTEN_BREATH_N_PHASES, 0);

  return self->pattern[phase];
}

guint
soften_step_get_cycle_seconds (SoftenStep *self)
{
  guint sum = 0;

  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  for (guint i = 0; i < SOFTEN_BREATH_N_PHASES; i++)
    sum += self->pattern[i];

  return sum;
}

guint
soften_step_get_cycles (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  return self->cycles;
}

/* How long the step runs by itself, in microseconds; 0 for a step that
 * waits for the person to move on. */
gint64
soften_step_get_duration_usec (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  switch (self->kind)
    {
    case SOFTEN_STEP_BREATHING:
      return (gint64)soften_step_get_cycle_seconds (self) * self->cycles * G_USEC_PER_SEC;

    case SOFTEN_STEP_INSTRUCTION:
      return (gint64)self->duration * G_USEC_PER_SEC;

    default:
      g_return_val_if_reached (0);
    }
}

gboolean
soften_step_is_timed (SoftenStep *self)
{
  return soften_step_get_duration_usec (self) > 0;
}

/**
 * soften_step_get_breath_at:
 * @elapsed: microseconds since the step began
 * @breath: (out): the phase of the breath at that moment
 *
 * Phases of 0 seconds are skipped, so a pattern of 4;0;6;0 alternates between
 * breathing in and out. At or past the end of the step, @breath is the end of
 * the last phase of the last breath: cycles always end on a whole breath.
 *
 * Returns: %FALSE if this is not a breathing step
 */
gboolean
soften_step_get_breath_at (SoftenStep   *self,
                           gint64        elapsed,
                           SoftenBreath *breath)
{
  gint64 cycle_usec;
  gint64 within;
  gint64 start = 0;
  guint last_phase = 0;

  g_return_val_if_fail (SOFTEN_IS_STEP (self), FALSE);
  g_return_val_if_fail (breath != NULL, FALSE);

  if (self->kind != SOFTEN_STEP_BREATHING)
    return FALSE;

  cycle_usec = (gint64)soften_step_get_cycle_seconds (self) * G_USEC_PER_SEC;
  elapsed = CLAMP (elapsed, 0, cycle_usec * self->cycles);

  breath->n_cycles = self->cycles;
  breath->cycle = MIN (elapsed / cycle_usec, self->cycles - 1);
  within = elapsed - breath->cycle * cycle_usec;

  for (guint i = 0; i < SOFTEN_BREATH_N_PHASES; i++)
    {
      gint64 length = (gint64)self->pattern[i] * G_USEC_PER_SEC;

      if (length == 0)
        continue;

      last_phase = i;
      if (within < start + length)
        {
          breath->phase = i;
          breath->phase_elapsed = within - start;
          breath->phase_duration = length;
          return TRUE;
        }
      start += length;
    }

  /* The very end of the step. */
  breath->phase = last_phase;
  breath->phase_duration = (gint64)self->pattern[last_phase] * G_USEC_PER_SEC;
  breath->phase_elapsed = breath->phase_duration;

  return TRUE;
}

const char *
soften_step_kind_to_string (SoftenStepKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);

  return kind_names[kind];
}

gboolean
soften_step_kind_from_string (const char     *str,
                              SoftenStepKind *kind)
{
  g_return_val_if_fail (str != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_strcmp0 (str, kind_names[i]) == 0)
        {
          if (kind != NULL)
            *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}
