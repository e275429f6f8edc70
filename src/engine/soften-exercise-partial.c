/* soften-exercise-partial.c — an exercise as the list needs it, and its file
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The library lists a person's own exercises as partial ones: what a row of
 * the list shows (id, title, summary, category, whether it is listed, how
 * long it takes, whether its breathing asks a lot) and the file it came from, but not its steps, notes,
 * caution or credit, so that twenty thousand files do not cost twenty
 * thousand exercises' memory. When one is opened, the library reads its
 * file again and fills in the same object (soften_exercise_fill()), so
 * that whoever holds it, a row of the list say, sees it complete.
 *
 * The bytes an exercise was read from are kept only when there is no file
 * to read them from again (a built-in one's): exporting reads the file.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-breath-risks.h"
#include "soften-exercise-private.h"

/* Whatever the list shows of an exercise. */
static gboolean
same_entry (SoftenExercise *a, SoftenExercise *b)
{
  return g_strcmp0 (a->title, b->title) == 0 && g_strcmp0 (a->summary, b->summary) == 0
         && a->category == b->category && a->unlisted == b->unlisted
         && soften_exercise_get_timed_usec (a) == soften_exercise_get_timed_usec (b)
         && soften_exercise_get_untimed_steps (a) == soften_exercise_get_untimed_steps (b)
         && soften_exercise_get_own_pace (a) == soften_exercise_get_own_pace (b)
         && soften_exercise_get_estimate_usec (a) == soften_exercise_get_estimate_usec (b)
         && soften_exercise_find_breath_risks (a) == soften_exercise_find_breath_risks (b);
}

/**
 * soften_exercise_new_partial:
 * @complete: an exercise read from a file
 *
 * Returns: (transfer full): a partial exercise with what a list shows of
 *   @complete, and its file, to be filled in from it when it is opened
 */
SoftenExercise *
soften_exercise_new_partial (SoftenExercise *complete)
{
  SoftenExercise *self;

  g_return_val_if_fail (SOFTEN_IS_EXERCISE (complete), NULL);
  g_return_val_if_fail (complete->content != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (complete->file), NULL);

  self = _soften_exercise_new (complete->id, complete->title, complete->category);
  self->summary = g_strdup (complete->summary);
  self->builtin = complete->builtin;
  self->unlisted = complete->unlisted;
  self->timed_usec = soften_exercise_get_timed_usec (complete);
  self->untimed_steps = soften_exercise_get_untimed_steps (complete);
  self->own_pace = soften_exercise_get_own_pace (complete);
  self->estimate_usec = soften_exercise_get_estimate_usec (complete);
  self->breath_risks = soften_exercise_find_breath_risks (complete);
  self->file = g_object_ref (complete->file);

  return self;
}

/* Returns: whether @self has only what a list shows (see
 * soften_exercise_new_partial()) */
gboolean
soften_exercise_is_partial (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), FALSE);

  return self->content == NULL;
}

/**
 * soften_exercise_fill:
 * @self: a partial exercise
 * @complete: the same exercise (the same id), read again; it is left
 *   without its content, and is to be dropped
 *
 * Makes @self complete, in place, with what @complete holds: whoever holds
 * @self sees it complete. What the list shows is taken from @complete too,
 * in case the file changed since it was listed ("title" and "summary" are
 * notified then).
 *
 * Returns: whether what the list shows of @self changed
 */
gboolean
soften_exercise_fill (SoftenExercise *self, SoftenExercise *complete)
{
  gboolean changed;

  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (self->content == NULL, FALSE);
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (complete), FALSE);
  g_return_val_if_fail (complete->content != NULL, FALSE);
  g_return_val_if_fail (g_str_equal (self->id, complete->id), FALSE);

  changed = !same_entry (self, complete);
  self->content = g_steal_pointer (&complete->content);
  self->category = complete->category;
  self->unlisted = complete->unlisted;

  g_object_freeze_notify (G_OBJECT (self));
  _soften_exercise_set_title (self, complete->title);
  soften_exercise_set_summary (self, complete->summary);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}

/* Returns: (transfer none) (nullable): the file the exercise was read from */
GFile *
soften_exercise_get_file (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);

  return self->file;
}

void
soften_exercise_set_file (SoftenExercise *self, GFile *file)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_set_object (&self->file, file);
}

/* Returns: (transfer none) (nullable): the bytes the exercise was read
 * from, when they are kept (see soften_exercise_file_dup_source()) */
GBytes *
soften_exercise_get_source (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);

  return self->source;
}

void
soften_exercise_set_source (SoftenExercise *self, GBytes *source)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));

  g_clear_pointer (&self->source, g_bytes_unref);
  if (source != NULL)
    self->source = g_bytes_ref (source);
}
