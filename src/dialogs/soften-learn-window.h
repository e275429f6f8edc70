/* soften-learn-window.h — a learn card, to read
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "soften-exercise.h"
#include "soften-learn-card.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_LEARN_WINDOW (soften_learn_window_get_type ())

G_DECLARE_FINAL_TYPE (SoftenLearnWindow, soften_learn_window, SOFTEN, LEARN_WINDOW, AdwWindow)

GtkWidget       *soften_learn_window_new (SoftenLearnCard *card, SoftenExercise *notes_from);
SoftenLearnCard *soften_learn_window_get_card (SoftenLearnWindow *self);

G_END_DECLS
