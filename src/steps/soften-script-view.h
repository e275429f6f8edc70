/* soften-script-view.h — a script step: build, rehearse and keep a boundary script
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "engine/soften-script-store.h"
#include "soften-step-view.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_SCRIPT_VIEW (soften_script_view_get_type ())

G_DECLARE_FINAL_TYPE (SoftenScriptView, soften_script_view, SOFTEN, SCRIPT_VIEW, SoftenStepView)

G_END_DECLS
