/* soften-breath-risks.c — breathing patterns that ask too much of the body
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Anyone can write a `.exercise` file or set "My breathing", and some
 * patterns are hard on the body: long holds (light-headedness, and a
 * strain for the heart and lungs), and quick breathing kept up for long
 * (breathing off too much carbon dioxide: dizziness, tingling, panic). Such
 * patterns are still allowed, since a person may have good reason, but
 * `soften --validate`, the library and Preferences say what they ask.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "soften-breath-risks.h"
#include "soften-exercise-private.h"
#include "soften-step-private.h"

/**
 * soften_breath_find_risks:
 * @pattern: in, hold, out and hold, in microseconds
 * @n_cycles: how many breaths
 *
 * Returns: what @n_cycles breaths of @pattern ask too much of
 */
SoftenBreathRisks
soften_breath_find_risks (const gint64 pattern[SOFTEN_BREATH_N_PHASES], guint n_cycles)
{
  SoftenBreathRisks risks = SOFTEN_BREATH_RISK_NONE;
  gint64            breath = soften_breath_get_cycle_usec (pattern);

  if (pattern[SOFTEN_BREATH_HOLD_IN] > SOFTEN_BREATH_LONGEST_HOLD_USEC
      || pattern[SOFTEN_BREATH_HOLD_OUT] > SOFTEN_BREATH_LONGEST_HOLD_USEC)
    risks |= SOFTEN_BREATH_RISK_LONG_HOLD;

  if (breath < SOFTEN_BREATH_SHORTEST_BREATH_USEC)
    risks |= n_cycles > SOFTEN_BREATH_MOST_QUICK_BREATHS ? SOFTEN_BREATH_RISK_MANY_QUICK_BREATHS
                                                         : SOFTEN_BREATH_RISK_QUICK_BREATHS;

  return risks;
}

/**
 * soften_breath_limit_pace:
 * @pattern: in, hold, out and hold, in microseconds
 * @pace: how fast a presenter would run it (2.0 twice as fast)
 *
 * Sped up, a breath never becomes quicker than
 * %SOFTEN_BREATH_SHORTEST_BREATH_USEC; slowed down, a hold never becomes
 * longer than %SOFTEN_BREATH_LONGEST_HOLD_USEC. A pattern written past a
 * limit already is not pushed further past it (its pace stays 1.0 that way).
 *
 * Returns: @pace, brought within the paces that keep @pattern calm
 */
double
soften_breath_limit_pace (const gint64 pattern[SOFTEN_BREATH_N_PHASES], double pace)
{
  gint64 breath = soften_breath_get_cycle_usec (pattern);
  gint64 hold = MAX (pattern[SOFTEN_BREATH_HOLD_IN], pattern[SOFTEN_BREATH_HOLD_OUT]);

  if (pace > 1.0)
    pace = MIN (pace, MAX (1.0, (double)breath / SOFTEN_BREATH_SHORTEST_BREATH_USEC));
  else if (pace < 1.0 && hold > 0)
    pace = MAX (pace, MIN (1.0, (double)hold / SOFTEN_BREATH_LONGEST_HOLD_USEC));

  return pace;
}

/* Returns: @pace within the safe paces of a breathing step (any pace for
 * another step) */
double
soften_step_limit_pace (SoftenStep *step, double pace)
{
  gint64 pattern[SOFTEN_BREATH_N_PHASES];

  g_return_val_if_fail (SOFTEN_IS_STEP (step), pace);

  if (soften_step_get_kind (step) != SOFTEN_STEP_BREATHING)
    return pace;

  for (guint i = 0; i < SOFTEN_BREATH_N_PHASES; i++)
    pattern[i] = soften_step_get_phase_usec (step, i);

  return soften_breath_limit_pace (pattern, pace);
}

/* Returns: how long one breath of a breathing step lasts as written (its
 * holds left out if the person chose so), or 0 for another step */
gint64
soften_step_get_breath_usec (SoftenStep *step)
{
  gint64 pattern[SOFTEN_BREATH_N_PHASES];

  g_return_val_if_fail (SOFTEN_IS_STEP (step), 0);

  if (soften_step_get_kind (step) != SOFTEN_STEP_BREATHING)
    return 0;

  for (guint i = 0; i < SOFTEN_BREATH_N_PHASES; i++)
    pattern[i] = soften_step_get_phase_usec (step, i);

  return soften_breath_get_cycle_usec (pattern);
}

/* Returns: what a breathing step asks too much of; nothing for other steps */
SoftenBreathRisks
soften_step_find_breath_risks (SoftenStep *step)
{
  gint64 pattern[SOFTEN_BREATH_N_PHASES];

  g_return_val_if_fail (SOFTEN_IS_STEP (step), SOFTEN_BREATH_RISK_NONE);

  if (soften_step_get_kind (step) != SOFTEN_STEP_BREATHING)
    return SOFTEN_BREATH_RISK_NONE;

  for (guint i = 0; i < SOFTEN_BREATH_N_PHASES; i++)
    pattern[i] = soften_step_get_phase_usec (step, i);

  return soften_breath_find_risks (pattern, soften_step_get_cycles (step));
}

/* Returns: what any of the exercise's breathing steps asks too much of
 * (known while partial too) */
SoftenBreathRisks
soften_exercise_find_breath_risks (SoftenExercise *exercise)
{
  SoftenBreathRisks risks = SOFTEN_BREATH_RISK_NONE;

  g_return_val_if_fail (SOFTEN_IS_EXERCISE (exercise), SOFTEN_BREATH_RISK_NONE);

  if (exercise->content == NULL)
    return exercise->breath_risks;

  for (guint i = 0; i < soften_exercise_get_n_steps (exercise); i++)
    risks |= soften_step_find_breath_risks (soften_exercise_get_step (exercise, i));

  return risks;
}

/**
 * soften_breath_describe_risks:
 *
 * Returns: (transfer full): a sentence or two for each risk, to show
 */
GStrv
soften_breath_describe_risks (SoftenBreathRisks risks)
{
  GPtrArray *lines = g_ptr_array_new_null_terminated (3, g_free, TRUE);

  if (risks & SOFTEN_BREATH_RISK_LONG_HOLD)
    g_ptr_array_add (
        lines,
        g_strdup_printf (
            /* Translators: %u is a number of seconds, 7 */
            ngettext ("It holds the breath for more than %u second. Long holds can make you "
                      "light-headed, and are not for pregnancy or heart or lung conditions "
                      "without a doctor’s advice.",
                      "It holds the breath for more than %u seconds. Long holds can make you "
                      "light-headed, and are not for pregnancy or heart or lung conditions "
                      "without a doctor’s advice.",
                      SOFTEN_BREATH_LONGEST_HOLD_USEC / G_USEC_PER_SEC),
            (guint)(SOFTEN_BREATH_LONGEST_HOLD_USEC / G_USEC_PER_SEC)));

  if (risks & SOFTEN_BREATH_RISK_QUICK_BREATHS)
    g_ptr_array_add (
        lines, g_strdup_printf (
                   /* Translators: %u is a number of seconds, 6 */
                   ngettext ("Each breath takes less than %u second. Calming breaths are slow; "
                             "quick ones can make you dizzy.",
                             "Each breath takes less than %u seconds. Calming breaths are slow; "
                             "quick ones can make you dizzy.",
                             SOFTEN_BREATH_SHORTEST_BREATH_USEC / G_USEC_PER_SEC),
                   (guint)(SOFTEN_BREATH_SHORTEST_BREATH_USEC / G_USEC_PER_SEC)));

  if (risks & SOFTEN_BREATH_RISK_MANY_QUICK_BREATHS)
    g_ptr_array_add (
        lines, g_strdup_printf (
                   /* Translators: %u is a number of breaths, 30 */
                   ngettext ("It asks for more than %u quick breath in a row. That much fast "
                             "breathing can bring on dizziness, tingling or panic.",
                             "It asks for more than %u quick breaths in a row. That much fast "
                             "breathing can bring on dizziness, tingling or panic.",
                             SOFTEN_BREATH_MOST_QUICK_BREATHS),
                   (guint)SOFTEN_BREATH_MOST_QUICK_BREATHS));

  return (GStrv)g_ptr_array_free (lines, FALSE);
}
