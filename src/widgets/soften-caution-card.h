/* soften-caution-card.h — an exercise's caution, to be read first
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-exercise.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_CAUTION_CARD (soften_caution_card_get_type ())

G_DECLARE_FINAL_TYPE (SoftenCautionCard, soften_caution_card, SOFTEN, CAUTION_CARD, AdwBin)

void soften_caution_card_set_exercise (SoftenCautionCard *self, SoftenExercise *exercise);

G_END_DECLS
