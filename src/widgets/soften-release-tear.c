/* soften-release-tear.c — the card tears into pieces that fall away
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A ragged tear runs down the sheet and its halves part, top first; each
 * half tears across, from its outer edge in; then the four pieces fall,
 * turning, one after another, and fade as they go.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <math.h>

#include "soften-release-card-private.h"

#define JAG_STEP 9.0
#define FAR      200.0

typedef struct
{
  gboolean left, top;
  double   direction; /* −1 falls to the left, 1 to the right */
  double   delay;
} Piece;

static const Piece pieces[] = {
  { TRUE, TRUE, -1, 0.00 },
  { FALSE, FALSE, 1, 0.06 },
  { TRUE, FALSE, -1, 0.12 },
  { FALSE, TRUE, 1, 0.18 },
};

static double
degrees (double angle)
{
  return angle * G_PI / 180.0;
}

/* The tear down the sheet: x at the k-th step down. */
static double
down_x (const SoftenReleaseScene *scene, guint k)
{
  double middle = scene->width * (0.46 + 0.08 * soften_release_noise (scene->seed, 1));

  return middle + 6.0 * (soften_release_noise (scene->seed, 100 + k) - 0.5) + 0.5 * k
         - 0.25 * scene->height / JAG_STEP;
}

/* A tear across the left (or right) half: y at the k-th step along. */
static double
across_y (const SoftenReleaseScene *scene, gboolean left, guint k)
{
  double level = scene->height * (left ? 0.40 : 0.56)
                 + 0.12 * scene->height * soften_release_noise (scene->seed, left ? 2 : 3);

  return level + 6.0 * (soften_release_noise (scene->seed, (left ? 400 : 700) + k) - 0.5);
}

static guint
n_down (const SoftenReleaseScene *scene)
{
  return (guint)ceil ((scene->height + 4) / JAG_STEP);
}

static guint
n_across (const SoftenReleaseScene *scene)
{
  return (guint)ceil ((scene->width + 4) / JAG_STEP);
}

static void
path_down (cairo_t *cr, const SoftenReleaseScene *scene)
{
  for (guint k = 0; k <= n_down (scene); k++)
    cairo_line_to (cr, down_x (scene, k), -2 + k * JAG_STEP);
}

static void
path_across (cairo_t *cr, const SoftenReleaseScene *scene, gboolean left)
{
  for (guint k = 0; k <= n_across (scene); k++)
    cairo_line_to (cr, -2 + k * JAG_STEP, across_y (scene, left, k));
}

/* Clips to one side of each tear. */
static void
clip_piece (cairo_t *cr, const SoftenReleaseScene *scene, const Piece *piece)
{
  double side = piece->left ? -FAR : scene->width + FAR;
  double end = piece->top ? -FAR : scene->height + FAR;

  cairo_move_to (cr, side, -FAR);
  cairo_line_to (cr, down_x (scene, 0), -FAR);
  path_down (cr, scene);
  cairo_line_to (cr, down_x (scene, n_down (scene)), scene->height + FAR);
  cairo_line_to (cr, side, scene->height + FAR);
  cairo_close_path (cr);
  cairo_clip (cr);

  cairo_move_to (cr, -FAR, end);
  cairo_line_to (cr, -FAR, across_y (scene, piece->left, 0));
  path_across (cr, scene, piece->left);
  cairo_line_to (cr, scene->width + FAR, across_y (scene, piece->left, n_across (scene)));
  cairo_line_to (cr, scene->width + FAR, end);
  cairo_close_path (cr);
  cairo_clip (cr);
}

static void
rotate_about (cairo_t *cr, double x, double y, double angle)
{
  cairo_translate (cr, x, y);
  cairo_rotate (cr, angle);
  cairo_translate (cr, -x, -y);
}

/* Places a piece at @t; returns how opaque it is. */
static double
place_piece (cairo_t *cr, const SoftenReleaseScene *scene, const Piece *piece, guint i, double t)
{
  double part = soften_release_ease (t / 0.28);
  double across = soften_release_ease ((t - 0.2) / 0.25);
  double fall = CLAMP ((t - 0.45 - piece->delay) / (0.55 - 0.18), 0.0, 1.0);
  double bottom_x = down_x (scene, n_down (scene));
  double tear_y = across_y (scene, piece->left, n_across (scene) / 2);
  double cx = piece->left ? scene->width / 4 : scene->width * 3 / 4;
  double cy = piece->top ? scene->height / 4 : scene->height * 3 / 4;
  double spin = piece->direction * (8 + 10 * soften_release_noise (scene->seed, 20 + i));

  cairo_translate (cr, piece->direction * fall * (30 + 30 * soften_release_noise (scene->seed, i)),
                   fall * fall * (scene->height * 0.6 + 100));
  rotate_about (cr, cx, cy, degrees (spin * fall));
  /* The half tears across from its outer edge, the inner end holding. */
  rotate_about (
      cr, down_x (scene, (guint)(tear_y / JAG_STEP)), tear_y,
      degrees ((piece->top ? 5.0 : 2.5) * across * (piece->left ? -1 : 1) * (piece->top ? 1 : -1)));
  /* The halves part from the top, held at the bottom of the tear. */
  cairo_translate (cr, piece->direction * 3 * part, 0);
  rotate_about (cr, bottom_x, scene->height, degrees (2.5 * part * piece->direction));

  return 1.0 - soften_release_ease ((fall - 0.25) / 0.75);
}

static void
draw_piece (cairo_t *cr, const SoftenReleaseScene *scene, const Piece *piece, guint i, double t)
{
  double alpha;

  cairo_save (cr);
  alpha = place_piece (cr, scene, piece, i, t);
  if (alpha <= 0.01)
    {
      cairo_restore (cr);
      return;
    }

  clip_piece (cr, scene, piece);
  soften_release_draw_sheet (cr, scene, alpha);
  soften_release_draw_marks (cr, scene, alpha);

  /* The torn edges, paler where the fibres show, once torn. */
  cairo_set_line_width (cr, 3.0);
  cairo_set_source_rgba (cr, 0.5 + scene->paper.red / 2, 0.5 + scene->paper.green / 2,
                         0.5 + scene->paper.blue / 2, 0.5 * alpha * MIN (1.0, t / 0.05));
  cairo_new_path (cr);
  path_down (cr, scene);
  if (t > 0.2)
    {
      cairo_new_sub_path (cr);
      path_across (cr, scene, piece->left);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* What the pieces cover at @t: each quarter of the sheet, placed, with
 * room for its torn edge. */
void
soften_release_tear_bounds (const SoftenReleaseScene *scene, double t, graphene_rect_t *bounds)
{
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  double           x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;

  for (guint i = 0; i < G_N_ELEMENTS (pieces); i++)
    {
      cairo_t *cr = cairo_create (scratch);
      double   left = pieces[i].left ? -4 : scene->width * 0.4;
      double   right = pieces[i].left ? scene->width * 0.6 : scene->width + 4;
      double   top = pieces[i].top ? -4 : scene->height * 0.35;
      double   bottom = pieces[i].top ? scene->height * 0.75 : scene->height + 4;
      double corners[4][2] = { { left, top }, { right, top }, { left, bottom }, { right, bottom } };

      place_piece (cr, scene, &pieces[i], i, t);
      for (guint c = 0; c < 4; c++)
        {
          cairo_user_to_device (cr, &corners[c][0], &corners[c][1]);
          x1 = MIN (x1, corners[c][0]);
          y1 = MIN (y1, corners[c][1]);
          x2 = MAX (x2, corners[c][0]);
          y2 = MAX (y2, corners[c][1]);
        }
      cairo_destroy (cr);
    }
  cairo_surface_destroy (scratch);
  graphene_rect_init (bounds, x1 - 4, y1 - 4, x2 - x1 + 8, y2 - y1 + 8);
}

void
soften_release_tear_draw (cairo_t *cr, const SoftenReleaseScene *scene, double t)
{
  for (guint i = 0; i < G_N_ELEMENTS (pieces); i++)
    draw_piece (cr, scene, &pieces[i], i, t);
}
