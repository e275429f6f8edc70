/* soften-zoom.h — shows its child larger, as a whole, to fill the space
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_ZOOM (soften_zoom_get_type ())

G_DECLARE_FINAL_TYPE (SoftenZoom, soften_zoom, SOFTEN, ZOOM, GtkWidget)

void soften_zoom_set_enabled (SoftenZoom *self, gboolean enabled);

G_END_DECLS
