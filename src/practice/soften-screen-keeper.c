/* soften-screen-keeper.c — keeps the screen on while a session runs
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While the session it follows runs (not while it is paused or over), the
 * screen should neither blank nor lock: the application asks the desktop
 * to stay idle-inhibited, and lets go as soon as it stops running. With
 * no desktop to ask (headless), the request is simply not granted.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-screen-keeper.h"

struct _SoftenScreenKeeper
{
  GObject parent_instance;

  GtkApplication *application; /* weak */
  SoftenSession  *session;
  guint           cookie;
};

G_DEFINE_FINAL_TYPE (SoftenScreenKeeper, soften_screen_keeper, G_TYPE_OBJECT)

static void
update (SoftenScreenKeeper *self)
{
  gboolean running
      = self->session != NULL && soften_session_get_state (self->session) == SOFTEN_SESSION_RUNNING;

  if (self->application == NULL)
    return;

  if (running && self->cookie == 0)
    self->cookie = gtk_application_inhibit (self->application,
                                            gtk_application_get_active_window (self->application),
                                            GTK_APPLICATION_INHIBIT_IDLE,
                                            /* Translators: why the screen is kept on */
                                            _("An exercise is under way"));
  else if (!running && self->cookie != 0)
    {
      gtk_application_uninhibit (self->application, self->cookie);
      self->cookie = 0;
    }
}

static void
soften_screen_keeper_dispose (GObject *object)
{
  SoftenScreenKeeper *self = SOFTEN_SCREEN_KEEPER (object);

  soften_screen_keeper_set_session (self, NULL);
  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (soften_screen_keeper_parent_class)->dispose (object);
}

static void
soften_screen_keeper_class_init (SoftenScreenKeeperClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = soften_screen_keeper_dispose;
}

static void
soften_screen_keeper_init (SoftenScreenKeeper *self)
{
}

SoftenScreenKeeper *
soften_screen_keeper_new (GtkApplication *application)
{
  SoftenScreenKeeper *self = g_object_new (SOFTEN_TYPE_SCREEN_KEEPER, NULL);

  g_set_weak_pointer (&self->application, application);

  return self;
}

/**
 * soften_screen_keeper_set_session:
 * @session: (nullable): the session to follow
 */
void
soften_screen_keeper_set_session (SoftenScreenKeeper *self, SoftenSession *session)
{
  g_return_if_fail (SOFTEN_IS_SCREEN_KEEPER (self));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    g_signal_connect_object (session, "notify::state", G_CALLBACK (update), self,
                             G_CONNECT_SWAPPED);

  update (self);
}
