/* test-session.c — the player's state machine, on the fake clock
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "engine/soften-fake-clock-private.h"
#include "engine/soften-fake-clock.h"
#include "engine/soften-session-private.h"
#include "engine/soften-session.h"

#define SEC G_TIME_SPAN_SECOND

typedef struct
{
  SoftenClock    *clock;
  SoftenExercise *exercise;
  SoftenSession  *session;
  GArray         *changes; /* (gint64) clock time of each step-changed */
  GArray         *indices; /* (guint) step index at each step-changed */
  guint           n_finished;
  gint64          finished_at;
  guint           n_ticks;
} Fixture;

static void
on_step_changed (SoftenSession *session, Fixture *f)
{
  gint64 t = soften_clock_get_time (f->clock);
  guint  index = soften_session_get_step_index (session);

  g_array_append_val (f->changes, t);
  g_array_append_val (f->indices, index);
}

static void
on_finished (SoftenSession *session, Fixture *f)
{
  f->n_finished++;
  f->finished_at = soften_clock_get_time (f->clock);
}

static void
on_tick (SoftenSession *session, Fixture *f)
{
  f->n_ticks++;
}

static void
advance (Fixture *f, gint64 usec)
{
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (f->clock), usec);
}

static guint
n_pending (Fixture *f)
{
  return soften_fake_clock_get_n_pending (SOFTEN_FAKE_CLOCK (f->clock));
}

/* Twenty minutes: 60 s of settling, 60 breaths of 4-4-4-4 (16 min), a step
 * that waits, and 180 s of closing. */
static SoftenExercise *
make_twenty_minutes (void)
{
  static const gint64 box[] = { 4 * SEC, 4 * SEC, 4 * SEC, 4 * SEC };
  SoftenExercise     *exercise
      = soften_exercise_new ("twenty", "Twenty minutes", SOFTEN_CATEGORY_BREATHING);
  g_autoptr (SoftenStep) settle = soften_step_new_instruction ("Settle.", 60);
  g_autoptr (SoftenStep) breathe = soften_step_new_breathing ("Breathe.", box, 60);
  g_autoptr (SoftenStep) wait = soften_step_new_instruction ("When you are ready.", 0);
  g_autoptr (SoftenStep) close = soften_step_new_instruction ("Close.", 180);

  soften_exercise_add_step (exercise, settle);
  soften_exercise_add_step (exercise, breathe);
  soften_exercise_add_step (exercise, wait);
  soften_exercise_add_step (exercise, close);

  return exercise;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->clock = soften_fake_clock_new ();
  f->exercise = make_twenty_minutes ();
  f->session = soften_session_new (f->exercise, f->clock);
  f->changes = g_array_new (FALSE, FALSE, sizeof (gint64));
  f->indices = g_array_new (FALSE, FALSE, sizeof (guint));

  g_signal_connect (f->session, "step-changed", G_CALLBACK (on_step_changed), f);
  g_signal_connect (f->session, "finished", G_CALLBACK (on_finished), f);
  g_signal_connect (f->session, "tick", G_CALLBACK (on_tick), f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_assert_finalize_object (f->session);
  /* A session leaves nothing scheduled behind. */
  g_assert_cmpuint (n_pending (f), ==, 0);
  g_assert_finalize_object (f->exercise);
  g_assert_finalize_object (f->clock);
  g_array_unref (f->changes);
  g_array_unref (f->indices);
}

static gint64
change_at (Fixture *f, guint i)
{
  return g_array_index (f->changes, gint64, i);
}

/* Step changes land exactly on schedule, however the clock is advanced. */
static void
test_schedule (Fixture *f, gconstpointer data)
{
  gint64 start = soften_clock_get_time (f->clock);

  soften_session_start (f->session);
  g_assert_cmpint (soften_session_get_state (f->session), ==, SOFTEN_SESSION_RUNNING);
  g_assert_cmpuint (f->changes->len, ==, 1);
  g_assert_cmpint (change_at (f, 0), ==, start);

  /* Uneven steps of 0.7 s, as a real main loop might deliver. */
  while (soften_session_get_step_index (f->session) < 2)
    advance (f, 700 * 1000);

  g_assert_cmpuint (f->changes->len, ==, 3);
  g_assert_cmpint (change_at (f, 1), ==, start + 60 * SEC);
  g_assert_cmpint (change_at (f, 2), ==, start + (60 + 960) * SEC);

  /* The waiting step waits, with nothing scheduled, for as long as it takes. */
  g_assert_cmpuint (n_pending (f), ==, 0);
  advance (f, 3600 * SEC);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 2);

  soften_session_next (f->session);
  start = soften_clock_get_time (f->clock);
  advance (f, 179 * SEC + 999999);
  g_assert_cmpuint (f->n_finished, ==, 0);
  advance (f, 1);
  g_assert_cmpuint (f->n_finished, ==, 1);
  g_assert_cmpint (f->finished_at, ==, start + 180 * SEC);
  g_assert_cmpint (soften_session_get_state (f->session), ==, SOFTEN_SESSION_FINISHED);
  g_assert_cmpfloat (soften_session_get_fraction (f->session), ==, 1.0);

  /* Finished is said once, and nothing else happens afterwards. */
  advance (f, 3600 * SEC);
  soften_session_next (f->session);
  g_assert_cmpuint (f->n_finished, ==, 1);
  g_assert_cmpuint (n_pending (f), ==, 0);
  /* Time in the session: all of it, the waiting included, as nothing paused. */
  g_assert_cmpint (soften_session_get_active_usec (f->session), ==,
                   f->finished_at - change_at (f, 0));
}

/* One big jump (a stopped process, a busy main loop) still changes steps at
 * their exact boundaries, one after the other, without drift. */
static void
test_big_jump (Fixture *f, gconstpointer data)
{
  gint64 start = soften_clock_get_time (f->clock);

  soften_session_start (f->session);
  advance (f, 2000 * SEC);

  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 2);
  g_assert_cmpuint (f->changes->len, ==, 3);
  g_assert_cmpint (change_at (f, 1), ==, start + 60 * SEC);
  g_assert_cmpint (change_at (f, 2), ==, start + 1020 * SEC);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 980 * SEC);
}

/* What the player shows is never below zero or above the step, whenever
 * it is asked. */
static void
assert_sane (Fixture *f)
{
  gint64 duration = soften_step_get_duration_usec (soften_session_get_step (f->session));
  gint64 remaining = soften_session_get_step_remaining (f->session);
  double fraction = soften_session_get_step_fraction (f->session);

  g_assert_cmpint (remaining, >=, 0);
  g_assert_cmpint (remaining, <=, duration);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), >=, 0);
  g_assert_cmpfloat (fraction, >=, 0.0);
  g_assert_cmpfloat (fraction, <=, 1.0);
  g_assert_cmpfloat (soften_session_get_fraction (f->session), >=, 0.0);
  g_assert_cmpfloat (soften_session_get_fraction (f->session), <=, 1.0);
}

/* A stall, as the clock sees it: the process is stopped (SIGSTOP, a hung
 * machine), time moves on, nothing runs, then the wake-up comes very late.
 * The person saw none of it: the session pauses where it stood when the
 * wake-up was due, marked "away", skips no step, and the stalled time is
 * not counted as practice. A late wake-up of a few seconds is not a stall. */
static void
test_stall_pauses (Fixture *f, gconstpointer data)
{
  soften_session_start (f->session);
  advance (f, 10 * SEC);
  assert_sane (f);

  /* Four seconds late (a busy main loop) is late, not away. */
  soften_fake_clock_jump (SOFTEN_FAKE_CLOCK (f->clock), 4 * SEC + 500000);
  advance (f, 0);
  g_assert_cmpint (soften_session_get_state (f->session), ==, SOFTEN_SESSION_RUNNING);
  g_assert_false (soften_session_get_away (f->session));
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 14 * SEC + 500000);

  /* Stopped for 40 s, then for a month: paused at once, where it stood. */
  advance (f, 500000);
  soften_fake_clock_jump (SOFTEN_FAKE_CLOCK (f->clock), 40 * SEC);
  assert_sane (f);
  advance (f, 0);
  assert_sane (f);
  g_assert_cmpint (soften_session_get_state (f->session), ==, SOFTEN_SESSION_PAUSED);
  g_assert_true (soften_session_get_away (f->session));
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 0);
  g_assert_cmpuint (f->changes->len, ==, 1);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 16 * SEC);
  g_assert_cmpint (soften_session_get_active_usec (f->session), ==, 16 * SEC);
  g_assert_cmpuint (n_pending (f), ==, 0);

  /* Paused, a jump changes nothing at all. */
  soften_fake_clock_jump (SOFTEN_FAKE_CLOCK (f->clock), 30 * 24 * 3600 * SEC);
  advance (f, 0);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 16 * SEC);

  /* Going on clears "away", and the step goes on from where it stood. */
  soften_session_resume (f->session);
  g_assert_false (soften_session_get_away (f->session));
  advance (f, 44 * SEC);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 1);
  g_assert_cmpint (soften_session_get_active_usec (f->session), ==, 60 * SEC);
}

/* A suspend stops the monotonic clock, so the monitor says it: the session
 * pauses, marked "away", counting practice up to that moment only. */
static void
test_sleep_pauses (Fixture *f, gconstpointer data)
{
  g_autoptr (SoftenSleepMonitor) monitor = soften_fake_sleep_monitor_new ();
  guint                          n_away = 0;

  soften_session_follow_sleep (f->session, monitor);
  soften_session_start (f->session);
  advance (f, 20 * SEC);
  soften_sleep_monitor_emit_sleeping (monitor);
  n_away += soften_session_get_away (f->session);

  g_assert_cmpint (soften_session_get_state (f->session), ==, SOFTEN_SESSION_PAUSED);
  g_assert_cmpuint (n_away, ==, 1);
  g_assert_cmpint (soften_session_get_active_usec (f->session), ==, 20 * SEC);
  soften_fake_clock_jump (SOFTEN_FAKE_CLOCK (f->clock), 8 * 3600 * SEC);
  advance (f, 0);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 20 * SEC);

  /* Asleep while already paused by the person: paused as it was. */
  soften_session_resume (f->session);
  soften_session_pause (f->session);
  soften_sleep_monitor_emit_sleeping (monitor);
  g_assert_false (soften_session_get_away (f->session));
}

/* One wake-up while running; none while paused. */
static void
test_wakeups (Fixture *f, gconstpointer data)
{
  g_assert_cmpuint (n_pending (f), ==, 0);

  soften_session_start (f->session);
  g_assert_cmpuint (n_pending (f), ==, 1);
  g_assert_cmpint (soften_fake_clock_get_next_wakeup (SOFTEN_FAKE_CLOCK (f->clock)), ==,
                   soften_clock_get_time (f->clock) + SEC);

  advance (f, 5500 * 1000);
  g_assert_cmpuint (n_pending (f), ==, 1);
  g_assert_cmpuint (f->n_ticks, ==, 5);

  soften_session_pause (f->session);
  g_assert_cmpuint (n_pending (f), ==, 0);
  advance (f, 100 * SEC);
  g_assert_cmpuint (f->n_ticks, ==, 5);

  soften_session_resume (f->session);
  g_assert_cmpuint (n_pending (f), ==, 1);
  /* The next whole second of the step is 0.5 s away. */
  g_assert_cmpint (soften_fake_clock_get_next_wakeup (SOFTEN_FAKE_CLOCK (f->clock)), ==,
                   soften_clock_get_time (f->clock) + 500 * 1000);

  soften_session_stop (f->session);
  g_assert_cmpint (soften_session_get_state (f->session), ==, SOFTEN_SESSION_STOPPED);
  g_assert_cmpuint (n_pending (f), ==, 0);
  g_assert_cmpuint (f->n_finished, ==, 0);
}

/* Time spent paused is not counted, in the step or in the session. */
static void
test_pause_not_counted (Fixture *f, gconstpointer data)
{
  gint64 start = soften_clock_get_time (f->clock);

  soften_session_start (f->session);
  advance (f, 30 * SEC);
  soften_session_toggle_pause (f->session);
  g_assert_cmpint (soften_session_get_state (f->session), ==, SOFTEN_SESSION_PAUSED);
  advance (f, 1000 * SEC);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 30 * SEC);
  g_assert_cmpint (soften_session_get_step_remaining (f->session), ==, 30 * SEC);
  soften_session_toggle_pause (f->session);
  g_assert_cmpint (soften_session_get_state (f->session), ==, SOFTEN_SESSION_RUNNING);

  advance (f, 30 * SEC - 1);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 0);
  advance (f, 1);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 1);
  g_assert_cmpint (change_at (f, 1), ==, start + 1060 * SEC);
  g_assert_cmpint (soften_session_get_active_usec (f->session), ==, 60 * SEC);
}

static void
test_previous_next_restart (Fixture *f, gconstpointer data)
{
  soften_session_start (f->session);
  advance (f, 10 * SEC);

  /* Previous on the first step starts it again. */
  soften_session_previous (f->session);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 0);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 0);

  soften_session_next (f->session);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 1);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 0);
  advance (f, 100 * SEC);

  soften_session_restart_step (f->session);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 1);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 0);
  g_assert_cmpuint (n_pending (f), ==, 1);

  soften_session_previous (f->session);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 0);
  g_assert_cmpint (soften_session_get_step_remaining (f->session), ==, 60 * SEC);

  /* Moving while paused stays paused, at the start of the new step. */
  soften_session_pause (f->session);
  soften_session_next (f->session);
  g_assert_cmpint (soften_session_get_state (f->session), ==, SOFTEN_SESSION_PAUSED);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 1);
  advance (f, 100 * SEC);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 0);
  soften_session_resume (f->session);

  /* Next from the last step finishes, once. */
  soften_session_next (f->session);
  soften_session_next (f->session);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 3);
  soften_session_next (f->session);
  g_assert_cmpint (soften_session_get_state (f->session), ==, SOFTEN_SESSION_FINISHED);
  soften_session_next (f->session);
  soften_session_previous (f->session);
  g_assert_cmpuint (f->n_finished, ==, 1);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 3);

  /* Every move was a step-changed: start, previous, next, restart, previous,
   * next, next, next. */
  g_assert_cmpuint (f->changes->len, ==, 8);
}

static void
count_cb (gpointer instance, guint *count)
{
  (*count)++;
}

/* Coherent breathing, 5.5 s in and out: the session wakes at each turn of
 * the breath, between whole seconds, and announces every phase once. */
static void
test_fractional_phases (void)
{
  static const gint64        coherent[] = { 5500000, 0, 5500000, 0 };
  g_autoptr (SoftenClock)    clock = soften_fake_clock_new ();
  g_autoptr (SoftenExercise) exercise
      = soften_exercise_new ("coherent", "Coherent", SOFTEN_CATEGORY_BREATHING);
  g_autoptr (SoftenStep)    step = soften_step_new_breathing ("", coherent, 3);
  g_autoptr (SoftenSession) session = NULL;
  SoftenBreath              breath;
  guint                     phases = 0;
  gint64                    start;

  soften_exercise_add_step (exercise, step);
  session = soften_session_new (exercise, clock);
  g_signal_connect (session, "phase-changed", G_CALLBACK (count_cb), &phases);

  start = soften_clock_get_time (clock);
  soften_session_start (session);
  g_assert_cmpuint (phases, ==, 1);

  /* The first wake-ups: 1 s, 2 s … 5 s, then the turn at 5.5 s. */
  for (guint i = 1; i <= 5; i++)
    {
      g_assert_cmpint (soften_fake_clock_get_next_wakeup (SOFTEN_FAKE_CLOCK (clock)), ==,
                       start + i * SEC);
      soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (clock), SEC);
    }
  g_assert_cmpint (soften_fake_clock_get_next_wakeup (SOFTEN_FAKE_CLOCK (clock)), ==,
                   start + 5500000);
  g_assert_cmpuint (phases, ==, 1);
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (clock), 500000);
  g_assert_cmpuint (phases, ==, 2);
  soften_session_get_breath (session, &breath);
  g_assert_cmpint (breath.phase, ==, SOFTEN_BREATH_EXHALE);
  g_assert_cmpint (breath.phase_elapsed, ==, 0);

  /* Mid-phase: 2.75 s into the second out-breath. */
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (clock), 5500000 + 5500000 + 2750000);
  soften_session_get_breath (session, &breath);
  g_assert_cmpint (breath.phase, ==, SOFTEN_BREATH_EXHALE);
  g_assert_cmpint (breath.phase_elapsed, ==, 2750000);
  g_assert_cmpuint (breath.cycle, ==, 1);
  g_assert_cmpuint (phases, ==, 4);

  /* Three whole breaths, then the end: six phases in all. */
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (clock), 60 * SEC);
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_FINISHED);
  g_assert_cmpuint (phases, ==, 6);
}

/* What check-ins answer is kept with the session, sorted, and forgotten on
 * request; it is what progress records. */
static void
test_responses (void)
{
  static const gint64        box[] = { 4 * SEC, 4 * SEC, 4 * SEC, 4 * SEC };
  g_autoptr (SoftenClock)    clock = soften_fake_clock_new ();
  g_autoptr (SoftenExercise) exercise = soften_exercise_new ("x", "X", SOFTEN_CATEGORY_BODY);
  g_autoptr (SoftenStep)     step = soften_step_new_breathing ("", box, 1);
  g_autoptr (SoftenSession)  session = NULL;
  g_autoptr (GVariant)       all = NULL;
  g_autofree char           *printed = NULL;

  soften_exercise_add_step (exercise, step);
  session = soften_session_new (exercise, clock);

  soften_session_set_response (session, "zone-before", g_variant_new_string ("above"));
  soften_session_set_response (session, "tension-before", g_variant_new_int32 (7));
  soften_session_set_response (session, "tension-after", g_variant_new_int32 (5));
  soften_session_set_response (session, "tension-after", g_variant_new_int32 (4));
  soften_session_set_response (session, "zone-after", g_variant_new_string ("inside"));
  soften_session_set_response (session, "zone-after", NULL);

  all = soften_session_dup_responses (session);
  printed = g_variant_print (all, FALSE);
  g_assert_cmpstr (printed, ==,
                   "{'tension-after': <4>, 'tension-before': <7>, 'zone-before': <'above'>}");
}

/* Only check-ins' answers are recorded: which defense a person chose in a
 * choice step stays with the session and goes when it does. */
static void
test_check_in_answers (void)
{
  static const char *const   ids[] = { "wall", "joke", NULL };
  static const char *const   labels[] = { "A wall", "A joke", NULL };
  g_autoptr (SoftenClock)    clock = soften_fake_clock_new ();
  g_autoptr (SoftenExercise) exercise = soften_exercise_new ("x", "X", SOFTEN_CATEGORY_DEFENSES);
  g_autoptr (SoftenStep)     before
      = soften_step_new_check_in ("", SOFTEN_MEASURE_TENSION, SOFTEN_MOMENT_BEFORE);
  g_autoptr (SoftenStep)    choice = soften_step_new_choice ("", "defense", ids, labels);
  g_autoptr (SoftenSession) session = NULL;
  g_autoptr (GVariant)      recorded = NULL;
  g_autofree char          *printed = NULL;

  soften_exercise_add_step (exercise, before);
  soften_exercise_add_step (exercise, choice);
  session = soften_session_new (exercise, clock);

  soften_session_set_response (session, "tension-before", g_variant_new_int32 (6));
  soften_session_set_response (session, "defense", g_variant_new_string ("wall"));
  g_assert_nonnull (soften_session_get_response (session, "defense"));

  recorded = soften_session_dup_check_in_answers (session);
  printed = g_variant_print (recorded, FALSE);
  g_assert_cmpstr (printed, ==, "{'tension-before': <6>}");
}

/* A therapist's pace: the rest of the step runs faster or slower, what has
 * elapsed stays, paused time still does not count, and the next step is at
 * 100 % again. */
static void
test_pace (Fixture *f, gconstpointer data)
{
  gint64 start = soften_clock_get_time (f->clock);

  soften_session_start (f->session);
  advance (f, 10 * SEC);

  /* Twice as fast: the remaining 50 s of the step take 25 s. */
  soften_session_set_pace (f->session, 2.0);
  g_assert_cmpfloat (soften_session_get_pace (f->session), ==, 2.0);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 10 * SEC);
  advance (f, 5 * SEC);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 20 * SEC);

  /* Paused time is not counted at any pace. */
  soften_session_pause (f->session);
  advance (f, 100 * SEC);
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 20 * SEC);
  soften_session_resume (f->session);

  advance (f, 20 * SEC - 1);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 0);
  advance (f, 1);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 1);
  g_assert_cmpint (change_at (f, 1), ==, start + (10 + 5 + 100 + 20) * SEC);
  g_assert_cmpfloat (soften_session_get_pace (f->session), ==, 1.0);

  /* Breathing keeps calm: slowed, the 4 s holds stop at 7 s (4/7 of the
   * pace), and sped up, a breath of 16 s stops at 8 s (200 %). So the 960
   * s of breathing take 1680 s at the slowest. */
  soften_session_set_pace (f->session, 0.1);
  g_assert_cmpfloat (soften_session_get_pace (f->session), ==, 4.0 / 7.0);
  soften_session_set_pace (f->session, 9.0);
  g_assert_cmpfloat (soften_session_get_pace (f->session), ==, SOFTEN_SESSION_MAX_PACE);
  soften_session_set_pace (f->session, 0.5);
  g_assert_cmpfloat (soften_session_get_pace (f->session), ==, 4.0 / 7.0);
  advance (f, 1680 * SEC - 1);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 1);
  advance (f, 1);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 2);
  g_assert_cmpint (change_at (f, 2), ==, change_at (f, 1) + 1680 * SEC);

  /* Any other step runs from 50 % to 200 %. */
  soften_session_set_pace (f->session, 0.1);
  g_assert_cmpfloat (soften_session_get_pace (f->session), ==, SOFTEN_SESSION_MIN_PACE);
  soften_session_set_pace (f->session, 9.0);
  g_assert_cmpfloat (soften_session_get_pace (f->session), ==, SOFTEN_SESSION_MAX_PACE);
}

/* The breath, as the pacer and the labels read it. */
static void
test_breath_phases (Fixture *f, gconstpointer data)
{
  SoftenBreath breath;

  g_assert_false (soften_session_get_breath (f->session, &breath));

  soften_session_start (f->session);
  g_assert_false (soften_session_get_breath (f->session, &breath));
  advance (f, 60 * SEC);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 1);

  g_assert_true (soften_session_get_breath (f->session, &breath));
  g_assert_cmpint (breath.phase, ==, SOFTEN_BREATH_INHALE);
  g_assert_cmpint (breath.phase_elapsed, ==, 0);
  g_assert_cmpint (breath.phase_duration, ==, 4 * SEC);
  g_assert_cmpuint (breath.cycle, ==, 0);
  g_assert_cmpuint (breath.n_cycles, ==, 60);

  advance (f, 6 * SEC);
  soften_session_get_breath (f->session, &breath);
  g_assert_cmpint (breath.phase, ==, SOFTEN_BREATH_HOLD_IN);
  g_assert_cmpint (breath.phase_elapsed, ==, 2 * SEC);

  advance (f, 10 * SEC);
  soften_session_get_breath (f->session, &breath);
  g_assert_cmpint (breath.phase, ==, SOFTEN_BREATH_INHALE);
  g_assert_cmpuint (breath.cycle, ==, 1);

  /* Paused mid-breath, the breath stands still. */
  advance (f, 9 * SEC);
  soften_session_pause (f->session);
  soften_session_get_breath (f->session, &breath);
  g_assert_cmpint (breath.phase, ==, SOFTEN_BREATH_EXHALE);
  g_assert_cmpint (breath.phase_elapsed, ==, SEC);
  advance (f, 30 * SEC);
  soften_session_get_breath (f->session, &breath);
  g_assert_cmpint (breath.phase, ==, SOFTEN_BREATH_EXHALE);
  g_assert_cmpint (breath.phase_elapsed, ==, SEC);
}

typedef struct
{
  gint64            pattern[4];
  gint64            at;
  SoftenBreathPhase phase;
  gint64            phase_elapsed;
  guint             cycle;
} BreathCase;

/* Boundaries and mid-phase points for several patterns, straight from the
 * step (2 cycles each). */
static const BreathCase breath_cases[] = {
  { { 4 * SEC, 7 * SEC, 8 * SEC, 0 }, 0, SOFTEN_BREATH_INHALE, 0, 0 },
  { { 4 * SEC, 7 * SEC, 8 * SEC, 0 }, 4 * SEC - 1, SOFTEN_BREATH_INHALE, 4 * SEC - 1, 0 },
  { { 4 * SEC, 7 * SEC, 8 * SEC, 0 }, 4 * SEC, SOFTEN_BREATH_HOLD_IN, 0, 0 },
  { { 4 * SEC, 7 * SEC, 8 * SEC, 0 }, 11 * SEC, SOFTEN_BREATH_EXHALE, 0, 0 },
  { { 4 * SEC, 7 * SEC, 8 * SEC, 0 }, 19 * SEC, SOFTEN_BREATH_INHALE, 0, 1 },
  /* At the very end: the last phase of the last breath, complete. */
  { { 4 * SEC, 7 * SEC, 8 * SEC, 0 }, 38 * SEC, SOFTEN_BREATH_EXHALE, 8 * SEC, 1 },
  { { 4 * SEC, 0, 6 * SEC, 0 }, 4 * SEC, SOFTEN_BREATH_EXHALE, 0, 0 },
  { { 4 * SEC, 0, 6 * SEC, 0 }, 9 * SEC + 500000, SOFTEN_BREATH_EXHALE, 5 * SEC + 500000, 0 },
  { { 4 * SEC, 0, 6 * SEC, 0 }, 10 * SEC, SOFTEN_BREATH_INHALE, 0, 1 },
  { { 4 * SEC, 4 * SEC, 4 * SEC, 4 * SEC }, 12 * SEC, SOFTEN_BREATH_HOLD_OUT, 0, 0 },
  { { 4 * SEC, 4 * SEC, 4 * SEC, 4 * SEC }, 32 * SEC, SOFTEN_BREATH_HOLD_OUT, 4 * SEC, 1 },
  { { 0, 0, 5 * SEC, 5 * SEC }, 0, SOFTEN_BREATH_EXHALE, 0, 0 },
};

static void
test_breath_at (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (breath_cases); i++)
    {
      const BreathCase      *c = &breath_cases[i];
      g_autoptr (SoftenStep) step = soften_step_new_breathing ("", c->pattern, 2);
      SoftenBreath           breath;

      g_test_message ("case %u", i);
      g_assert_true (soften_step_get_breath_at (step, c->at, &breath));
      g_assert_cmpint (breath.phase, ==, c->phase);
      g_assert_cmpint (breath.phase_elapsed, ==, c->phase_elapsed);
      g_assert_cmpuint (breath.cycle, ==, c->cycle);
      g_assert_cmpint (breath.phase_duration, ==, c->pattern[c->phase]);
    }
}

/* Cycles always end on a whole breath: the step lasts cycles × pattern. */
static void
test_whole_breaths (void)
{
  static const gint64    pattern[] = { 5500000, 0, 5500000, 0 };
  g_autoptr (SoftenStep) step = soften_step_new_breathing ("", pattern, 7);

  g_assert_cmpint (soften_step_get_duration_usec (step), ==, 7 * 11 * SEC);
}

static void
count_notify (GObject *object, GParamSpec *pspec, guint *n_notifies)
{
  (*n_notifies)++;
}

/* "state" is a SoftenSessionState property, notified once per change. */
static void
test_state_property (Fixture *f, gconstpointer data)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (f->session), "state");
  SoftenSessionState state = SOFTEN_SESSION_FINISHED;
  guint              n_notifies = 0;

  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
  g_assert_cmpuint (pspec->value_type, ==, SOFTEN_TYPE_SESSION_STATE);

  g_signal_connect (f->session, "notify::state", G_CALLBACK (count_notify), &n_notifies);
  g_object_get (f->session, "state", &state, NULL);
  g_assert_cmpint (state, ==, SOFTEN_SESSION_READY);

  soften_session_start (f->session);
  g_assert_cmpuint (n_notifies, ==, 1);
  soften_session_pause (f->session);
  soften_session_pause (f->session);
  g_assert_cmpuint (n_notifies, ==, 2);
  g_object_get (f->session, "state", &state, NULL);
  g_assert_cmpint (state, ==, SOFTEN_SESSION_PAUSED);
  soften_session_stop (f->session);
  g_assert_cmpuint (n_notifies, ==, 3);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/soften/session/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("schedule", test_schedule);
  ADD ("big-jump", test_big_jump);
  ADD ("stall-pauses", test_stall_pauses);
  ADD ("sleep-pauses", test_sleep_pauses);
  ADD ("wakeups", test_wakeups);
  ADD ("pause-not-counted", test_pause_not_counted);
  ADD ("previous-next-restart", test_previous_next_restart);
  ADD ("breath-phases", test_breath_phases);
  ADD ("pace", test_pace);
  ADD ("state-property", test_state_property);
  g_test_add_func ("/soften/session/breath-at", test_breath_at);
  g_test_add_func ("/soften/session/fractional-phases", test_fractional_phases);
  g_test_add_func ("/soften/session/responses", test_responses);
  g_test_add_func ("/soften/session/check-in-answers", test_check_in_answers);
  g_test_add_func ("/soften/session/whole-breaths", test_whole_breaths);

#undef ADD

  return g_test_run ();
}
