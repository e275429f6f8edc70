/* fuzz-common.h — what both libFuzzer harnesses share
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included once by each harness; not a library.
 */

#pragma once

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <glib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Anything logged at warning level or above is a finding, GLib's own
 * warnings included ("GError set over the top of a previous GError"):
 * abort, so that libFuzzer keeps the input (a fatal g_log() would raise
 * SIGTRAP, which libFuzzer does not catch). */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
}

/* GLib 2.74 still caches slices unless told not to, which would hide leaks
 * from LeakSanitizer. Translated keys (Title[de]=) are read as for a German
 * speaker, so that path is fuzzed too; messages stay untranslated, as no
 * catalogue is bound. */
static void
fuzz_common_init (void)
{
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
}

/* A message shown to a person: whole UTF-8, no control characters, and not
 * a wall of text even when the input is. */
G_GNUC_NORETURN static void
fuzz_bad_message (const char *message, const char *why)
{
  g_autofree char *escaped = g_strescape (message != NULL ? message : "(null)", NULL);

  fprintf (stderr, "fuzz: a message %s: \"%.2000s\"\n", why, escaped);
  abort ();
}

static void
fuzz_check_message (const char *message, const char *prefix)
{
  if (message == NULL || !g_utf8_validate (message, -1, NULL))
    fuzz_bad_message (message, "is not UTF-8");
  if (prefix != NULL && !g_str_has_prefix (message, prefix))
    fuzz_bad_message (message, "does not begin with the file's name");
  for (const char *p = message; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      fuzz_bad_message (message, "holds a control character");
}
