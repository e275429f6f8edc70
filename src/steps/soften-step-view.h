/* soften-step-view.h — what every view of a step shares
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-session.h"
#include "soften-practice.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_STEP_VIEW (soften_step_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (SoftenStepView, soften_step_view, SOFTEN, STEP_VIEW, AdwBin)

struct _SoftenStepViewClass
{
  AdwBinClass parent_class;

  /* The step kind this view shows. */
  SoftenStepKind kind;

  /* Called when the session's step changes, once a second while it runs,
   * and when the session is set: only while the current step is of @kind. */
  void (*update) (SoftenStepView *self, SoftenSession *session, SoftenStep *step);

  /* Called when another session (or none) is on screen. */
  void (*session_changed) (SoftenStepView *self, SoftenSession *session);
};

SoftenPractice *soften_step_view_get_practice (SoftenStepView *self);
SoftenSession  *soften_step_view_get_session (SoftenStepView *self);

G_END_DECLS
