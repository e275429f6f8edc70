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

#include "soften-breath-risks.h"
#include "soften-exercise-file.h"
#include "soften-exercise-options.h"
#include "soften-exercise-private.h"
#include "soften-key-file.h"
#include "soften-nicks.h"
#include "soften-step-private.h"
#include "soften-step-readers.h"
#include "soften-text.h"

#define EXERCISE_GROUP "Exercise"
#define NOTE_PREFIX    "Note "

/* The quark's name is the text of its first argument: left as written. */
/* clang-format off */
G_DEFINE_QUARK (soften-exercise-file-error-quark, soften_exercise_file_error)
/* clang-format on */

static const SoftenKeyFileErrors exercise_file_errors = {
  soften_exercise_file_error_quark,
  SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
  SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
  SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE,
};

static const char *const exercise_keys[]
    = { "Id",     "Title",      "Summary",  "Category", "Caution", "Credit", "NotesTitle",
        "Listed", "SafetyNote", "Language", "Lengths",  "Learn",   NULL };
static const char *const note_keys[] = { "Title", "Text", NULL };
/* The keys read as text or lists, whose escapes (\n…) are interpreted. */
static const char *const text_keys[]
    = { "Title",          "Summary",     "Caution",     "Credit",      "NotesTitle",
        "Text",           "Placeholder", "Choices",     "ChoiceIds",   "SuggestAbove",
        "SuggestBelow",   "WhenExample", "FeelExample", "LineExample", "NeedExample",
        "SupportExample", NULL };

/* [Exercise] comes first; every key of every group has sound escapes. */
static gboolean
check_layout (SoftenKeyFileReader *reader, GError **error)
{
  GKeyFile      *key_file = soften_key_file_reader_get_key_file (reader);
  g_auto (GStrv) groups = NULL;

  if (!g_key_file_has_group (key_file, EXERCISE_GROUP))
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_MISSING_GROUP,
                                        NULL, _("the group “[%s]” is missing"), EXERCISE_GROUP);
      return FALSE;
    }

  groups = g_key_file_get_groups (key_file, NULL);
  if (g_strcmp0 (groups[0], EXERCISE_GROUP) != 0)
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_MISSING_GROUP,
                                        groups[0], _("expected “[%s]” to be the first group"),
                                        EXERCISE_GROUP);
      return FALSE;
    }

  soften_key_file_reader_check_keys (reader, EXERCISE_GROUP, exercise_keys);

  return soften_key_file_reader_check_escapes (reader, text_keys, error);
}

/* Id=, made of lowercase letters, digits and "-". */
static char *
read_id (SoftenKeyFileReader *reader, GError **error)
{
  GKeyFile        *key_file = soften_key_file_reader_get_key_file (reader);
  g_autofree char *id = g_key_file_get_value (key_file, EXERCISE_GROUP, "Id", NULL);

  if (id == NULL)
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
                                        EXERCISE_GROUP, _("the key “%s” is missing"), "Id");
      return NULL;
    }

  g_strstrip (id);
  if (!soften_key_file_is_valid_id (id, SOFTEN_EXERCISE_FILE_MAX_ID_CHARS))
    {
      soften_key_file_reader_set_error (
          reader, error, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, EXERCISE_GROUP,
          _("Id: expected up to %u lowercase letters, digits and "
             "“-”, got “%s”"),
          SOFTEN_EXERCISE_FILE_MAX_ID_CHARS, soften_key_file_reader_quote (reader, id));
      return NULL;
    }

  return g_steal_pointer (&id);
}

/* Category=, one of the categories' names. */
static gboolean
read_category (SoftenKeyFileReader *reader, SoftenCategory *category, GError **error)
{
  GKeyFile        *key_file = soften_key_file_reader_get_key_file (reader);
  g_autofree char *name = g_key_file_get_value (key_file, EXERCISE_GROUP, "Category", NULL);
  int              value;

  if (name == NULL)
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
                                        EXERCISE_GROUP, _("the key “%s” is missing"), "Category");
      return FALSE;
    }

  if (soften_nick_to_value (SOFTEN_TYPE_CATEGORY, g_strstrip (name), &value))
    {
      *category = value;
      return TRUE;
    }

  soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
                                    EXERCISE_GROUP,
                                    /* Translators: do not translate the quoted words; they are
                                     * values */
                                    _("Category: expected one of “body”, “breathing”, "
                                       "“forgiveness”, “boundaries”, “defenses” or “together”, "
                                       "got “%s”"),
                                    soften_key_file_reader_quote (reader, name));
  return FALSE;
}

/* The optional texts of [Exercise]. */
static gboolean
read_details (SoftenKeyFileReader *reader, SoftenExercise *exercise, GError **error)
{
  static const struct
  {
    const char *key;
    glong       max_chars;
    void (*set) (SoftenExercise *exercise, const char *text);
  } details[] = {
    { "Summary", SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, soften_exercise_set_summary },
    { "Caution", SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, soften_exercise_set_caution },
    { "Credit", SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, soften_exercise_set_credit },
    { "NotesTitle", SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS, soften_exercise_set_notes_title },
  };

  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      g_autofree char *text = NULL;

      if (!soften_key_file_reader_read_optional_text (reader, EXERCISE_GROUP, details[i].key,
                                                      details[i].max_chars, &text, error))
        return FALSE;
      details[i].set (exercise, text);
    }

  return TRUE;
}

/* An optional true or false in [Exercise]; @value is left as it is when
 * the key is not there. */
static gboolean
read_flag (SoftenKeyFileReader *reader, const char *key, gboolean *value, GError **error)
{
  GKeyFile          *key_file = soften_key_file_reader_get_key_file (reader);
  g_autoptr (GError) flag_error = NULL;
  gboolean           flag;

  if (!g_key_file_has_key (key_file, EXERCISE_GROUP, key, NULL))
    return TRUE;

  flag = g_key_file_get_boolean (key_file, EXERCISE_GROUP, key, &flag_error);
  if (flag_error != NULL)
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
                                        /* Translators: KEY: expected “true” or “false” */
                                        EXERCISE_GROUP, _("%s: expected “true” or “false”"), key);
      return FALSE;
    }

  *value = flag;
  return TRUE;
}

/* Listed=false: an exercise started from elsewhere, not shown in the list.
 * SafetyNote=true: it points to what to do when a partner is dangerous. */
static gboolean
read_flags (SoftenKeyFileReader *reader, SoftenExercise *exercise, GError **error)
{
  gboolean listed = TRUE;
  gboolean safety_note = FALSE;

  if (!read_flag (reader, "Listed", &listed, error)
      || !read_flag (reader, "SafetyNote", &safety_note, error))
    return FALSE;

  soften_exercise_set_listed (exercise, listed);
  soften_exercise_set_safety_note (exercise, safety_note);
  return TRUE;
}

/* No more groups than steps an exercise may have, notes counted. */
static gboolean
check_n_groups (SoftenKeyFileReader *reader, GError **error)
{
  gsize n_groups;

  g_strfreev (g_key_file_get_groups (soften_key_file_reader_get_key_file (reader), &n_groups));
  if (n_groups - 1 <= SOFTEN_EXERCISE_FILE_MAX_STEPS)
    return TRUE;

  soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE, NULL,
                                    _("expected at most %u steps, found %u"),
                                    SOFTEN_EXERCISE_FILE_MAX_STEPS,
                                    (guint)MIN (n_groups - 1, G_MAXUINT));
  return FALSE;
}

/* [Note N] groups hold short cards to read before starting, not steps. */
static gboolean
read_note (SoftenKeyFileReader *reader, const char *group, SoftenExercise *exercise, GError **error)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  soften_key_file_reader_check_keys (reader, group, note_keys);
  title = soften_key_file_reader_read_text (reader, group, "Title", TRUE,
                                            SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS, error);
  if (title == NULL)
    return FALSE;
  text = soften_key_file_reader_read_text (reader, group, "Text", TRUE,
                                           SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, error);
  if (text == NULL)
    return FALSE;

  soften_exercise_add_note (exercise, title, text);
  return TRUE;
}

/* A pattern that asks too much of the body is allowed, and said (see
 * soften-breath-risks.c). */
static void
warn_breath_risks (SoftenKeyFileReader *reader, const char *group, SoftenStep *step)
{
  g_auto (GStrv) said = soften_breath_describe_risks (soften_step_find_breath_risks (step));

  for (guint i = 0; said[i] != NULL; i++)
    /* Translators: a problem in an exercise file: "FILE: [GROUP] PROBLEM",
     * e.g. "calm.exercise: [Step 2] Cycles: expected a whole number…" */
    soften_key_file_reader_warn (reader, _("%s: [%s] %s"),
                                 soften_key_file_reader_get_name (reader),
                                 soften_key_file_reader_quote (reader, group), said[i]);
}

/* A step too short for its words is lengthened (soften-step-timing.c),
 * and the author told. */
static void
warn_lengthened (SoftenKeyFileReader *reader, const char *group, SoftenStep *step)
{
  guint            seconds;
  g_autofree char *said = NULL;

  if (!soften_step_is_lengthened_for_reading (step))
    return;

  seconds = soften_step_get_reading_usec (step) / G_USEC_PER_SEC;
  said = g_strdup_printf (
      /* Translators: said by --validate about a timed step; %u is seconds */
      ngettext ("its words take %u second to read calmly, more than its time: it will last "
                "long enough to read them",
                "its words take %u seconds to read calmly, more than its time: it will last "
                "long enough to read them",
                seconds),
      seconds);
  /* Translators: a problem in an exercise file: "FILE: [GROUP] PROBLEM",
   * e.g. "calm.exercise: [Step 2] Cycles: expected a whole number…" */
  soften_key_file_reader_warn (reader, _("%s: [%s] %s"), soften_key_file_reader_get_name (reader),
                               soften_key_file_reader_quote (reader, group), said);
}

/* Every group after [Exercise], in order: a note or a step. */
static gboolean
read_steps (SoftenKeyFileReader *reader, SoftenExercise *exercise, GError **error)
{
  g_auto (GStrv) groups
      = g_key_file_get_groups (soften_key_file_reader_get_key_file (reader), NULL);

  for (guint i = 1; groups[i] != NULL; i++)
    {
      g_autoptr (SoftenStep) step = NULL;

      if (g_str_has_prefix (groups[i], NOTE_PREFIX))
        {
          if (!read_note (reader, groups[i], exercise, error))
            return FALSE;
          continue;
        }

      step = soften_step_readers_read (reader, groups[i], error);
      if (step == NULL)
        return FALSE;

      /* The caution is read on the first step's screen, in its time. */
      if (soften_exercise_get_n_steps (exercise) == 0)
        soften_step_set_also_shown (step, soften_exercise_get_caution (exercise));
      warn_breath_risks (reader, groups[i], step);
      warn_lengthened (reader, groups[i], step);
      soften_exercise_add_step (exercise, step);
    }

  if (soften_exercise_get_n_steps (exercise) == 0)
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_NO_STEPS, NULL,
                                        _("an exercise needs at least one step, like “[Step 1]”, "
                                           "after “[%s]”"),
                                        EXERCISE_GROUP);
      return FALSE;
    }

  return TRUE;
}

static SoftenExercise *
read_exercise (SoftenKeyFileReader *reader, GError **error)
{
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autofree char           *id = NULL;
  g_autofree char           *title = NULL;
  SoftenCategory             category;

  if (!check_layout (reader, error) || (id = read_id (reader, error)) == NULL
      || (title = soften_key_file_reader_read_text (reader, EXERCISE_GROUP, "Title", TRUE,
                                                    SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS, error))
             == NULL
      || !read_category (reader, &category, error))
    return NULL;

  exercise = soften_exercise_new (id, title, category);
  if (!read_details (reader, exercise, error)
      || !soften_exercise_options_read_language (reader, exercise, error)
      || !check_n_groups (reader, error) || !read_flags (reader, exercise, error)
      || !read_steps (reader, exercise, error)
      || !soften_exercise_options_read_lengths (reader, exercise, error))
    return NULL;
  soften_exercise_options_read_learn (reader, exercise);

  return g_steal_pointer (&exercise);
}

/* Why GKeyFile could not load @data (of @size bytes, @size not 0), as the
 * person needs it said. */
static const char *
not_key_file_reason (SoftenKeyFileReader *reader,
                     const char          *data,
                     gsize                size,
                     const GError        *load_error)
{
  if (memchr (data, '\r', size) != NULL && memchr (data, '\n', size) == NULL)
    /* GKeyFile would say the file does not start with a group: it sees
     * one line. */
    return /* Translators: why a file is not an exercise file */
        _("its lines end with a carriage return alone; save it with Unix (LF) or "
           "Windows (CR LF) line endings");

  if (!g_utf8_validate_len (data, size, NULL))
    /* GLib's reason would quote a line of what is most likely binary
     * data, or text in another encoding: say that instead. */
    return /* Translators: why a file is not an exercise file */
        _("it is not UTF-8 text");

  /* GLib's reason may quote a whole line of the file: shorten and clean it. */
  return soften_key_file_reader_quote_reason (reader, load_error->message);
}

/* Why @data, which holds a zero byte, is not an exercise file: saved in a
 * wider encoding (by its byte order mark; UTF-32's begins like UTF-16's),
 * or not text at all. */
static const char *
not_text_reason (const char *data, gsize size)
{
  if (size >= 4 && (memcmp (data, "\xFF\xFE\0\0", 4) == 0 || memcmp (data, "\0\0\xFE\xFF", 4) == 0))
    /* Translators: why a file is not an exercise file */
    return _("it is saved as UTF-32; save it as UTF-8");

  if (size >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    /* Translators: why a file is not an exercise file */
    return _("it is saved as UTF-16; save it as UTF-8");

  /* Translators: why a file is not an exercise file */
  return _("it is binary data, not text");
}

/* Loads @bytes into the reader's key file, if they are a key file of no
 * more than SOFTEN_EXERCISE_FILE_MAX_BYTES. */
static gboolean
load_key_file (SoftenKeyFileReader *reader, GBytes *bytes, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  int                not_key_file = SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE;
  gsize              size;
  const char        *data = g_bytes_get_data (bytes, &size);

  if (size > SOFTEN_EXERCISE_FILE_MAX_BYTES)
    {
      g_autofree char *size_text = NULL;
      g_autofree char *limit = NULL;

      soften_exercise_file_format_sizes (size, SOFTEN_EXERCISE_FILE_MAX_BYTES, &size_text, &limit);

      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE, NULL,
                                        _("the file is too large (%s; an exercise may be at "
                                           "most %s)"),
                                        size_text, limit);
      return FALSE;
    }

  /* A byte order mark, as Windows Notepad writes, is not part of the text. */
  data = soften_key_file_skip_bom (data, &size);

  /* GKeyFile reads a line only up to a zero byte and quietly drops the rest
   * of it; a zero byte means the file is not UTF-8 text at all. Windows
   * Notepad can save as UTF-16, which is full of them. */
  if (size > 0 && memchr (data, '\0', size) != NULL)
    {
      soften_key_file_reader_set_error (reader, error, not_key_file, NULL,
                                        _("not an exercise file (%s)"),
                                        not_text_reason (data, size));
      return FALSE;
    }

  /* Every translation is kept, not only the person's: each is checked,
   * whatever the language the app runs in. */
  if (size == 0)
    soften_key_file_reader_set_error (reader, error, not_key_file, NULL,
                                      _("not an exercise file (%s)"), _("the file is empty"));
  else if (!g_key_file_load_from_data (soften_key_file_reader_get_key_file (reader), data, size,
                                       G_KEY_FILE_KEEP_TRANSLATIONS, &local_error))
    soften_key_file_reader_set_error (reader, error, not_key_file, NULL,
                                      _("not an exercise file (%s)"),
                                      not_key_file_reason (reader, data, size, local_error));
  else
    return TRUE;

  return FALSE;
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
soften_exercise_file_load_bytes (GBytes     *bytes,
                                 const char *display_name,
                                 GPtrArray  *warnings,
                                 GError    **error)
{
  g_autoptr (SoftenKeyFileReader) reader = NULL;
  SoftenExercise                 *exercise;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = soften_key_file_reader_new (display_name, warnings, &exercise_file_errors);
  if (!load_key_file (reader, bytes, error))
    return NULL;

  exercise = read_exercise (reader, error);
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
 * The exercise keeps @file, to be read again when it is exported (its
 * bytes are not kept).
 *
 * Returns: (transfer full) (nullable): the exercise, or %NULL with @error set
 */
SoftenExercise *
soften_exercise_file_load (GFile *file, GPtrArray *warnings, GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char   *basename = NULL;
  g_autofree char   *name = NULL;
  SoftenExercise    *exercise;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = soften_exercise_file_read (file, error);
  if (bytes == NULL)
    return NULL;

  basename = g_file_get_basename (file);
  name = g_filename_display_name (basename);
  exercise = soften_exercise_file_load_bytes (bytes, name, warnings, error);
  if (exercise != NULL)
    {
      soften_exercise_set_file (exercise, file);
      soften_exercise_set_source (exercise, NULL);
    }

  return exercise;
}

/**
 * soften_exercise_file_dup_source:
 * @exercise: an exercise read from a file, or a built-in one
 * @error: where to put why the file could not be read
 *
 * The `.exercise` file of @exercise as it is written, translations and
 * all, to give to someone else: a built-in exercise's as it was read, and
 * a file's as it is now.
 *
 * Returns: (transfer full) (nullable): the bytes, or %NULL with @error set
 */
GBytes *
soften_exercise_file_dup_source (SoftenExercise *exercise, GError **error)
{
  GBytes *source;

  g_return_val_if_fail (SOFTEN_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  source = soften_exercise_get_source (exercise);
  if (source != NULL)
    return g_bytes_ref (source);

  g_return_val_if_fail (soften_exercise_get_file (exercise) != NULL, NULL);

  return soften_exercise_file_read (soften_exercise_get_file (exercise), error);
}
