/* soften-exercise-file-read.c — reading the bytes of an `.exercise` file
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The part of the reader that gets the bytes, once, from a file or from
 * standard input, through soften-bounded-read.c: only a regular file,
 * never more than an exercise may be, never blocking on a named pipe or a
 * device. What is wrong names the file, made fit for a message, and says
 * sizes in bytes when they would otherwise read the same.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "soften-bounded-read.h"
#include "soften-exercise-file.h"
#include "soften-text.h"

/* @n bytes, in words: "262,145 bytes" */
static char *
format_bytes (guint64 n)
{
  g_autofree char *number = g_strdup_printf ("%'" G_GUINT64_FORMAT, n);

  /* Translators: a size in bytes; %s is a number such as "262,145" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s byte", "%s bytes", n % 1000000),
                          number);
}

/**
 * soften_exercise_file_format_sizes:
 * @size_text: (out): @size as a person reads it
 * @limit_text: (out): @limit as a person reads it
 *
 * Sizes to compare in a message: "300.0 kB" against "262.1 kB", or in
 * bytes when they would read the same ("262,145 bytes" against "262,144
 * bytes").
 */
void
soften_exercise_file_format_sizes (guint64 size, guint64 limit, char **size_text, char **limit_text)
{
  *size_text = g_format_size (size);
  *limit_text = g_format_size (limit);

  if (g_str_equal (*size_text, *limit_text))
    {
      g_free (*size_text);
      g_free (*limit_text);
      *size_text = format_bytes (size);
      *limit_text = format_bytes (limit);
    }
}

/* @file's name as messages show it: not every file name is UTF-8, and a
 * name may hold anything but "/", escape sequences included. */
static char *
shown_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return soften_text_display_name (basename);
}

/* Why bytes could not be read, as @error: a file too large says how large
 * it is (when that is known) against the limit. */
static void
set_read_error (GError **error, const char *name, guint64 size, GError *read_error)
{
  g_autofree char *size_text = NULL;
  g_autofree char *limit = NULL;

  if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE) && size == 0)
    {
      limit = g_format_size (SOFTEN_EXERCISE_FILE_MAX_BYTES);
      g_set_error (error, SOFTEN_EXERCISE_FILE_ERROR, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE,
                   /* Translators: FILE: the file is too large (an exercise may be at most
                    * SIZE) */
                   _("%s: the file is too large (an exercise may be at most %s)"), name, limit);
    }
  else if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      soften_exercise_file_format_sizes (size, SOFTEN_EXERCISE_FILE_MAX_BYTES, &size_text, &limit);
      g_set_error (error, SOFTEN_EXERCISE_FILE_ERROR, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE,
                   /* Translators: FILE: the file is too large (SIZE; an exercise may be at
                    * most SIZE) */
                   _("%s: the file is too large (%s; an exercise may be at most %s)"), name,
                   size_text, limit);
    }
  else if (g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE))
    /* The reason alone, in plain words: "it is a named pipe (FIFO), not a file" */
    g_set_error (error, read_error->domain, read_error->code, "%s: %s", name, read_error->message);
  else
    /* Translators: FILE: could not read it (the system's reason) */
    g_set_error (error, G_IO_ERROR,
                 read_error->domain == G_IO_ERROR ? read_error->code : G_IO_ERROR_FAILED,
                 _("%s: could not read it (%s)"), name, read_error->message);
}

/**
 * soften_exercise_file_read:
 * @file: a `.exercise` file
 *
 * The bytes of @file, read once: only a regular file, never larger than an
 * exercise may be, and never blocking on it (see soften-bounded-read.c).
 * Errors name the file.
 *
 * Returns: (transfer full) (nullable): the bytes, or %NULL with @error
 */
GBytes *
soften_exercise_file_read (GFile *file, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char   *name = NULL;
  GBytes            *bytes;
  guint64            size = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = soften_bounded_read_file (file, SOFTEN_EXERCISE_FILE_MAX_BYTES, &size, &local_error);
  if (bytes != NULL)
    return bytes;

  name = shown_name (file);
  set_read_error (error, name, size, local_error);
  return NULL;
}

/**
 * soften_exercise_file_read_fd:
 * @fd: where to read, such as standard input (0)
 * @display_name: how messages name it
 *
 * What @fd holds, to its end, as soften_exercise_file_read() reads a file:
 * a pipe is read no further than the limit and one byte.
 *
 * Returns: (transfer full) (nullable): the bytes, or %NULL with @error
 */
GBytes *
soften_exercise_file_read_fd (int fd, const char *display_name, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char   *name = NULL;
  GBytes            *bytes;
  guint64            size = 0;

  g_return_val_if_fail (display_name != NULL, NULL);

  bytes = soften_bounded_read_fd (fd, SOFTEN_EXERCISE_FILE_MAX_BYTES, &size, &local_error);
  if (bytes != NULL)
    return bytes;

  name = soften_text_make_printable (display_name, 0, 0);
  set_read_error (error, name, size, local_error);
  return NULL;
}
