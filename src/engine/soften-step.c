/* soften-step.c — one step of an exercise
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A step is immutable once built. Its kind decides which fields mean
 * something: a duration (instruction, body-region), a breath pattern and a
 * number of breaths (breathing), a region (body-region), or what a check-in
 * asks and what it suggests (check-in).
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <string.h>

#include "soften-nicks.h"
#include "soften-reading.h"
#include "soften-step-private.h"

G_DEFINE_FINAL_TYPE (SoftenStep, soften_step, G_TYPE_OBJECT)

static void
soften_step_finalize (GObject *object)
{
  SoftenStep *self = (SoftenStep *)object;

  g_clear_pointer (&self->text, g_free);
  for (guint i = 0; i < SOFTEN_N_ZONES; i++)
    g_clear_pointer (&self->suggestions[i], g_strfreev);
  g_clear_pointer (&self->placeholder, g_free);
  g_clear_pointer (&self->record, g_free);
  g_clear_pointer (&self->choice_ids, g_strfreev);
  g_clear_pointer (&self->choice_labels, g_strfreev);
  for (guint i = 0; i < G_N_ELEMENTS (self->examples); i++)
    g_clear_pointer (&self->examples[i], g_free);

  G_OBJECT_CLASS (soften_step_parent_class)->finalize (object);
}

static void
soften_step_class_init (SoftenStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = soften_step_finalize;
}

static void
soften_step_init (SoftenStep *self)
{
}

static SoftenStep *
step_new (SoftenStepKind kind, const char *text)
{
  SoftenStep *self = g_object_new (SOFTEN_TYPE_STEP, NULL);

  self->kind = kind;
  self->text = g_strdup (text != NULL ? text : "");
  self->reading_words = soften_reading_count_words (self->text);

  return self;
}

SoftenStep *
soften_step_new_instruction (const char *text, guint duration_seconds)
{
  SoftenStep *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = step_new (SOFTEN_STEP_INSTRUCTION, text);
  self->duration = duration_seconds;

  return self;
}

/**
 * soften_step_new_breathing:
 * @text: (nullable): a line shown above the pacer
 * @pattern_usec: in, hold, out and hold, in microseconds; a positive sum
 * @cycles: how many breaths, at least one
 */
SoftenStep *
soften_step_new_breathing (const char  *text,
                           const gint64 pattern_usec[SOFTEN_BREATH_N_PHASES],
                           guint        cycles)
{
  SoftenStep *self;
  gint64      sum = 0;

  g_return_val_if_fail (pattern_usec != NULL, NULL);
  g_return_val_if_fail (cycles > 0, NULL);

  for (guint i = 0; i < SOFTEN_BREATH_N_PHASES; i++)
    {
      g_return_val_if_fail (pattern_usec[i] >= 0, NULL);
      sum += pattern_usec[i];
    }
  g_return_val_if_fail (sum > 0, NULL);

  self = step_new (SOFTEN_STEP_BREATHING, text);
  memcpy (self->pattern, pattern_usec, sizeof self->pattern);
  self->cycles = cycles;

  return self;
}

SoftenStep *
soften_step_new_body_region (const char *text, SoftenRegion region, guint duration_seconds)
{
  SoftenStep *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (region < SOFTEN_N_REGIONS, NULL);

  self = step_new (SOFTEN_STEP_BODY_REGION, text);
  self->region = region;
  self->duration = duration_seconds;

  return self;
}

SoftenStep *
soften_step_new_check_in (const char *text, SoftenMeasure measure, SoftenMoment moment)
{
  SoftenStep *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (measure < SOFTEN_N_MEASURES, NULL);
  g_return_val_if_fail (moment < SOFTEN_N_MOMENTS, NULL);

  self = step_new (SOFTEN_STEP_CHECK_IN, text);
  self->measure = measure;
  self->moment = moment;

  return self;
}

/**
 * soften_step_new_writing:
 * @text: the prompt
 * @placeholder: (nullable): a hint shown in the empty writing area
 *
 * A step where the person writes. What they write is never part of the
 * step, the session or anything recorded: it lives in the view only.
 */
SoftenStep *
soften_step_new_writing (const char *text, const char *placeholder)
{
  SoftenStep *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = step_new (SOFTEN_STEP_WRITING, text);
  self->placeholder = g_strdup (placeholder != NULL ? placeholder : "");

  return self;
}

/**
 * soften_step_new_release:
 * @text: what to do
 *
 * A step where what was written in the writing step before it is let go of,
 * for good.
 */
SoftenStep *
soften_step_new_release (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return step_new (SOFTEN_STEP_RELEASE, text);
}

/**
 * soften_step_new_choice:
 * @text: the question
 * @record: the key the chosen id is kept under, e.g. "defense"
 * @choice_ids: the choices' ids
 * @choice_labels: what the person reads for each, as many as @choice_ids
 */
SoftenStep *
soften_step_new_choice (const char        *text,
                        const char        *record,
                        const char *const *choice_ids,
                        const char *const *choice_labels)
{
  SoftenStep *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (record != NULL, NULL);
  g_return_val_if_fail (choice_ids != NULL && choice_labels != NULL, NULL);
  g_return_val_if_fail (
      g_strv_length ((char **)choice_ids) == g_strv_length ((char **)choice_labels), NULL);

  self = step_new (SOFTEN_STEP_CHOICE, text);
  self->record = g_strdup (record);
  self->choice_ids = g_strdupv ((char **)choice_ids);
  self->choice_labels = g_strdupv ((char **)choice_labels);

  return self;
}

/**
 * soften_step_new_script:
 * @text: the prompt
 * @part: which part of a boundary script the step works on
 *
 * A step of boundary scripting. The script itself is the person's and lives
 * in the player, not in the step.
 */
SoftenStep *
soften_step_new_script (const char *text, SoftenScriptPart part)
{
  SoftenStep *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (part < SOFTEN_N_SCRIPT_PARTS, NULL);

  self = step_new (SOFTEN_STEP_SCRIPT, text);
  self->part = part;

  return self;
}

/* For a rehearsing step: say it @repeat times, @seconds each. */
void
soften_step_set_rehearsals (SoftenStep *self, guint repeat, guint seconds)
{
  g_return_if_fail (SOFTEN_IS_STEP (self));
  g_return_if_fail (self->kind == SOFTEN_STEP_SCRIPT);

  self->repeat = repeat;
  self->rehearsal_seconds = seconds;
}

/* An example answer for a SoftenScriptField, shown in its empty field. */
void
soften_step_set_example (SoftenStep *self, guint field, const char *example)
{
  g_return_if_fail (SOFTEN_IS_STEP (self));
  g_return_if_fail (field < G_N_ELEMENTS (self->examples));

  g_free (self->examples[field]);
  self->examples[field] = g_strdup (example);
}

SoftenScriptPart
soften_step_get_script_part (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  return self->part;
}

/* Returns: the example for a SoftenScriptField, "" when there is none */
const char *
soften_step_get_example (SoftenStep *self, guint field)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), "");
  g_return_val_if_fail (field < G_N_ELEMENTS (self->examples), "");

  return self->examples[field] != NULL ? self->examples[field] : "";
}

SoftenStepKind
soften_step_get_kind (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), SOFTEN_STEP_INSTRUCTION);

  return self->kind;
}

const char *
soften_step_get_text (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), NULL);

  return self->text;
}

SoftenRegion
soften_step_get_region (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  return self->region;
}

SoftenMeasure
soften_step_get_measure (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  return self->measure;
}

SoftenMoment
soften_step_get_moment (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  return self->moment;
}

/**
 * soften_step_dup_response_key:
 *
 * Returns: (transfer full) (nullable): for a check-in or a choice, the key
 *   its answer is recorded under, e.g. "tension-before" or "defense"; %NULL
 *   for other steps
 */
char *
soften_step_dup_response_key (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), NULL);

  if (self->kind == SOFTEN_STEP_CHOICE)
    return g_strdup (self->record);

  if (self->kind != SOFTEN_STEP_CHECK_IN)
    return NULL;

  return g_strconcat (soften_nick_from_value (SOFTEN_TYPE_MEASURE, self->measure), "-",
                      soften_nick_from_value (SOFTEN_TYPE_MOMENT, self->moment), NULL);
}

/**
 * soften_step_get_suggestions:
 * @zone: the answer to a zone check-in
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): the ids of
 *   the exercises this check-in suggests for @zone
 */
const char *const *
soften_step_get_suggestions (SoftenStep *self, SoftenZone zone)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), NULL);
  g_return_val_if_fail (zone < SOFTEN_N_ZONES, NULL);

  return (const char *const *)self->suggestions[zone];
}

void
soften_step_set_suggestions (SoftenStep *self, SoftenZone zone, const char *const *exercise_ids)
{
  g_return_if_fail (SOFTEN_IS_STEP (self));
  g_return_if_fail (zone < SOFTEN_N_ZONES);

  g_strfreev (self->suggestions[zone]);
  self->suggestions[zone] = g_strdupv ((char **)exercise_ids);
}

const char *
soften_step_get_placeholder (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), NULL);

  return self->placeholder != NULL ? self->placeholder : "";
}

guint
soften_step_get_n_choices (SoftenStep *self)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), 0);

  return self->choice_ids != NULL ? g_strv_length (self->choice_ids) : 0;
}

const char *
soften_step_get_choice_id (SoftenStep *self, guint position)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), NULL);
  g_return_val_if_fail (position < soften_step_get_n_choices (self), NULL);

  return self->choice_ids[position];
}

const char *
soften_step_get_choice_label (SoftenStep *self, guint position)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), NULL);
  g_return_val_if_fail (position < soften_step_get_n_choices (self), NULL);

  return self->choice_labels[position];
}

/* Returns: (nullable): the label of the choice with @choice_id */
const char *
soften_step_get_choice_label_for (SoftenStep *self, const char *choice_id)
{
  g_return_val_if_fail (SOFTEN_IS_STEP (self), NULL);

  for (guint i = 0; i < soften_step_get_n_choices (self); i++)
    if (g_strcmp0 (self->choice_ids[i], choice_id) == 0)
      return self->choice_labels[i];

  return NULL;
}
