/* test-exercise-file.c — the .exercise reader, on good files and bad
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "engine/soften-exercise-file.h"
#include "engine/soften-library.h"
#include "engine/soften-script.h"
#include "engine/soften-session.h"
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

static void
test_good_file (void)
{
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;
  SoftenStep                *step;

  exercise = load_string ("# A comment\n"
                          "[Exercise]\n"
                          "Id=calm-down\n"
                          "Title=Calm down\n"
                          "Summary=A short one.\n"
                          "Category=breathing\n"
                          "Caution=Stop if dizzy.\n"
                          "Credit=Us\n"
                          "\n"
                          "[Step 1]\n"
                          "Kind=instruction\n"
                          "Text=Sit down.\n"
                          "Duration=10\n"
                          "\n"
                          "[Step 2]\n"
                          "Kind=breathing\n"
                          "Pattern=4;7;8;0\n"
                          "Cycles=3\n"
                          "\n"
                          "[Step 3]\n"
                          "Kind=instruction\n"
                          "Text=Done when you are.\n",
                          NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (exercise);

  g_assert_cmpstr (soften_exercise_get_id (exercise), ==, "calm-down");
  g_assert_cmpstr (soften_exercise_get_title (exercise), ==, "Calm down");
  g_assert_cmpstr (soften_exercise_get_summary (exercise), ==, "A short one.");
  g_assert_cmpstr (soften_exercise_get_caution (exercise), ==, "Stop if dizzy.");
  g_assert_cmpstr (soften_exercise_get_credit (exercise), ==, "Us");
  g_assert_cmpint (soften_exercise_get_category (exercise), ==, SOFTEN_CATEGORY_BREATHING);
  g_assert_cmpuint (soften_exercise_get_n_steps (exercise), ==, 3);

  step = soften_exercise_get_step (exercise, 0);
  g_assert_cmpint (soften_step_get_kind (step), ==, SOFTEN_STEP_INSTRUCTION);
  g_assert_cmpstr (soften_step_get_text (step), ==, "Sit down.");
  g_assert_cmpint (soften_step_get_duration_usec (step), ==, 10 * G_USEC_PER_SEC);

  step = soften_exercise_get_step (exercise, 1);
  g_assert_cmpint (soften_step_get_kind (step), ==, SOFTEN_STEP_BREATHING);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_INHALE), ==,
                   4 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_HOLD_IN), ==,
                   7 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_EXHALE), ==,
                   8 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_HOLD_OUT), ==,
                   0 * G_TIME_SPAN_SECOND);
  g_assert_cmpuint (soften_step_get_cycles (step), ==, 3);
  g_assert_cmpint (soften_step_get_duration_usec (step), ==, 3 * 19 * G_USEC_PER_SEC);

  step = soften_exercise_get_step (exercise, 2);
  g_assert_false (soften_step_is_timed (step));

  g_assert_cmpint (soften_exercise_get_timed_usec (exercise), ==, (10 + 57) * G_USEC_PER_SEC);
  g_assert_cmpuint (soften_exercise_get_untimed_steps (exercise), ==, 1);
}

/* Body regions, check-ins and a breath of 5.5 seconds. */
static void
test_new_kinds (void)
{
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;
  g_autofree char           *key = NULL;
  SoftenStep                *step;
  const char *const         *above;

  exercise = load_string (GOOD_HEADER "[Step 1]\n"
                                      "Kind=check-in\n"
                                      "Measure=zone\n"
                                      "Text=Where are you?\n"
                                      "SuggestAbove=longer-exhale;stop-and-ground\n"
                                      "SuggestBelow=gentle-movement\n"
                                      "[Step 2]\n"
                                      "Kind=body-region\n"
                                      "Region=shoulders\n"
                                      "Text=Notice your shoulders.\n"
                                      "Duration=20\n"
                                      "[Step 3]\n"
                                      "Kind=breathing\n"
                                      "Pattern=5.5;0;5.25;0.125\n"
                                      "Cycles=2\n"
                                      "[Step 4]\n"
                                      "Kind=check-in\n"
                                      "Measure=tension\n"
                                      "Moment=after\n"
                                      "Text=How tense now?\n",
                          NULL, &error);
  g_assert_no_error (error);

  step = soften_exercise_get_step (exercise, 0);
  g_assert_cmpint (soften_step_get_kind (step), ==, SOFTEN_STEP_CHECK_IN);
  g_assert_cmpint (soften_step_get_measure (step), ==, SOFTEN_MEASURE_ZONE);
  g_assert_cmpint (soften_step_get_moment (step), ==, SOFTEN_MOMENT_BEFORE);
  g_assert_false (soften_step_is_timed (step));
  key = soften_step_dup_response_key (step);
  g_assert_cmpstr (key, ==, "zone-before");
  above = soften_step_get_suggestions (step, SOFTEN_ZONE_ABOVE);
  g_assert_cmpstrv (above, ((const char *[]){ "longer-exhale", "stop-and-ground", NULL }));
  g_assert_cmpstr (soften_step_get_suggestions (step, SOFTEN_ZONE_BELOW)[0], ==, "gentle-movement");
  g_assert_null (soften_step_get_suggestions (step, SOFTEN_ZONE_INSIDE));

  step = soften_exercise_get_step (exercise, 1);
  g_assert_cmpint (soften_step_get_kind (step), ==, SOFTEN_STEP_BODY_REGION);
  g_assert_cmpint (soften_step_get_region (step), ==, SOFTEN_REGION_SHOULDERS);
  g_assert_cmpint (soften_step_get_duration_usec (step), ==, 20 * G_TIME_SPAN_SECOND);

  step = soften_exercise_get_step (exercise, 2);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_INHALE), ==, 5500000);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_EXHALE), ==, 5250000);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_HOLD_OUT), ==, 125000);
  g_assert_cmpint (soften_step_get_duration_usec (step), ==, 2 * 10875000);

  step = soften_exercise_get_step (exercise, 3);
  g_clear_pointer (&key, g_free);
  key = soften_step_dup_response_key (step);
  g_assert_cmpstr (key, ==, "tension-after");
}

/* A file with Title[de]= gives the German title under LANGUAGE=de. */
static void
test_localized_keys (void)
{
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;
  const char                *text = "[Exercise]\n"
                                    "Id=calm\n"
                                    "Title=Calm\n"
                                    "Title[de]=Ruhe\n"
                                    "Category=body\n"
                                    "[Step 1]\n"
                                    "Kind=instruction\n"
                                    "Text=Sit.\n"
                                    "Text[de]=Setz dich.\n";

  g_setenv ("LANGUAGE", "de", TRUE);
  exercise = load_string (text, NULL, &error);
  g_unsetenv ("LANGUAGE");

  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_title (exercise), ==, "Ruhe");
  g_assert_cmpstr (soften_step_get_text (soften_exercise_get_step (exercise, 0)), ==, "Setz dich.");
}

/* A translated list of choices with an item too few would pair labels with
 * the wrong answers: the step keeps its untranslated choices and says why,
 * and the rest of the exercise stays translated. */
static void
test_localized_choices_miscounted (void)
{
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GPtrArray)      warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError)         error = NULL;
  SoftenStep                *step;
  const char                *text = GOOD_HEADER "[Step 1]\n"
                                                "Kind=choice\n"
                                                "Text=Which one?\n"
                                                "Text[de]=Welche?\n"
                                                "Choices=Going numb;Criticism;Sarcasm;\n"
                                                "Choices[de]=Abschalten;Kritik, Sarkasmus;\n"
                                                "ChoiceIds=numb;criticism;sarcasm\n";

  g_setenv ("LANGUAGE", "de", TRUE);
  exercise = load_string (text, warnings, &error);
  g_unsetenv ("LANGUAGE");

  g_assert_no_error (error);
  step = soften_exercise_get_step (exercise, 0);
  g_assert_cmpstr (soften_step_get_text (step), ==, "Welche?");
  g_assert_cmpuint (soften_step_get_n_choices (step), ==, 3);
  g_assert_cmpstr (soften_step_get_choice_label_for (step, "sarcasm"), ==, "Sarcasm");
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==,
                   "calm.exercise: [Step 1] the translation of “Choices” has 2 items instead of 3; "
                   "the untranslated choices are shown");
}

static void
test_unknown_key_warns (void)
{
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GPtrArray)      warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError)         error = NULL;

  exercise = load_string (GOOD_HEADER "Colour=blue\n"
                                      "[Step 1]\n"
                                      "Kind=instruction\n"
                                      "Text=Hi.\n"
                                      "Pattern=4;4;4;4\n",
                          warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (exercise);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==,
                   "calm.exercise: [Exercise] unknown key “Colour” is ignored");
  g_assert_cmpstr (g_ptr_array_index (warnings, 1), ==,
                   "calm.exercise: [Step 1] unknown key “Pattern” is ignored");
}

/* Text from a file is kept as it is: markup stays literal. */
static void
test_text_is_plain (void)
{
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;

  exercise = load_string (GOOD_HEADER "[Step 1]\n"
                                      "Kind=instruction\n"
                                      "Text=<b>Bold</b> & <i>brave</i>\n",
                          NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_step_get_text (soften_exercise_get_step (exercise, 0)), ==,
                   "<b>Bold</b> & <i>brave</i>");
}

typedef struct
{
  const char *name;
  const char *text;
  int         code;
  const char *message;
} BadCase;

static const BadCase bad_cases[] = {
  { "empty", "", SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE,
    "calm.exercise: not an exercise file (the file is empty)" },
  { "not-a-key-file", "This is just some prose.\nNothing else.\n",
    SOFTEN_EXERCISE_FILE_ERROR_NOT_KEY_FILE, NULL },
  { "missing-exercise-group", "[Step 1]\nKind=instruction\nText=Hi\n",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_GROUP, "calm.exercise: the group “[Exercise]” is missing" },
  { "exercise-group-not-first", "[Step 1]\nKind=instruction\nText=Hi\n" GOOD_HEADER,
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_GROUP,
    "calm.exercise: [Step 1] expected “[Exercise]” to be the first group" },
  { "missing-id", "[Exercise]\nTitle=Calm\nCategory=body\n[Step 1]\nKind=instruction\nText=Hi\n",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "calm.exercise: [Exercise] the key “Id” is missing" },
  { "bad-id",
    "[Exercise]\nId=Calm Down!\nTitle=Calm\nCategory=body\n[Step 1]\nKind=instruction\nText=Hi\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "calm.exercise: [Exercise] Id: expected up to 64 lowercase letters, digits and “-”, got “Calm "
    "Down!”" },
  { "missing-title", "[Exercise]\nId=calm\nCategory=body\n[Step 1]\nKind=instruction\nText=Hi\n",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
    "calm.exercise: [Exercise] the key “Title” is missing" },
  { "empty-title",
    "[Exercise]\nId=calm\nTitle=  \nCategory=body\n[Step 1]\nKind=instruction\nText=Hi\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "calm.exercise: [Exercise] Title: expected some text, found an empty value" },
  { "unknown-category",
    "[Exercise]\nId=calm\nTitle=Calm\nCategory=sleep\n[Step 1]\nKind=instruction\nText=Hi\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, NULL },
  { "no-steps", GOOD_HEADER, SOFTEN_EXERCISE_FILE_ERROR_NO_STEPS,
    "calm.exercise: an exercise needs at least one step, like “[Step 1]”, after “[Exercise]”" },
  { "missing-kind", GOOD_HEADER "[Step 1]\nText=Hi\n", SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
    "calm.exercise: [Step 1] the key “Kind” is missing" },
  { "unknown-kind", GOOD_HEADER "[Step 1]\nKind=dance\nText=Hi\n",
    SOFTEN_EXERCISE_FILE_ERROR_UNKNOWN_KIND,
    "calm.exercise: [Step 1] Kind: expected one of: instruction, breathing, body-region, check-in, "
    "writing, release, choice, script, got “dance”" },
  { "missing-text", GOOD_HEADER "[Step 1]\nKind=instruction\nDuration=3\n",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "calm.exercise: [Step 1] the key “Text” is missing" },
  { "negative-duration", GOOD_HEADER "[Step 1]\nKind=instruction\nText=Hi\nDuration=-5\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "calm.exercise: [Step 1] Duration: expected a whole number from 0 to 3600, got “-5”" },
  { "non-numeric-duration", GOOD_HEADER "[Step 1]\nKind=instruction\nText=Hi\nDuration=ten\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "calm.exercise: [Step 1] Duration: expected a whole number from 0 to 3600, got “ten”" },
  { "fractional-duration", GOOD_HEADER "[Step 1]\nKind=instruction\nText=Hi\nDuration=1.5\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, NULL },
  { "huge-duration",
    GOOD_HEADER "[Step 1]\nKind=instruction\nText=Hi\nDuration=99999999999999999999\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, NULL },
  { "pattern-three-numbers", GOOD_HEADER "[Step 1]\nKind=breathing\nPattern=4;4;4\nCycles=2\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "calm.exercise: [Step 1] Pattern: expected four numbers of seconds from 0 to 60, like 4 or "
    "5.5, "
    "separated by “;” (in;hold;out;hold), got “4;4;4”" },
  { "pattern-negative", GOOD_HEADER "[Step 1]\nKind=breathing\nPattern=4;-4;4;4\nCycles=2\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, NULL },
  { "pattern-words", GOOD_HEADER "[Step 1]\nKind=breathing\nPattern=in;hold;out;hold\nCycles=2\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, NULL },
  { "pattern-zero-sum", GOOD_HEADER "[Step 1]\nKind=breathing\nPattern=0;0;0;0\nCycles=2\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "calm.exercise: [Step 1] Pattern: a breath must last some time, but all four numbers are 0" },
  { "pattern-missing", GOOD_HEADER "[Step 1]\nKind=breathing\nCycles=2\n",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY,
    "calm.exercise: [Step 1] the key “Pattern” is missing" },
  { "zero-cycles", GOOD_HEADER "[Step 1]\nKind=breathing\nPattern=4;4;4;4\nCycles=0\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "calm.exercise: [Step 1] Cycles: expected a whole number from 1 to 100, got “0”" },
  { "missing-cycles", GOOD_HEADER "[Step 1]\nKind=breathing\nPattern=4;4;4;4\n",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "calm.exercise: [Step 1] the key “Cycles” is missing" },
  { "unknown-region", GOOD_HEADER "[Step 1]\nKind=body-region\nRegion=elbow\nText=Hi\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "calm.exercise: [Step 1] Region: expected one of: feet, legs, belly, chest, back, shoulders, "
    "arms, hands, neck, jaw, face, got “elbow”" },
  { "missing-region", GOOD_HEADER "[Step 1]\nKind=body-region\nText=Hi\n",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "calm.exercise: [Step 1] the key “Region” is missing" },
  { "unknown-measure", GOOD_HEADER "[Step 1]\nKind=check-in\nMeasure=mood\nText=Hi\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "calm.exercise: [Step 1] Measure: expected one of: zone, tension, comfort, got “mood”" },
  { "unknown-moment", GOOD_HEADER "[Step 1]\nKind=check-in\nMeasure=zone\nMoment=during\nText=Hi\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "calm.exercise: [Step 1] Moment: expected one of: before, after, got “during”" },
  { "check-in-without-question", GOOD_HEADER "[Step 1]\nKind=check-in\nMeasure=zone\n",
    SOFTEN_EXERCISE_FILE_ERROR_MISSING_KEY, "calm.exercise: [Step 1] the key “Text” is missing" },
  { "bad-suggestion",
    GOOD_HEADER "[Step 1]\nKind=check-in\nMeasure=zone\nText=Hi\nSuggestAbove=Box Breathing!\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "calm.exercise: [Step 1] SuggestAbove: expected exercise ids separated by “;”, got “Box "
    "Breathing!”" },
  { "pattern-too-many-decimals",
    GOOD_HEADER "[Step 1]\nKind=breathing\nPattern=4.1234;0;4;0\nCycles=2\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, NULL },
  { "pattern-trailing-dot", GOOD_HEADER "[Step 1]\nKind=breathing\nPattern=4.;0;4;0\nCycles=2\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, NULL },
  { "pattern-comma-decimal",
    GOOD_HEADER "[Step 1]\nKind=breathing\nPattern=5,5;0;5,5;0\nCycles=2\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, NULL },
  { "pattern-over-a-minute", GOOD_HEADER "[Step 1]\nKind=breathing\nPattern=60.5;0;4;0\nCycles=2\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE, NULL },
  { "error-in-later-step",
    GOOD_HEADER
    "[Step 1]\nKind=instruction\nText=Hi\n[Step 2]\nKind=breathing\nPattern=4;4;4;4\nCycles=x\n",
    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
    "calm.exercise: [Step 2] Cycles: expected a whole number from 1 to 100, got “x”" },
};

static void
test_bad_case (gconstpointer data)
{
  const BadCase             *bad = data;
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;

  exercise = load_string (bad->text, NULL, &error);

  g_assert_null (exercise);
  g_assert_error (error, SOFTEN_EXERCISE_FILE_ERROR, bad->code);
  /* Every message names the file. */
  g_assert_true (g_str_has_prefix (error->message, "calm.exercise: "));
  if (bad->message != NULL)
    g_assert_cmpstr (error->message, ==, bad->message);
}

static void
test_too_many_steps (void)
{
  g_autoptr (GString)        text = g_string_new (GOOD_HEADER);
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;

  for (guint i = 0; i <= SOFTEN_EXERCISE_FILE_MAX_STEPS; i++)
    g_string_append_printf (text, "[Step %u]\nKind=instruction\nText=Hi\n", i + 1);

  exercise = load_string (text->str, NULL, &error);
  g_assert_null (exercise);
  g_assert_error (error, SOFTEN_EXERCISE_FILE_ERROR, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE);
}

static void
test_too_large (void)
{
  g_autofree char           *text = g_malloc (SOFTEN_EXERCISE_FILE_MAX_BYTES + 2);
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;

  memset (text, '#', SOFTEN_EXERCISE_FILE_MAX_BYTES + 1);
  text[SOFTEN_EXERCISE_FILE_MAX_BYTES + 1] = '\0';

  exercise = load_string (text, NULL, &error);
  g_assert_null (exercise);
  g_assert_error (error, SOFTEN_EXERCISE_FILE_ERROR, SOFTEN_EXERCISE_FILE_ERROR_TOO_LARGE);
}

static void
test_unreadable_file (void)
{
  g_autoptr (GFile)          file = g_file_new_for_path ("/nonexistent/soften/calm.exercise");
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;

  exercise = soften_exercise_file_load (file, NULL, &error);
  g_assert_null (exercise);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "calm.exercise: could not read it"));
}

/* The names a file uses are the nicks of the enums the build registers:
 * they must stay what the format has always said. */
static void
test_nicks (void)
{
  static const struct
  {
    GType (*get_type) (void);
    const char *names;
  } formats[] = {
    { soften_step_kind_get_type,
      "instruction breathing body-region check-in writing release choice script" },
    { soften_category_get_type, "body breathing forgiveness boundaries defenses" },
    { soften_region_get_type, "feet legs belly chest back shoulders arms hands neck jaw face" },
    { soften_measure_get_type, "zone tension comfort" },
    { soften_moment_get_type, "before after" },
    { soften_zone_get_type, "above inside below" },
    { soften_script_part_get_type,
      "feel line support rehearse keep stepped-away want-you-to-know next-time" },
    { soften_breath_phase_get_type, "inhale hold-in exhale hold-out" },
    { soften_session_state_get_type, "ready running paused finished stopped" },
    { soften_script_field_get_type, "when feel line need because know next support" },
    { soften_import_mode_get_type, "fail-on-clash replace keep-both" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (formats[i].get_type ());
      g_auto (GStrv)         names = g_strsplit (formats[i].names, " ", -1);

      /* The sentinels (SOFTEN_N_…) are not values. */
      g_assert_cmpuint (klass->n_values, ==, g_strv_length (names));
      for (guint v = 0; v < klass->n_values; v++)
        {
          g_assert_cmpint (klass->values[v].value, ==, v);
          g_assert_cmpstr (klass->values[v].value_nick, ==, names[v]);
        }
    }

  g_assert_cmpstr (soften_step_kind_to_string (SOFTEN_STEP_BODY_REGION), ==, "body-region");
  g_assert_cmpstr (soften_step_kind_to_string (SOFTEN_STEP_CHECK_IN), ==, "check-in");
  {
    SoftenZone zone;

    g_assert_true (soften_zone_from_string ("below", &zone));
    g_assert_cmpint (zone, ==, SOFTEN_ZONE_BELOW);
    g_assert_false (soften_zone_from_string ("Below", &zone));
    g_assert_cmpstr (soften_zone_to_string (SOFTEN_ZONE_ABOVE), ==, "above");
  }

  /* A kept-scripts file's keys are the field's names with a capital. */
  g_assert_cmpstr (soften_script_field_to_key (SOFTEN_SCRIPT_WHEN), ==, "When");
  g_assert_cmpstr (soften_script_field_to_key (SOFTEN_SCRIPT_SUPPORT), ==, "Support");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/exercise-file/good", test_good_file);
  g_test_add_func ("/soften/exercise-file/new-kinds", test_new_kinds);
  g_test_add_func ("/soften/exercise-file/localized-keys", test_localized_keys);
  g_test_add_func ("/soften/exercise-file/localized-choices-miscounted",
                   test_localized_choices_miscounted);
  g_test_add_func ("/soften/exercise-file/unknown-key-warns", test_unknown_key_warns);
  g_test_add_func ("/soften/exercise-file/text-is-plain", test_text_is_plain);
  g_test_add_func ("/soften/exercise-file/too-many-steps", test_too_many_steps);
  g_test_add_func ("/soften/exercise-file/too-large", test_too_large);
  g_test_add_func ("/soften/exercise-file/unreadable", test_unreadable_file);
  g_test_add_func ("/soften/exercise-file/nicks", test_nicks);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/soften/exercise-file/bad/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_bad_case);
    }

  return g_test_run ();
}
