/* soften-fake-clock-private.h — what tests ask a fake clock about its wake-ups
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For tests only: nothing in the app calls these.
 */

#pragma once

#include "soften-fake-clock.h"

G_BEGIN_DECLS

guint  soften_fake_clock_get_n_pending (SoftenFakeClock *self);
gint64 soften_fake_clock_get_next_wakeup (SoftenFakeClock *self);

G_END_DECLS
