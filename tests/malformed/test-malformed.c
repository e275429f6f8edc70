/* test-malformed.c — hostile and broken exercise files, one by one and all together
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file in tests/malformed/ has a case below: either the error it must
 * give, with a part of the message that says what is wrong, or ACCEPTED,
 * with why it is fine. Files too large to keep in git (huge, deeply
 * repeated, odd file names) are made at test time. Every message must name
 * the file, be whole UTF-8 without control characters, and stay short, and
 * a library reading a folder of all of them plus a good one loads the good
 * one and reports each bad one as a problem.
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "engine/soften-exercise-file.h"
#include "engine/soften-library.h"

#define ACCEPTED -1

/* No message should be longer, whatever the file holds. */
#define MAX_MESSAGE_CHARS 400

typedef struct
{
  const char *name; /* without ".exercise" */
  int         code; /* a SoftenExerciseFileError, or ACCEPTED */
  const char *says; /* part of the message, or for ACCEPTED of a warning */
} Case;

static const Case cases[] = {
  /* Not an exercise file at all. */
  { "empty", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE, "not an exercise file (the file is empty)" },
  { "only-comments", SOFTEN_EXERCISE_FILE_ERROR_MISSING_GROUP,
    "the group “[Exercise]” is missing" },
  { "only-whitespace", SOFTEN_EXERCISE_FILE_ERROR_MISSING_GROUP,
    "the group “[Exercise]” is missing" },
  { "binary-garbage", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE, "(it is binary data, not text)" },
  { "binary-garbage-no-zero", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE, "(it is not UTF-8 text)" },
  { "png-image", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE, "(it is binary data, not text)" },
  { "zero-byte-in-text", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE, "(it is binary data, not text)" },
  { "utf16-with-bom", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "it is saved as UTF-16; save it as UTF-8" },
  /* UTF-32's byte order mark begins like UTF-16's: it is not called that. */
  { "utf32-le-with-bom", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "(it is saved as UTF-32; save it as UTF-8)" },
  { "utf32-be-with-bom", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "(it is saved as UTF-32; save it as UTF-8)" },
  { "html-page", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "“<!DOCTYPE html>” which is not a key-value pair" },
  { "json", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE, "“{” which is not a key-value pair" },
  { "desktop-file", SOFTEN_EXERCISE_FILE_ERROR_MISSING_GROUP, "the group “[Exercise]” is missing" },
  { "key-before-any-group", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "does not start with a group" },
  { "old-mac-line-endings", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "end with a carriage return alone" },
  { "unsupported-encoding", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "unsupported encoding “ISO-8859-1”" },

  /* Cut off. */
  { "truncated-in-group-name", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "“[Step” which is not a key-value pair" },
  { "truncated-in-kind", SOFTEN_EXERCISE_FILE_ERROR_UNKNOWN_KIND,
    "[Step 1] Kind: expected one of: instruction," },
  { "truncated-before-cycles", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
    "[Step 1] the key “Cycles” is missing" },
  { "truncated-after-header", SOFTEN_EXERCISE_FILE_ERROR_NO_STEPS,
    "an exercise needs at least one step" },
  { "truncated-in-utf8-character", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "[Step 1] Text: the text is not in UTF-8" },

  /* Encodings, byte order marks, line endings. */
  { "invalid-utf8-title", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "[Exercise] Title: the text is not in UTF-8; save the file as UTF-8" },
  { "invalid-utf8-overlong", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "[Step 1] Text: the text is not in UTF-8" },
  { "invalid-utf8-id", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Id: expected up to 64 lowercase letters, digits and “-”, got “calm\xef\xbf\xbd”" },
  { "invalid-utf8-group-name", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
    "[Step \xef\xbf\xbd\xef\xbf\xbd] the key “Kind” is missing" },
  { "invalid-utf8-locale", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE, "(it is not UTF-8 text)" },
  { "latin1-text", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "[Step 1] Text: the text is not in UTF-8" },
  /* Accepted: Windows Notepad begins UTF-8 files with a byte order mark. */
  { "ok-utf8-bom", ACCEPTED, NULL },
  /* Accepted: Windows line endings; GKeyFile drops the CR. */
  { "ok-crlf", ACCEPTED, NULL },
  /* Accepted: "Key = Value" is a key-file line like any other. */
  { "ok-spaces-around-equals", ACCEPTED, NULL },

  /* Markup, control characters, escapes. */
  /* Accepted: text is shown as plain text, never as markup (see below). */
  { "ok-markup-is-plain-text", ACCEPTED, NULL },
  { "markup-in-id", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “<b>calm</b>”" },
  { "control-character-in-text", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "[Step 1] Text: expected text without control characters, found U+0007" },
  { "control-character-in-title", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Title: expected text without control characters, found U+0008" },
  { "control-character-in-choice", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Choices: expected text without control characters, found U+0001" },
  { "control-character-in-group-name", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "Invalid group name: Step\xef\xbf\xbd 1" },
  /* GKeyFile takes "Ki\x01nd" for a key: it is not "Kind". */
  { "control-character-in-key", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
    "[Step 1] the key “Kind” is missing" },
  { "escaped-control-character", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "found U+000D" },
  { "bad-escape-sequence", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "[Step 1] Text: expected an escape sequence: \\n, \\t, \\s or \\\\ (for a backslash), got "
    "“\\U”" },
  { "escape-at-end-of-line", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “\\”" },
  /* Accepted: the escapes the guide allows. */
  { "ok-escapes", ACCEPTED, NULL },
  /* Accepted: a letter under 180 combining marks is read with a few of
   * them (see test_hostile_text). */
  { "ok-zalgo-title", ACCEPTED, NULL },
  /* Accepted: bidirectional overrides and isolates are dropped. */
  { "ok-right-to-left-override", ACCEPTED, NULL },

  /* Translations meet the limits of their key, whatever the language. */
  { "translation-too-long", SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE,
    "[Exercise] Title[de]: expected at most 200 characters" },
  { "translation-control-character", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "[Step 1] Text[es]: expected text without control characters, found U+001B" },
  { "translation-empty-choice", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "[Step 1] Choices[de]: expected each item to have some text, and at most 200 characters" },

  /* Enormous, odd and negative numbers. */
  { "duration-enormous", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Duration: expected a whole number from 0 to 3600, got “99999999999999999999”" },
  { "duration-1e308", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “1e308”" },
  { "duration-negative-zero", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “-0”" },
  { "duration-nan", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “NaN”" },
  { "duration-infinity", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “inf”" },
  { "duration-negative", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “-30”" },
  { "duration-over-an-hour", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “3601”" },
  { "duration-hexadecimal", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “0x10”" },
  { "duration-plus-sign", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “+10”" },
  { "duration-thousands-separator", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “1,000”" },
  { "duration-2-to-the-64", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "got “18446744073709551616”" },
  { "pattern-nan", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Pattern: expected four numbers of seconds from 0 to 60" },
  { "pattern-infinity", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “4;inf;4;4”" },
  { "pattern-1e308", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “4;4;1e308;4”" },
  { "pattern-negative-zero", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “-0;4;4;4”" },
  { "pattern-enormous", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "got “4;4;4;99999999999999999999.5”" },
  { "pattern-eight-numbers", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “4;4;4;4;4;4;4;4”" },
  { "cycles-2-to-the-32", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Cycles: expected a whole number from 1 to 100, got “4294967296”" },
  { "cycles-negative", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Cycles: expected a whole number from 1 to 100, got “-1”" },
  { "seconds-enormous", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Seconds: expected a whole number from 5 to 300, got “99999999999999999999”" },
  { "repeat-zero", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Repeat: expected a whole number from 1 to 20, got “0”" },

  /* References to other exercises. */
  /* Accepted: the guide says an id that no exercise has is left out. */
  { "ok-suggests-missing-exercise", ACCEPTED, NULL },
  /* Accepted: suggesting itself is suggesting to do it again. */
  { "ok-suggests-itself", ACCEPTED, NULL },
  /* Accepted: a and b suggest each other; a suggestion is only a button,
   * so there is no loop to follow. */
  { "ok-circular-a", ACCEPTED, NULL },
  { "ok-circular-b", ACCEPTED, NULL },
  { "suggests-bad-id", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "SuggestAbove: expected exercise ids separated by “;”, got “Box Breathing!”" },
  { "suggests-empty-items", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "SuggestAbove: expected ids separated by “;”, found an empty one" },
  { "suggests-path", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “../../etc/passwd”" },

  /* Missing keys, wrong kinds, bad ids. */
  { "missing-exercise-group", SOFTEN_EXERCISE_FILE_ERROR_MISSING_GROUP,
    "the group “[Exercise]” is missing" },
  { "exercise-group-not-first", SOFTEN_EXERCISE_FILE_ERROR_MISSING_GROUP,
    "[Step 1] expected “[Exercise]” to be the first group" },
  { "missing-id", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "[Exercise] the key “Id” is missing" },
  { "missing-title", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
    "[Exercise] the key “Title” is missing" },
  { "missing-category", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
    "[Exercise] the key “Category” is missing" },
  { "missing-kind", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "[Step 1] the key “Kind” is missing" },
  { "missing-text", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "[Step 1] the key “Text” is missing" },
  { "missing-region", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
    "[Step 1] the key “Region” is missing" },
  { "missing-measure", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
    "[Step 1] the key “Measure” is missing" },
  { "missing-part", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "[Step 1] the key “Part” is missing" },
  { "missing-note-text", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
    "[Note 1] the key “Text” is missing" },
  { "kind-wrong-case", SOFTEN_EXERCISE_FILE_ERROR_UNKNOWN_KIND, "got “Breathing”" },
  { "kind-list", SOFTEN_EXERCISE_FILE_ERROR_UNKNOWN_KIND, "got “instruction;breathing”" },
  { "kind-unknown", SOFTEN_EXERCISE_FILE_ERROR_UNKNOWN_KIND, "got “pause”" },
  { "category-wrong-case", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Category: expected one of “body”" },
  { "listed-not-boolean", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Listed: expected “true” or “false”" },
  { "safety-note-not-boolean", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "SafetyNote: expected “true” or “false”" },
  { "id-path-traversal", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "got “../../.config/autostart/evil”" },
  { "id-shell-command", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “$(rm -rf ~)”" },
  { "id-too-long", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Id: expected up to 64 lowercase letters" },
  { "region-unknown", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "Region: expected one of: feet," },
  { "choice-only-one", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Choices: expected at least 2 choices separated by “;”, found 1" },
  { "choice-ids-miscounted", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "ChoiceIds: expected one id for each of the 3 choices" },
  { "choice-empty-label", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Choices: expected each choice to have some text" },
  { "choice-duplicate-ids", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "ChoiceIds: expected a different id for each choice, got “yes” twice" },
  { "text-only-spaces", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "[Step 1] Text: expected some text, found an empty value" },
  /* Accepted: keys of another kind are ignored, with a warning. */
  { "ok-wrong-kind-keys", ACCEPTED, "[Step 1] unknown key “Pattern” is ignored" },

  /* Groups: numbering gaps, duplicates, odd names, too many, too long. */
  /* Accepted: steps run in the order written; their names are free. */
  { "ok-step-numbering-gaps", ACCEPTED, NULL },
  /* Accepted: GKeyFile merges two groups with one name, as the guide warns. */
  { "ok-duplicate-step-groups", ACCEPTED, NULL },
  { "ok-duplicate-exercise-group", ACCEPTED, NULL },
  /* GKeyFile keeps the last of two values. */
  { "duplicate-key", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "Duration: expected a whole number from 0 to 3600, got “five”" },
  { "group-name-with-brackets", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "“[Step [1]]” which is not a key-value pair" },
  { "group-name-empty", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE, "Invalid group name" },
  /* "[Note]" is not "Note " and a name: it is a step, without a Kind. */
  { "note-without-space", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
    "[Note] the key “Kind” is missing" },
  { "too-many-steps", SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE,
    "expected at most 200 steps, found 202" },
  { "long-title", SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE,
    "[Exercise] Title: expected at most 200 characters" },
  /* A 20 000-digit value is quoted, but not whole. */
  { "long-line-in-value", SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, "got “9999999999" },
  { "long-unknown-key", SOFTEN_EXERCISE_FILE_ERROR_UNKNOWN_KIND, "[Step 2] Kind: expected one of" },
};

/* Made at test time: too big for git, or names git should not hold. */
typedef struct
{
  const char *name;     /* the file's name, as bytes */
  const char *shown_as; /* how messages name it */
  int         code;
  const char *says;
} Generated;

static const Generated generated[] = {
  { "huge.exercise", "huge.exercise", SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE,
    "the file is too large (" },
  { "huge-text.exercise", "huge-text.exercise", SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE,
    "[Step 1] Text: expected at most 4000 characters" },
  { "huge-line.exercise", "huge-line.exercise", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "which is not a key-value pair, group, or comment" },
  { "many-steps.exercise", "many-steps.exercise", SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE,
    "expected at most 200 steps, found 5000" },
  { "deep-brackets.exercise", "deep-brackets.exercise", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "which is not a key-value pair, group, or comment" },
  /* Accepted: one exercise suggested 5000 times is suggested once. */
  { "suggests-repeated.exercise", "suggests-repeated.exercise", ACCEPTED, NULL },
  /* Accepted: 5000 groups of one name are one step (GKeyFile merges them). */
  { "same-group-repeated.exercise", "same-group-repeated.exercise", ACCEPTED, NULL },
  { "name-not-utf8-\xff\xfe.exercise", "name-not-utf8-\xef\xbf\xbd\xef\xbf\xbd.exercise",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "[Exercise] the key “Title” is missing" },
  { "name-with-a\nline-break.exercise", "name-with-a\\nline-break.exercise",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "[Exercise] the key “Title” is missing" },
  { "name-<b>markup<i>-&amp;.exercise", "name-<b>markup<i>-&amp;.exercise",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "[Exercise] the key “Title” is missing" },
  /* A right-to-left override would turn "name-RLO-gnp.exercise" into one
   * that reads "name-exercise.png" wherever the message is shown. */
  { "name-\xe2\x80\xaegnp.exercise", "name-\xef\xbf\xbdgnp.exercise",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "[Exercise] the key “Title” is missing" },
  { "name-with-an-escape-\x1b]0;owned\x07.exercise",
    "name-with-an-escape-\xef\xbf\xbd]0;owned\xef\xbf\xbd.exercise",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "[Exercise] the key “Title” is missing" },
};

#define GOOD_ID "good-one"
#define GOOD_EXERCISE                                                    \
  "[Exercise]\nId=" GOOD_ID "\nTitle=A good one\nCategory=breathing\n\n" \
  "[Step 1]\nKind=breathing\nPattern=4;0;6;0\nCycles=3\n"

static char *
malformed_path (const char *name)
{
  g_autofree char *file_name = g_strconcat (name, ".exercise", NULL);

  return g_test_build_filename (G_TEST_DIST, "malformed", file_name, NULL);
}

static const Case *
find_case (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (g_str_equal (cases[i].name, name))
      return &cases[i];

  return NULL;
}

/* A message a person will read: names @shown_as first, whole UTF-8, no
 * control characters, and short whatever the file held. */
static void
assert_readable (const char *message, const char *shown_as)
{
  g_autofree char *prefix = g_strconcat (shown_as, ": ", NULL);

  g_assert_true (g_utf8_validate (message, -1, NULL));
  if (!g_str_has_prefix (message, prefix))
    g_error ("“%s” does not begin with “%s”", message, prefix);
  g_assert_cmpuint (g_utf8_strlen (message, -1), <=, MAX_MESSAGE_CHARS);
  for (const char *p = message; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_false (g_unichar_iscntrl (c));
      /* No override, embedding or isolate: they would reorder it. */
      g_assert_false ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }
}

static void
assert_outcome (GFile *file, const char *shown_as, int code, const char *says)
{
  g_autoptr (GPtrArray)      warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;
  gboolean                   warned = FALSE;

  exercise = soften_exercise_file_load (file, warnings, &error);

  for (guint i = 0; i < warnings->len; i++)
    {
      const char *warning = g_ptr_array_index (warnings, i);

      g_test_message ("warning: %s", warning);
      assert_readable (warning, shown_as);
      warned |= says != NULL && strstr (warning, says) != NULL;
    }

  if (code == ACCEPTED)
    {
      g_assert_no_error (error);
      g_assert_nonnull (exercise);
      g_assert_cmpuint (soften_exercise_get_n_steps (exercise), >=, 1);
      if (says != NULL)
        g_assert_true (warned);
      return;
    }

  g_assert_null (exercise);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  assert_readable (error->message, shown_as);
  if (strstr (error->message, says) == NULL)
    g_error ("“%s” does not say “%s”", error->message, says);
  g_assert_error (error, SOFTEN_EXERCISE_FILE_ERROR, code);
}

static void
test_case (gconstpointer data)
{
  const Case       *c = data;
  g_autofree char  *path = malformed_path (c->name);
  g_autofree char  *shown_as = g_strconcat (c->name, ".exercise", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  assert_outcome (file, shown_as, c->code, c->says);
}

/* Every file has its case, every case its file, and there are plenty. */
static void
test_every_file_has_a_case (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "malformed", NULL);
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char      *entry;
  guint            n_files = 0;

  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *name = NULL;

      if (!g_str_has_suffix (entry, ".exercise"))
        continue;
      name = g_strndup (entry, strlen (entry) - strlen (".exercise"));
      if (find_case (name) == NULL)
        g_error ("%s has no case in test-malformed.c", entry);
      n_files++;
    }

  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (cases));
  g_assert_cmpuint (n_files + G_N_ELEMENTS (generated), >=, 50);
}

/* What the accepted files hold is what they say, and nothing more. */
static void
test_accepted_as_written (void)
{
  static const char *names[] = {
    "ok-markup-is-plain-text",
    "ok-crlf",
    "ok-utf8-bom",
    "ok-escapes",
    "ok-step-numbering-gaps",
    "ok-duplicate-step-groups",
    "ok-duplicate-exercise-group",
    "ok-spaces-around-equals",
  };
  SoftenExercise *exercises[G_N_ELEMENTS (names)];

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char   *path = malformed_path (names[i]);
      g_autoptr (GFile)  file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;

      exercises[i] = soften_exercise_file_load (file, NULL, &error);
      g_assert_no_error (error);
    }

  /* Markup and entities stay as they were written. */
  g_assert_cmpstr (soften_exercise_get_title (exercises[0]), ==, "<b>Bold</b> &amp; <i>brave</i>");
  g_assert_cmpstr (soften_step_get_text (soften_exercise_get_step (exercises[0], 0)), ==,
                   "<a href=\"https://example.com\">click</a> &#x1F600; <markup>");
  /* No carriage return is left at the end of a value. */
  g_assert_cmpstr (soften_exercise_get_id (exercises[1]), ==, "calm-crlf");
  g_assert_cmpstr (soften_step_get_text (soften_exercise_get_step (exercises[1], 0)), ==,
                   "Sit for a moment.");
  /* The byte order mark is not part of the first line. */
  g_assert_cmpstr (soften_exercise_get_id (exercises[2]), ==, "calm-bom");
  /* Escapes are read, the leading \s too (then the text is trimmed). */
  g_assert_cmpstr (soften_step_get_text (soften_exercise_get_step (exercises[3], 0)), ==,
                   "Line one\nLine two\twith a tab and a backslash \\ here");
  /* Written order, not numbered order. */
  g_assert_cmpuint (soften_exercise_get_n_steps (exercises[4]), ==, 3);
  g_assert_cmpstr (soften_step_get_text (soften_exercise_get_step (exercises[4], 2)), ==, "Third.");
  /* Merged groups: the later value wins. */
  g_assert_cmpuint (soften_exercise_get_n_steps (exercises[5]), ==, 1);
  g_assert_cmpstr (soften_step_get_text (soften_exercise_get_step (exercises[5], 0)), ==,
                   "Second, merged into the first.");
  g_assert_cmpstr (soften_exercise_get_title (exercises[6]), ==, "Calm, again");
  g_assert_cmpstr (soften_exercise_get_title (exercises[7]), ==, "Calm");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (exercises[i]);
}

static GBytes *generate (const char *name);

/* What the hostile but accepted files hold is bounded: a title under 180
 * combining marks keeps a few of them, overrides are dropped, and one
 * suggestion repeated 5000 times is one. */
static void
test_hostile_text (void)
{
  g_autofree char           *zalgo_path = malformed_path ("ok-zalgo-title");
  g_autofree char           *rlo_path = malformed_path ("ok-right-to-left-override");
  g_autoptr (GFile)          zalgo_file = g_file_new_for_path (zalgo_path);
  g_autoptr (GFile)          rlo_file = g_file_new_for_path (rlo_path);
  g_autoptr (GBytes)         repeated = generate ("suggests-repeated.exercise");
  g_autoptr (SoftenExercise) zalgo = soften_exercise_file_load (zalgo_file, NULL, NULL);
  g_autoptr (SoftenExercise) rlo = soften_exercise_file_load (rlo_file, NULL, NULL);
  g_autoptr (SoftenExercise) suggests
      = soften_exercise_file_load_bytes (repeated, "suggests-repeated.exercise", NULL, NULL);
  SoftenStep *check_in = soften_exercise_get_step (suggests, 0);

  g_assert_cmpstr (soften_exercise_get_title (zalgo), ==, "Z\u0301\u0336\u0353\u0301algo");
  g_assert_cmpstr (soften_step_get_text (soften_exercise_get_step (zalgo, 0)), ==,
                   "H\u0489\u0489\u0489\u0489i.");
  g_assert_cmpstr (soften_exercise_get_title (rlo), ==, "Calm txt.exe");
  g_assert_cmpstr (soften_exercise_get_summary (rlo), ==, "\u05e9\u05dc\u05d5\u05dd");
  g_assert_cmpstr (soften_step_get_text (soften_exercise_get_step (rlo, 0)), ==, "Sit down.");
  g_assert_cmpuint (
      g_strv_length ((GStrv)soften_step_get_suggestions (check_in, SOFTEN_ZONE_ABOVE)), ==, 1);
}

/* A file with a byte order mark imports like any other, and its copy reads
 * the same. */
static void
test_import_with_bom (void)
{
  g_autofree char          *path = malformed_path ("ok-utf8-bom");
  g_autofree char          *folder = g_dir_make_tmp ("soften-malformed-XXXXXX", NULL);
  g_autofree char          *copy = NULL;
  g_autoptr (GFile)         source = g_file_new_for_path (path);
  g_autoptr (GFile)         directory = NULL;
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  g_autoptr (GError)        error = NULL;
  SoftenExercise           *imported;

  g_assert_nonnull (folder);
  directory = g_file_new_for_path (folder);
  imported
      = soften_library_import (library, source, directory, SOFTEN_IMPORT_FAIL_ON_CLASH, &error);
  g_assert_no_error (error);
  g_assert_nonnull (imported);
  g_assert_cmpstr (soften_exercise_get_id (imported), ==, "calm-bom");

  copy = g_build_filename (folder, "calm-bom.exercise", NULL);
  g_assert_cmpint (g_unlink (copy), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static GBytes *
generate (const char *name)
{
  g_autoptr (GString) text = g_string_new (NULL);

  if (g_str_equal (name, "huge.exercise"))
    {
      /* Over the limit, in comments: refused before it is read. */
      while (text->len <= SOFTEN_EXERCISE_FILE_MAX_BYTES)
        g_string_append (text, "# Nothing to see here, only a great deal of it.\n");
    }
  else if (g_str_equal (name, "huge-text.exercise"))
    {
      g_string_append (text, "[Exercise]\nId=huge-text\nTitle=Huge\nCategory=body\n\n"
                             "[Step 1]\nKind=instruction\nText=");
      for (guint i = 0; i < 200000; i++)
        g_string_append_c (text, 'a' + i % 26);
      g_string_append_c (text, '\n');
    }
  else if (g_str_equal (name, "huge-line.exercise"))
    {
      g_string_append (text, "[Exercise]\nId=huge-line\nTitle=Huge\nCategory=body\n\n");
      for (guint i = 0; i < 250000; i++)
        g_string_append_c (text, 'x');
      g_string_append_c (text, '\n');
    }
  else if (g_str_equal (name, "many-steps.exercise"))
    {
      g_string_append (text, "[Exercise]\nId=many-steps\nTitle=Many\nCategory=body\n\n");
      for (guint i = 1; i <= 5000; i++)
        g_string_append_printf (text, "[Step %u]\nKind=instruction\nText=Go on.\n", i);
    }
  else if (g_str_equal (name, "deep-brackets.exercise"))
    {
      g_string_append (text, "[Exercise]\nId=deep\nTitle=Deep\nCategory=body\n\n");
      for (guint i = 0; i < 50000; i++)
        g_string_append_c (text, '[');
      g_string_append (text, "Step 1");
      for (guint i = 0; i < 50000; i++)
        g_string_append_c (text, ']');
      g_string_append (text, "\nKind=instruction\nText=Sit.\n");
    }
  else if (g_str_equal (name, "suggests-repeated.exercise"))
    {
      g_string_append (text, "[Exercise]\nId=calm-suggests\nTitle=Again\nCategory=body\n\n"
                             "[Step 1]\nKind=check-in\nText=How tense?\nMeasure=tension\n"
                             "SuggestAbove=");
      for (guint i = 0; i < 5000; i++)
        g_string_append (text, "box-breathing;");
      g_string_append_c (text, '\n');
    }
  else if (g_str_equal (name, "same-group-repeated.exercise"))
    {
      g_string_append (text, "[Exercise]\nId=calm-repeated\nTitle=Again\nCategory=body\n\n");
      for (guint i = 0; i < 5000; i++)
        g_string_append (text, "[Step 1]\nKind=instruction\nText=Again.\n");
    }
  else
    {
      /* The odd names hold a file that is wrong in a plain way. */
      g_string_append (text, "[Exercise]\nId=odd-name\nCategory=body\n\n"
                             "[Step 1]\nKind=instruction\nText=Sit.\n");
    }

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static void
write_generated (const char *folder, const char *name)
{
  g_autofree char   *path = g_build_filename (folder, name, NULL);
  g_autoptr (GBytes) bytes = generate (name);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static void
test_generated (gconstpointer data)
{
  const Generated  *g = data;
  g_autofree char  *folder = g_dir_make_tmp ("soften-malformed-XXXXXX", NULL);
  g_autofree char  *path = g_build_filename (folder, g->name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  g_assert_nonnull (folder);
  write_generated (folder, g->name);
  assert_outcome (file, g->shown_as, g->code, g->says);

  /* Read from memory too, where the size is checked after reading. */
  if (g_str_equal (g->name, "huge.exercise"))
    {
      g_autoptr (GBytes)         bytes = generate (g->name);
      g_autoptr (GError)         error = NULL;
      g_autoptr (SoftenExercise) exercise
          = soften_exercise_file_load_bytes (bytes, g->name, NULL, &error);

      g_assert_null (exercise);
      g_assert_error (error, SOFTEN_EXERCISE_FILE_ERROR, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE);
      assert_readable (error->message, g->shown_as);
    }

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
copy_file (const char *from, const char *to)
{
  g_autofree char   *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize              length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

/* All of them in one folder with a good one: the good one and the accepted
 * ones load, and every other file is one problem that names it. */
static void
test_library (void)
{
  g_autofree char          *folder = g_dir_make_tmp ("soften-malformed-XXXXXX", NULL);
  g_autofree char          *good = g_build_filename (folder, "good.exercise", NULL);
  g_autoptr (GFile)         directory = g_file_new_for_path (folder);
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  g_autoptr (GPtrArray)     expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir)          dir = NULL;
  GPtrArray                *problems;
  const char               *entry;
  guint                     n_accepted = 1;

  g_assert_nonnull (folder);
  g_assert_true (g_file_set_contents (good, GOOD_EXERCISE, -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *from = malformed_path (cases[i].name);
      g_autofree char *base = g_path_get_basename (from);
      g_autofree char *to = g_build_filename (folder, base, NULL);

      copy_file (from, to);
      if (cases[i].code == ACCEPTED)
        n_accepted++;
      else
        g_ptr_array_add (expected, g_strconcat (base, ": ", NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (generated); i++)
    {
      write_generated (folder, generated[i].name);
      if (generated[i].code == ACCEPTED)
        n_accepted++;
      else
        g_ptr_array_add (expected, g_strconcat (generated[i].shown_as, ": ", NULL));
    }

  soften_library_load_directory (library, directory);

  g_assert_nonnull (soften_library_lookup (library, GOOD_ID));
  g_assert_cmpuint (soften_exercise_get_n_steps (soften_library_lookup (library, GOOD_ID)), ==, 1);
  g_assert_nonnull (soften_library_lookup (library, "calm-markup"));
  g_assert_nonnull (soften_library_lookup (library, "calm-repeated"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, n_accepted);

  /* Each bad file is exactly one problem, and the problem names it. */
  problems = soften_library_get_problems (library);
  for (guint i = 0; i < problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (problems, i);
      gboolean      found = FALSE;

      g_test_message ("problem: %s", problem->message);
      g_assert_true (g_utf8_validate (problem->message, -1, NULL));
      for (guint j = 0; j < expected->len && !found; j++)
        if (g_str_has_prefix (problem->message, g_ptr_array_index (expected, j)))
          {
            g_ptr_array_remove_index (expected, j);
            found = TRUE;
          }
      if (!found)
        g_error ("a problem names no file it should: %s", problem->message);
    }
  for (guint i = 0; i < expected->len; i++)
    g_test_message ("no problem for %s", (char *)g_ptr_array_index (expected, i));
  g_assert_cmpuint (expected->len, ==, 0);

  /* Clean up. */
  dir = g_dir_open (folder, 0, NULL);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, entry, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/malformed/every-file-has-a-case", test_every_file_has_a_case);
  g_test_add_func ("/soften/malformed/accepted-as-written", test_accepted_as_written);
  g_test_add_func ("/soften/malformed/import-with-bom", test_import_with_bom);
  g_test_add_func ("/soften/malformed/hostile-text", test_hostile_text);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/soften/malformed/file/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  for (guint i = 0; i < G_N_ELEMENTS (generated); i++)
    {
      g_autofree char *name = g_strcanon (g_strdup (generated[i].name),
                                          "abcdefghijklmnopqrstuvwxyz0123456789-.", '_');
      g_autofree char *path = g_strdup_printf ("/soften/malformed/generated/%s", name);

      g_test_add_data_func (path, &generated[i], test_generated);
    }

  g_test_add_func ("/soften/malformed/library", test_library);

  return g_test_run ();
}
