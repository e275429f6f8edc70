/* fuzz-import.c — libFuzzer harness for checking a file to import
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Import checks a file's bytes once and writes what it checked (see
 * soften-library-import.c): the bytes themselves, or, when their id is
 * taken and both are kept, a copy under a new id, checked again. Any
 * bytes go to _soften_library_check_import() against the built-in
 * exercises (their sources in data/exercises/, as build.sh says where),
 * in each mode. What it accepts must read back as the exercise
 * it returned, with an id no other exercise has (keeping both) and the
 * same title and steps; what it refuses must say why, naming the file,
 * and a built-in exercise is never replaced.
 */

#include "config.h"

#include "engine/soften-exercise-file.h"
#include "engine/soften-exercise-private.h"
#include "engine/soften-library-private.h"

#include "fuzz-common.h"

#define NAME "import.exercise"

static SoftenLibrary *library;

/* The built-in exercises, from their sources: every clash with one is a
 * clash with an exercise that cannot be replaced. */
static void
add_builtins (void)
{
  g_autoptr (GDir) dir = g_dir_open (FUZZ_EXERCISES_DIR, 0, NULL);
  const char      *name;

  if (dir == NULL)
    abort ();

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char   *path = g_build_filename (FUZZ_EXERCISES_DIR, name, NULL);
      g_autofree char   *contents = NULL;
      g_autoptr (GBytes) bytes = NULL;
      SoftenExercise    *exercise;
      gsize              length;

      if (!g_str_has_suffix (name, ".exercise.desktop.in")
          || !g_file_get_contents (path, &contents, &length, NULL))
        continue;

      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      exercise = soften_exercise_file_load_bytes (bytes, name, NULL, NULL);
      if (exercise == NULL)
        abort ();
      soften_exercise_set_builtin (exercise, TRUE);
      _soften_library_add (library, exercise, name);
    }

  _soften_library_sort_and_announce (library, 0);
  if (g_list_model_get_n_items (G_LIST_MODEL (library)) == 0)
    abort ();
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_common_init ();

  library = soften_library_new ();
  add_builtins ();

  return 0;
}

static void
check_mode (GBytes *bytes, SoftenImportMode mode)
{
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (SoftenExercise) again = NULL;
  g_autoptr (GBytes)         to_write = NULL;
  g_autoptr (GError)         error = NULL;
  SoftenExercise            *existing;

  exercise = _soften_library_check_import (library, bytes, NAME, mode, &to_write, &error);
  if (exercise == NULL)
    {
      if (error == NULL || to_write != NULL)
        abort ();
      if (error->domain == SOFTEN_EXERCISE_FILE_ERROR)
        fuzz_check_message (error->message, NAME ": ");
      else if (!g_error_matches (error, SOFTEN_LIBRARY_ERROR, SOFTEN_LIBRARY_ERROR_EXISTS)
               && !g_error_matches (error, SOFTEN_LIBRARY_ERROR, SOFTEN_LIBRARY_ERROR_BUILTIN))
        abort ();
      /* Keeping both never clashes. */
      if (mode == SOFTEN_IMPORT_KEEP_BOTH && error->domain == SOFTEN_LIBRARY_ERROR)
        abort ();
      return;
    }

  if (error != NULL || to_write == NULL)
    abort ();

  /* What would be written is what was checked. */
  again = soften_exercise_file_load_bytes (to_write, NAME, NULL, &error);
  if (again == NULL
      || !g_str_equal (soften_exercise_get_id (again), soften_exercise_get_id (exercise))
      || !g_str_equal (soften_exercise_get_title (again), soften_exercise_get_title (exercise))
      || soften_exercise_get_n_steps (again) != soften_exercise_get_n_steps (exercise))
    abort ();

  existing = soften_library_find (library, soften_exercise_get_id (exercise));
  if (mode == SOFTEN_IMPORT_KEEP_BOTH && existing != NULL)
    abort ();
  if (existing != NULL && soften_exercise_get_builtin (existing))
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);

  check_mode (bytes, SOFTEN_IMPORT_FAIL_ON_CLASH);
  check_mode (bytes, SOFTEN_IMPORT_REPLACE);
  check_mode (bytes, SOFTEN_IMPORT_KEEP_BOTH);

  return 0;
}
