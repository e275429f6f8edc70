/* soften-clock.h — where a session gets its time and its wake-ups
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_CLOCK (soften_clock_get_type ())

G_DECLARE_DERIVABLE_TYPE (SoftenClock, soften_clock, SOFTEN, CLOCK, GObject)

typedef void (*SoftenClockFunc) (gpointer user_data);

struct _SoftenClockClass
{
  GObjectClass parent_class;

  gint64 (*get_time) (SoftenClock *self);
  guint (*schedule) (SoftenClock *self, gint64 deadline, SoftenClockFunc func, gpointer user_data);
  void (*cancel) (SoftenClock *self, guint id);
};

gint64 soften_clock_get_time (SoftenClock *self);
guint  soften_clock_schedule (SoftenClock    *self,
                              gint64          deadline,
                              SoftenClockFunc func,
                              gpointer        user_data);
void   soften_clock_cancel (SoftenClock *self, guint id);

G_END_DECLS
