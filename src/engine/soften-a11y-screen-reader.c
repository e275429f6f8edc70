/* soften-a11y-screen-reader.c — the desktop says whether a screen reader is on
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads ScreenReaderEnabled of org.a11y.Status on the session bus's
 * org.a11y.Bus (/org/a11y/bus), as Orca sets it, and follows its changes.
 * The bus is never started for this (GTK starts it when accessibility is
 * on): with no bus, or until its answer comes, no screen reader is on.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-screen-reader.h"

struct _SoftenA11yScreenReader
{
  SoftenScreenReader parent_instance;

  GDBusProxy *proxy;
};

G_DEFINE_FINAL_TYPE (SoftenA11yScreenReader, soften_a11y_screen_reader, SOFTEN_TYPE_SCREEN_READER)

static void
update (SoftenA11yScreenReader *self)
{
  g_autoptr (GVariant) value
      = g_dbus_proxy_get_cached_property (self->proxy, "ScreenReaderEnabled");

  soften_screen_reader_set_enabled (SOFTEN_SCREEN_READER (self),
                                    value != NULL
                                        && g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN)
                                        && g_variant_get_boolean (value));
}

static void
got_proxy_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (SoftenA11yScreenReader) self = user_data;
  g_autoptr (GError)                 error = NULL;

  self->proxy = g_dbus_proxy_new_for_bus_finish (result, &error);
  if (self->proxy == NULL)
    {
      g_debug ("No accessibility bus status: %s", error->message);
      return;
    }

  g_signal_connect_object (self->proxy, "g-properties-changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->proxy, "notify::g-name-owner", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

static void
soften_a11y_screen_reader_dispose (GObject *object)
{
  SoftenA11yScreenReader *self = (SoftenA11yScreenReader *)object;

  g_clear_object (&self->proxy);

  G_OBJECT_CLASS (soften_a11y_screen_reader_parent_class)->dispose (object);
}

static void
soften_a11y_screen_reader_class_init (SoftenA11yScreenReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = soften_a11y_screen_reader_dispose;
}

static void
soften_a11y_screen_reader_init (SoftenA11yScreenReader *self)
{
  /* The call holds a reference: the watch is disposed only after it. */
  g_dbus_proxy_new_for_bus (G_BUS_TYPE_SESSION, G_DBUS_PROXY_FLAGS_DO_NOT_AUTO_START, NULL,
                            "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Status", NULL, got_proxy_cb,
                            g_object_ref (self));
}

SoftenScreenReader *
soften_a11y_screen_reader_new (void)
{
  return g_object_new (SOFTEN_TYPE_A11Y_SCREEN_READER, NULL);
}
