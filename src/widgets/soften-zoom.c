/* soften-zoom.c — shows its child larger, as a whole, to fill the space
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For presenting across a room: when enabled, the child is laid out for a
 * comfortable reading size and drawn scaled up to the space there is, so
 * type, pacer and body map all grow together with the window (up to four
 * times), and input still lands where it is drawn. Disabled, it is a plain
 * bin.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-zoom.h"

/* The size the content is laid out for before it is scaled up. */
#define BASE_WIDTH  720.0
#define BASE_HEIGHT 560.0
#define MAX_ZOOM    4.0

struct _SoftenZoom
{
  GtkWidget parent_instance;

  GtkWidget *child;
  gboolean   enabled;
  double     zoom;
};

static void buildable_iface_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SoftenZoom,
                               soften_zoom,
                               GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, buildable_iface_init))

enum
{
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec        *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

static void
soften_zoom_measure (GtkWidget     *widget,
                     GtkOrientation orientation,
                     int            for_size,
                     int           *minimum,
                     int           *natural,
                     int           *minimum_baseline,
                     int           *natural_baseline)
{
  SoftenZoom *self = SOFTEN_ZOOM (widget);

  *minimum = *natural = 0;
  if (self->child != NULL)
    gtk_widget_measure (self->child, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
soften_zoom_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  SoftenZoom *self = SOFTEN_ZOOM (widget);
  double      zoom = 1.0;
  int         min_width = 0, min_height = 0;

  if (self->child == NULL)
    return;

  if (self->enabled)
    {
      zoom = CLAMP (MIN (width / BASE_WIDTH, height / BASE_HEIGHT), 1.0, MAX_ZOOM);

      /* Never so large that the child would not fit at its smallest. */
      gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL,
                          NULL);
      gtk_widget_measure (self->child, GTK_ORIENTATION_VERTICAL, -1, &min_height, NULL, NULL, NULL);
      if (min_width > 0)
        zoom = MIN (zoom, width / (double)min_width);
      if (min_height > 0)
        zoom = MIN (zoom, height / (double)min_height);
      zoom = MAX (zoom, 1.0);
    }

  self->zoom = zoom;
  gtk_widget_allocate (self->child, (int)(width / zoom), (int)(height / zoom), -1,
                       zoom == 1.0 ? NULL : gsk_transform_scale (NULL, zoom, zoom));
}

static void
set_child (SoftenZoom *self, GtkWidget *child)
{
  g_return_if_fail (SOFTEN_IS_ZOOM (self));
  g_return_if_fail (!child || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

static void
soften_zoom_dispose (GObject *object)
{
  SoftenZoom *self = (SoftenZoom *)object;

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (soften_zoom_parent_class)->dispose (object);
}

static void
soften_zoom_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenZoom *self = SOFTEN_ZOOM (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_zoom_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SoftenZoom *self = SOFTEN_ZOOM (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      set_child (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_zoom_add_child (GtkBuildable *buildable,
                       GtkBuilder   *builder,
                       GObject      *child,
                       const char   *type)
{
  if (GTK_IS_WIDGET (child))
    set_child (SOFTEN_ZOOM (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
buildable_iface_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = soften_zoom_add_child;
}

static void
soften_zoom_class_init (SoftenZoomClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_zoom_dispose;
  object_class->get_property = soften_zoom_get_property;
  object_class->set_property = soften_zoom_set_property;

  widget_class->measure = soften_zoom_measure;
  widget_class->size_allocate = soften_zoom_size_allocate;

  properties[PROP_CHILD]
      = g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
soften_zoom_init (SoftenZoom *self)
{
  self->zoom = 1.0;
}

void
soften_zoom_set_enabled (SoftenZoom *self, gboolean enabled)
{
  g_return_if_fail (SOFTEN_IS_ZOOM (self));

  self->enabled = !!enabled;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}
