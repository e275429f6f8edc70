/* soften-body-map.c — a friendly figure with one part of the body aglow
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figure (soften-body-figure.c) is drawn with cairo on a 100 × 210
 * grid, scaled to fit, in a quiet tint of the text colour. The region
 * being noticed glows in the accent colour: a soft blurred halo with the
 * region on top, so the highlight follows light, dark and high-contrast
 * styles. When the region changes, the old glow fades out as the new one
 * fades in, over 300 ms on the frame clock; at once with animations off
 * or off screen.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-body-figure.h"
#include "soften-body-map-private.h"

struct _SoftenBodyMap
{
  GtkWidget parent_instance;

  int    region;
  int    previous; /* fading out, or -1 */
  double fade;     /* 0: all previous, 1: all region */
  gint64 fade_started;
  guint  tick_id;
};

G_DEFINE_FINAL_TYPE (SoftenBodyMap, soften_body_map, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_REGION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  float           x, y, scale;
  graphene_rect_t bounds;
} Placement;

static gboolean
place (GtkWidget *widget, Placement *at)
{
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);

  at->scale = MIN (width / SOFTEN_BODY_FIGURE_WIDTH, height / SOFTEN_BODY_FIGURE_HEIGHT);
  at->x = (width - SOFTEN_BODY_FIGURE_WIDTH * at->scale) / 2;
  at->y = (height - SOFTEN_BODY_FIGURE_HEIGHT * at->scale) / 2;
  graphene_rect_init (&at->bounds, 0, 0, width, height);

  return at->scale > 0;
}

static cairo_t *
begin_cairo (GtkSnapshot *snapshot, const Placement *at)
{
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &at->bounds);

  cairo_translate (cr, at->x, at->y);
  cairo_scale (cr, at->scale, at->scale);

  return cr;
}

/* A glow: the region blurred, then the region itself, lighter. */
static void
append_glow (GtkSnapshot     *snapshot,
             const Placement *at,
             int              region,
             const GdkRGBA   *accent,
             double           opacity)
{
  cairo_t *cr;

  if (region < 0 || opacity <= 0.0)
    return;

  gtk_snapshot_push_opacity (snapshot, opacity);
  gtk_snapshot_push_blur (snapshot, 9.0 * at->scale);
  cr = begin_cairo (snapshot, at);
  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.75);
  soften_body_figure_fill_region (cr, region);
  cairo_destroy (cr);
  gtk_snapshot_pop (snapshot);

  cr = begin_cairo (snapshot, at);
  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.5);
  soften_body_figure_fill_region (cr, region);
  cairo_destroy (cr);
  gtk_snapshot_pop (snapshot);
}

static void
soften_body_map_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SoftenBodyMap   *self = SOFTEN_BODY_MAP (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA          body, accent;
  Placement        at;
  cairo_t         *cr;

  if (!place (widget, &at))
    return;

  gtk_style_context_get_color (context, &body);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");

  /* The whole body as one quiet shape: each part filled once, the group
   * made faint, so that where parts meet is no darker (the text colour may
   * be translucent: the parts are filled opaque). */
  cr = begin_cairo (snapshot, &at);
  cairo_push_group (cr);
  cairo_set_source_rgb (cr, body.red, body.green, body.blue);
  soften_body_figure_fill (cr);
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, 0.14 * body.alpha);
  cairo_destroy (cr);

  append_glow (snapshot, &at, self->previous, &accent, 1.0 - self->fade);
  append_glow (snapshot, &at, self->region, &accent, self->fade);
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
stop_fading (SoftenBodyMap *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;
  self->previous = -1;
  self->fade = 1.0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
tick_cb (GtkWidget *widget, GdkFrameClock *frame_clock, gpointer user_data)
{
  SoftenBodyMap *self = SOFTEN_BODY_MAP (widget);

  soften_body_map_step (self, gdk_frame_clock_get_frame_time (frame_clock));

  return self->tick_id != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
animations_enabled (SoftenBodyMap *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled,
                NULL);

  return enabled;
}

static void
soften_body_map_unmap (GtkWidget *widget)
{
  stop_fading (SOFTEN_BODY_MAP (widget));

  GTK_WIDGET_CLASS (soften_body_map_parent_class)->unmap (widget);
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
  widget_class->unmap = soften_body_map_unmap;

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
  self->previous = -1;
  self->fade = 1.0;
}

void
soften_body_map_set_region (SoftenBodyMap *self, int region)
{
  g_return_if_fail (SOFTEN_IS_BODY_MAP (self));
  g_return_if_fail (region >= -1 && region < SOFTEN_N_REGIONS);

  if (self->region == region)
    return;

  stop_fading (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && animations_enabled (self))
    {
      self->previous = self->region;
      self->fade = 0.0;
      self->fade_started = 0;
      self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
    }
  self->region = region;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
}

/* How far the new region has faded in: 1 when nothing is fading. */
double
soften_body_map_get_fade (SoftenBodyMap *self)
{
  g_return_val_if_fail (SOFTEN_IS_BODY_MAP (self), 1.0);

  return self->fade;
}

int
soften_body_map_get_previous_region (SoftenBodyMap *self)
{
  g_return_val_if_fail (SOFTEN_IS_BODY_MAP (self), -1);

  return self->previous;
}

/* Moves the cross-fade on to @frame_time (µs); the first step begins it. */
void
soften_body_map_step (SoftenBodyMap *self, gint64 frame_time)
{
  g_return_if_fail (SOFTEN_IS_BODY_MAP (self));

  if (self->tick_id == 0)
    return;

  if (self->fade_started == 0)
    self->fade_started = frame_time;
  self->fade
      = CLAMP ((double)(frame_time - self->fade_started) / SOFTEN_BODY_MAP_FADE_USEC, 0.0, 1.0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (self->fade >= 1.0)
    stop_fading (self);
}
