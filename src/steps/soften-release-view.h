/* soften-release-view.h — a release step: what was written, let go of for good
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-step-view.h"
#include "soften-writing-pad.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_RELEASE_VIEW (soften_release_view_get_type ())

G_DECLARE_FINAL_TYPE (SoftenReleaseView, soften_release_view, SOFTEN, RELEASE_VIEW, SoftenStepView)

gboolean soften_release_view_is_releasing (SoftenReleaseView *self);

G_END_DECLS
