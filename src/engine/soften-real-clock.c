/* soften-real-clock.c — the monotonic clock and the main loop
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A wake-up is a GSource with a ready time: the main loop dispatches it at
 * the first iteration at or after the deadline, with microsecond precision
 * (a g_timeout_add() in milliseconds is rounded and was seen to lose ticks).
 *
 * A clock with a rate above 1 runs that many times faster than the monotonic
 * clock from the moment it is made: the benchmark runs a long exercise in
 * a fraction of its time with it.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <math.h>

#include "soften-real-clock.h"

struct _SoftenRealClock
{
  SoftenClock parent_instance;

  GHashTable *sources; /* id → GSource */

  /* Clock time runs @rate times as fast as monotonic time from @origin. */
  double rate;
  gint64 origin;
};

G_DEFINE_FINAL_TYPE (SoftenRealClock, soften_real_clock, SOFTEN_TYPE_CLOCK)

typedef struct
{
  GSource          source;
  SoftenRealClock *clock;
  SoftenClockFunc  func;
  gpointer         user_data;
} WakeupSource;

static gboolean
wakeup_dispatch (GSource *source, GSourceFunc callback, gpointer user_data)
{
  WakeupSource   *wakeup = (WakeupSource *)source;
  SoftenClockFunc func = wakeup->func;
  gpointer        data = wakeup->user_data;

  /* Forget it before calling, so that the callback may schedule again. */
  g_hash_table_remove (wakeup->clock->sources, GUINT_TO_POINTER (g_source_get_id (source)));
  func (data);

  return G_SOURCE_REMOVE;
}

static GSourceFuncs wakeup_funcs = {
  .dispatch = wakeup_dispatch,
};

static void
destroy_source (gpointer data)
{
  GSource *source = data;

  g_source_destroy (source);
  g_source_unref (source);
}

static gint64
soften_real_clock_get_time (SoftenClock *clock)
{
  SoftenRealClock *self = SOFTEN_REAL_CLOCK (clock);
  gint64           monotonic = g_get_monotonic_time ();

  if (self->rate == 1.0)
    return monotonic;

  return self->origin + (gint64)floor ((monotonic - self->origin) * self->rate);
}

/* The monotonic time at which clock time reaches @deadline. */
static gint64
monotonic_at (SoftenRealClock *self, gint64 deadline)
{
  if (self->rate == 1.0)
    return deadline;

  return self->origin + (gint64)ceil ((deadline - self->origin) / self->rate);
}

static guint
soften_real_clock_schedule (SoftenClock    *clock,
                            gint64          deadline,
                            SoftenClockFunc func,
                            gpointer        user_data)
{
  SoftenRealClock *self = SOFTEN_REAL_CLOCK (clock);
  GSource         *source;
  WakeupSource    *wakeup;
  guint            id;

  source = g_source_new (&wakeup_funcs, sizeof (WakeupSource));
  wakeup = (WakeupSource *)source;
  wakeup->clock = self;
  wakeup->func = func;
  wakeup->user_data = user_data;
  g_source_set_name (source, "[soften] clock wake-up");
  g_source_set_ready_time (source, MAX (monotonic_at (self, deadline), 0));
  id = g_source_attach (source, NULL);
  g_hash_table_insert (self->sources, GUINT_TO_POINTER (id), source);

  return id;
}

static void
soften_real_clock_cancel (SoftenClock *clock, guint id)
{
  SoftenRealClock *self = SOFTEN_REAL_CLOCK (clock);

  g_hash_table_remove (self->sources, GUINT_TO_POINTER (id));
}

static void
soften_real_clock_dispose (GObject *object)
{
  SoftenRealClock *self = (SoftenRealClock *)object;

  g_hash_table_remove_all (self->sources);

  G_OBJECT_CLASS (soften_real_clock_parent_class)->dispose (object);
}

static void
soften_real_clock_finalize (GObject *object)
{
  SoftenRealClock *self = (SoftenRealClock *)object;

  g_clear_pointer (&self->sources, g_hash_table_unref);

  G_OBJECT_CLASS (soften_real_clock_parent_class)->finalize (object);
}

static void
soften_real_clock_class_init (SoftenRealClockClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  SoftenClockClass *clock_class = SOFTEN_CLOCK_CLASS (klass);

  object_class->dispose = soften_real_clock_dispose;
  object_class->finalize = soften_real_clock_finalize;

  clock_class->get_time = soften_real_clock_get_time;
  clock_class->schedule = soften_real_clock_schedule;
  clock_class->cancel = soften_real_clock_cancel;
}

static void
soften_real_clock_init (SoftenRealClock *self)
{
  self->sources = g_hash_table_new_full (NULL, NULL, NULL, destroy_source);
  self->rate = 1.0;
  self->origin = g_get_monotonic_time ();
}

SoftenClock *
soften_real_clock_new (void)
{
  return g_object_new (SOFTEN_TYPE_REAL_CLOCK, NULL);
}

/**
 * soften_real_clock_new_with_rate:
 * @rate: how many times faster than real time the clock runs, 1 or more
 *
 * For benchmarks: a long session runs in a fraction of its time.
 */
SoftenClock *
soften_real_clock_new_with_rate (double rate)
{
  SoftenRealClock *self;

  g_return_val_if_fail (rate >= 1.0, NULL);

  self = g_object_new (SOFTEN_TYPE_REAL_CLOCK, NULL);
  self->rate = rate;

  return SOFTEN_CLOCK (self);
}
