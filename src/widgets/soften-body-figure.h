/* soften-body-figure.h — the body map's figure, as cairo paths
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "engine/soften-step.h"

G_BEGIN_DECLS

#define SOFTEN_BODY_FIGURE_WIDTH  100.0
#define SOFTEN_BODY_FIGURE_HEIGHT 210.0

void soften_body_figure_fill (cairo_t *cr);
void soften_body_figure_fill_region (cairo_t *cr, int region);

G_END_DECLS
