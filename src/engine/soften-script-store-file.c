/* soften-script-store-file.c — the kept scripts' file: locked, read, written whole
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The part of SoftenScriptStore that touches the disk.
 *
 * Locking. Two instances of the app can run at once (on two session
 * buses, say), each with the file read into its list. Whoever changes it
 * holds an exclusive flock() on "scripts.ini.lock" beside it while it
 * reads the file again, makes its change to what it read, and writes the
 * result (see soften-script-store.c): what another instance kept in the
 * meantime is kept too, and nothing anyone kept is lost.
 *
 * Writing. The file is written whole to a temporary file of our own,
 * "scripts.ini.saving-XXXXXX" (0600), synced, then renamed over the old
 * one, and the folder synced: a crash at any moment leaves the old file or
 * the new. A save killed halfway leaves its temporary file; the next
 * reader holding the lock removes it, and nothing else: every other file
 * beside the scripts ("scripts.ini.backup", "scripts.ini.damaged-…") is
 * the person's. While the lock is held no one else is writing, so no
 * temporary file removed can be one being written.
 *
 * The folder is made for its owner only (0700), and one made before with
 * looser rights is tightened to 0700 when a script is kept.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "soften-bounded-read.h"
#include "soften-key-file.h"
#include "soften-script-store-private.h"
#include "soften-text.h"

#define GROUP_PREFIX   "Script "
#define LOCK_SUFFIX    ".lock"
#define SAVING_INFIX   ".saving-"
#define SAVING_PATTERN "XXXXXX"

/* Sets @error, in G_IO_ERROR, to the code of @saved_errno. */
static void set_errno_error (GError **error, int saved_errno, const char *format, ...)
    G_GNUC_PRINTF (3, 4);

static void
set_errno_error (GError **error, int saved_errno, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (
      error, g_error_new_valist (G_IO_ERROR, g_io_error_from_errno (saved_errno), format, args));
  va_end (args);
}

/* Makes @folder for its owner only, or tightens it to that. */
static gboolean
make_private_folder (const char *folder, GError **error)
{
  GStatBuf st;
  int      saved_errno;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      saved_errno = errno;
      set_errno_error (error, saved_errno, _("The folder %s could not be made: %s"), folder,
                       g_strerror (saved_errno));
      return FALSE;
    }

  /* Made by an older version, or by hand: what is kept is private. */
  if (g_stat (folder, &st) == 0 && (st.st_mode & 0777) != 0700 && st.st_uid == getuid ()
      && g_chmod (folder, 0700) != 0)
    {
      saved_errno = errno;
      set_errno_error (error, saved_errno, _("The folder %s could not be made private: %s"),
                       folder, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * _soften_script_store_lock:
 * @path: the scripts file
 * @make_folder: whether to make its folder (0700) if need be
 *
 * Takes the lock that whoever reads the file to change it holds (see the
 * top of this file), waiting for another instance to let it go. Without
 * @make_folder, a folder that is not there is no scripts, and nothing to
 * lock: the result is -1, with no error.
 *
 * Returns: the lock, for _soften_script_store_unlock(); -1 with @error
 *   set when it could not be taken
 */
int
_soften_script_store_lock (const char *path, gboolean make_folder, GError **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *lock_path = g_strconcat (path, LOCK_SUFFIX, NULL);
  int              fd;
  int              saved_errno;

  if (make_folder ? !make_private_folder (folder, error)
                  : !g_file_test (folder, G_FILE_TEST_IS_DIR))
    return -1;

  fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      set_errno_error (error, saved_errno, _("The folder %s cannot be written to: %s"), folder,
                       g_strerror (saved_errno));
      return -1;
    }

  while (flock (fd, LOCK_EX) != 0)
    if (errno != EINTR)
      {
        saved_errno = errno;
        set_errno_error (error, saved_errno, _("%s could not be locked: %s"), lock_path,
                         g_strerror (saved_errno));
        g_close (fd, NULL);
        return -1;
      }

  return fd;
}

void
_soften_script_store_unlock (int lock)
{
  if (lock >= 0)
    g_close (lock, NULL);
}

/* One [Script ID] group, or NULL if it is not a whole, sound script. */
static SoftenScript *
read_script (GKeyFile *key_file, const char *group)
{
  g_autoptr (SoftenScript) script = NULL;
  g_autofree char         *created = NULL;
  const char              *id = group + strlen (GROUP_PREFIX);
  gint64                   unix_time;

  if (!g_str_has_prefix (group, GROUP_PREFIX) || !g_uuid_string_is_valid (id))
    return NULL;

  created = g_key_file_get_value (key_file, group, "Created", NULL);
  if (created == NULL || !g_ascii_string_to_signed (created, 10, 0, G_MAXINT64, &unix_time, NULL))
    return NULL;

  script = soften_script_new ();
  soften_script_set_id (script, id);
  soften_script_set_created (script, unix_time);

  for (guint i = 0; i < SOFTEN_SCRIPT_N_FIELDS; i++)
    {
      const char      *key = soften_script_field_to_key (i);
      g_autofree char *raw = g_key_file_get_value (key_file, group, key, NULL);
      g_autofree char *text = NULL;
      g_autofree char *safe = NULL;

      if (raw == NULL)
        continue;
      /* We never write a bad escape, and GLib must not read one (see
       * soften-key-file.c): the script is damaged. */
      if (!soften_key_file_escapes_are_valid (raw, NULL))
        return NULL;

      text = g_key_file_get_string (key_file, group, key, NULL);
      if (text == NULL || !g_utf8_validate (text, -1, NULL)
          || g_utf8_strlen (text, -1) > SOFTEN_SCRIPT_STORE_MAX_CHARS)
        return NULL;

      /* Bounded clusters, no bidirectional overrides: see soften-text.c. */
      safe = soften_text_make_safe (text);
      soften_script_set_field (script, i, safe);
    }

  if (soften_script_is_empty (script))
    return NULL;

  return g_steal_pointer (&script);
}

/**
 * _soften_script_store_parse:
 * @scripts: (element-type SoftenScript): where to add the scripts read
 *
 * Reads the scripts in @contents into @scripts.
 *
 * Returns: (nullable): %NULL when all of it could be read, or why not (for
 *   a message)
 */
char *
_soften_script_store_parse (const char *contents, gsize length, GPtrArray *scripts)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_auto (GStrv)       groups = NULL;
  guint                n_bad = 0;

  if (length > SOFTEN_SCRIPT_STORE_MAX_BYTES)
    return g_strdup (_("the file is far larger than kept scripts can be"));
  if (length == 0)
    return NULL;
  if (!g_utf8_validate_len (contents, length, NULL))
    return g_strdup (_("it is not text"));
  /* Not GLib's reason: it quotes the line it stopped at, and a line of
   * this file is something the person wrote, which no message may show. */
  if (!g_key_file_load_from_data (key_file, contents, length, G_KEY_FILE_NONE, NULL))
    return g_strdup (_("its layout is damaged"));

  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      SoftenScript *script = scripts->len < SOFTEN_SCRIPT_STORE_MAX_SCRIPTS
                                 ? read_script (key_file, groups[i])
                                 : NULL;

      if (script != NULL)
        g_ptr_array_add (scripts, script);
      else
        n_bad++;
    }

  if (n_bad > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u script in it is damaged",
                                         "%u scripts in it are damaged", n_bad),
                            n_bad);

  return NULL;
}

/**
 * _soften_script_store_read:
 * @scripts: (element-type SoftenScript): where to add the scripts read
 * @reason: (out): why not all of it could be read, or %NULL
 *
 * Reads the scripts file at @path, if there is one: a missing file is no
 * scripts. Only a regular file is read, never more than
 * SOFTEN_SCRIPT_STORE_MAX_BYTES of it (see soften-bounded-read.c).
 *
 * Returns: %FALSE with @error set when the file is there but cannot be
 *   read at all (a folder or a pipe in its place, no permission…): then it
 *   must not be touched
 */
gboolean
_soften_script_store_read (const char *path, GPtrArray *scripts, char **reason, GError **error)
{
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  const char        *contents;
  gsize              length;

  *reason = NULL;
  bytes = soften_bounded_read_file (file, SOFTEN_SCRIPT_STORE_MAX_BYTES, NULL, &local_error);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
      && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    return TRUE;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      *reason = g_strdup (_("the file is far larger than kept scripts can be"));
      return TRUE;
    }
  if (bytes == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code,
                   _("Your kept scripts could not be read from %s: %s"), path,
                   local_error->message);
      return FALSE;
    }

  contents = g_bytes_get_data (bytes, &length);
  *reason = _soften_script_store_parse (contents, length, scripts);
  return TRUE;
}

/**
 * _soften_script_store_set_aside:
 *
 * Renames the scripts file at @path, which could not be read whole, out of
 * the way, so that it is never overwritten.
 *
 * Returns: (transfer full): its new name, or %NULL with @error
 */
char *
_soften_script_store_set_aside (const char *path, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char      *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char      *aside = NULL;

  for (guint n = 0; n < 100; n++)
    {
      g_free (aside);
      aside = n == 0 ? g_strdup_printf ("%s.damaged-%s", path, stamp)
                     : g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);
      if (!g_file_test (aside, G_FILE_TEST_EXISTS))
        break;
    }

  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s could not be set aside: %s"), path, g_strerror (saved_errno));
      return NULL;
    }

  return g_steal_pointer (&aside);
}

/* Whether @entry is "NAME.saving-XXXXXX", a temporary file of ours for the
 * file NAME (and nothing else: see the top of this file). */
static gboolean
is_our_temporary_file (const char *entry, const char *name)
{
  gsize       length = strlen (name);
  const char *rest;

  if (!g_str_has_prefix (entry, name) || !g_str_has_prefix (entry + length, SAVING_INFIX))
    return FALSE;

  rest = entry + length + strlen (SAVING_INFIX);
  if (strlen (rest) != strlen (SAVING_PATTERN))
    return FALSE;
  for (const char *c = rest; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c))
      return FALSE;

  return TRUE;
}

/**
 * _soften_script_store_remove_stale_files:
 *
 * Removes what a save killed halfway left beside the scripts file at
 * @path: its temporary file, which holds nothing the file does not. Only
 * with the lock held.
 */
void
_soften_script_store_remove_stale_files (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char      *entry;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    if (is_our_temporary_file (entry, name))
      {
        g_autofree char *stale = g_build_filename (folder, entry, NULL);

        g_unlink (stale);
      }
}

static char *
to_data (GPtrArray *scripts, gsize *length)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();

  for (guint i = 0; i < scripts->len; i++)
    {
      SoftenScript    *script = g_ptr_array_index (scripts, i);
      g_autofree char *group = g_strconcat (GROUP_PREFIX, soften_script_get_id (script), NULL);

      g_key_file_set_int64 (key_file, group, "Created", soften_script_get_created (script));
      for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
        if (soften_script_get_field (script, f)[0] != '\0')
          g_key_file_set_string (key_file, group, soften_script_field_to_key (f),
                                 soften_script_get_field (script, f));
    }

  return g_key_file_to_data (key_file, length, NULL);
}

/* Writes all of @data to @fd, and syncs it. */
static gboolean
write_all (int fd, const char *data, gsize length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      data += n;
      length -= n;
    }

  return fsync (fd) == 0;
}

/**
 * _soften_script_store_write:
 * @scripts: (element-type SoftenScript): every script to keep
 *
 * Writes @scripts to @path, whole and atomically, readable by its owner
 * only (see the top of this file). With the lock held.
 */
gboolean
_soften_script_store_write (const char *path, GPtrArray *scripts, GError **error)
{
  g_autofree char *data = NULL;
  g_autofree char *temporary = g_strconcat (path, SAVING_INFIX, SAVING_PATTERN, NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  gsize            length;
  gboolean         written;
  int              fd;
  int              saved_errno;

  data = to_data (scripts, &length);

  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      set_errno_error (error, saved_errno, _("%s could not be written: %s"), path,
                       g_strerror (saved_errno));
      return FALSE;
    }

  /* A full disk, or a disk error, fails here: the old file stays. */
  written = write_all (fd, data, length);
  saved_errno = errno;
  if (!g_close (fd, NULL) && written)
    {
      written = FALSE;
      saved_errno = errno;
    }
  if (written && g_rename (temporary, path) != 0)
    {
      written = FALSE;
      saved_errno = errno;
    }
  if (!written)
    {
      g_unlink (temporary);
      set_errno_error (error, saved_errno, _("%s could not be written: %s"), path,
                       g_strerror (saved_errno));
      return FALSE;
    }

  /* The rename itself reaches the disk too. */
  fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      g_close (fd, NULL);
    }

  return TRUE;
}
