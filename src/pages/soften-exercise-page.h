/* soften-exercise-page.h — one exercise, before it starts
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-exercise.h"
#include "engine/soften-progress.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_EXERCISE_PAGE (soften_exercise_page_get_type ())

G_DECLARE_FINAL_TYPE (SoftenExercisePage, soften_exercise_page, SOFTEN, EXERCISE_PAGE, AdwBin)

void soften_exercise_page_set_exercise (SoftenExercisePage *self, SoftenExercise *exercise);

G_END_DECLS
