/* soften-library.c — every exercise there is, as a list model
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exercises come from the built-in GResource first, then from folders such
 * as the person's own. A file that cannot be used never stops the others: it
 * is skipped, and what was wrong with it is kept as a problem for the UI to
 * show. Items are sorted by need (see soften-exercise-order.c): by
 * category, then the built-in ones in their order, then one's own by title.
 *
 * A folder can also be read later (soften_library_load_directory_later), so
 * that the person's own exercises do not hold up the first frame: it is read
 * when soften_library_load_pending() is called, or as soon as something is
 * looked up that is not there yet, or imported.
 *
 * The exercises of a folder are listed as partial ones (see
 * soften-exercise-partial.c): every file is read and checked, but only what
 * the list shows is kept. soften_library_lookup() reads the file again and
 * fills in the same object, in its place in the list, so that one's own
 * exercises by the thousand cost little memory. Built-in ones are kept
 * complete.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "soften-exercise-file.h"
#include "soften-exercise-private.h"
#include "soften-library-private.h"
#include "soften-text.h"

enum
{
  PROP_0,
  PROP_N_PROBLEMS,
  PROP_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SoftenLibrary,
                               soften_library,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* The quark's name is the text of its first argument: left as written. */
/* clang-format off */
G_DEFINE_QUARK (soften-library-error-quark, soften_library_error)
/* clang-format on */

static GType
soften_library_get_item_type (GListModel *model)
{
  return SOFTEN_TYPE_EXERCISE;
}

static guint
soften_library_get_n_items (GListModel *model)
{
  return SOFTEN_LIBRARY (model)->exercises->len;
}

static gpointer
soften_library_get_item (GListModel *model, guint position)
{
  SoftenLibrary *self = SOFTEN_LIBRARY (model);

  if (position >= self->exercises->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->exercises, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = soften_library_get_item_type;
  iface->get_n_items = soften_library_get_n_items;
  iface->get_item = soften_library_get_item;
}

static void
soften_library_finalize (GObject *object)
{
  SoftenLibrary *self = (SoftenLibrary *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);

  G_OBJECT_CLASS (soften_library_parent_class)->finalize (object);
}

static void
soften_library_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenLibrary *self = SOFTEN_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_N_PROBLEMS:
      g_value_set_uint (value, self->problems->len);
      break;

    case PROP_PENDING:
      g_value_set_boolean (value, self->pending != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_library_class_init (SoftenLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = soften_library_finalize;
  object_class->get_property = soften_library_get_property;

  /* How many files could not be read: soften_library_get_problems() says
   * what was wrong with them. */
  properties[PROP_N_PROBLEMS]
      = g_param_spec_uint ("n-problems", NULL, NULL, 0, G_MAXUINT, 0,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether folders given to soften_library_load_directory_later() are
   * still to be read. */
  properties[PROP_PENDING]
      = g_param_spec_boolean ("pending", NULL, NULL, FALSE,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* The folders to read later have come or gone. */
void
_soften_library_notify_pending (SoftenLibrary *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

static void
soften_library_init (SoftenLibrary *self)
{
  self->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
}

SoftenLibrary *
soften_library_new (void)
{
  return g_object_new (SOFTEN_TYPE_LIBRARY, NULL);
}

/* An exercise with its title's collation key, made once for a sort rather
 * than in every comparison (1,000 exercises take some 10,000). */
typedef struct
{
  SoftenExercise *exercise;
  guint           category; /* its rank */
  guint           rank;
  char           *key;
} SortItem;

static int
compare_items (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const SortItem *ia = a;
  const SortItem *ib = b;

  if (ia->category != ib->category)
    return ia->category < ib->category ? -1 : 1;
  if (ia->rank != ib->rank)
    return ia->rank < ib->rank ? -1 : 1;

  return strcmp (ia->key, ib->key);
}

/* Takes @exercise, read from the file @file_name, or records a problem if
 * its id is taken. */
void
_soften_library_add (SoftenLibrary *self, SoftenExercise *exercise, const char *file_name)
{
  const char *id = soften_exercise_get_id (exercise);

  if (g_hash_table_contains (self->by_id, id))
    {
      /* The name as it is shown, not as it is stored: not every file name
       * is UTF-8, nor printable. */
      g_autofree char *shown_name = soften_text_display_name (file_name);

      g_ptr_array_add (self->problems,
                       g_error_new (SOFTEN_EXERCISE_FILE_ERROR,
                                    SOFTEN_EXERCISE_FILE_ERROR_INVALID_VALUE,
                                    _("%s: [Exercise] Id: another exercise already uses the id "
                                       "“%s”"),
                                    shown_name, id));
      g_object_unref (exercise);
      return;
    }

  g_ptr_array_add (self->exercises, exercise);
  g_hash_table_insert (self->by_id, (gpointer)id, exercise);
}

/* Tells of problems added since the last time, if any. */
void
_soften_library_announce_problems (SoftenLibrary *self)
{
  if (self->announced_problems == self->problems->len)
    return;

  self->announced_problems = self->problems->len;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PROBLEMS]);
}

/* Sorts the exercises after some were added to the @old_n_items there
 * were, and tells of the new ones and of new problems. */
void
_soften_library_sort_and_announce (SoftenLibrary *self, guint old_n_items)
{
  guint     n = self->exercises->len;
  SortItem *items = g_new (SortItem, n);

  for (guint i = 0; i < n; i++)
    {
      SoftenExercise *exercise = g_ptr_array_index (self->exercises, i);

      items[i].exercise = exercise;
      items[i].category = soften_category_get_rank (soften_exercise_get_category (exercise));
      items[i].rank = soften_exercise_get_rank (exercise);
      items[i].key = g_utf8_collate_key (soften_exercise_get_title (exercise), -1);
    }

  /* A stable sort, as g_ptr_array_sort() is. */
  g_qsort_with_data (items, n, sizeof (SortItem), compare_items, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_index (self->exercises, i) = items[i].exercise;
      g_free (items[i].key);
    }
  g_free (items);

  if (old_n_items != self->exercises->len)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, self->exercises->len);
  _soften_library_announce_problems (self);
}

/* Returns: (transfer none) (nullable): the exercise with @id as it is in
 * the list, partial or not, reading the folders not read yet if it is not
 * there */
SoftenExercise *
_soften_library_find (SoftenLibrary *self, const char *id)
{
  SoftenExercise *exercise = g_hash_table_lookup (self->by_id, id);

  /* Perhaps in a folder not read yet. */
  if (exercise == NULL && soften_library_load_pending (self))
    exercise = g_hash_table_lookup (self->by_id, id);

  return exercise;
}

/* Fills in @exercise, partial, from its file, in its place in the list. */
static gboolean
fill (SoftenLibrary *self, SoftenExercise *exercise, GError **error)
{
  g_autoptr (SoftenExercise) complete = NULL;
  guint                      position;

  complete = soften_exercise_file_load (soften_exercise_get_file (exercise), NULL, error);
  if (complete == NULL)
    return FALSE;

  /* Changed into another exercise since it was listed. */
  if (!g_str_equal (soften_exercise_get_id (complete), soften_exercise_get_id (exercise)))
    {
      g_autofree char *basename = g_file_get_basename (soften_exercise_get_file (exercise));
      g_autofree char *name = soften_text_display_name (basename);

      g_set_error (error, SOFTEN_LIBRARY_ERROR, SOFTEN_LIBRARY_ERROR_CHANGED,
                   /* Translators: FILE: [Exercise] Id: expected “ID”, as when the list was
                    * made, got “ID” */
                   _("%s: [Exercise] Id: expected “%s”, as when the list was made, "
                      "got “%s”"),
                   name, soften_exercise_get_id (exercise), soften_exercise_get_id (complete));
      return FALSE;
    }

  /* What the list shows changed too: its row is made again. */
  if (soften_exercise_fill (exercise, complete)
      && g_ptr_array_find (self->exercises, exercise, &position))
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);

  return TRUE;
}

/**
 * soften_library_lookup_full:
 * @id: an exercise's id
 * @error: where to put why it could not be read
 *
 * The exercise with @id, complete, to show or to start. One of the
 * person's own is listed partial: its file is read again and the exercise
 * in the list filled in (the same object, in the same place). A file that
 * has gone, or been broken or changed into another exercise since it was
 * listed, is an error that names it.
 *
 * Returns: (transfer none) (nullable): the exercise; %NULL if there is none
 *   with @id, or with @error set if it could not be read
 */
SoftenExercise *
soften_library_lookup_full (SoftenLibrary *self, const char *id, GError **error)
{
  SoftenExercise *exercise;

  g_return_val_if_fail (SOFTEN_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  exercise = _soften_library_find (self, id);
  if (exercise != NULL && soften_exercise_is_partial (exercise) && !fill (self, exercise, error))
    return NULL;

  return exercise;
}

/**
 * soften_library_find:
 * @id: an exercise's id
 *
 * The exercise with @id as the list holds it: one of the person's own may
 * be partial (its title, summary, category and length, no steps). Enough
 * to name it or count it; to show or start it, look it up.
 *
 * Returns: (transfer none) (nullable): the exercise, or %NULL if there is
 *   none with @id
 */
SoftenExercise *
soften_library_find (SoftenLibrary *self, const char *id)
{
  g_return_val_if_fail (SOFTEN_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _soften_library_find (self, id);
}

/**
 * soften_library_lookup:
 * @id: an exercise's id
 *
 * Like soften_library_lookup_full(), for when why an exercise could not be
 * read does not matter.
 *
 * Returns: (transfer none) (nullable): the exercise with @id, complete;
 *   %NULL if there is none, or if it could not be read
 */
SoftenExercise *
soften_library_lookup (SoftenLibrary *self, const char *id)
{
  return soften_library_lookup_full (self, id, NULL);
}

/* Returns: (transfer none) (element-type GError): what could not be loaded */
GPtrArray *
soften_library_get_problems (SoftenLibrary *self)
{
  g_return_val_if_fail (SOFTEN_IS_LIBRARY (self), NULL);

  return self->problems;
}

/**
 * soften_library_replace:
 * @exercise: an exercise whose id is already in the library
 *
 * Puts @exercise in the place of the one with the same id, such as "My
 * breathing" after the person changed their pattern.
 *
 * Returns: %FALSE if no exercise has that id
 */
gboolean
soften_library_replace (SoftenLibrary *self, SoftenExercise *exercise)
{
  const char *id;

  g_return_val_if_fail (SOFTEN_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (exercise), FALSE);

  id = soften_exercise_get_id (exercise);

  /* Perhaps in a folder not read yet: then read, and look again. */
  for (gboolean again = TRUE; again; again = soften_library_load_pending (self))
    for (guint i = 0; i < self->exercises->len; i++)
      {
        if (g_strcmp0 (soften_exercise_get_id (g_ptr_array_index (self->exercises, i)), id) != 0)
          continue;

        g_hash_table_remove (self->by_id, id);
        g_object_unref (g_ptr_array_index (self->exercises, i));
        g_ptr_array_index (self->exercises, i) = g_object_ref (exercise);
        g_hash_table_insert (self->by_id, (gpointer)soften_exercise_get_id (exercise), exercise);
        g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 1);
        return TRUE;
      }

  return FALSE;
}
