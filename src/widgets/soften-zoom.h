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

GtkWidget *soften_zoom_get_child   (SoftenZoom *self);
void       soften_zoom_set_child   (SoftenZoom *self,
                                    GtkWidget  *child);
void       soften_zoom_set_enabled (SoftenZoom *self,
                                    gboolean    enabled);
double     soften_zoom_get_zoom    (SoftenZoom *self);

G_END_DECLS
