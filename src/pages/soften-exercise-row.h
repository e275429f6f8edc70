/* soften-exercise-row.h — one exercise in the library's list
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-exercise.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_EXERCISE_ROW (soften_exercise_row_get_type ())

G_DECLARE_FINAL_TYPE (SoftenExerciseRow, soften_exercise_row, SOFTEN, EXERCISE_ROW, AdwActionRow)

GtkWidget      *soften_exercise_row_new (SoftenExercise *exercise);
SoftenExercise *soften_exercise_row_get_exercise (SoftenExerciseRow *self);

G_END_DECLS
