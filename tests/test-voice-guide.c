/* test-voice-guide.c — what the voice says during a session, and when, on the fake clock
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "engine/soften-exercise-file.h"
#include "engine/soften-fake-clock.h"
#include "engine/soften-fake-voice.h"
#include "engine/soften-voice-guide.h"

#define SEC G_TIME_SPAN_SECOND

typedef struct
{
  SoftenClock      *clock;
  SoftenVoice      *voice;
  SoftenVoiceGuide *guide;
  SoftenExercise   *exercise;
  SoftenSession    *session;
} Fixture;

static SoftenFakeVoice *
fake (Fixture *f)
{
  return SOFTEN_FAKE_VOICE (f->voice);
}

static void
advance (Fixture *f, gint64 usec)
{
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (f->clock), usec);
}

/* A short exercise: words, box breathing, writing, a check-in. */
static SoftenExercise *
make_exercise (void)
{
  static const gint64 box[] = { 4 * SEC, 4 * SEC, 4 * SEC, 4 * SEC };
  SoftenExercise *exercise = soften_exercise_new ("guided", "Guided", SOFTEN_CATEGORY_BREATHING);
  g_autoptr (SoftenStep) settle = soften_step_new_instruction ("Let your shoulders drop.", 10);
  g_autoptr (SoftenStep) breathe = soften_step_new_breathing ("Breathe with the shape.", box, 2);
  g_autoptr (SoftenStep) write = soften_step_new_writing ("Write what you feel.", "I feel…");
  g_autoptr (SoftenStep) check = soften_step_new_check_in (
      "How tense are you now?", SOFTEN_MEASURE_TENSION, SOFTEN_MOMENT_AFTER);

  soften_exercise_add_step (exercise, settle);
  soften_exercise_add_step (exercise, breathe);
  soften_exercise_add_step (exercise, write);
  soften_exercise_add_step (exercise, check);
  soften_exercise_set_language (exercise, "de");
  return exercise;
}

static void
setup (Fixture *f, gconstpointer data)
{
  f->clock = soften_fake_clock_new ();
  f->voice = soften_fake_voice_new ();
  f->guide = soften_voice_guide_new (f->voice);
  f->exercise = make_exercise ();
  f->session = soften_session_new (f->exercise, f->clock);
  soften_voice_guide_set_session (f->guide, f->session);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_assert_finalize_object (f->guide);
  g_assert_finalize_object (f->session);
  g_assert_finalize_object (f->exercise);
  g_assert_finalize_object (f->voice);
  g_assert_finalize_object (f->clock);
}

/* Each step's words reach the voice as the step begins, in order, in the
 * exercise's language. */
static void
test_speaks_each_step_in_its_language (Fixture *f, gconstpointer data)
{
  g_assert_cmpuint (soften_fake_voice_get_n_said (fake (f)), ==, 0);

  soften_session_start (f->session);
  g_assert_cmpuint (soften_fake_voice_get_n_said (fake (f)), ==, 1);
  g_assert_cmpstr (soften_fake_voice_get_said (fake (f), 0), ==, "Let your shoulders drop.");
  g_assert_cmpstr (soften_fake_voice_get_said_language (fake (f), 0), ==, "de");
  g_assert_cmpstr (soften_voice_guide_get_caption (f->guide), ==, "Let your shoulders drop.");

  soften_fake_voice_finish (fake (f));
  g_assert_null (soften_voice_guide_get_caption (f->guide));
  advance (f, 10 * SEC);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 1);
  g_assert_cmpstr (soften_fake_voice_get_said (fake (f), 1), ==, "Breathe with the shape.");
  g_assert_cmpstr (soften_fake_voice_get_said_language (fake (f), 1), ==, "de");
}

/* With its words said, a breathing step says a short word for each phase,
 * so in, hold and out can be told apart with closed eyes. */
static void
test_speaks_breath_phases (Fixture *f, gconstpointer data)
{
  soften_session_start (f->session);
  soften_session_next (f->session);
  g_assert_cmpuint (soften_fake_voice_get_n_said (fake (f)), ==, 2);
  /* While the step's words are said, no phase word talks over them. */
  advance (f, 4 * SEC);
  g_assert_cmpuint (soften_fake_voice_get_n_said (fake (f)), ==, 2);

  soften_fake_voice_finish (fake (f));
  advance (f, 4 * SEC);
  g_assert_cmpuint (soften_fake_voice_get_n_said (fake (f)), ==, 3);
  g_assert_cmpstr (soften_fake_voice_get_said (fake (f), 2), ==, "Out");
  advance (f, 4 * SEC);
  g_assert_cmpstr (soften_fake_voice_get_said (fake (f), 3), ==, "Hold");
  advance (f, 4 * SEC);
  g_assert_cmpstr (soften_fake_voice_get_said (fake (f), 4), ==, "In");

  /* Turned off, the phases are left to the shape and the sound cues. */
  soften_voice_guide_set_speak_phases (f->guide, FALSE);
  advance (f, 4 * SEC);
  g_assert_cmpuint (soften_fake_voice_get_n_said (fake (f)), ==, 5);
}

/* A timed step never ends in the middle of its own words: it waits at its
 * end for the voice, and the next step then starts whole. */
static void
test_step_waits_for_its_words (Fixture *f, gconstpointer data)
{
  soften_session_start (f->session);
  advance (f, 10 * SEC);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 0);
  g_assert_cmpint (soften_session_get_step_remaining (f->session), ==, 0);
  advance (f, 3 * SEC);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 0);

  soften_fake_voice_finish (fake (f));
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 1);
  /* The breathing step has all of its 32 s, from now. */
  g_assert_cmpint (soften_session_get_step_elapsed (f->session), ==, 0);
  soften_fake_voice_finish (fake (f));
  advance (f, 31 * SEC);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 1);
  advance (f, 1 * SEC);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 2);
}

/* Pause stops the voice at once; resume says the step's words again. */
static void
test_pause_cancels_and_resume_repeats (Fixture *f, gconstpointer data)
{
  soften_session_start (f->session);
  advance (f, 2 * SEC);
  soften_session_pause (f->session);
  g_assert_false (soften_fake_voice_is_speaking (fake (f)));
  g_assert_null (soften_voice_guide_get_caption (f->guide));
  g_assert_cmpuint (soften_fake_voice_get_n_said (fake (f)), ==, 1);

  soften_session_resume (f->session);
  g_assert_cmpuint (soften_fake_voice_get_n_said (fake (f)), ==, 2);
  g_assert_cmpstr (soften_fake_voice_get_said (fake (f), 1), ==, "Let your shoulders drop.");
  g_assert_true (soften_fake_voice_is_speaking (fake (f)));
}

/* Next and Previous stop the voice at once and say the new step. */
static void
test_next_and_previous_cancel (Fixture *f, gconstpointer data)
{
  guint cancels;

  soften_session_start (f->session);
  cancels = soften_fake_voice_get_n_cancels (fake (f));
  soften_session_next (f->session);
  g_assert_cmpuint (soften_fake_voice_get_n_cancels (fake (f)), >, cancels);
  g_assert_cmpstr (soften_fake_voice_get_said (fake (f), 1), ==, "Breathe with the shape.");

  cancels = soften_fake_voice_get_n_cancels (fake (f));
  soften_session_previous (f->session);
  g_assert_cmpuint (soften_fake_voice_get_n_cancels (fake (f)), >, cancels);
  g_assert_cmpstr (soften_fake_voice_get_said (fake (f), 2), ==, "Let your shoulders drop.");
  /* The step that was left no longer holds anything up. */
  soften_fake_voice_finish (fake (f));
  advance (f, 10 * SEC);
  g_assert_cmpuint (soften_session_get_step_index (f->session), ==, 1);
}

/* A writing step's instruction is said; never what the person writes
 * (the guide never sees it); a check-in's question is said. Stopping
 * hushes the voice. */
static void
test_says_only_the_exercise (Fixture *f, gconstpointer data)
{
  soften_session_start (f->session);
  soften_session_next (f->session);
  soften_session_next (f->session);
  g_assert_cmpstr (soften_fake_voice_get_said (fake (f), 2), ==, "Write what you feel.");
  soften_session_set_response (f->session, "tension-after", g_variant_new_uint32 (4));
  soften_session_next (f->session);
  g_assert_cmpstr (soften_fake_voice_get_said (fake (f), 3), ==, "How tense are you now?");
  for (guint i = 0; i < soften_fake_voice_get_n_said (fake (f)); i++)
    g_assert_null (strstr (soften_fake_voice_get_said (fake (f), i), "I feel"));

  soften_session_stop (f->session);
  g_assert_false (soften_fake_voice_is_speaking (fake (f)));
  g_assert_cmpuint (soften_fake_voice_get_n_said (fake (f)), ==, 4);
}

/* The pace moves the rate, within the calm range. */
static void
test_pace_moves_rate (Fixture *f, gconstpointer data)
{
  soften_session_start (f->session);
  g_assert_cmpint (soften_fake_voice_get_rate (fake (f)), ==, 0);
  soften_session_set_pace (f->session, 0.5);
  g_assert_cmpint (soften_fake_voice_get_rate (fake (f)), ==, -30);
  soften_voice_guide_set_rate (f->guide, -50);
  g_assert_cmpint (soften_fake_voice_get_rate (fake (f)), ==, SOFTEN_VOICE_MIN_RATE);
  soften_voice_guide_set_rate (f->guide, 20);
  soften_session_set_pace (f->session, 2.0);
  g_assert_cmpint (soften_fake_voice_get_rate (fake (f)), ==, SOFTEN_VOICE_MAX_RATE);
}

/* A file's words are spoken in the language they were read in. */
static SoftenExercise *
load (const char *data, GError **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (data, strlen (data));

  return soften_exercise_file_load_bytes (bytes, "calm.exercise", NULL, error);
}

static void
test_reader_finds_the_language (void)
{
  static const char data[] = "[Exercise]\nId=x\nTitle=Calm\nTitle[de]=Ruhe\nCategory=body\n"
                             "[Step 1]\nKind=instruction\nText=Breathe.\nText[de]=Atme.\n"
                             "Duration=5\n";
  static const char own[] = "[Exercise]\nId=y\nTitle=Calme\nLanguage=fr\nCategory=body\n"
                            "[Step 1]\nKind=instruction\nText=Respire.\nDuration=5\n";
  static const char bad[] = "[Exercise]\nId=z\nTitle=Calm\nLanguage=French!\nCategory=body\n"
                            "[Step 1]\nKind=instruction\nText=Breathe.\nDuration=5\n";
  g_autoptr (SoftenExercise) english = NULL;
  g_autoptr (SoftenExercise) german = NULL;
  g_autoptr (SoftenExercise) french = NULL;
  g_autoptr (GError)         error = NULL;
  SoftenExercise            *failed;

  english = load (data, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_language (english), ==, "en");

  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "");
  german = load (data, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_language (german), ==, "de");
  french = load (own, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_language (french), ==, "fr");
  g_setenv ("LANGUAGE", "", TRUE);
  setlocale (LC_ALL, "");

  failed = load (bad, &error);
  g_assert_null (failed);
  g_assert_nonnull (strstr (error->message, "Language"));
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/voice-guide/speaks-each-step-in-its-language", test_speaks_each_step_in_its_language);
  ADD ("/voice-guide/speaks-breath-phases", test_speaks_breath_phases);
  ADD ("/voice-guide/step-waits-for-its-words", test_step_waits_for_its_words);
  ADD ("/voice-guide/pause-cancels-and-resume-repeats", test_pause_cancels_and_resume_repeats);
  ADD ("/voice-guide/next-and-previous-cancel", test_next_and_previous_cancel);
  ADD ("/voice-guide/says-only-the-exercise", test_says_only_the_exercise);
  ADD ("/voice-guide/pace-moves-rate", test_pace_moves_rate);
#undef ADD
  g_test_add_func ("/voice-guide/reader-finds-the-language", test_reader_finds_the_language);

  return g_test_run ();
}
