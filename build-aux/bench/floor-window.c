/* floor-window.c — the start-up and memory floor: the simplest libadwaita app
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwApplicationWindow of Soften's default size with a header bar and a
 * status page, nothing else. Built and run by build-aux/bench/run.
 */

#include <adwaita.h>

#include "floor-report.h"

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "face-smile-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), "The Floor");
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   "The simplest libadwaita window, to measure against.");
  gtk_widget_set_vexpand (status, TRUE);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 860, 640);

  floor_report_first_frame (window);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr (AdwApplication) app
      = adw_application_new ("org.example.SoftenFloor", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
