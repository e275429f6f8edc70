/* test-breath.c — the arithmetic of a breathing pattern
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "engine/soften-breath.h"

#define SEC G_TIME_SPAN_SECOND

static void
test_cycle (void)
{
  static const gint64 box[] = { 4 * SEC, 4 * SEC, 4 * SEC, 4 * SEC };
  static const gint64 halves[] = { 5500000, 0, 5500000, 0 };

  g_assert_cmpint (soften_breath_get_cycle_usec (box), ==, 16 * SEC);
  g_assert_cmpint (soften_breath_get_cycle_usec (halves), ==, 11 * SEC);
}

/* Phases of no length are skipped; before the start is the start, and at or
 * past the end is the end of the last phase of the last breath. */
static void
test_at (void)
{
  static const gint64 pattern[] = { 4 * SEC, 0, 6 * SEC, 0 };
  static const struct
  {
    gint64            at;
    SoftenBreathPhase phase;
    gint64            phase_elapsed;
    guint             cycle;
  } cases[] = {
    { -5 * SEC, SOFTEN_BREATH_INHALE, 0, 0 },
    { 0, SOFTEN_BREATH_INHALE, 0, 0 },
    { 4 * SEC - 1, SOFTEN_BREATH_INHALE, 4 * SEC - 1, 0 },
    { 4 * SEC, SOFTEN_BREATH_EXHALE, 0, 0 },
    { 10 * SEC, SOFTEN_BREATH_INHALE, 0, 1 },
    { 29 * SEC, SOFTEN_BREATH_EXHALE, 5 * SEC, 2 },
    { 30 * SEC, SOFTEN_BREATH_EXHALE, 6 * SEC, 2 },
    { G_MAXINT64, SOFTEN_BREATH_EXHALE, 6 * SEC, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SoftenBreath breath;

      g_test_message ("case %u", i);
      soften_breath_at (pattern, 3, cases[i].at, &breath);
      g_assert_cmpint (breath.phase, ==, cases[i].phase);
      g_assert_cmpint (breath.phase_elapsed, ==, cases[i].phase_elapsed);
      g_assert_cmpint (breath.phase_duration, ==, pattern[cases[i].phase]);
      g_assert_cmpuint (breath.cycle, ==, cases[i].cycle);
      g_assert_cmpuint (breath.n_cycles, ==, 3);
    }
}

/* Walking from change to change visits every phase of every breath, off
 * whole seconds too, and ends at the end. */
static void
test_next_phase_change (void)
{
  static const gint64 pattern[] = { 1500000, 250000, 1500000, 0 };
  static const gint64 expected[] = {
    1500000, 1750000, 3250000, 4750000, 5000000, 6500000,
  };
  gint64 at = 0;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      at = soften_breath_get_next_phase_change (pattern, 2, at);
      g_assert_cmpint (at, ==, expected[i]);
    }

  /* At the end there is no other change. */
  g_assert_cmpint (soften_breath_get_next_phase_change (pattern, 2, at), ==, at);
  /* In the middle of a phase: its end. */
  g_assert_cmpint (soften_breath_get_next_phase_change (pattern, 2, 2000000), ==, 3250000);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/breath/cycle", test_cycle);
  g_test_add_func ("/soften/breath/at", test_at);
  g_test_add_func ("/soften/breath/next-phase-change", test_next_phase_change);

  return g_test_run ();
}
