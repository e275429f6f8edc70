/* test-pacer.c — the breathing disc is round, whichever renderer draws it
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run twice by meson, with GSK_RENDERER=cairo and GSK_RENDERER=gl (GTK
 * chooses its renderer once a process). The pacer is shown in a window of
 * its own, an odd number of pixels wide as a page often makes it, so that
 * its centre falls between pixels; a breath follows the fake clock frame by
 * frame, and what is on the screen is read back from the X server. The
 * disc must be round: its edge, found to a fraction of a pixel from how
 * much each pixel is covered, as far from the centre to the left, right,
 * top and bottom, and every row as wide as a circle's.
 *
 * GTK 4.8's GL renderer shades a node only over the pixels whose centres
 * lie inside its bounds: a disc whose bounds end on a pixel's centre lost
 * that column of its soft edge, on the right (and the row at the bottom),
 * and showed a flat right edge.
 *
 * Where GL cannot be had (an X server without GLX, GDK_DEBUG=gl-disable)
 * the GL run is skipped, and says so.
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <math.h>
#include <X11/Xutil.h>

#include "engine/soften-fake-clock-private.h"
#include "soften-pacer.h"
#include "ui-test-helpers.h"

/* Odd: the centre is between two pixels across, on one down. */
#define PACER_WIDTH  201
#define PACER_HEIGHT 200
#define FRAME_USEC   (G_USEC_PER_SEC / 60)
/* How far the edge may be from a circle's, in pixels. The flat edge was
 * half a pixel short (a column half covered, left out). */
#define TOLERANCE 0.3

typedef struct
{
  XImage *image;
  int     x0, y0; /* the pacer's top left corner in the image */
  gulong  background;
} Shot;

/* How far the pixel at (x, y) of the pacer is from the background, over
 * the three channels. */
static int
distance (const Shot *s, int x, int y)
{
  unsigned long pixel;
  int           d = 0;

  if (x < 0 || y < 0 || x >= PACER_WIDTH || y >= PACER_HEIGHT)
    return 0;

  pixel = XGetPixel (s->image, s->x0 + x, s->y0 + y);
  for (int shift = 0; shift < 24; shift += 8)
    d += abs ((int)((pixel >> shift) & 0xff) - (int)((s->background >> shift) & 0xff));

  return d;
}

/* Where the disc's edge is, going from the pixel (x, y) inside it along
 * (dx, dy): the last pixel it touches counts as much as it is covered,
 * judged against the one inside it. A coordinate of the pacer, in pixels. */
static double
edge (const Shot *s, int x, int y, int dx, int dy)
{
  int    n = 0;
  double part;

  while (distance (s, x + dx * (n + 1), y + dy * (n + 1)) > 4)
    n++;
  g_assert_cmpint (n, >, 0);
  part = MIN (1.0, (double)distance (s, x + dx * n, y + dy * n)
                       / distance (s, x + dx * (n - 1), y + dy * (n - 1)));

  /* The last pixel spans [p, p + 1]: covered from its inner side. */
  if (dx > 0)
    return x + n + part;
  if (dx < 0)
    return x - n + 1 - part;
  if (dy > 0)
    return y + n + part;
  return y - n + 1 - part;
}

static void
read_screen (GtkWidget *window, GtkWidget *pacer, Shot *s)
{
  GdkSurface      *surface = gtk_native_get_surface (GTK_NATIVE (window));
  Display         *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (window));
  graphene_point_t origin;
  double           sx, sy;

  g_assert_true (gtk_widget_compute_point (pacer, window, &GRAPHENE_POINT_INIT (0, 0), &origin));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  XSync (display, False);
  s->image = XGetImage (display, gdk_x11_surface_get_xid (surface), 0, 0,
                        gdk_surface_get_width (surface), gdk_surface_get_height (surface),
                        AllPlanes, ZPixmap);
  g_assert_nonnull (s->image);
  s->x0 = (int)(origin.x + sx);
  s->y0 = (int)(origin.y + sy);
  s->background = XGetPixel (s->image, s->x0, s->y0);
}

static void
assert_round (Shot *s)
{
  int    x = PACER_WIDTH / 2, y = PACER_HEIGHT / 2;
  double left, right, top, bottom, cx, cy, r;

  g_assert_cmpint (distance (s, x, y), >, 20);
  left = edge (s, x, y, -1, 0);
  right = edge (s, x, y, 1, 0);
  top = edge (s, x, y, 0, -1);
  bottom = edge (s, x, y, 0, 1);
  cx = (left + right) / 2;
  cy = (top + bottom) / 2;
  r = (right - left + bottom - top) / 4;
  g_test_message ("disc from its centre (%.2f, %.2f): left %.2f, right %.2f, top %.2f, bottom %.2f",
                  cx, cy, cx - left, right - cx, cy - top, bottom - cy);
  g_assert_cmpfloat (r, >, 40);
  /* As wide as it is tall: a flat side is half a pixel short. */
  g_assert_cmpfloat (fabs ((right - left) - (bottom - top)), <=, TOLERANCE);
  /* In the middle of the pacer, to a pixel. */
  g_assert_cmpfloat (fabs (cx - PACER_WIDTH / 2.0), <=, 0.5);
  g_assert_cmpfloat (fabs (cy - PACER_HEIGHT / 2.0), <=, 0.5);

  /* Every row as wide as a circle's, on each side: a flat edge is short
   * over the rows it cuts. */
  for (int row = (int)(cy - r * 0.7); row <= (int)(cy + r * 0.7); row++)
    {
      double dy = row + 0.5 - cy;
      double circle = sqrt (r * r - dy * dy);
      double l = cx - edge (s, x, row, -1, 0);
      double rr = edge (s, x, row, 1, 0) - cx;

      if (fabs (l - circle) > TOLERANCE + 0.2 || fabs (rr - circle) > TOLERANCE + 0.2)
        g_error ("%+.1f px from the centre, the disc reaches %.2f px left and %.2f right, "
                 "not %.2f",
                 dy, l, rr, circle);
    }
}

/* Draws the breath frame by frame up to @until on the fake clock, then
 * checks what is on the screen. */
static void
breathe_and_check (SoftenClock *clock, GtkWidget *window, GtkWidget *pacer, gint64 until)
{
  Shot shot;

  while (soften_clock_get_time (clock) < until)
    {
      soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (clock), FRAME_USEC);
      gtk_test_widget_wait_for_draw (window);
    }
  gtk_widget_queue_draw (pacer);
  gtk_test_widget_wait_for_draw (window);
  iterate ();

  read_screen (window, pacer, &shot);
  assert_round (&shot);
  XDestroyImage (shot.image);
}

static void
test_pacer_round (void)
{
  static const gint64 box[]
      = { 4 * G_USEC_PER_SEC, 4 * G_USEC_PER_SEC, 4 * G_USEC_PER_SEC, 4 * G_USEC_PER_SEC };
  const char                *wanted = g_getenv ("GSK_RENDERER");
  g_autoptr (SoftenClock)    clock = soften_fake_clock_new ();
  g_autoptr (SoftenExercise) exercise
      = soften_exercise_new ("round", "Round", SOFTEN_CATEGORY_BREATHING);
  g_autoptr (SoftenStep)    step = soften_step_new_breathing ("", box, 3);
  g_autoptr (SoftenSession) session = NULL;
  GtkWidget                *window = gtk_window_new ();
  GtkWidget                *pacer
      = g_object_new (SOFTEN_TYPE_PACER, "width-request", PACER_WIDTH, "height-request",
                      PACER_HEIGHT, "halign", GTK_ALIGN_CENTER, "valign", GTK_ALIGN_CENTER, NULL);
  GtkWidget  *box_widget = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gint64      start;
  const char *used;

  soften_exercise_add_step (exercise, step);
  session = soften_session_new (exercise, clock);
  soften_pacer_set_session (SOFTEN_PACER (pacer), session);

  gtk_box_append (GTK_BOX (box_widget), pacer);
  gtk_window_set_child (GTK_WINDOW (window), box_widget);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 400);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  iterate ();
  g_assert_cmpint (gtk_widget_get_width (pacer), ==, PACER_WIDTH);
  g_assert_cmpint (gtk_widget_get_height (pacer), ==, PACER_HEIGHT);

  used = G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window)));
  g_test_message ("GSK_RENDERER=%s, drawn by %s", wanted, used);
  if (g_strcmp0 (wanted, "gl") == 0 && g_strcmp0 (used, "GskGLRenderer") != 0)
    {
      g_test_skip_printf ("GL was asked for but GTK draws with %s here (no GLX, or "
                          "GDK_DEBUG=gl-disable): the disc is not checked under GL",
                          used);
      gtk_window_destroy (GTK_WINDOW (window));
      iterate ();
      return;
    }
  if (g_strcmp0 (wanted, "cairo") == 0)
    g_assert_cmpstr (used, ==, "GskCairoRenderer");

  soften_session_start (session);
  start = soften_clock_get_time (clock);
  /* Halfway in, then held full (the disc as large as its ring). */
  breathe_and_check (clock, window, pacer, start + 2 * G_USEC_PER_SEC);
  g_assert_cmpfloat (soften_pacer_get_shown_fullness (SOFTEN_PACER (pacer)), >, 0.4);
  g_assert_cmpfloat (soften_pacer_get_shown_fullness (SOFTEN_PACER (pacer)), <, 0.6);
  breathe_and_check (clock, window, pacer, start + 5 * G_USEC_PER_SEC);
  g_assert_cmpfloat (soften_pacer_get_shown_fullness (SOFTEN_PACER (pacer)), ==, 1.0);

  soften_session_stop (session);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/soften/pacer/round", test_pacer_round);

  return g_test_run ();
}
