/* soften-breathing-view.h — a breathing step: the pacer and the count
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-step-view.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_BREATHING_VIEW (soften_breathing_view_get_type ())

G_DECLARE_FINAL_TYPE (SoftenBreathingView,
                      soften_breathing_view,
                      SOFTEN,
                      BREATHING_VIEW,
                      SoftenStepView)

G_END_DECLS
