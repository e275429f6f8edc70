/* soften-breath.c — where a breath stands: the arithmetic of a breathing pattern
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pattern is four lengths in microseconds (in, hold, out, hold), any of
 * them 0 but not all; a breathing step is a whole number of breaths of its
 * pattern. Everything here is computed from the time elapsed since the step
 * began, so nothing counts, and nothing drifts.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-breath.h"

/* Returns: how long one breath of @pattern lasts, in microseconds */
gint64
soften_breath_get_cycle_usec (const gint64 pattern[SOFTEN_BREATH_N_PHASES])
{
  gint64 sum = 0;

  for (guint i = 0; i < SOFTEN_BREATH_N_PHASES; i++)
    sum += pattern[i];

  return sum;
}

/**
 * soften_breath_at:
 * @pattern: in, hold, out and hold, in microseconds; a positive sum
 * @n_cycles: how many breaths, at least one
 * @elapsed: microseconds since the first breath began
 * @breath: (out): the phase of the breath at that moment
 *
 * Phases of no length are skipped, so a pattern of 4;0;6;0 alternates between
 * breathing in and out. At or past the end of the last breath, @breath is the
 * end of its last phase: cycles always end on a whole breath. Before the
 * start, it is the start.
 */
void
soften_breath_at (const gint64  pattern[SOFTEN_BREATH_N_PHASES],
                  guint         n_cycles,
                  gint64        elapsed,
                  SoftenBreath *breath)
{
  gint64 cycle_usec = soften_breath_get_cycle_usec (pattern);
  gint64 within;
  gint64 start = 0;
  guint  last_phase = 0;

  g_return_if_fail (cycle_usec > 0 && n_cycles > 0);
  g_return_if_fail (breath != NULL);

  elapsed = CLAMP (elapsed, 0, cycle_usec * n_cycles);

  breath->n_cycles = n_cycles;
  breath->cycle = MIN (elapsed / cycle_usec, n_cycles - 1);
  within = elapsed - breath->cycle * cycle_usec;

  for (guint i = 0; i < SOFTEN_BREATH_N_PHASES; i++)
    {
      gint64 length = pattern[i];

      if (length == 0)
        continue;

      last_phase = i;
      if (within < start + length)
        {
          breath->phase = i;
          breath->phase_elapsed = within - start;
          breath->phase_duration = length;
          return;
        }
      start += length;
    }

  /* The very end of the last breath. */
  breath->phase = last_phase;
  breath->phase_duration = pattern[last_phase];
  breath->phase_elapsed = breath->phase_duration;
}

/**
 * soften_breath_get_next_phase_change:
 * @elapsed: microseconds since the first breath began
 *
 * Returns: when, in microseconds since the first breath began, the breath
 *   next changes phase (or the last one ends); @elapsed itself at the end
 */
gint64
soften_breath_get_next_phase_change (const gint64 pattern[SOFTEN_BREATH_N_PHASES],
                                     guint        n_cycles,
                                     gint64       elapsed)
{
  SoftenBreath breath;

  soften_breath_at (pattern, n_cycles, elapsed, &breath);

  return MAX (elapsed, 0) + breath.phase_duration - breath.phase_elapsed;
}

/**
 * soften_breath_without_holds:
 * @pattern: in, hold, out and hold, in microseconds
 * @n_cycles: how many breaths
 * @without: (out caller-allocates): @pattern with its holds left out
 *
 * For someone whom holding the breath makes dizzy or anxious: the breaths
 * in and out keep their length, and there are as many more of them as it
 * takes to last about as long (box breathing, 4;4;4;4 six times, becomes
 * 4;0;4;0 twelve times).
 *
 * Returns: how many breaths of @without to take; 0 if @pattern has no holds
 *   to leave out, or nothing but holds
 */
guint
soften_breath_without_holds (const gint64 pattern[SOFTEN_BREATH_N_PHASES],
                             guint        n_cycles,
                             gint64       without[SOFTEN_BREATH_N_PHASES])
{
  gint64 breath = pattern[SOFTEN_BREATH_INHALE] + pattern[SOFTEN_BREATH_EXHALE];
  gint64 total = soften_breath_get_cycle_usec (pattern) * n_cycles;

  if (breath == 0 || breath == soften_breath_get_cycle_usec (pattern))
    return 0;

  without[SOFTEN_BREATH_INHALE] = pattern[SOFTEN_BREATH_INHALE];
  without[SOFTEN_BREATH_HOLD_IN] = 0;
  without[SOFTEN_BREATH_EXHALE] = pattern[SOFTEN_BREATH_EXHALE];
  without[SOFTEN_BREATH_HOLD_OUT] = 0;

  return MAX ((total + breath / 2) / breath, 1);
}
