/* soften-trend-chart.h — tension before and after, session by session
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_TREND_CHART (soften_trend_chart_get_type ())

G_DECLARE_FINAL_TYPE (SoftenTrendChart, soften_trend_chart, SOFTEN, TREND_CHART, GtkWidget)

void  soften_trend_chart_set_points (SoftenTrendChart *self, GArray *points);
char *soften_trend_chart_format_day (guint32 julian_day);

G_END_DECLS
