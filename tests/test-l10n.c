/* test-l10n.c — every string translated: a pseudo-language, German, Spanish, right-to-left
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One program, run once per language (SOFTEN_TEST_LANGUAGE):
 *  - "zz", a pseudo-translation built from the template in which every
 *    message is wrapped in ⟦ ⟧: every page and every kind of step is
 *    visited, and any label on screen without the marks is text that
 *    escaped translation (exercise texts come from the exercise files,
 *    which are translated there, and numbers are numbers);
 *  - "de" and "es": the window, the list, an exercise's steps and a plural
 *    show the translation;
 *  - "he": a partial Hebrew translation (tests/he.po), enough for GLib and
 *    GTK to switch to Hebrew: the layout runs right to left.
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "engine/soften-learn-card.h"
#include "page-tour.h"

static GHashTable *content; /* every string that comes from an exercise file */
static GHashTable *msgids;  /* the same, as they are in the template */

static void
add_content (const char *text)
{
  if (text != NULL && text[0] != '\0')
    {
      g_hash_table_add (content, g_strdup (text));
      g_hash_table_add (msgids, g_strdup (text));
    }
}

/* A list key (Choices=) is one message in the template, items and all. */
static void
add_choices (SoftenStep *step)
{
  g_autoptr (GString) list = g_string_new (NULL);

  for (guint c = 0; c < soften_step_get_n_choices (step); c++)
    {
      g_hash_table_add (content, g_strdup (soften_step_get_choice_label (step, c)));
      g_string_append_printf (list, "%s;", soften_step_get_choice_label (step, c));
    }
  if (list->len > 0)
    g_hash_table_add (msgids, g_string_free (g_steal_pointer (&list), FALSE));
}

/* What the exercise files say, in this language: not the app's strings. */
static void
collect_content (SoftenLibrary *library)
{
  content = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  msgids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr (SoftenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);

      add_content (soften_exercise_get_title (exercise));
      add_content (soften_exercise_get_summary (exercise));
      add_content (soften_exercise_get_caution (exercise));
      add_content (soften_exercise_get_credit (exercise));
      add_content (soften_exercise_get_notes_title (exercise));
      for (guint n = 0; n < soften_exercise_get_n_notes (exercise); n++)
        {
          add_content (soften_exercise_get_note_title (exercise, n));
          add_content (soften_exercise_get_note_text (exercise, n));
        }
      for (guint s = 0; s < soften_exercise_get_n_steps (exercise); s++)
        {
          SoftenStep *step = soften_exercise_get_step (exercise, s);

          add_content (soften_step_get_text (step));
          add_content (soften_step_get_placeholder (step));
          add_choices (step);
          for (guint field = 0; field < SOFTEN_SCRIPT_N_FIELDS; field++)
            add_content (soften_step_get_example (step, field));
        }
    }

  /* And the learn cards, which are data files too. */
  for (const char *const *id = soften_learn_card_get_builtin_ids (); *id != NULL; id++)
    {
      g_autoptr (SoftenLearnCard) card = soften_learn_card_lookup (*id, NULL);

      g_assert_nonnull (card);
      add_content (soften_learn_card_get_title (card));
      add_content (soften_learn_card_get_summary (card));
      add_content (soften_learn_card_get_credit (card));
      for (guint n = 0; n < soften_learn_card_get_n_sections (card); n++)
        {
          add_content (soften_learn_card_get_section_title (card, n));
          add_content (soften_learn_card_get_section_text (card, n));
        }
    }
}

static gboolean
is_number (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isdigit (c) && !g_unichar_isspace (c) && strchr (":.,%-–", c) == NULL)
        return FALSE;
    }

  return TRUE;
}

/* Fails on any label on screen in @root that escaped translation. */
static void
assert_marked (GtkWidget *root, const char *where, gboolean any_of_ours)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  guint                 checked = 0;

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (text[0] == '\0' || is_number (text) || g_hash_table_contains (content, text))
        continue;

      checked++;
      if (strstr (text, "⟦") == NULL)
        g_error ("%s: “%s” is on screen but was not translated", where, text);
    }

  g_test_message ("%s: %u of %u labels translated", where, checked, labels->len);
  if (any_of_ours)
    g_assert_cmpuint (checked, >, 0);
}

static void
check_marked (Fixture *f, GtkWidget *root, const char *where, gpointer data)
{
  /* Notes are all the exercise file's words. */
  assert_marked (root, where, !g_str_equal (where, "notes"));
}

static void
test_pseudo_every_page (Fixture *f, gconstpointer data)
{
  tour_every_page (f, check_marked, NULL);
}

/* The exercise files' words are not in the pseudo-language's walk (they are
 * merged into the files at build time, for the real languages), so check
 * them here: every one of them is in the template, for translators to see. */
static void
test_pseudo_exercise_texts (Fixture *f, gconstpointer data)
{
  GHashTableIter iter;
  const char    *text;
  guint          missing = 0;

  g_assert_cmpuint (g_hash_table_size (msgids), >, 100);
  g_hash_table_iter_init (&iter, msgids);
  while (g_hash_table_iter_next (&iter, (gpointer *)&text, NULL))
    if (g_str_equal (g_dgettext (GETTEXT_PACKAGE, text), text))
      {
        g_test_message ("not in po/soften.pot: “%s”", text);
        missing++;
      }

  g_assert_cmpuint (missing, ==, 0);
}

/* German and Spanish: the window, the list, an exercise's steps and a
 * plural are in the language (the same code checks both). */
static void
test_translated (Fixture *f, gconstpointer data)
{
  SoftenLibrary   *library = soften_application_get_library (f->app);
  SoftenExercise  *box = soften_library_lookup (library, "box-breathing");
  g_autofree char *steps = NULL;
  SoftenSession   *session;

  /* The strings differ from the English: there is a translation. */
  g_assert_cmpstr (_("Breathing"), !=, "Breathing");
  g_assert_cmpstr (soften_exercise_get_title (box), !=, "Box breathing");

  g_assert_nonnull (find_label (f, _("Breathing")));
  g_assert_nonnull (find_label (f, _("Noticing the Body")));
  g_assert_nonnull (find_row (f, soften_exercise_get_title (box)));

  show_exercise (f, box);
  settle (f);
  steps = g_strdup_printf (ngettext ("%u step", "%u steps", 6), 6);
  g_assert_cmpstr (steps, !=, "6 steps");
  g_assert_nonnull (find_label (f, steps));
  g_assert_nonnull (find_label (f, soften_exercise_get_title (box)));

  session = start (f, "box-breathing");
  g_assert_cmpstr (
      soften_step_get_text (soften_session_get_step (session)), !=,
      "Settle in a way that feels steady, sitting or lying down. The holds are optional: holding "
      "your breath can make some people dizzy or anxious, so if it does, keep breathing gently "
      "through them instead.");
  g_assert_nonnull (find_label (f, soften_step_get_text (soften_session_get_step (session))));
  {
    g_autofree char *position = g_strdup_printf (_("Step %u of %u"), 1, 6);

    g_assert_cmpstr (position, !=, "Step 1 of 6");
    g_assert_nonnull (find_label (f, position));
  }
  go_to_kind (f, session, SOFTEN_STEP_BREATHING);
  g_assert_nonnull (find_label (f, _("Breathe in")));
}

/* Right to left: GTK lays the app out mirrored; the pacer and progress
 * still show. */
static void
test_right_to_left (Fixture *f, gconstpointer data)
{
  SoftenSession *session;

  g_assert_cmpint (gtk_widget_get_default_direction (), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (f->window)), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (
      gtk_widget_get_direction (find_widget (f, g_type_from_name ("SoftenLibraryPage"))), ==,
      GTK_TEXT_DIR_RTL);

  session = start (f, "box-breathing");
  go_to_kind (f, session, SOFTEN_STEP_BREATHING);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  settle (f);
  g_assert_cmpint (gtk_widget_get_direction (player (f)), ==, GTK_TEXT_DIR_RTL);
  g_assert_true (is_showing (find_widget (f, g_type_from_name ("SoftenPacer"))));
  g_assert_cmpint (gtk_widget_get_direction (find_widget (f, GTK_TYPE_PROGRESS_BAR)), ==,
                   GTK_TEXT_DIR_RTL);
  advance (f, 2 * SEC);
  settle (f);
  g_assert_nonnull (find_label (f, "שאיפה"));
}

int
main (int argc, char *argv[])
{
  /* Still screens: what is checked is text, not motion. */
  static const FixtureOptions still = { .still = TRUE };
  const char                 *language = g_getenv ("SOFTEN_TEST_LANGUAGE");
  int                         status;

  g_assert_nonnull (language);
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SOFTEN_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);

  /* gtk_test_init() sets the C locale, in which gettext ignores LANGUAGE:
   * set the person's locale again, and the text direction it implies. */
  setlocale (LC_ALL, "");
  gtk_widget_set_default_direction (gtk_get_locale_direction ());

#define ADD(path, func) UI_TEST_ADD_FULL ("/soften/l10n/" path, func, &still)

  if (g_str_equal (language, "zz"))
    {
      ADD ("pseudo-every-page", test_pseudo_every_page);
      ADD ("pseudo-exercise-texts", test_pseudo_exercise_texts);
    }
  else if (g_str_equal (language, "he"))
    ADD ("right-to-left", test_right_to_left);
  else
    ADD ("translated", test_translated);

#undef ADD

  collect_content (soften_application_get_library (ui_app_start ()));

  status = ui_app_run_tests ();

  g_clear_pointer (&content, g_hash_table_unref);
  g_clear_pointer (&msgids, g_hash_table_unref);

  return status;
}
