/* soften-exercise-lengths.c — an exercise practised for longer or shorter
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A breathing exercise, or one for two people taking turns, may offer
 * other lengths (Lengths=2;5;10, in minutes). Only the steps that can
 * stretch change: each breathing step takes more or fewer breaths, and each
 * turn (an instruction step with a Speaker) more or less time, in
 * proportion, so that the whole lasts about the chosen time; the other
 * steps, and every step's words, stay as they are.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <math.h>

#include "soften-exercise-private.h"
#include "soften-step-private.h"

/**
 * soften_exercise_get_lengths:
 * @n_lengths: (out): how many
 *
 * Returns: (array length=n_lengths): the lengths in minutes, ascending,
 *   that the exercise may be practised for; none for most
 */
const guint8 *
soften_exercise_get_lengths (SoftenExercise *self, guint *n_lengths)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (n_lengths != NULL, NULL);

  if (self->content == NULL)
    {
      *n_lengths = 0;
      return NULL;
    }
  *n_lengths = self->content->n_lengths;
  return self->content->lengths;
}

void
soften_exercise_set_lengths (SoftenExercise *self, const guint8 *minutes, guint n)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));
  g_return_if_fail (self->content != NULL);
  g_return_if_fail (n <= SOFTEN_EXERCISE_MAX_LENGTHS);

  for (guint i = 0; i < n; i++)
    self->content->lengths[i] = minutes[i];
  self->content->n_lengths = n;
}

/* Its timed steps' length in whole minutes, rounded to the nearest (at
 * least 1): the length it is offered at as written. */
guint
soften_exercise_get_minutes (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), 0);

  return MAX (1, (guint)lround (soften_exercise_get_timed_usec (self) / (60.0 * G_USEC_PER_SEC)));
}

/* Whether @step is one that stretches to another length. */
gboolean
soften_step_stretches (SoftenStep *step)
{
  return soften_step_get_kind (step) == SOFTEN_STEP_BREATHING
         || (soften_step_get_speaker (step) != SOFTEN_SPEAKER_NONE && soften_step_is_timed (step));
}

static SoftenStep *
stretched (SoftenStep *step, gconstpointer data)
{
  const double *scale = data;

  if (soften_step_get_kind (step) == SOFTEN_STEP_BREATHING)
    return soften_step_copy_breathing (
        step, step->pattern, MAX (1, (guint)lround (soften_step_get_cycles (step) * *scale)));
  if (soften_step_stretches (step))
    /* A turn keeps at least its time to read its words. */
    return soften_step_copy_with_duration (step, MAX (1, (guint)lround (step->duration * *scale)));
  return g_object_ref (step);
}

/**
 * soften_exercise_copy_for_minutes:
 * @minutes: how long it should last
 *
 * Returns: (transfer full): a copy of @self whose breathing steps and
 *   turns stretch to make it last about @minutes (never less than one
 *   breath, or than a turn's time to read); @self itself when nothing in it
 *   stretches
 */
SoftenExercise *
soften_exercise_copy_for_minutes (SoftenExercise *self, guint minutes)
{
  gint64 breathing = 0;
  gint64 rest;
  double scale;

  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (self->content != NULL, NULL);

  for (guint i = 0; i < soften_exercise_get_n_steps (self); i++)
    {
      SoftenStep *step = soften_exercise_get_step (self, i);

      if (soften_step_stretches (step))
        breathing += soften_step_get_duration_usec (step);
    }
  if (breathing == 0)
    return g_object_ref (self);

  rest = soften_exercise_get_timed_usec (self) - breathing;
  scale = (double)MAX (0, (gint64)minutes * 60 * G_USEC_PER_SEC - rest) / (double)breathing;
  return _soften_exercise_copy_mapping_breathing (self, stretched, &scale);
}
