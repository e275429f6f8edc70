/* soften-trend-chart.c — how much each session eased tension, as bars
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One bar a session, oldest on the left, from a middle line: down for
 * tension that eased (after less than before), in the accent colour; up for
 * tension that rose, in the warning colour; a small mark for no change.
 * Changes run from -10 to +10. Colours come from the theme; the page gives
 * the chart an accessible summary in words.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-trend-chart.h"

#define MAX_CHANGE 10
#define BAR_GAP    4

struct _SoftenTrendChart
{
  GtkWidget parent_instance;

  GArray *changes; /* of int */
};

G_DEFINE_FINAL_TYPE (SoftenTrendChart, soften_trend_chart, GTK_TYPE_WIDGET)

static void
soften_trend_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SoftenTrendChart *self = SOFTEN_TREND_CHART (widget);
  GtkStyleContext  *context = gtk_widget_get_style_context (widget);
  float             width = gtk_widget_get_width (widget);
  float             height = gtk_widget_get_height (widget);
  float             middle = height / 2;
  GdkRGBA           line, eased, rose;
  float             bar;

  gtk_style_context_get_color (context, &line);
  line.alpha *= 0.25f;
  if (!gtk_style_context_lookup_color (context, "accent_color", &eased))
    gdk_rgba_parse (&eased, "#3584e4");
  if (!gtk_style_context_lookup_color (context, "warning_color", &rose))
    gdk_rgba_parse (&rose, "#c64600");

  gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (0, middle - 0.5f, width, 1));

  if (self->changes == NULL || self->changes->len == 0)
    return;

  bar = MIN (24.0f, (width - BAR_GAP * (self->changes->len - 1)) / self->changes->len);

  for (guint i = 0; i < self->changes->len; i++)
    {
      int   change = CLAMP (g_array_index (self->changes, int, i), -MAX_CHANGE, MAX_CHANGE);
      float length = MAX (2.0f, (middle - 2) * ABS (change) / MAX_CHANGE);
      float x = i * (bar + BAR_GAP);
      /* Easing is drawn downwards, as the tension goes down. */
      float y = change <= 0 ? middle : middle - length;

      gtk_snapshot_append_color (
          snapshot, change <= 0 ? &eased : &rose,
          &GRAPHENE_RECT_INIT (x, change == 0 ? middle - 1 : y, bar, length));
    }
}

static void
soften_trend_chart_measure (GtkWidget     *widget,
                            GtkOrientation orientation,
                            int            for_size,
                            int           *minimum,
                            int           *natural,
                            int           *minimum_baseline,
                            int           *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 120 : 80;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 120;
}

static void
soften_trend_chart_finalize (GObject *object)
{
  SoftenTrendChart *self = (SoftenTrendChart *)object;

  g_clear_pointer (&self->changes, g_array_unref);

  G_OBJECT_CLASS (soften_trend_chart_parent_class)->finalize (object);
}

static void
soften_trend_chart_class_init (SoftenTrendChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = soften_trend_chart_finalize;
  widget_class->snapshot = soften_trend_chart_snapshot;
  widget_class->measure = soften_trend_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
soften_trend_chart_init (SoftenTrendChart *self)
{
}

/**
 * soften_trend_chart_set_values:
 * @changes: (element-type int): after minus before, for each session
 */
void
soften_trend_chart_set_values (SoftenTrendChart *self, GArray *changes)
{
  g_return_if_fail (SOFTEN_IS_TREND_CHART (self));

  g_clear_pointer (&self->changes, g_array_unref);
  if (changes != NULL)
    self->changes = g_array_ref (changes);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
