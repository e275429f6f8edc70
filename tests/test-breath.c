/* test-breath.c — the arithmetic of a breathing pattern
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "engine/soften-breath-risks.h"
#include "engine/soften-breath.h"
#include "engine/soften-step-private.h"

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

/* "Breathe without holding": in and out keep their length, and there are
 * as many more breaths as it takes to last about as long. */
static void
test_without_holds (void)
{
  static const gint64    box[] = { 4 * SEC, 4 * SEC, 4 * SEC, 4 * SEC };
  static const gint64    relax[] = { 4 * SEC, 7 * SEC, 8 * SEC, 0 };
  static const gint64    plain[] = { 4 * SEC, 0, 6 * SEC, 0 };
  static const gint64    holds[] = { 0, 4 * SEC, 0, 4 * SEC };
  gint64                 without[SOFTEN_BREATH_N_PHASES] = { 0 };
  g_autoptr (SoftenStep) step = soften_step_new_breathing ("Breathe", box, 6);
  g_autoptr (SoftenStep) copy = NULL;
  g_autoptr (SoftenStep) same = NULL;
  g_autoptr (SoftenStep) plain_step = soften_step_new_breathing (NULL, plain, 3);

  /* Box, six times (96 s), becomes 4-0-4-0 twelve times (96 s). */
  g_assert_cmpuint (soften_breath_without_holds (box, 6, without), ==, 12);
  g_assert_cmpint (without[SOFTEN_BREATH_INHALE], ==, 4 * SEC);
  g_assert_cmpint (without[SOFTEN_BREATH_HOLD_IN], ==, 0);
  g_assert_cmpint (without[SOFTEN_BREATH_EXHALE], ==, 4 * SEC);
  g_assert_cmpint (without[SOFTEN_BREATH_HOLD_OUT], ==, 0);

  /* 4-7-8 four times (76 s) becomes 4-0-8-0 six times (72 s): whole breaths. */
  g_assert_cmpuint (soften_breath_without_holds (relax, 4, without), ==, 6);
  g_assert_cmpint (without[SOFTEN_BREATH_EXHALE], ==, 8 * SEC);

  /* Nothing to leave out, or nothing left: unchanged. */
  g_assert_cmpuint (soften_breath_without_holds (plain, 3, without), ==, 0);
  g_assert_cmpuint (soften_breath_without_holds (holds, 3, without), ==, 0);

  /* A step says that its holds were left out, and keeps its words. */
  copy = soften_step_copy_without_holds (step);
  g_assert_true (soften_step_get_holds_left_out (copy));
  g_assert_false (soften_step_get_holds_left_out (step));
  g_assert_cmpstr (soften_step_get_text (copy), ==, "Breathe");
  g_assert_cmpuint (soften_step_get_cycles (copy), ==, 12);
  g_assert_cmpint (soften_step_get_duration_usec (copy), ==, soften_step_get_duration_usec (step));

  same = soften_step_copy_without_holds (plain_step);
  g_assert_true (same == plain_step);
  g_assert_false (soften_step_get_holds_left_out (same));
}

/* Long holds, quick breaths, and many quick breaths are named; what ships
 * (4-7-8's hold of 7 s, a 6 s breath) is not. */
static void
test_risks (void)
{
  static const gint64 relax[] = { 4 * SEC, 7 * SEC, 8 * SEC, 0 };
  static const gint64 long_hold[] = { 4 * SEC, 0, 6 * SEC, 7500000 };
  static const gint64 even[] = { 3 * SEC, 0, 3 * SEC, 0 };
  static const gint64 quick[] = { 2 * SEC, 0, 3 * SEC, 0 };
  g_auto (GStrv)      said = NULL;

  g_assert_cmpint (soften_breath_find_risks (relax, 8), ==, SOFTEN_BREATH_RISK_NONE);
  g_assert_cmpint (soften_breath_find_risks (even, 40), ==, SOFTEN_BREATH_RISK_NONE);
  g_assert_cmpint (soften_breath_find_risks (long_hold, 4), ==, SOFTEN_BREATH_RISK_LONG_HOLD);
  g_assert_cmpint (soften_breath_find_risks (quick, 30), ==, SOFTEN_BREATH_RISK_QUICK_BREATHS);
  g_assert_cmpint (soften_breath_find_risks (quick, 31), ==, SOFTEN_BREATH_RISK_MANY_QUICK_BREATHS);

  said = soften_breath_describe_risks (SOFTEN_BREATH_RISK_LONG_HOLD
                                       | SOFTEN_BREATH_RISK_MANY_QUICK_BREATHS);
  g_assert_cmpuint (g_strv_length (said), ==, 2);
  g_assert_nonnull (strstr (said[0], "more than 7 seconds"));
  g_assert_nonnull (strstr (said[1], "more than 30 quick breaths"));
  g_clear_pointer (&said, g_strfreev);

  said = soften_breath_describe_risks (SOFTEN_BREATH_RISK_NONE);
  g_assert_cmpuint (g_strv_length (said), ==, 0);
}

/* A presenter's pace keeps a breath calm: never quicker than 6 s a
 * breath, never a hold over 7 s, and a pattern written past a limit is not
 * pushed further past it. */
static void
test_limit_pace (void)
{
  static const gint64 box[] = { 4 * SEC, 4 * SEC, 4 * SEC, 4 * SEC };
  static const gint64 coherent[] = { 5500000, 0, 5500000, 0 };
  static const gint64 quick[] = { 2 * SEC, 0, 2 * SEC, 0 };
  static const gint64 long_hold[] = { 4 * SEC, 8 * SEC, 8 * SEC, 0 };

  /* 16 s a breath: up to twice as fast (8 s) and beyond, to 6 s. */
  g_assert_cmpfloat (soften_breath_limit_pace (box, 2.0), ==, 2.0);
  g_assert_cmpfloat (soften_breath_limit_pace (box, 3.0), ==, 16.0 / 6.0);
  /* Holds of 4 s: slowed to 7 s at most. */
  g_assert_cmpfloat (soften_breath_limit_pace (box, 0.5), ==, 4.0 / 7.0);
  g_assert_cmpfloat (soften_breath_limit_pace (box, 0.75), ==, 0.75);
  /* 11 s a breath, no holds: slowed freely, sped up to 6 s a breath. */
  g_assert_cmpfloat (soften_breath_limit_pace (coherent, 0.5), ==, 0.5);
  g_assert_cmpfloat (soften_breath_limit_pace (coherent, 2.0), ==, 11.0 / 6.0);
  /* Already quick, or already holding long: only calmer. */
  g_assert_cmpfloat (soften_breath_limit_pace (quick, 1.5), ==, 1.0);
  g_assert_cmpfloat (soften_breath_limit_pace (quick, 0.5), ==, 0.5);
  g_assert_cmpfloat (soften_breath_limit_pace (long_hold, 0.5), ==, 1.0);
  g_assert_cmpfloat (soften_breath_limit_pace (long_hold, 2.0), ==, 2.0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/breath/cycle", test_cycle);
  g_test_add_func ("/soften/breath/at", test_at);
  g_test_add_func ("/soften/breath/next-phase-change", test_next_phase_change);
  g_test_add_func ("/soften/breath/without-holds", test_without_holds);
  g_test_add_func ("/soften/breath/risks", test_risks);
  g_test_add_func ("/soften/breath/limit-pace", test_limit_pace);

  return g_test_run ();
}
