/* soften-fake-sleep-monitor.c — a machine that sleeps when a test says so
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-sleep-monitor.h"

struct _SoftenFakeSleepMonitor
{
  SoftenSleepMonitor parent_instance;
};

G_DEFINE_FINAL_TYPE (SoftenFakeSleepMonitor, soften_fake_sleep_monitor, SOFTEN_TYPE_SLEEP_MONITOR)

static void
soften_fake_sleep_monitor_class_init (SoftenFakeSleepMonitorClass *klass)
{
}

static void
soften_fake_sleep_monitor_init (SoftenFakeSleepMonitor *self)
{
}

SoftenSleepMonitor *
soften_fake_sleep_monitor_new (void)
{
  return g_object_new (SOFTEN_TYPE_FAKE_SLEEP_MONITOR, NULL);
}
