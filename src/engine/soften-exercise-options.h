/* soften-exercise-options.h — the [Exercise] keys that shape how it is practised
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-exercise.h"
#include "soften-key-file.h"

G_BEGIN_DECLS

gboolean soften_exercise_options_read_language (SoftenKeyFileReader *reader,
                                                SoftenExercise      *exercise,
                                                GError             **error);
gboolean soften_exercise_options_read_lengths (SoftenKeyFileReader *reader,
                                               SoftenExercise      *exercise,
                                               GError             **error);
void     soften_exercise_options_read_learn (SoftenKeyFileReader *reader, SoftenExercise *exercise);

G_END_DECLS
