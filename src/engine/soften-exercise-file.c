/* soften-exercise-file.c — reading `.exercise` files
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An exercise is a GKeyFile: an [Exercise] group, then one group per step in
 * the order they run. Every error names the file, the group, the key and what
 * was expected, because the person reading it may be a therapist who wrote the
 * file by hand in a text editor.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "soften-exercise-file.h"
#include "soften-key-file.h"
#include "soften-script.h"

#define EXERCISE_GROUP "Exercise"

G_DEFINE_QUARK (soften-exercise-file-error-quark, soften_exercise_file_error)

typedef struct
{
  GKeyFile   *key_file;
  const char *name;     /* the file's name, made fit for messages */
  GPtrArray  *warnings;
  GPtrArray  *quoted;   /* strings made by quote(), freed with the reader */
} Reader;

/* How much of a value from the file a message quotes, and how much of its
 * end: a hostile file must not turn a one-line message into a wall of text.
 * GLib's reasons quote a value or a line in the middle, and end with what is
 * wrong with it, so more of their end is kept. */
#define QUOTE_MAX_CHARS 80
#define QUOTE_TAIL_CHARS 20
#define REASON_MAX_CHARS 200
#define REASON_TAIL_CHARS 80

static const char * const exercise_keys[] = {
  "Id", "Title", "Summary", "Category", "Caution", "Credit", "NotesTitle", "Listed", NULL
};
static const char * const note_keys[] = { "Title", "Text", NULL };
static const char * const writing_keys[] = { "Kind", "Text", "Placeholder", NULL };
static const char * const release_keys[] = { "Kind", "Text", NULL };
static const char * const choice_keys[] = { "Kind", "Text", "Record", "Choices", "ChoiceIds", NULL };
static const char * const script_keys[] = {
  "Kind", "Text", "Part", "Repeat", "Seconds",
  "WhenExample", "FeelExample", "LineExample", "NeedExample", "SupportExample", NULL
};
static const char * const instruction_keys[] = { "Kind", "Text", "Duration", NULL };
static const char * const breathing_keys[] = { "Kind", "Text", "Pattern", "Cycles", NULL };
static const char * const body_region_keys[] = { "Kind", "Text", "Region", "Duration", NULL };
static const char * const check_in_keys[] = {
  "Kind", "Text", "Measure", "Moment", "SuggestAbove", "SuggestBelow", NULL
};
/* The keys read as text or lists, whose escapes (\n…) are interpreted. */
static const char * const escaped_keys[] = {
  "Title", "Summary", "Caution", "Credit", "NotesTitle", "Text", "Placeholder", "Choices",
  "ChoiceIds", "SuggestAbove", "SuggestBelow",
  "WhenExample", "FeelExample", "LineExample", "NeedExample", "SupportExample", NULL
};

/* @text as it can be shown to a person, whatever the file held: bytes that
 * are not UTF-8 become U+FFFD, a tab or a line break is shown as \t or \n
 * and other control characters as U+FFFD, and, when @max_chars is not 0,
 * text longer than that keeps its start and its last @tail_chars around a
 * "…". */
static char *
make_printable (const char *text,
                gsize       max_chars,
                gsize       tail_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));
  gsize n_chars = g_utf8_strlen (valid, -1);
  gsize i = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), i++)
    {
      gunichar c = g_utf8_get_char (p);

      if (max_chars > 0 && n_chars > max_chars &&
          i >= max_chars - tail_chars - 1 && i < n_chars - tail_chars)
        {
          if (i == max_chars - tail_chars - 1)
            g_string_append (out, "…");
          continue;
        }

      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (g_unichar_iscntrl (c))
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* A value or a name from the file, fit to quote in a message; it lives as
 * long as @reader. */
static const char *
quote (Reader     *reader,
       const char *text)
{
  char *printable = make_printable (text, QUOTE_MAX_CHARS, QUOTE_TAIL_CHARS);

  g_ptr_array_add (reader->quoted, printable);
  return printable;
}

/* The same for GLib's reason why it could not read something. */
static const char *
quote_reason (Reader     *reader,
              const char *reason)
{
  char *printable = make_printable (reason, REASON_MAX_CHARS, REASON_TAIL_CHARS);

  g_ptr_array_add (reader->quoted, printable);
  return printable;
}

G_GNUC_PRINTF (5, 6)
static void
set_error (GError     **error,
           Reader      *reader,
           int          code,
           const char  *group,
           const char  *format,
           ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (group != NULL)
    /* Translators: a problem in an exercise file: "FILE: [GROUP] PROBLEM",
     * e.g. "calm.exercise: [Step 2] Cycles: expected a whole number…" */
    g_set_error (error, SOFTEN_EXERCISE_FILE_ERROR, code, _("%s: [%s] %s"),
                 reader->name, quote (reader, group), what);
  else
    g_set_error (error, SOFTEN_EXERCISE_FILE_ERROR, code, "%s: %s", reader->name, what);
}

static void
check_known_keys (Reader             *reader,
                  const char         *group,
                  const char * const *known)
{
  g_auto(GStrv) keys = g_key_file_get_keys (reader->key_file, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      /* "Title[de]" is the translation of a known key. */
      g_autofree char *base = g_strndup (keys[i], strcspn (keys[i], "["));
      g_autofree char *message = NULL;

      if (g_strv_contains (known, base))
        continue;

      message = g_strdup_printf (_("%s: [%s] unknown key “%s” is ignored"),
                                 reader->name, quote (reader, group), quote (reader, keys[i]));
      if (reader->warnings != NULL)
        g_ptr_array_add (reader->warnings, g_steal_pointer (&message));
      else
        g_debug ("%s", message);
    }
}

/* The first control character in @text other than a line break or a tab
 * (which "\n" and "\t" give), or 0. Shown as plain text, an escape
 * character or a bell still makes no sense in an exercise, and can upset
 * what shows it. */
static gunichar
find_control (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) && c != '\n' && c != '\t')
        return c;
    }

  return 0;
}

/* A translatable string, bounded in length. Returns NULL and sets @error when
 * the key is required but missing, or when the value is unusable. */
static char *
read_text (Reader      *reader,
           const char  *group,
           const char  *key,
           gboolean     required,
           glong        max_chars,
           GError     **error)
{
  g_autofree char *value = NULL;
  g_autoptr(GError) local_error = NULL;

  value = g_key_file_get_locale_string (reader->key_file, group, key, NULL, &local_error);
  if (value == NULL)
    {
      if (g_error_matches (local_error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND) ||
          g_error_matches (local_error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND))
        {
          if (required)
            set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, group,
                       _("the key “%s” is missing"), key);
        }
      else if (g_error_matches (local_error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_UNKNOWN_ENCODING))
        set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                   /* Translators: KEY: the text is not in UTF-8… (KEY is a key's
                    * name such as "Title"; keep it as it is) */
                   _("%s: the text is not in UTF-8; save the file as UTF-8"), key);
      else
        /* GLib's reason quotes the value: shorten and clean it, as for
         * any other value from the file. */
        set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                   /* Translators: KEY: what went wrong */
                   _("%s: %s"), key, quote_reason (reader, local_error->message));
      return NULL;
    }

  g_strstrip (value);

  if (required && value[0] == '\0')
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                 _("%s: expected some text, found an empty value"), key);
      return NULL;
    }

  if (find_control (value) != 0)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                 /* Translators: KEY: expected text without control characters, found U+001B */
                 _("%s: expected text without control characters, found U+%04X"),
                 key, find_control (value));
      return NULL;
    }

  if (g_utf8_strlen (value, -1) > max_chars)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE, group,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%s: expected at most %ld character",
                              "%s: expected at most %ld characters", max_chars),
                 key, max_chars);
      return NULL;
    }

  return g_steal_pointer (&value);
}

/* A whole number in [min, max]. A missing optional key gives @fallback. */
static gboolean
read_number (Reader      *reader,
             const char  *group,
             const char  *key,
             gboolean     required,
             guint        fallback,
             guint        min,
             guint        max,
             guint       *out,
             GError     **error)
{
  g_autofree char *value = g_key_file_get_value (reader->key_file, group, key, NULL);
  guint64 number;

  if (value == NULL)
    {
      if (required)
        {
          set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, group,
                     _("the key “%s” is missing"), key);
          return FALSE;
        }
      *out = fallback;
      return TRUE;
    }

  g_strstrip (value);
  if (!g_ascii_string_to_unsigned (value, 10, min, max, &number, NULL))
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                 /* Translators: KEY: expected a whole number from MIN to MAX, got “VALUE” */
                 _("%s: expected a whole number from %u to %u, got “%s”"),
                 key, min, max, quote (reader, value));
      return FALSE;
    }

  *out = (guint)number;
  return TRUE;
}

/* "5", "5.5" or "5.125": seconds with up to three decimals, as microseconds. */
static gboolean
parse_seconds (const char *text,
               gint64      max_usec,
               gint64     *usec)
{
  g_auto(GStrv) parts = g_strsplit (text, ".", -1);
  guint64 whole;
  guint64 fraction = 0;
  guint n = g_strv_length (parts);

  if (n == 0 || n > 2 || parts[0][0] == '\0')
    return FALSE;
  if (!g_ascii_string_to_unsigned (parts[0], 10, 0, max_usec / G_USEC_PER_SEC, &whole, NULL))
    return FALSE;

  if (n == 2)
    {
      gsize digits = strlen (parts[1]);

      if (digits == 0 || digits > 3 ||
          !g_ascii_string_to_unsigned (parts[1], 10, 0, 999, &fraction, NULL))
        return FALSE;
      for (gsize i = digits; i < 6; i++)
        fraction *= 10;
    }

  *usec = (gint64)whole * G_USEC_PER_SEC + (gint64)fraction;

  return *usec <= max_usec;
}

static gboolean
read_pattern (Reader      *reader,
              const char  *group,
              gint64       pattern[SOFTEN_BREATH_N_PHASES],
              GError     **error)
{
  g_autofree char *value = g_key_file_get_value (reader->key_file, group, "Pattern", NULL);
  g_auto(GStrv) parts = NULL;
  gint64 sum = 0;

  if (value == NULL)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, group,
                 _("the key “%s” is missing"), "Pattern");
      return FALSE;
    }

  parts = g_strsplit (value, ";", -1);

  /* A trailing ';' is the key-file list style; allow it. */
  if (g_strv_length (parts) == SOFTEN_BREATH_N_PHASES + 1 &&
      g_strstrip (parts[SOFTEN_BREATH_N_PHASES])[0] == '\0')
    g_clear_pointer (&parts[SOFTEN_BREATH_N_PHASES], g_free);

  if (g_strv_length (parts) != SOFTEN_BREATH_N_PHASES)
    goto invalid;

  for (guint i = 0; i < SOFTEN_BREATH_N_PHASES; i++)
    {
      if (!parse_seconds (g_strstrip (parts[i]),
                          (gint64)SOFTEN_EXERCISE_FILE_MAX_PHASE_SECS * G_USEC_PER_SEC,
                          &pattern[i]))
        goto invalid;

      sum += pattern[i];
    }

  if (sum == 0)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                 _("Pattern: a breath must last some time, but all four numbers are 0"));
      return FALSE;
    }

  return TRUE;

invalid:
  set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
             /* Translators: do not translate "Pattern"; it is the key's name */
             _("Pattern: expected four numbers of seconds from 0 to %u, like 4 or 5.5, "
               "separated by “;” (in;hold;out;hold), got “%s”"),
             SOFTEN_EXERCISE_FILE_MAX_PHASE_SECS, quote (reader, value));
  return FALSE;
}

typedef gboolean (*NameFunc) (const char *str,
                              guint      *value);

/* The name parsers of soften-step.h, with one signature for read_name(). */
#define NAME_FUNC(type, prefix)                  \
  static gboolean                                \
  prefix##_name (const char *str,                \
                 guint      *value)              \
  {                                              \
    type v;                                      \
                                                 \
    if (!prefix##_from_string (str, &v))         \
      return FALSE;                              \
    *value = v;                                  \
    return TRUE;                                 \
  }

NAME_FUNC (SoftenRegion, soften_region)
NAME_FUNC (SoftenMeasure, soften_measure)
NAME_FUNC (SoftenMoment, soften_moment)
NAME_FUNC (SoftenScriptPart, soften_script_part)

/* One of a fixed set of names (a Region=, Measure= or Moment= value). */
static gboolean
read_name (Reader              *reader,
           const char          *group,
           const char          *key,
           const char          *fallback,
           NameFunc             from_string,
           const char          *expected,
           guint               *out,
           GError             **error)
{
  g_autofree char *value = g_key_file_get_value (reader->key_file, group, key, NULL);

  if (value == NULL && fallback == NULL)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, group,
                 _("the key “%s” is missing"), key);
      return FALSE;
    }

  if (value == NULL)
    value = g_strdup (fallback);

  if (!from_string (g_strstrip (value), out))
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                 /* Translators: KEY: expected one of: LIST, got “VALUE”; the list is
                  * of values, which stay in English */
                 _("%s: expected one of: %s, got “%s”"), key, expected,
                 quote (reader, value));
      return FALSE;
    }

  return TRUE;
}

static gboolean is_valid_id (const char *id);

/* Every value read as text, in every group and every language, has sound
 * escapes: see soften-key-file.c for why GLib must not be the one to find
 * a bad one. */
static gboolean
check_escapes (Reader  *reader,
               GError **error)
{
  g_auto(GStrv) groups = g_key_file_get_groups (reader->key_file, NULL);

  for (guint g = 0; groups[g] != NULL; g++)
    {
      g_auto(GStrv) keys = g_key_file_get_keys (reader->key_file, groups[g], NULL, NULL);

      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          g_autofree char *base = g_strndup (keys[k], strcspn (keys[k], "["));
          g_autofree char *value = NULL;
          g_autofree char *escape = NULL;
          const char *bad = NULL;

          if (!g_strv_contains (escaped_keys, base))
            continue;

          value = g_key_file_get_value (reader->key_file, groups[g], keys[k], NULL);
          if (value == NULL || soften_key_file_escapes_are_valid (value, &bad))
            continue;

          escape = g_strndup (bad, bad[1] == '\0' ? 1 : g_utf8_next_char (bad + 1) - bad);
          set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, groups[g],
                     /* Translators: KEY: expected an escape sequence…, got “\q”. Keep
                      * \n, \t, \s and \\ as they are */
                     _("%s: expected an escape sequence: \\n, \\t, \\s or \\\\ "
                       "(for a backslash), got “%s”"),
                     quote (reader, keys[k]), quote (reader, escape));
          return FALSE;
        }
    }

  return TRUE;
}

/* A list of exercise ids, such as SuggestAbove=longer-exhale;stop-and-ground */
static gboolean
read_ids (Reader      *reader,
          const char  *group,
          const char  *key,
          GStrv       *out,
          GError     **error)
{
  g_auto(GStrv) ids = g_key_file_get_string_list (reader->key_file, group, key, NULL, NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (g_strstrip (ids[i])[0] == '\0')
        {
          set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                     /* Translators: KEY: expected ids separated by “;”, found an empty one */
                     _("%s: expected ids separated by “;”, found an empty one"), key);
          return FALSE;
        }
      if (!is_valid_id (ids[i]))
        {
          if (g_str_equal (key, "ChoiceIds"))
            set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                       /* Translators: do not translate "ChoiceIds": it is a key */
                       _("ChoiceIds: expected ids of lowercase letters, digits and “-”, "
                         "separated by “;”, got “%s”"),
                       quote (reader, ids[i]));
          else
            set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                       _("%s: expected exercise ids separated by “;”, got “%s”"), key,
                       quote (reader, ids[i]));
          return FALSE;
        }
    }

  *out = g_steal_pointer (&ids);
  return TRUE;
}

/* Choices=Going numb;Criticism;… with ChoiceIds=withdrawal;control;… */
static SoftenStep *
read_choice (Reader      *reader,
             const char  *group,
             const char  *text,
             GError     **error)
{
  g_autofree char *record = g_key_file_get_value (reader->key_file, group, "Record", NULL);
  g_auto(GStrv) labels = NULL;
  g_auto(GStrv) ids = NULL;
  g_autoptr(GError) local_error = NULL;

  labels = g_key_file_get_locale_string_list (reader->key_file, group, "Choices", NULL, NULL, &local_error);
  if (labels == NULL)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, group,
                 _("the key “%s” is missing"), "Choices");
      return NULL;
    }
  if (!read_ids (reader, group, "ChoiceIds", &ids, error))
    return NULL;

  /* A translation with a different number of items would pair labels with
   * the wrong ids: show that step's choices untranslated instead. */
  if (ids != NULL && g_strv_length (ids) != g_strv_length (labels))
    {
      g_auto(GStrv) untranslated = g_key_file_get_string_list (reader->key_file, group, "Choices",
                                                               NULL, NULL);

      if (untranslated != NULL && g_strv_length (untranslated) == g_strv_length (ids))
        {
          g_autofree char *message =
            /* Translators: do not translate "Choices": it is a key */
            g_strdup_printf (_("%s: [%s] the translation of “Choices” has %u items instead of %u; "
                               "the untranslated choices are shown"),
                             reader->name, quote (reader, group), g_strv_length (labels),
                             g_strv_length (ids));

          if (reader->warnings != NULL)
            g_ptr_array_add (reader->warnings, g_steal_pointer (&message));
          else
            g_debug ("%s", message);
          g_strfreev (labels);
          labels = g_steal_pointer (&untranslated);
        }
    }

  if (g_strv_length (labels) < 2)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                 /* Translators: do not translate "Choices": it is a key */
                 _("Choices: expected at least 2 choices separated by “;”, found %u"),
                 g_strv_length (labels));
      return NULL;
    }

  if (ids == NULL || g_strv_length (ids) != g_strv_length (labels))
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                 /* Translators: do not translate "Choices" and "ChoiceIds": they are keys */
                 _("ChoiceIds: expected one id for each of the %u choices in “Choices” (at least 2)"),
                 g_strv_length (labels));
      return NULL;
    }

  for (guint i = 0; labels[i] != NULL; i++)
    {
      g_strstrip (labels[i]);
      if (labels[i][0] == '\0' || g_utf8_strlen (labels[i], -1) > SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS)
        {
          set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                     _("Choices: expected each choice to have some text, and at most %d characters"),
                     SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS);
          return NULL;
        }
      if (find_control (labels[i]) != 0)
        {
          set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                     _("%s: expected text without control characters, found U+%04X"),
                     "Choices", find_control (labels[i]));
          return NULL;
        }
    }

  /* Only the id is recorded: two choices with one id could not be told apart. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; ids[i] != NULL; i++)
      if (!g_hash_table_add (seen, ids[i]))
        {
          set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                     /* Translators: do not translate "ChoiceIds": it is a key */
                     _("ChoiceIds: expected a different id for each choice, got “%s” twice"),
                     quote (reader, ids[i]));
          return NULL;
        }
  }

  if (record == NULL)
    record = g_strdup ("choice");
  if (!is_valid_id (g_strstrip (record)))
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                 _("Record: expected lowercase letters, digits and “-”, got “%s”"),
                 quote (reader, record));
      return NULL;
    }

  return soften_step_new_choice (text, record, (const char * const *)ids, (const char * const *)labels);
}

/* Part=feel|line|support|rehearse|keep, with examples, or Repeat and Seconds. */
static SoftenStep *
read_script_step (Reader      *reader,
                  const char  *group,
                  const char  *text,
                  GError     **error)
{
  static const char * const example_keys[] = {
    [SOFTEN_SCRIPT_WHEN] = "WhenExample",
    [SOFTEN_SCRIPT_FEEL] = "FeelExample",
    [SOFTEN_SCRIPT_LINE] = "LineExample",
    [SOFTEN_SCRIPT_NEED] = "NeedExample",
    [SOFTEN_SCRIPT_SUPPORT] = "SupportExample",
  };
  g_autoptr(SoftenStep) step = NULL;
  guint part;

  if (!read_name (reader, group, "Part", NULL, soften_script_part_name,
                  "feel, line, support, rehearse, keep", &part, error))
    return NULL;

  step = soften_step_new_script (text, part);

  for (guint i = 0; i < G_N_ELEMENTS (example_keys); i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *example = read_text (reader, group, example_keys[i], FALSE,
                                            SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      soften_step_set_example (step, i, example);
    }

  if (part == SOFTEN_SCRIPT_PART_REHEARSE)
    {
      guint repeat, seconds;

      if (!read_number (reader, group, "Repeat", FALSE, 3, 1, 20, &repeat, error) ||
          !read_number (reader, group, "Seconds", FALSE, 20, 5, 300, &seconds, error))
        return NULL;
      soften_step_set_rehearsals (step, repeat, seconds);
    }

  return g_steal_pointer (&step);
}

static SoftenStep *
read_step (Reader      *reader,
           const char  *group,
           GError     **error)
{
  g_autofree char *kind_name = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  SoftenStepKind kind;

  kind_name = g_key_file_get_value (reader->key_file, group, "Kind", NULL);
  if (kind_name == NULL)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, group,
                 _("the key “%s” is missing"), "Kind");
      return NULL;
    }

  g_strstrip (kind_name);
  if (!soften_step_kind_from_string (kind_name, &kind))
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_UNKNOWN_KIND, group,
                 /* Translators: do not translate "Kind" or the kinds: they are values */
                 _("Kind: expected one of: instruction, breathing, body-region, check-in, writing, release, choice, script, got “%s”"),
                 quote (reader, kind_name));
      return NULL;
    }

  switch (kind)
    {
    case SOFTEN_STEP_INSTRUCTION:
      {
        guint duration;

        check_known_keys (reader, group, instruction_keys);
        text = read_text (reader, group, "Text", TRUE, SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, error);
        if (text == NULL)
          return NULL;
        if (!read_number (reader, group, "Duration", FALSE, 0,
                          0, SOFTEN_EXERCISE_FILE_MAX_STEP_SECS, &duration, error))
          return NULL;
        return soften_step_new_instruction (text, duration);
      }

    case SOFTEN_STEP_BREATHING:
      {
        gint64 pattern[SOFTEN_BREATH_N_PHASES];
        guint cycles;

        check_known_keys (reader, group, breathing_keys);
        text = read_text (reader, group, "Text", FALSE, SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS,
                          &local_error);
        if (local_error != NULL)
          {
            g_propagate_error (error, g_steal_pointer (&local_error));
            return NULL;
          }
        if (!read_pattern (reader, group, pattern, error))
          return NULL;
        if (!read_number (reader, group, "Cycles", TRUE, 0,
                          1, SOFTEN_EXERCISE_FILE_MAX_CYCLES, &cycles, error))
          return NULL;
        return soften_step_new_breathing (text, pattern, cycles);
      }

    case SOFTEN_STEP_BODY_REGION:
      {
        guint region;
        guint duration;

        check_known_keys (reader, group, body_region_keys);
        if (!read_name (reader, group, "Region", NULL, soften_region_name,
                        "feet, legs, belly, chest, back, shoulders, arms, hands, neck, jaw, face",
                        &region, error))
          return NULL;
        text = read_text (reader, group, "Text", TRUE, SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, error);
        if (text == NULL)
          return NULL;
        if (!read_number (reader, group, "Duration", FALSE, 0,
                          0, SOFTEN_EXERCISE_FILE_MAX_STEP_SECS, &duration, error))
          return NULL;
        return soften_step_new_body_region (text, region, duration);
      }

    case SOFTEN_STEP_CHECK_IN:
      {
        g_autoptr(SoftenStep) step = NULL;
        g_auto(GStrv) above = NULL;
        g_auto(GStrv) below = NULL;
        guint measure;
        guint moment;

        check_known_keys (reader, group, check_in_keys);
        if (!read_name (reader, group, "Measure", NULL, soften_measure_name,
                        "zone, tension, comfort", &measure, error) ||
            !read_name (reader, group, "Moment", "before", soften_moment_name,
                        "before, after", &moment, error))
          return NULL;
        text = read_text (reader, group, "Text", TRUE, SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, error);
        if (text == NULL)
          return NULL;
        if (!read_ids (reader, group, "SuggestAbove", &above, error) ||
            !read_ids (reader, group, "SuggestBelow", &below, error))
          return NULL;

        step = soften_step_new_check_in (text, measure, moment);
        soften_step_set_suggestions (step, SOFTEN_ZONE_ABOVE, (const char * const *)above);
        soften_step_set_suggestions (step, SOFTEN_ZONE_BELOW, (const char * const *)below);
        return g_steal_pointer (&step);
      }

    case SOFTEN_STEP_WRITING:
      {
        g_autofree char *placeholder = NULL;

        check_known_keys (reader, group, writing_keys);
        text = read_text (reader, group, "Text", TRUE, SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, error);
        if (text == NULL)
          return NULL;
        placeholder = read_text (reader, group, "Placeholder", FALSE,
                                 SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS, &local_error);
        if (local_error != NULL)
          {
            g_propagate_error (error, g_steal_pointer (&local_error));
            return NULL;
          }
        return soften_step_new_writing (text, placeholder);
      }

    case SOFTEN_STEP_RELEASE:
      check_known_keys (reader, group, release_keys);
      text = read_text (reader, group, "Text", TRUE, SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, error);
      if (text == NULL)
        return NULL;
      return soften_step_new_release (text);

    case SOFTEN_STEP_CHOICE:
      check_known_keys (reader, group, choice_keys);
      text = read_text (reader, group, "Text", TRUE, SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, error);
      if (text == NULL)
        return NULL;
      return read_choice (reader, group, text, error);

    case SOFTEN_STEP_SCRIPT:
      check_known_keys (reader, group, script_keys);
      text = read_text (reader, group, "Text", TRUE, SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, error);
      if (text == NULL)
        return NULL;
      return read_script_step (reader, group, text, error);

    case SOFTEN_N_STEP_KINDS:
    default:
      g_assert_not_reached ();
    }
}

#define NOTE_PREFIX "Note "

/* [Note N] groups hold short cards to read before starting, not steps. */
static gboolean
read_note (Reader          *reader,
           const char      *group,
           SoftenExercise  *exercise,
           GError         **error)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  check_known_keys (reader, group, note_keys);
  title = read_text (reader, group, "Title", TRUE, SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS, error);
  if (title == NULL)
    return FALSE;
  text = read_text (reader, group, "Text", TRUE, SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, error);
  if (text == NULL)
    return FALSE;

  soften_exercise_add_note (exercise, title, text);
  return TRUE;
}

static gboolean
is_valid_id (const char *id)
{
  if (id[0] == '\0' || strlen (id) > SOFTEN_EXERCISE_FILE_MAX_ID_CHARS)
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;

  return TRUE;
}

static SoftenExercise *
read_exercise (Reader  *reader,
               GError **error)
{
  g_autoptr(SoftenExercise) exercise = NULL;
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *category_name = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *caution = NULL;
  g_autofree char *credit = NULL;
  g_autofree char *notes_title = NULL;
  g_auto(GStrv) groups = NULL;
  g_autoptr(GError) local_error = NULL;
  SoftenCategory category;
  gsize n_groups;

  if (!g_key_file_has_group (reader->key_file, EXERCISE_GROUP))
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_MISSING_GROUP, NULL,
                 _("the group “[%s]” is missing"), EXERCISE_GROUP);
      return NULL;
    }

  groups = g_key_file_get_groups (reader->key_file, &n_groups);
  if (g_strcmp0 (groups[0], EXERCISE_GROUP) != 0)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_MISSING_GROUP, groups[0],
                 _("expected “[%s]” to be the first group"), EXERCISE_GROUP);
      return NULL;
    }

  check_known_keys (reader, EXERCISE_GROUP, exercise_keys);

  if (!check_escapes (reader, error))
    return NULL;

  id = g_key_file_get_value (reader->key_file, EXERCISE_GROUP, "Id", NULL);
  if (id == NULL)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, EXERCISE_GROUP,
                 _("the key “%s” is missing"), "Id");
      return NULL;
    }
  g_strstrip (id);
  if (!is_valid_id (id))
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, EXERCISE_GROUP,
                 _("Id: expected up to %u lowercase letters, digits and “-”, got “%s”"),
                 SOFTEN_EXERCISE_FILE_MAX_ID_CHARS, quote (reader, id));
      return NULL;
    }

  title = read_text (reader, EXERCISE_GROUP, "Title", TRUE,
                     SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS, error);
  if (title == NULL)
    return NULL;

  category_name = g_key_file_get_value (reader->key_file, EXERCISE_GROUP, "Category", NULL);
  if (category_name == NULL)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, EXERCISE_GROUP,
                 _("the key “%s” is missing"), "Category");
      return NULL;
    }
  g_strstrip (category_name);
  if (!soften_category_from_string (category_name, &category))
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, EXERCISE_GROUP,
                 /* Translators: do not translate the quoted words; they are values */
                 _("Category: expected one of “body”, “breathing”, “forgiveness”, "
                   "“boundaries” or “defenses”, got “%s”"), quote (reader, category_name));
      return NULL;
    }

  summary = read_text (reader, EXERCISE_GROUP, "Summary", FALSE,
                       SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, &local_error);
  if (local_error == NULL)
    caution = read_text (reader, EXERCISE_GROUP, "Caution", FALSE,
                         SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, &local_error);
  if (local_error == NULL)
    credit = read_text (reader, EXERCISE_GROUP, "Credit", FALSE,
                        SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, &local_error);
  if (local_error == NULL)
    notes_title = read_text (reader, EXERCISE_GROUP, "NotesTitle", FALSE,
                             SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (n_groups - 1 > SOFTEN_EXERCISE_FILE_MAX_STEPS)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE, NULL,
                 _("expected at most %u steps, found %u"),
                 SOFTEN_EXERCISE_FILE_MAX_STEPS, (guint)MIN (n_groups - 1, G_MAXUINT));
      return NULL;
    }

  exercise = soften_exercise_new (id, title, category);
  soften_exercise_set_summary (exercise, summary);
  soften_exercise_set_caution (exercise, caution);
  soften_exercise_set_credit (exercise, credit);
  soften_exercise_set_notes_title (exercise, notes_title);

  /* Listed=false: started from elsewhere, not shown in the list. */
  if (g_key_file_has_key (reader->key_file, EXERCISE_GROUP, "Listed", NULL))
    {
      g_autoptr(GError) listed_error = NULL;
      gboolean listed = g_key_file_get_boolean (reader->key_file, EXERCISE_GROUP, "Listed", &listed_error);

      if (listed_error != NULL)
        {
          set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, EXERCISE_GROUP,
                     _("Listed: expected “true” or “false”"));
          return NULL;
        }
      soften_exercise_set_listed (exercise, listed);
    }

  for (gsize i = 1; i < n_groups; i++)
    {
      g_autoptr(SoftenStep) step = NULL;

      if (g_str_has_prefix (groups[i], NOTE_PREFIX))
        {
          if (!read_note (reader, groups[i], exercise, error))
            return NULL;
          continue;
        }

      step = read_step (reader, groups[i], error);
      if (step == NULL)
        return NULL;

      soften_exercise_add_step (exercise, step);
    }

  if (soften_exercise_get_n_steps (exercise) == 0)
    {
      set_error (error, reader, SOFTEN_EXERCISE_FILE_ERROR_NO_STEPS, NULL,
                 _("an exercise needs at least one step, like “[Step 1]”, after “[%s]”"),
                 EXERCISE_GROUP);
      return NULL;
    }

  return g_steal_pointer (&exercise);
}

/**
 * soften_exercise_file_load_bytes:
 * @bytes: the file's contents
 * @display_name: how to name the file in messages, e.g. its basename
 * @warnings: (nullable) (element-type utf8): where to add messages about
 *   things that were ignored, such as unknown keys
 * @error: where to put what made the file unusable
 *
 * Returns: (transfer full) (nullable): the exercise, or %NULL with @error set
 */
SoftenExercise *
soften_exercise_file_load_bytes (GBytes      *bytes,
                                 const char  *display_name,
                                 GPtrArray   *warnings,
                                 GError     **error)
{
  g_autoptr(GKeyFile) key_file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) quoted = NULL;
  g_autofree char *name = NULL;
  Reader reader = { NULL, NULL, warnings, NULL };
  SoftenExercise *exercise;
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A file's name can hold any byte but "/": whatever it is, every message
   * begins with it, readable. */
  name = make_printable (display_name, 0, 0);
  quoted = g_ptr_array_new_with_free_func (g_free);
  reader.name = name;
  reader.quoted = quoted;

  data = g_bytes_get_data (bytes, &size);

  if (size > SOFTEN_EXERCISE_FILE_MAX_BYTES)
    {
      g_autofree char *size_text = g_format_size (size);
      g_autofree char *limit = g_format_size (SOFTEN_EXERCISE_FILE_MAX_BYTES);

      set_error (error, &reader, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE, NULL,
                 _("the file is too large (%s; an exercise may be at most %s)"),
                 size_text, limit);
      return NULL;
    }

  /* A byte order mark, as Windows Notepad writes, is not part of the text. */
  data = soften_key_file_skip_bom (data, &size);

  /* GKeyFile reads a line only up to a zero byte and quietly drops the rest
   * of it; a zero byte means the file is not UTF-8 text at all. Windows
   * Notepad can save as UTF-16, which is full of them. */
  if (size > 0 && memchr (data, '\0', size) != NULL)
    {
      gboolean utf16 = size >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 ||
                                     memcmp (data, "\xFE\xFF", 2) == 0);

      set_error (error, &reader, SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE, NULL,
                 _("not an exercise file (%s)"),
                 utf16 ? /* Translators: why a file is not an exercise file */
                         _("it is saved as UTF-16; save it as UTF-8")
                       : /* Translators: why a file is not an exercise file */
                         _("it is binary data, not text"));
      return NULL;
    }

  key_file = g_key_file_new ();
  reader.key_file = key_file;

  if (size == 0 || !g_key_file_load_from_data (key_file, data, size, G_KEY_FILE_NONE, &local_error))
    {
      const char *reason;

      if (local_error == NULL)
        reason = _("the file is empty");
      else if (memchr (data, '\r', size) != NULL && memchr (data, '\n', size) == NULL)
        /* GKeyFile would say the file does not start with a group: it sees
         * one line. */
        reason = /* Translators: why a file is not an exercise file */
                 _("its lines end with a carriage return alone; save it with Unix (LF) or "
                   "Windows (CR LF) line endings");
      else if (!g_utf8_validate_len (data, size, NULL))
        /* GLib's reason would quote a line of what is most likely binary
         * data, or text in another encoding: say that instead. */
        reason = /* Translators: why a file is not an exercise file */
                 _("it is not UTF-8 text");
      else
        /* GLib's reason may quote a whole line of the file: shorten and clean it. */
        reason = quote_reason (&reader, local_error->message);

      set_error (error, &reader, SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE, NULL,
                 _("not an exercise file (%s)"), reason);
      return NULL;
    }

  exercise = read_exercise (&reader, error);
  if (exercise != NULL)
    soften_exercise_set_source (exercise, bytes);

  return exercise;
}

/**
 * soften_exercise_file_load:
 * @file: a `.exercise` file
 * @warnings: (nullable) (element-type utf8): see soften_exercise_file_load_bytes()
 * @error: where to put what made the file unreadable or unusable
 *
 * Returns: (transfer full) (nullable): the exercise, or %NULL with @error set
 */
SoftenExercise *
soften_exercise_file_load (GFile      *file,
                           GPtrArray  *warnings,
                           GError    **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The name as it is shown, not as it is stored: not every file name is UTF-8. */
  basename = g_file_get_basename (file);
  name = g_filename_display_name (basename);

  /* Check the size first so a huge file is never read into memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info != NULL && g_file_info_get_size (info) > SOFTEN_EXERCISE_FILE_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (SOFTEN_EXERCISE_FILE_MAX_BYTES);

      g_set_error (error, SOFTEN_EXERCISE_FILE_ERROR, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE,
                   /* Translators: FILE: the file is too large (SIZE; an exercise may be at most SIZE) */
                   _("%s: the file is too large (%s; an exercise may be at most %s)"),
                   name, size, limit);
      return NULL;
    }

  if (info != NULL)
    bytes = g_file_load_bytes (file, NULL, NULL, &local_error);

  if (bytes == NULL)
    {
      /* Translators: FILE: could not read it (the system's reason) */
      g_set_error (error, G_IO_ERROR, local_error->domain == G_IO_ERROR ? local_error->code : G_IO_ERROR_FAILED,
                   _("%s: could not read it (%s)"), name, local_error->message);
      return NULL;
    }

  return soften_exercise_file_load_bytes (bytes, name, warnings, error);
}
