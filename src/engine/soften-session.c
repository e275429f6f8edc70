/* soften-session.c — the player's state machine
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
 * late wake-ups never add up to drift. The pace (50–200 %, for a therapist
 * presenting) belongs to the current step and is back to 100 % at the next.
 *
 * While running, exactly one wake-up is scheduled: for the next whole second
 * of the step (what a countdown or a breath phase shows changes only then) or
 * the end of the step, whichever comes first. A paused session, or one waiting
 * on an untimed step for the person to continue, schedules none.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "soften-session.h"

struct _SoftenSession
{
  GObject             parent_instance;

  SoftenExercise     *exercise;
  SoftenClock        *clock;

  SoftenSessionState  state;
  guint               step_index;
  /* While running: the step's elapsed time was @step_base at @step_origin,
   * and grows by @pace for each microsecond of the clock. */
  gint64              step_origin;
  gint64              step_base;
  double              pace;
  /* While not running: the step's elapsed time. */
  gint64              frozen_elapsed;
  /* Time spent running, not counting pauses: base + (now - since). */
  gint64              active_base;
  gint64              active_since;

  guint               wakeup_id;

  /* The breath last announced with "phase-changed", or -1. */
  int                 announced_phase;
  guint               announced_cycle;

  /* What the person answered in check-ins: key → GVariant. */
  GHashTable         *responses;
};

G_DEFINE_FINAL_TYPE (SoftenSession, soften_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EXERCISE,
  PROP_CLOCK,
  PROP_STATE,
  PROP_STEP_INDEX,
  PROP_PACE,
  N_PROPS
};

enum {
  STEP_CHANGED,
  PHASE_CHANGED,
  TICK,
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void reschedule (SoftenSession *self);

static int
compare_keys (const void *a,
              const void *b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}
static void cancel_wakeup (SoftenSession *self);
static void announce_phase (SoftenSession *self);

static gint64
now (SoftenSession *self)
{
  return soften_clock_get_time (self->clock);
}

/* The running step's elapsed time at clock time @t. */
static gint64
elapsed_at (SoftenSession *self,
            gint64         t)
{
  if (self->pace == 1.0)
    return self->step_base + (t - self->step_origin);

  return self->step_base + (gint64)floor ((t - self->step_origin) * self->pace);
}

/* The first clock time at which the running step's elapsed time reaches
 * @elapsed. */
static gint64
time_at (SoftenSession *self,
         gint64         elapsed)
{
  if (self->pace == 1.0)
    return self->step_origin + (elapsed - self->step_base);

  return self->step_origin + (gint64)ceil ((elapsed - self->step_base) / self->pace);
}

static gint64
step_duration (SoftenSession *self)
{
  return soften_step_get_duration_usec (soften_session_get_step (self));
}

static void
set_state (SoftenSession      *self,
           SoftenSessionState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* Stops counting active time at @at (a clock time). */
static void
stop_active (SoftenSession *self,
             gint64         at)
{
  self->active_base += MAX (0, at - self->active_since);
}

static void
finish_at (SoftenSession *self,
           gint64         at)
{
  if (self->state == SOFTEN_SESSION_RUNNING)
    stop_active (self, at);

  self->frozen_elapsed = step_duration (self);
  cancel_wakeup (self);
  set_state (self, SOFTEN_SESSION_FINISHED);
  g_signal_emit (self, signals[FINISHED], 0);
}

/* Makes @index the current step, beginning at @origin when running. */
static void
set_step (SoftenSession *self,
          guint          index,
          gint64         origin)
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

static void
on_wakeup (gpointer user_data)
{
  SoftenSession *self = user_data;
  gint64 t;

  self->wakeup_id = 0;

  g_return_if_fail (self->state == SOFTEN_SESSION_RUNNING);

  t = now (self);

  g_object_ref (self);

  /* Move over every timed step that has run out (more than one if the
   * process was stopped for a while), each starting where the last ended. */
  while (self->state == SOFTEN_SESSION_RUNNING)
    {
      gint64 duration = step_duration (self);
      gint64 boundary;

      if (duration == 0 || elapsed_at (self, t) < duration)
        break;

      boundary = time_at (self, duration);

      if (self->step_index + 1 >= soften_exercise_get_n_steps (self->exercise))
        finish_at (self, boundary);
      else
        set_step (self, self->step_index + 1, boundary);
    }

  if (self->state == SOFTEN_SESSION_RUNNING)
    {
      announce_phase (self);
      g_signal_emit (self, signals[TICK], 0);
      reschedule (self);
    }

  g_object_unref (self);
}

static void
reschedule (SoftenSession *self)
{
  gint64 duration;
  gint64 elapsed;
  gint64 next;

  cancel_wakeup (self);

  if (self->state != SOFTEN_SESSION_RUNNING)
    return;

  duration = step_duration (self);
  if (duration == 0)
    return;

  elapsed = soften_session_get_step_elapsed (self);
  next = (elapsed / G_USEC_PER_SEC + 1) * G_USEC_PER_SEC;
  /* Breath phases need not fall on whole seconds (5.5 s in, 5.5 s out). */
  if (soften_step_get_next_phase_change (soften_session_get_step (self), elapsed) > elapsed)
    next = MIN (next, soften_step_get_next_phase_change (soften_session_get_step (self), elapsed));
  next = MIN (next, duration);

  self->wakeup_id = soften_clock_schedule (self->clock, time_at (self, next),
                                           on_wakeup, self);
}

static void
cancel_wakeup (SoftenSession *self)
{
  if (self->wakeup_id != 0)
    {
      soften_clock_cancel (self->clock, self->wakeup_id);
      self->wakeup_id = 0;
    }
}

static void
soften_session_dispose (GObject *object)
{
  SoftenSession *self = (SoftenSession *)object;

  if (self->clock != NULL)
    cancel_wakeup (self);

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
soften_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
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

    case PROP_PACE:
      g_value_set_double (value, self->pace);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_session_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
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

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, SOFTEN_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, SOFTEN_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       SOFTEN_TYPE_SESSION_STATE, SOFTEN_SESSION_READY,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEP_INDEX] =
    g_param_spec_uint ("step-index", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* How fast the current step's time runs: 1.0 is as written. */
  properties[PROP_PACE] =
    g_param_spec_double ("pace", NULL, NULL,
                         SOFTEN_SESSION_MIN_PACE, SOFTEN_SESSION_MAX_PACE, 1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The current step is another one (or the same one, restarted). */
  signals[STEP_CHANGED] =
    g_signal_new ("step-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A breathing step has begun a new phase of the breath (or a new breath).
   * Emitted while running, and when a breathing step begins. */
  signals[PHASE_CHANGED] =
    g_signal_new ("phase-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A whole second of a timed step has passed: what a countdown or a breath
   * phase shows may have changed. Emitted only while running. */
  signals[TICK] =
    g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The last step is done; emitted once per session. */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
soften_session_init (SoftenSession *self)
{
  self->announced_phase = -1;
  self->pace = 1.0;
  self->responses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify)g_variant_unref);
}

SoftenSession *
soften_session_new (SoftenExercise *exercise,
                    SoftenClock    *clock)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (soften_exercise_get_n_steps (exercise) > 0, NULL);
  g_return_val_if_fail (SOFTEN_IS_CLOCK (clock), NULL);

  return g_object_new (SOFTEN_TYPE_SESSION,
                       "exercise", exercise,
                       "clock", clock,
                       NULL);
}

SoftenExercise *
soften_session_get_exercise (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), NULL);

  return self->exercise;
}

SoftenClock *
soften_session_get_clock (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), NULL);

  return self->clock;
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
    elapsed = MAX (0, elapsed_at (self, now (self)));
  else
    elapsed = self->frozen_elapsed;

  duration = step_duration (self);
  if (duration > 0)
    elapsed = MIN (elapsed, duration);

  return elapsed;
}

/* Microseconds left in a timed step; 0 for an untimed one. */
gint64
soften_session_get_step_remaining (SoftenSession *self)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), 0);

  return step_duration (self) - (step_duration (self) > 0 ? soften_session_get_step_elapsed (self) : 0);
}

/* How far through the current timed step, 0 to 1; 0 for an untimed one. */
double
soften_session_get_step_fraction (SoftenSession *self)
{
  gint64 duration;

  g_return_val_if_fail (SOFTEN_IS_SESSION (self), 0.0);

  if (self->state == SOFTEN_SESSION_FINISHED)
    return 1.0;

  duration = step_duration (self);
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
    return self->active_base + MAX (0, now (self) - self->active_since);

  return self->active_base;
}

/* Returns: %FALSE if the current step is not a breathing step */
gboolean
soften_session_get_breath (SoftenSession *self,
                           SoftenBreath  *breath)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), FALSE);

  return soften_step_get_breath_at (soften_session_get_step (self),
                                    soften_session_get_step_elapsed (self),
                                    breath);
}

void
soften_session_start (SoftenSession *self)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));
  g_return_if_fail (self->state == SOFTEN_SESSION_READY);

  self->active_since = now (self);
  set_state (self, SOFTEN_SESSION_RUNNING);
  set_step (self, 0, self->active_since);
  reschedule (self);
}

void
soften_session_pause (SoftenSession *self)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));

  if (self->state != SOFTEN_SESSION_RUNNING)
    return;

  self->frozen_elapsed = soften_session_get_step_elapsed (self);
  stop_active (self, now (self));
  set_state (self, SOFTEN_SESSION_PAUSED);
  reschedule (self);
}

void
soften_session_resume (SoftenSession *self)
{
  gint64 t;

  g_return_if_fail (SOFTEN_IS_SESSION (self));

  if (self->state != SOFTEN_SESSION_PAUSED)
    return;

  t = now (self);
  self->step_origin = t;
  self->step_base = self->frozen_elapsed;
  self->active_since = t;
  set_state (self, SOFTEN_SESSION_RUNNING);
  reschedule (self);
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
jump_to (SoftenSession *self,
         guint          index)
{
  set_step (self, index, now (self));
  reschedule (self);
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
    finish_at (self, now (self));
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
      stop_active (self, now (self));
    }

  set_state (self, SOFTEN_SESSION_STOPPED);
  reschedule (self);
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
 * stays as it is. The next step begins at 1.0 again.
 */
void
soften_session_set_pace (SoftenSession *self,
                         double         pace)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));

  pace = CLAMP (pace, SOFTEN_SESSION_MIN_PACE, SOFTEN_SESSION_MAX_PACE);
  if (pace == self->pace)
    return;

  if (self->state == SOFTEN_SESSION_RUNNING)
    {
      gint64 t = now (self);

      self->step_base = elapsed_at (self, t);
      self->step_origin = t;
    }
  self->pace = pace;

  reschedule (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACE]);
}

/**
 * soften_session_set_response:
 * @key: what was asked, e.g. "tension-before" (see soften_step_dup_response_key())
 * @value: (nullable): the answer, e.g. an int32 or a string id; %NULL to forget it
 *
 * Keeps a check-in's answer with the session, to be recorded with it. Only
 * numbers and ids belong here: never anything a person wrote.
 */
void
soften_session_set_response (SoftenSession *self,
                             const char    *key,
                             GVariant      *value)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));
  g_return_if_fail (key != NULL);

  if (value == NULL)
    g_hash_table_remove (self->responses, key);
  else
    g_hash_table_replace (self->responses, g_strdup (key), g_variant_ref_sink (value));
}

/**
 * soften_session_get_response:
 *
 * Returns: (transfer none) (nullable): the answer kept under @key
 */
GVariant *
soften_session_get_response (SoftenSession *self,
                             const char    *key)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (self->responses, key);
}

/**
 * soften_session_dup_responses:
 *
 * Returns: (transfer full): every answer, as a{sv} sorted by key
 */
GVariant *
soften_session_dup_responses (SoftenSession *self)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  g_autofree const char **keys = NULL;
  guint n_keys;

  g_return_val_if_fail (SOFTEN_IS_SESSION (self), NULL);

  keys = (const char **)g_hash_table_get_keys_as_array (self->responses, &n_keys);
  qsort (keys, n_keys, sizeof (char *), compare_keys);

  for (guint i = 0; i < n_keys; i++)
    g_variant_builder_add (&builder, "{sv}", keys[i], g_hash_table_lookup (self->responses, keys[i]));

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}
