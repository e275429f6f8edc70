/* soften-step-timing.c — how long a step lasts
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A timed step lasts as long as its file says, and never less than its
 * words take to read calmly (soften-reading.c): the words stay on screen
 * through the step, and the step is lengthened, never cut. An instruction
 * or body-region step then lasts the reading time; a breathing step takes
 * as many more whole breaths as it needs; a rehearsal step's rehearsals
 * each take a share. A step that waits for the person is not timed. What
 * is read is the step's text in the person's language, and what else is
 * set to be shown with it (the exercise's caution, on its first step).
 *
 * Also here: the breath arithmetic of a breathing step, and its copies
 * with another pattern (My breathing) or without holds.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-reading.h"
#include "soften-step-private.h"

static gint64
round_up_to_second (gint64 usec)
{
  return (usec + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC * G_USEC_PER_SEC;
}

/**
 * soften_step_set_also_shown:
 * @text: (nullable): more text shown with the step, e.g. the exercise's
 *   caution on its first step
 *
 * While building the step: its time is to cover reading @text too.
 */
void
soften_step_set_also_shown (SoftenStep *self, const char *text)
{
  g_return_if_fail (SOFTEN_IS_STEP (self));

  self->reading_words = soften_reading_count_words (self->text) + soften_reading_count_words (text);
}

/* Returns: whether the step lasts longer than its file says, to give its
 * words time to be read (for --validate to say so) */
gboolean
soften_step_is_lengthened_for_reading (SoftenStep *self)
{
  gint64 stated;

  g_return_val_if_fail (SOFTEN_IS_STEP (self), FALSE);

  switch (self->kind)
    {
    case SOFTEN_STEP_BREATHING:
      stated = soften_step_get_cycle_usec (self) * self->cycles;
      break;

    case SOFTEN_STEP_INSTRUCTION:
    case SOFTEN_STEP_BODY_REGION:
      stated = (gint64)self->duration * G_USEC_PER_SEC;
      break;

    case SOFTEN_STEP_SCRIPT:
      stated = (gint64)self->repeat * self->rehearsal_seconds * G_USEC_PER_SEC;
      break;

    case SOFTEN_STEP_CHECK_IN:
    case SOFTEN_STEP_WRITING:
    case SOFTEN_STEP_RELEASE:
    case SOFTEN_STEP_CHOICE:
    case SOFTEN_N_STEP_KINDS:
    default:
      return FALSE;
    }

  return soften_step_get_duration_usec (self) > stated;
}

/* Returns: how long the words shown with the step take to read calmly */
gint64
soften_step_get_reading_usec (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  return soften_reading_usec_for_words (self->reading_words);
}

guint
soften_step_get_repeat (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  return self->repeat;
}

/* How long one rehearsal lasts, in microseconds: as the file says, or
 * longer, so that the step's words can be read over the rehearsals. */
gint64
soften_step_get_rehearsal_usec (SoftenStep *self)
{
  gint64 stated;
  gint64 reading;

  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  stated = (gint64)self->rehearsal_seconds * G_USEC_PER_SEC;
  if (self->repeat == 0 || stated == 0)
    return stated;

  reading = soften_step_get_reading_usec (self);
  return MAX (stated, round_up_to_second ((reading + self->repeat - 1) / self->repeat));
}

/**
 * soften_step_copy_breathing:
 *
 * Returns: (transfer full): a breathing step with the same text as @self
 *   and another pattern and number of breaths
 */
SoftenStep *
soften_step_copy_breathing (SoftenStep  *self,
                            const gint64 pattern_usec[SOFTEN_BREATH_N_PHASES],
                            guint        cycles)
{
  SoftenStep *copy;

  g_return_val_if_fail (SOFTEN_IS_STEP (self), NULL);
  g_return_val_if_fail (self->kind == SOFTEN_STEP_BREATHING, NULL);

  copy = soften_step_new_breathing (self->text, pattern_usec, cycles);
  copy->reading_words = self->reading_words;
  return copy;
}

/**
 * soften_step_copy_with_duration:
 *
 * Returns: (transfer full): an instruction step like @self (its words and
 *   whose turn it is) that lasts @duration_seconds
 */
SoftenStep *
soften_step_copy_with_duration (SoftenStep *self, guint duration_seconds)
{
  SoftenStep *copy;

  g_return_val_if_fail (SOFTEN_IS_STEP (self), NULL);
  g_return_val_if_fail (self->kind == SOFTEN_STEP_INSTRUCTION, NULL);

  copy = soften_step_new_instruction (self->text, duration_seconds);
  copy->speaker = self->speaker;
  copy->reading_words = self->reading_words;
  return copy;
}

SoftenSpeaker
soften_step_get_speaker (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), SOFTEN_SPEAKER_NONE);

  return self->speaker;
}

void
soften_step_set_speaker (SoftenStep *self, SoftenSpeaker speaker)
{
  g_return_if_fail (SOFTEN_IS_STEP (self));
  g_return_if_fail (self->kind == SOFTEN_STEP_INSTRUCTION);

  self->speaker = speaker;
}

/**
 * soften_step_copy_without_holds:
 *
 * See soften_breath_without_holds().
 *
 * Returns: (transfer full): a breathing step like @self with its holds
 *   left out and more breaths, or @self if it has no holds
 */
SoftenStep *
soften_step_copy_without_holds (SoftenStep *self)
{
  gint64      without[SOFTEN_BREATH_N_PHASES];
  guint       cycles;
  SoftenStep *copy;

  g_return_val_if_fail (SOFTEN_IS_STEP (self), NULL);
  g_return_val_if_fail (self->kind == SOFTEN_STEP_BREATHING, NULL);

  cycles = soften_breath_without_holds (self->pattern, self->cycles, without);
  if (cycles == 0)
    return g_object_ref (self);

  copy = soften_step_new_breathing (self->text, without, cycles);
  copy->holds_left_out = TRUE;
  copy->reading_words = self->reading_words;
  return copy;
}

/* Returns: whether this breathing step's holds were left out, as the
 * person asked in Preferences; the step then says so */
gboolean
soften_step_get_holds_left_out (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), FALSE);

  return self->holds_left_out;
}

/* How long the step runs by itself, in microseconds, at least as long as
 * its words take to read; 0 for a step that waits for the person to move
 * on. */
gint64
soften_step_get_duration_usec (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  switch (self->kind)
    {
    case SOFTEN_STEP_BREATHING:
      return soften_step_get_cycle_usec (self) * soften_step_get_cycles (self);

    case SOFTEN_STEP_INSTRUCTION:
    case SOFTEN_STEP_BODY_REGION:
      if (self->duration == 0)
        return 0;
      return MAX ((gint64)self->duration * G_USEC_PER_SEC, soften_step_get_reading_usec (self));

    case SOFTEN_STEP_SCRIPT:
      return self->repeat * soften_step_get_rehearsal_usec (self);

    case SOFTEN_STEP_CHECK_IN:
    case SOFTEN_STEP_WRITING:
    case SOFTEN_STEP_RELEASE:
    case SOFTEN_STEP_CHOICE:
      return 0;

    case SOFTEN_N_STEP_KINDS:
    default:
      g_return_val_if_reached (0);
    }
}

gboolean
soften_step_is_timed (SoftenStep *self)
{
  return soften_step_get_duration_usec (self) > 0;
}

gint64
soften_step_get_phase_usec (SoftenStep *self, SoftenBreathPhase phase)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);
  g_return_val_if_fail (phase < SOFTEN_BREATH_N_PHASES, 0);

  return self->pattern[phase];
}

gint64
soften_step_get_cycle_usec (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  return soften_breath_get_cycle_usec (self->pattern);
}

/* How many breaths the step takes: as many as the file says, or more, so
 * that the words above the pacer can be read while breathing. */
guint
soften_step_get_cycles (SoftenStep *self)
{
  gint64 cycle;
  gint64 reading;

  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  cycle = soften_step_get_cycle_usec (self);
  reading = soften_step_get_reading_usec (self);
  if (cycle == 0 || self->cycles * cycle >= reading)
    return self->cycles;

  return (guint)((reading + cycle - 1) / cycle);
}

/**
 * soften_step_get_breath_at:
 * @elapsed: microseconds since the step began
 * @breath: (out): the phase of the breath at that moment (see
 *   soften_breath_at())
 *
 * Returns: %FALSE if this is not a breathing step
 */
gboolean
soften_step_get_breath_at (SoftenStep *self, gint64 elapsed, SoftenBreath *breath)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), FALSE);
  g_return_val_if_fail (breath != NULL, FALSE);

  if (self->kind != SOFTEN_STEP_BREATHING)
    return FALSE;

  soften_breath_at (self->pattern, soften_step_get_cycles (self), elapsed, breath);
  return TRUE;
}

/**
 * soften_step_get_next_phase_change:
 * @elapsed: microseconds since the step began
 *
 * Returns: when, in microseconds since the step began, the breath next
 *   changes phase (or the step ends); -1 for a step that is not breathing
 */
gint64
soften_step_get_next_phase_change (SoftenStep *self, gint64 elapsed)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), -1);

  if (self->kind != SOFTEN_STEP_BREATHING)
    return -1;

  return soften_breath_get_next_phase_change (self->pattern, soften_step_get_cycles (self),
                                              elapsed);
}
