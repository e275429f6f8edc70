/* soften-release-burn.c — the card chars from its lower edge, and embers rise
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A burning front, uneven and a little slanted, climbs from the bottom of
 * the sheet to the top. Above it the paper darkens as it nears the edge;
 * the edge itself glows; below it there is nothing. Embers leave the edge
 * where it was when they were born, rise, sway and fade.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <math.h>

#include "soften-release-card-private.h"

#define N_EMBERS   150
#define FRONT_STEP 10.0
#define EMBER_RISE 100.0

/* How far the front has climbed at @t: slowly as it catches, then steadily. */
static double
climb (double t)
{
  return pow (MIN (1.0, t / 0.88), 1.35);
}

static double
front_y (const SoftenReleaseScene *scene, double t, double x)
{
  double phase = soften_release_noise (scene->seed, 1) * 2 * G_PI;
  double p = climb (t);
  double base = scene->height + 14 - (scene->height + 50) * p;

  return base + 7.0 * sin (x * 0.045 + phase) + 4.0 * sin (x * 0.11 + 2 * phase)
         + 0.18 * scene->height * (x / MAX (scene->width, 1) - 0.5) * (1.0 - p);
}

/* The front, or a line @dy above it. */
static void
path_front_at (cairo_t *cr, const SoftenReleaseScene *scene, double t, double dy)
{
  for (double x = -FRONT_STEP; x < scene->width + 2 * FRONT_STEP; x += FRONT_STEP)
    cairo_line_to (cr, x, front_y (scene, t, x) - dy);
}

static void
path_front (cairo_t *cr, const SoftenReleaseScene *scene, double t)
{
  path_front_at (cr, scene, t, 0);
}

static void
draw_embers (cairo_t *cr, const SoftenReleaseScene *scene, double t)
{
  for (guint i = 0; i < N_EMBERS; i++)
    {
      double born = 0.02 + 0.9 * soften_release_noise (scene->seed, 10 * i + 2);
      double life = 0.09 + 0.08 * soften_release_noise (scene->seed, 10 * i + 3);
      double age = (t - born) / life;
      double x0, y0, x, y, radius, alpha;

      if (age <= 0 || age >= 1)
        continue;

      x0 = scene->width * soften_release_noise (scene->seed, 10 * i + 4);
      y0 = front_y (scene, born, x0);
      if (y0 > scene->height - 2 || y0 < 0)
        continue;

      x = x0 + 8 * sin (age * 5 + i)
          + 16 * age * (soften_release_noise (scene->seed, 10 * i + 5) - 0.5);
      y = y0 - age * (EMBER_RISE - 50 * soften_release_noise (scene->seed, 10 * i + 6));
      radius = (1.5 + 2.0 * soften_release_noise (scene->seed, 10 * i + 7)) * (1 - 0.5 * age);
      alpha = pow (1 - age, 1.5);

      cairo_set_source_rgba (cr, scene->ember.red, scene->ember.green, scene->ember.blue,
                             0.35 * alpha);
      cairo_arc (cr, x, y, radius * 3, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, 1.0, 0.6 + 0.35 * (1 - age), 0.3 * (1 - age), alpha);
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

/* What changes at @t: from above the highest embers (or the top of the
 * sheet) to just below the front. */
static void
front_extent (const SoftenReleaseScene *scene, double t, double *top, double *bottom)
{
  *top = G_MAXDOUBLE;
  *bottom = -G_MAXDOUBLE;
  for (double x = -FRONT_STEP; x < scene->width + 2 * FRONT_STEP; x += FRONT_STEP)
    {
      *top = MIN (*top, front_y (scene, t, x));
      *bottom = MAX (*bottom, front_y (scene, t, x));
    }
}

void
soften_release_burn_bounds (const SoftenReleaseScene *scene, double t, graphene_rect_t *bounds)
{
  double top, bottom;

  front_extent (scene, t, &top, &bottom);
  top = CLAMP (top - EMBER_RISE - 12, -EMBER_RISE, 0);
  bottom = CLAMP (bottom + 14, top, scene->height + 2);
  graphene_rect_init (bounds, -24, top, scene->width + 48, bottom - top);
}

/* The sheet down to the front, as one shape: its top corners rounded,
 * its foot the front. */
static void
path_remains (cairo_t *cr, const SoftenReleaseScene *scene, double t)
{
  double w = scene->width, r = scene->radius;

  cairo_new_path (cr);
  path_front (cr, scene, t);
  cairo_line_to (cr, w, r);
  cairo_arc_negative (cr, w - r, r, r, 0, -G_PI / 2);
  cairo_arc_negative (cr, r, r, r, -G_PI / 2, -G_PI);
  cairo_close_path (cr);
}

/* What is left of the sheet. A clip the shape of the front is slow to
 * paint through: the sheet is filled as a shape, and only ink that the
 * front has reached, or a foot corner not yet burnt, needs the clip. */
static void
draw_remains (cairo_t *cr, const SoftenReleaseScene *scene, double t, double top, double bottom)
{
  gboolean reached = bottom > scene->height - scene->radius;

  for (guint i = 0; i < scene->n_marks && !reached; i++)
    reached = scene->marks[i].y + scene->marks[i].height > top;

  if (!reached)
    {
      path_remains (cr, scene, t);
      gdk_cairo_set_source_rgba (cr, &scene->paper);
      cairo_fill (cr);
      soften_release_draw_marks (cr, scene, 1.0);
      return;
    }

  cairo_save (cr);
  cairo_move_to (cr, scene->width + FRONT_STEP, -100);
  cairo_line_to (cr, -FRONT_STEP, -100);
  path_front (cr, scene, t);
  cairo_close_path (cr);
  cairo_clip (cr);
  soften_release_draw_sheet (cr, scene, 1.0);
  soften_release_draw_marks (cr, scene, 1.0);
  cairo_restore (cr);
}

void
soften_release_burn_draw (cairo_t *cr, const SoftenReleaseScene *scene, double t)
{
  const GdkRGBA *c = &scene->char_color;
  double         top, bottom;

  front_extent (scene, t, &top, &bottom);
  cairo_set_tolerance (cr, 0.5);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, scene->width, scene->height);
  cairo_clip (cr);
  draw_remains (cr, scene, t, top, bottom);

  /* The charred edge, then the glow along it. */
  for (guint i = 0; i < 4; i++)
    {
      static const double widths[] = { 16, 6, 5, 2 };
      static const double above[] = { 8, 3, 0, 0 };
      static const double alphas[] = { 0.3, 0.85, 0.5, 0.95 };
      const GdkRGBA      *color = i < 2 ? c : &scene->ember;

      cairo_new_path (cr);
      path_front_at (cr, scene, t, above[i]);
      cairo_set_line_width (cr, widths[i]);
      if (i == 3)
        cairo_set_source_rgba (cr, 1.0, 0.72, 0.35, alphas[i]);
      else
        cairo_set_source_rgba (cr, color->red, color->green, color->blue, alphas[i]);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  draw_embers (cr, scene, t);
}
