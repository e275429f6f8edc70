/* soften-key-file.c — what GKeyFile does not check for its readers
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file may begin with a UTF-8 byte order mark, as Windows Notepad writes
 * one; GKeyFile takes it for a line that is neither a group nor a key.
 *
 * GLib 2.74 reads a value with a bad escape sequence ("\q", or a "\" at the
 * very end) badly: g_key_file_get_locale_string() returns it uninterpreted
 * and leaks the GError it was given, and a value with both sets one GError
 * over another (a GLib warning). Both were found by fuzzing. The readers
 * check a value's escapes first, so GLib is never asked to read such a
 * value, and the person learns what is wrong with it.
 */

#include "config.h"

#include <string.h>

#include "soften-key-file.h"

/**
 * soften_key_file_escapes_are_valid:
 * @raw_value: a value as it is in the file, from g_key_file_get_value()
 * @bad_escape: (out) (optional): where to point at the first bad escape's
 *   backslash
 *
 * Whether every "\" in @raw_value starts one of the escape sequences that
 * g_key_file_get_string() understands: \s, \n, \t, \r and \\.
 */
gboolean
soften_key_file_escapes_are_valid (const char  *raw_value,
                                   const char **bad_escape)
{
  g_return_val_if_fail (raw_value != NULL, FALSE);

  for (const char *p = raw_value; *p != '\0'; p++)
    {
      if (*p != '\\')
        continue;

      if (p[1] == '\0' || strchr ("sntr\\", p[1]) == NULL)
        {
          if (bad_escape != NULL)
            *bad_escape = p;
          return FALSE;
        }
      p++;
    }

  return TRUE;
}

/**
 * soften_key_file_skip_bom:
 * @data: a file's contents
 * @size: (inout): their size, made smaller by the mark's when there is one
 *
 * Returns: @data past a UTF-8 byte order mark, if it begins with one
 */
const char *
soften_key_file_skip_bom (const char *data,
                          gsize      *size)
{
  g_return_val_if_fail (size != NULL, data);

  if (*size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      *size -= 3;
      return data + 3;
    }

  return data;
}
