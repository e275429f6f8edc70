/* soften-exercise-private.h — what the files of SoftenExercise share, and the engine uses
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SoftenExercise is written in three files: soften-exercise.c (the exercise),
 * soften-exercise-partial.c (an exercise as the list needs it, filled
 * in when it is opened, and the file it came from) and
 * soften-exercise-order.c (its place in the list, and its length there). The library and the
 * reader use what is declared here; the UI does not.
 */

#pragma once

#include <gio/gio.h>

#include "soften-exercise.h"

G_BEGIN_DECLS

/* What only a complete exercise has: what the list does not show. */
typedef struct
{
  char *caution;
  char *credit;
  /* The language its words are in ("de"), for a voice to speak them. */
  char *language;
  /* The lengths, in minutes, it may be practised for (Lengths=): 0 to
   * SOFTEN_EXERCISE_MAX_LENGTHS of them, ascending. */
  guint8 lengths[SOFTEN_EXERCISE_MAX_LENGTHS];
  guint  n_lengths;
  /* Whether to point, beside the caution, to what to do when a partner
   * really is dangerous ("When the alarm is about now"). */
  gboolean   safety_note;
  GPtrArray *steps; /* of SoftenStep */
  /* Short cards the person may read before starting, not steps. */
  char *notes_title;
  /* The id of a built-in learn card its page offers (Learn=), or NULL. */
  char      *learn;
  GPtrArray *note_titles; /* of char *, or NULL with no notes */
  GPtrArray *note_texts;
} SoftenExerciseContent;

struct _SoftenExercise
{
  GObject parent_instance;

  char          *id;
  char          *title;
  char          *summary;
  SoftenCategory category;
  guint          builtin : 1;
  guint          unlisted : 1;
  /* A partial exercise's SoftenBreathRisks, for the list. */
  guint breath_risks : 3;
  /* A partial exercise's length, for the list: its timed steps' time and
   * how many steps wait for the person. */
  guint  untimed_steps;
  gint64 timed_usec;
  /* And how long it takes, as its row says it (soften-exercise-order.c). */
  gboolean own_pace;
  gint64   estimate_usec;
  /* NULL while partial. */
  SoftenExerciseContent *content;
  /* Where it was read from, to read it again (NULL for a built-in one);
   * and the bytes it was read from, translations and all, for exporting,
   * kept only when there is no file to read them from again. */
  GFile  *file;
  GBytes *source;
};

/* soften-exercise.c */
typedef SoftenStep *(*SoftenBreathingMap) (SoftenStep *step, gconstpointer data);
SoftenExercise *_soften_exercise_copy_mapping_breathing (SoftenExercise    *self,
                                                         SoftenBreathingMap map,
                                                         gconstpointer      data);
SoftenExercise *_soften_exercise_new (const char *id, const char *title, SoftenCategory category);
gboolean        _soften_exercise_set_str (char **str_pointer, const char *new_str);
void            _soften_exercise_set_title (SoftenExercise *self, const char *title);

/* soften-exercise-lengths.c */
gboolean soften_step_stretches (SoftenStep *step);

/* soften-exercise-partial.c */
SoftenExercise *soften_exercise_new_partial (SoftenExercise *complete);
gboolean        soften_exercise_is_partial (SoftenExercise *self);
gboolean        soften_exercise_fill (SoftenExercise *self, SoftenExercise *complete);

GFile  *soften_exercise_get_file (SoftenExercise *self);
void    soften_exercise_set_file (SoftenExercise *self, GFile *file);
GBytes *soften_exercise_get_source (SoftenExercise *self);
void    soften_exercise_set_source (SoftenExercise *self, GBytes *source);

G_END_DECLS
