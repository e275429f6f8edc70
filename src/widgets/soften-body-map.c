/* soften-body-map.c — a simple figure with one part of the body lit
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figure is a few rounded shapes on a 100 × 210 grid, scaled to fit.
 * Every part is drawn in a quiet tint of the text colour; the region being
 * noticed is drawn in the accent colour, so the highlight follows light,
 * dark and high-contrast styles. Nothing moves: it suits reduce motion as is.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-body-map.h"

#define GRID_WIDTH  100.0f
#define GRID_HEIGHT 210.0f

typedef struct
{
  int   region; /* SoftenRegion, or -1 for the outline only */
  float x, y, width, height, radius;
} Part;

/* Drawn in order: later parts lie on top of earlier ones. */
static const Part parts[] = {
  { SOFTEN_REGION_BACK, 29, 54, 42, 58, 12 },  { SOFTEN_REGION_ARMS, 15, 52, 12, 54, 6 },
  { SOFTEN_REGION_ARMS, 73, 52, 12, 54, 6 },   { SOFTEN_REGION_HANDS, 13, 104, 16, 17, 8 },
  { SOFTEN_REGION_HANDS, 71, 104, 16, 17, 8 }, { SOFTEN_REGION_LEGS, 33, 112, 15, 80, 7 },
  { SOFTEN_REGION_LEGS, 52, 112, 15, 80, 7 },  { SOFTEN_REGION_FEET, 28, 190, 20, 13, 6 },
  { SOFTEN_REGION_FEET, 52, 190, 20, 13, 6 },  { SOFTEN_REGION_SHOULDERS, 20, 45, 60, 13, 6 },
  { SOFTEN_REGION_CHEST, 31, 58, 38, 26, 9 },  { SOFTEN_REGION_BELLY, 32, 85, 36, 26, 9 },
  { SOFTEN_REGION_NECK, 44, 33, 12, 13, 4 },   { SOFTEN_REGION_FACE, 35, 3, 30, 33, 15 },
  { SOFTEN_REGION_JAW, 40, 24, 20, 10, 5 },
};

struct _SoftenBodyMap
{
  GtkWidget parent_instance;

  int region;
};

G_DEFINE_FINAL_TYPE (SoftenBodyMap, soften_body_map, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_REGION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
append_part (GtkSnapshot *snapshot, const Part *part, const GdkRGBA *color)
{
  GskRoundedRect shape;

  gsk_rounded_rect_init_from_rect (
      &shape, &GRAPHENE_RECT_INIT (part->x, part->y, part->width, part->height), part->radius);
  gtk_snapshot_push_rounded_clip (snapshot, &shape);
  gtk_snapshot_append_color (snapshot, color, &shape.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
soften_body_map_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SoftenBodyMap   *self = SOFTEN_BODY_MAP (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  float            width = gtk_widget_get_width (widget);
  float            height = gtk_widget_get_height (widget);
  float            scale = MIN (width / GRID_WIDTH, height / GRID_HEIGHT);
  GdkRGBA          body, accent;

  if (scale <= 0)
    return;

  gtk_style_context_get_color (context, &body);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - GRID_WIDTH * scale) / 2,
                                                          (height - GRID_HEIGHT * scale) / 2));
  gtk_snapshot_scale (snapshot, scale, scale);

  /* The whole body as one quiet shape (one opacity for the group, so that
   * overlapping parts do not look darker), then the lit region on top. */
  gtk_snapshot_push_opacity (snapshot, 0.16);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    append_part (snapshot, &parts[i], &body);
  gtk_snapshot_pop (snapshot);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i].region == self->region)
      append_part (snapshot, &parts[i], &accent);

  gtk_snapshot_restore (snapshot);
}

static void
soften_body_map_measure (GtkWidget     *widget,
                         GtkOrientation orientation,
                         int            for_size,
                         int           *minimum,
                         int           *natural,
                         int           *minimum_baseline,
                         int           *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 48;
      *natural = 100;
    }
  else
    {
      *minimum = 100;
      *natural = 210;
    }
}

static void
soften_body_map_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenBodyMap *self = SOFTEN_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_int (value, self->region);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_body_map_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SoftenBodyMap *self = SOFTEN_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_REGION:
      soften_body_map_set_region (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_body_map_class_init (SoftenBodyMapClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = soften_body_map_get_property;
  object_class->set_property = soften_body_map_set_property;

  widget_class->snapshot = soften_body_map_snapshot;
  widget_class->measure = soften_body_map_measure;

  /* A SoftenRegion, or -1 for none. */
  properties[PROP_REGION]
      = g_param_spec_int ("region", NULL, NULL, -1, SOFTEN_N_REGIONS - 1, -1,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "bodymap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
soften_body_map_init (SoftenBodyMap *self)
{
  self->region = -1;
}

void
soften_body_map_set_region (SoftenBodyMap *self, int region)
{
  g_return_if_fail (SOFTEN_IS_BODY_MAP (self));
  g_return_if_fail (region >= -1 && region < SOFTEN_N_REGIONS);

  if (self->region == region)
    return;

  self->region = region;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
}
