/* soften-sleep-monitor.c — says when the machine is about to sleep
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A suspend stops the monotonic clock, so a session cannot see it as a
 * late wake-up: a monitor tells it instead, with "sleeping", emitted just
 * before the machine sleeps. The real one listens to logind
 * (soften-logind-sleep-monitor.c); the fake one, for tests
 * (soften-fake-sleep-monitor.c), is made to say so by
 * soften_sleep_monitor_emit_sleeping().
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-sleep-monitor.h"

G_DEFINE_ABSTRACT_TYPE (SoftenSleepMonitor, soften_sleep_monitor, G_TYPE_OBJECT)

enum
{
  SLEEPING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
soften_sleep_monitor_class_init (SoftenSleepMonitorClass *klass)
{
  /* The machine is about to sleep. */
  signals[SLEEPING] = g_signal_new ("sleeping", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
soften_sleep_monitor_init (SoftenSleepMonitor *self)
{
}

void
soften_sleep_monitor_emit_sleeping (SoftenSleepMonitor *self)
{
  g_return_if_fail (SOFTEN_IS_SLEEP_MONITOR (self));

  g_signal_emit (self, signals[SLEEPING], 0);
}
