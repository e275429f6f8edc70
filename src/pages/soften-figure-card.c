/* soften-figure-card.c — one figure on the Progress page
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A number, large, in the locale's digits and grouping, with what it
 * counts under it; a screen reader hears both as one.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-figure-card.h"

struct _SoftenFigureCard
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel *value_label;
  GtkLabel *caption_label;
};

G_DEFINE_FINAL_TYPE (SoftenFigureCard, soften_figure_card, ADW_TYPE_BIN)

static void
soften_figure_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_FIGURE_CARD);

  G_OBJECT_CLASS (soften_figure_card_parent_class)->dispose (object);
}

static void
soften_figure_card_class_init (SoftenFigureCardClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_figure_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-figure-card.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenFigureCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenFigureCard, caption_label);
}

static void
soften_figure_card_init (SoftenFigureCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
soften_figure_card_new (guint64 value, const char *caption)
{
  SoftenFigureCard *self = g_object_new (SOFTEN_TYPE_FIGURE_CARD, NULL);
  g_autofree char  *number = g_strdup_printf ("%'" G_GUINT64_FORMAT, value);
  g_autofree char  *spoken = g_strdup_printf ("%s %s", number, caption);

  gtk_label_set_text (self->value_label, number);
  gtk_label_set_text (self->caption_label, caption);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);

  return GTK_WIDGET (self);
}
