/* floor-report.h — the floor programs report as Soften does (src/common/soften-bench.c)
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first frame of the window: a line "soften-bench first-frame t=… maxrss=…
 * rss=… widgets=…" on standard error, then quit when SOFTEN_BENCH asks for "quit",
 * or exit at once for "exit" (to profile start-up alone).
 */

#pragma once

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <gtk/gtk.h>

static long
floor_current_rss_kib (void)
{
  g_autofree char *statm = NULL;
  unsigned long    size, resident;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL)
      || sscanf (statm, "%lu %lu", &size, &resident) != 2)
    return -1;

  return (long)(resident * (sysconf (_SC_PAGESIZE) / 1024));
}

static unsigned
floor_count_widgets (GtkWidget *widget)
{
  unsigned n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += floor_count_widgets (child);

  return n;
}

static void
floor_after_paint_cb (GdkFrameClock *frame_clock, GtkWidget *window)
{
  const char   *bench = g_getenv ("SOFTEN_BENCH");
  struct rusage usage;
  gint64        t;

  if (!gtk_widget_get_mapped (window))
    return;

  t = g_get_monotonic_time ();
  g_signal_handlers_disconnect_by_func (frame_clock, floor_after_paint_cb, window);
  getrusage (RUSAGE_SELF, &usage);
  fprintf (stderr,
           "soften-bench first-frame t=%" G_GINT64_FORMAT " maxrss=%ld rss=%ld widgets=%u\n", t,
           usage.ru_maxrss, floor_current_rss_kib (), floor_count_widgets (window));

  if (bench != NULL && strstr (bench, "exit") != NULL)
    _exit (0);
  if (bench != NULL && strstr (bench, "quit") != NULL)
    g_application_quit (g_application_get_default ());
}

static void
floor_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (floor_after_paint_cb), window);
}

/* Call before the window is shown. */
static inline void
floor_report_first_frame (GtkWidget *window)
{
  g_signal_connect_after (window, "realize", G_CALLBACK (floor_realize_cb), NULL);
}
