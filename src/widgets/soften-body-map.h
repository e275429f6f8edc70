/* soften-body-map.h — a simple figure with one part of the body lit
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "engine/soften-step.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_BODY_MAP (soften_body_map_get_type ())

G_DECLARE_FINAL_TYPE (SoftenBodyMap, soften_body_map, SOFTEN, BODY_MAP, GtkWidget)

void soften_body_map_set_region (SoftenBodyMap *self, int region);

G_END_DECLS
