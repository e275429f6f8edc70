/* test-hostile-exercise.c — exercise files made to hurt: special files, sizes, text, translations
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a hostile tester found the reader let through, each case as a test:
 * a named pipe or a device read from, a size said as "262.1 kB; at most
 * 262.1 kB", a cluster of hundreds of combining marks, a right-to-left
 * override, a translation checked only in its own language, and one
 * suggestion repeated 5,000 times. The rest of the reader is in
 * test-exercise-file.c, and broken files one by one in tests/malformed/.
 */

#include "config.h"

#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "engine/soften-exercise-file.h"
#include "engine/soften-step-private.h"

#define GOOD_HEADER \
  "[Exercise]\n"    \
  "Id=calm\n"       \
  "Title=Calm\n"    \
  "Category=breathing\n"

static SoftenExercise *
load_string (const char *text, GPtrArray *warnings, GError **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));

  return soften_exercise_file_load_bytes (bytes, "calm.exercise", warnings, error);
}

/* What is not a regular file is refused at once, with a reason a person
 * understands: never read from without end (a device), never waited on (a
 * named pipe nobody writes to). */
static void
test_special_files (void)
{
  static const struct
  {
    const char *name;
    int         code;
    const char *says;
  } cases[] = {
    { "fifo.exercise", G_IO_ERROR_NOT_REGULAR_FILE,
      "fifo.exercise: it is a named pipe (FIFO), not a file" },
    { "zero.exercise", G_IO_ERROR_NOT_REGULAR_FILE, "zero.exercise: it is a device, not a file" },
    { "folder.exercise", G_IO_ERROR_NOT_REGULAR_FILE,
      "folder.exercise: it is a folder, not a file" },
    { "dangling.exercise", G_IO_ERROR_NOT_FOUND,
      "dangling.exercise: could not read it (it is a link to a file that is not there)" },
    { "loop.exercise", G_IO_ERROR_TOO_MANY_LINKS,
      "loop.exercise: could not read it (it is a link that leads round in a loop)" },
  };
  g_autoptr (GError) error = NULL;
  g_autofree char   *dir = g_dir_make_tmp ("soften-special-XXXXXX", &error);
  g_autofree char   *fifo = g_build_filename (dir, "fifo.exercise", NULL);
  g_autofree char   *zero = g_build_filename (dir, "zero.exercise", NULL);
  g_autofree char   *folder = g_build_filename (dir, "folder.exercise", NULL);
  g_autofree char   *dangling = g_build_filename (dir, "dangling.exercise", NULL);
  g_autofree char   *loop = g_build_filename (dir, "loop.exercise", NULL);
  g_autofree char   *loop_back = g_build_filename (dir, "loop-back.exercise", NULL);

  g_assert_no_error (error);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (symlink ("nowhere.exercise", dangling), ==, 0);
  g_assert_cmpint (symlink ("loop-back.exercise", loop), ==, 0);
  g_assert_cmpint (symlink ("loop.exercise", loop_back), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char           *path = g_build_filename (dir, cases[i].name, NULL);
      g_autoptr (GFile)          file = g_file_new_for_path (path);
      g_autoptr (SoftenExercise) exercise = soften_exercise_file_load (file, NULL, &error);

      g_assert_null (exercise);
      g_assert_error (error, G_IO_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].says);
      g_clear_error (&error);
    }

  g_unlink (fifo);
  g_unlink (zero);
  g_rmdir (folder);
  g_unlink (dangling);
  g_unlink (loop);
  g_unlink (loop_back);
  g_rmdir (dir);
}

/* A file one byte too large is said to be so in bytes: "262.1 kB; at most
 * 262.1 kB" would not say what is wrong. One much larger is said in kB. */
static void
test_too_large_in_bytes (void)
{
  g_autofree char           *text = g_malloc (SOFTEN_EXERCISE_FILE_MAX_BYTES + 40001);
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;

  memset (text, '#', SOFTEN_EXERCISE_FILE_MAX_BYTES + 40000);
  text[SOFTEN_EXERCISE_FILE_MAX_BYTES + 1] = '\0';
  exercise = load_string (text, NULL, &error);
  g_assert_error (error, SOFTEN_EXERCISE_FILE_ERROR, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "calm.exercise: the file is too large (262145 bytes; an exercise may be at "
                   "most 262144 bytes)");
  g_clear_error (&error);

  text[SOFTEN_EXERCISE_FILE_MAX_BYTES + 1] = '#';
  text[SOFTEN_EXERCISE_FILE_MAX_BYTES + 40000] = '\0';
  exercise = load_string (text, NULL, &error);
  g_assert_error (error, SOFTEN_EXERCISE_FILE_ERROR, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE);
  g_assert_cmpstr (
      error->message, ==,
      "calm.exercise: the file is too large (302.1\u00a0kB; an exercise may be at most "
      "262.1\u00a0kB)");
}

/* Counts the characters in @text that are combining marks or joiners,
 * most of them on one character. */
static guint
most_joined (const char *text)
{
  guint    most = 0;
  guint    run = 0;
  gunichar previous = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      run = (g_unichar_ismark (c) || c == 0x200D || previous == 0x200D) ? run + 1 : 0;
      most = MAX (most, run);
      previous = c;
    }

  return most;
}

/* A letter under a hundred combining marks, or a chain of a hundred
 * joined emoji, is one cluster that no line can break: it is read with a
 * few marks only. Real writing keeps all of its own. */
static void
test_clusters_bounded (void)
{
  static const char *const real[] = {
    "שָׁלוֹם",       /* Hebrew with vowel points */
    "Tiếng Việt", /* decomposed: e, circumflex, dot below */
    "नमस्ते",       /* Devanagari */
    "👩‍👩‍👧‍👦 and 🏴󠁧󠁢󠁳󠁣󠁴󠁿", /* a family, and a flag made of tags */
    "👋🏽",
  };
  g_autoptr (GString)        title = g_string_new ("Z");
  g_autoptr (GString)        chain = g_string_new ("a");
  g_autoptr (GString)        file = NULL;
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;

  for (guint i = 0; i < 199; i++)
    g_string_append (title, "\xcc\x81"); /* U+0301 */
  for (guint i = 0; i < 100; i++)
    g_string_append (chain, "\xe2\x80\x8d\xf0\x9f\x91\x8d"); /* U+200D U+1F44D */

  file = g_string_new (NULL);
  g_string_printf (file,
                   "[Exercise]\nId=calm\nTitle=%s\nCategory=body\n[Step 1]\nKind=instruction\n"
                   "Text=%s\n",
                   title->str, chain->str);
  exercise = load_string (file->str, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (soften_exercise_get_title (exercise), "Z\xcc\x81"));
  g_assert_cmpuint (g_utf8_strlen (soften_exercise_get_title (exercise), -1), <=, 5);
  g_assert_cmpuint (most_joined (soften_step_get_text (soften_exercise_get_step (exercise, 0))), <=,
                    12);

  for (guint i = 0; i < G_N_ELEMENTS (real); i++)
    {
      g_autofree char           *text = g_strdup_printf (GOOD_HEADER "[Step 1]\nKind=instruction\n"
                                                                               "Text=%s\n",
                                                         real[i]);
      g_autoptr (SoftenExercise) read = load_string (text, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (soften_step_get_text (soften_exercise_get_step (read, 0)), ==, real[i]);
    }
}

/* A right-to-left override in a title would reverse what follows it, past
 * the title's end: overrides, embeddings and isolates are dropped, and
 * quoted in a message they show as U+FFFD. The marks stay. */
static void
test_bidi_controls (void)
{
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;

  exercise = load_string ("[Exercise]\nId=calm\nTitle=Calm \xe2\x80\xae"
                          "3202 si ti\nSummary=\xe2\x81\xa7"
                          "abc\xe2\x80\x8f.\nCategory=body\n[Step 1]\nKind=instruction\n"
                          "Text=Sit\xe2\x80\xab.\n",
                          NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_title (exercise), ==, "Calm 3202 si ti");
  g_assert_cmpstr (soften_exercise_get_summary (exercise), ==, "abc\xe2\x80\x8f.");
  g_assert_cmpstr (soften_step_get_text (soften_exercise_get_step (exercise, 0)), ==, "Sit.");
  g_clear_object (&exercise);

  exercise = load_string ("[Exercise]\nId=calm\xe2\x80\xae\nTitle=Calm\nCategory=body\n"
                          "[Step 1]\nKind=instruction\nText=Sit.\n",
                          NULL, &error);
  g_assert_null (exercise);
  g_assert_nonnull (strstr (error->message, "got “calm\xef\xbf\xbd”"));
}

/* Every translation meets the limits its key does, whatever the language:
 * a file that is good in English is good in German too. */
static void
test_translations_checked (void)
{
  static const struct
  {
    const char *extra;
    const char *says;
  } cases[] = {
    { "Title[de]=LONG\n", "calm.exercise: [Exercise] Title[de]: expected at most 200 characters" },
    { "Title[es]=Calma\x07\n",
      "calm.exercise: [Exercise] Title[es]: expected text without control characters, found "
      "U+0007" },
    { "Summary[de]=\n", NULL },
    { "Title[de]=  \n", "calm.exercise: [Exercise] Title[de]: expected some text, found an empty "
                        "value" },
  };
  g_autofree char *long_title = g_strnfill (5000, 'x');

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint language = 0; language < 3; language++)
      {
        g_autofree char *extra = g_str_equal (cases[i].extra, "Title[de]=LONG\n")
                                     ? g_strdup_printf ("Title[de]=%s\n", long_title)
                                     : g_strdup (cases[i].extra);
        g_autofree char *text
            = g_strconcat (GOOD_HEADER, extra, "[Step 1]\nKind=instruction\nText=Sit.\n", NULL);
        g_autoptr (SoftenExercise) exercise = NULL;
        g_autoptr (GError)         error = NULL;

        g_setenv ("LANGUAGE", (const char *[]){ "", "de", "es" }[language], TRUE);
        exercise = load_string (text, NULL, &error);
        g_unsetenv ("LANGUAGE");

        if (cases[i].says == NULL)
          g_assert_no_error (error);
        else
          g_assert_cmpstr (error != NULL ? error->message : "(read)", ==, cases[i].says);
      }
}

/* A translated list of choices is checked item by item in every
 * language too. */
static void
test_translated_choices_checked (void)
{
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;

  exercise = load_string (GOOD_HEADER "[Step 1]\nKind=choice\nText=Which?\n"
                                      "Choices=Numb;Sharp\nChoices[fr]=Engourdi\x01;Vif\n"
                                      "ChoiceIds=numb;sharp\n",
                          NULL, &error);
  g_assert_null (exercise);
  g_assert_cmpstr (error->message, ==,
                   "calm.exercise: [Step 1] Choices[fr]: expected text without control "
                   "characters, found U+0001");
}

/* A check-in suggesting one exercise 5,000 times suggests it once, and one
 * suggesting many suggests the first few, saying so. */
static void
test_suggestions_bounded (void)
{
  g_autoptr (GString)        text = g_string_new (GOOD_HEADER "[Step 1]\nKind=check-in\n"
                                                                     "Text=How tense?\nMeasure=tension\n"
                                                                     "SuggestAbove=");
  g_autoptr (GPtrArray)      warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;
  const char *const         *above;
  const char *const         *below;

  for (guint i = 0; i < 5000; i++)
    g_string_append (text, "box-breathing;");
  g_string_append (text, "\nSuggestBelow=");
  for (guint i = 0; i < 20; i++)
    g_string_append_printf (text, "exercise-%u;exercise-%u;", i, i);
  g_string_append (text, "\n");

  exercise = load_string (text->str, warnings, &error);
  g_assert_no_error (error);
  above = soften_step_get_suggestions (soften_exercise_get_step (exercise, 0), SOFTEN_ZONE_ABOVE);
  below = soften_step_get_suggestions (soften_exercise_get_step (exercise, 0), SOFTEN_ZONE_BELOW);
  g_assert_cmpuint (g_strv_length ((GStrv)above), ==, 1);
  g_assert_cmpstr (above[0], ==, "box-breathing");
  g_assert_cmpuint (g_strv_length ((GStrv)below), ==, 6);
  g_assert_cmpstr (below[5], ==, "exercise-5");
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==,
                   "calm.exercise: [Step 1] SuggestBelow: only the first 6 exercises are "
                   "suggested");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/exercise-file/special-files", test_special_files);
  g_test_add_func ("/soften/exercise-file/too-large-in-bytes", test_too_large_in_bytes);
  g_test_add_func ("/soften/exercise-file/clusters-bounded", test_clusters_bounded);
  g_test_add_func ("/soften/exercise-file/bidi-controls", test_bidi_controls);
  g_test_add_func ("/soften/exercise-file/translations-checked", test_translations_checked);
  g_test_add_func ("/soften/exercise-file/translated-choices-checked",
                   test_translated_choices_checked);
  g_test_add_func ("/soften/exercise-file/suggestions-bounded", test_suggestions_bounded);

  return g_test_run ();
}
