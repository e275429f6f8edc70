/* soften-heatmap.c — the last weeks, one square a day, darker with more sessions
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Twelve columns of seven days, Monday at the top, today in the last column.
 * A day without a session is a faint square in the text colour; days with
 * sessions take the accent colour, stronger with more. Colours come from the
 * theme, so light, dark and high contrast follow. What it shows is also
 * given in words, as its accessible label, by the page that holds it.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <string.h>

#include "soften-heatmap.h"

#define CELL_GAP 3

struct _SoftenHeatmap
{
  GtkWidget parent_instance;

  guint counts[SOFTEN_HEATMAP_DAYS];
  int   today_weekday; /* 1 (Monday) … 7 (Sunday) */
};

G_DEFINE_FINAL_TYPE (SoftenHeatmap, soften_heatmap, GTK_TYPE_WIDGET)

static void
soften_heatmap_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SoftenHeatmap   *self = SOFTEN_HEATMAP (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  float            width = gtk_widget_get_width (widget);
  float            height = gtk_widget_get_height (widget);
  float cell = MIN ((width - CELL_GAP * (SOFTEN_HEATMAP_WEEKS - 1)) / SOFTEN_HEATMAP_WEEKS,
                    (height - CELL_GAP * 6) / 7.0f);
  float left = (width - (cell * SOFTEN_HEATMAP_WEEKS + CELL_GAP * (SOFTEN_HEATMAP_WEEKS - 1))) / 2;
  GdkRGBA empty, accent;

  if (cell <= 1)
    return;

  gtk_style_context_get_color (context, &empty);
  empty.alpha *= 0.1f;
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");

  /* Day i is today minus (DAYS - 1 - i). The last column ends with today,
   * which sits at its weekday's row. */
  for (int i = 0; i < SOFTEN_HEATMAP_DAYS; i++)
    {
      int            days_ago = SOFTEN_HEATMAP_DAYS - 1 - i;
      int            slot = (SOFTEN_HEATMAP_DAYS - 7 + self->today_weekday - 1) - days_ago;
      int            column, row;
      GskRoundedRect square;
      GdkRGBA        color = accent;

      if (slot < 0)
        continue;
      column = slot / 7;
      row = slot % 7;

      if (self->counts[i] == 0)
        color = empty;
      else
        color.alpha = MIN (1.0f, 0.5f + 0.2f * (self->counts[i] - 1));

      gsk_rounded_rect_init_from_rect (&square,
                                       &GRAPHENE_RECT_INIT (left + column * (cell + CELL_GAP),
                                                            row * (cell + CELL_GAP), cell, cell),
                                       cell / 4);
      gtk_snapshot_push_rounded_clip (snapshot, &square);
      gtk_snapshot_append_color (snapshot, &color, &square.bounds);
      gtk_snapshot_pop (snapshot);
    }
}

static void
soften_heatmap_measure (GtkWidget     *widget,
                        GtkOrientation orientation,
                        int            for_size,
                        int           *minimum,
                        int           *natural,
                        int           *minimum_baseline,
                        int           *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = SOFTEN_HEATMAP_WEEKS * 10 + (SOFTEN_HEATMAP_WEEKS - 1) * CELL_GAP;
      *natural = SOFTEN_HEATMAP_WEEKS * 22 + (SOFTEN_HEATMAP_WEEKS - 1) * CELL_GAP;
    }
  else
    {
      /* As tall as the squares need at the width given. */
      int width = for_size > 0 ? for_size : SOFTEN_HEATMAP_WEEKS * 22;
      int cell
          = CLAMP ((width - (SOFTEN_HEATMAP_WEEKS - 1) * CELL_GAP) / SOFTEN_HEATMAP_WEEKS, 10, 28);

      *minimum = *natural = cell * 7 + CELL_GAP * 6;
    }
}

static GtkSizeRequestMode
soften_heatmap_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
soften_heatmap_class_init (SoftenHeatmapClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = soften_heatmap_snapshot;
  widget_class->measure = soften_heatmap_measure;
  widget_class->get_request_mode = soften_heatmap_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "heatmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
soften_heatmap_init (SoftenHeatmap *self)
{
  self->today_weekday = 7;
}

/**
 * soften_heatmap_set_counts:
 * @counts: sessions on each of the last days, oldest first, today last
 * @today_weekday: 1 for Monday … 7 for Sunday
 */
void
soften_heatmap_set_counts (SoftenHeatmap *self,
                           const guint    counts[SOFTEN_HEATMAP_DAYS],
                           int            today_weekday)
{
  g_return_if_fail (SOFTEN_IS_HEATMAP (self));
  g_return_if_fail (today_weekday >= 1 && today_weekday <= 7);

  memcpy (self->counts, counts, sizeof self->counts);
  self->today_weekday = today_weekday;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
