/* test-library.c — the library: built-in exercises and a folder of files
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "engine/soften-exercise-file.h"
#include "engine/soften-library.h"

#define BUILTIN_PATH "/io/github/softenapp/Soften/exercises/"

/* Box breathing ships, and reads as the issue asks: instructions, a
 * breathing step of 4-4-4-4 cycles, then a closing step. */
static void
test_builtin (void)
{
  g_autoptr(SoftenLibrary) library = soften_library_new ();
  SoftenExercise *box;
  SoftenStep *breathing = NULL;
  guint n_steps;

  soften_library_load_resources (library, BUILTIN_PATH);
  g_assert_cmpuint (soften_library_get_problems (library)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), >=, 1);

  box = soften_library_lookup (library, "box-breathing");
  g_assert_nonnull (box);
  g_assert_true (soften_exercise_get_builtin (box));
  g_assert_cmpstr (soften_exercise_get_title (box), ==, "Box breathing");
  g_assert_nonnull (soften_exercise_get_caution (box));
  g_assert_nonnull (soften_exercise_get_credit (box));

  n_steps = soften_exercise_get_n_steps (box);
  g_assert_cmpint (soften_step_get_kind (soften_exercise_get_step (box, 0)), ==, SOFTEN_STEP_INSTRUCTION);
  g_assert_cmpint (soften_step_get_kind (soften_exercise_get_step (box, n_steps - 1)), ==, SOFTEN_STEP_INSTRUCTION);
  for (guint i = 0; i < n_steps; i++)
    if (soften_step_get_kind (soften_exercise_get_step (box, i)) == SOFTEN_STEP_BREATHING)
      breathing = soften_exercise_get_step (box, i);
  g_assert_nonnull (breathing);
  for (guint p = 0; p < SOFTEN_BREATH_N_PHASES; p++)
    g_assert_cmpint (soften_step_get_phase_usec (breathing, p), ==, 4 * G_TIME_SPAN_SECOND);
  g_assert_cmpuint (soften_step_get_cycles (breathing), >=, 4);
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_signals)
{
  (*n_signals)++;
}

/* Good, bad and duplicate files: the good ones load, the others become
 * problems that name the file, and nothing stops. */
static void
test_directory (void)
{
  g_autoptr(SoftenLibrary) library = soften_library_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("soften-library-XXXXXX", &error);
  g_autoptr(GFile) folder = NULL;
  GPtrArray *problems;
  guint n_signals = 0;
  SoftenExercise *first;

  g_assert_no_error (error);
  folder = g_file_new_for_path (dir);

  write_file (dir, "b-good.exercise",
              "[Exercise]\nId=mine\nTitle=Zebra calm\nCategory=body\n[Step 1]\nKind=instruction\nText=Hi\n");
  write_file (dir, "a-good.exercise",
              "[Exercise]\nId=also-mine\nTitle=Apple calm\nCategory=body\n[Step 1]\nKind=instruction\nText=Hi\n");
  write_file (dir, "broken.exercise", "[Exercise]\nId=broken\n");
  write_file (dir, "copy.exercise",
              "[Exercise]\nId=mine\nTitle=Copy\nCategory=body\n[Step 1]\nKind=instruction\nText=Hi\n");
  write_file (dir, "notes.txt", "not an exercise, not looked at");

  g_signal_connect (library, "items-changed", G_CALLBACK (items_changed_cb), &n_signals);
  soften_library_load_resources (library, BUILTIN_PATH);
  soften_library_load_directory (library, folder);

  g_assert_cmpuint (n_signals, ==, 2);
  g_assert_nonnull (soften_library_lookup (library, "mine"));
  g_assert_nonnull (soften_library_lookup (library, "also-mine"));
  g_assert_nonnull (soften_library_lookup (library, "box-breathing"));
  g_assert_false (soften_exercise_get_builtin (soften_library_lookup (library, "mine")));
  g_assert_cmpstr (soften_exercise_get_title (soften_library_lookup (library, "mine")), ==, "Zebra calm");

  /* Sorted by category (body before breathing), then title. */
  for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(SoftenExercise) a = g_list_model_get_item (G_LIST_MODEL (library), i - 1);
      g_autoptr(SoftenExercise) b = g_list_model_get_item (G_LIST_MODEL (library), i);

      g_assert_cmpint (soften_exercise_get_category (a), <=, soften_exercise_get_category (b));
      if (soften_exercise_get_category (a) == soften_exercise_get_category (b))
        g_assert_cmpint (g_utf8_collate (soften_exercise_get_title (a), soften_exercise_get_title (b)), <=, 0);
    }
  first = g_list_model_get_item (G_LIST_MODEL (library), 0);
  g_assert_cmpint (soften_exercise_get_category (first), ==, SOFTEN_CATEGORY_BODY);
  g_object_unref (first);

  problems = soften_library_get_problems (library);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_true (g_str_has_prefix (((GError *)g_ptr_array_index (problems, 0))->message, "broken.exercise: "));
  g_assert_cmpstr (((GError *)g_ptr_array_index (problems, 1))->message, ==,
                   "copy.exercise: [Exercise] Id: another exercise already uses the id “mine”");

  g_assert_cmpint (g_rmdir (dir), !=, 0);
  {
    const char *names[] = { "a-good.exercise", "b-good.exercise", "broken.exercise", "copy.exercise", "notes.txt" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = g_build_filename (dir, names[i], NULL);
        g_assert_cmpint (g_unlink (path), ==, 0);
      }
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Nobody has written an exercise yet: no folder, no problem. */
static void
test_missing_directory (void)
{
  g_autoptr(SoftenLibrary) library = soften_library_new ();
  g_autoptr(GFile) folder = g_file_new_for_path ("/nonexistent/soften/exercises");

  soften_library_load_directory (library, folder);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 0);
  g_assert_cmpuint (soften_library_get_problems (library)->len, ==, 0);
}

/* A path that is a file, not a folder, is reported and does not stop anything. */
static void
test_unreadable_directory (void)
{
  g_autoptr(SoftenLibrary) library = soften_library_new ();
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) folder = NULL;
  int fd = g_file_open_tmp ("soften-not-a-folder-XXXXXX", &path, NULL);

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  folder = g_file_new_for_path (path);

  soften_library_load_resources (library, BUILTIN_PATH);
  soften_library_load_directory (library, folder);
  g_assert_nonnull (soften_library_lookup (library, "box-breathing"));
  g_assert_cmpuint (soften_library_get_problems (library)->len, ==, 1);
  expected = g_strconcat (path, ": could not read the folder", NULL);
  g_assert_true (g_str_has_prefix (((GError *)g_ptr_array_index (soften_library_get_problems (library), 0))->message,
                                   expected));
  g_unlink (path);
}

/* Import: checked, copied, and a clash fails, replaces or keeps both;
 * exporting (the source) and importing again gives the same exercise. */
static void
test_import_and_export (void)
{
  g_autoptr(SoftenLibrary) library = soften_library_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("soften-import-XXXXXX", &error);
  g_autofree char *folder_path = g_build_filename (dir, "exercises", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autofree char *a = g_build_filename (dir, "a.exercise", NULL);
  g_autofree char *b = g_build_filename (dir, "b.exercise", NULL);
  g_autofree char *box_copy = g_build_filename (dir, "box.exercise", NULL);
  g_autoptr(GFile) file_a = g_file_new_for_path (a);
  g_autoptr(GFile) file_b = g_file_new_for_path (b);
  g_autoptr(GFile) file_box = g_file_new_for_path (box_copy);
  SoftenExercise *imported;
  SoftenExercise *box;
  GBytes *source;

  soften_library_load_resources (library, BUILTIN_PATH);
  g_assert_true (g_file_set_contents (a, "[Exercise]\nId=mine\nTitle=First\nCategory=body\n"
                                         "[Step 1]\nKind=instruction\nText=One\n", -1, NULL));
  g_assert_true (g_file_set_contents (b, "[Exercise]\nId=mine\nTitle=Second\nCategory=body\n"
                                         "[Step 1]\nKind=instruction\nText=Two\n", -1, NULL));

  imported = soften_library_import (library, file_a, folder, SOFTEN_IMPORT_FAIL_ON_CLASH, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_title (imported), ==, "First");
  g_assert_false (soften_exercise_get_builtin (imported));

  g_assert_null (soften_library_import (library, file_b, folder, SOFTEN_IMPORT_FAIL_ON_CLASH, &error));
  g_assert_error (error, SOFTEN_LIBRARY_ERROR, SOFTEN_LIBRARY_ERROR_EXISTS);
  g_clear_error (&error);

  imported = soften_library_import (library, file_b, folder, SOFTEN_IMPORT_REPLACE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_title (soften_library_lookup (library, "mine")), ==, "Second");

  imported = soften_library_import (library, file_a, folder, SOFTEN_IMPORT_KEEP_BOTH, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_id (imported), ==, "mine-2");
  g_assert_cmpstr (soften_exercise_get_title (imported), ==, "First");

  /* Export a built-in exercise (its source, translations and all) and
   * bring it back: a built-in one is never replaced, so both are kept. */
  box = soften_library_lookup (library, "box-breathing");
  source = soften_exercise_get_source (box);
  g_assert_nonnull (source);
  g_assert_true (g_file_set_contents (box_copy, g_bytes_get_data (source, NULL), g_bytes_get_size (source), NULL));
  g_assert_null (soften_library_import (library, file_box, folder, SOFTEN_IMPORT_REPLACE, &error));
  g_assert_error (error, SOFTEN_LIBRARY_ERROR, SOFTEN_LIBRARY_ERROR_BUILTIN);
  g_clear_error (&error);
  imported = soften_library_import (library, file_box, folder, SOFTEN_IMPORT_KEEP_BOTH, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_id (imported), ==, "box-breathing-2");
  g_assert_cmpstr (soften_exercise_get_title (imported), ==, soften_exercise_get_title (box));
  g_assert_cmpstr (soften_exercise_get_summary (imported), ==, soften_exercise_get_summary (box));
  g_assert_cmpuint (soften_exercise_get_n_steps (imported), ==, soften_exercise_get_n_steps (box));
  for (guint i = 0; i < soften_exercise_get_n_steps (box); i++)
    {
      SoftenStep *x = soften_exercise_get_step (box, i);
      SoftenStep *y = soften_exercise_get_step (imported, i);

      g_assert_cmpint (soften_step_get_kind (x), ==, soften_step_get_kind (y));
      g_assert_cmpstr (soften_step_get_text (x), ==, soften_step_get_text (y));
      g_assert_cmpint (soften_step_get_duration_usec (x), ==, soften_step_get_duration_usec (y));
    }

  /* A folder read afresh holds what was imported. */
  {
    g_autoptr(SoftenLibrary) again = soften_library_new ();

    soften_library_load_directory (again, folder);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 3);
    g_assert_cmpuint (soften_library_get_problems (again)->len, ==, 0);
  }

  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dir);
    g_assert_cmpint (system (command), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/library/builtin", test_builtin);
  g_test_add_func ("/soften/library/directory", test_directory);
  g_test_add_func ("/soften/library/missing-directory", test_missing_directory);
  g_test_add_func ("/soften/library/unreadable-directory", test_unreadable_directory);
  g_test_add_func ("/soften/library/import-and-export", test_import_and_export);

  return g_test_run ();
}
