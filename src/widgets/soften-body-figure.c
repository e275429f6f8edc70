/* soften-body-figure.c — the body map's figure, as cairo paths
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A friendly figure, standing, on a 100 × 210 grid: a round head, a neck,
 * sloping shoulders, a torso that narrows at the waist, arms a little away
 * from the body, and legs. Each region is filled in its own call; a region
 * that is part of a larger shape (the jaw of the head; the shoulders, chest
 * and belly of the torso) is that shape clipped to a band.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-body-figure.h"

/* How soft the edge of a band is, in grid units. */
#define FEATHER 3.0

static void
ellipse (cairo_t *cr, double cx, double cy, double rx, double ry)
{
  cairo_save (cr);
  cairo_translate (cr, cx, cy);
  cairo_scale (cr, rx, ry);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
}

static void
path_head (cairo_t *cr)
{
  ellipse (cr, 50, 22, 15, 18);
}

static void
path_torso (cairo_t *cr)
{
  cairo_move_to (cr, 50, 47);
  cairo_curve_to (cr, 62, 47, 72, 48, 76, 54);
  cairo_curve_to (cr, 79, 60, 74, 78, 68, 92);
  cairo_curve_to (cr, 66, 98, 71, 106, 70, 114);
  cairo_curve_to (cr, 69, 119, 60, 121, 50, 121);
  cairo_curve_to (cr, 40, 121, 31, 119, 30, 114);
  cairo_curve_to (cr, 29, 106, 34, 98, 32, 92);
  cairo_curve_to (cr, 26, 78, 21, 60, 24, 54);
  cairo_curve_to (cr, 28, 48, 38, 47, 50, 47);
  cairo_close_path (cr);
}

/* One arm, mirrored by @side (−1 left, 1 right). */
static void
path_arm (cairo_t *cr, double side)
{
  cairo_move_to (cr, 50 + side * 22, 51);
  cairo_curve_to (cr, 50 + side * 30, 53, 50 + side * 32, 62, 50 + side * 32, 72);
  cairo_curve_to (cr, 50 + side * 33, 88, 50 + side * 36, 104, 50 + side * 36, 116);
  cairo_line_to (cr, 50 + side * 28, 117);
  cairo_curve_to (cr, 50 + side * 28, 104, 50 + side * 25, 90, 50 + side * 24, 76);
  cairo_curve_to (cr, 50 + side * 23, 68, 50 + side * 22, 60, 50 + side * 22, 51);
  cairo_close_path (cr);
}

static void
path_arms (cairo_t *cr)
{
  path_arm (cr, -1);
  path_arm (cr, 1);
}

static void
path_leg (cairo_t *cr, double side)
{
  cairo_move_to (cr, 50 + side * 1.5, 116);
  cairo_line_to (cr, 50 + side * 19, 112);
  cairo_curve_to (cr, 50 + side * 20, 140, 50 + side * 16, 165, 50 + side * 13, 192);
  cairo_line_to (cr, 50 + side * 4, 192);
  cairo_curve_to (cr, 50 + side * 3, 165, 50 + side * 1.5, 140, 50 + side * 1.5, 116);
  cairo_close_path (cr);
}

/* Fills the part of @path between @top and @bottom, its edges feathered
 * over a few units, so that a band of the torso glows without a hard cut. */
static void
fill_band (cairo_t *cr, void (*path) (cairo_t *), double top, double bottom)
{
  cairo_pattern_t *band = cairo_pattern_create_linear (0, top - FEATHER, 0, bottom + FEATHER);
  double           length = bottom - top + 2 * FEATHER;

  cairo_pattern_add_color_stop_rgba (band, 0, 0, 0, 0, 0);
  cairo_pattern_add_color_stop_rgba (band, 2 * FEATHER / length, 0, 0, 0, 1);
  cairo_pattern_add_color_stop_rgba (band, 1 - 2 * FEATHER / length, 0, 0, 0, 1);
  cairo_pattern_add_color_stop_rgba (band, 1, 0, 0, 0, 0);

  cairo_save (cr);
  cairo_new_path (cr);
  path (cr);
  cairo_clip (cr);
  cairo_mask (cr, band);
  cairo_restore (cr);
  cairo_pattern_destroy (band);
}

/* Fills @region (a SoftenRegion) with the source of @cr. */
void
soften_body_figure_fill_region (cairo_t *cr, int region)
{
  cairo_new_path (cr);

  switch (region)
    {
    case SOFTEN_REGION_FACE:
      path_head (cr);
      break;

    case SOFTEN_REGION_JAW:
      fill_band (cr, path_head, 28, 41);
      return;

    case SOFTEN_REGION_NECK:
      cairo_move_to (cr, 44, 36);
      cairo_line_to (cr, 56, 36);
      cairo_curve_to (cr, 56, 42, 57, 46, 60, 48);
      cairo_line_to (cr, 40, 48);
      cairo_curve_to (cr, 43, 46, 44, 42, 44, 36);
      cairo_close_path (cr);
      break;

    case SOFTEN_REGION_SHOULDERS:
      fill_band (cr, path_torso, 46, 59);
      fill_band (cr, path_arms, 46, 59);
      return;

    case SOFTEN_REGION_CHEST:
      fill_band (cr, path_torso, 59, 86);
      return;

    case SOFTEN_REGION_BELLY:
      fill_band (cr, path_torso, 86, 121);
      return;

    case SOFTEN_REGION_BACK:
      path_torso (cr);
      break;

    case SOFTEN_REGION_ARMS:
      path_arms (cr);
      break;

    case SOFTEN_REGION_HANDS:
      ellipse (cr, 18, 123, 6, 8);
      ellipse (cr, 82, 123, 6, 8);
      break;

    case SOFTEN_REGION_LEGS:
      path_leg (cr, -1);
      path_leg (cr, 1);
      break;

    case SOFTEN_REGION_FEET:
      ellipse (cr, 40, 197, 9, 5);
      ellipse (cr, 60, 197, 9, 5);
      break;

    default:
      return;
    }

  cairo_fill (cr);
}

/* Fills the whole figure, each part once. */
void
soften_body_figure_fill (cairo_t *cr)
{
  for (int region = 0; region < SOFTEN_N_REGIONS; region++)
    if (region != SOFTEN_REGION_JAW && region != SOFTEN_REGION_SHOULDERS
        && region != SOFTEN_REGION_CHEST && region != SOFTEN_REGION_BELLY)
      soften_body_figure_fill_region (cr, region);
}
