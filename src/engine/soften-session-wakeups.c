/* soften-session-wakeups.c — a session's time, and its one wake-up
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time is never counted in ticks. While running, the step's elapsed time is
 * `base + (now - origin) × pace`; pausing stores the elapsed time, and
 * resuming or changing the pace starts a new origin from it, so paused
 * spans are simply not counted. When a timed step runs out, the next one
 * starts at the exact boundary (the clock time its elapsed time reached the
 * duration), not at the moment the wake-up happened to be dispatched, so
 * late wake-ups never add up to drift.
 *
 * While running, exactly one wake-up is scheduled: for the next whole second
 * of the step (what a countdown or a breath phase shows changes only then),
 * the next change of a breath's phase, or the end of the step, whichever
 * comes first. A paused session, or one waiting on an untimed step for the
 * person to continue, schedules none.
 *
 * A step's end can be held (soften_session_set_step_end_held()): a voice
 * still speaking the step's words. A held step that runs out stays at its
 * end, with no wake-up, and moves on when released, from that moment: the
 * next step is not shortened by the wait.
 *
 * A wake-up more than SOFTEN_SESSION_STALL_USEC late means the process did
 * not run meanwhile (it was stopped, or the machine hung): the person saw
 * none of it. The session then pauses as it stood when the wake-up was due,
 * marked "away", and the stalled time is not counted as practice; it never
 * skips ahead over steps nobody saw. A suspend stops the monotonic clock,
 * so it is told apart by a SoftenSleepMonitor (soften_session_follow_sleep).
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <math.h>

#include "soften-session-private.h"

/* The running step's elapsed time at clock time @t. */
gint64
_soften_session_elapsed_at (SoftenSession *self, gint64 t)
{
  if (self->pace == 1.0)
    return self->step_base + (t - self->step_origin);

  return self->step_base + (gint64)floor ((t - self->step_origin) * self->pace);
}

/* The first clock time at which the running step's elapsed time reaches
 * @elapsed. */
static gint64
time_at (SoftenSession *self, gint64 elapsed)
{
  if (self->pace == 1.0)
    return self->step_origin + (elapsed - self->step_base);

  return self->step_origin + (gint64)ceil ((elapsed - self->step_base) / self->pace);
}

/* How long the current step runs by itself; 0 if it waits for the person. */
gint64
_soften_session_step_duration (SoftenSession *self)
{
  return soften_step_get_duration_usec (soften_session_get_step (self));
}

/* Moves over every timed step that has run out by clock time @t, each
 * starting where the last ended; then, @stalled, pauses there as "away",
 * or else schedules the next wake-up. */
static void
catch_up_to (SoftenSession *self, gint64 t, gboolean stalled)
{
  g_object_ref (self);

  while (self->state == SOFTEN_SESSION_RUNNING)
    {
      gint64 duration = _soften_session_step_duration (self);
      gint64 boundary;

      if (duration == 0 || _soften_session_elapsed_at (self, t) < duration || self->end_held)
        break;

      boundary = time_at (self, duration);

      if (self->step_index + 1 >= soften_exercise_get_n_steps (self->exercise))
        _soften_session_finish_at (self, boundary);
      else
        _soften_session_set_step (self, self->step_index + 1, boundary);
    }

  if (self->state == SOFTEN_SESSION_RUNNING && stalled)
    _soften_session_pause_at (self, t, TRUE);
  else if (self->state == SOFTEN_SESSION_RUNNING)
    {
      _soften_session_tick (self);
      _soften_session_reschedule (self);
    }

  g_object_unref (self);
}

void
_soften_session_catch_up (SoftenSession *self, gint64 t)
{
  catch_up_to (self, t, FALSE);
}

static void
on_wakeup (gpointer user_data)
{
  SoftenSession *self = user_data;
  gint64         t;
  gboolean       stalled;

  self->wakeup_id = 0;

  g_return_if_fail (self->state == SOFTEN_SESSION_RUNNING);

  t = soften_clock_get_time (self->clock);
  /* Stalled: move only as far as the time the wake-up was due, then stop. */
  stalled = t - self->wakeup_due > SOFTEN_SESSION_STALL_USEC;
  catch_up_to (self, stalled ? self->wakeup_due : t, stalled);
}

/* Cancels the wake-up, and schedules the next one if the session runs a
 * timed step. */
void
_soften_session_reschedule (SoftenSession *self)
{
  gint64 duration;
  gint64 elapsed;
  gint64 next;
  gint64 phase_change;

  _soften_session_cancel_wakeup (self);

  if (self->state != SOFTEN_SESSION_RUNNING)
    return;

  duration = _soften_session_step_duration (self);
  if (duration == 0)
    return;

  elapsed = soften_session_get_step_elapsed (self);
  if (self->end_held && elapsed >= duration)
    return;
  next = (elapsed / G_USEC_PER_SEC + 1) * G_USEC_PER_SEC;
  /* Breath phases need not fall on whole seconds (5.5 s in, 5.5 s out). */
  phase_change = soften_step_get_next_phase_change (soften_session_get_step (self), elapsed);
  if (phase_change > elapsed)
    next = MIN (next, phase_change);
  next = MIN (next, duration);

  self->wakeup_due = time_at (self, next);
  self->wakeup_id = soften_clock_schedule (self->clock, self->wakeup_due, on_wakeup, self);
}

void
_soften_session_cancel_wakeup (SoftenSession *self)
{
  if (self->wakeup_id != 0)
    {
      soften_clock_cancel (self->clock, self->wakeup_id);
      self->wakeup_id = 0;
    }
}

/**
 * soften_session_set_step_end_held:
 * @held: whether the current step, when its time runs out, waits
 *
 * Holds the end of timed steps while something (a voice speaking the step's
 * words) must not be cut off. Releasing a step that has run out moves on at
 * once, and the next step starts then, whole.
 */
void
soften_session_set_step_end_held (SoftenSession *self, gboolean held)
{
  gint64 t;
  gint64 duration;

  g_return_if_fail (SOFTEN_IS_SESSION (self));

  held = !!held;
  if (self->end_held == held)
    return;
  self->end_held = held;

  if (held || self->state != SOFTEN_SESSION_RUNNING)
    return;

  t = soften_clock_get_time (self->clock);
  duration = _soften_session_step_duration (self);
  if (duration > 0 && _soften_session_elapsed_at (self, t) >= duration)
    {
      /* The step waited at its end: it ends now. */
      self->step_origin = t;
      self->step_base = duration;
      _soften_session_catch_up (self, t);
    }
}

gboolean
soften_session_get_step_end_held (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), FALSE);

  return self->end_held;
}

/**
 * soften_session_pause_away:
 *
 * Pauses a running session now, marked "away": the computer is about to
 * be away (it goes to sleep), and the time it is away is not practice.
 */
void
soften_session_pause_away (SoftenSession *self)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));

  _soften_session_pause_at (self, soften_clock_get_time (self->clock), TRUE);
}

gboolean
soften_session_get_away (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), FALSE);

  return self->away;
}

/**
 * soften_session_follow_sleep:
 * @monitor: says when the machine goes to sleep
 *
 * Pauses the session, marked "away", whenever @monitor says the machine is
 * about to sleep, for as long as both exist.
 */
void
soften_session_follow_sleep (SoftenSession *self, SoftenSleepMonitor *monitor)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));
  g_return_if_fail (SOFTEN_IS_SLEEP_MONITOR (monitor));

  g_signal_connect_object (monitor, "sleeping", G_CALLBACK (soften_session_pause_away), self,
                           G_CONNECT_SWAPPED);
}
