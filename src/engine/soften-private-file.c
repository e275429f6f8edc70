/* soften-private-file.c — a small file only its owner may read
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a person chose to keep (the people they can reach, say) lives in a
 * file under $XDG_DATA_HOME/soften/: readable by its owner only (0600, in
 * a 0700 folder), written whole and atomically (to a temporary file,
 * synced, then renamed over the old one), and read with a limit, only if
 * it is a regular file. A file that could not be read is never written
 * over: it can be set aside under a new name first.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "soften-private-file.h"

/**
 * soften_private_file_read:
 * @max_bytes: the most the file may hold
 *
 * Reads @file whole, if it is a regular file of at most @max_bytes. The
 * read never blocks on a pipe or a device, and never reads past the limit.
 *
 * Returns: (transfer full): what it holds, or %NULL with @error set
 *   (%G_IO_ERROR_NOT_FOUND when there is no such file)
 */
GBytes *
soften_private_file_read (GFile *file, gsize max_bytes, GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *data = NULL;
  struct stat      st;
  gssize           got = 0;
  int              fd;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", path,
                   g_strerror (saved_errno));
      return NULL;
    }

  if (!S_ISREG (st.st_mode) || (gsize)st.st_size > max_bytes)
    {
      close (fd);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   !S_ISREG (st.st_mode)
                       /* Translators: FILE: why it was not read */
                       ? _("%s: not a regular file")
                       : _("%s: far larger than it can be"),
                   path);
      return NULL;
    }

  /* One byte more than the limit: a file that grew meanwhile is refused. */
  data = g_malloc (max_bytes + 1);
  while ((gsize)got <= max_bytes)
    {
      gssize n = read (fd, data + got, max_bytes + 1 - got);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      got += n;
    }
  close (fd);

  if ((gsize)got > max_bytes)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s: far larger than it can be"),
                   path);
      return NULL;
    }

  return g_bytes_new_take (g_realloc (g_steal_pointer (&data), got + 1), got);
}

/**
 * soften_private_file_write:
 *
 * Writes @data to @file, readable by its owner only, in a folder only its
 * owner may enter (made so, or made stricter, if need be), atomically.
 */
gboolean
soften_private_file_write (GFile *file, const char *data, gsize length, GError **error)
{
  g_autoptr (GFile) folder = g_file_get_parent (file);
  g_autofree char  *folder_path = g_file_get_path (folder);
  g_autofree char  *path = g_file_get_path (file);

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_mkdir_with_parents (folder_path, 0700) != 0 || g_chmod (folder_path, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: FOLDER: why */
                   _("The folder %s could not be made private: %s"), folder_path,
                   g_strerror (saved_errno));
      return FALSE;
    }

  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/**
 * soften_private_file_set_aside:
 *
 * Renames @file out of the way ("NAME.damaged-DATE"), so that what could
 * not be read is never written over.
 *
 * Returns: (transfer full): its new path, or %NULL with @error set
 */
char *
soften_private_file_set_aside (GFile *file, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char      *path = g_file_get_path (file);
  g_autofree char      *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char      *aside = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

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
