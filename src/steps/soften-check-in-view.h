/* soften-check-in-view.h — a check-in step: where am I, how tense am I
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "engine/soften-library.h"
#include "soften-step-view.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_CHECK_IN_VIEW (soften_check_in_view_get_type ())

G_DECLARE_FINAL_TYPE (SoftenCheckInView,
                      soften_check_in_view,
                      SOFTEN,
                      CHECK_IN_VIEW,
                      SoftenStepView)

G_END_DECLS
