/* screen-reader-watch.c — the real screen reader watch, for test-screen-reader.py
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Watches org.a11y.Status on the session bus with SoftenA11yScreenReader,
 * as the app does, and prints "on" or "off" each time "enabled" changes,
 * after printing "ready" once it has its answer. Exits when stdin closes.
 */

#include "config.h"

#include <stdio.h>

#include "engine/soften-screen-reader.h"

static void
changed_cb (SoftenScreenReader *reader)
{
  printf ("%s\n", soften_screen_reader_get_enabled (reader) ? "on" : "off");
  fflush (stdout);
}

static gboolean
ready_cb (gpointer data)
{
  printf ("ready\n");
  fflush (stdout);
  return G_SOURCE_REMOVE;
}

static gboolean
stdin_closed_cb (GIOChannel *channel, GIOCondition condition, gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

int
main (void)
{
  g_autoptr (SoftenScreenReader) reader = soften_a11y_screen_reader_new ();
  g_autoptr (GMainLoop)          loop = g_main_loop_new (NULL, FALSE);
  g_autoptr (GIOChannel)         input = g_io_channel_unix_new (0);

  g_signal_connect (reader, "notify::enabled", G_CALLBACK (changed_cb), NULL);
  /* The proxy's first answer comes within a second on an idle bus. */
  g_timeout_add (1000, ready_cb, NULL);
  g_io_add_watch (input, G_IO_HUP | G_IO_IN | G_IO_ERR, stdin_closed_cb, loop);
  g_main_loop_run (loop);

  return 0;
}
