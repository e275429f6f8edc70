/* soften-presentation-overlay.h — where a presented exercise stands
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-session.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_PRESENTATION_OVERLAY (soften_presentation_overlay_get_type ())

G_DECLARE_FINAL_TYPE (SoftenPresentationOverlay,
                      soften_presentation_overlay,
                      SOFTEN,
                      PRESENTATION_OVERLAY,
                      AdwBin)

void soften_presentation_overlay_set_session (SoftenPresentationOverlay *self,
                                              SoftenSession             *session);
void soften_presentation_overlay_show (SoftenPresentationOverlay *self);
void soften_presentation_overlay_hide (SoftenPresentationOverlay *self);

G_END_DECLS
