/* soften-fake-clock.h — a clock that moves only when told to, for tests
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-clock.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_FAKE_CLOCK (soften_fake_clock_get_type ())

G_DECLARE_FINAL_TYPE (SoftenFakeClock, soften_fake_clock, SOFTEN, FAKE_CLOCK, SoftenClock)

SoftenClock *soften_fake_clock_new (void);
void         soften_fake_clock_advance (SoftenFakeClock *self, gint64 usec);
void         soften_fake_clock_jump (SoftenFakeClock *self, gint64 usec);

G_END_DECLS
