/* test-ui-learn.c — learn cards, opened from the library and from exercises
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs in this process on a fake clock; each test gets
 * fresh settings and a new window (tests/ui-test-helpers.c). Every card is
 * opened from its row in the library's Learn group, with the keyboard, and
 * closed with Escape; one is opened from a related exercise's page.
 */

#include "config.h"

#include "engine/soften-learn-card.h"
#include "soften-learn-window.h"
#include "ui-test-helpers.h"

/* The learn card shown over the window, or NULL. */
static SoftenLearnWindow *
find_learn_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (SOFTEN_IS_LEARN_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return SOFTEN_LEARN_WINDOW (window);
    }

  return NULL;
}

/* The headings of the note cards in @window: one a section, or a note. */
static guint
count_cards (SoftenLearnWindow *window)
{
  g_autoptr (GPtrArray) cards = g_ptr_array_new ();
  guint                 shown = 0;

  collect (GTK_WIDGET (window), g_type_from_name ("SoftenNoteCard"), cards);
  for (guint i = 0; i < cards->len; i++)
    shown += is_showing (g_ptr_array_index (cards, i));

  return shown;
}

/* Every built-in card has a row in the library; Enter on it opens the card,
 * with its title, sections and credit, and Escape closes it. */
static void
test_library_opens_each_card (Fixture *f, gconstpointer data)
{
  const char *const *ids = soften_learn_card_get_builtin_ids ();

  show_page (f, "library");
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "library");

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr (SoftenLearnCard) card = soften_learn_card_lookup (ids[i], NULL);
      SoftenExercise             *notes_from = NULL;
      SoftenLearnWindow          *learn;
      GtkWidget                  *row;

      g_assert_nonnull (card);
      row = find_row (f, soften_learn_card_get_title (card));
      g_assert_nonnull (row);
      g_assert_true (is_showing (row));
      g_assert_true (gtk_widget_get_focusable (row));

      gtk_widget_grab_focus (row);
      press_key (f, GDK_KEY_Return);
      settle (f);
      learn = find_learn_window ();
      g_assert_nonnull (learn);
      g_assert_cmpstr (soften_learn_card_get_id (soften_learn_window_get_card (learn)), ==, ids[i]);
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (learn)), ==,
                       soften_learn_card_get_title (card));
      g_assert_true (shows_text (GTK_WIDGET (learn), soften_learn_card_get_summary (card)));
      g_assert_true (shows_text (GTK_WIDGET (learn), soften_learn_card_get_credit (card)));

      /* The forgiveness card reads the ritual's notes: written once, shown in both. */
      if (soften_learn_card_get_notes_from (card) != NULL)
        notes_from = soften_library_lookup (soften_application_get_library (f->app),
                                            soften_learn_card_get_notes_from (card));
      g_assert_cmpuint (count_cards (learn), ==,
                        soften_learn_card_get_n_sections (card)
                            + (notes_from != NULL ? soften_exercise_get_n_notes (notes_from) : 0));
      if (notes_from != NULL)
        {
          g_assert_cmpuint (soften_exercise_get_n_notes (notes_from), ==, 5);
          g_assert_true (
              shows_text (GTK_WIDGET (learn), soften_exercise_get_note_text (notes_from, 0)));
        }

      gtk_window_present (GTK_WINDOW (learn));
      settle (f);
      press_key (f, GDK_KEY_Escape);
      settle (f);
      g_assert_null (find_learn_window ());
      g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "library");
    }
}

/* A related exercise offers its card under a name a screen reader says. */
static void
test_exercise_opens_card (Fixture *f, gconstpointer data)
{
  SoftenLibrary     *library = soften_application_get_library (f->app);
  GtkWidget         *button;
  SoftenLearnWindow *learn;
  const char        *label = "Learn more: Your window of tolerance";

  show_exercise (f, soften_library_lookup (library, "where-am-i"));
  settle (f);
  button = find_button (f, label);
  g_assert_nonnull (button);
  g_assert_true (is_showing (button));

  g_signal_emit_by_name (button, "clicked");
  settle (f);
  learn = find_learn_window ();
  g_assert_nonnull (learn);
  g_assert_cmpstr (soften_learn_card_get_id (soften_learn_window_get_card (learn)), ==,
                   "window-of-tolerance");
  gtk_window_destroy (GTK_WINDOW (learn));
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "exercise");

  /* An exercise with no card offers none. */
  show_exercise (f, soften_library_lookup (library, "box-breathing"));
  settle (f);
  g_assert_null (find_button (f, label));
  button = find_button (f, "Learn more: Why we push away the people we love");
  g_assert_true (button == NULL || !is_showing (button));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-learn/library-opens-each-card", test_library_opens_each_card);
  UI_TEST_ADD ("/soften/ui-learn/exercise-opens-card", test_exercise_opens_card);

  ui_app_start ();

  return ui_app_run_tests ();
}
