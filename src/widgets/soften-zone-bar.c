/* soften-zone-bar.c — where check-ins found a person, against their window, as one bar
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A rounded bar split in three, always in the same order: above the
 * window, inside it, below it, each as long as its share of the answers.
 * The colours are named in the style sheet (soften_zone_above_color and
 * its two siblings, from libadwaita's palette) so that the legend beside
 * the bar uses the same; none of them is red, and none says "wrong". The
 * page gives the bar an accessible label with the numbers in words.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <string.h>

#include "soften-zone-bar.h"

#define SEGMENT_GAP 2.0f
#define MIN_SEGMENT 6.0f
#define BAR_HEIGHT  14

struct _SoftenZoneBar
{
  GtkWidget parent_instance;

  guint counts[SOFTEN_N_ZONES];
};

G_DEFINE_FINAL_TYPE (SoftenZoneBar, soften_zone_bar, GTK_TYPE_WIDGET)

static void
zone_color (GtkWidget *widget, SoftenZone zone, GdkRGBA *color)
{
  static const char *const names[] = {
    [SOFTEN_ZONE_ABOVE] = "soften_zone_above_color",
    [SOFTEN_ZONE_INSIDE] = "soften_zone_inside_color",
    [SOFTEN_ZONE_BELOW] = "soften_zone_below_color",
  };
  static const char *const fallbacks[] = {
    [SOFTEN_ZONE_ABOVE] = "#e5a50a",
    [SOFTEN_ZONE_INSIDE] = "#3584e4",
    [SOFTEN_ZONE_BELOW] = "#c061cb",
  };

  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), names[zone], color))
    gdk_rgba_parse (color, fallbacks[zone]);
}

static void
soften_zone_bar_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SoftenZoneBar *self = SOFTEN_ZONE_BAR (widget);
  float          width = gtk_widget_get_width (widget);
  float          height = gtk_widget_get_height (widget);
  guint          total = 0, shown = 0;
  float          room, x = 0;
  GskRoundedRect bar;

  for (guint z = 0; z < SOFTEN_N_ZONES; z++)
    {
      total += self->counts[z];
      shown += self->counts[z] > 0;
    }
  if (total == 0 || width <= MIN_SEGMENT * SOFTEN_N_ZONES)
    return;

  gsk_rounded_rect_init_from_rect (&bar, &GRAPHENE_RECT_INIT (0, 0, width, height), height / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &bar);

  /* Every zone answered at all gets a sliver at least; the rest is shared out. */
  room = width - SEGMENT_GAP * (shown - 1) - MIN_SEGMENT * shown;
  for (guint z = 0; z < SOFTEN_N_ZONES; z++)
    {
      GdkRGBA color;
      float   length;

      if (self->counts[z] == 0)
        continue;

      length = MIN_SEGMENT + room * self->counts[z] / total;
      zone_color (widget, z, &color);
      gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x, 0, length, height));
      x += length + SEGMENT_GAP;
    }

  gtk_snapshot_pop (snapshot);
}

static void
soften_zone_bar_measure (GtkWidget     *widget,
                         GtkOrientation orientation,
                         int            for_size,
                         int           *minimum,
                         int           *natural,
                         int           *minimum_baseline,
                         int           *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 60;
      *natural = 320;
    }
  else
    *minimum = *natural = BAR_HEIGHT;
}

static void
soften_zone_bar_class_init (SoftenZoneBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = soften_zone_bar_snapshot;
  widget_class->measure = soften_zone_bar_measure;

  gtk_widget_class_set_css_name (widget_class, "zonebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
soften_zone_bar_init (SoftenZoneBar *self)
{
}

/**
 * soften_zone_bar_set_counts:
 * @counts: how many answers were above, inside and below the window
 */
void
soften_zone_bar_set_counts (SoftenZoneBar *self, const guint counts[SOFTEN_N_ZONES])
{
  g_return_if_fail (SOFTEN_IS_ZONE_BAR (self));

  memcpy (self->counts, counts, sizeof self->counts);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
