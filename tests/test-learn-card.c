/* test-learn-card.c — the learn cards, and what a broken card file says
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every built-in card reads, whole and translated into German and Spanish;
 * the exercises that name a card (Learn=) name one that is there, and a
 * name that is not is warned about and left out; a broken card is refused
 * with a message that names the file, the group and the key.
 */

#include "config.h"

#include <string.h>

#include "engine/soften-exercise-file.h"
#include "engine/soften-learn-card.h"
#include "engine/soften-library.h"

#define BUILTIN_PATH "/io/github/softenapp/Soften/exercises/"

/* Every built-in card reads, has words to read, and credits its article. */
static void
test_builtin (void)
{
  const char *const        *ids = soften_learn_card_get_builtin_ids ();
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  guint                     n = 0;

  soften_library_load_resources (library, BUILTIN_PATH);
  for (; ids[n] != NULL; n++)
    {
      g_autoptr (GError)          error = NULL;
      g_autoptr (SoftenLearnCard) card = soften_learn_card_lookup (ids[n], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (soften_learn_card_get_id (card), ==, ids[n]);
      g_assert_cmpuint (strlen (soften_learn_card_get_title (card)), >, 0);
      g_assert_cmpuint (strlen (soften_learn_card_get_summary (card)), >, 0);
      g_assert_true (g_str_has_prefix (soften_learn_card_get_credit (card), "After “"));
      g_assert_cmpuint (soften_learn_card_get_n_sections (card), >=, 3);
      for (guint i = 0; i < soften_learn_card_get_n_sections (card); i++)
        {
          g_assert_cmpuint (strlen (soften_learn_card_get_section_title (card, i)), >, 0);
          g_assert_cmpuint (strlen (soften_learn_card_get_section_text (card, i)), >, 0);
        }
      /* A card that shows an exercise's notes names one that has them. */
      if (soften_learn_card_get_notes_from (card) != NULL)
        {
          SoftenExercise *exercise
              = soften_library_lookup (library, soften_learn_card_get_notes_from (card));

          g_assert_nonnull (exercise);
          g_assert_cmpuint (soften_exercise_get_n_notes (exercise), >, 0);
        }
    }
  g_assert_cmpuint (n, ==, 4);
  g_assert_true (soften_learn_card_is_builtin ("signs-of-trauma"));
  g_assert_false (soften_learn_card_is_builtin ("signs"));
}

/* The trauma card points to help, and never calls itself a diagnosis but
 * to say it is not one. */
static void
test_trauma_points_to_help (void)
{
  g_autoptr (SoftenLearnCard) card = soften_learn_card_lookup ("signs-of-trauma", NULL);
  guint                       last;

  g_assert_nonnull (card);
  last = soften_learn_card_get_n_sections (card) - 1;
  g_assert_nonnull (strstr (soften_learn_card_get_section_text (card, last),
                            "trauma-informed therapist can help"));
  g_assert_nonnull (strstr (soften_learn_card_get_section_text (card, last), "Help Now"));
  g_assert_nonnull (strstr (soften_learn_card_get_summary (card), "not a diagnosis"));
}

/* German and Spanish: every text of every card is translated. */
static void
test_translated (void)
{
  static const char *const languages[] = { "de", "es" };
  const char *const       *ids = soften_learn_card_get_builtin_ids ();

  for (guint n = 0; ids[n] != NULL; n++)
    {
      g_autofree char *path = g_strdup_printf ("/io/github/softenapp/Soften/learn/%s.card", ids[n]);
      g_autoptr (GBytes)   bytes = g_resources_lookup_data (path, 0, NULL);
      g_autoptr (GKeyFile) key_file = g_key_file_new ();
      g_auto (GStrv)       groups = NULL;

      g_assert_nonnull (bytes);
      g_assert_true (
          g_key_file_load_from_bytes (key_file, bytes, G_KEY_FILE_KEEP_TRANSLATIONS, NULL));
      groups = g_key_file_get_groups (key_file, NULL);
      for (guint g = 0; groups[g] != NULL; g++)
        for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
          {
            static const char *const keys[] = { "Title", "Summary", "Credit", "Text" };

            for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
              {
                g_autofree char *key = g_strdup_printf ("%s[%s]", keys[k], languages[l]);

                if (g_key_file_has_key (key_file, groups[g], keys[k], NULL))
                  g_assert_true (g_key_file_has_key (key_file, groups[g], key, NULL));
              }
          }
    }
}

/* where-am-i offers the window of tolerance; a name no card has is warned
 * about by --validate and left out. */
static void
test_exercise_learn (void)
{
  static const char          exercise[] = "[Exercise]\nId=my-own\nTitle=Mine\nCategory=breathing\n"
                                          "Learn=%s\n\n[Step 1]\nKind=instruction\nText=Rest.\n";
  g_autoptr (SoftenLibrary)  library = soften_library_new ();
  g_autoptr (GPtrArray)      warnings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char           *good = g_strdup_printf (exercise, "why-we-push-away");
  g_autofree char           *bad = g_strdup_printf (exercise, "no-such-card");
  g_autoptr (GBytes)         good_bytes = g_bytes_new (good, strlen (good));
  g_autoptr (GBytes)         bad_bytes = g_bytes_new (bad, strlen (bad));
  g_autoptr (SoftenExercise) with = NULL;
  g_autoptr (SoftenExercise) without = NULL;

  soften_library_load_resources (library, BUILTIN_PATH);
  g_assert_cmpstr (soften_exercise_get_learn (soften_library_lookup (library, "where-am-i")), ==,
                   "window-of-tolerance");
  g_assert_cmpstr (
      soften_exercise_get_learn (soften_library_lookup (library, "forgiveness-ritual")), ==,
      "what-forgiveness-is");
  g_assert_null (soften_exercise_get_learn (soften_library_lookup (library, "box-breathing")));

  with = soften_exercise_file_load_bytes (good_bytes, "mine.exercise", warnings, NULL);
  g_assert_nonnull (with);
  g_assert_cmpstr (soften_exercise_get_learn (with), ==, "why-we-push-away");
  g_assert_cmpuint (warnings->len, ==, 0);

  without = soften_exercise_file_load_bytes (bad_bytes, "mine.exercise", warnings, NULL);
  g_assert_nonnull (without);
  g_assert_null (soften_exercise_get_learn (without));
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==,
                   "mine.exercise: [Exercise] Learn: no learn card has the id “no-such-card”; "
                   "it is left out");
}

#define CARD "[Card]\nId=a-card\nTitle=A card\nSummary=About it.\nCredit=After it.\n"
#define ONE  "[Section 1]\nTitle=One\nText=The first.\n"
#define LONG "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

static const struct
{
  const char          *data;
  SoftenLearnCardError code;
  const char          *message;
} broken[] = {
  { "", SOFTEN_LEARN_CARD_ERROR_NOT_KEY_FILE, "bad.card: not a learn card" },
  { "just words", SOFTEN_LEARN_CARD_ERROR_NOT_KEY_FILE, "bad.card: not a learn card" },
  { "[Section 1]\nTitle=One\nText=The first.\n", SOFTEN_LEARN_CARD_ERROR_MISSING_KEY,
    "bad.card: the [Card] group is missing" },
  { "[Card]\nTitle=A card\nSummary=S.\nCredit=C.\n" ONE, SOFTEN_LEARN_CARD_ERROR_MISSING_KEY,
    "bad.card: [Card] Id: the key is missing" },
  { "[Card]\nId=A Card\nTitle=A card\nSummary=S.\nCredit=C.\n" ONE,
    SOFTEN_LEARN_CARD_ERROR_INVALID_VALUE, "bad.card: [Card] Id: “A Card” is not an id" },
  { "[Card]\nId=a-card\nSummary=S.\nCredit=C.\n" ONE, SOFTEN_LEARN_CARD_ERROR_MISSING_KEY,
    "bad.card: [Card] " },
  { "[Card]\nId=a-card\nTitle=A card\nSummary=S.\n" ONE, SOFTEN_LEARN_CARD_ERROR_MISSING_KEY,
    "bad.card: [Card] " },
  { CARD, SOFTEN_LEARN_CARD_ERROR_MISSING_KEY, "bad.card: a card needs a [Section 1]" },
  { CARD "[Section 2]\nTitle=Two\nText=The second.\n", SOFTEN_LEARN_CARD_ERROR_INVALID_VALUE,
    "bad.card: [Section 2] expected [Section 1] here" },
  { CARD ONE "[Notes]\nTitle=Two\nText=The second.\n", SOFTEN_LEARN_CARD_ERROR_INVALID_VALUE,
    "bad.card: [Notes] expected [Section 2] here" },
  { CARD "[Section 1]\nTitle=One\n", SOFTEN_LEARN_CARD_ERROR_MISSING_KEY,
    "bad.card: [Section 1] " },
  { CARD "[Section 1]\nTitle=" LONG LONG LONG "\nText=T.\n", SOFTEN_LEARN_CARD_ERROR_TOO_LARGE,
    "bad.card: [Section 1] " },
  { CARD "[Section 1]\nTitle=One\nTitle[de]=" LONG LONG LONG "\nText=T.\n",
    SOFTEN_LEARN_CARD_ERROR_TOO_LARGE, "bad.card: [Section 1] " },
  { CARD "NotesFrom=Not An Id\n", SOFTEN_LEARN_CARD_ERROR_INVALID_VALUE,
    "bad.card: [Card] NotesFrom: “Not An Id” is not an id" },
};

/* A broken card is refused, saying where and what. */
static void
test_broken (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr (GBytes) bytes = g_bytes_new_static (broken[i].data, strlen (broken[i].data));
      g_autoptr (GError) error = NULL;
      g_autoptr (SoftenLearnCard) card
          = soften_learn_card_new_from_bytes (bytes, "bad.card", NULL, &error);

      g_test_message ("case %u: %s", i, error != NULL ? error->message : "(read)");
      g_assert_null (card);
      g_assert_error (error, SOFTEN_LEARN_CARD_ERROR, (int)broken[i].code);
      g_assert_true (g_str_has_prefix (error->message, broken[i].message));
    }
}

/* What a card may leave out, and what is only warned about. */
static void
test_good (void)
{
  static const char           data[] = CARD "Colour=blue\nNotesFrom=forgiveness-ritual\n" ONE;
  g_autoptr (GBytes)          bytes = g_bytes_new_static (data, strlen (data));
  g_autoptr (GPtrArray)       warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError)          error = NULL;
  g_autoptr (SoftenLearnCard) card
      = soften_learn_card_new_from_bytes (bytes, "good.card", warnings, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (soften_learn_card_get_title (card), ==, "A card");
  g_assert_cmpstr (soften_learn_card_get_notes_from (card), ==, "forgiveness-ritual");
  g_assert_cmpuint (soften_learn_card_get_n_sections (card), ==, 1);
  g_assert_cmpstr (soften_learn_card_get_section_text (card, 0), ==, "The first.");
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "Colour"));

  g_clear_error (&error);
  g_assert_null (soften_learn_card_lookup ("no-such-card", &error));
  g_assert_error (error, SOFTEN_LEARN_CARD_ERROR, SOFTEN_LEARN_CARD_ERROR_NOT_FOUND);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/learn-card/builtin", test_builtin);
  g_test_add_func ("/soften/learn-card/trauma-points-to-help", test_trauma_points_to_help);
  g_test_add_func ("/soften/learn-card/translated", test_translated);
  g_test_add_func ("/soften/learn-card/exercise-learn", test_exercise_learn);
  g_test_add_func ("/soften/learn-card/broken", test_broken);
  g_test_add_func ("/soften/learn-card/good", test_good);

  return g_test_run ();
}
