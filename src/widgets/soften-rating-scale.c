/* soften-rating-scale.c — an answer from 0 to 10
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Eleven linked buttons, one chosen at most, with what the two ends mean
 * under them. The "value" property (-1 while nothing is chosen) is the
 * state of the scale.value action each button targets, so a button is
 * pressed exactly when its number is the value. Screen readers hear a
 * group of radio buttons, "3 of 10", and which one is checked.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-rating-scale.h"

struct _SoftenRatingScale
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkBox   *buttons_box;
  GtkLabel *low_label;
  GtkLabel *high_label;

  int value;
};

G_DEFINE_FINAL_TYPE (SoftenRatingScale, soften_rating_scale, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_checked (GtkToggleButton *button)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_CHECKED,
                               gtk_toggle_button_get_active (button)
                                   ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                   : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

static void
add_button (SoftenRatingScale *self, int value)
{
  g_autofree char *label = g_strdup_printf ("%d", value);
  g_autofree char *spoken = NULL;
  GtkWidget       *button
      = g_object_new (GTK_TYPE_TOGGLE_BUTTON, "label", label, "accessible-role",
                      GTK_ACCESSIBLE_ROLE_RADIO, "action-name", "scale.value", "action-target",
                      g_variant_new_int32 (value), "hexpand", TRUE, NULL);

  /* Translators: read by screen readers on each button of the 0–10 scale */
  spoken = g_strdup_printf (_("%d of 10"), value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
  g_signal_connect (button, "notify::active", G_CALLBACK (update_checked), NULL);
  update_checked (GTK_TOGGLE_BUTTON (button));
  gtk_box_append (self->buttons_box, button);
}

static void
soften_rating_scale_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_RATING_SCALE);

  G_OBJECT_CLASS (soften_rating_scale_parent_class)->dispose (object);
}

static void
soften_rating_scale_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenRatingScale *self = SOFTEN_RATING_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_rating_scale_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SoftenRatingScale *self = SOFTEN_RATING_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      soften_rating_scale_set_value (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_rating_scale_class_init (SoftenRatingScaleClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_rating_scale_dispose;
  object_class->get_property = soften_rating_scale_get_property;
  object_class->set_property = soften_rating_scale_set_property;

  /* The number chosen, or -1 while none is. */
  properties[PROP_VALUE]
      = g_param_spec_int ("value", NULL, NULL, -1, SOFTEN_RATING_SCALE_MAX, -1,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-rating-scale.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenRatingScale, buttons_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenRatingScale, low_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenRatingScale, high_label);

  gtk_widget_class_install_property_action (widget_class, "scale.value", "value");
}

static void
soften_rating_scale_init (SoftenRatingScale *self)
{
  self->value = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i <= SOFTEN_RATING_SCALE_MAX; i++)
    add_button (self, i);
}

int
soften_rating_scale_get_value (SoftenRatingScale *self)
{
  g_return_val_if_fail (SOFTEN_IS_RATING_SCALE (self), -1);

  return self->value;
}

/**
 * soften_rating_scale_set_value:
 * @value: 0 to 10, or -1 for none
 */
void
soften_rating_scale_set_value (SoftenRatingScale *self, int value)
{
  g_return_if_fail (SOFTEN_IS_RATING_SCALE (self));
  g_return_if_fail (value >= -1 && value <= SOFTEN_RATING_SCALE_MAX);

  if (self->value == value)
    return;

  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/**
 * soften_rating_scale_set_ends:
 * @low: what 0 means, shown under it
 * @high: what 10 means
 * @description: the scale as a whole, for screen readers
 */
void
soften_rating_scale_set_ends (SoftenRatingScale *self,
                              const char        *low,
                              const char        *high,
                              const char        *description)
{
  g_return_if_fail (SOFTEN_IS_RATING_SCALE (self));

  gtk_label_set_text (self->low_label, low);
  gtk_label_set_text (self->high_label, high);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
}
