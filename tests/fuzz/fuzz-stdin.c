/* fuzz-stdin.c — libFuzzer harness for reading an exercise from standard input
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `soften --validate=-` reads standard input, most often a pipe, through
 * soften_bounded_read_fd(): never more than its limit and one byte. The
 * input goes through a pipe here too, twice: once with a limit taken from
 * its first byte (so that inputs of every size meet it), checking that
 * what is read is the input when it fits, is refused as too large when it
 * does not, and that no more than the limit and one byte were taken from
 * the pipe; then with the real limit, into the `.exercise` reader, whose
 * messages must name what was read.
 */

#define _GNU_SOURCE /* F_SETPIPE_SZ */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "engine/soften-bounded-read.h"
#include "engine/soften-exercise-file.h"

#include "fuzz-common.h"

#define NAME "standard input"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_common_init ();
  return 0;
}

/* A pipe holding @data, its writing end closed, or -1 if @data does not
 * fit in one (a pipe holds 64 KiB, or up to /proc/sys/fs/pipe-max-size
 * when asked). */
static int
pipe_of (const uint8_t *data, size_t size)
{
  int fds[2];

  if (pipe (fds) != 0)
    abort ();
  if (size > 64 * 1024 && fcntl (fds[1], F_SETPIPE_SZ, (int)size) < (int)size)
    {
      close (fds[0]);
      close (fds[1]);
      return -1;
    }
  if (size > 0 && write (fds[1], data, size) != (ssize_t)size)
    abort ();
  close (fds[1]);

  return fds[0];
}

/* How many bytes are left in the pipe @fd. */
static size_t
left_in (int fd)
{
  char    buffer[4096];
  size_t  left = 0;
  ssize_t n;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    left += n;

  return left;
}

static void
check_limit (const uint8_t *data, size_t size)
{
  gsize              limit = size > 0 ? data[0] * 64u : 0;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  guint64            known = 1;
  int                fd = pipe_of (data, size);

  if (fd < 0)
    return;
  bytes = soften_bounded_read_fd (fd, limit, &known, &error);
  if (size <= limit)
    {
      if (bytes == NULL || error != NULL || g_bytes_get_size (bytes) != size
          || (size > 0 && memcmp (g_bytes_get_data (bytes, NULL), data, size) != 0))
        abort ();
    }
  else if (bytes != NULL || !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE)
           || known != 0 || left_in (fd) != size - (limit + 1))
    abort ();

  close (fd);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GPtrArray)      warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GBytes)         bytes = NULL;
  g_autoptr (GError)         error = NULL;
  int                        fd;

  check_limit (data, size);

  fd = pipe_of (data, size);
  if (fd < 0)
    return 0;
  bytes = soften_exercise_file_read_fd (fd, NAME, &error);
  close (fd);
  if (bytes == NULL)
    {
      if (size <= SOFTEN_EXERCISE_FILE_MAX_BYTES)
        abort ();
      fuzz_check_message (error->message, NAME ": ");
      return 0;
    }

  exercise = soften_exercise_file_load_bytes (bytes, NAME, warnings, &error);
  for (guint i = 0; i < warnings->len; i++)
    fuzz_check_message (g_ptr_array_index (warnings, i), NAME ": ");
  if (exercise == NULL)
    fuzz_check_message (error->message, NAME ": ");
  else if (error != NULL)
    abort ();

  return 0;
}
