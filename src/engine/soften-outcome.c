/* soften-outcome.c — what one session changed, from its check-ins
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read at the end of a session, for the completion page: how tense the
 * person was before and after, where they were against their window of
 * tolerance, and what the last zone check-in they answered suggests for
 * where they are now (after "above", something that calms; after
 * "below", gentle movement; inside the window, nothing).
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-outcome.h"
#include "soften-step-private.h"

static int
score_of (GVariant *answer)
{
  int value;

  if (answer == NULL || !g_variant_is_of_type (answer, G_VARIANT_TYPE_INT32))
    return -1;
  value = g_variant_get_int32 (answer);

  return value >= 0 && value <= 10 ? value : -1;
}

static int
zone_of (GVariant *answer)
{
  SoftenZone zone;

  if (answer == NULL || !g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING)
      || !soften_zone_from_string (g_variant_get_string (answer, NULL), &zone))
    return -1;

  return zone;
}

/**
 * soften_outcome_init:
 * @outcome: (out caller-allocates): what @session's check-ins say
 * @session: a session, usually just finished; it must outlive @outcome's
 *   suggestions
 */
void
soften_outcome_init (SoftenOutcome *outcome, SoftenSession *session)
{
  SoftenExercise *exercise;

  g_return_if_fail (outcome != NULL);
  g_return_if_fail (SOFTEN_IS_SESSION (session));

  for (guint m = 0; m < SOFTEN_N_MOMENTS; m++)
    outcome->tension[m] = outcome->comfort[m] = outcome->zone[m] = -1;
  outcome->latest_zone = -1;
  outcome->suggestions = NULL;

  exercise = soften_session_get_exercise (session);
  for (guint i = 0; i < soften_exercise_get_n_steps (exercise); i++)
    {
      SoftenStep      *step = soften_exercise_get_step (exercise, i);
      g_autofree char *key = NULL;
      GVariant        *answer;
      SoftenMoment     moment;

      if (soften_step_get_kind (step) != SOFTEN_STEP_CHECK_IN)
        continue;

      key = soften_step_dup_response_key (step);
      answer = soften_session_get_response (session, key);
      moment = soften_step_get_moment (step);

      switch (soften_step_get_measure (step))
        {
        case SOFTEN_MEASURE_TENSION:
          outcome->tension[moment] = score_of (answer);
          break;

        case SOFTEN_MEASURE_COMFORT:
          outcome->comfort[moment] = score_of (answer);
          break;

        case SOFTEN_MEASURE_ZONE:
          outcome->zone[moment] = zone_of (answer);
          if (outcome->zone[moment] >= 0)
            {
              outcome->latest_zone = outcome->zone[moment];
              outcome->suggestions = soften_step_get_suggestions (step, outcome->latest_zone);
            }
          break;

        case SOFTEN_N_MEASURES:
        default:
          g_assert_not_reached ();
        }
    }
}
