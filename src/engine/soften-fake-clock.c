/* soften-fake-clock.c — a clock that moves only when told to, for tests
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * soften_fake_clock_advance() walks time forward through every wake-up that
 * falls due on the way, in deadline order, setting the time to each deadline
 * before calling it. A twenty-minute session therefore runs in a few
 * microseconds and every callback sees exactly the time it asked for.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-fake-clock-private.h"

/* Not zero, so that code which treats 0 as "unset" is caught out. */
#define START_TIME (1000 * G_USEC_PER_SEC)

typedef struct
{
  guint           id;
  gint64          deadline;
  SoftenClockFunc func;
  gpointer        user_data;
} Wakeup;

struct _SoftenFakeClock
{
  SoftenClock parent_instance;

  gint64  now;
  guint   last_id;
  GArray *wakeups; /* of Wakeup, unordered */
};

G_DEFINE_FINAL_TYPE (SoftenFakeClock, soften_fake_clock, SOFTEN_TYPE_CLOCK)

static gint64
soften_fake_clock_get_time (SoftenClock *clock)
{
  return SOFTEN_FAKE_CLOCK (clock)->now;
}

static guint
soften_fake_clock_schedule (SoftenClock    *clock,
                            gint64          deadline,
                            SoftenClockFunc func,
                            gpointer        user_data)
{
  SoftenFakeClock *self = SOFTEN_FAKE_CLOCK (clock);
  Wakeup           wakeup = { ++self->last_id, deadline, func, user_data };

  g_array_append_val (self->wakeups, wakeup);

  return wakeup.id;
}

static void
soften_fake_clock_cancel (SoftenClock *clock, guint id)
{
  SoftenFakeClock *self = SOFTEN_FAKE_CLOCK (clock);

  for (guint i = 0; i < self->wakeups->len; i++)
    {
      if (g_array_index (self->wakeups, Wakeup, i).id == id)
        {
          g_array_remove_index_fast (self->wakeups, i);
          return;
        }
    }
}

/* The earliest wake-up due at or before @until (ties go to the first
 * scheduled), or -1. */
static int
find_due (SoftenFakeClock *self, gint64 until)
{
  int best = -1;

  for (guint i = 0; i < self->wakeups->len; i++)
    {
      const Wakeup *w = &g_array_index (self->wakeups, Wakeup, i);
      const Wakeup *b = best >= 0 ? &g_array_index (self->wakeups, Wakeup, best) : NULL;

      if (w->deadline > until)
        continue;
      if (b == NULL || w->deadline < b->deadline || (w->deadline == b->deadline && w->id < b->id))
        best = i;
    }

  return best;
}

static void
soften_fake_clock_finalize (GObject *object)
{
  SoftenFakeClock *self = (SoftenFakeClock *)object;

  g_clear_pointer (&self->wakeups, g_array_unref);

  G_OBJECT_CLASS (soften_fake_clock_parent_class)->finalize (object);
}

static void
soften_fake_clock_class_init (SoftenFakeClockClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  SoftenClockClass *clock_class = SOFTEN_CLOCK_CLASS (klass);

  object_class->finalize = soften_fake_clock_finalize;

  clock_class->get_time = soften_fake_clock_get_time;
  clock_class->schedule = soften_fake_clock_schedule;
  clock_class->cancel = soften_fake_clock_cancel;
}

static void
soften_fake_clock_init (SoftenFakeClock *self)
{
  self->now = START_TIME;
  self->wakeups = g_array_new (FALSE, FALSE, sizeof (Wakeup));
}

SoftenClock *
soften_fake_clock_new (void)
{
  return g_object_new (SOFTEN_TYPE_FAKE_CLOCK, NULL);
}

/**
 * soften_fake_clock_advance:
 * @usec: how far to move, in microseconds (not negative: the clock is monotonic)
 *
 * Moves time forward, running every wake-up that falls due on the way.
 */
void
soften_fake_clock_advance (SoftenFakeClock *self, gint64 usec)
{
  gint64 target;
  int    due;

  g_return_if_fail (SOFTEN_IS_FAKE_CLOCK (self));
  g_return_if_fail (usec >= 0);

  target = self->now + usec;

  g_object_ref (self);

  while ((due = find_due (self, target)) >= 0)
    {
      Wakeup wakeup = g_array_index (self->wakeups, Wakeup, due);

      g_array_remove_index_fast (self->wakeups, due);
      self->now = MAX (self->now, wakeup.deadline);
      wakeup.func (wakeup.user_data);
    }

  self->now = target;

  g_object_unref (self);
}

/**
 * soften_fake_clock_jump:
 * @usec: how far to move, in microseconds (not negative)
 *
 * Moves time forward at once, as a suspended machine or a stopped process
 * sees it: nothing runs on the way; the wake-ups now overdue run late, at
 * the next soften_fake_clock_advance().
 */
void
soften_fake_clock_jump (SoftenFakeClock *self, gint64 usec)
{
  g_return_if_fail (SOFTEN_IS_FAKE_CLOCK (self));
  g_return_if_fail (usec >= 0);

  self->now += usec;
}

guint
soften_fake_clock_get_n_pending (SoftenFakeClock *self)
{
  g_return_val_if_fail (SOFTEN_IS_FAKE_CLOCK (self), 0);

  return self->wakeups->len;
}

/* Returns: the earliest pending deadline, or -1 when nothing is scheduled */
gint64
soften_fake_clock_get_next_wakeup (SoftenFakeClock *self)
{
  int next;

  g_return_val_if_fail (SOFTEN_IS_FAKE_CLOCK (self), -1);

  next = find_due (self, G_MAXINT64);

  return next >= 0 ? g_array_index (self->wakeups, Wakeup, next).deadline : -1;
}
