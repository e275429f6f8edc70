/* soften-step-readers.c — reading one step of an `.exercise` file, by its kind
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A step is a group with a Kind= key. Each kind has a reader of its own,
 * found in a table by the kind, with the keys a step of that kind may have
 * (others are warned of and ignored). A new kind of step is a new row in
 * step_readers[] and a function above it. Every value is read through the
 * checked reader of soften-key-file.c, so that every message names the
 * file, the group and the key.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "soften-exercise-file.h"
#include "soften-nicks.h"
#include "soften-script.h"
#include "soften-step-readers.h"
#include "soften-text.h"

typedef SoftenStep *(*ReadFunc) (SoftenKeyFileReader *reader, const char *group, GError **error);

typedef struct
{
  const char *const *keys; /* the keys a step of this kind may have */
  ReadFunc           read;
} StepReader;

/* A step's text: what it says, or asks. */
static char *
read_step_text (SoftenKeyFileReader *reader, const char *group, GError **error)
{
  return soften_key_file_reader_read_text (reader, group, "Text", TRUE,
                                           SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, error);
}

/* Duration=: seconds, 0 or missing for a step the person moves on from. */
static gboolean
read_duration (SoftenKeyFileReader *reader, const char *group, guint *duration, GError **error)
{
  return soften_key_file_reader_read_number (reader, group, "Duration", FALSE, 0, 0,
                                             SOFTEN_EXERCISE_FILE_MAX_STEP_SECS, duration, error);
}

static SoftenStep *
read_instruction (SoftenKeyFileReader *reader, const char *group, GError **error)
{
  g_autofree char *text = NULL;
  guint            duration;
  int              speaker;
  SoftenStep      *step;

  if ((text = read_step_text (reader, group, error)) == NULL
      || !read_duration (reader, group, &duration, error)
      || !soften_key_file_reader_read_nick (reader, group, "Speaker", "none", SOFTEN_TYPE_SPEAKER,
                                            &speaker, error))
    return NULL;

  step = soften_step_new_instruction (text, duration);
  soften_step_set_speaker (step, speaker);
  return step;
}

/* "5", "5.5" or "5.125": seconds with up to three decimals, as microseconds. */
static gboolean
parse_seconds (const char *text, gint64 max_usec, gint64 *usec)
{
  g_auto (GStrv) parts = g_strsplit (text, ".", -1);
  guint64        whole;
  guint64        fraction = 0;
  guint          n = g_strv_length (parts);

  if (n == 0 || n > 2 || parts[0][0] == '\0')
    return FALSE;
  if (!g_ascii_string_to_unsigned (parts[0], 10, 0, max_usec / G_USEC_PER_SEC, &whole, NULL))
    return FALSE;

  if (n == 2)
    {
      gsize digits = strlen (parts[1]);

      if (digits == 0 || digits > 3
          || !g_ascii_string_to_unsigned (parts[1], 10, 0, 999, &fraction, NULL))
        return FALSE;
      for (gsize i = digits; i < 6; i++)
        fraction *= 10;
    }

  *usec = (gint64)whole * G_USEC_PER_SEC + (gint64)fraction;

  return *usec <= max_usec;
}

/* Pattern=4;4;4;4: in, hold, out and hold, in seconds. */
static gboolean
read_pattern (SoftenKeyFileReader *reader,
              const char          *group,
              gint64               pattern[SOFTEN_BREATH_N_PHASES],
              GError             **error)
{
  GKeyFile        *key_file = soften_key_file_reader_get_key_file (reader);
  g_autofree char *value = g_key_file_get_value (key_file, group, "Pattern", NULL);
  g_auto (GStrv)   parts = NULL;
  gint64           sum = 0;

  if (value == NULL)
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
                                        group, _("the key “%s” is missing"), "Pattern");
      return FALSE;
    }

  parts = g_strsplit (value, ";", -1);

  /* A trailing ';' is the key-file list style; allow it. */
  if (g_strv_length (parts) == SOFTEN_BREATH_N_PHASES + 1
      && g_strstrip (parts[SOFTEN_BREATH_N_PHASES])[0] == '\0')
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
      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
                                        group,
                                        _("Pattern: a breath must last some time, but all four "
                                           "numbers are 0"));
      return FALSE;
    }

  return TRUE;

invalid:
  soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, group,
                                    /* Translators: do not translate "Pattern"; it is the key's
                                     * name */
                                    _("Pattern: expected four numbers of seconds from 0 to %u, "
                                       "like 4 or 5.5, separated by “;” (in;hold;out;hold), "
                                       "got “%s”"),
                                    SOFTEN_EXERCISE_FILE_MAX_PHASE_SECS,
                                    soften_key_file_reader_quote (reader, value));
  return FALSE;
}

static SoftenStep *
read_breathing (SoftenKeyFileReader *reader, const char *group, GError **error)
{
  g_autofree char *text = NULL;
  gint64           pattern[SOFTEN_BREATH_N_PHASES];
  guint            cycles;

  if (!soften_key_file_reader_read_optional_text (reader, group, "Text",
                                                  SOFTEN_EXERCISE_FILE_MAX_TEXT_CHARS, &text, error)
      || !read_pattern (reader, group, pattern, error)
      || !soften_key_file_reader_read_number (reader, group, "Cycles", TRUE, 0, 1,
                                              SOFTEN_EXERCISE_FILE_MAX_CYCLES, &cycles, error))
    return NULL;

  return soften_step_new_breathing (text, pattern, cycles);
}

static SoftenStep *
read_body_region (SoftenKeyFileReader *reader, const char *group, GError **error)
{
  g_autofree char *text = NULL;
  int              region;
  guint            duration;

  if (!soften_key_file_reader_read_nick (reader, group, "Region", NULL, SOFTEN_TYPE_REGION, &region,
                                         error)
      || (text = read_step_text (reader, group, error)) == NULL
      || !read_duration (reader, group, &duration, error))
    return NULL;

  return soften_step_new_body_region (text, region, duration);
}

/* A list of ids, such as SuggestAbove=longer-exhale;stop-and-ground */
static gboolean
read_ids (SoftenKeyFileReader *reader,
          const char          *group,
          const char          *key,
          GStrv               *out,
          GError             **error)
{
  GKeyFile      *key_file = soften_key_file_reader_get_key_file (reader);
  g_auto (GStrv) ids = g_key_file_get_string_list (key_file, group, key, NULL, NULL);
  int            invalid = SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (g_strstrip (ids[i])[0] == '\0')
        {
          soften_key_file_reader_set_error (reader, error, invalid, group,
                                            /* Translators: KEY: expected ids separated by “;”,
                                             * found an empty one */
                                            _("%s: expected ids separated by “;”, found an empty "
                                               "one"),
                                            key);
          return FALSE;
        }
      if (soften_key_file_is_valid_id (ids[i], SOFTEN_EXERCISE_FILE_MAX_ID_CHARS))
        continue;

      if (g_str_equal (key, "ChoiceIds"))
        soften_key_file_reader_set_error (reader, error, invalid, group,
                                          /* Translators: do not translate "ChoiceIds": it is a
                                           * key */
                                          _("ChoiceIds: expected ids of lowercase letters, "
                                             "digits and “-”, separated by “;”, got “%s”"),
                                          soften_key_file_reader_quote (reader, ids[i]));
      else
        soften_key_file_reader_set_error (reader, error, invalid, group,
                                          _("%s: expected exercise ids separated by “;”, got "
                                             "“%s”"),
                                          key, soften_key_file_reader_quote (reader, ids[i]));
      return FALSE;
    }

  *out = g_steal_pointer (&ids);
  return TRUE;
}

/* SuggestAbove= and SuggestBelow=: each exercise once, and no more than a
 * step can show as buttons. */
static gboolean
read_suggestions (SoftenKeyFileReader *reader,
                  const char          *group,
                  const char          *key,
                  GStrv               *out,
                  GError             **error)
{
  g_auto (GStrv)           ids = NULL;
  g_autoptr (GHashTable)   seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GStrvBuilder) kept = g_strv_builder_new ();
  guint                    n_kept = 0;

  if (!read_ids (reader, group, key, &ids, error))
    return FALSE;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (!g_hash_table_add (seen, ids[i]))
        continue;
      if (n_kept == SOFTEN_EXERCISE_FILE_MAX_SUGGESTIONS)
        {
          soften_key_file_reader_warn (reader,
                                       /* Translators: FILE: [GROUP] KEY: only the first N
                                        * exercises are suggested */
                                       _("%s: [%s] %s: only the first %u exercises are suggested"),
                                       soften_key_file_reader_get_name (reader),
                                       soften_key_file_reader_quote (reader, group), key,
                                       SOFTEN_EXERCISE_FILE_MAX_SUGGESTIONS);
          break;
        }
      g_strv_builder_add (kept, ids[i]);
      n_kept++;
    }

  *out = ids != NULL ? g_strv_builder_end (kept) : NULL;
  return TRUE;
}

static SoftenStep *
read_check_in (SoftenKeyFileReader *reader, const char *group, GError **error)
{
  g_autoptr (SoftenStep) step = NULL;
  g_autofree char       *text = NULL;
  g_auto (GStrv)         above = NULL;
  g_auto (GStrv)         below = NULL;
  int                    measure;
  int                    moment;

  if (!soften_key_file_reader_read_nick (reader, group, "Measure", NULL, SOFTEN_TYPE_MEASURE,
                                         &measure, error)
      || !soften_key_file_reader_read_nick (reader, group, "Moment", "before", SOFTEN_TYPE_MOMENT,
                                            &moment, error)
      || (text = read_step_text (reader, group, error)) == NULL
      || !read_suggestions (reader, group, "SuggestAbove", &above, error)
      || !read_suggestions (reader, group, "SuggestBelow", &below, error))
    return NULL;

  step = soften_step_new_check_in (text, measure, moment);
  soften_step_set_suggestions (step, SOFTEN_ZONE_ABOVE, (const char *const *)above);
  soften_step_set_suggestions (step, SOFTEN_ZONE_BELOW, (const char *const *)below);
  return g_steal_pointer (&step);
}

static SoftenStep *
read_writing (SoftenKeyFileReader *reader, const char *group, GError **error)
{
  g_autofree char *text = NULL;
  g_autofree char *placeholder = NULL;

  if ((text = read_step_text (reader, group, error)) == NULL
      || !soften_key_file_reader_read_optional_text (
          reader, group, "Placeholder", SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS, &placeholder, error))
    return NULL;

  return soften_step_new_writing (text, placeholder);
}

static SoftenStep *
read_release (SoftenKeyFileReader *reader, const char *group, GError **error)
{
  g_autofree char *text = read_step_text (reader, group, error);

  if (text == NULL)
    return NULL;

  return soften_step_new_release (text);
}

/* A translation of Choices= with a different number of items than @ids
 * would pair labels with the wrong ids: the untranslated choices are used
 * then, if they are as many. */
static void
check_translated_labels (SoftenKeyFileReader *reader, const char *group, GStrv ids, GStrv *labels)
{
  GKeyFile      *key_file = soften_key_file_reader_get_key_file (reader);
  g_auto (GStrv) untranslated = NULL;

  if (ids == NULL || g_strv_length (ids) == g_strv_length (*labels))
    return;

  untranslated = g_key_file_get_string_list (key_file, group, "Choices", NULL, NULL);
  if (untranslated == NULL || g_strv_length (untranslated) != g_strv_length (ids))
    return;

  soften_key_file_reader_warn (reader,
                               /* Translators: do not translate "Choices": it is a key */
                               _("%s: [%s] the translation of “Choices” has %u items instead of "
                                  "%u; the untranslated choices are shown"),
                               soften_key_file_reader_get_name (reader),
                               soften_key_file_reader_quote (reader, group),
                               g_strv_length (*labels), g_strv_length (ids));
  g_strfreev (*labels);
  *labels = g_steal_pointer (&untranslated);
}

/* At least two labels, one id each, and every label some plain text. */
static gboolean
check_choices (SoftenKeyFileReader *reader,
               const char          *group,
               GStrv                ids,
               GStrv                labels,
               GError             **error)
{
  int invalid = SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE;

  if (g_strv_length (labels) < 2)
    {
      soften_key_file_reader_set_error (reader, error, invalid, group,
                                        /* Translators: do not translate "Choices": it is a key */
                                        _("Choices: expected at least 2 choices separated by "
                                           "“;”, found %u"),
                                        g_strv_length (labels));
      return FALSE;
    }

  if (ids == NULL || g_strv_length (ids) != g_strv_length (labels))
    {
      soften_key_file_reader_set_error (reader, error, invalid, group,
                                        /* Translators: do not translate "Choices" and
                                         * "ChoiceIds": they are keys */
                                        _("ChoiceIds: expected one id for each of the %u choices "
                                           "in “Choices” (at least 2)"),
                                        g_strv_length (labels));
      return FALSE;
    }

  for (guint i = 0; labels[i] != NULL; i++)
    {
      /* Bounded clusters, no bidirectional overrides: see soften-text.c. */
      g_autofree char *label = labels[i];

      labels[i] = soften_text_make_safe (g_strstrip (label));
      if (labels[i][0] == '\0'
          || g_utf8_strlen (labels[i], -1) > SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS)
        soften_key_file_reader_set_error (reader, error, invalid, group,
                                          _("Choices: expected each choice to have some text, "
                                             "and at most %d characters"),
                                          SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS);
      else if (soften_key_file_find_control (labels[i]) != 0)
        soften_key_file_reader_set_error (reader, error, invalid, group,
                                          _("%s: expected text without control characters, "
                                             "found U+%04X"),
                                          "Choices", soften_key_file_find_control (labels[i]));
      else
        continue;

      return FALSE;
    }

  return TRUE;
}

/* Only the id is recorded: two choices with one id could not be told apart. */
static gboolean
check_ids_differ (SoftenKeyFileReader *reader, const char *group, GStrv ids, GError **error)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; ids[i] != NULL; i++)
    if (!g_hash_table_add (seen, ids[i]))
      {
        soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
                                          group,
                                          /* Translators: do not translate "ChoiceIds": it is a
                                           * key */
                                          _("ChoiceIds: expected a different id for each choice, "
                                             "got “%s” twice"),
                                          soften_key_file_reader_quote (reader, ids[i]));
        return FALSE;
      }

  return TRUE;
}

/* Choices=Going numb;Criticism;… with ChoiceIds=withdrawal;control;…, and
 * Record=, the key the answer is kept under ("choice" by default). */
static SoftenStep *
read_choice (SoftenKeyFileReader *reader, const char *group, GError **error)
{
  GKeyFile        *key_file = soften_key_file_reader_get_key_file (reader);
  g_autofree char *record = g_key_file_get_value (key_file, group, "Record", NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv)   labels = NULL;
  g_auto (GStrv)   ids = NULL;

  if ((text = read_step_text (reader, group, error)) == NULL)
    return NULL;

  labels = g_key_file_get_locale_string_list (key_file, group, "Choices", NULL, NULL, NULL);
  if (labels == NULL)
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
                                        group, _("the key “%s” is missing"), "Choices");
      return NULL;
    }
  if (!read_ids (reader, group, "ChoiceIds", &ids, error)
      || !soften_key_file_reader_check_list_translations (
          reader, group, "Choices", SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS, error))
    return NULL;
  check_translated_labels (reader, group, ids, &labels);
  if (!check_choices (reader, group, ids, labels, error)
      || !check_ids_differ (reader, group, ids, error))
    return NULL;

  if (record == NULL)
    record = g_strdup ("choice");
  if (!soften_key_file_is_valid_id (g_strstrip (record), SOFTEN_EXERCISE_FILE_MAX_ID_CHARS))
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
                                        group,
                                        _("Record: expected lowercase letters, digits and “-”, "
                                           "got “%s”"),
                                        soften_key_file_reader_quote (reader, record));
      return NULL;
    }

  return soften_step_new_choice (text, record, (const char *const *)ids,
                                 (const char *const *)labels);
}

/* Part=feel|line|support|rehearse|keep|stepped-away|want-you-to-know|
 * next-time, with examples (WhenExample=… for
 * each field of a script), or for rehearsing Repeat= and Seconds=. */
static SoftenStep *
read_script (SoftenKeyFileReader *reader, const char *group, GError **error)
{
  g_autoptr (SoftenStep) step = NULL;
  g_autofree char       *text = NULL;
  int                    part;

  if ((text = read_step_text (reader, group, error)) == NULL
      || !soften_key_file_reader_read_nick (reader, group, "Part", NULL, SOFTEN_TYPE_SCRIPT_PART,
                                            &part, error))
    return NULL;

  step = soften_step_new_script (text, part);

  for (guint i = 0; i < SOFTEN_SCRIPT_N_FIELDS; i++)
    {
      g_autofree char *key = g_strconcat (soften_script_field_to_key (i), "Example", NULL);
      g_autofree char *example = NULL;

      if (!soften_key_file_reader_read_optional_text (
              reader, group, key, SOFTEN_EXERCISE_FILE_MAX_LINE_CHARS, &example, error))
        return NULL;
      soften_step_set_example (step, i, example);
    }

  if (part == SOFTEN_SCRIPT_PART_REHEARSE)
    {
      guint repeat, seconds;

      if (!soften_key_file_reader_read_number (reader, group, "Repeat", FALSE, 3, 1, 20, &repeat,
                                               error)
          || !soften_key_file_reader_read_number (reader, group, "Seconds", FALSE, 20, 5, 300,
                                                  &seconds, error))
        return NULL;
      soften_step_set_rehearsals (step, repeat, seconds);
    }

  return g_steal_pointer (&step);
}

static const char *const instruction_keys[] = { "Kind", "Text", "Duration", "Speaker", NULL };
static const char *const breathing_keys[] = { "Kind", "Text", "Pattern", "Cycles", NULL };
static const char *const body_region_keys[] = { "Kind", "Text", "Region", "Duration", NULL };
static const char *const check_in_keys[]
    = { "Kind", "Text", "Measure", "Moment", "SuggestAbove", "SuggestBelow", NULL };
static const char *const writing_keys[] = { "Kind", "Text", "Placeholder", NULL };
static const char *const release_keys[] = { "Kind", "Text", NULL };
static const char *const choice_keys[] = { "Kind", "Text", "Record", "Choices", "ChoiceIds", NULL };
static const char *const script_keys[]
    = { "Kind",        "Text",        "Part",           "Repeat",      "Seconds",
        "WhenExample", "FeelExample", "LineExample",    "NeedExample", "BecauseExample",
        "KnowExample", "NextExample", "SupportExample", NULL };

static const StepReader step_readers[] = {
  [SOFTEN_STEP_INSTRUCTION] = { instruction_keys, read_instruction },
  [SOFTEN_STEP_BREATHING] = { breathing_keys, read_breathing },
  [SOFTEN_STEP_BODY_REGION] = { body_region_keys, read_body_region },
  [SOFTEN_STEP_CHECK_IN] = { check_in_keys, read_check_in },
  [SOFTEN_STEP_WRITING] = { writing_keys, read_writing },
  [SOFTEN_STEP_RELEASE] = { release_keys, read_release },
  [SOFTEN_STEP_CHOICE] = { choice_keys, read_choice },
  [SOFTEN_STEP_SCRIPT] = { script_keys, read_script },
};

G_STATIC_ASSERT (G_N_ELEMENTS (step_readers) == SOFTEN_N_STEP_KINDS);

/**
 * soften_step_readers_read:
 * @group: a step's group, such as "Step 2"
 *
 * Reads the step in @group with the reader for its Kind=, warning of keys
 * that kind does not have.
 *
 * Returns: (transfer full) (nullable): the step, or %NULL with @error set
 */
SoftenStep *
soften_step_readers_read (SoftenKeyFileReader *reader, const char *group, GError **error)
{
  GKeyFile        *key_file = soften_key_file_reader_get_key_file (reader);
  g_autofree char *kind_name = g_key_file_get_value (key_file, group, "Kind", NULL);
  int              kind;

  if (kind_name == NULL)
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
                                        group, _("the key “%s” is missing"), "Kind");
      return NULL;
    }

  if (!soften_nick_to_value (SOFTEN_TYPE_STEP_KIND, g_strstrip (kind_name), &kind))
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_UNKNOWN_KIND,
                                        group,
                                        /* Translators: do not translate "Kind" or the kinds:
                                         * they are values */
                                        _("Kind: expected one of: instruction, breathing, "
                                           "body-region, check-in, writing, release, choice, "
                                           "script, got “%s”"),
                                        soften_key_file_reader_quote (reader, kind_name));
      return NULL;
    }

  soften_key_file_reader_check_keys (reader, group, step_readers[kind].keys);

  return step_readers[kind].read (reader, group, error);
}
