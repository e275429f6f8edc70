/* soften-exercise-order.c — which exercise comes first, and how long one takes
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The library lists exercises by need, not by the alphabet: what helps
 * someone flooded comes first (grounding, the body, then breathing), what
 * asks for a calm hour of reflection last. The order is written here,
 * by id, so that it is the same in every language; one's own exercises
 * come after the built-in ones of their category.
 *
 * How long an exercise takes, as its row says it: a step where the person
 * writes (or chooses, or lets go) takes as long as they need, so such an
 * exercise is "at your own pace"; a step that only waits for Continue
 * takes about as long as its words take to read.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-exercise-private.h"

static const SoftenCategory category_order[] = {
  SOFTEN_CATEGORY_BODY,       SOFTEN_CATEGORY_BREATHING,   SOFTEN_CATEGORY_DEFENSES,
  SOFTEN_CATEGORY_BOUNDARIES, SOFTEN_CATEGORY_FORGIVENESS, SOFTEN_CATEGORY_TOGETHER,
};

G_STATIC_ASSERT (G_N_ELEMENTS (category_order) == SOFTEN_N_CATEGORIES);

/* The built-in exercises, by need within their category. */
static const char *const builtin_order[] = {
  /* Noticing the body: stopping first, then finding where one is */
  "stop-and-ground",
  "where-am-i",
  "noticing-safety",
  "gentle-movement",
  "body-scan",
  "anger-has-a-message",
  "after-a-reaction",
  "body-scan-long",
  /* Breathing: the gentlest and most calming first */
  "longer-exhale",
  "easy-breathing",
  "coherent-breathing",
  "box-breathing",
  "four-seven-eight",
  "my-breathing",
  /* Defenses: the urge to check again, in the moment, first */
  "before-i-check-again",
  "letting-closeness-in",
  "letting-kindness-land",
  "defenses-curiosity",
  "beginning-to-heal",
  /* Boundaries */
  "boundary-script",
  "rehearse-script",
  "repair-after-a-fight",
  "when-youre-pushed-away",
  /* Forgiveness */
  "forgiveness-ritual",
  "forgiving-yourself",
  /* Together */
  "together-listening",
};

/**
 * soften_category_get_nth:
 * @position: 0 to SOFTEN_N_CATEGORIES - 1
 *
 * Returns: the category shown at @position in the library, by need
 */
SoftenCategory
soften_category_get_nth (guint position)
{
  g_return_val_if_fail (position < SOFTEN_N_CATEGORIES, SOFTEN_CATEGORY_BODY);

  return category_order[position];
}

/* Returns: where @category is shown in the library, from 0 */
guint
soften_category_get_rank (SoftenCategory category)
{
  for (guint i = 0; i < G_N_ELEMENTS (category_order); i++)
    if (category_order[i] == category)
      return i;

  g_return_val_if_reached (SOFTEN_N_CATEGORIES);
}

/* Returns: where @self comes among the exercises of its category, by
 * need; G_MAXUINT for one's own, which come after the built-in ones */
guint
soften_exercise_get_rank (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), G_MAXUINT);

  if (!self->builtin)
    return G_MAXUINT;

  for (guint i = 0; i < G_N_ELEMENTS (builtin_order); i++)
    if (g_str_equal (builtin_order[i], self->id))
      return i;

  return G_MAXUINT;
}

static gboolean
takes_own_time (SoftenStep *step)
{
  switch (soften_step_get_kind (step))
    {
    case SOFTEN_STEP_WRITING:
    case SOFTEN_STEP_RELEASE:
    case SOFTEN_STEP_CHOICE:
      return TRUE;

    case SOFTEN_STEP_SCRIPT:
      /* Writing a part of the script; rehearsing it is timed. */
      return !soften_step_is_timed (step);

    case SOFTEN_STEP_INSTRUCTION:
    case SOFTEN_STEP_BREATHING:
    case SOFTEN_STEP_BODY_REGION:
    case SOFTEN_STEP_CHECK_IN:
    case SOFTEN_N_STEP_KINDS:
    default:
      return FALSE;
    }
}

/* Returns: whether the exercise takes as long as the person needs: it has
 * a step where they write, choose or let go, or no timed step at all
 * (known while partial too) */
gboolean
soften_exercise_get_own_pace (SoftenExercise *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), FALSE);

  if (self->content == NULL)
    return self->own_pace;

  if (soften_exercise_get_timed_usec (self) == 0)
    return TRUE;

  for (guint i = 0; i < self->content->steps->len; i++)
    if (takes_own_time (g_ptr_array_index (self->content->steps, i)))
      return TRUE;

  return FALSE;
}

/* Returns: about how long the exercise takes, in microseconds: its timed
 * steps, and the steps that wait for Continue as long as their words take
 * to read (known while partial too) */
gint64
soften_exercise_get_estimate_usec (SoftenExercise *self)
{
  gint64 total = 0;

  g_return_val_if_fail (SOFTEN_IS_EXERCISE (self), 0);

  if (self->content == NULL)
    return self->estimate_usec;

  for (guint i = 0; i < self->content->steps->len; i++)
    {
      SoftenStep *step = g_ptr_array_index (self->content->steps, i);

      total += soften_step_is_timed (step) ? soften_step_get_duration_usec (step)
                                           : soften_step_get_reading_usec (step);
    }

  return total;
}
