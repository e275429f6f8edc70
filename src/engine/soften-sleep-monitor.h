/* soften-sleep-monitor.h — says when the machine is about to sleep
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_SLEEP_MONITOR (soften_sleep_monitor_get_type ())

G_DECLARE_DERIVABLE_TYPE (SoftenSleepMonitor, soften_sleep_monitor, SOFTEN, SLEEP_MONITOR, GObject)

struct _SoftenSleepMonitorClass
{
  GObjectClass parent_class;
};

void soften_sleep_monitor_emit_sleeping (SoftenSleepMonitor *self);

#define SOFTEN_TYPE_LOGIND_SLEEP_MONITOR (soften_logind_sleep_monitor_get_type ())

G_DECLARE_FINAL_TYPE (SoftenLogindSleepMonitor,
                      soften_logind_sleep_monitor,
                      SOFTEN,
                      LOGIND_SLEEP_MONITOR,
                      SoftenSleepMonitor)

SoftenSleepMonitor *soften_logind_sleep_monitor_new (void);

#define SOFTEN_TYPE_FAKE_SLEEP_MONITOR (soften_fake_sleep_monitor_get_type ())

G_DECLARE_FINAL_TYPE (SoftenFakeSleepMonitor,
                      soften_fake_sleep_monitor,
                      SOFTEN,
                      FAKE_SLEEP_MONITOR,
                      SoftenSleepMonitor)

SoftenSleepMonitor *soften_fake_sleep_monitor_new (void);

G_END_DECLS
