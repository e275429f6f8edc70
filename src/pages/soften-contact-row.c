/* soften-contact-row.c — one person to reach, on the Help Now page
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Their name and number, as plain text; a button copies the number, and
 * activating the row edits them (help-now.edit-contact). Soften never
 * calls or texts anyone itself.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-contact-row.h"

struct _SoftenContactRow
{
  AdwActionRow parent_instance;

  /* Owned */
  SoftenContact *contact;
};

G_DEFINE_FINAL_TYPE (SoftenContactRow, soften_contact_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_contact (SoftenContactRow *self, SoftenContact *contact)
{
  GVariant *id = g_variant_new_string (soften_contact_get_id (contact));

  self->contact = g_object_ref (contact);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), soften_contact_get_name (contact));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), soften_contact_get_number (contact));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self), id);
}

static void
copy_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenContactRow *self = SOFTEN_CONTACT_ROW (widget);

  gtk_widget_activate_action (widget, "help-now.copy-number", "s",
                              soften_contact_get_number (self->contact));
}

static void
soften_contact_row_dispose (GObject *object)
{
  SoftenContactRow *self = SOFTEN_CONTACT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_CONTACT_ROW);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (soften_contact_row_parent_class)->dispose (object);
}

static void
soften_contact_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenContactRow *self = SOFTEN_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_contact_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SoftenContactRow *self = SOFTEN_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      set_contact (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_contact_row_class_init (SoftenContactRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_contact_row_dispose;
  object_class->get_property = soften_contact_row_get_property;
  object_class->set_property = soften_contact_row_set_property;

  properties[PROP_CONTACT]
      = g_param_spec_object ("contact", NULL, NULL, SOFTEN_TYPE_CONTACT,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-contact-row.ui");
  gtk_widget_class_install_action (widget_class, "row.copy", NULL, copy_action);
}

static void
soften_contact_row_init (SoftenContactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
soften_contact_row_new (SoftenContact *contact)
{
  g_return_val_if_fail (SOFTEN_IS_CONTACT (contact), NULL);

  return g_object_new (SOFTEN_TYPE_CONTACT_ROW, "contact", contact, NULL);
}
