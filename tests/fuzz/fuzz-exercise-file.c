/* fuzz-exercise-file.c — libFuzzer harness for the `.exercise` reader
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds any bytes to soften_exercise_file_load_bytes(). A file that is
 * refused must say so in a message that names the file; a file that is
 * accepted must hold up when used: every getter, the breathing arithmetic,
 * and a short session on the fake clock that visits every step.
 */

#include "config.h"

#include "engine/soften-exercise-file.h"
#include "engine/soften-fake-clock.h"
#include "engine/soften-session.h"
#include "engine/soften-step-private.h"
#include "engine/soften-text.h"

#include "fuzz-common.h"

#define NAME "fuzz.exercise"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_common_init ();
  return 0;
}

/* Text shown from a file is whole UTF-8 without bidirectional overrides,
 * and no character carries more than a few marks (see soften-text.c). */
static void
check_safe_text (const char *text)
{
  guint marks = 0;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    abort ();

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (soften_text_is_bidi_control (c))
        abort ();
      marks
          = g_unichar_ismark (c) && !(c >= 0xFE00 && c <= 0xFE0F) && !(c >= 0xE0100 && c <= 0xE01EF)
                ? marks + 1
                : 0;
      if (marks > SOFTEN_TEXT_MAX_MARKS)
        abort ();
    }
}

static void
check_step (SoftenStep *step)
{
  gint64           duration = soften_step_get_duration_usec (step);
  g_autofree char *response_key = NULL;

  if (duration < 0)
    abort ();
  check_safe_text (soften_step_get_text (step));

  switch (soften_step_get_kind (step))
    {
    case SOFTEN_STEP_BREATHING:
      {
        gint64       cycle = soften_step_get_cycle_usec (step);
        SoftenBreath breath;

        if (cycle <= 0 || duration != cycle * soften_step_get_cycles (step))
          abort ();
        for (guint p = 0; p < SOFTEN_BREATH_N_PHASES; p++)
          if (soften_step_get_phase_usec (step, p) < 0)
            abort ();

        /* Before, at, inside and past the step, and at its very end. */
        for (gint64 at = -1; at <= duration + 1; at += MAX (duration / 7, 1))
          {
            gint64 next;

            if (!soften_step_get_breath_at (step, at, &breath)
                || breath.phase >= SOFTEN_BREATH_N_PHASES || breath.phase_elapsed < 0
                || breath.phase_elapsed > breath.phase_duration || breath.cycle >= breath.n_cycles)
              abort ();
            next = soften_step_get_next_phase_change (step, at);
            if (next < MAX (at, 0) && at < duration)
              abort ();
          }
        soften_step_get_breath_at (step, G_MAXINT64, &breath);
        soften_step_get_breath_at (step, G_MININT64, &breath);
      }
      break;

    case SOFTEN_STEP_BODY_REGION:
      if (soften_step_get_region (step) >= SOFTEN_N_REGIONS)
        abort ();
      break;

    case SOFTEN_STEP_CHECK_IN:
      if (soften_step_get_measure (step) >= SOFTEN_N_MEASURES
          || soften_step_get_moment (step) >= SOFTEN_N_MOMENTS)
        abort ();
      for (guint z = 0; z < SOFTEN_N_ZONES; z++)
        {
          const char *const *ids = soften_step_get_suggestions (step, z);

          for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
            if (ids[i][0] == '\0')
              abort ();
        }
      break;

    case SOFTEN_STEP_CHOICE:
      {
        guint n = soften_step_get_n_choices (step);

        if (n < 2)
          abort ();
        for (guint i = 0; i < n; i++)
          {
            const char *id = soften_step_get_choice_id (step, i);

            if (id == NULL || soften_step_get_choice_label (step, i) == NULL
                || soften_step_get_choice_label_for (step, id) == NULL)
              abort ();
            check_safe_text (soften_step_get_choice_label (step, i));
          }
        soften_step_get_choice_label_for (step, "no-such-choice");
      }
      break;

    case SOFTEN_STEP_SCRIPT:
      for (guint f = 0; f < 5; f++)
        soften_step_get_example (step, f);
      if (soften_step_get_script_part (step) == SOFTEN_SCRIPT_PART_REHEARSE)
        {
          if (soften_step_get_repeat (step) == 0 || soften_step_get_rehearsal_usec (step) <= 0)
            abort ();
        }
      break;

    case SOFTEN_STEP_WRITING:
      soften_step_get_placeholder (step);
      break;

    case SOFTEN_STEP_INSTRUCTION:
    case SOFTEN_STEP_RELEASE:
      break;

    case SOFTEN_N_STEP_KINDS:
    default:
      abort ();
    }

  response_key = soften_step_dup_response_key (step);
}

/* Start, then move through every step with a little time in each, pausing
 * and changing the pace on the way, then back once and stop. */
static void
walk_session (SoftenExercise *exercise)
{
  g_autoptr (SoftenClock)   clock = soften_fake_clock_new ();
  g_autoptr (SoftenSession) session = soften_session_new (exercise, clock);
  guint                     n_steps = soften_exercise_get_n_steps (exercise);
  SoftenBreath              breath;

  soften_session_start (session);
  for (guint i = 0; i < n_steps && soften_session_is_active (session); i++)
    {
      double fraction;

      soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (clock), G_USEC_PER_SEC + 1);
      if (soften_session_get_step_elapsed (session) < 0
          || soften_session_get_step_remaining (session) < 0)
        abort ();
      fraction = soften_session_get_fraction (session);
      if (!(fraction >= 0.0 && fraction <= 1.0))
        abort ();
      soften_session_get_breath (session, &breath);
      if (i == 1)
        {
          soften_session_toggle_pause (session);
          soften_session_set_pace (session, SOFTEN_SESSION_MAX_PACE);
          soften_session_toggle_pause (session);
        }
      soften_session_next (session);
    }
  soften_session_previous (session);
  soften_session_stop (session);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GBytes)         bytes = g_bytes_new (data, size);
  g_autoptr (GPtrArray)      warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;

  exercise = soften_exercise_file_load_bytes (bytes, NAME, warnings, &error);

  for (guint i = 0; i < warnings->len; i++)
    fuzz_check_message (g_ptr_array_index (warnings, i), NAME ": ");

  if (exercise == NULL)
    {
      if (error == NULL || error->domain != SOFTEN_EXERCISE_FILE_ERROR)
        abort ();
      fuzz_check_message (error->message, NAME ": ");
      return 0;
    }

  if (error != NULL || soften_exercise_get_n_steps (exercise) == 0
      || soften_exercise_get_n_steps (exercise) > SOFTEN_EXERCISE_FILE_MAX_STEPS
      || soften_exercise_get_category (exercise) >= SOFTEN_N_CATEGORIES
      || soften_exercise_get_timed_usec (exercise) < 0)
    abort ();

  fuzz_check_message (soften_exercise_get_id (exercise), NULL);
  check_safe_text (soften_exercise_get_title (exercise));
  check_safe_text (soften_exercise_get_summary (exercise));

  for (guint i = 0; i < soften_exercise_get_n_notes (exercise); i++)
    if (soften_exercise_get_note_title (exercise, i) == NULL
        || soften_exercise_get_note_text (exercise, i) == NULL)
      abort ();

  for (guint i = 0; i < soften_exercise_get_n_steps (exercise); i++)
    check_step (soften_exercise_get_step (exercise, i));
  soften_exercise_get_untimed_steps (exercise);

  walk_session (exercise);

  return 0;
}
