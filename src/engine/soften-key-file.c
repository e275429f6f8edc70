/* soften-key-file.c — reading a key file's values with limits, and naming what is wrong
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place a GKeyFile value is read with limits: its length, whole
 * UTF-8, no control characters, a number within its range, one of an
 * enum's names. What is wrong is a GError that names the file, the group
 * and the key and says what was expected ("calm.exercise: [Step 2] Cycles:
 * expected a whole number from 1 to 100, got “0”"), because the person
 * reading it may have written the file by hand in a text editor. Whatever
 * the file holds, a message quotes it short and printable.
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

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "soften-key-file.h"
#include "soften-nicks.h"
#include "soften-text.h"

struct _SoftenKeyFileReader
{
  GKeyFile           *key_file;
  char               *name;     /* the file's name, made fit for messages */
  GPtrArray          *warnings; /* borrowed, or NULL */
  GPtrArray          *quoted;   /* strings made by quote(), freed with the reader */
  SoftenKeyFileErrors errors;
};

/* How much of a value from the file a message quotes, and how much of its
 * end: a hostile file must not turn a one-line message into a wall of text.
 * GLib's reasons quote a value or a line in the middle, and end with what is
 * wrong with it, so more of their end is kept. */
#define QUOTE_MAX_CHARS   80
#define QUOTE_TAIL_CHARS  20
#define REASON_MAX_CHARS  200
#define REASON_TAIL_CHARS 80

/**
 * soften_key_file_reader_new:
 * @display_name: how to name the file in messages, e.g. its basename (any
 *   bytes: they are made readable)
 * @warnings: (nullable) (element-type utf8): where to add messages about
 *   things that were ignored; without it they are only logged for debugging
 * @errors: (not nullable): the domain and codes of the messages
 *
 * Returns: (transfer full): a reader with an empty key file, to be loaded
 */
SoftenKeyFileReader *
soften_key_file_reader_new (const char                *display_name,
                            GPtrArray                 *warnings,
                            const SoftenKeyFileErrors *errors)
{
  SoftenKeyFileReader *reader;

  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (errors != NULL, NULL);

  reader = g_new0 (SoftenKeyFileReader, 1);
  reader->key_file = g_key_file_new ();
  /* A file's name can hold any byte but "/": whatever it is, every message
   * begins with it, readable. */
  reader->name = soften_text_make_printable (display_name, 0, 0);
  reader->warnings = warnings;
  reader->quoted = g_ptr_array_new_with_free_func (g_free);
  reader->errors = *errors;

  return reader;
}

void
soften_key_file_reader_free (SoftenKeyFileReader *reader)
{
  if (reader == NULL)
    return;

  g_key_file_unref (reader->key_file);
  g_free (reader->name);
  g_ptr_array_unref (reader->quoted);
  g_free (reader);
}

/* Returns: (transfer none): the key file, to load and read */
GKeyFile *
soften_key_file_reader_get_key_file (SoftenKeyFileReader *reader)
{
  return reader->key_file;
}

/* Returns: the file's name as messages show it */
const char *
soften_key_file_reader_get_name (SoftenKeyFileReader *reader)
{
  return reader->name;
}

/* Returns: a value or a name from the file, fit to quote in a message; it
 * lives as long as @reader */
const char *
soften_key_file_reader_quote (SoftenKeyFileReader *reader, const char *text)
{
  char *printable = soften_text_make_printable (text, QUOTE_MAX_CHARS, QUOTE_TAIL_CHARS);

  g_ptr_array_add (reader->quoted, printable);
  return printable;
}

/* Returns: the same for GLib's reason why it could not read something */
const char *
soften_key_file_reader_quote_reason (SoftenKeyFileReader *reader, const char *reason)
{
  char *printable = soften_text_make_printable (reason, REASON_MAX_CHARS, REASON_TAIL_CHARS);

  g_ptr_array_add (reader->quoted, printable);
  return printable;
}

/**
 * soften_key_file_reader_set_error:
 * @code: a code of the reader's error domain
 * @group: (nullable): the group the problem is in, quoted as "[GROUP]"
 *
 * Sets @error to "FILE: [GROUP] WHAT", or "FILE: WHAT" without a group.
 */
void
soften_key_file_reader_set_error (SoftenKeyFileReader *reader,
                                  GError             **error,
                                  int                  code,
                                  const char          *group,
                                  const char          *format,
                                  ...)
{
  g_autofree char *what = NULL;
  va_list          args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (group != NULL)
    /* Translators: a problem in an exercise file: "FILE: [GROUP] PROBLEM",
     * e.g. "calm.exercise: [Step 2] Cycles: expected a whole number…" */
    g_set_error (error, reader->errors.domain (), code, _("%s: [%s] %s"), reader->name,
                 soften_key_file_reader_quote (reader, group), what);
  else
    g_set_error (error, reader->errors.domain (), code, "%s: %s", reader->name, what);
}

/* Adds a message about something that was ignored (the whole message,
 * file name included) to the reader's warnings. */
void
soften_key_file_reader_warn (SoftenKeyFileReader *reader, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (reader->warnings != NULL)
    g_ptr_array_add (reader->warnings, g_steal_pointer (&message));
  else
    g_debug ("%s", message);
}

/* Warns of every key in @group that is not in @known ("Title[de]" is the
 * translation of the known "Title"): not an error, so that a newer file
 * can still be read. */
void
soften_key_file_reader_check_keys (SoftenKeyFileReader *reader,
                                   const char          *group,
                                   const char *const   *known)
{
  g_auto (GStrv) keys = g_key_file_get_keys (reader->key_file, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      g_autofree char *base = g_strndup (keys[i], strcspn (keys[i], "["));

      if (g_strv_contains (known, base))
        continue;

      soften_key_file_reader_warn (reader, _("%s: [%s] unknown key “%s” is ignored"), reader->name,
                                   soften_key_file_reader_quote (reader, group),
                                   soften_key_file_reader_quote (reader, keys[i]));
    }
}

/**
 * soften_key_file_reader_check_escapes:
 * @text_keys: the keys read as text or lists, whose escapes (\n…) are
 *   interpreted
 *
 * Checks that every value of @text_keys, in every group and every
 * language, has sound escapes: see the top of this file for why GLib must
 * not be the one to find a bad one.
 */
gboolean
soften_key_file_reader_check_escapes (SoftenKeyFileReader *reader,
                                      const char *const   *text_keys,
                                      GError             **error)
{
  g_auto (GStrv) groups = g_key_file_get_groups (reader->key_file, NULL);

  for (guint g = 0; groups[g] != NULL; g++)
    {
      g_auto (GStrv) keys = g_key_file_get_keys (reader->key_file, groups[g], NULL, NULL);

      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          g_autofree char *base = g_strndup (keys[k], strcspn (keys[k], "["));
          g_autofree char *value = NULL;
          g_autofree char *escape = NULL;
          const char      *bad = NULL;

          if (!g_strv_contains (text_keys, base))
            continue;

          value = g_key_file_get_value (reader->key_file, groups[g], keys[k], NULL);
          if (value == NULL || soften_key_file_escapes_are_valid (value, &bad))
            continue;

          escape = g_strndup (bad, bad[1] == '\0' ? 1 : g_utf8_next_char (bad + 1) - bad);
          soften_key_file_reader_set_error (reader, error, reader->errors.invalid_value, groups[g],
                                            /* Translators: KEY: expected an escape sequence…,
                                             * got “\q”. Keep \n, \t, \s and \\ as they are */
                                            _("%s: expected an escape sequence: \\n, \\t, \\s or "
                                               "\\\\ (for a backslash), got “%s”"),
                                            soften_key_file_reader_quote (reader, keys[k]),
                                            soften_key_file_reader_quote (reader, escape));
          return FALSE;
        }
    }

  return TRUE;
}

/* Sets @error for a key that is required but missing. */
static void
set_missing (SoftenKeyFileReader *reader, GError **error, const char *group, const char *key)
{
  soften_key_file_reader_set_error (reader, error, reader->errors.missing_key, group,
                                    _("the key “%s” is missing"), key);
}

/* Why GLib could not read a value as a string, as the person needs it said. */
static void
set_unreadable (SoftenKeyFileReader *reader,
                GError             **error,
                const char          *group,
                const char          *key,
                const GError        *reason)
{
  if (g_error_matches (reason, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_UNKNOWN_ENCODING))
    soften_key_file_reader_set_error (reader, error, reader->errors.invalid_value, group,
                                      /* Translators: KEY: the text is not in UTF-8… (KEY is a
                                       * key's name such as "Title"; keep it as it is) */
                                      _("%s: the text is not in UTF-8; save the file as UTF-8"),
                                      key);
  else
    /* GLib's reason quotes the value: shorten and clean it, as for any
     * other value from the file. */
    soften_key_file_reader_set_error (
        reader, error, reader->errors.invalid_value, group,
        /* Translators: KEY: what went wrong */
        _("%s: %s"), key, soften_key_file_reader_quote_reason (reader, reason->message));
}

/* Sets @error and returns %FALSE unless @value, the value of @key (made
 * safe, and trimmed), is what a text must be. */
static gboolean
check_text (SoftenKeyFileReader *reader,
            const char          *group,
            const char          *key,
            const char          *value,
            gboolean             required,
            glong                max_chars,
            GError             **error)
{
  int invalid = reader->errors.invalid_value;

  if (required && value[0] == '\0')
    soften_key_file_reader_set_error (reader, error, invalid, group,
                                      _("%s: expected some text, found an empty value"), key);
  else if (soften_key_file_find_control (value) != 0)
    soften_key_file_reader_set_error (reader, error, invalid, group,
                                      /* Translators: KEY: expected text without control
                                       * characters, found U+001B */
                                      _("%s: expected text without control characters, "
                                         "found U+%04X"),
                                      key, soften_key_file_find_control (value));
  else if (g_utf8_strlen (value, -1) > max_chars)
    soften_key_file_reader_set_error (
        reader, error, reader->errors.too_large, group,
        g_dngettext (GETTEXT_PACKAGE, "%s: expected at most %ld character",
                     "%s: expected at most %ld characters", max_chars),
        key, max_chars);
  else
    return TRUE;

  return FALSE;
}

/* Checks @key and each of its translations (KEY[de]…) in @group, whatever
 * the language the app runs in: a file that is good in one language is
 * good in all of them. */
static gboolean
check_every_language (SoftenKeyFileReader *reader,
                      const char          *group,
                      const char          *key,
                      gboolean             required,
                      glong                max_chars,
                      GError             **error)
{
  g_auto (GStrv) keys = g_key_file_get_keys (reader->key_file, group, NULL, NULL);
  gsize          length = strlen (key);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      g_autoptr (GError) local_error = NULL;
      g_autofree char   *value = NULL;
      g_autofree char   *safe = NULL;

      if (strncmp (keys[i], key, length) != 0
          || (keys[i][length] != '\0' && keys[i][length] != '['))
        continue;

      value = g_key_file_get_string (reader->key_file, group, keys[i], &local_error);
      if (value == NULL)
        {
          set_unreadable (reader, error, group, soften_key_file_reader_quote (reader, keys[i]),
                          local_error);
          return FALSE;
        }

      safe = soften_text_make_safe (g_strstrip (value));
      if (!check_text (reader, group, soften_key_file_reader_quote (reader, keys[i]), safe,
                       required, max_chars, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * soften_key_file_reader_check_list_translations:
 * @max_chars: the most characters an item may have
 *
 * Checks each translation of the list @key in @group (KEY[de]…), whatever
 * the language the app runs in: every item some text, at most @max_chars
 * long, without control characters. The list in the person's language is
 * the caller's to check, with what it needs of it.
 */
gboolean
soften_key_file_reader_check_list_translations (SoftenKeyFileReader *reader,
                                                const char          *group,
                                                const char          *key,
                                                glong                max_chars,
                                                GError             **error)
{
  g_auto (GStrv) keys = g_key_file_get_keys (reader->key_file, group, NULL, NULL);
  gsize          length = strlen (key);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      g_auto (GStrv) items = NULL;
      const char    *name = NULL;

      if (strncmp (keys[i], key, length) != 0 || keys[i][length] != '[')
        continue;

      name = soften_key_file_reader_quote (reader, keys[i]);
      items = g_key_file_get_string_list (reader->key_file, group, keys[i], NULL, NULL);
      for (guint j = 0; items != NULL && items[j] != NULL; j++)
        {
          g_autofree char *safe = soften_text_make_safe (g_strstrip (items[j]));

          if (safe[0] == '\0' || g_utf8_strlen (safe, -1) > max_chars)
            soften_key_file_reader_set_error (
                reader, error, reader->errors.invalid_value, group,
                /* Translators: KEY: expected each item… (KEY is a key's name such as
                 * "Choices[de]"; keep it as it is) */
                _("%s: expected each item to have some text, and at most %ld characters"), name,
                max_chars);
          else if (soften_key_file_find_control (safe) != 0)
            soften_key_file_reader_set_error (reader, error, reader->errors.invalid_value, group,
                                              _("%s: expected text without control characters, "
                                                 "found U+%04X"),
                                              name, soften_key_file_find_control (safe));
          else
            continue;

          return FALSE;
        }
    }

  return TRUE;
}

/**
 * soften_key_file_reader_read_text:
 * @required: whether a missing key, or an empty value, is an error
 * @max_chars: the most characters the value may have
 *
 * Reads a translatable string (in the person's language when the file has
 * it), trimmed, that is whole UTF-8 without control characters other than
 * a line break or a tab, with its clusters bounded and without
 * bidirectional overrides (see soften-text.c). Every translation of it
 * must be such a text too, whatever the language the app runs in.
 *
 * Returns: (transfer full) (nullable): the text; %NULL for an optional key
 *   that is missing, or with @error set when it is unusable
 */
char *
soften_key_file_reader_read_text (SoftenKeyFileReader *reader,
                                  const char          *group,
                                  const char          *key,
                                  gboolean             required,
                                  glong                max_chars,
                                  GError             **error)
{
  g_autofree char   *value = NULL;
  g_autofree char   *safe = NULL;
  g_autoptr (GError) local_error = NULL;

  value = g_key_file_get_locale_string (reader->key_file, group, key, NULL, &local_error);
  if (value == NULL)
    {
      if (!g_error_matches (local_error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND)
          && !g_error_matches (local_error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND))
        set_unreadable (reader, error, group, key, local_error);
      else if (required)
        set_missing (reader, error, group, key);
      return NULL;
    }

  safe = soften_text_make_safe (g_strstrip (value));
  if (!check_every_language (reader, group, key, required, max_chars, error)
      || !check_text (reader, group, key, safe, required, max_chars, error))
    return NULL;

  return g_steal_pointer (&safe);
}

/* Reads a text that may be missing into @out (%NULL then), as
 * soften_key_file_reader_read_text() does. Returns: %FALSE with @error set
 * when it is there but unusable */
gboolean
soften_key_file_reader_read_optional_text (SoftenKeyFileReader *reader,
                                           const char          *group,
                                           const char          *key,
                                           glong                max_chars,
                                           char               **out,
                                           GError             **error)
{
  g_autoptr (GError) local_error = NULL;

  *out = soften_key_file_reader_read_text (reader, group, key, FALSE, max_chars, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* Reads a whole number from @min to @max, in decimal digits only; an
 * optional key that is missing gives @fallback. */
gboolean
soften_key_file_reader_read_number (SoftenKeyFileReader *reader,
                                    const char          *group,
                                    const char          *key,
                                    gboolean             required,
                                    guint                fallback,
                                    guint                min,
                                    guint                max,
                                    guint               *out,
                                    GError             **error)
{
  g_autofree char *value = g_key_file_get_value (reader->key_file, group, key, NULL);
  guint64          number;

  if (value == NULL)
    {
      if (required)
        {
          set_missing (reader, error, group, key);
          return FALSE;
        }
      *out = fallback;
      return TRUE;
    }

  g_strstrip (value);
  if (!g_ascii_string_to_unsigned (value, 10, min, max, &number, NULL))
    {
      soften_key_file_reader_set_error (reader, error, reader->errors.invalid_value, group,
                                        /* Translators: KEY: expected a whole number from MIN to
                                         * MAX, got “VALUE” */
                                        _("%s: expected a whole number from %u to %u, got “%s”"),
                                        key, min, max,
                                        soften_key_file_reader_quote (reader, value));
      return FALSE;
    }

  *out = (guint)number;
  return TRUE;
}

/**
 * soften_key_file_reader_read_nick:
 * @fallback: (nullable): the value when the key is missing; %NULL if it
 *   is required
 * @enum_type: the enum whose nicks are the names allowed, such as
 *   SOFTEN_TYPE_REGION ("feet", "legs"…)
 * @out: (out): the value of the name found
 *
 * Reads one of a fixed set of names (a Region=, Measure= or Moment= value).
 */
gboolean
soften_key_file_reader_read_nick (SoftenKeyFileReader *reader,
                                  const char          *group,
                                  const char          *key,
                                  const char          *fallback,
                                  GType                enum_type,
                                  int                 *out,
                                  GError             **error)
{
  g_autofree char *value = g_key_file_get_value (reader->key_file, group, key, NULL);
  g_autofree char *expected = NULL;

  if (value == NULL && fallback == NULL)
    {
      set_missing (reader, error, group, key);
      return FALSE;
    }

  if (value == NULL)
    value = g_strdup (fallback);

  if (soften_nick_to_value (enum_type, g_strstrip (value), out))
    return TRUE;

  expected = soften_nick_list (enum_type);
  soften_key_file_reader_set_error (reader, error, reader->errors.invalid_value, group,
                                    /* Translators: KEY: expected one of: LIST, got “VALUE”; the
                                     * list is of values, which stay in English */
                                    _("%s: expected one of: %s, got “%s”"), key, expected,
                                    soften_key_file_reader_quote (reader, value));
  return FALSE;
}
