/* soften-bounded-read.c — reading a file whole, never more than a limit, never blocking on it
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file the app reads (an exercise, the kept scripts, a file to
 * import) comes through here, because a name can lead to anything:
 *
 *  - A named pipe blocks whoever opens it until someone writes, and a
 *    device such as /dev/zero never ends. A file is opened without
 *    blocking (O_NONBLOCK: opening a named pipe returns at once), and
 *    what it is, once open, decides: anything but a regular file is
 *    refused, with a reason a person understands. Asking first and
 *    opening after would let it change in between.
 *  - A regular file larger than the limit is refused before it is read,
 *    and one that grows while it is read is read no further than the
 *    limit and one byte, to know it is too large.
 *
 * Standard input (soften_bounded_read_fd()) is a pipe more often than not:
 * it is read as it is, through the same limit, so that a pipe of hundreds
 * of megabytes is refused after the limit and one byte.
 *
 * A file refused is G_IO_ERROR_NOT_REGULAR_FILE (or _TOO_MANY_LINKS for a
 * link that leads round in a loop), with a message that is the reason
 * alone ("it is a named pipe (FIFO), not a file"), for the caller to put
 * after the file's name; one too large is G_IO_ERROR_MESSAGE_TOO_LARGE,
 * with its size when it is known (0 when it is not: the rest of a pipe is
 * never read).
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "soften-bounded-read.h"

#define CHUNK (64 * 1024)

/* Why a file of @mode is not read: plain words, for after its name. */
static const char *
describe_mode (mode_t mode)
{
  if (S_ISFIFO (mode))
    /* Translators: why a file is not read */
    return _("it is a named pipe (FIFO), not a file");
  if (S_ISCHR (mode) || S_ISBLK (mode))
    /* Translators: why a file is not read */
    return _("it is a device, not a file");
  if (S_ISSOCK (mode))
    /* Translators: why a file is not read */
    return _("it is a socket, not a file");
  if (S_ISDIR (mode))
    /* Translators: why a file is not read */
    return _("it is a folder, not a file");

  /* Translators: why a file is not read */
  return _("it is not a regular file");
}

static void
set_too_large (GError **error, guint64 size, guint64 *size_out)
{
  if (size_out != NULL)
    *size_out = size;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE, "");
}

static void
set_errno (GError **error, int saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
}

/* Why @path could not be opened: a link that leads nowhere, or round in a
 * loop, says so rather than "No such file". */
static void
set_open_error (GError **error, const char *path, int saved_errno)
{
  GStatBuf st;

  if (saved_errno == ELOOP)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                         /* Translators: why a file is not read */
                         _("it is a link that leads round in a loop"));
  else if (saved_errno == ENOENT && g_lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         /* Translators: why a file is not read */
                         _("it is a link to a file that is not there"));
  else
    set_errno (error, saved_errno);
}

/**
 * soften_bounded_read_fd:
 * @fd: an open file descriptor, such as standard input's
 * @limit: the most bytes there may be
 * @size: (out) (optional): set to 0 when there was too much: how much is
 *   not known, as the rest is never read
 *
 * Reads @fd to its end, blocking as any read does, but never more than
 * @limit + 1 bytes of it. @fd is left open.
 *
 * Returns: (transfer full) (nullable): what it held, or %NULL with @error
 */
GBytes *
soften_bounded_read_fd (int fd, gsize limit, guint64 *size, GError **error)
{
  g_autoptr (GByteArray) data = g_byte_array_new ();

  g_return_val_if_fail (fd >= 0, NULL);
  g_return_val_if_fail (limit < G_MAXSIZE, NULL);

  for (;;)
    {
      gsize  want = MIN (CHUNK, limit + 1 - data->len);
      guint  old_len = data->len;
      gssize n;

      g_byte_array_set_size (data, old_len + want);
      do
        n = read (fd, data->data + old_len, want);
      while (n < 0 && errno == EINTR);
      if (n < 0)
        {
          set_errno (error, errno);
          return NULL;
        }
      g_byte_array_set_size (data, old_len + n);

      if (data->len > limit)
        {
          set_too_large (error, 0, size);
          return NULL;
        }
      if (n == 0)
        break;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * soften_bounded_read_stream:
 * @stream: any input stream
 *
 * Like soften_bounded_read_fd(), from a stream: never more than @limit + 1
 * bytes are read from it.
 */
GBytes *
soften_bounded_read_stream (GInputStream *stream, gsize limit, guint64 *size, GError **error)
{
  g_autoptr (GByteArray) data = g_byte_array_new ();

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (limit < G_MAXSIZE, NULL);

  for (;;)
    {
      gsize  want = MIN (CHUNK, limit + 1 - data->len);
      guint  old_len = data->len;
      gssize n;

      g_byte_array_set_size (data, old_len + want);
      n = g_input_stream_read (stream, data->data + old_len, want, NULL, error);
      if (n < 0)
        return NULL;
      g_byte_array_set_size (data, old_len + n);

      if (data->len > limit)
        {
          set_too_large (error, 0, size);
          return NULL;
        }
      if (n == 0)
        break;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* A file that is not local (from GVfs): asked what it is, then read. */
static GBytes *
read_other (GFile *file, gsize limit, guint64 *size, GError **error)
{
  g_autoptr (GFileInfo)        info = NULL;
  g_autoptr (GFileInputStream) stream = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY
                               ? describe_mode (S_IFDIR)
                               : describe_mode (0));
      return NULL;
    }
  if ((guint64)g_file_info_get_size (info) > limit)
    {
      set_too_large (error, g_file_info_get_size (info), size);
      return NULL;
    }

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return NULL;

  return soften_bounded_read_stream (G_INPUT_STREAM (stream), limit, size, error);
}

/**
 * soften_bounded_read_file:
 * @file: a file to read whole
 * @limit: the most bytes it may have
 * @size: (out) (optional): its size, when it is too large
 *
 * Reads @file if it is a regular file of at most @limit bytes, without
 * ever blocking on it (see the top of this file).
 *
 * Returns: (transfer full) (nullable): its bytes, or %NULL with @error
 */
GBytes *
soften_bounded_read_file (GFile *file, gsize limit, guint64 *size, GError **error)
{
  g_autofree char *path = NULL;
  GBytes          *bytes;
  struct stat      st;
  int              fd;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    return read_other (file, limit, size, error);

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_open_error (error, path, errno);
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      set_errno (error, errno);
      bytes = NULL;
    }
  else if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           describe_mode (st.st_mode));
      bytes = NULL;
    }
  else if ((guint64)st.st_size > limit)
    {
      set_too_large (error, st.st_size, size);
      bytes = NULL;
    }
  else
    {
      /* A regular file: reads block as they always do. */
      fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
      bytes = soften_bounded_read_fd (fd, limit, size, error);
    }

  g_close (fd, NULL);
  return bytes;
}
