/* soften-key-file-values.c — checks of one value from a key file, without a reader
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The part of soften-key-file.c that needs no reader: whether a text holds
 * a control character, an id is sound, a value's escapes are ones GLib
 * reads well, and where a file's text begins past a byte order mark. The
 * kept-scripts reader and the import use them too.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <string.h>

#include "soften-key-file.h"

/**
 * soften_key_file_find_control:
 *
 * Returns: the first control character in @text other than a line break or
 *   a tab (which "\n" and "\t" give), or 0. Shown as plain text, an escape
 *   character or a bell still makes no sense in an exercise, and can upset
 *   what shows it.
 */
gunichar
soften_key_file_find_control (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) && c != '\n' && c != '\t')
        return c;
    }

  return 0;
}

/* Returns: whether @id is 1 to @max_chars lowercase ASCII letters, digits
 * and "-": safe in a file name, a GSettings value and a message */
gboolean
soften_key_file_is_valid_id (const char *id, gsize max_chars)
{
  if (id[0] == '\0' || strlen (id) > max_chars)
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;

  return TRUE;
}

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
soften_key_file_escapes_are_valid (const char *raw_value, const char **bad_escape)
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
soften_key_file_skip_bom (const char *data, gsize *size)
{
  g_return_val_if_fail (size != NULL, data);

  if (*size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      *size -= 3;
      return data + 3;
    }

  return data;
}
