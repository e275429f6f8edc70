/* soften-release-dissolve.c — the letters loosen and drift away, fading
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each letter's mark trembles loose, in an order that runs roughly from
 * the top line down, then drifts up and aside as it fades. When most have
 * gone, the empty sheet fades too. Marks are filled in a few batches of
 * like opacity, so that a full sheet costs a few fills a frame.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <math.h>

#include "soften-release-card-private.h"

#define N_LEVELS    12
#define DRIFT_UP    68.0
#define DRIFT_ASIDE 42.0

static void
add_mark (cairo_t *cr, const SoftenInkMark *mark, double dx, double dy, double shrink)
{
  double thickness = mark->height * 0.2;
  double width = MAX (thickness, (mark->width - 1.5) * shrink);
  double x = mark->x + dx + (mark->width - width) / 2;
  double y = mark->y + mark->height * 0.5 - thickness / 2 + dy;
  double r = thickness / 2;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - r, y + r, r, -G_PI / 2, G_PI / 2);
  cairo_arc (cr, x + r, y + r, r, G_PI / 2, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* How far letter @i has come loose at @t, 0 to 1. */
static double
loosened (const SoftenReleaseScene *scene, guint i, double t)
{
  const SoftenInkMark *mark = &scene->marks[i];
  double               order = mark->y / MAX (scene->height, 1);
  double start = 0.04 + 0.5 * (0.55 * soften_release_noise (scene->seed, i) + 0.45 * order);
  double life = 0.3 + 0.12 * soften_release_noise (scene->seed ^ 0xd155u, i);

  return CLAMP ((t - start) / life, 0.0, 1.0);
}

static void
add_moving_mark (cairo_t *cr, const SoftenReleaseScene *scene, guint i, double e)
{
  double tremble = e < 0.2 ? 0.8 * sin (e * 90 + i) : 0.0;
  double drift = MAX (0.0, (e - 0.15) / 0.85);
  double aside = 2 * (soften_release_noise (scene->seed ^ 0xa51du, i) - 0.5);
  double rise = DRIFT_UP - 44 * soften_release_noise (scene->seed ^ 0x715eu, i);

  add_mark (cr, &scene->marks[i], tremble + aside * 34 * drift * drift + 6 * sin (drift * 3 + i),
            -rise * pow (drift, 1.4), 1.0 - 0.4 * drift);
}

/* How opaque the sheet is at @t: it fades once most letters have gone. */
double
soften_release_dissolve_paper (double t)
{
  return 1.0 - soften_release_ease ((t - 0.68) / 0.3);
}

/* What the letters cover at @t, drifting: above and beside the lines. */
void
soften_release_dissolve_bounds (const SoftenReleaseScene *scene, graphene_rect_t *bounds)
{
  double top = G_MAXDOUBLE, bottom = -G_MAXDOUBLE;

  for (guint i = 0; i < scene->n_marks; i++)
    {
      top = MIN (top, scene->marks[i].y);
      bottom = MAX (bottom, scene->marks[i].y + scene->marks[i].height);
    }
  if (scene->n_marks == 0)
    top = bottom = 0;
  graphene_rect_init (bounds, -DRIFT_ASIDE - 8, top - DRIFT_UP - 8,
                      scene->width + 2 * DRIFT_ASIDE + 16, bottom - top + DRIFT_UP + 16);
}

/* The letters alone: the card draws the sheet under them. */
void
soften_release_dissolve_draw (cairo_t *cr, const SoftenReleaseScene *scene, double t)
{
  const GdkRGBA *ink = &scene->ink;

  /* Still in place: one fill. Then each band of opacity: one fill. */
  cairo_new_path (cr);
  for (guint i = 0; i < scene->n_marks; i++)
    if (loosened (scene, i, t) <= 0)
      add_mark (cr, &scene->marks[i], 0, 0, 1);
  gdk_cairo_set_source_rgba (cr, ink);
  cairo_fill (cr);

  for (guint level = 0; level < N_LEVELS; level++)
    {
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint i = 0; i < scene->n_marks; i++)
        {
          double e = loosened (scene, i, t);

          if (e > 0 && e < 1 && (guint)(e * N_LEVELS) == level)
            {
              add_moving_mark (cr, scene, i, e);
              any = TRUE;
            }
        }
      if (!any)
        continue;
      cairo_set_source_rgba (cr, ink->red, ink->green, ink->blue,
                             ink->alpha * (1.0 - soften_release_ease ((level + 0.5) / N_LEVELS)));
      cairo_fill (cr);
    }
}
