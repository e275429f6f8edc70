/* soften-session.h — the player's state machine
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "soften-clock.h"
#include "soften-enums.h"
#include "soften-exercise.h"
#include "soften-sleep-monitor.h"

G_BEGIN_DECLS

typedef enum
{
  SOFTEN_SESSION_READY,
  SOFTEN_SESSION_RUNNING,
  SOFTEN_SESSION_PAUSED,
  SOFTEN_SESSION_FINISHED,
  SOFTEN_SESSION_STOPPED,
} SoftenSessionState;

/* The pace of a step, for a therapist presenting: half to twice as fast. */
#define SOFTEN_SESSION_MIN_PACE 0.5
#define SOFTEN_SESSION_MAX_PACE 2.0
/* A wake-up this late means the process was stopped: the session pauses. */
#define SOFTEN_SESSION_STALL_USEC (5 * G_USEC_PER_SEC)

#define SOFTEN_TYPE_SESSION (soften_session_get_type ())

G_DECLARE_FINAL_TYPE (SoftenSession, soften_session, SOFTEN, SESSION, GObject)

SoftenSession     *soften_session_new (SoftenExercise *exercise, SoftenClock *clock);
SoftenExercise    *soften_session_get_exercise (SoftenSession *self);
SoftenSessionState soften_session_get_state (SoftenSession *self);
gboolean           soften_session_is_active (SoftenSession *self);
guint              soften_session_get_step_index (SoftenSession *self);
SoftenStep        *soften_session_get_step (SoftenSession *self);
gint64             soften_session_get_step_elapsed (SoftenSession *self);
gint64             soften_session_get_step_remaining (SoftenSession *self);
double             soften_session_get_fraction (SoftenSession *self);
gint64             soften_session_get_active_usec (SoftenSession *self);
gboolean           soften_session_get_breath (SoftenSession *self, SoftenBreath *breath);

void     soften_session_start (SoftenSession *self);
void     soften_session_pause (SoftenSession *self);
void     soften_session_resume (SoftenSession *self);
void     soften_session_toggle_pause (SoftenSession *self);
void     soften_session_next (SoftenSession *self);
void     soften_session_previous (SoftenSession *self);
void     soften_session_restart_step (SoftenSession *self);
void     soften_session_stop (SoftenSession *self);
void     soften_session_pause_away (SoftenSession *self);
gboolean soften_session_get_away (SoftenSession *self);
void     soften_session_follow_sleep (SoftenSession *self, SoftenSleepMonitor *monitor);

void     soften_session_set_step_end_held (SoftenSession *self, gboolean held);
gboolean soften_session_get_step_end_held (SoftenSession *self);

double soften_session_get_pace (SoftenSession *self);
void   soften_session_set_pace (SoftenSession *self, double pace);

void      soften_session_set_response (SoftenSession *self, const char *key, GVariant *value);
GVariant *soften_session_get_response (SoftenSession *self, const char *key);
GVariant *soften_session_dup_responses (SoftenSession *self);
GVariant *soften_session_dup_check_in_answers (SoftenSession *self);

G_END_DECLS
