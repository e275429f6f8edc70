/* test-reading.c — a timed step never ends before its words can be read calmly
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "engine/soften-exercise-file.h"
#include "engine/soften-library.h"
#include "engine/soften-reading.h"
#include "engine/soften-step-private.h"

#define SEC          G_TIME_SPAN_SECOND
#define BUILTIN_PATH "/io/github/softenapp/Soften/exercises/"

/* Thirty words: twelve seconds at 2.5 words a second. */
#define THIRTY_WORDS                                                                        \
  "Let your shoulders drop a little. Notice where your body meets the chair or the floor, " \
  "and let it take your weight. Nothing needs to happen yet, just breathe here."

static void
test_count (void)
{
  g_assert_cmpuint (soften_reading_count_words (NULL), ==, 0);
  g_assert_cmpuint (soften_reading_count_words (""), ==, 0);
  g_assert_cmpuint (soften_reading_count_words ("Breathe."), ==, 1);
  /* Punctuation alone is not a word; what joins letters does not split them. */
  g_assert_cmpuint (soften_reading_count_words ("In — and out, 4-7-8, don’t rush."), ==, 6);
  g_assert_cmpuint (soften_reading_count_words ("  Atme   ruhig\n\tweiter  "), ==, 3);
  g_assert_cmpuint (soften_reading_count_words (THIRTY_WORDS), ==, 30);
  /* Written without spaces: each character is read as a word. */
  g_assert_cmpuint (soften_reading_count_words ("ゆっくり息を吐く"), ==, 8);
  g_assert_cmpuint (soften_reading_count_words ("慢慢呼气。"), ==, 4);
  g_assert_cmpuint (soften_reading_count_words ("หายใจออกช้าๆ"), ==, 11);

  g_assert_cmpint (soften_reading_usec_for_words (0), ==, 0);
  g_assert_cmpint (soften_reading_usec_for_words (1), ==, 1 * SEC);
  g_assert_cmpint (soften_reading_usec_for_words (5), ==, 2 * SEC);
  g_assert_cmpint (soften_reading_usec_for_words (6), ==, 3 * SEC);
  g_assert_cmpint (soften_reading_usec_for_words (30), ==, 12 * SEC);
}

/* Too short a time is lengthened to the reading time, never cut; a long
 * enough one and a step that waits are as they were. */
static void
test_lengthened (void)
{
  static const gint64    box[] = { 4 * SEC, 4 * SEC, 4 * SEC, 4 * SEC };
  g_autoptr (SoftenStep) short_step = soften_step_new_instruction (THIRTY_WORDS, 10);
  g_autoptr (SoftenStep) long_step = soften_step_new_instruction (THIRTY_WORDS, 40);
  g_autoptr (SoftenStep) waiting = soften_step_new_instruction (THIRTY_WORDS, 0);
  g_autoptr (SoftenStep) region
      = soften_step_new_body_region (THIRTY_WORDS, SOFTEN_REGION_CHEST, 5);
  g_autoptr (SoftenStep) breathing = soften_step_new_breathing (THIRTY_WORDS, box, 1);
  g_autoptr (SoftenStep) script
      = soften_step_new_script (THIRTY_WORDS, SOFTEN_SCRIPT_PART_REHEARSE);

  g_assert_cmpint (soften_step_get_duration_usec (short_step), ==, 12 * SEC);
  g_assert_true (soften_step_is_lengthened_for_reading (short_step));
  g_assert_cmpint (soften_step_get_duration_usec (long_step), ==, 40 * SEC);
  g_assert_false (soften_step_is_lengthened_for_reading (long_step));
  g_assert_false (soften_step_is_timed (waiting));
  g_assert_cmpint (soften_step_get_duration_usec (region), ==, 12 * SEC);

  /* A breath of 16 s is enough for 12 s of words; one can still be more. */
  g_assert_cmpuint (soften_step_get_cycles (breathing), ==, 1);
  g_assert_false (soften_step_is_lengthened_for_reading (breathing));

  /* Three rehearsals of 2 s: each takes a share of the 12 s. */
  soften_step_set_rehearsals (script, 3, 2);
  g_assert_cmpint (soften_step_get_rehearsal_usec (script), ==, 4 * SEC);
  g_assert_cmpint (soften_step_get_duration_usec (script), ==, 12 * SEC);
}

/* What else is shown with a step (the caution on the first) is read in its
 * time too, and copies of a breathing step keep it. */
static void
test_also_shown (void)
{
  static const gint64    quick[] = { 3 * SEC, 0, 3 * SEC, 0 };
  static const gint64    other[] = { 2 * SEC, 0, 2 * SEC, 0 };
  static const gint64    held[] = { 3 * SEC, 3 * SEC, 3 * SEC, 0 };
  g_autoptr (SoftenStep) step = soften_step_new_instruction ("Sit comfortably.", 5);
  g_autoptr (SoftenStep) breathing = soften_step_new_breathing ("Breathe.", quick, 1);
  g_autoptr (SoftenStep) held_step = soften_step_new_breathing ("Breathe.", held, 1);
  g_autoptr (SoftenStep) copy = NULL;
  g_autoptr (SoftenStep) without = NULL;

  g_assert_cmpint (soften_step_get_duration_usec (step), ==, 5 * SEC);
  soften_step_set_also_shown (step, THIRTY_WORDS);
  g_assert_cmpint (soften_step_get_reading_usec (step), ==, 13 * SEC);
  g_assert_cmpint (soften_step_get_duration_usec (step), ==, 13 * SEC);

  /* 13 s of words over 6 s breaths: three whole breaths. */
  soften_step_set_also_shown (breathing, THIRTY_WORDS);
  g_assert_cmpuint (soften_step_get_cycles (breathing), ==, 3);
  g_assert_cmpint (soften_step_get_duration_usec (breathing), ==, 18 * SEC);
  g_assert_true (soften_step_is_lengthened_for_reading (breathing));

  copy = soften_step_copy_breathing (breathing, other, 1);
  g_assert_cmpuint (soften_step_get_cycles (copy), ==, 4);

  soften_step_set_also_shown (held_step, THIRTY_WORDS);
  without = soften_step_copy_without_holds (held_step);
  g_assert_true (soften_step_get_holds_left_out (without));
  g_assert_cmpint (soften_step_get_duration_usec (without), >=, 13 * SEC);
}

/* Words in this test's own count: what spaces separate, if it holds a
 * letter or a digit. */
static guint
words_in (const char *text)
{
  g_auto (GStrv) tokens = g_strsplit_set (text != NULL ? text : "", " \t\n", -1);
  guint          n = 0;

  for (guint i = 0; tokens[i] != NULL; i++)
    for (const char *p = tokens[i]; *p != '\0'; p = g_utf8_next_char (p))
      if (g_unichar_isalnum (g_utf8_get_char (p)))
        {
          n++;
          break;
        }

  return n;
}

/* Every timed step of every built-in exercise, in English, German and
 * Spanish, lasts at least as long as its words (and, on the first step,
 * the caution) take at 2.5 words a second. */
static void
test_builtin_exercises (gconstpointer data)
{
  const char               *language = data;
  g_autoptr (SoftenLibrary) library = NULL;
  SoftenExercise           *box;
  guint                     checked = 0;

  g_setenv ("LANGUAGE", language, TRUE);
  library = soften_library_new ();
  soften_library_load_resources (library, BUILTIN_PATH);

  /* The exercises are in the language asked for. */
  box = soften_library_lookup (library, "box-breathing");
  if (g_str_equal (language, "en"))
    g_assert_cmpstr (soften_exercise_get_title (box), ==, "Box breathing");
  else
    g_assert_cmpstr (soften_exercise_get_title (box), !=, "Box breathing");

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr (SoftenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);

      for (guint s = 0; s < soften_exercise_get_n_steps (exercise); s++)
        {
          SoftenStep *step = soften_exercise_get_step (exercise, s);
          guint       words = words_in (soften_step_get_text (step));
          gint64      needed;

          if (!soften_step_is_timed (step))
            continue;
          if (s == 0)
            words += words_in (soften_exercise_get_caution (exercise));

          needed = (gint64)words * SEC * 2 / 5;
          if (soften_step_get_duration_usec (step) < needed)
            g_error ("%s: %s, step %u: %u words need %.1f s, it lasts %.1f s", language,
                     soften_exercise_get_id (exercise), s + 1, words, (double)needed / SEC,
                     (double)soften_step_get_duration_usec (step) / SEC);
          checked++;
        }
    }

  g_test_message ("%s: %u timed steps checked", language, checked);
  g_assert_cmpuint (checked, >, 20);
}

/* The practices added for the source articles' missing depth give every
 * timed step its time themselves: --validate, which checks a file the same
 * way, has nothing to say about them, in English, German or Spanish. */
static void
test_builtin_need_no_lengthening (gconstpointer data)
{
  static const char *const ids[] = {
    "before-i-check-again", "anger-has-a-message",   "when-youre-pushed-away",
    "body-scan-long",       "repair-after-a-fight",  "forgiving-yourself",
    "noticing-safety",      "letting-kindness-land", "together-listening",
  };

  g_setenv ("LANGUAGE", data, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char           *path = g_strconcat (BUILTIN_PATH, ids[i], ".exercise", NULL);
      g_autofree char           *name = g_strconcat (ids[i], ".exercise", NULL);
      g_autoptr (GPtrArray)      warnings = g_ptr_array_new_with_free_func (g_free);
      g_autoptr (GError)         error = NULL;
      g_autoptr (GBytes)         bytes = NULL;
      g_autoptr (SoftenExercise) exercise = NULL;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      g_assert_no_error (error);
      exercise = soften_exercise_file_load_bytes (bytes, name, warnings, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (soften_exercise_get_id (exercise), ==, ids[i]);
      for (guint w = 0; w < warnings->len; w++)
        g_test_message ("%s: %s", (const char *)data, (const char *)warnings->pdata[w]);
      g_assert_cmpuint (warnings->len, ==, 0);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/reading/count", test_count);
  g_test_add_func ("/soften/reading/lengthened", test_lengthened);
  g_test_add_func ("/soften/reading/also-shown", test_also_shown);
  g_test_add_data_func ("/soften/reading/builtin/en", "en", test_builtin_exercises);
  g_test_add_data_func ("/soften/reading/builtin/de", "de", test_builtin_exercises);
  g_test_add_data_func ("/soften/reading/builtin/es", "es", test_builtin_exercises);
  g_test_add_data_func ("/soften/reading/builtin-unlengthened/en", "en",
                        test_builtin_need_no_lengthening);
  g_test_add_data_func ("/soften/reading/builtin-unlengthened/de", "de",
                        test_builtin_need_no_lengthening);
  g_test_add_data_func ("/soften/reading/builtin-unlengthened/es", "es",
                        test_builtin_need_no_lengthening);

  return g_test_run ();
}
