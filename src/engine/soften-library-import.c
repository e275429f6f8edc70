/* soften-library-import.c — bringing an exercise file from elsewhere into the library
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file someone was given (a therapist's, say) is checked like any exercise
 * file, then copied as it was written, translations and all, into the
 * person's own folder as ID.exercise, and added. When its id is taken, the
 * import fails, replaces the person's own exercise with that id, or keeps
 * both, the copy's id becoming "id-2".
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "soften-exercise-file.h"
#include "soften-exercise-private.h"
#include "soften-key-file.h"
#include "soften-library-private.h"

/* An id not yet taken: @id-2, @id-3… */
static char *
free_id (SoftenLibrary *self, const char *id)
{
  for (guint n = 2;; n++)
    {
      g_autofree char *candidate
          = g_strdup_printf ("%.*s-%u", SOFTEN_EXERCISE_FILE_MAX_ID_CHARS - 6, id, n);

      if (_soften_library_find (self, candidate) == NULL)
        return g_steal_pointer (&candidate);
    }
}

/* Whether @exercise may come in, as @mode says for a clash; @new_id is set
 * when it comes in under another id. */
static gboolean
check_clash (SoftenLibrary   *self,
             SoftenExercise  *exercise,
             SoftenImportMode mode,
             char           **new_id,
             GError         **error)
{
  const char     *id = soften_exercise_get_id (exercise);
  SoftenExercise *existing = _soften_library_find (self, id);

  *new_id = NULL;
  if (existing == NULL)
    return TRUE;

  switch (mode)
    {
    case SOFTEN_IMPORT_FAIL_ON_CLASH:
      g_set_error (error, SOFTEN_LIBRARY_ERROR, SOFTEN_LIBRARY_ERROR_EXISTS,
                   _("An exercise with the id “%s” is already there: “%s”"), id,
                   soften_exercise_get_title (existing));
      return FALSE;

    case SOFTEN_IMPORT_REPLACE:
      if (!soften_exercise_get_builtin (existing))
        return TRUE;
      g_set_error (error, SOFTEN_LIBRARY_ERROR, SOFTEN_LIBRARY_ERROR_BUILTIN,
                   _("“%s” comes with Soften and cannot be replaced; keep both instead"),
                   soften_exercise_get_title (existing));
      return FALSE;

    case SOFTEN_IMPORT_KEEP_BOTH:
      *new_id = free_id (self, id);
      return TRUE;

    default:
      g_return_val_if_reached (FALSE);
    }
}

/* @bytes, a file checked whole, with its id changed to @new_id: as written
 * otherwise, translations and comments too. */
static GBytes *
with_id (GBytes *bytes, const char *new_id, GError **error)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  const char          *contents;
  gsize                size;
  char                *data;

  /* Past a byte order mark, as the reader reads it. */
  contents = g_bytes_get_data (bytes, &size);
  contents = soften_key_file_skip_bom (contents, &size);
  if (!g_key_file_load_from_data (key_file, contents, size,
                                  G_KEY_FILE_KEEP_COMMENTS | G_KEY_FILE_KEEP_TRANSLATIONS, error))
    return NULL;
  g_key_file_set_string (key_file, "Exercise", "Id", new_id);

  data = g_key_file_to_data (key_file, &size, NULL);
  return g_bytes_new_take (data, size);
}

/**
 * _soften_library_check_import:
 * @bytes: an exercise file's bytes, read once
 * @shown: its name, as messages give it
 * @to_write: (out) (transfer full): what is to be written into one's own
 *   folder: @bytes themselves, or under another id, renamed
 *
 * Checks @bytes as an exercise to import, and what a clash with an
 * exercise of its id comes to under @mode. Under another id, the renamed
 * copy is checked again: what is written is always what was checked.
 *
 * Returns: (transfer full) (nullable): the exercise as it will be, read
 *   from @to_write, or %NULL with @error
 */
SoftenExercise *
_soften_library_check_import (SoftenLibrary   *self,
                              GBytes          *bytes,
                              const char      *shown,
                              SoftenImportMode mode,
                              GBytes         **to_write,
                              GError         **error)
{
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GBytes)         renamed = NULL;
  g_autofree char           *new_id = NULL;

  exercise = soften_exercise_file_load_bytes (bytes, shown, NULL, error);
  if (exercise == NULL || !check_clash (self, exercise, mode, &new_id, error))
    return NULL;

  if (new_id == NULL)
    {
      *to_write = g_bytes_ref (bytes);
      return g_steal_pointer (&exercise);
    }

  renamed = with_id (bytes, new_id, error);
  if (renamed == NULL)
    return NULL;
  g_clear_object (&exercise);
  exercise = soften_exercise_file_load_bytes (renamed, shown, NULL, error);
  if (exercise == NULL)
    return NULL;

  *to_write = g_steal_pointer (&renamed);
  return g_steal_pointer (&exercise);
}

/* Writes @bytes into @folder (made if need be, for its owner only) as
 * @name, readable by its owner only. */
static GFile *
write_copy (GFile *folder, const char *name, GBytes *bytes, GError **error)
{
  g_autofree char  *folder_path = g_file_get_path (folder);
  g_autoptr (GFile) target = NULL;
  gsize             length;
  const char       *data = g_bytes_get_data (bytes, &length);

  if (g_mkdir_with_parents (folder_path, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The folder %s could not be made: %s"), folder_path,
                   g_strerror (saved_errno));
      return NULL;
    }

  target = g_file_get_child (folder, name);
  if (!g_file_replace_contents (target, data, length, NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION | G_FILE_CREATE_PRIVATE, NULL,
                                NULL, error))
    return NULL;

  return g_steal_pointer (&target);
}

/**
 * soften_library_import:
 * @source: an exercise file anywhere
 * @folder: the person's exercises folder, where the copy goes
 * @mode: what to do when an exercise already has its id
 *
 * Checks @source like any exercise file, then copies it into @folder as
 * ID.exercise and adds it. With %SOFTEN_IMPORT_KEEP_BOTH a clashing id
 * becomes "id-2" (in the copy); with %SOFTEN_IMPORT_REPLACE the person's
 * own exercise with that id is replaced (a built-in one never is).
 *
 * Returns: (transfer none): the exercise as imported, complete, or %NULL
 *   with @error
 */
SoftenExercise *
soften_library_import (SoftenLibrary   *self,
                       GFile           *source,
                       GFile           *folder,
                       SoftenImportMode mode,
                       GError         **error)
{
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GFile)          target = NULL;
  g_autoptr (GBytes)         bytes = NULL;
  g_autofree char           *basename = NULL;
  g_autofree char           *shown = NULL;
  g_autoptr (GBytes)         to_write = NULL;
  g_autofree char           *name = NULL;

  g_return_val_if_fail (SOFTEN_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (G_IS_FILE (source), NULL);
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  /* A clash is with any exercise, including those not read yet. */
  soften_library_load_pending (self);

  /* Read once: what is checked is what is written, whatever happens to
   * the file meanwhile. */
  bytes = soften_exercise_file_read (source, error);
  if (bytes == NULL)
    return NULL;
  basename = g_file_get_basename (source);
  shown = g_filename_display_name (basename);
  exercise = _soften_library_check_import (self, bytes, shown, mode, &to_write, error);
  if (exercise == NULL)
    return NULL;

  name = g_strconcat (soften_exercise_get_id (exercise), SOFTEN_LIBRARY_EXERCISE_SUFFIX, NULL);
  target = write_copy (folder, name, to_write, error);
  if (target == NULL)
    return NULL;

  /* What is in the library is what was written, read from its file from
   * now on, as one's own exercises are. */
  soften_exercise_set_file (exercise, target);
  soften_exercise_set_source (exercise, NULL);

  if (_soften_library_find (self, soften_exercise_get_id (exercise)) != NULL)
    soften_library_replace (self, exercise);
  else
    {
      guint old_n_items = self->exercises->len;

      _soften_library_add (self, g_object_ref (exercise), name);
      _soften_library_sort_and_announce (self, old_n_items);
    }

  return _soften_library_find (self, soften_exercise_get_id (exercise));
}
