/* soften-pacer.c — a shape that grows as you breathe in and shrinks as you breathe out
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pacer keeps no time. Each frame, while it is mapped and the session is
 * running, it asks the session where the breath stands and draws that: a
 * disc between a small and a full size, with a faint ring showing the full
 * size. Breathing in grows it, breathing out shrinks it, holds keep it still.
 * Nothing is drawn per frame while paused, unmapped, or when the parent
 * decides animations are off (it then hides the pacer altogether).
 *
 * A frame is drawn only when the disc's edge has moved REDRAW_STEP pixels
 * of the screen since the last one: less is not seen, and with the cairo
 * renderer each frame drawn paints again everything under the disc. The
 * step is in the screen's pixels, so a pacer shown four times as large
 * (presentation) is drawn four times as often. Reaching full or empty, the
 * shape is drawn there exactly; in holds nothing is drawn.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <math.h>

#include "soften-pacer.h"

#define MIN_FRACTION 0.38
/* Pixels of the screen the disc's edge moves before it is drawn again. */
#define REDRAW_STEP 0.5

struct _SoftenPacer
{
  GtkWidget parent_instance;

  SoftenSession *session;
  gulong         state_handler;
  guint          tick_id;
  double         drawn; /* the fullness last drawn */
};

G_DEFINE_FINAL_TYPE (SoftenPacer, soften_pacer, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static double
ease_in_out (double t)
{
  return (1.0 - cos (G_PI * CLAMP (t, 0.0, 1.0))) / 2.0;
}

/**
 * soften_pacer_get_fullness:
 *
 * Returns: how full the breath is now, from 0 (empty) to 1 (full)
 */
double
soften_pacer_get_fullness (SoftenPacer *self)
{
  SoftenBreath breath;
  double       t;

  g_return_val_if_fail (SOFTEN_IS_PACER (self), 0.0);

  if (self->session == NULL || !soften_session_get_breath (self->session, &breath))
    return 0.0;

  t = (double)breath.phase_elapsed / (double)breath.phase_duration;

  switch (breath.phase)
    {
    case SOFTEN_BREATH_INHALE:
      return ease_in_out (t);

    case SOFTEN_BREATH_HOLD_IN:
      return 1.0;

    case SOFTEN_BREATH_EXHALE:
      return 1.0 - ease_in_out (t);

    case SOFTEN_BREATH_HOLD_OUT:
      return 0.0;

    case SOFTEN_BREATH_N_PHASES:
    default:
      g_return_val_if_reached (0.0);
    }
}

/* The full disc's radius, in the pacer's own units. */
static float
full_radius (GtkWidget *widget)
{
  return MIN (gtk_widget_get_width (widget), gtk_widget_get_height (widget)) / 2.0f - 2.0f;
}

/* Pixels of the screen to one of the pacer's units: more when presenting
 * (SoftenZoom scales the whole page up) and on a high-density screen. */
static double
screen_scale (GtkWidget *widget)
{
  GtkNative      *native = gtk_widget_get_native (widget);
  int             width = gtk_widget_get_width (widget);
  graphene_rect_t bounds;
  double          scale;

  if (native == NULL)
    return 1.0;

  scale = gdk_surface_get_scale_factor (gtk_native_get_surface (native));
  if (width > 0 && gtk_widget_compute_bounds (widget, GTK_WIDGET (native), &bounds))
    scale *= bounds.size.width / width;

  return scale;
}

/**
 * soften_pacer_get_shown_fullness:
 *
 * Returns: how full the shape on screen is: the breath's fullness when it
 *   was last drawn
 */
double
soften_pacer_get_shown_fullness (SoftenPacer *self)
{
  g_return_val_if_fail (SOFTEN_IS_PACER (self), 0.0);

  return self->drawn;
}

static gboolean
tick_cb (GtkWidget *widget, GdkFrameClock *frame_clock, gpointer user_data)
{
  SoftenPacer *self = SOFTEN_PACER (widget);
  double       fullness = soften_pacer_get_fullness (self);
  double       moved = fabs (fullness - self->drawn) * (1.0 - MIN_FRACTION) * full_radius (widget)
                 * screen_scale (widget);
  gboolean at_an_end = (fullness == 0.0 || fullness == 1.0) && fullness != self->drawn;

  if (moved >= REDRAW_STEP || at_an_end)
    gtk_widget_queue_draw (widget);

  return G_SOURCE_CONTINUE;
}

/* Animate only while someone can see it and the breath is moving. */
static void
update_ticking (SoftenPacer *self)
{
  gboolean wanted = self->session != NULL && gtk_widget_get_mapped (GTK_WIDGET (self))
                    && soften_session_get_state (self->session) == SOFTEN_SESSION_RUNNING;

  if (wanted && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
  else if (!wanted && self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
append_disc (GtkSnapshot            *snapshot,
             const graphene_point_t *center,
             float                   radius,
             const GdkRGBA          *color)
{
  GskRoundedRect disc;

  gsk_rounded_rect_init_from_rect (
      &disc, &GRAPHENE_RECT_INIT (center->x - radius, center->y - radius, 2 * radius, 2 * radius),
      radius);
  gtk_snapshot_push_rounded_clip (snapshot, &disc);
  gtk_snapshot_append_color (snapshot, color, &disc.bounds);
  gtk_snapshot_pop (snapshot);
}

/* GTK 4.8's GL renderer shades a node only over the pixels whose centres
 * lie inside the node's bounds, and a disc's bounds are its own square:
 * the pixels its soft edge half covers, on the right and at the bottom,
 * were left out whenever that square ended on a pixel's centre (a pacer
 * an odd number of pixels wide), and the disc showed a flat right edge.
 * So the centre and every radius are whole pixels of the screen (the
 * zoom of presenting and the screen's scale counted): each square then
 * ends between pixels, and no pixel the disc covers is left out. */
typedef struct
{
  double origin_x, origin_y; /* the pacer's corner, in the screen's pixels */
  double scale;              /* the screen's pixels to one of the pacer's */
} Grid;

static void
grid_init (GtkWidget *widget, Grid *grid)
{
  GtkNative       *native = gtk_widget_get_native (widget);
  graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0);
  double           factor = 1.0;

  grid->scale = screen_scale (widget);
  if (native != NULL)
    {
      factor = gdk_surface_get_scale_factor (gtk_native_get_surface (native));
      if (!gtk_widget_compute_point (widget, GTK_WIDGET (native), &GRAPHENE_POINT_INIT (0, 0),
                                     &origin))
        origin = GRAPHENE_POINT_INIT (0, 0);
    }
  grid->origin_x = origin.x * factor;
  grid->origin_y = origin.y * factor;
}

/* The point nearest @p that lies on a corner of the screen's pixels. */
static graphene_point_t
grid_snap_point (const Grid *grid, graphene_point_t p)
{
  return GRAPHENE_POINT_INIT (
      (round (grid->origin_x + p.x * grid->scale) - grid->origin_x) / grid->scale,
      (round (grid->origin_y + p.y * grid->scale) - grid->origin_y) / grid->scale);
}

/* @length, down to whole pixels of the screen. */
static float
grid_snap_length (const Grid *grid, float length)
{
  return floor (length * grid->scale) / grid->scale;
}

static void
soften_pacer_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SoftenPacer     *self = SOFTEN_PACER (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  int              width = gtk_widget_get_width (widget);
  int              height = gtk_widget_get_height (widget);
  float            full = full_radius (widget);
  graphene_point_t center;
  GdkRGBA          accent, ring;
  GskRoundedRect   outline;
  float            radius;
  Grid             grid;

  grid_init (widget, &grid);
  center = grid_snap_point (&grid, GRAPHENE_POINT_INIT (width / 2.0f, height / 2.0f));
  full = grid_snap_length (&grid, full);
  if (full <= 0)
    return;

  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");
  ring = accent;
  ring.alpha = 0.35f;

  /* The full breath, always visible, so the person sees where the shape is going. */
  gsk_rounded_rect_init_from_rect (
      &outline, &GRAPHENE_RECT_INIT (center.x - full, center.y - full, 2 * full, 2 * full), full);
  gtk_snapshot_append_border (snapshot, &outline, (float[4]){ 2, 2, 2, 2 },
                              (GdkRGBA[4]){ ring, ring, ring, ring });

  self->drawn = soften_pacer_get_fullness (self);
  radius = full * (MIN_FRACTION + (1.0 - MIN_FRACTION) * self->drawn);

  accent.alpha = 0.25f;
  append_disc (snapshot, &center, grid_snap_length (&grid, radius), &accent);
  accent.alpha = 0.55f;
  append_disc (snapshot, &center, grid_snap_length (&grid, radius * 0.82f), &accent);
}

static void
soften_pacer_measure (GtkWidget     *widget,
                      GtkOrientation orientation,
                      int            for_size,
                      int           *minimum,
                      int           *natural,
                      int           *minimum_baseline,
                      int           *natural_baseline)
{
  /* Small by right, so it never pushes the controls off a short window;
   * it takes whatever height the page gives it. */
  *minimum = 96;
  *natural = 160;
}

static void
soften_pacer_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (soften_pacer_parent_class)->map (widget);
  update_ticking (SOFTEN_PACER (widget));
}

static void
soften_pacer_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (soften_pacer_parent_class)->unmap (widget);
  update_ticking (SOFTEN_PACER (widget));
}

static void
soften_pacer_dispose (GObject *object)
{
  SoftenPacer *self = (SoftenPacer *)object;

  soften_pacer_set_session (self, NULL);

  G_OBJECT_CLASS (soften_pacer_parent_class)->dispose (object);
}

static void
soften_pacer_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenPacer *self = SOFTEN_PACER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_pacer_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SoftenPacer *self = SOFTEN_PACER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      soften_pacer_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_pacer_class_init (SoftenPacerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_pacer_dispose;
  object_class->get_property = soften_pacer_get_property;
  object_class->set_property = soften_pacer_set_property;

  widget_class->snapshot = soften_pacer_snapshot;
  widget_class->measure = soften_pacer_measure;
  widget_class->map = soften_pacer_map;
  widget_class->unmap = soften_pacer_unmap;

  properties[PROP_SESSION]
      = g_param_spec_object ("session", NULL, NULL, SOFTEN_TYPE_SESSION,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "pacer");
  /* The breathing view around it says in words what the shape shows. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
soften_pacer_init (SoftenPacer *self)
{
}

void
soften_pacer_set_session (SoftenPacer *self, SoftenSession *session)
{
  g_return_if_fail (SOFTEN_IS_PACER (self));
  g_return_if_fail (!session || SOFTEN_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_clear_signal_handler (&self->state_handler, self->session);
  g_set_object (&self->session, session);
  if (session != NULL)
    self->state_handler = g_signal_connect_object (
        session, "notify::state", G_CALLBACK (update_ticking), self, G_CONNECT_SWAPPED);

  update_ticking (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
