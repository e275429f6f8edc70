/* test-library.c — the library: built-in exercises and a folder of files
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "engine/soften-breath-risks.h"
#include "engine/soften-exercise-file.h"
#include "engine/soften-exercise-private.h"
#include "engine/soften-library.h"
#include "engine/soften-step-private.h"

#define BUILTIN_PATH "/io/github/softenapp/Soften/exercises/"

/* Box breathing ships, and reads as the issue asks: instructions, a
 * breathing step of 4-4-4-4 cycles, then a closing step. */
static void
test_builtin (void)
{
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  SoftenExercise           *box;
  SoftenStep               *breathing = NULL;
  guint                     n_steps;

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
  g_assert_cmpint (soften_step_get_kind (soften_exercise_get_step (box, 0)), ==,
                   SOFTEN_STEP_INSTRUCTION);
  g_assert_cmpint (soften_step_get_kind (soften_exercise_get_step (box, n_steps - 1)), ==,
                   SOFTEN_STEP_INSTRUCTION);
  for (guint i = 0; i < n_steps; i++)
    if (soften_step_get_kind (soften_exercise_get_step (box, i)) == SOFTEN_STEP_BREATHING)
      breathing = soften_exercise_get_step (box, i);
  g_assert_nonnull (breathing);
  for (guint p = 0; p < SOFTEN_BREATH_N_PHASES; p++)
    g_assert_cmpint (soften_step_get_phase_usec (breathing, p), ==, 4 * G_TIME_SPAN_SECOND);
  g_assert_cmpuint (soften_step_get_cycles (breathing), >=, 4);
}

static void
write_file (const char *dir, const char *name, const char *contents)
{
  g_autofree char   *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
items_changed_cb (GListModel *model, guint position, guint removed, guint added, guint *n_signals)
{
  (*n_signals)++;
}

/* Good, bad and duplicate files: the good ones load, the others become
 * problems that name the file, and nothing stops. */
static void
test_directory (void)
{
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  g_autoptr (GError)        error = NULL;
  g_autofree char          *dir = g_dir_make_tmp ("soften-library-XXXXXX", &error);
  g_autoptr (GFile)         folder = NULL;
  GPtrArray                *problems;
  guint                     n_signals = 0;
  SoftenExercise           *first;

  g_assert_no_error (error);
  folder = g_file_new_for_path (dir);

  write_file (dir, "b-good.exercise",
              "[Exercise]\nId=mine\nTitle=Zebra calm\nCategory=body\n[Step "
              "1]\nKind=instruction\nText=Hi\n");
  write_file (dir, "a-good.exercise",
              "[Exercise]\nId=also-mine\nTitle=Apple calm\nCategory=body\n[Step "
              "1]\nKind=instruction\nText=Hi\n");
  write_file (dir, "broken.exercise", "[Exercise]\nId=broken\n");
  write_file (
      dir, "copy.exercise",
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
  g_assert_cmpstr (soften_exercise_get_title (soften_library_lookup (library, "mine")), ==,
                   "Zebra calm");

  /* Sorted by need (test-library-order.c): by category, the built-in
   * ones first, then one's own by title. */
  for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr (SoftenExercise) a = g_list_model_get_item (G_LIST_MODEL (library), i - 1);
      g_autoptr (SoftenExercise) b = g_list_model_get_item (G_LIST_MODEL (library), i);

      g_assert_cmpuint (soften_category_get_rank (soften_exercise_get_category (a)), <=,
                        soften_category_get_rank (soften_exercise_get_category (b)));
      if (soften_exercise_get_category (a) == soften_exercise_get_category (b)
          && !soften_exercise_get_builtin (a) && !soften_exercise_get_builtin (b))
        g_assert_cmpint (
            g_utf8_collate (soften_exercise_get_title (a), soften_exercise_get_title (b)), <=, 0);
    }
  first = g_list_model_get_item (G_LIST_MODEL (library), 0);
  g_assert_cmpint (soften_exercise_get_category (first), ==, SOFTEN_CATEGORY_BODY);
  g_object_unref (first);

  problems = soften_library_get_problems (library);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_true (
      g_str_has_prefix (((GError *)g_ptr_array_index (problems, 0))->message, "broken.exercise: "));
  g_assert_cmpstr (((GError *)g_ptr_array_index (problems, 1))->message, ==,
                   "copy.exercise: [Exercise] Id: another exercise already uses the id “mine”");

  g_assert_cmpint (g_rmdir (dir), !=, 0);
  {
    const char *names[]
        = { "a-good.exercise", "b-good.exercise", "broken.exercise", "copy.exercise", "notes.txt" };

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
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  g_autoptr (GFile)         folder = g_file_new_for_path ("/nonexistent/soften/exercises");

  soften_library_load_directory (library, folder);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 0);
  g_assert_cmpuint (soften_library_get_problems (library)->len, ==, 0);
}

/* A path that is a file, not a folder, is reported and does not stop anything. */
static void
test_unreadable_directory (void)
{
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  g_autofree char          *path = NULL;
  g_autofree char          *expected = NULL;
  g_autoptr (GFile)         folder = NULL;
  int                       fd = g_file_open_tmp ("soften-not-a-folder-XXXXXX", &path, NULL);

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  folder = g_file_new_for_path (path);

  soften_library_load_resources (library, BUILTIN_PATH);
  soften_library_load_directory (library, folder);
  g_assert_nonnull (soften_library_lookup (library, "box-breathing"));
  g_assert_cmpuint (soften_library_get_problems (library)->len, ==, 1);
  expected = g_strconcat (path, ": could not read the folder", NULL);
  g_assert_true (g_str_has_prefix (
      ((GError *)g_ptr_array_index (soften_library_get_problems (library), 0))->message, expected));
  g_unlink (path);
}

/* Import: checked, copied, and a clash fails, replaces or keeps both;
 * exporting (the source) and importing again gives the same exercise. */
static void
test_import_and_export (void)
{
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  g_autoptr (GError)        error = NULL;
  g_autofree char          *dir = g_dir_make_tmp ("soften-import-XXXXXX", &error);
  g_autofree char          *folder_path = g_build_filename (dir, "exercises", NULL);
  g_autoptr (GFile)         folder = g_file_new_for_path (folder_path);
  g_autofree char          *a = g_build_filename (dir, "a.exercise", NULL);
  g_autofree char          *b = g_build_filename (dir, "b.exercise", NULL);
  g_autofree char          *box_copy = g_build_filename (dir, "box.exercise", NULL);
  g_autoptr (GFile)         file_a = g_file_new_for_path (a);
  g_autoptr (GFile)         file_b = g_file_new_for_path (b);
  g_autoptr (GFile)         file_box = g_file_new_for_path (box_copy);
  SoftenExercise           *imported;
  SoftenExercise           *box;
  g_autoptr (GBytes)        source = NULL;

  soften_library_load_resources (library, BUILTIN_PATH);
  g_assert_true (g_file_set_contents (a,
                                      "[Exercise]\nId=mine\nTitle=First\nCategory=body\n"
                                      "[Step 1]\nKind=instruction\nText=One\n",
                                      -1, NULL));
  g_assert_true (g_file_set_contents (b,
                                      "[Exercise]\nId=mine\nTitle=Second\nCategory=body\n"
                                      "[Step 1]\nKind=instruction\nText=Two\n",
                                      -1, NULL));

  imported = soften_library_import (library, file_a, folder, SOFTEN_IMPORT_FAIL_ON_CLASH, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_title (imported), ==, "First");
  g_assert_false (soften_exercise_get_builtin (imported));

  g_assert_null (
      soften_library_import (library, file_b, folder, SOFTEN_IMPORT_FAIL_ON_CLASH, &error));
  g_assert_error (error, SOFTEN_LIBRARY_ERROR, SOFTEN_LIBRARY_ERROR_EXISTS);
  g_clear_error (&error);

  imported = soften_library_import (library, file_b, folder, SOFTEN_IMPORT_REPLACE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_title (soften_library_lookup (library, "mine")), ==,
                   "Second");

  imported = soften_library_import (library, file_a, folder, SOFTEN_IMPORT_KEEP_BOTH, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_id (imported), ==, "mine-2");
  g_assert_cmpstr (soften_exercise_get_title (imported), ==, "First");

  /* Export a built-in exercise (its source, translations and all) and
   * bring it back: a built-in one is never replaced, so both are kept. */
  box = soften_library_lookup (library, "box-breathing");
  source = soften_exercise_file_dup_source (box, &error);
  g_assert_no_error (error);
  g_assert_nonnull (source);
  g_assert_true (g_file_set_contents (box_copy, g_bytes_get_data (source, NULL),
                                      g_bytes_get_size (source), NULL));
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
    g_autoptr (SoftenLibrary) again = soften_library_new ();

    soften_library_load_directory (again, folder);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 3);
    g_assert_cmpuint (soften_library_get_problems (again)->len, ==, 0);
  }

  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", dir);
    g_assert_cmpint (system (command), ==, 0);
  }
}

#define CALM                                                                  \
  "[Exercise]\nId=calm\nTitle=Calm\nSummary=Slow down.\nCategory=breathing\n" \
  "Caution=Stop if you feel dizzy.\n"                                         \
  "[Note 1]\nTitle=Why\nText=Because.\n"                                      \
  "[Step 1]\nKind=instruction\nText=Sit.\nDuration=10\n"                      \
  "[Step 2]\nKind=breathing\nPattern=4;0;6;0\nCycles=3\n"                     \
  "[Step 3]\nKind=check-in\nMeasure=tension\nText=How tense?\n"

typedef struct
{
  char           *dir;
  char           *calm_path;
  GFile          *folder;
  SoftenLibrary  *library;
  SoftenExercise *entry; /* "calm", as listed */
  guint           position;
  guint           n_changed;
  guint           changed_at;
  guint           n_title_notifies;
} Folder;

static void
folder_items_changed_cb (GListModel *model, guint position, guint removed, guint added, Folder *f)
{
  g_assert_cmpuint (removed, ==, 1);
  g_assert_cmpuint (added, ==, 1);
  f->n_changed++;
  f->changed_at = position;
}

static void
title_notify_cb (GObject *object, GParamSpec *pspec, Folder *f)
{
  f->n_title_notifies++;
}

/* A folder with "calm" and another exercise, read into a library. */
static void
folder_set_up (Folder *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  guint              n;

  f->dir = g_dir_make_tmp ("soften-partial-XXXXXX", &error);
  g_assert_no_error (error);
  f->calm_path = g_build_filename (f->dir, "calm.exercise", NULL);
  f->folder = g_file_new_for_path (f->dir);
  write_file (f->dir, "calm.exercise", CALM);
  write_file (f->dir, "zebra.exercise",
              "[Exercise]\nId=zebra\nTitle=Zebra\nCategory=body\n"
              "[Step 1]\nKind=instruction\nText=Hi\n");

  f->library = soften_library_new ();
  soften_library_load_directory (f->library, f->folder);
  g_assert_cmpuint (soften_library_get_problems (f->library)->len, ==, 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (f->library));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SoftenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (f->library), i);

      if (g_str_equal (soften_exercise_get_id (exercise), "calm"))
        {
          f->entry = exercise;
          f->position = i;
        }
    }
  g_assert_nonnull (f->entry);

  g_signal_connect (f->library, "items-changed", G_CALLBACK (folder_items_changed_cb), f);
  g_signal_connect (f->entry, "notify::title", G_CALLBACK (title_notify_cb), f);
}

static void
folder_tear_down (Folder *f, gconstpointer data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", f->dir);

  g_assert_finalize_object (f->library);
  g_object_unref (f->folder);
  g_free (f->calm_path);
  g_assert_cmpint (system (command), ==, 0);
  g_free (f->dir);
}

/* Listed, an exercise of one's own has what its row shows and no more;
 * looked up, it is the same object, complete, in the same place. */
static void
test_partial (Folder *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) source = NULL;
  SoftenExercise    *calm;

  g_assert_true (soften_exercise_is_partial (f->entry));
  g_assert_cmpstr (soften_exercise_get_title (f->entry), ==, "Calm");
  g_assert_cmpstr (soften_exercise_get_summary (f->entry), ==, "Slow down.");
  g_assert_cmpint (soften_exercise_get_category (f->entry), ==, SOFTEN_CATEGORY_BREATHING);
  g_assert_true (soften_exercise_get_listed (f->entry));
  g_assert_false (soften_exercise_get_builtin (f->entry));
  g_assert_cmpint (soften_exercise_get_timed_usec (f->entry), ==, 40 * G_TIME_SPAN_SECOND);
  g_assert_cmpuint (soften_exercise_get_untimed_steps (f->entry), ==, 1);
  g_assert_cmpuint (soften_exercise_get_n_steps (f->entry), ==, 0);
  g_assert_null (soften_exercise_get_caution (f->entry));
  g_assert_cmpuint (soften_exercise_get_n_notes (f->entry), ==, 0);
  /* Nor are its bytes kept: the file is read again to export it. */
  g_assert_null (soften_exercise_get_source (f->entry));

  calm = soften_library_lookup_full (f->library, "calm", &error);
  g_assert_no_error (error);
  g_assert_true (calm == f->entry);
  g_assert_false (soften_exercise_is_partial (calm));
  g_assert_cmpuint (soften_exercise_get_n_steps (calm), ==, 3);
  g_assert_cmpint (soften_step_get_kind (soften_exercise_get_step (calm, 1)), ==,
                   SOFTEN_STEP_BREATHING);
  g_assert_cmpstr (soften_exercise_get_caution (calm), ==, "Stop if you feel dizzy.");
  g_assert_cmpuint (soften_exercise_get_n_notes (calm), ==, 1);
  g_assert_cmpint (soften_exercise_get_timed_usec (calm), ==, 40 * G_TIME_SPAN_SECOND);
  g_assert_null (soften_exercise_get_source (calm));
  /* Nothing the list shows changed: no row is made again. */
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_cmpuint (f->n_title_notifies, ==, 0);

  source = soften_exercise_file_dup_source (calm, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (source, NULL), g_bytes_get_size (source), CALM, strlen (CALM));

  /* Complete now: the file is not read again. */
  g_assert_cmpint (g_unlink (f->calm_path), ==, 0);
  g_assert_true (soften_library_lookup (f->library, "calm") == calm);
  g_assert_cmpuint (soften_exercise_get_n_steps (calm), ==, 3);

  /* Exporting reads it, and says it has gone. */
  g_clear_pointer (&source, g_bytes_unref);
  source = soften_exercise_file_dup_source (calm, &error);
  g_assert_null (source);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "calm.exercise: could not read it ("));
}

/* Whether its breathing asks a lot is known while it is only listed, so
 * the list can say so without reading every file again. */
static void
test_partial_breath_risks (Folder *f, gconstpointer data)
{
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  SoftenExercise           *hard = NULL;

  write_file (f->dir, "hard.exercise",
              "[Exercise]\nId=hard\nTitle=Hard\nCategory=breathing\n"
              "[Step 1]\nKind=breathing\nPattern=4;10;4;0\nCycles=3\n");
  soften_library_load_directory (library, f->folder);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr (SoftenExercise) listed = g_list_model_get_item (G_LIST_MODEL (library), i);

      if (g_str_equal (soften_exercise_get_id (listed), "hard"))
        hard = listed;
    }
  g_assert_nonnull (hard);
  g_assert_true (soften_exercise_is_partial (hard));
  g_assert_cmpint (soften_exercise_find_breath_risks (hard), ==, SOFTEN_BREATH_RISK_LONG_HOLD);
  g_assert_cmpint (soften_exercise_find_breath_risks (f->entry), ==, SOFTEN_BREATH_RISK_NONE);
}

/* Changed since it was listed: what the file holds now is what is shown,
 * in the same place, and its row is made again. */
static void
test_partial_changed (Folder *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  SoftenExercise    *calm;

  write_file (f->dir, "calm.exercise",
              "[Exercise]\nId=calm\nTitle=Calm, and slower\nCategory=breathing\n"
              "[Step 1]\nKind=instruction\nText=Sit.\nDuration=20\n"
              "[Step 2]\nKind=instruction\nText=Stand.\n");

  calm = soften_library_lookup_full (f->library, "calm", &error);
  g_assert_no_error (error);
  g_assert_true (calm == f->entry);
  g_assert_cmpstr (soften_exercise_get_title (calm), ==, "Calm, and slower");
  g_assert_null (soften_exercise_get_summary (calm));
  g_assert_null (soften_exercise_get_caution (calm));
  g_assert_cmpuint (soften_exercise_get_n_steps (calm), ==, 2);
  g_assert_cmpint (soften_exercise_get_timed_usec (calm), ==, 20 * G_TIME_SPAN_SECOND);
  g_assert_cmpuint (soften_exercise_get_untimed_steps (calm), ==, 1);
  g_assert_cmpuint (f->n_title_notifies, ==, 1);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpuint (f->changed_at, ==, f->position);
  {
    g_autoptr (SoftenExercise) same
        = g_list_model_get_item (G_LIST_MODEL (f->library), f->position);

    g_assert_true (same == calm);
  }
}

/* Gone, broken or another exercise since it was listed: an error that
 * names the file, and the entry stays as it was, to try again. */
static void
test_partial_unreadable (Folder *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_unlink (f->calm_path), ==, 0);
  g_assert_null (soften_library_lookup_full (f->library, "calm", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "calm.exercise: could not read it ("));
  g_clear_error (&error);
  g_assert_null (soften_library_lookup (f->library, "calm"));
  g_assert_true (soften_exercise_is_partial (f->entry));

  write_file (f->dir, "calm.exercise", "[Exercise]\nId=calm\nTitle=Calm\nCategory=breathing\n");
  g_assert_null (soften_library_lookup_full (f->library, "calm", &error));
  g_assert_error (error, SOFTEN_EXERCISE_FILE_ERROR, SOFTEN_EXERCISE_FILE_ERROR_NO_STEPS);
  g_assert_true (g_str_has_prefix (error->message, "calm.exercise: "));
  g_clear_error (&error);

  write_file (f->dir, "calm.exercise",
              "[Exercise]\nId=not-calm\nTitle=Calm\nCategory=body\n"
              "[Step 1]\nKind=release\nText=Let go.\n");
  g_assert_null (soften_library_lookup_full (f->library, "calm", &error));
  g_assert_error (error, SOFTEN_LIBRARY_ERROR, SOFTEN_LIBRARY_ERROR_CHANGED);
  g_assert_cmpstr (error->message, ==,
                   "calm.exercise: [Exercise] Id: expected “calm”, as when the list was made, "
                   "got “not-calm”");
  g_clear_error (&error);
  g_assert_true (soften_exercise_is_partial (f->entry));
  g_assert_cmpstr (soften_exercise_get_title (f->entry), ==, "Calm");
  g_assert_cmpuint (f->n_changed, ==, 0);

  /* Put right, it opens. */
  write_file (f->dir, "calm.exercise", CALM);
  g_assert_true (soften_library_lookup_full (f->library, "calm", &error) == f->entry);
  g_assert_no_error (error);
  g_assert_cmpuint (soften_exercise_get_n_steps (f->entry), ==, 3);
}

static void
count_notify_cb (GObject *object, GParamSpec *pspec, guint *n)
{
  (*n)++;
}

/* A folder given to read later is "pending" until it is read, whether by
 * the window after its first frame or by looking up what is not there
 * yet; each change is told once. */
static void
test_pending (void)
{
  g_autoptr (GError)        error = NULL;
  g_autofree char          *dir = g_dir_make_tmp ("soften-pending-XXXXXX", &error);
  g_autoptr (GFile)         folder = NULL;
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  g_autofree char          *command = NULL;
  guint                     n_notifies = 0;

  g_assert_no_error (error);
  folder = g_file_new_for_path (dir);
  write_file (dir, "zebra.exercise",
              "[Exercise]\nId=zebra\nTitle=Zebra\nCategory=body\n"
              "[Step 1]\nKind=instruction\nText=Hi\n");
  g_signal_connect (library, "notify::pending", G_CALLBACK (count_notify_cb), &n_notifies);

  g_assert_false (soften_library_get_pending (library));
  soften_library_load_directory_later (library, folder);
  soften_library_load_directory_later (library, folder);
  g_assert_true (soften_library_get_pending (library));
  g_assert_cmpuint (n_notifies, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 0);

  /* Asked for, it is read at once. */
  g_assert_nonnull (soften_library_find (library, "zebra"));
  g_assert_false (soften_library_get_pending (library));
  g_assert_cmpuint (n_notifies, ==, 2);
  g_assert_false (soften_library_load_pending (library));
  g_assert_cmpuint (n_notifies, ==, 2);

  command = g_strdup_printf ("rm -rf '%s'", dir);
  g_assert_cmpint (system (command), ==, 0);
}

/* Nothing Soften ships asks too much of the body, with holds or without. */
static void
test_builtin_breathing_is_gentle (void)
{
  g_autoptr (SoftenLibrary) library = soften_library_new ();

  soften_library_load_resources (library, BUILTIN_PATH);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr (SoftenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);
      g_autoptr (SoftenExercise) without = soften_exercise_copy_without_holds (exercise);

      g_test_message ("%s", soften_exercise_get_id (exercise));
      g_assert_cmpint (soften_exercise_find_breath_risks (exercise), ==, SOFTEN_BREATH_RISK_NONE);
      g_assert_cmpint (soften_exercise_find_breath_risks (without), ==, SOFTEN_BREATH_RISK_NONE);
      g_assert_cmpuint (soften_exercise_get_n_steps (without), ==,
                        soften_exercise_get_n_steps (exercise));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/library/builtin", test_builtin);
  g_test_add_func ("/soften/library/builtin-breathing-is-gentle", test_builtin_breathing_is_gentle);
  g_test_add_func ("/soften/library/directory", test_directory);
  g_test_add_func ("/soften/library/missing-directory", test_missing_directory);
  g_test_add_func ("/soften/library/unreadable-directory", test_unreadable_directory);
  g_test_add_func ("/soften/library/import-and-export", test_import_and_export);
  g_test_add_func ("/soften/library/pending", test_pending);
  g_test_add ("/soften/library/partial", Folder, NULL, folder_set_up, test_partial,
              folder_tear_down);
  g_test_add ("/soften/library/partial-breath-risks", Folder, NULL, folder_set_up,
              test_partial_breath_risks, folder_tear_down);
  g_test_add ("/soften/library/partial-changed", Folder, NULL, folder_set_up, test_partial_changed,
              folder_tear_down);
  g_test_add ("/soften/library/partial-unreadable", Folder, NULL, folder_set_up,
              test_partial_unreadable, folder_tear_down);

  return g_test_run ();
}
