/* soften-screen-reader.c — whether a screen reader is on
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The private fields ask it whether what is typed may go out over the
 * accessibility bus (see src/common/soften-private-field.c): only when a
 * screen reader is on. The real one reads the accessibility bus's
 * org.a11y.Status (soften-a11y-screen-reader.c); the fake one
 * (soften-fake-screen-reader.c) is set by tests. "enabled" notifies once
 * for each change.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-screen-reader.h"

typedef struct
{
  gboolean enabled;
} SoftenScreenReaderPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SoftenScreenReader, soften_screen_reader, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ENABLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
soften_screen_reader_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenScreenReader *self = SOFTEN_SCREEN_READER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, soften_screen_reader_get_enabled (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_screen_reader_class_init (SoftenScreenReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = soften_screen_reader_get_property;

  /* A screen reader is on; FALSE until known. */
  properties[PROP_ENABLED]
      = g_param_spec_boolean ("enabled", NULL, NULL, FALSE,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
soften_screen_reader_init (SoftenScreenReader *self)
{
}

gboolean
soften_screen_reader_get_enabled (SoftenScreenReader *self)
{
  SoftenScreenReaderPrivate *priv = soften_screen_reader_get_instance_private (self);

  g_return_val_if_fail (SOFTEN_IS_SCREEN_READER (self), FALSE);

  return priv->enabled;
}

/* For the implementations (and, through the fake, tests). */
void
soften_screen_reader_set_enabled (SoftenScreenReader *self, gboolean enabled)
{
  SoftenScreenReaderPrivate *priv = soften_screen_reader_get_instance_private (self);

  g_return_if_fail (SOFTEN_IS_SCREEN_READER (self));

  if (priv->enabled == !!enabled)
    return;

  priv->enabled = !!enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}
