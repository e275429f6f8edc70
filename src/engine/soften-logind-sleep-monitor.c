/* soften-logind-sleep-monitor.c — logind says when the machine will sleep
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Listens on the system bus for logind's
 * org.freedesktop.login1.Manager.PrepareForSleep(true), sent just before a
 * suspend or hibernation. With no system bus (a container, a test), it
 * says nothing, and a session is simply not paused for a suspend.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-sleep-monitor.h"

struct _SoftenLogindSleepMonitor
{
  SoftenSleepMonitor parent_instance;

  GDBusConnection *bus;
  guint            subscription;
};

G_DEFINE_FINAL_TYPE (SoftenLogindSleepMonitor,
                     soften_logind_sleep_monitor,
                     SOFTEN_TYPE_SLEEP_MONITOR)

static void
prepare_for_sleep_cb (GDBusConnection *bus,
                      const char      *sender,
                      const char      *path,
                      const char      *interface,
                      const char      *signal,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  gboolean start;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    return;

  g_variant_get (parameters, "(b)", &start);
  if (start)
    soften_sleep_monitor_emit_sleeping (SOFTEN_SLEEP_MONITOR (user_data));
}

static void
got_bus_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (SoftenLogindSleepMonitor) self = user_data;
  g_autoptr (GError)                   error = NULL;
  GDBusConnection                     *bus = g_bus_get_finish (result, &error);

  if (bus == NULL)
    {
      g_debug ("No system bus, so no word of a suspend: %s", error->message);
      return;
    }

  self->bus = bus;
  self->subscription = g_dbus_connection_signal_subscribe (
      bus, "org.freedesktop.login1", "org.freedesktop.login1.Manager", "PrepareForSleep",
      "/org/freedesktop/login1", NULL, G_DBUS_SIGNAL_FLAGS_NONE, prepare_for_sleep_cb, self, NULL);
}

static void
soften_logind_sleep_monitor_dispose (GObject *object)
{
  SoftenLogindSleepMonitor *self = (SoftenLogindSleepMonitor *)object;

  if (self->subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->bus, self->subscription);
  self->subscription = 0;
  g_clear_object (&self->bus);

  G_OBJECT_CLASS (soften_logind_sleep_monitor_parent_class)->dispose (object);
}

static void
soften_logind_sleep_monitor_class_init (SoftenLogindSleepMonitorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = soften_logind_sleep_monitor_dispose;
}

static void
soften_logind_sleep_monitor_init (SoftenLogindSleepMonitor *self)
{
  /* The call holds a reference: the monitor is disposed only after it. */
  g_bus_get (G_BUS_TYPE_SYSTEM, NULL, got_bus_cb, g_object_ref (self));
}

SoftenSleepMonitor *
soften_logind_sleep_monitor_new (void)
{
  return g_object_new (SOFTEN_TYPE_LOGIND_SLEEP_MONITOR, NULL);
}
