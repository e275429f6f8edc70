/* soften-writing-view.h — a writing step: a calm, private place to write
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-step-view.h"
#include "soften-writing-pad.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_WRITING_VIEW (soften_writing_view_get_type ())

G_DECLARE_FINAL_TYPE (SoftenWritingView, soften_writing_view, SOFTEN, WRITING_VIEW, SoftenStepView)

G_END_DECLS
