/* soften-real-clock.h — the monotonic clock and the main loop
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-clock.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_REAL_CLOCK (soften_real_clock_get_type ())

G_DECLARE_FINAL_TYPE (SoftenRealClock, soften_real_clock, SOFTEN, REAL_CLOCK, SoftenClock)

SoftenClock *soften_real_clock_new (void);
SoftenClock *soften_real_clock_new_with_rate (double rate);

G_END_DECLS
