/* test-lengths.c — breathing exercises practised for longer or shorter (Lengths=)
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "engine/soften-exercise-file.h"

#define MINUTE (60 * G_TIME_SPAN_SECOND)

static const char header[] = "[Exercise]\nId=calm\nTitle=Calm\nCategory=breathing\n";
static const char steps[]
    = "[Step 1]\nKind=instruction\nText=Sit comfortably.\nDuration=30\n"
      "[Step 2]\nKind=breathing\nText=Breathe with the shape.\n"
      "Pattern=4;0;6;0\nCycles=9\n"
      "[Step 3]\nKind=instruction\nText=Notice how you are now.\nDuration=30\n";

static SoftenExercise *
load (const char *lengths, GError **error)
{
  g_autofree char   *data = g_strconcat (header, lengths, steps, NULL);
  g_autoptr (GBytes) bytes = g_bytes_new_take (data, strlen (data));

  g_steal_pointer (&data);
  return soften_exercise_file_load_bytes (bytes, "calm.exercise", NULL, error);
}

/* The lengths are read, and the exercise as written keeps its own. */
static void
test_reads_lengths (void)
{
  g_autoptr (GError)         error = NULL;
  g_autoptr (SoftenExercise) exercise = load ("Lengths=2;5;10\n", &error);
  const guint8              *lengths;
  guint                      n;

  g_assert_no_error (error);
  lengths = soften_exercise_get_lengths (exercise, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (lengths[0], ==, 2);
  g_assert_cmpuint (lengths[2], ==, 10);
  /* 30 s + 9 × 10 s + 30 s = 2.5 min, offered as 3 (rounded). */
  g_assert_cmpuint (soften_exercise_get_minutes (exercise), ==, 3);

  g_clear_object (&exercise);
  exercise = load ("", &error);
  g_assert_no_error (error);
  soften_exercise_get_lengths (exercise, &n);
  g_assert_cmpuint (n, ==, 0);
}

/* For another length, only the breathing takes more or fewer breaths; the
 * other steps and their words stay as they are. */
static void
test_copy_for_minutes (void)
{
  g_autoptr (GError)         error = NULL;
  g_autoptr (SoftenExercise) exercise = load ("Lengths=2;5;10\n", &error);
  static const guint         targets[] = { 2, 5, 10 };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr (SoftenExercise) sized = soften_exercise_copy_for_minutes (exercise, targets[i]);
      gint64                     total = soften_exercise_get_timed_usec (sized);

      /* Within one breath (10 s) of the chosen length. */
      g_assert_cmpint (ABS (total - (gint64)targets[i] * MINUTE), <=, 10 * G_TIME_SPAN_SECOND);
      g_assert_true (soften_exercise_get_step (sized, 0) == soften_exercise_get_step (exercise, 0));
      g_assert_true (soften_exercise_get_step (sized, 2) == soften_exercise_get_step (exercise, 2));
      g_assert_cmpstr (soften_step_get_text (soften_exercise_get_step (sized, 1)), ==,
                       "Breathe with the shape.");
    }
}

/* What cannot be offered is refused, saying why. */
static void
test_refuses_bad_lengths (void)
{
  static const struct
  {
    const char *lengths;
    const char *said;
  } cases[] = {
    { "Lengths=5;2\n", "from shortest to longest" },
    { "Lengths=5;5\n", "from shortest to longest" },
    { "Lengths=0\n", "from 1 to 60" },
    { "Lengths=90\n", "from 1 to 60" },
    { "Lengths=ten\n", "from 1 to 60" },
    { "Lengths=1;2;3;4;5;6;7\n", "at most 6" },
    { "Lengths=1;5\n", "1 min leaves no time to breathe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError)         error = NULL;
      g_autoptr (SoftenExercise) exercise = load (cases[i].lengths, &error);

      g_assert_null (exercise);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].said) == NULL)
        g_error ("%s gave “%s”", cases[i].lengths, error->message);
    }
}

static void
test_needs_breathing (void)
{
  static const char  data[] = "[Exercise]\nId=still\nTitle=Still\nCategory=body\nLengths=5\n"
                              "[Step 1]\nKind=instruction\nText=Sit.\nDuration=30\n";
  g_autoptr (GBytes) bytes = g_bytes_new_static (data, strlen (data));
  g_autoptr (GError) error = NULL;
  g_autoptr (SoftenExercise) exercise
      = soften_exercise_file_load_bytes (bytes, "still.exercise", NULL, &error);

  g_assert_null (exercise);
  g_assert_nonnull (strstr (error->message, "only breathing steps and turns"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lengths/reads-lengths", test_reads_lengths);
  g_test_add_func ("/lengths/copy-for-minutes", test_copy_for_minutes);
  g_test_add_func ("/lengths/refuses-bad-lengths", test_refuses_bad_lengths);
  g_test_add_func ("/lengths/needs-breathing", test_needs_breathing);

  return g_test_run ();
}
