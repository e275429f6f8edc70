/* soften-exercise.h — an exercise: what it is for and its steps
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "soften-enums.h"
#include "soften-step.h"

G_BEGIN_DECLS

typedef enum
{
  SOFTEN_CATEGORY_BODY,
  SOFTEN_CATEGORY_BREATHING,
  SOFTEN_CATEGORY_FORGIVENESS,
  SOFTEN_CATEGORY_BOUNDARIES,
  SOFTEN_CATEGORY_DEFENSES,
  SOFTEN_CATEGORY_TOGETHER,
  SOFTEN_N_CATEGORIES, /*< skip >*/
} SoftenCategory;

/* The most lengths (Lengths=) an exercise may be offered at. */
#define SOFTEN_EXERCISE_MAX_LENGTHS 6

#define SOFTEN_TYPE_EXERCISE (soften_exercise_get_type ())

G_DECLARE_FINAL_TYPE (SoftenExercise, soften_exercise, SOFTEN, EXERCISE, GObject)

SoftenExercise *soften_exercise_new (const char *id, const char *title, SoftenCategory category);
const char     *soften_exercise_get_id (SoftenExercise *self);
const char     *soften_exercise_get_title (SoftenExercise *self);
SoftenCategory  soften_exercise_get_category (SoftenExercise *self);
const char     *soften_exercise_get_summary (SoftenExercise *self);
void            soften_exercise_set_summary (SoftenExercise *self, const char *summary);
const char     *soften_exercise_get_caution (SoftenExercise *self);
void            soften_exercise_set_caution (SoftenExercise *self, const char *caution);
const char     *soften_exercise_get_credit (SoftenExercise *self);
void            soften_exercise_set_credit (SoftenExercise *self, const char *credit);
const char     *soften_exercise_get_learn (SoftenExercise *self);
void            soften_exercise_set_learn (SoftenExercise *self, const char *learn);
const char     *soften_exercise_get_language (SoftenExercise *self);
void            soften_exercise_set_language (SoftenExercise *self, const char *language);
gboolean        soften_exercise_get_builtin (SoftenExercise *self);
void            soften_exercise_set_builtin (SoftenExercise *self, gboolean builtin);
gboolean        soften_exercise_get_listed (SoftenExercise *self);
gboolean        soften_exercise_get_safety_note (SoftenExercise *self);
void            soften_exercise_set_safety_note (SoftenExercise *self, gboolean safety_note);
void            soften_exercise_set_listed (SoftenExercise *self, gboolean listed);
void            soften_exercise_add_step (SoftenExercise *self, SoftenStep *step);
guint           soften_exercise_get_n_steps (SoftenExercise *self);
SoftenStep     *soften_exercise_get_step (SoftenExercise *self, guint position);
gint64          soften_exercise_get_timed_usec (SoftenExercise *self);
guint           soften_exercise_get_untimed_steps (SoftenExercise *self);

/* soften-exercise-order.c */
SoftenCategory soften_category_get_nth (guint position);
guint          soften_category_get_rank (SoftenCategory category);
guint          soften_exercise_get_rank (SoftenExercise *self);
gboolean       soften_exercise_get_own_pace (SoftenExercise *self);
gint64         soften_exercise_get_estimate_usec (SoftenExercise *self);

const char *soften_exercise_get_notes_title (SoftenExercise *self);
void        soften_exercise_set_notes_title (SoftenExercise *self, const char *notes_title);
void        soften_exercise_add_note (SoftenExercise *self, const char *title, const char *text);
guint       soften_exercise_get_n_notes (SoftenExercise *self);
const char *soften_exercise_get_note_title (SoftenExercise *self, guint position);
const char *soften_exercise_get_note_text (SoftenExercise *self, guint position);

SoftenExercise *soften_exercise_copy_with_breathing (SoftenExercise *self,
                                                     const gint64   *pattern_usec,
                                                     guint           cycles);
SoftenExercise *soften_exercise_copy_without_holds (SoftenExercise *self);

const guint8   *soften_exercise_get_lengths (SoftenExercise *self, guint *n_lengths);
void            soften_exercise_set_lengths (SoftenExercise *self, const guint8 *minutes, guint n);
guint           soften_exercise_get_minutes (SoftenExercise *self);
SoftenExercise *soften_exercise_copy_for_minutes (SoftenExercise *self, guint minutes);

G_END_DECLS
