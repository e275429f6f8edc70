/* soften-step-private.h — what tests ask a step
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For tests only: the app asks a session where a breath stands
 * (soften_session_get_breath()) and what a check-in is recorded under
 * (soften_step_dup_response_key()), not these.
 */

#pragma once

#include "soften-step.h"

G_BEGIN_DECLS

gint64       soften_step_get_phase_usec (SoftenStep *self, SoftenBreathPhase phase);
gint64       soften_step_get_cycle_usec (SoftenStep *self);
guint        soften_step_get_cycles (SoftenStep *self);
SoftenMoment soften_step_get_moment (SoftenStep *self);

G_END_DECLS
