/* soften-body-region-view.h — a body-region step: the figure and the region's name
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-step-view.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_BODY_REGION_VIEW (soften_body_region_view_get_type ())

G_DECLARE_FINAL_TYPE (SoftenBodyRegionView,
                      soften_body_region_view,
                      SOFTEN,
                      BODY_REGION_VIEW,
                      SoftenStepView)

G_END_DECLS
