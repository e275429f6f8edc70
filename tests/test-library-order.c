/* test-library-order.c — the library lists exercises by need, in every language
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Someone flooded finds what helps first at the top: grounding, then the
 * body and breathing, and the exercises that ask for calm reflection
 * last. The order is the same whatever the language (it never follows
 * the alphabet of the titles). And a row says honestly how long an
 * exercise takes: one where the person writes is "at their own pace".
 */

#include "config.h"

#include <glib/gstdio.h>

#include "soften-exercise-private.h"
#include "soften-library.h"

#define BUILTIN_PATH "/io/github/softenapp/Soften/exercises/"

/* The ids of the built-in exercises in @language, in the library's order;
 * @first_title is set to the title of the first one. */
static GPtrArray *
ids_in (const char *language, char **first_title)
{
  g_autoptr (SoftenLibrary) library = NULL;
  GPtrArray                *ids = g_ptr_array_new_with_free_func (g_free);
  const char               *old = g_getenv ("LANGUAGE");
  g_autofree char          *saved = g_strdup (old);

  g_setenv ("LANGUAGE", language, TRUE);
  library = soften_library_new ();
  soften_library_load_resources (library, BUILTIN_PATH);
  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr (SoftenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);

      g_ptr_array_add (ids, g_strdup (soften_exercise_get_id (exercise)));
      if (i == 0)
        *first_title = g_strdup (soften_exercise_get_title (exercise));
    }

  return ids;
}

static void
test_same_in_every_language (void)
{
  g_autofree char      *en_title = NULL, *de_title = NULL, *es_title = NULL;
  g_autoptr (GPtrArray) en = ids_in ("en", &en_title);
  g_autoptr (GPtrArray) de = ids_in ("de", &de_title);
  g_autoptr (GPtrArray) es = ids_in ("es", &es_title);

  /* The translations were read: the titles differ. */
  g_assert_cmpstr (en_title, ==, "Stop and ground");
  g_assert_cmpstr (de_title, ==, "Anhalten und erden");
  g_assert_cmpstr (es_title, !=, en_title);

  g_assert_cmpuint (en->len, ==, de->len);
  g_assert_cmpuint (en->len, ==, es->len);
  for (guint i = 0; i < en->len; i++)
    {
      g_assert_cmpstr (g_ptr_array_index (en, i), ==, g_ptr_array_index (de, i));
      g_assert_cmpstr (g_ptr_array_index (en, i), ==, g_ptr_array_index (es, i));
    }
}

static guint
position_of (GPtrArray *ids, const char *id)
{
  guint position;

  g_assert_true (g_ptr_array_find_with_equal_func (ids, id, g_str_equal, &position));
  return position;
}

/* What helps someone flooded comes first; reflection last. */
static void
test_by_need (void)
{
  g_autofree char      *title = NULL;
  g_autoptr (GPtrArray) ids = ids_in ("en", &title);

  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "stop-and-ground");
  g_assert_cmpstr (g_ptr_array_index (ids, 1), ==, "where-am-i");
  /* Not the alphabet: "After a reaction" and "Body scan" come later. */
  g_assert_cmpuint (position_of (ids, "gentle-movement"), <, position_of (ids, "after-a-reaction"));
  g_assert_cmpuint (position_of (ids, "body-scan"), <, position_of (ids, "longer-exhale"));
  g_assert_cmpuint (position_of (ids, "longer-exhale"), <, position_of (ids, "box-breathing"));
  g_assert_cmpuint (position_of (ids, "my-breathing"), <,
                    position_of (ids, "letting-closeness-in"));
  g_assert_cmpuint (position_of (ids, "boundary-script"), <,
                    position_of (ids, "forgiveness-ritual"));
  g_assert_cmpuint (soften_category_get_nth (0), ==, SOFTEN_CATEGORY_BODY);
  g_assert_cmpuint (soften_category_get_nth (SOFTEN_N_CATEGORIES - 1), ==,
                    SOFTEN_CATEGORY_FORGIVENESS);
  for (guint i = 0; i < SOFTEN_N_CATEGORIES; i++)
    g_assert_cmpuint (soften_category_get_rank (soften_category_get_nth (i)), ==, i);

  /* Every built-in exercise has its place: none falls back to its title. */
  g_assert_cmpuint (position_of (ids, "body-scan"), <, position_of (ids, "body-scan-long"));
  g_assert_cmpuint (position_of (ids, "before-i-check-again"), <,
                    position_of (ids, "letting-closeness-in"));
  {
    g_autoptr (SoftenLibrary) library = soften_library_new ();

    soften_library_load_resources (library, BUILTIN_PATH);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
      {
        g_autoptr (SoftenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);

        g_test_message ("%s", soften_exercise_get_id (exercise));
        g_assert_cmpuint (soften_exercise_get_rank (exercise), <, G_MAXUINT);
      }
  }
}

/* Writing takes as long as it takes; breathing has a length. */
static void
test_own_pace (void)
{
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  const char *const         own_pace[]
      = { "forgiveness-ritual", "boundary-script", "defenses-curiosity", "letting-closeness-in" };
  const char *const timed[] = { "stop-and-ground", "box-breathing", "body-scan" };

  soften_library_load_resources (library, BUILTIN_PATH);
  for (guint i = 0; i < G_N_ELEMENTS (own_pace); i++)
    {
      g_test_message ("%s", own_pace[i]);
      g_assert_true (soften_exercise_get_own_pace (soften_library_lookup (library, own_pace[i])));
    }
  for (guint i = 0; i < G_N_ELEMENTS (timed); i++)
    {
      SoftenExercise *exercise = soften_library_lookup (library, timed[i]);

      g_test_message ("%s", timed[i]);
      g_assert_false (soften_exercise_get_own_pace (exercise));
      /* The steps that wait for Continue count as long as their words
       * take to read. */
      g_assert_cmpint (soften_exercise_get_estimate_usec (exercise), >,
                       soften_exercise_get_timed_usec (exercise));
    }
}

/* A partial exercise (one's own, listed) knows its length as well. */
static void
test_partial_keeps_length (void)
{
  g_autoptr (SoftenLibrary)  library = soften_library_new ();
  g_autoptr (SoftenExercise) writing = NULL;
  g_autoptr (SoftenExercise) partial = NULL;
  g_autoptr (GFile)          file = g_file_new_for_path ("/nonexistent/mine.exercise");

  soften_library_load_resources (library, BUILTIN_PATH);
  writing
      = soften_exercise_copy_without_holds (soften_library_lookup (library, "forgiveness-ritual"));
  soften_exercise_set_file (writing, file);
  partial = soften_exercise_new_partial (writing);

  g_assert_true (soften_exercise_is_partial (partial));
  g_assert_true (soften_exercise_get_own_pace (partial));
  g_assert_cmpint (soften_exercise_get_estimate_usec (partial), ==,
                   soften_exercise_get_estimate_usec (writing));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/library-order/same-in-every-language", test_same_in_every_language);
  g_test_add_func ("/soften/library-order/by-need", test_by_need);
  g_test_add_func ("/soften/library-order/own-pace", test_own_pace);
  g_test_add_func ("/soften/library-order/partial-keeps-length", test_partial_keeps_length);

  return g_test_run ();
}
