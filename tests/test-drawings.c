/* test-drawings.c — the release card and the body map, built alone
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each widget is shown in a plain window. Their animations are moved on
 * with made-up frame times through their private step functions, so a
 * ceremony of six seconds is checked in an instant; one check lets the
 * real frame clock move a ceremony on, to show that it is what drives it.
 */

#include "config.h"

#include "soften-body-map-private.h"
#include "soften-release-card-private.h"
#include "ui-test-helpers.h"

#define FRAME_ORIGIN (1000 * G_USEC_PER_SEC)

static GtkWindow *
show_alone (GtkWidget *child, int width, int height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate ();

  return window;
}

static void
redraw (GtkWidget *widget)
{
  iterate ();
  gtk_test_widget_wait_for_draw (widget);
  iterate ();
}

/* Draws @widget as it would be now, without letting the frame clock run,
 * and returns the alpha of the pixel at (@x, @y), 0 to 255. */
static guint
draw_now (GtkWidget *widget, int x, int y)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int          width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr (GskRenderNode) node = NULL;
  cairo_surface_t          *surface;
  cairo_t                  *cr;
  guint                     alpha;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return 0;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  alpha
      = cairo_image_surface_get_data (surface)[y * cairo_image_surface_get_stride (surface) + x * 4
                                               + (G_BYTE_ORDER == G_LITTLE_ENDIAN ? 3 : 0)];
  cairo_surface_destroy (surface);

  return alpha;
}

static void
set_animations (gboolean enabled)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", enabled, NULL);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* A card with two lines of made-up letters, shown. */
static SoftenReleaseCard *
new_card (GtkWindow **window)
{
  SoftenReleaseCard *card = g_object_new (SOFTEN_TYPE_RELEASE_CARD, NULL);
  SoftenInkMark      marks[80];

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    marks[i] = (SoftenInkMark){ 12 + (i % 40) * 9, 12 + (i / 40) * 20, 9, 20 };
  soften_release_card_set_marks (card, marks, G_N_ELEMENTS (marks));
  *window = show_alone (GTK_WIDGET (card), 480, 260);
  g_assert_cmpuint (soften_release_card_get_n_marks (card), ==, G_N_ELEMENTS (marks));

  return g_object_ref (card);
}

/* Each ritual runs from 0 to 1 over its 4–8 s, by the frame time alone,
 * drawing every moment, and says once that it has finished. */
static void
test_release_card_runs_to_completion (void)
{
  for (SoftenRitual ritual = SOFTEN_RITUAL_BURN; ritual <= SOFTEN_RITUAL_DISSOLVE; ritual++)
    {
      GtkWindow                    *window;
      g_autoptr (SoftenReleaseCard) card = new_card (&window);
      guint                         finished = 0;
      gint64                        duration;

      g_signal_connect_swapped (card, "finished", G_CALLBACK (count_cb), &finished);
      /* Before: the whole sheet. */
      g_assert_cmpuint (draw_now (GTK_WIDGET (card), 240, 250), ==, 255);
      soften_release_card_begin (card, ritual);
      g_assert_true (soften_release_card_is_running (card));
      g_assert_false (soften_release_card_is_fading (card));
      duration = soften_release_card_get_duration (card);
      g_assert_cmpint (duration, >=, 4 * G_USEC_PER_SEC);
      g_assert_cmpint (duration, <=, 8 * G_USEC_PER_SEC);

      /* The first frame begins it; each later one is placed by its time. */
      soften_release_card_step (card, FRAME_ORIGIN);
      g_assert_cmpfloat (soften_release_card_get_progress (card), ==, 0.0);
      for (guint tenth = 1; tenth < 10; tenth++)
        {
          soften_release_card_step (card, FRAME_ORIGIN + duration * tenth / 10);
          g_assert_cmpfloat_with_epsilon (soften_release_card_get_progress (card), tenth / 10.0,
                                          1e-9);
          draw_now (GTK_WIDGET (card), 0, 0);
        }
      g_assert_true (soften_release_card_is_running (card));
      g_assert_cmpuint (finished, ==, 0);
      /* Near the end, the foot of the sheet is gone. */
      g_assert_cmpuint (draw_now (GTK_WIDGET (card), 240, 250), <, 64);

      soften_release_card_step (card, FRAME_ORIGIN + duration);
      g_assert_cmpfloat (soften_release_card_get_progress (card), ==, 1.0);
      g_assert_false (soften_release_card_is_running (card));
      g_assert_cmpuint (finished, ==, 1);
      /* Nothing of the shape outlives the ceremony. */
      g_assert_cmpuint (soften_release_card_get_n_marks (card), ==, 0);
      g_assert_cmpuint (draw_now (GTK_WIDGET (card), 240, 130), ==, 0);

      soften_release_card_step (card, FRAME_ORIGIN + 2 * duration);
      soften_release_card_finish (card);
      g_assert_cmpuint (finished, ==, 1);
      gtk_window_destroy (window);
      iterate ();
    }
}

/* On screen, the frame clock moves the ceremony on by itself. */
static void
test_release_card_frame_clock (void)
{
  GtkWindow                    *window;
  g_autoptr (SoftenReleaseCard) card = new_card (&window);

  soften_release_card_begin (card, SOFTEN_RITUAL_DISSOLVE);
  while (soften_release_card_get_progress (card) <= 0.0)
    redraw (GTK_WIDGET (card));
  g_assert_cmpfloat (soften_release_card_get_progress (card), <, 1.0);
  g_assert_true (soften_release_card_is_running (card));

  /* Taken off screen mid-way, it finishes at once. */
  gtk_widget_set_visible (GTK_WIDGET (card), FALSE);
  g_assert_false (soften_release_card_is_running (card));
  g_assert_cmpfloat (soften_release_card_get_progress (card), ==, 1.0);
  gtk_window_destroy (window);
  iterate ();
}

/* With motion reduced, a short fade instead of the ritual. */
static void
test_release_card_reduce_motion (void)
{
  GtkWindow                    *window;
  g_autoptr (SoftenReleaseCard) card = new_card (&window);
  guint                         finished = 0;

  set_animations (FALSE);
  g_signal_connect_swapped (card, "finished", G_CALLBACK (count_cb), &finished);
  soften_release_card_begin (card, SOFTEN_RITUAL_BURN);
  g_assert_true (soften_release_card_is_fading (card));
  g_assert_cmpint (soften_release_card_get_duration (card), ==, SOFTEN_RELEASE_FADE_USEC);
  soften_release_card_step (card, FRAME_ORIGIN);
  soften_release_card_step (card, FRAME_ORIGIN + SOFTEN_RELEASE_FADE_USEC / 2);
  /* Half faded, where it stood: nothing has moved. */
  g_assert_cmpuint (draw_now (GTK_WIDGET (card), 240, 250), >, 64);
  g_assert_cmpuint (draw_now (GTK_WIDGET (card), 240, 250), <, 192);
  soften_release_card_step (card, FRAME_ORIGIN + SOFTEN_RELEASE_FADE_USEC);
  g_assert_false (soften_release_card_is_running (card));
  g_assert_cmpuint (finished, ==, 1);
  set_animations (TRUE);
  gtk_window_destroy (window);
  iterate ();
}

/* Off screen, a ceremony ends as it begins. */
static void
test_release_card_unmapped (void)
{
  g_autoptr (SoftenReleaseCard) card
      = g_object_ref_sink (g_object_new (SOFTEN_TYPE_RELEASE_CARD, NULL));
  guint finished = 0;

  g_signal_connect_swapped (card, "finished", G_CALLBACK (count_cb), &finished);
  soften_release_card_begin (card, SOFTEN_RITUAL_TEAR);
  g_assert_false (soften_release_card_is_running (card));
  g_assert_cmpuint (finished, ==, 1);
}

/* A new region fades in over 300 ms as the old one fades out; with
 * animations off, the highlight changes at once. */
static void
test_body_map_highlight (void)
{
  SoftenBodyMap *map = g_object_new (SOFTEN_TYPE_BODY_MAP, NULL);
  GtkWindow     *window = show_alone (GTK_WIDGET (map), 360, 640);
  guint          notified = 0;

  g_signal_connect_swapped (map, "notify::region", G_CALLBACK (count_cb), &notified);
  soften_body_map_set_region (map, SOFTEN_REGION_FEET);
  g_assert_cmpuint (notified, ==, 1);
  soften_body_map_step (map, FRAME_ORIGIN);
  soften_body_map_step (map, FRAME_ORIGIN + SOFTEN_BODY_MAP_FADE_USEC);
  g_assert_cmpfloat (soften_body_map_get_fade (map), ==, 1.0);

  soften_body_map_set_region (map, SOFTEN_REGION_LEGS);
  g_assert_cmpint (soften_body_map_get_previous_region (map), ==, SOFTEN_REGION_FEET);
  g_assert_cmpfloat (soften_body_map_get_fade (map), ==, 0.0);
  soften_body_map_step (map, FRAME_ORIGIN);
  soften_body_map_step (map, FRAME_ORIGIN + SOFTEN_BODY_MAP_FADE_USEC / 2);
  g_assert_cmpfloat_with_epsilon (soften_body_map_get_fade (map), 0.5, 1e-9);
  draw_now (GTK_WIDGET (map), 0, 0);
  soften_body_map_step (map, FRAME_ORIGIN + SOFTEN_BODY_MAP_FADE_USEC);
  g_assert_cmpfloat (soften_body_map_get_fade (map), ==, 1.0);
  g_assert_cmpint (soften_body_map_get_previous_region (map), ==, -1);
  g_object_get (map, "region", &(int){ 0 }, NULL);

  /* The frame clock runs the fade by itself. */
  soften_body_map_set_region (map, SOFTEN_REGION_BELLY);
  while (soften_body_map_get_fade (map) < 1.0)
    redraw (GTK_WIDGET (map));
  g_assert_cmpint (soften_body_map_get_previous_region (map), ==, -1);

  /* Every region draws. */
  for (int region = -1; region < SOFTEN_N_REGIONS; region++)
    {
      soften_body_map_set_region (map, region);
      redraw (GTK_WIDGET (map));
    }

  set_animations (FALSE);
  soften_body_map_set_region (map, SOFTEN_REGION_FEET);
  g_assert_cmpfloat (soften_body_map_get_fade (map), ==, 1.0);
  g_assert_cmpint (soften_body_map_get_previous_region (map), ==, -1);
  set_animations (TRUE);
  g_assert_cmpuint (notified, ==, 3 + (SOFTEN_N_REGIONS + 1) + 1);

  g_object_add_weak_pointer (G_OBJECT (map), (gpointer *)&map);
  gtk_window_destroy (window);
  iterate ();
  g_assert_null (map);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/soften/release-card/runs-to-completion", test_release_card_runs_to_completion);
  g_test_add_func ("/soften/release-card/frame-clock", test_release_card_frame_clock);
  g_test_add_func ("/soften/release-card/reduce-motion", test_release_card_reduce_motion);
  g_test_add_func ("/soften/release-card/unmapped", test_release_card_unmapped);

  g_test_add_func ("/soften/body-map/highlight", test_body_map_highlight);

  return g_test_run ();
}
