/* soften-step-private.h — what the files of SoftenStep share, and tests ask
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SoftenStep is written in two files: soften-step.c (building a step, and
 * what it shows) and soften-step-timing.c (how long it lasts). The
 * getters below are for tests: the app asks a session where a breath
 * stands (soften_session_get_breath()) and what a check-in is recorded
 * under (soften_step_dup_response_key()), not these.
 */

#pragma once

#include "soften-step.h"

G_BEGIN_DECLS

struct _SoftenStep
{
  GObject parent_instance;

  SoftenStepKind kind;
  char          *text;
  /* Instruction and body-region steps: seconds, 0 when the person moves on
   * when ready. */
  guint duration;
  /* Instruction steps of an exercise for two: whose turn it is. */
  SoftenSpeaker speaker;
  /* Breathing steps. */
  gint64   pattern[SOFTEN_BREATH_N_PHASES];
  guint    cycles;
  gboolean holds_left_out;
  /* Every kind: how many words are shown with the step (its text, and
   * what else is set to be shown with it), to be read in its time. */
  guint reading_words;
  /* Body-region steps. */
  SoftenRegion region;
  /* Check-in steps. */
  SoftenMeasure measure;
  SoftenMoment  moment;
  GStrv         suggestions[SOFTEN_N_ZONES];
  /* Writing steps: a hint shown in the empty writing area. */
  char *placeholder;
  /* Choice steps: the answer's key, and the choices' ids and labels. */
  char *record;
  GStrv choice_ids;
  GStrv choice_labels;
  /* Script steps: which part, example answers by SoftenScriptField, and
   * for rehearsing, how many times and how long each. */
  SoftenScriptPart part;
  char            *examples[8];
  guint            repeat;
  guint            rehearsal_seconds;
};

gint64       soften_step_get_phase_usec (SoftenStep *self, SoftenBreathPhase phase);
gint64       soften_step_get_cycle_usec (SoftenStep *self);
guint        soften_step_get_cycles (SoftenStep *self);
SoftenMoment soften_step_get_moment (SoftenStep *self);
gboolean     soften_step_is_lengthened_for_reading (SoftenStep *self);

G_END_DECLS
