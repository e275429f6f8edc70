/* floor-pacer.c — the pacer's floor: a plain circle animated from the frame clock
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * floor-pacer WIDTH HEIGHT: a window of Soften's default size with a header
 * bar and, below it, a circle in a WIDTH × HEIGHT area (the size Soften's
 * pacer was given) that grows and shrinks every frame. Built and run by
 * build-aux/bench/run.
 */

#include <math.h>
#include <stdlib.h>

#include <adwaita.h>

#include "floor-report.h"

#define FLOOR_TYPE_CIRCLE (floor_circle_get_type ())
G_DECLARE_FINAL_TYPE (FloorCircle, floor_circle, FLOOR, CIRCLE, GtkWidget)

struct _FloorCircle
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (FloorCircle, floor_circle, GTK_TYPE_WIDGET)

static int width = 160, height = 160;

static gboolean
tick_cb (GtkWidget *widget, GdkFrameClock *frame_clock, gpointer user_data)
{
  gtk_widget_queue_draw (widget);

  return G_SOURCE_CONTINUE;
}

static void
floor_circle_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);
  gint64         now = frame_clock != NULL ? gdk_frame_clock_get_frame_time (frame_clock) : 0;
  float          full = MIN (gtk_widget_get_width (widget), gtk_widget_get_height (widget)) / 2.0f;
  float          radius = full * (0.69f + 0.31f * (float)sin (now / 1e6 * G_PI / 4.0));
  float cx = gtk_widget_get_width (widget) / 2.0f, cy = gtk_widget_get_height (widget) / 2.0f;
  GskRoundedRect disc;

  gsk_rounded_rect_init_from_rect (
      &disc, &GRAPHENE_RECT_INIT (cx - radius, cy - radius, 2 * radius, 2 * radius), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &disc);
  gtk_snapshot_append_color (snapshot, &(GdkRGBA){ 0.21f, 0.52f, 0.89f, 0.55f }, &disc.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
floor_circle_class_init (FloorCircleClass *klass)
{
  GTK_WIDGET_CLASS (klass)->snapshot = floor_circle_snapshot;
}

static void
floor_circle_init (FloorCircle *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self), width, height);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), g_object_new (FLOOR_TYPE_CIRCLE, NULL));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 860, 640);

  floor_report_first_frame (window);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr (AdwApplication) app
      = adw_application_new ("org.example.SoftenFloorPacer", G_APPLICATION_DEFAULT_FLAGS);

  if (argc == 3)
    {
      width = MAX (1, atoi (argv[1]));
      height = MAX (1, atoi (argv[2]));
    }

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
