/* soften-rating-scale.h — an answer from 0 to 10
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_RATING_SCALE (soften_rating_scale_get_type ())

#define SOFTEN_RATING_SCALE_MAX 10

G_DECLARE_FINAL_TYPE (SoftenRatingScale, soften_rating_scale, SOFTEN, RATING_SCALE, AdwBin)

int  soften_rating_scale_get_value (SoftenRatingScale *self);
void soften_rating_scale_set_value (SoftenRatingScale *self, int value);
void soften_rating_scale_set_ends (SoftenRatingScale *self,
                                   const char        *low,
                                   const char        *high,
                                   const char        *description);

G_END_DECLS
