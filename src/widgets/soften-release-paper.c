/* soften-release-paper.c — the sheet and its ink, as every effect draws them
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What was written is drawn as strokes of ink where its words stood, one
 * stroke a word, never as letters: the card holds no words to draw.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <math.h>

#include "soften-release-card-private.h"

/* A number in [0, 1) that depends on @seed and @i alone. */
double
soften_release_noise (guint32 seed, guint i)
{
  guint32 h = seed ^ (i * 0x9e3779b9u);

  h ^= h >> 16;
  h *= 0x7feb352du;
  h ^= h >> 15;
  h *= 0x846ca68bu;
  h ^= h >> 16;

  return h / 4294967296.0;
}

/* Slow in, slow out. */
double
soften_release_ease (double t)
{
  t = CLAMP (t, 0.0, 1.0);

  return t * t * (3.0 - 2.0 * t);
}

static void
rounded_rectangle (cairo_t *cr, double x, double y, double width, double height, double radius)
{
  radius = MIN (radius, MIN (width, height) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
soften_release_path_paper (cairo_t *cr, const SoftenReleaseScene *scene)
{
  rounded_rectangle (cr, 0.5, 0.5, scene->width - 1, scene->height - 1, scene->radius);
}

/* The paper alone: its colour and a hairline edge, @alpha opaque. (Paper
 * and ink are each drawn with the alpha, never in a group: a group is a
 * surface the size of the card to make and blend every frame.) */
void
soften_release_draw_sheet (cairo_t *cr, const SoftenReleaseScene *scene, double alpha)
{
  const GdkRGBA *paper = &scene->paper;

  soften_release_path_paper (cr, scene);
  cairo_set_source_rgba (cr, paper->red, paper->green, paper->blue, paper->alpha * alpha);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1.0);
  cairo_set_source_rgba (cr, scene->ink.red, scene->ink.green, scene->ink.blue, 0.14 * alpha);
  cairo_stroke (cr);
}

/* The ink: each run of letters side by side on a line is one stroke, a
 * little uneven, as a hand would leave it. */
void
soften_release_draw_marks (cairo_t *cr, const SoftenReleaseScene *scene, double alpha)
{
  guint run = 0;

  cairo_new_path (cr);
  for (guint i = 0; i < scene->n_marks; run++)
    {
      const SoftenInkMark *first = &scene->marks[i];
      double               x_end = first->x + first->width;
      double               thickness, wobble;
      guint                j = i + 1;

      while (j < scene->n_marks && fabs (scene->marks[j].y - first->y) < 0.5
             && fabs (scene->marks[j].x - x_end) < 1.0)
        {
          x_end = scene->marks[j].x + scene->marks[j].width;
          j++;
        }

      thickness = first->height * (0.17 + 0.05 * soften_release_noise (scene->seed, run));
      wobble = first->height * 0.08 * (soften_release_noise (scene->seed ^ 0x51u, run) - 0.5);
      rounded_rectangle (cr, first->x + 1, first->y + first->height * 0.5 - thickness / 2 + wobble,
                         MAX (thickness, x_end - first->x - 2), thickness, thickness / 2);
      i = j;
    }
  cairo_set_source_rgba (cr, scene->ink.red, scene->ink.green, scene->ink.blue,
                         scene->ink.alpha * alpha);
  cairo_fill (cr);
}
