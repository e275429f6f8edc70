/* soften-release-card-private.h — what the card's effects share, and its test API
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The card keeps the shape of what was written, never the words: one box a
 * letter (where the letter stood, in the card's pixels). Each effect draws
 * the whole card for a moment t of the ceremony, 0 to 1, from that shape
 * and a seed alone, so that any moment can be drawn again, in any order.
 */

#pragma once

#include "soften-release-card.h"

G_BEGIN_DECLS

/* A ceremony's length, and the gentle fade that replaces it when motion is
 * reduced. */
#define SOFTEN_RELEASE_BURN_USEC     (G_USEC_PER_SEC * 6)
#define SOFTEN_RELEASE_TEAR_USEC     (G_USEC_PER_SEC * 6)
#define SOFTEN_RELEASE_DISSOLVE_USEC (G_USEC_PER_SEC * 7)
#define SOFTEN_RELEASE_FADE_USEC     (G_USEC_PER_SEC * 3 / 2)

/* Where one letter stood, in the card's pixels. */
typedef struct
{
  float x, y, width, height;
} SoftenInkMark;

typedef struct
{
  const SoftenInkMark *marks;
  guint                n_marks;
  double               width, height; /* of the card */
  double               radius;        /* of the paper's corners */
  guint32              seed;
  GdkRGBA              paper, ink, ember, char_color;
} SoftenReleaseScene;

double soften_release_noise (guint32 seed, guint i);
double soften_release_ease (double t);
void   soften_release_path_paper (cairo_t *cr, const SoftenReleaseScene *scene);
void   soften_release_draw_sheet (cairo_t *cr, const SoftenReleaseScene *scene, double alpha);
void   soften_release_draw_marks (cairo_t *cr, const SoftenReleaseScene *scene, double alpha);

void
soften_release_burn_bounds (const SoftenReleaseScene *scene, double t, graphene_rect_t *bounds);
void
soften_release_tear_bounds (const SoftenReleaseScene *scene, double t, graphene_rect_t *bounds);
void   soften_release_dissolve_bounds (const SoftenReleaseScene *scene, graphene_rect_t *bounds);
double soften_release_dissolve_paper (double t);

void soften_release_burn_draw (cairo_t *cr, const SoftenReleaseScene *scene, double t);
void soften_release_tear_draw (cairo_t *cr, const SoftenReleaseScene *scene, double t);
void soften_release_dissolve_draw (cairo_t *cr, const SoftenReleaseScene *scene, double t);

/* For tests and the benchmark. */
void
soften_release_card_set_marks (SoftenReleaseCard *self, const SoftenInkMark *marks, guint n_marks);
guint    soften_release_card_get_n_marks (SoftenReleaseCard *self);
void     soften_release_card_step (SoftenReleaseCard *self, gint64 frame_time);
double   soften_release_card_get_progress (SoftenReleaseCard *self);
gint64   soften_release_card_get_duration (SoftenReleaseCard *self);
gint64   soften_release_card_get_started (SoftenReleaseCard *self);
gboolean soften_release_card_is_fading (SoftenReleaseCard *self);

G_END_DECLS
