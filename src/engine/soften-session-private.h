/* soften-session-private.h — what the files of SoftenSession share
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SoftenSession is written in three files: soften-session.c (the state
 * machine, its properties and signals), soften-session-wakeups.c (time and
 * the one wake-up) and soften-session-responses.c (the answers kept with it).
 */

#pragma once

#include "soften-session.h"

G_BEGIN_DECLS

struct _SoftenSession
{
  GObject parent_instance;

  SoftenExercise *exercise;
  SoftenClock    *clock;

  SoftenSessionState state;
  guint              step_index;
  /* While running: the step's elapsed time was @step_base at @step_origin,
   * and grows by @pace for each microsecond of the clock. */
  gint64 step_origin;
  gint64 step_base;
  double pace;
  /* While not running: the step's elapsed time. */
  gint64 frozen_elapsed;
  /* Time spent running, not counting pauses: base + (now - since). */
  gint64 active_base;
  gint64 active_since;

  guint wakeup_id;
  /* Whether a timed step that runs out waits, at its end, until this is
   * released (a voice still speaking its words). */
  gboolean end_held;
  /* When the scheduled wake-up is due, to tell a stall from a late one. */
  gint64 wakeup_due;
  /* Paused because the computer was away (see "away"). */
  gboolean away;

  /* The breath last announced with "phase-changed", or -1. */
  int   announced_phase;
  guint announced_cycle;

  /* What the person answered in check-ins: key → GVariant. */
  GHashTable *responses;
};

/* For tests only. */
double soften_session_get_step_fraction (SoftenSession *self);

/* soften-session.c */
void _soften_session_set_step (SoftenSession *self, guint index, gint64 origin);
void _soften_session_finish_at (SoftenSession *self, gint64 at);
void _soften_session_tick (SoftenSession *self);
void _soften_session_pause_at (SoftenSession *self, gint64 at, gboolean away);

/* soften-session-wakeups.c */
gint64 _soften_session_elapsed_at (SoftenSession *self, gint64 t);
gint64 _soften_session_step_duration (SoftenSession *self);
void   _soften_session_reschedule (SoftenSession *self);
void   _soften_session_cancel_wakeup (SoftenSession *self);
void   _soften_session_catch_up (SoftenSession *self, gint64 t);

/* soften-session-responses.c */
void _soften_session_init_responses (SoftenSession *self);

G_END_DECLS
