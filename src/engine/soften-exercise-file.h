/* soften-exercise-file.h — reading `.exercise` files
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "soften-enums.h"
#include "soften-exercise.h"

G_BEGIN_DECLS

#define SOFTEN_EXERCISE_FILE_ERROR (soften_exercise_file_error_quark ())

typedef enum
{
  SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
  SOFTEN_EXERCISE_FILE_ERROR_MISSING_GROUP,
  SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
  SOFTEN_EXERCISE_FILE_ERROR_NO_STEPS,
  SOFTEN_EXERCISE_FILE_ERROR_UNKNOWN_KIND,
  SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
  SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE,
} SoftenExerciseFileError;

/* Limits that keep a hostile or broken file from hurting anyone. */
#define SOFTEN_EXERCISE_FILE_MAX_BYTES      (256 * 1024)
#define SOFTEN_EXERCISE_FILE_MAX_STEPS      200
#define SOFTEN_EXERCISE_FILE_MAX_STEP_SECS  3600
#define SOFTEN_EXERCISE_FILE_MAX_PHASE_SECS 60
#define SOFTEN_EXERCISE_FILE_MAX_CYCLES     100
#define SOFTEN_EXERCISE_FILE_MAX_ID_CHARS   64
#define SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS 200
#define SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS 4000
/* The most exercises a check-in suggests in one zone; repeats are dropped. */
#define SOFTEN_EXERCISE_FILE_MAX_SUGGESTIONS 6

GQuark soften_exercise_file_error_quark (void);

SoftenExercise *soften_exercise_file_load_bytes (GBytes     *bytes,
                                                 const char *display_name,
                                                 GPtrArray  *warnings,
                                                 GError    **error);
SoftenExercise *soften_exercise_file_load (GFile *file, GPtrArray *warnings, GError **error);
GBytes         *soften_exercise_file_read (GFile *file, GError **error);
GBytes         *soften_exercise_file_read_fd (int fd, const char *display_name, GError **error);
void            soften_exercise_file_format_sizes (guint64 size,
                                                   guint64 limit,
                                                   char  **size_text,
                                                   char  **limit_text);
GBytes         *soften_exercise_file_dup_source (SoftenExercise *exercise, GError **error);

G_END_DECLS
