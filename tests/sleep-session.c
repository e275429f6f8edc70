/* sleep-session.c — a session that follows logind, for test-sleep.py
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs a one-minute session on a fake clock with the real logind sleep
 * monitor, as SoftenPractice does, on whatever system bus
 * DBUS_SYSTEM_BUS_ADDRESS names. Prints "running", then, when the session
 * pauses itself, "paused away active=SECONDS" and exits 0; exits 1 if that
 * has not happened in 20 seconds.
 */

#include "config.h"

#include <stdio.h>

#include "engine/soften-fake-clock.h"
#include "engine/soften-session.h"
#include "engine/soften-sleep-monitor.h"

static void
away_cb (SoftenSession *session, GParamSpec *pspec, GMainLoop *loop)
{
  if (!soften_session_get_away (session))
    return;

  printf ("paused away active=%" G_GINT64_FORMAT "\n",
          soften_session_get_active_usec (session) / G_USEC_PER_SEC);
  fflush (stdout);
  g_main_loop_quit (loop);
}

static gboolean
give_up_cb (gpointer data)
{
  printf ("never paused\n");
  exit (1);
}

int
main (void)
{
  g_autoptr (SoftenClock)    clock = soften_fake_clock_new ();
  g_autoptr (SoftenExercise) exercise
      = soften_exercise_new ("minute", "A minute", SOFTEN_CATEGORY_BREATHING);
  g_autoptr (SoftenStep)         step = soften_step_new_instruction ("Settle.", 60);
  g_autoptr (SoftenSleepMonitor) monitor = soften_logind_sleep_monitor_new ();
  g_autoptr (SoftenSession)      session = NULL;
  g_autoptr (GMainLoop)          loop = g_main_loop_new (NULL, FALSE);

  soften_exercise_add_step (exercise, step);
  session = soften_session_new (exercise, clock);
  soften_session_follow_sleep (session, monitor);
  g_signal_connect (session, "notify::away", G_CALLBACK (away_cb), loop);

  soften_session_start (session);
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (clock), 7 * G_USEC_PER_SEC);
  printf ("running\n");
  fflush (stdout);

  g_timeout_add_seconds (20, give_up_cb, NULL);
  g_main_loop_run (loop);

  return soften_session_get_state (session) == SOFTEN_SESSION_PAUSED ? 0 : 1;
}
