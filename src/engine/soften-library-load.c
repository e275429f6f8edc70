/* soften-library-load.c — reading exercises into the library
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built-in exercises from the GResource, and one's own from a folder:
 * at once, or later (after the window's first frame), when
 * soften_library_load_pending() is called or an exercise not there yet is
 * asked for. A file that cannot be read is a problem listed with what is
 * wrong with it; the others are read all the same.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "soften-exercise-file.h"
#include "soften-exercise-private.h"
#include "soften-library-private.h"
#include "soften-text.h"

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char **)a, *(const char **)b);
}

/**
 * soften_library_load_resources:
 * @resource_path: a GResource folder, ending in "/"
 *
 * Adds every `.exercise` file in the folder as a built-in exercise.
 */
void
soften_library_load_resources (SoftenLibrary *self, const char *resource_path)
{
  g_auto (GStrv)     names = NULL;
  g_autoptr (GError) error = NULL;
  guint              old_n_items;

  g_return_if_fail (SOFTEN_IS_LIBRARY (self));
  g_return_if_fail (resource_path != NULL);

  names = g_resources_enumerate_children (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (names == NULL)
    {
      g_ptr_array_add (self->problems, g_steal_pointer (&error));
      _soften_library_announce_problems (self);
      return;
    }

  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  old_n_items = self->exercises->len;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char   *path = NULL;
      g_autoptr (GBytes) bytes = NULL;
      SoftenExercise    *exercise;

      if (!g_str_has_suffix (names[i], SOFTEN_LIBRARY_EXERCISE_SUFFIX))
        continue;

      path = g_strconcat (resource_path, names[i], NULL);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        exercise = soften_exercise_file_load_bytes (bytes, names[i], NULL, &error);
      else
        exercise = NULL;

      if (exercise == NULL)
        {
          g_ptr_array_add (self->problems, g_steal_pointer (&error));
          continue;
        }

      soften_exercise_set_builtin (exercise, TRUE);
      _soften_library_add (self, exercise, names[i]);
    }

  _soften_library_sort_and_announce (self, old_n_items);
}

/**
 * soften_library_load_directory:
 * @directory: a folder of `.exercise` files
 *
 * Adds the exercises in @directory. A folder that does not exist is not a
 * problem (nobody has written an exercise yet); one that cannot be read is,
 * and so is every "*.exercise" in it that is not an exercise file, such as
 * a named pipe or a link that leads nowhere.
 */
void
soften_library_load_directory (SoftenLibrary *self, GFile *directory)
{
  g_autoptr (GFileEnumerator) enumerator = NULL;
  g_autoptr (GPtrArray)       files = NULL;
  g_autoptr (GError)          error = NULL;
  guint                       old_n_items;

  g_return_if_fail (SOFTEN_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (directory));

  enumerator = g_file_enumerate_children (directory, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (enumerator == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_autofree char *path = g_file_get_path (directory);
          g_autofree char *shown = soften_text_display_name (path);

          g_ptr_array_add (self->problems, g_error_new (error->domain, error->code,
                                                        _("%s: could not read the folder (%s)"),
                                                        shown, error->message));
        }
      return;
    }

  files = g_ptr_array_new_with_free_func (g_free);

  for (;;)
    {
      GFileInfo *info = NULL;

      if (!g_file_enumerator_iterate (enumerator, &info, NULL, NULL, &error))
        {
          g_autofree char *path = g_file_get_path (directory);
          g_autofree char *shown = soften_text_display_name (path);

          g_ptr_array_add (self->problems, g_error_new (error->domain, error->code,
                                                        _("%s: could not read the folder (%s)"),
                                                        shown, error->message));
          g_clear_error (&error);
          break;
        }
      if (info == NULL)
        break;

      /* Whatever it is: a named pipe, a device, a folder or a link that
       * leads nowhere is a problem the reader names (it never waits on
       * one), not a file left out without a word. */
      if (g_str_has_suffix (g_file_info_get_name (info), SOFTEN_LIBRARY_EXERCISE_SUFFIX))
        g_ptr_array_add (files, g_strdup (g_file_info_get_name (info)));
    }

  g_ptr_array_sort (files, compare_names);
  old_n_items = self->exercises->len;

  for (guint i = 0; i < files->len; i++)
    {
      const char                *name = g_ptr_array_index (files, i);
      g_autoptr (GFile)          file = g_file_get_child (directory, name);
      g_autoptr (SoftenExercise) exercise = soften_exercise_file_load (file, NULL, &error);

      if (exercise == NULL)
        {
          g_ptr_array_add (self->problems, g_steal_pointer (&error));
          continue;
        }

      /* Checked whole, kept as the list needs it. */
      _soften_library_add (self, soften_exercise_new_partial (exercise), name);
    }

  _soften_library_sort_and_announce (self, old_n_items);
}

/**
 * soften_library_load_directory_later:
 * @directory: a folder of `.exercise` files
 *
 * Like soften_library_load_directory(), but the folder is read only when
 * soften_library_load_pending() is called, or when an exercise is looked up
 * that is not there yet, or one is imported.
 */
void
soften_library_load_directory_later (SoftenLibrary *self, GFile *directory)
{
  g_return_if_fail (SOFTEN_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (directory));

  if (self->pending == NULL)
    {
      self->pending = g_ptr_array_new_with_free_func (g_object_unref);
      _soften_library_notify_pending (self);
    }
  g_ptr_array_add (self->pending, g_object_ref (directory));
}

/**
 * soften_library_load_pending:
 *
 * Reads the folders given to soften_library_load_directory_later().
 *
 * Returns: whether there were any
 */
gboolean
soften_library_load_pending (SoftenLibrary *self)
{
  g_autoptr (GPtrArray) pending = NULL;

  g_return_val_if_fail (SOFTEN_IS_LIBRARY (self), FALSE);

  /* Taken first: a handler of what loading announces may look things up. */
  pending = g_steal_pointer (&self->pending);
  if (pending == NULL)
    return FALSE;

  for (guint i = 0; i < pending->len; i++)
    soften_library_load_directory (self, g_ptr_array_index (pending, i));
  if (self->pending == NULL)
    _soften_library_notify_pending (self);

  return TRUE;
}

/* Returns: whether folders are still to be read (see "pending") */
gboolean
soften_library_get_pending (SoftenLibrary *self)
{
  g_return_val_if_fail (SOFTEN_IS_LIBRARY (self), FALSE);

  return self->pending != NULL;
}
