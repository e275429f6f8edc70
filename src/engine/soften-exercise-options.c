/* soften-exercise-options.c — the [Exercise] keys that shape how it is practised
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of the `.exercise` reader (soften-exercise-file.c): the language its
 * words are spoken in (Language=, or the translation picked), the
 * lengths a breathing exercise may be practised for (Lengths=), and the
 * learn card its page offers (Learn=).
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "soften-exercise-file.h"
#include "soften-exercise-options.h"
#include "soften-exercise-private.h"
#include "soften-learn-card.h"

#define EXERCISE_GROUP "Exercise"
/* The longest length a breathing exercise may be offered at, in minutes. */
#define MAX_MINUTES 60

/* Whether @code looks like a language code: "de", "pt_BR", "zh-Hant". */
static gboolean
is_language_code (const char *code)
{
  gsize i = 0;
  gsize n;

  while (g_ascii_islower (code[i]))
    i++;
  if (i < 2 || i > 3)
    return FALSE;
  if (code[i] == '\0')
    return TRUE;
  if (code[i] != '_' && code[i] != '-')
    return FALSE;
  code += i + 1;
  for (n = 0; g_ascii_isalnum (code[n]); n++)
    ;
  return n >= 2 && n <= 8 && code[n] == '\0';
}

/* The language the exercise's words are read in, for a voice to speak
 * them: the translation GKeyFile picked for its title, or else the
 * optional Language key (for a file written in one language other than
 * English), or else English. */
gboolean
soften_exercise_options_read_language (SoftenKeyFileReader *reader,
                                       SoftenExercise      *exercise,
                                       GError             **error)
{
  GKeyFile        *key_file = soften_key_file_reader_get_key_file (reader);
  g_autofree char *locale = g_key_file_get_locale_for_key (key_file, EXERCISE_GROUP, "Title", NULL);
  g_autofree char *code = g_key_file_get_value (key_file, EXERCISE_GROUP, "Language", NULL);

  if (code != NULL && !is_language_code (g_strstrip (code)))
    {
      soften_key_file_reader_set_error (
          reader, error, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, EXERCISE_GROUP,
          /* Translators: do not translate the quoted words; they are values */
          _("Language: expected a language code such as “de” or “pt_BR”, got “%s”"),
          soften_key_file_reader_quote (reader, code));
      return FALSE;
    }

  if (locale != NULL)
    soften_exercise_set_language (exercise, locale);
  else if (code != NULL)
    soften_exercise_set_language (exercise, code);
  else
    soften_exercise_set_language (exercise, "en");

  return TRUE;
}

/* The learn card the exercise's page offers (Learn=): an id that is not
 * a built-in card's is warned about and left out, so the page never offers
 * a card that is not there. */
void
soften_exercise_options_read_learn (SoftenKeyFileReader *reader, SoftenExercise *exercise)
{
  GKeyFile        *key_file = soften_key_file_reader_get_key_file (reader);
  g_autofree char *id = g_key_file_get_value (key_file, EXERCISE_GROUP, "Learn", NULL);

  if (id == NULL)
    return;
  if (soften_learn_card_is_builtin (g_strstrip (id)))
    soften_exercise_set_learn (exercise, id);
  else
    soften_key_file_reader_warn (
        reader,
        /* Translators: a warning of soften --validate; do not translate “Learn” */
        _("%s: [%s] Learn: no learn card has the id “%s”; it is left out"),
        soften_key_file_reader_get_name (reader), EXERCISE_GROUP,
        soften_key_file_reader_quote (reader, id));
}

/* Sets @error to @why, which it frees. */
static gboolean
lengths_error (SoftenKeyFileReader *reader, GError **error, char *why)
{
  g_autofree char *owned = why;

  soften_key_file_reader_set_error (reader, error, SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
                                    EXERCISE_GROUP, "%s", owned);
  return FALSE;
}

/* The lengths as written: whole minutes, 1 to MAX_MINUTES, ascending, at
 * most SOFTEN_EXERCISE_MAX_LENGTHS. */
static gboolean
parse_lengths (SoftenKeyFileReader *reader,
               char               **values,
               guint8              *minutes,
               guint               *n,
               GError             **error)
{
  *n = 0;
  for (guint i = 0; values[i] != NULL; i++)
    {
      guint64 value;

      if (*g_strstrip (values[i]) == '\0')
        continue;
      if (*n == SOFTEN_EXERCISE_MAX_LENGTHS)
        return lengths_error (
            reader, error,
            /* Translators: a problem in an exercise file; %d is a number */
            g_strdup_printf (_("Lengths: at most %d lengths"), SOFTEN_EXERCISE_MAX_LENGTHS));
      if (!g_ascii_string_to_unsigned (values[i], 10, 1, MAX_MINUTES, &value, NULL)
          || (*n > 0 && value <= minutes[*n - 1]))
        return lengths_error (
            reader, error,
            /* Translators: a problem in an exercise file; do not translate "Lengths"; %d is 60 */
            g_strdup_printf (_("Lengths: expected whole minutes from 1 to %d, from shortest to "
                                "longest, such as “2;5;10”"),
                             MAX_MINUTES));
      minutes[(*n)++] = (guint8)value;
    }
  return TRUE;
}

/* Lengths=2;5;10: only breathing steps and turns change length, so an
 * exercise needs one, and no length may be shorter than its other steps. */
gboolean
soften_exercise_options_read_lengths (SoftenKeyFileReader *reader,
                                      SoftenExercise      *exercise,
                                      GError             **error)
{
  GKeyFile      *key_file = soften_key_file_reader_get_key_file (reader);
  g_auto (GStrv) values = NULL;
  guint8         minutes[SOFTEN_EXERCISE_MAX_LENGTHS];
  guint          n;
  gint64         fixed;

  values = g_key_file_get_string_list (key_file, EXERCISE_GROUP, "Lengths", NULL, NULL);
  if (values == NULL)
    return TRUE;
  if (!parse_lengths (reader, values, minutes, &n, error))
    return FALSE;

  fixed = soften_exercise_get_timed_usec (exercise);
  for (guint i = 0; i < soften_exercise_get_n_steps (exercise); i++)
    if (soften_step_stretches (soften_exercise_get_step (exercise, i)))
      fixed -= soften_step_get_duration_usec (soften_exercise_get_step (exercise, i));
  if (fixed == soften_exercise_get_timed_usec (exercise))
    return lengths_error (reader, error,
                          /* Translators: a problem in an exercise file */
                          g_strdup (_("Lengths: only breathing steps and turns can be made "
                                       "longer or shorter, and this exercise has neither")));
  if (n > 0 && minutes[0] * 60 * G_USEC_PER_SEC <= fixed)
    return lengths_error (
        reader, error,
        /* Translators: a problem in an exercise file; %u is minutes */
        g_strdup_printf (_("Lengths: %u min leaves no time to breathe after the other steps"),
                         minutes[0]));

  soften_exercise_set_lengths (exercise, minutes, n);
  return TRUE;
}
