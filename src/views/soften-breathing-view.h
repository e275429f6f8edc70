/* soften-breathing-view.h — a breathing step: the pacer and the count
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-session.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_BREATHING_VIEW (soften_breathing_view_get_type ())

G_DECLARE_FINAL_TYPE (SoftenBreathingView, soften_breathing_view, SOFTEN, BREATHING_VIEW, AdwBin)

SoftenSession *soften_breathing_view_get_session (SoftenBreathingView *self);
void           soften_breathing_view_set_session (SoftenBreathingView *self,
                                                  SoftenSession       *session);

G_END_DECLS
