/* soften-notifications.c — telling someone who looked away that an exercise is over
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib warns when it sends a notification and no server hears it (on a
 * bare session, under Xvfb), and a missing server is no error here: ask
 * the bus first.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-notifications.h"

#define BUS_TIMEOUT_MS        500
#define FINISHED_NOTIFICATION "session-finished"

static const char *const services[] = {
  "org.gtk.Notifications",
  "org.freedesktop.Notifications",
};

static gboolean
has_owner (GDBusConnection *bus, const char *name)
{
  g_autoptr (GVariant) owned = NULL;
  gboolean             owner = FALSE;

  owned = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, BUS_TIMEOUT_MS, NULL, NULL);
  if (owned != NULL)
    g_variant_get (owned, "(b)", &owner);

  return owner;
}

/* Would the bus start one of them on the first notification? */
static gboolean
any_activatable (GDBusConnection *bus)
{
  g_autoptr (GVariant)    activatable = NULL;
  g_autofree const char **names = NULL;

  activatable = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                             "org.freedesktop.DBus", "ListActivatableNames", NULL,
                                             G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE,
                                             BUS_TIMEOUT_MS, NULL, NULL);
  if (activatable == NULL)
    return FALSE;

  g_variant_get (activatable, "(^a&s)", &names);
  for (guint i = 0; i < G_N_ELEMENTS (services); i++)
    if (g_strv_contains (names, services[i]))
      return TRUE;

  return FALSE;
}

/**
 * soften_notifications_available:
 *
 * Returns: whether a notification sent now would reach a notification
 *   server (or, inside a sandbox, the portal)
 */
gboolean
soften_notifications_available (GApplication *application)
{
  GDBusConnection *bus = g_application_get_dbus_connection (application);

  if (bus == NULL)
    return FALSE;

  /* Inside a sandbox the portal delivers them. */
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (services); i++)
    if (has_owner (bus, services[i]))
      return TRUE;

  return any_activatable (bus);
}

/* Someone who looked away (another window, or this one hidden) hears that
 * the exercise is over. */
void
soften_notifications_tell_finished (GtkApplication *application, SoftenExercise *exercise)
{
  GtkWindow                *window = gtk_application_get_active_window (application);
  g_autoptr (GNotification) notification = NULL;
  g_autofree char          *body = NULL;

  if (window != NULL && gtk_widget_get_visible (GTK_WIDGET (window))
      && gtk_window_is_active (window))
    return;
  if (!soften_notifications_available (G_APPLICATION (application)))
    return;

  /* Translators: a notification's text; %s is the exercise's title */
  body = g_strdup_printf (_("“%s” is done. Take your time coming back."),
                          soften_exercise_get_title (exercise));
  notification = g_notification_new (_("Exercise Finished"));
  g_notification_set_body (notification, body);
  g_application_send_notification (G_APPLICATION (application), FINISHED_NOTIFICATION,
                                   notification);
}

/* A new exercise begins: the last one's notification is old news. */
void
soften_notifications_withdraw_finished (GtkApplication *application)
{
  g_application_withdraw_notification (G_APPLICATION (application), FINISHED_NOTIFICATION);
}
