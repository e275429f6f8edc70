/* soften-step.h — one step of an exercise
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "soften-breath.h"
#include "soften-enums.h"

G_BEGIN_DECLS

typedef enum
{
  SOFTEN_STEP_INSTRUCTION,
  SOFTEN_STEP_BREATHING,
  SOFTEN_STEP_BODY_REGION,
  SOFTEN_STEP_CHECK_IN,
  SOFTEN_STEP_WRITING,
  SOFTEN_STEP_RELEASE,
  SOFTEN_STEP_CHOICE,
  SOFTEN_STEP_SCRIPT,
  SOFTEN_N_STEP_KINDS, /*< skip >*/
} SoftenStepKind;

/* Where in the body a body-region step asks the person to notice. */
typedef enum
{
  SOFTEN_REGION_FEET,
  SOFTEN_REGION_LEGS,
  SOFTEN_REGION_BELLY,
  SOFTEN_REGION_CHEST,
  SOFTEN_REGION_BACK,
  SOFTEN_REGION_SHOULDERS,
  SOFTEN_REGION_ARMS,
  SOFTEN_REGION_HANDS,
  SOFTEN_REGION_NECK,
  SOFTEN_REGION_JAW,
  SOFTEN_REGION_FACE,
  SOFTEN_N_REGIONS, /*< skip >*/
} SoftenRegion;

/* What a check-in step asks. */
typedef enum
{
  /* Where the person is against their window of tolerance. */
  SOFTEN_MEASURE_ZONE,
  /* How much tension they feel, 0 to 10. */
  SOFTEN_MEASURE_TENSION,
  /* How it felt to do something, 0 (very hard) to 10 (at ease). */
  SOFTEN_MEASURE_COMFORT,
  SOFTEN_N_MEASURES, /*< skip >*/
} SoftenMeasure;

typedef enum
{
  SOFTEN_MOMENT_BEFORE,
  SOFTEN_MOMENT_AFTER,
  SOFTEN_N_MOMENTS, /*< skip >*/
} SoftenMoment;

/* A check-in may suggest this instead of an exercise's id: Help Now. */
#define SOFTEN_HELP_NOW_SUGGESTION "help-now"

/* The answers to a zone check-in. */
typedef enum
{
  SOFTEN_ZONE_ABOVE,
  SOFTEN_ZONE_INSIDE,
  SOFTEN_ZONE_BELOW,
  SOFTEN_N_ZONES, /*< skip >*/
} SoftenZone;

/* Which part of a boundary script, or of a repair script (stepped-away,
 * want-you-to-know, next-time), a script step works on. */
typedef enum
{
  SOFTEN_SCRIPT_PART_FEEL,
  SOFTEN_SCRIPT_PART_LINE,
  SOFTEN_SCRIPT_PART_SUPPORT,
  SOFTEN_SCRIPT_PART_REHEARSE,
  SOFTEN_SCRIPT_PART_KEEP,
  SOFTEN_SCRIPT_PART_STEPPED_AWAY,
  SOFTEN_SCRIPT_PART_WANT_YOU_TO_KNOW,
  SOFTEN_SCRIPT_PART_NEXT_TIME,
  SOFTEN_N_SCRIPT_PARTS, /*< skip >*/
} SoftenScriptPart;

/* In an exercise for two, whose turn an instruction step is. */
typedef enum
{
  SOFTEN_SPEAKER_NONE,
  SOFTEN_SPEAKER_FIRST,
  SOFTEN_SPEAKER_SECOND,
} SoftenSpeaker;

#define SOFTEN_TYPE_STEP (soften_step_get_type ())

G_DECLARE_FINAL_TYPE (SoftenStep, soften_step, SOFTEN, STEP, GObject)

SoftenStep *soften_step_new_breathing (const char  *text,
                                       const gint64 pattern_usec[SOFTEN_BREATH_N_PHASES],
                                       guint        cycles);
SoftenStep *soften_step_copy_breathing (SoftenStep  *self,
                                        const gint64 pattern_usec[SOFTEN_BREATH_N_PHASES],
                                        guint        cycles);
SoftenStep *soften_step_copy_without_holds (SoftenStep *self);
gboolean    soften_step_get_holds_left_out (SoftenStep *self);

SoftenStep   *soften_step_new_instruction (const char *text, guint duration_seconds);
SoftenStep   *soften_step_copy_with_duration (SoftenStep *self, guint duration_seconds);
SoftenSpeaker soften_step_get_speaker (SoftenStep *self);
void          soften_step_set_speaker (SoftenStep *self, SoftenSpeaker speaker);
SoftenStep *
soften_step_new_body_region (const char *text, SoftenRegion region, guint duration_seconds);
SoftenStep *soften_step_new_check_in (const char *text, SoftenMeasure measure, SoftenMoment moment);
SoftenStep *soften_step_new_writing (const char *text, const char *placeholder);
SoftenStep *soften_step_new_release (const char *text);
SoftenStep *soften_step_new_choice (const char        *text,
                                    const char        *record,
                                    const char *const *choice_ids,
                                    const char *const *choice_labels);
SoftenStep *soften_step_new_script (const char *text, SoftenScriptPart part);
void        soften_step_set_rehearsals (SoftenStep *self, guint repeat, guint seconds);
void        soften_step_set_example (SoftenStep *self, guint field, const char *example);

SoftenStepKind soften_step_get_kind (SoftenStep *self);
const char    *soften_step_get_text (SoftenStep *self);
gint64         soften_step_get_duration_usec (SoftenStep *self);
gboolean       soften_step_is_timed (SoftenStep *self);
void           soften_step_set_also_shown (SoftenStep *self, const char *text);
gint64         soften_step_get_reading_usec (SoftenStep *self);

gboolean soften_step_get_breath_at (SoftenStep *self, gint64 elapsed, SoftenBreath *breath);
gint64   soften_step_get_next_phase_change (SoftenStep *self, gint64 elapsed);

SoftenRegion soften_step_get_region (SoftenStep *self);

SoftenMeasure      soften_step_get_measure (SoftenStep *self);
char              *soften_step_dup_response_key (SoftenStep *self);
const char *const *soften_step_get_suggestions (SoftenStep *self, SoftenZone zone);
void
soften_step_set_suggestions (SoftenStep *self, SoftenZone zone, const char *const *exercise_ids);

const char *soften_step_get_placeholder (SoftenStep *self);

guint       soften_step_get_n_choices (SoftenStep *self);
const char *soften_step_get_choice_id (SoftenStep *self, guint position);
const char *soften_step_get_choice_label (SoftenStep *self, guint position);
const char *soften_step_get_choice_label_for (SoftenStep *self, const char *choice_id);

SoftenScriptPart soften_step_get_script_part (SoftenStep *self);
const char      *soften_step_get_example (SoftenStep *self, guint field);
guint            soften_step_get_repeat (SoftenStep *self);
gint64           soften_step_get_rehearsal_usec (SoftenStep *self);

const char *soften_step_kind_to_string (SoftenStepKind kind);
const char *soften_zone_to_string (SoftenZone zone);
gboolean    soften_zone_from_string (const char *str, SoftenZone *zone);

G_END_DECLS
