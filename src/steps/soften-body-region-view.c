/* soften-body-region-view.c — a body-region step: the figure and the region's name
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-body-map.h"
#include "soften-body-region-view.h"
#include "soften-format.h"

struct _SoftenBodyRegionView
{
  SoftenStepView parent_instance;

  /* Template widgets */
  SoftenBodyMap *body_map;
  GtkLabel      *region_label;
};

G_DEFINE_FINAL_TYPE (SoftenBodyRegionView, soften_body_region_view, SOFTEN_TYPE_STEP_VIEW)

static void
soften_body_region_view_update (SoftenStepView *view, SoftenSession *session, SoftenStep *step)
{
  SoftenBodyRegionView *self = SOFTEN_BODY_REGION_VIEW (view);
  SoftenRegion          region = soften_step_get_region (step);
  g_autofree char      *description = NULL;

  /* Translators: what a screen reader says of the body map; %s is a part of the body */
  description = g_strdup_printf (_("Body map: %s"), soften_format_region (region));

  soften_body_map_set_region (self->body_map, region);
  gtk_label_set_text (self->region_label, soften_format_region (region));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->body_map), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
}

static void
soften_body_region_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_BODY_REGION_VIEW);

  G_OBJECT_CLASS (soften_body_region_view_parent_class)->dispose (object);
}

static void
soften_body_region_view_class_init (SoftenBodyRegionViewClass *klass)
{
  GObjectClass        *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass      *widget_class = GTK_WIDGET_CLASS (klass);
  SoftenStepViewClass *view_class = SOFTEN_STEP_VIEW_CLASS (klass);

  object_class->dispose = soften_body_region_view_dispose;

  view_class->kind = SOFTEN_STEP_BODY_REGION;
  view_class->update = soften_body_region_view_update;

  g_type_ensure (SOFTEN_TYPE_BODY_MAP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-body-region-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenBodyRegionView, body_map);
  gtk_widget_class_bind_template_child (widget_class, SoftenBodyRegionView, region_label);
}

static void
soften_body_region_view_init (SoftenBodyRegionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
