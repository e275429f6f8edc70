/* soften-exercise.c — an exercise: what it is for and its steps
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An exercise is built once by its reader and does not change afterwards,
 * but for a partial exercise being filled in (see soften-exercise-partial.c).
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-exercise-private.h"

G_DEFINE_FINAL_TYPE (SoftenExercise, soften_exercise, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Sets the title, notifying it if it changed. */
void
_soften_exercise_set_title (SoftenExercise *self, const char *title)
{
  if (_soften_exercise_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* g_set_str() arrived in GLib 2.76; our floor is 2.74. */
gboolean
_soften_exercise_set_str (char **str_pointer, const char *new_str)
{
  if (g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  g_free (*str_pointer);
  *str_pointer = g_strdup (new_str);
  return TRUE;
}

static void
content_free (SoftenExerciseContent *content)
{
  g_free (content->caution);
  g_free (content->credit);
  g_free (content->language);
  g_ptr_array_unref (content->steps);
  g_free (content->notes_title);
  g_free (content->learn);
  g_clear_pointer (&content->note_titles, g_ptr_array_unref);
  g_clear_pointer (&content->note_texts, g_ptr_array_unref);
  g_free (content);
}

static void
soften_exercise_dispose (GObject *object)
{
  SoftenExercise *self = (SoftenExercise *)object;

  g_clear_object (&self->file);

  G_OBJECT_CLASS (soften_exercise_parent_class)->dispose (object);
}

static void
soften_exercise_finalize (GObject *object)
{
  SoftenExercise *self = (SoftenExercise *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->content, content_free);
  g_clear_pointer (&self->source, g_bytes_unref);

  G_OBJECT_CLASS (soften_exercise_parent_class)->finalize (object);
}

static void
soften_exercise_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenExercise *self = SOFTEN_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_exercise_class_init (SoftenExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = soften_exercise_dispose;
  object_class->finalize = soften_exercise_finalize;
  object_class->get_property = soften_exercise_get_property;

  /* Read-only views for list rows and expressions. Title and summary are
   * notified when a partial exercise is filled in from a file that was
   * changed since it was listed. */
  properties[PROP_ID]
      = g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE]
      = g_param_spec_string ("title", NULL, NULL, NULL,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY]
      = g_param_spec_string ("summary", NULL, NULL, NULL,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
soften_exercise_init (SoftenExercise *self)
{
}

/* An exercise, partial until it is given some content. */
SoftenExercise *
_soften_exercise_new (const char *id, const char *title, SoftenCategory category)
{
  SoftenExercise *self = g_object_new (SOFTEN_TYPE_EXERCISE, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->category = category;

  return self;
}

/* Returns: (transfer full): a complete exercise without steps yet */
SoftenExercise *
soften_exercise_new (const char *id, const char *title, SoftenCategory category)
{
  SoftenExercise *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (category < SOFTEN_N_CATEGORIES, NULL);

  self = _soften_exercise_new (id, title, category);
  self->content = g_new0 (SoftenExerciseContent, 1);
  self->content->steps = g_ptr_array_new_with_free_func (g_object_unref);

  return self;
}

const char *
soften_exercise_get_id (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);

  return self->id;
}

const char *
soften_exercise_get_title (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);

  return self->title;
}

SoftenCategory
soften_exercise_get_category (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), 0);

  return self->category;
}

const char *
soften_exercise_get_summary (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);

  return self->summary;
}

void
soften_exercise_set_summary (SoftenExercise *self, const char *summary)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));

  if (_soften_exercise_set_str (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

/* Returns: (nullable): what to be careful of; %NULL while partial */
const char *
soften_exercise_get_caution (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);

  return self->content != NULL ? self->content->caution : NULL;
}

void
soften_exercise_set_caution (SoftenExercise *self, const char *caution)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));
  g_return_if_fail (self->content != NULL);

  _soften_exercise_set_str (&self->content->caution, caution);
}

/* Returns: (nullable): where the exercise comes from; %NULL while partial */
/* Returns: whether the exercise points, beside its caution, to what to do
 * when the alarm is about now: a partner who hurts, threatens or frightens */
gboolean
soften_exercise_get_safety_note (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), FALSE);

  return self->content != NULL && self->content->safety_note;
}

void
soften_exercise_set_safety_note (SoftenExercise *self, gboolean safety_note)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));
  g_return_if_fail (self->content != NULL);

  self->content->safety_note = !!safety_note;
}

/**
 * soften_exercise_get_language:
 *
 * Returns: (nullable): the language the exercise's words are in, as a
 *   locale name ("de", "pt_BR"); %NULL when not known
 */
const char *
soften_exercise_get_language (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);

  return self->content != NULL ? self->content->language : NULL;
}

void
soften_exercise_set_language (SoftenExercise *self, const char *language)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));
  g_return_if_fail (self->content != NULL);

  _soften_exercise_set_str (&self->content->language, language);
}

const char *
soften_exercise_get_credit (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);

  return self->content != NULL ? self->content->credit : NULL;
}

void
soften_exercise_set_credit (SoftenExercise *self, const char *credit)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));
  g_return_if_fail (self->content != NULL);

  _soften_exercise_set_str (&self->content->credit, credit);
}

/* Returns: (nullable): the id of the learn card the exercise's page
 * offers (a built-in one: the reader leaves out any other) */
const char *
soften_exercise_get_learn (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);

  return self->content != NULL ? self->content->learn : NULL;
}

void
soften_exercise_set_learn (SoftenExercise *self, const char *learn)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));
  g_return_if_fail (self->content != NULL);

  _soften_exercise_set_str (&self->content->learn, learn);
}

gboolean
soften_exercise_get_builtin (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), FALSE);

  return self->builtin;
}

void
soften_exercise_set_builtin (SoftenExercise *self, gboolean builtin)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));

  self->builtin = !!builtin;
}

/* Returns: whether the exercise appears in the list of exercises (some are
 * only started from elsewhere, such as rehearsing a kept script) */
gboolean
soften_exercise_get_listed (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), FALSE);

  return !self->unlisted;
}

void
soften_exercise_set_listed (SoftenExercise *self, gboolean listed)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));

  self->unlisted = !listed;
}

void
soften_exercise_add_step (SoftenExercise *self, SoftenStep *step)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));
  g_return_if_fail (self->content != NULL);
  g_return_if_fail (SOFTEN_IS_STEP (step));

  g_ptr_array_add (self->content->steps, g_object_ref (step));
}

/* Returns: how many steps it has; 0 while partial */
guint
soften_exercise_get_n_steps (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), 0);

  return self->content != NULL ? self->content->steps->len : 0;
}

SoftenStep *
soften_exercise_get_step (SoftenExercise *self, guint position)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (position < soften_exercise_get_n_steps (self), NULL);

  return g_ptr_array_index (self->content->steps, position);
}

/* The time the timed steps take together, in microseconds (known while
 * partial too). */
gint64
soften_exercise_get_timed_usec (SoftenExercise *self)
{
  gint64 total = 0;

  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), 0);

  if (self->content == NULL)
    return self->timed_usec;

  for (guint i = 0; i < self->content->steps->len; i++)
    total += soften_step_get_duration_usec (g_ptr_array_index (self->content->steps, i));

  return total;
}

/* How many steps wait for the person to move on (known while partial
 * too). */
guint
soften_exercise_get_untimed_steps (SoftenExercise *self)
{
  guint n = 0;

  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), 0);

  if (self->content == NULL)
    return self->untimed_steps;

  for (guint i = 0; i < self->content->steps->len; i++)
    n += !soften_step_is_timed (g_ptr_array_index (self->content->steps, i));

  return n;
}

/* Returns: (nullable): the heading of the exercise's notes, if it has any */
const char *
soften_exercise_get_notes_title (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);

  return self->content != NULL ? self->content->notes_title : NULL;
}

void
soften_exercise_set_notes_title (SoftenExercise *self, const char *notes_title)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));
  g_return_if_fail (self->content != NULL);

  _soften_exercise_set_str (&self->content->notes_title, notes_title);
}

void
soften_exercise_add_note (SoftenExercise *self, const char *title, const char *text)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE (self));
  g_return_if_fail (self->content != NULL);
  g_return_if_fail (title != NULL && text != NULL);

  if (self->content->note_titles == NULL)
    {
      self->content->note_titles = g_ptr_array_new_with_free_func (g_free);
      self->content->note_texts = g_ptr_array_new_with_free_func (g_free);
    }
  g_ptr_array_add (self->content->note_titles, g_strdup (title));
  g_ptr_array_add (self->content->note_texts, g_strdup (text));
}

guint
soften_exercise_get_n_notes (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), 0);

  if (self->content == NULL || self->content->note_titles == NULL)
    return 0;

  return self->content->note_titles->len;
}

const char *
soften_exercise_get_note_title (SoftenExercise *self, guint position)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (position < soften_exercise_get_n_notes (self), NULL);

  return g_ptr_array_index (self->content->note_titles, position);
}

const char *
soften_exercise_get_note_text (SoftenExercise *self, guint position)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (position < soften_exercise_get_n_notes (self), NULL);

  return g_ptr_array_index (self->content->note_texts, position);
}

/* A copy of @self whose steps are @map's (a new step, or a new reference
 * to the same one: the steps @map leaves alone are shared). */
SoftenExercise *
_soften_exercise_copy_mapping_breathing (SoftenExercise    *self,
                                         SoftenBreathingMap map,
                                         gconstpointer      data)
{
  SoftenExercise *copy;

  copy = soften_exercise_new (self->id, self->title, self->category);
  soften_exercise_set_summary (copy, self->summary);
  soften_exercise_set_caution (copy, self->content->caution);
  soften_exercise_set_safety_note (copy, self->content->safety_note);
  soften_exercise_set_credit (copy, self->content->credit);
  soften_exercise_set_language (copy, self->content->language);
  soften_exercise_set_lengths (copy, self->content->lengths, self->content->n_lengths);
  soften_exercise_set_builtin (copy, self->builtin);
  soften_exercise_set_listed (copy, !self->unlisted);
  soften_exercise_set_file (copy, self->file);
  soften_exercise_set_source (copy, self->source);
  soften_exercise_set_notes_title (copy, self->content->notes_title);
  soften_exercise_set_learn (copy, self->content->learn);
  for (guint i = 0; i < soften_exercise_get_n_notes (self); i++)
    soften_exercise_add_note (copy, soften_exercise_get_note_title (self, i),
                              soften_exercise_get_note_text (self, i));

  for (guint i = 0; i < self->content->steps->len; i++)
    {
      SoftenStep *step = g_ptr_array_index (self->content->steps, i);

      step = map (step, data);
      g_ptr_array_add (copy->content->steps, step);
    }

  return copy;
}

typedef struct
{
  const gint64 *pattern_usec;
  guint         cycles;
} Breathing;

static SoftenStep *
with_breathing (SoftenStep *step, gconstpointer data)
{
  const Breathing *breathing = data;

  if (soften_step_get_kind (step) != SOFTEN_STEP_BREATHING)
    return g_object_ref (step);
  return soften_step_copy_breathing (step, breathing->pattern_usec, breathing->cycles);
}

/**
 * soften_exercise_copy_with_breathing:
 * @pattern_usec: (array fixed-size=4): in, hold, out and hold, in microseconds
 * @cycles: how many breaths
 *
 * Returns: (transfer full): a copy of @self whose breathing steps follow
 *   @pattern_usec for @cycles breaths; other steps are shared
 */
SoftenExercise *
soften_exercise_copy_with_breathing (SoftenExercise *self, const gint64 *pattern_usec, guint cycles)
{
  Breathing breathing = { pattern_usec, cycles };

  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (self->content != NULL, NULL);

  return _soften_exercise_copy_mapping_breathing (self, with_breathing, &breathing);
}

static SoftenStep *
without_holds (SoftenStep *step, gconstpointer data)
{
  if (soften_step_get_kind (step) != SOFTEN_STEP_BREATHING)
    return g_object_ref (step);
  return soften_step_copy_without_holds (step);
}

/**
 * soften_exercise_copy_without_holds:
 *
 * For "Breathe without holding": see soften_step_copy_without_holds().
 *
 * Returns: (transfer full): a copy of @self whose breathing steps have no
 *   holds, and as many more breaths as it takes to last about as long
 */
SoftenExercise *
soften_exercise_copy_without_holds (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (self->content != NULL, NULL);

  return _soften_exercise_copy_mapping_breathing (self, without_holds, NULL);
}
