/* soften-heatmap.h — the last weeks, one square a day, darker with more sessions
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SOFTEN_HEATMAP_WEEKS 12
#define SOFTEN_HEATMAP_DAYS  (SOFTEN_HEATMAP_WEEKS * 7)

#define SOFTEN_TYPE_HEATMAP (soften_heatmap_get_type ())

G_DECLARE_FINAL_TYPE (SoftenHeatmap, soften_heatmap, SOFTEN, HEATMAP, GtkWidget)

void soften_heatmap_set_counts (SoftenHeatmap *self,
                                const guint    counts[SOFTEN_HEATMAP_DAYS],
                                int            today_weekday);

G_END_DECLS
