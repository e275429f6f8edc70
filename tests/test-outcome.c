/* test-outcome.c — what a session changed, from its check-ins
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "engine/soften-fake-clock.h"
#include "engine/soften-outcome.h"

/* An exercise like "After a reaction": a zone check-in before and after,
 * each suggesting something for above and below, and tension before and
 * after. */
static SoftenSession *
new_session (void)
{
  static const char *const calm_first[] = { "stop-and-ground", "longer-exhale", "help-now", NULL };
  static const char *const calm_after[] = { "stop-and-ground", "help-now", NULL };
  static const char *const move[] = { "gentle-movement", "help-now", NULL };
  g_autoptr (SoftenClock)  clock = soften_fake_clock_new ();
  g_autoptr (SoftenExercise) exercise = soften_exercise_new ("x", "X", SOFTEN_CATEGORY_BODY);
  g_autoptr (SoftenStep)     zone_before
      = soften_step_new_check_in ("", SOFTEN_MEASURE_ZONE, SOFTEN_MOMENT_BEFORE);
  g_autoptr (SoftenStep) tension_before
      = soften_step_new_check_in ("", SOFTEN_MEASURE_TENSION, SOFTEN_MOMENT_BEFORE);
  g_autoptr (SoftenStep) middle = soften_step_new_instruction ("Notice.", 10);
  g_autoptr (SoftenStep) tension_after
      = soften_step_new_check_in ("", SOFTEN_MEASURE_TENSION, SOFTEN_MOMENT_AFTER);
  g_autoptr (SoftenStep) zone_after
      = soften_step_new_check_in ("", SOFTEN_MEASURE_ZONE, SOFTEN_MOMENT_AFTER);

  soften_step_set_suggestions (zone_before, SOFTEN_ZONE_ABOVE, calm_first);
  soften_step_set_suggestions (zone_before, SOFTEN_ZONE_BELOW, move);
  soften_step_set_suggestions (zone_after, SOFTEN_ZONE_ABOVE, calm_after);
  soften_step_set_suggestions (zone_after, SOFTEN_ZONE_BELOW, move);
  soften_exercise_add_step (exercise, zone_before);
  soften_exercise_add_step (exercise, tension_before);
  soften_exercise_add_step (exercise, middle);
  soften_exercise_add_step (exercise, tension_after);
  soften_exercise_add_step (exercise, zone_after);

  return soften_session_new (exercise, clock);
}

static void
answer_zone (SoftenSession *session, const char *key, const char *zone)
{
  soften_session_set_response (session, key, zone ? g_variant_new_string (zone) : NULL);
}

/* Nothing answered: nothing changed that the session knows of. */
static void
test_unanswered (void)
{
  g_autoptr (SoftenSession) session = new_session ();
  SoftenOutcome             outcome;

  soften_outcome_init (&outcome, session);
  for (guint m = 0; m < SOFTEN_N_MOMENTS; m++)
    {
      g_assert_cmpint (outcome.tension[m], ==, -1);
      g_assert_cmpint (outcome.comfort[m], ==, -1);
      g_assert_cmpint (outcome.zone[m], ==, -1);
    }
  g_assert_cmpint (outcome.latest_zone, ==, -1);
  g_assert_null (outcome.suggestions);
}

/* Above the window before, back inside after: tension eased, and nothing
 * to suggest. */
static void
test_came_back (void)
{
  g_autoptr (SoftenSession) session = new_session ();
  SoftenOutcome             outcome;

  answer_zone (session, "zone-before", "above");
  answer_zone (session, "zone-after", "inside");
  soften_session_set_response (session, "tension-before", g_variant_new_int32 (7));
  soften_session_set_response (session, "tension-after", g_variant_new_int32 (4));

  soften_outcome_init (&outcome, session);
  g_assert_cmpint (outcome.tension[SOFTEN_MOMENT_BEFORE], ==, 7);
  g_assert_cmpint (outcome.tension[SOFTEN_MOMENT_AFTER], ==, 4);
  g_assert_cmpint (outcome.zone[SOFTEN_MOMENT_BEFORE], ==, SOFTEN_ZONE_ABOVE);
  g_assert_cmpint (outcome.zone[SOFTEN_MOMENT_AFTER], ==, SOFTEN_ZONE_INSIDE);
  g_assert_cmpint (outcome.latest_zone, ==, SOFTEN_ZONE_INSIDE);
  g_assert_true (outcome.suggestions == NULL || outcome.suggestions[0] == NULL);
}

/* Still above after: the check-in after suggests what it suggests for
 * above; below, movement. Unanswered after, the one before speaks. */
static void
test_suggestions (void)
{
  g_autoptr (SoftenSession) session = new_session ();
  SoftenOutcome             outcome;

  answer_zone (session, "zone-before", "inside");
  answer_zone (session, "zone-after", "above");
  soften_outcome_init (&outcome, session);
  g_assert_cmpint (outcome.latest_zone, ==, SOFTEN_ZONE_ABOVE);
  g_assert_nonnull (outcome.suggestions);
  g_assert_cmpstr (outcome.suggestions[0], ==, "stop-and-ground");
  g_assert_cmpstr (outcome.suggestions[1], ==, SOFTEN_HELP_NOW_SUGGESTION);
  g_assert_null (outcome.suggestions[2]);

  answer_zone (session, "zone-after", "below");
  soften_outcome_init (&outcome, session);
  g_assert_cmpstr (outcome.suggestions[0], ==, "gentle-movement");

  answer_zone (session, "zone-before", "above");
  answer_zone (session, "zone-after", NULL);
  soften_outcome_init (&outcome, session);
  g_assert_cmpint (outcome.zone[SOFTEN_MOMENT_AFTER], ==, -1);
  g_assert_cmpint (outcome.latest_zone, ==, SOFTEN_ZONE_ABOVE);
  g_assert_cmpstr (outcome.suggestions[1], ==, "longer-exhale");
}

/* Answers of the wrong type or out of range count as unanswered. */
static void
test_odd_answers (void)
{
  g_autoptr (SoftenSession) session = new_session ();
  SoftenOutcome             outcome;

  soften_session_set_response (session, "tension-before", g_variant_new_int32 (11));
  soften_session_set_response (session, "tension-after", g_variant_new_string ("4"));
  answer_zone (session, "zone-after", "sideways");
  soften_outcome_init (&outcome, session);
  g_assert_cmpint (outcome.tension[SOFTEN_MOMENT_BEFORE], ==, -1);
  g_assert_cmpint (outcome.tension[SOFTEN_MOMENT_AFTER], ==, -1);
  g_assert_cmpint (outcome.latest_zone, ==, -1);
  g_assert_null (outcome.suggestions);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/outcome/unanswered", test_unanswered);
  g_test_add_func ("/soften/outcome/came-back", test_came_back);
  g_test_add_func ("/soften/outcome/suggestions", test_suggestions);
  g_test_add_func ("/soften/outcome/odd-answers", test_odd_answers);

  return g_test_run ();
}
