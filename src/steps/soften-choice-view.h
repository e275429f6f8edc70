/* soften-choice-view.h — a choice step: pick the one that fits
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-step-view.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_CHOICE_VIEW (soften_choice_view_get_type ())

G_DECLARE_FINAL_TYPE (SoftenChoiceView, soften_choice_view, SOFTEN, CHOICE_VIEW, SoftenStepView)

G_END_DECLS
