/* soften-clock.c — where a session gets its time and its wake-ups
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times are monotonic microseconds. A wake-up is scheduled for an absolute
 * time, so whoever schedules it computes from the clock rather than counting
 * ticks. SoftenRealClock uses g_get_monotonic_time() and the main loop;
 * SoftenFakeClock only moves when a test tells it to.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-clock.h"

G_DEFINE_ABSTRACT_TYPE (SoftenClock, soften_clock, G_TYPE_OBJECT)

static void
soften_clock_class_init (SoftenClockClass *klass)
{
}

static void
soften_clock_init (SoftenClock *self)
{
}

/**
 * soften_clock_get_time:
 *
 * Returns: the current monotonic time in microseconds
 */
gint64
soften_clock_get_time (SoftenClock *self)
{
  g_return_val_if_fail (SOFTEN_IS_CLOCK (self), 0);

  return SOFTEN_CLOCK_GET_CLASS (self)->get_time (self);
}

/**
 * soften_clock_schedule:
 * @deadline: when to call @func, in the clock's microseconds
 *
 * Calls @func once, as soon as the clock reaches @deadline (never before).
 *
 * Returns: an id for soften_clock_cancel(), never 0
 */
guint
soften_clock_schedule (SoftenClock *self, gint64 deadline, SoftenClockFunc func, gpointer user_data)
{
  g_return_val_if_fail (SOFTEN_IS_CLOCK (self), 0);
  g_return_val_if_fail (func != NULL, 0);

  return SOFTEN_CLOCK_GET_CLASS (self)->schedule (self, deadline, func, user_data);
}

void
soften_clock_cancel (SoftenClock *self, guint id)
{
  g_return_if_fail (SOFTEN_IS_CLOCK (self));
  g_return_if_fail (id != 0);

  SOFTEN_CLOCK_GET_CLASS (self)->cancel (self, id);
}
