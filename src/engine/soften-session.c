/* soften-session.c — the player's state machine
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ready, running, paused, then finished or stopped: what step, how far
 * into it, and how fast. How time is kept and when the session wakes up is
 * in soften-session-wakeups.c; the answers kept with it are in
 * soften-session-responses.c. The pace (50–200 %, for a therapist
 * presenting) belongs to the current step and is back to 100 % at the next.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-session-private.h"
#include "soften-breath-risks.h"

G_DEFINE_FINAL_TYPE (SoftenSession, soften_session, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_EXERCISE,
  PROP_CLOCK,
  PROP_STATE,
  PROP_STEP_INDEX,
  PROP_PACE,
  PROP_AWAY,
  N_PROPS
};

enum
{
  STEP_CHANGED,
  PHASE_CHANGED,
  TICK,
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
set_state (SoftenSession *self, SoftenSessionState state)
{
  if (self->state == state)
    return;

  self->state = state;
  if (state != SOFTEN_SESSION_PAUSED && self->away)
    {
      self->away = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AWAY]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* Stops counting active time at @at (a clock time). */
static void
stop_active (SoftenSession *self, gint64 at)
{
  self->active_base += MAX (0, at - self->active_since);
}

/* Emits "phase-changed" when a breathing step has moved to another phase or
 * breath since the last time, including when it begins. */
static void
announce_phase (SoftenSession *self)
{
  SoftenBreath breath;

  if (!soften_session_get_breath (self, &breath))
    {
      self->announced_phase = -1;
      return;
    }

  if (self->announced_phase == (int)breath.phase && self->announced_cycle == breath.cycle)
    return;

  self->announced_phase = breath.phase;
  self->announced_cycle = breath.cycle;
  g_signal_emit (self, signals[PHASE_CHANGED], 0);
}

/* Ends the session at @at (a clock time): the last step is done. */
void
_soften_session_finish_at (SoftenSession *self, gint64 at)
{
  if (self->state == SOFTEN_SESSION_RUNNING)
    stop_active (self, at);

  self->frozen_elapsed = _soften_session_step_duration (self);
  _soften_session_cancel_wakeup (self);
  set_state (self, SOFTEN_SESSION_FINISHED);
  g_signal_emit (self, signals[FINISHED], 0);
}

/* Makes @index the current step, beginning at @origin when running. */
void
_soften_session_set_step (SoftenSession *self, guint index, gint64 origin)
{
  self->step_index = index;
  self->step_origin = origin;
  self->step_base = 0;
  self->frozen_elapsed = 0;
  if (self->pace != 1.0)
    {
      self->pace = 1.0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACE]);
    }

  self->announced_phase = -1;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP_INDEX]);
  g_signal_emit (self, signals[STEP_CHANGED], 0);
  announce_phase (self);
}

/* A whole second or a breath's phase has gone by, while running. */
void
_soften_session_tick (SoftenSession *self)
{
  announce_phase (self);
  g_signal_emit (self, signals[TICK], 0);
}

static void
soften_session_dispose (GObject *object)
{
  SoftenSession *self = (SoftenSession *)object;

  if (self->clock != NULL)
    _soften_session_cancel_wakeup (self);

  g_clear_object (&self->exercise);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (soften_session_parent_class)->dispose (object);
}

static void
soften_session_finalize (GObject *object)
{
  SoftenSession *self = (SoftenSession *)object;

  g_clear_pointer (&self->responses, g_hash_table_unref);

  G_OBJECT_CLASS (soften_session_parent_class)->finalize (object);
}

static void
soften_session_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenSession *self = SOFTEN_SESSION (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_STEP_INDEX:
      g_value_set_uint (value, self->step_index);
      break;

    case PROP_AWAY:
      g_value_set_boolean (value, self->away);
      break;

    case PROP_PACE:
      g_value_set_double (value, self->pace);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_session_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SoftenSession *self = SOFTEN_SESSION (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      self->exercise = g_value_dup_object (value);
      break;

    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_session_class_init (SoftenSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = soften_session_dispose;
  object_class->finalize = soften_session_finalize;
  object_class->get_property = soften_session_get_property;
  object_class->set_property = soften_session_set_property;

  properties[PROP_EXERCISE]
      = g_param_spec_object ("exercise", NULL, NULL, SOFTEN_TYPE_EXERCISE,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK]
      = g_param_spec_object ("clock", NULL, NULL, SOFTEN_TYPE_CLOCK,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE]
      = g_param_spec_enum ("state", NULL, NULL, SOFTEN_TYPE_SESSION_STATE, SOFTEN_SESSION_READY,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEP_INDEX]
      = g_param_spec_uint ("step-index", NULL, NULL, 0, G_MAXUINT, 0,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* How fast the current step's time runs: 1.0 is as written. */
  properties[PROP_PACE] = g_param_spec_double (
      "pace", NULL, NULL, SOFTEN_SESSION_MIN_PACE, SOFTEN_SESSION_MAX_PACE, 1.0,
      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Paused because the computer was away: the process was stopped, or the
   * machine slept. Cleared when the session runs again, or ends. */
  properties[PROP_AWAY]
      = g_param_spec_boolean ("away", NULL, NULL, FALSE,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The current step is another one (or the same one, restarted). */
  signals[STEP_CHANGED] = g_signal_new ("step-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A breathing step has begun a new phase of the breath (or a new breath).
   * Emitted while running, and when a breathing step begins. */
  signals[PHASE_CHANGED] = g_signal_new ("phase-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A whole second of a timed step has passed: what a countdown or a breath
   * phase shows may have changed. Emitted only while running. */
  signals[TICK] = g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                NULL, G_TYPE_NONE, 0);
  /* The last step is done; emitted once per session. */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
soften_session_init (SoftenSession *self)
{
  self->announced_phase = -1;
  self->pace = 1.0;
  _soften_session_init_responses (self);
}

SoftenSession *
soften_session_new (SoftenExercise *exercise, SoftenClock *clock)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (soften_exercise_get_n_steps (exercise) > 0, NULL);
  g_return_val_if_fail (SOFTEN_IS_CLOCK (clock), NULL);

  return g_object_new (SOFTEN_TYPE_SESSION, "exercise", exercise, "clock", clock, NULL);
}

SoftenExercise *
soften_session_get_exercise (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), NULL);

  return self->exercise;
}

SoftenSessionState
soften_session_get_state (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), SOFTEN_SESSION_READY);

  return self->state;
}

/* Returns: whether the session is under way (running or paused) */
gboolean
soften_session_is_active (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), FALSE);

  return self->state == SOFTEN_SESSION_RUNNING || self->state == SOFTEN_SESSION_PAUSED;
}

guint
soften_session_get_step_index (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), 0);

  return self->step_index;
}

SoftenStep *
soften_session_get_step (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), NULL);

  return soften_exercise_get_step (self->exercise, self->step_index);
}

/* Microseconds into the current step, never past a timed step's end. */
gint64
soften_session_get_step_elapsed (SoftenSession *self)
{
  gint64 elapsed;
  gint64 duration;

  g_return_val_if_fail (SOFTEN_IS_SESSION (self), 0);

  if (self->state == SOFTEN_SESSION_RUNNING)
    elapsed = MAX (0, _soften_session_elapsed_at (self, soften_clock_get_time (self->clock)));
  else
    elapsed = self->frozen_elapsed;

  duration = _soften_session_step_duration (self);
  if (duration > 0)
    elapsed = MIN (elapsed, duration);

  return elapsed;
}

/* Microseconds left in a timed step; 0 for an untimed one. */
gint64
soften_session_get_step_remaining (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), 0);

  if (_soften_session_step_duration (self) == 0)
    return 0;

  return _soften_session_step_duration (self) - soften_session_get_step_elapsed (self);
}

/* How far through the current timed step, 0 to 1; 0 for an untimed one. */
double
soften_session_get_step_fraction (SoftenSession *self)
{
  gint64 duration;

  g_return_val_if_fail (SOFTEN_IS_SESSION (self), 0.0);

  if (self->state == SOFTEN_SESSION_FINISHED)
    return 1.0;

  duration = _soften_session_step_duration (self);
  if (duration == 0)
    return 0.0;

  return (double)soften_session_get_step_elapsed (self) / (double)duration;
}

/* How far through the whole exercise, 0 to 1: each step counts the same. */
double
soften_session_get_fraction (SoftenSession *self)
{
  guint n_steps;

  g_return_val_if_fail (SOFTEN_IS_SESSION (self), 0.0);

  if (self->state == SOFTEN_SESSION_FINISHED)
    return 1.0;

  n_steps = soften_exercise_get_n_steps (self->exercise);

  return (self->step_index + soften_session_get_step_fraction (self)) / n_steps;
}

/* Time spent in the session, pauses not counted. */
gint64
soften_session_get_active_usec (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), 0);

  if (self->state == SOFTEN_SESSION_RUNNING)
    return self->active_base + MAX (0, soften_clock_get_time (self->clock) - self->active_since);

  return self->active_base;
}

/* Returns: %FALSE if the current step is not a breathing step */
gboolean
soften_session_get_breath (SoftenSession *self, SoftenBreath *breath)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), FALSE);

  return soften_step_get_breath_at (soften_session_get_step (self),
                                    soften_session_get_step_elapsed (self), breath);
}

void
soften_session_start (SoftenSession *self)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));
  g_return_if_fail (self->state == SOFTEN_SESSION_READY);

  self->active_since = soften_clock_get_time (self->clock);
  set_state (self, SOFTEN_SESSION_RUNNING);
  _soften_session_set_step (self, 0, self->active_since);
  _soften_session_reschedule (self);
}

void
soften_session_pause (SoftenSession *self)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));

  _soften_session_pause_at (self, soften_clock_get_time (self->clock), FALSE);
}

/* Pauses a running session as it stood at @at (a clock time, not in the
 * future); @away says the computer was away (stopped, or asleep) since. */
void
_soften_session_pause_at (SoftenSession *self, gint64 at, gboolean away)
{
  if (self->state != SOFTEN_SESSION_RUNNING)
    return;

  self->frozen_elapsed = _soften_session_elapsed_at (self, at);
  stop_active (self, at);
  set_state (self, SOFTEN_SESSION_PAUSED);
  if (away)
    {
      self->away = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AWAY]);
    }
  _soften_session_reschedule (self);
}

void
soften_session_resume (SoftenSession *self)
{
  gint64 t;

  g_return_if_fail (SOFTEN_IS_SESSION (self));

  if (self->state != SOFTEN_SESSION_PAUSED)
    return;

  t = soften_clock_get_time (self->clock);
  self->step_origin = t;
  self->step_base = self->frozen_elapsed;
  self->active_since = t;
  set_state (self, SOFTEN_SESSION_RUNNING);
  _soften_session_reschedule (self);
}

void
soften_session_toggle_pause (SoftenSession *self)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));

  if (self->state == SOFTEN_SESSION_RUNNING)
    soften_session_pause (self);
  else if (self->state == SOFTEN_SESSION_PAUSED)
    soften_session_resume (self);
}

/* Moves to the start of @index; a paused session stays paused. */
static void
jump_to (SoftenSession *self, guint index)
{
  _soften_session_set_step (self, index, soften_clock_get_time (self->clock));
  _soften_session_reschedule (self);
}

/**
 * soften_session_next:
 *
 * Moves on to the next step (this is "Continue" on a step that waits), or
 * finishes the session from the last step.
 */
void
soften_session_next (SoftenSession *self)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));

  if (!soften_session_is_active (self))
    return;

  if (self->step_index + 1 >= soften_exercise_get_n_steps (self->exercise))
    _soften_session_finish_at (self, soften_clock_get_time (self->clock));
  else
    jump_to (self, self->step_index + 1);
}

/**
 * soften_session_previous:
 *
 * Goes back to the start of the previous step; on the first step, restarts it.
 */
void
soften_session_previous (SoftenSession *self)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));

  if (!soften_session_is_active (self))
    return;

  jump_to (self, self->step_index > 0 ? self->step_index - 1 : 0);
}

void
soften_session_restart_step (SoftenSession *self)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));

  if (!soften_session_is_active (self))
    return;

  jump_to (self, self->step_index);
}

/**
 * soften_session_stop:
 *
 * Ends the session early: it will not finish, and nothing is scheduled.
 */
void
soften_session_stop (SoftenSession *self)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));

  if (!soften_session_is_active (self) && self->state != SOFTEN_SESSION_READY)
    return;

  if (self->state == SOFTEN_SESSION_RUNNING)
    {
      self->frozen_elapsed = soften_session_get_step_elapsed (self);
      stop_active (self, soften_clock_get_time (self->clock));
    }

  set_state (self, SOFTEN_SESSION_STOPPED);
  _soften_session_reschedule (self);
}

double
soften_session_get_pace (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), 1.0);

  return self->pace;
}

/**
 * soften_session_set_pace:
 * @pace: how fast the current step's time runs, from
 *   %SOFTEN_SESSION_MIN_PACE to %SOFTEN_SESSION_MAX_PACE (1.0 as written)
 *
 * Slows down or speeds up the current step from now on; what has elapsed
 * stays as it is. The next step begins at 1.0 again. A breathing step
 * keeps to the paces that keep its breath calm (soften_step_limit_pace()).
 */
void
soften_session_set_pace (SoftenSession *self, double pace)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));

  pace = CLAMP (pace, SOFTEN_SESSION_MIN_PACE, SOFTEN_SESSION_MAX_PACE);
  pace = soften_step_limit_pace (soften_session_get_step (self), pace);
  if (pace == self->pace)
    return;

  if (self->state == SOFTEN_SESSION_RUNNING)
    {
      gint64 t = soften_clock_get_time (self->clock);

      self->step_base = _soften_session_elapsed_at (self, t);
      self->step_origin = t;
    }
  self->pace = pace;

  _soften_session_reschedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACE]);
}
