/* test-widgets.c — widgets and pages built alone, without the application's window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test makes one widget or page, gives it what the window would bind
 * to its properties (an exercise, a script, a session, the progress on
 * memory GSettings, a library), shows it alone in a plain window under
 * Xvfb, and checks what a person would see change. Then the window goes,
 * and g_assert_finalize_object() checks that the widget, and what it was
 * given, are freed: a handler or a reference left behind fails there.
 *
 * The practice (the one owner of a session) needs a registered
 * GtkApplication to keep the screen on: main() registers a plain one.
 */

#include "config.h"

#include <glib/gstdio.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "engine/soften-exercise-file.h"
#include "soften-exercise-row.h"
#include "soften-player-page.h"
#include "soften-presentation-overlay.h"
#include "soften-problem-row.h"
#include "soften-problems-page.h"
#include "soften-progress-page.h"
#include "soften-rating-scale.h"
#include "soften-script-row.h"
#include "engine/soften-fake-clock-private.h"
#include "engine/soften-progress-private.h"
#include "ui-test-helpers.h"

static GtkApplication *the_app;

/* An exercise of one's own: markup characters in its words, a timed step
 * and one that waits. */
#define MINE                                                                         \
  "[Exercise]\nId=mine\nTitle=<b>Calm</b> & quiet\nSummary=Breathe <slowly> & see\n" \
  "Category=breathing\n"                                                             \
  "[Step 1]\nKind=instruction\nText=Sit <down>.\nDuration=10\n"                      \
  "[Step 2]\nKind=instruction\nText=Go on when ready.\n"

static SoftenExercise *
load_exercise (const char *text)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr (GError) error = NULL;
  SoftenExercise *exercise = soften_exercise_file_load_bytes (bytes, "mine.exercise", NULL, &error);

  g_assert_no_error (error);
  return exercise;
}

static SoftenLibrary *
builtin_library (void)
{
  SoftenLibrary *library = soften_library_new ();

  soften_library_load_resources (library, SOFTEN_BUILTIN_EXERCISES_PATH);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), >=, 11);

  return library;
}

/* The application's settings, in memory and at their defaults. */
static GSettings *
memory_settings (void)
{
  g_autoptr (GSettingsBackend) backend = g_memory_settings_backend_new ();

  return g_settings_new_with_backend (APPLICATION_ID, backend);
}

/* Shows @child alone in a plain window, and waits for it to be drawn.
 * Returns: (transfer none): the window */
static GtkWindow *
show_alone (GtkWidget *child)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 640, 720);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate ();

  return window;
}

static void
redraw (GtkWidget *widget)
{
  iterate ();
  gtk_test_widget_wait_for_draw (widget);
  iterate ();
}

static void
close_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  iterate ();
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* Counts @object's notifications of @property in @count, from 0. */
static void
count_notify (gpointer object, const char *property, guint *count)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  *count = 0;
  g_signal_connect_swapped (object, signal, G_CALLBACK (count_cb), count);
}

/* The scale's buttons, 0 to 10. */
static GPtrArray *
scale_buttons (SoftenRatingScale *scale)
{
  GPtrArray *buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (scale), GTK_TYPE_TOGGLE_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, ==, SOFTEN_RATING_SCALE_MAX + 1);

  return buttons;
}

/* Exactly the button for @value is pressed; none when it is -1. */
static void
assert_pressed (SoftenRatingScale *scale, int value)
{
  g_autoptr (GPtrArray) buttons = scale_buttons (scale);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkToggleButton *button = g_ptr_array_index (buttons, i);
      g_autofree char *label = g_strdup_printf ("%u", i);

      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, label);
      g_assert_cmpint (gtk_toggle_button_get_active (button), ==, (int)i == value);
    }
}

static void
click (GtkWidget *button)
{
  g_signal_emit_by_name (button, "clicked");
  iterate ();
}

/* The 0–10 scale: "value" notifies once for each change and never for
 * none, the button for the value is the one pressed, and clicking a button
 * chooses its number. */
static void
test_rating_scale_value (void)
{
  SoftenRatingScale    *scale = g_object_ref_sink (g_object_new (SOFTEN_TYPE_RATING_SCALE, NULL));
  GtkWindow            *window = show_alone (GTK_WIDGET (scale));
  g_autoptr (GPtrArray) buttons = scale_buttons (scale);
  guint                 notified;
  int                   value;

  g_assert_cmpint (soften_rating_scale_get_value (scale), ==, -1);
  assert_pressed (scale, -1);
  count_notify (scale, "value", &notified);

  soften_rating_scale_set_value (scale, 3);
  iterate ();
  g_assert_cmpuint (notified, ==, 1);
  assert_pressed (scale, 3);

  soften_rating_scale_set_value (scale, 3);
  iterate ();
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (scale, "value", 10, NULL);
  iterate ();
  g_assert_cmpuint (notified, ==, 2);
  assert_pressed (scale, 10);
  g_object_get (scale, "value", &value, NULL);
  g_assert_cmpint (value, ==, 10);

  soften_rating_scale_set_value (scale, -1);
  iterate ();
  g_assert_cmpuint (notified, ==, 3);
  assert_pressed (scale, -1);

  /* Clicking chooses; clicking the chosen number again keeps it. */
  click (g_ptr_array_index (buttons, 0));
  g_assert_cmpint (soften_rating_scale_get_value (scale), ==, 0);
  g_assert_cmpuint (notified, ==, 4);
  assert_pressed (scale, 0);
  click (g_ptr_array_index (buttons, 7));
  g_assert_cmpint (soften_rating_scale_get_value (scale), ==, 7);
  g_assert_cmpuint (notified, ==, 5);
  assert_pressed (scale, 7);
  click (g_ptr_array_index (buttons, 7));
  g_assert_cmpint (soften_rating_scale_get_value (scale), ==, 7);
  g_assert_cmpuint (notified, ==, 5);
  assert_pressed (scale, 7);

  /* What the ends mean is shown under them. */
  soften_rating_scale_set_ends (scale, "0: none", "10: a lot", "How tense");
  redraw (GTK_WIDGET (window));
  g_assert_nonnull (find_label_in (GTK_WIDGET (scale), "0: none"));
  g_assert_nonnull (find_label_in (GTK_WIDGET (scale), "10: a lot"));

  g_signal_handlers_disconnect_by_data (scale, &notified);
  g_ptr_array_set_size (buttons, 0);
  close_window (window);
  g_assert_finalize_object (scale);
}

/* A list row shows one's own exercise's title and summary as they are in
 * the file, markup characters and all, with its length and a "Yours" tag;
 * a built-in one has no tag. */
static void
test_exercise_row_plain_text (void)
{
  SoftenExercise *mine = load_exercise (MINE);
  SoftenExercise *builtin
      = soften_exercise_new ("calm", "Calm & <i>still</i>", SOFTEN_CATEGORY_BODY);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *mine_row;
  GtkWidget *builtin_row;
  GtkWindow *window;

  soften_exercise_set_builtin (builtin, TRUE);
  mine_row = g_object_ref_sink (soften_exercise_row_new (mine));
  builtin_row = g_object_ref_sink (soften_exercise_row_new (builtin));
  gtk_list_box_append (GTK_LIST_BOX (list), mine_row);
  gtk_list_box_append (GTK_LIST_BOX (list), builtin_row);
  window = show_alone (list);

  g_assert_true (soften_exercise_row_get_exercise (SOFTEN_EXERCISE_ROW (mine_row)) == mine);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (mine_row)), ==,
                   "<b>Calm</b> & quiet");
  g_assert_nonnull (find_label_in (mine_row, "<b>Calm</b> & quiet"));
  g_assert_nonnull (find_label_in (mine_row, "Breathe <slowly> & see"));
  g_assert_nonnull (find_label_in (mine_row, "Yours"));
  g_assert_nonnull (find_label_in (mine_row, "1 min"));

  g_assert_nonnull (find_label_in (builtin_row, "Calm & <i>still</i>"));
  g_assert_null (find_label_in (builtin_row, "Yours"));

  close_window (window);
  g_assert_finalize_object (mine_row);
  g_assert_finalize_object (builtin_row);
  g_assert_finalize_object (mine);
  g_assert_finalize_object (builtin);
}

/* A kept script's row shows the person's words as they wrote them, or who
 * helps when there are no words, and when it was kept. */
static void
test_script_row_plain_text (void)
{
  SoftenScript         *words = soften_script_new ();
  SoftenScript         *support = soften_script_new ();
  g_autoptr (GDateTime) created = g_date_time_new_local (2026, 3, 14, 9, 30, 0);
  g_autofree char      *date = g_date_time_format (created, "%x");
  g_autofree char      *kept = g_strdup_printf ("Kept on %s", date);
  g_autofree char      *text = NULL;
  GtkWidget            *list = gtk_list_box_new ();
  GtkWidget            *words_row;
  GtkWidget            *support_row;
  GtkWindow            *window;

  soften_script_set_id (words, "words");
  soften_script_set_created (words, g_date_time_to_unix (created));
  soften_script_set_field (words, SOFTEN_SCRIPT_WHEN, "you shout <b>at me</b>");
  soften_script_set_field (words, SOFTEN_SCRIPT_FEEL, "small & scared");
  soften_script_set_id (support, "support");
  soften_script_set_field (support, SOFTEN_SCRIPT_SUPPORT, "<Sam> & Jo");

  words_row = g_object_ref_sink (soften_script_row_new (words));
  support_row = g_object_ref_sink (soften_script_row_new (support));
  gtk_list_box_append (GTK_LIST_BOX (list), words_row);
  gtk_list_box_append (GTK_LIST_BOX (list), support_row);
  window = show_alone (list);

  text = soften_script_build_text (words);
  g_assert_nonnull (strstr (text, "you shout <b>at me</b>"));
  g_assert_nonnull (strstr (text, "small & scared"));
  {
    g_autoptr (SoftenScript) shown = NULL;

    g_object_get (words_row, "script", &shown, NULL);
    g_assert_true (shown == words);
  }
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (words_row)), ==, text);
  g_assert_nonnull (find_label_in (words_row, text));
  g_assert_nonnull (find_label_in (words_row, kept));

  g_free (text);
  text = soften_script_build_support (support);
  g_assert_nonnull (strstr (text, "<Sam> & Jo"));
  g_assert_nonnull (find_label_in (support_row, text));

  close_window (window);
  g_assert_finalize_object (words_row);
  g_assert_finalize_object (support_row);
  g_assert_finalize_object (words);
  g_assert_finalize_object (support);
}

static GtkRevealer *
revealer_in (GtkWidget *widget)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  collect (widget, GTK_TYPE_REVEALER, found);
  g_assert_cmpuint (found->len, ==, 1);

  return g_ptr_array_index (found, 0);
}

/* Waits, frame by frame, for @revealer's crossfade to end. */
static void
wait_for_reveal (GtkRevealer *revealer, gboolean revealed)
{
  for (guint frame = 0; frame < 500 && gtk_revealer_get_child_revealed (revealer) != revealed;
       frame++)
    redraw (GTK_WIDGET (revealer));

  g_assert_cmpint (gtk_revealer_get_child_revealed (revealer), ==, revealed);
}

/* The presenter's overlay says where the session stands, follows its
 * clock, steps and pace, shows when asked and hides; freed, it no longer
 * follows a session that goes on. */
static void
test_presentation_overlay (void)
{
  SoftenClock               *clock = soften_fake_clock_new ();
  SoftenExercise            *exercise = load_exercise (MINE);
  SoftenSession             *session = soften_session_new (exercise, clock);
  SoftenPresentationOverlay *overlay
      = g_object_ref_sink (g_object_new (SOFTEN_TYPE_PRESENTATION_OVERLAY, NULL));
  GtkWindow   *window = show_alone (GTK_WIDGET (overlay));
  GtkRevealer *revealer = revealer_in (GTK_WIDGET (overlay));

  soften_session_start (session);
  soften_presentation_overlay_set_session (overlay, session);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  soften_presentation_overlay_show (overlay);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  wait_for_reveal (revealer, TRUE);
  g_assert_nonnull (find_label_in (GTK_WIDGET (overlay), "Step 1 of 2 · 0:10"));

  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (clock), 3 * SEC);
  redraw (GTK_WIDGET (window));
  g_assert_nonnull (find_label_in (GTK_WIDGET (overlay), "Step 1 of 2 · 0:07"));

  soften_session_set_pace (session, 1.5);
  redraw (GTK_WIDGET (window));
  g_assert_nonnull (find_label_in (GTK_WIDGET (overlay), "Step 1 of 2 · 0:07 · Faster"));

  /* A step that waits has no time left to show. */
  soften_session_next (session);
  redraw (GTK_WIDGET (window));
  g_assert_nonnull (find_label_in (GTK_WIDGET (overlay), "Step 2 of 2"));

  soften_presentation_overlay_hide (overlay);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  wait_for_reveal (revealer, FALSE);
  g_assert_null (find_label_in (GTK_WIDGET (overlay), "Step 2 of 2"));

  soften_presentation_overlay_show (overlay);
  close_window (window);
  g_assert_finalize_object (overlay);

  /* The session goes on without it. */
  soften_session_previous (session);
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (clock), 20 * SEC);
  soften_session_stop (session);
  g_assert_finalize_object (session);
  g_assert_finalize_object (exercise);
  g_assert_finalize_object (clock);
}

/* The Progress page alone, on the progress of memory GSettings: empty at
 * first, it shows a session as soon as one is recorded, also one recorded
 * while it was hidden, and empties when the history is cleared. */
static void
test_progress_page_follows_history (void)
{
  GSettings      *settings = memory_settings ();
  SoftenProgress *progress = soften_progress_new (settings);
  SoftenLibrary  *library = builtin_library ();
  GtkWidget      *page
      = g_object_new (SOFTEN_TYPE_PROGRESS_PAGE, "progress", progress, "library", library, NULL);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  GtkWindow            *window;

  /* Held here too, to see it freed once its window is gone. */
  g_object_ref_sink (page);
  window = show_alone (page);

  g_assert_nonnull (find_label_in (page, "Nothing Here Yet"));

  soften_progress_record (progress, "box-breathing", 150, now, NULL);
  redraw (GTK_WIDGET (window));
  g_assert_null (find_label_in (page, "Nothing Here Yet"));
  g_assert_nonnull (find_label_in (page, "session"));
  g_assert_nonnull (find_label_in (page, "1 session in the last 12 weeks, on 1 day."));
  g_assert_nonnull (find_label_in (page, "Box breathing"));

  /* Recorded while the page is hidden: shown when it is shown again. */
  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  soften_progress_record (progress, "body-scan", 300, now, NULL);
  gtk_widget_set_visible (GTK_WIDGET (window), TRUE);
  redraw (GTK_WIDGET (window));
  g_assert_nonnull (find_label_in (page, "sessions"));
  g_assert_nonnull (find_label_in (page, "2 sessions in the last 12 weeks, on 1 day."));
  g_assert_nonnull (find_label_in (page, "Body scan"));

  soften_progress_clear (progress);
  redraw (GTK_WIDGET (window));
  g_assert_nonnull (find_label_in (page, "Nothing Here Yet"));

  close_window (window);
  g_assert_finalize_object (page);

  /* What the page followed goes on without it. */
  soften_progress_record (progress, "box-breathing", 150, now, NULL);
  g_assert_finalize_object (progress);
  g_assert_finalize_object (library);
  g_assert_finalize_object (settings);
}

/* Whether a label under @root holds @text anywhere in it. */
static gboolean
any_label_holds (GtkWidget *root, const char *text)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return TRUE;

  return FALSE;
}

/* The Progress page on a history anyone could have written into
 * GSettings: ids of 20,000 characters, times no calendar shows, answers
 * outside 0–10, a hundred sessions of 2^32 seconds. It shows what could
 * have been recorded, without a critical or "(null)", a minutes total
 * that does not wrap at 32 bits, and a note saying what it left out. */
static void
test_progress_page_hostile_history (void)
{
  GSettings               *settings = memory_settings ();
  SoftenProgress          *progress = soften_progress_new (settings);
  SoftenLibrary           *library = builtin_library ();
  g_autoptr (GDateTime)    now = g_date_time_new_now_local ();
  g_autofree char         *long_id = g_strnfill (20000, 'x');
  g_auto (GVariantDict)    hostile = G_VARIANT_DICT_INIT (NULL);
  g_auto (GVariantBuilder) history = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(xsua{sv})"));
  GtkWidget               *page;
  GtkWindow               *window;
  gint64                   today = g_date_time_to_unix (now);

  for (guint i = 0; i < 100; i++)
    g_variant_builder_add (&history, "(xsu@a{sv})", today - 60, "box-breathing", G_MAXUINT32,
                           g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0));
  g_variant_dict_insert (&hostile, "tension-before", "i", 1000);
  g_variant_dict_insert (&hostile, "tension-after", "i", -1000);
  g_variant_builder_add (&history, "(xsu@a{sv})", today, "body-scan", 60,
                         g_variant_dict_end (&hostile));
  for (guint i = 0; i < 5; i++)
    g_variant_builder_add (&history, "(xsu@a{sv})", today, long_id, 60,
                           g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0));
  g_variant_builder_add (&history, "(xsu@a{sv})", G_MAXINT64, "box-breathing", 60,
                         g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0));
  g_settings_set_value (settings, "history", g_variant_builder_end (&history));

  page = g_object_ref_sink (
      g_object_new (SOFTEN_TYPE_PROGRESS_PAGE, "progress", progress, "library", library, NULL));
  window = show_alone (page);

  g_assert_nonnull (find_label_in (page, "7158278826"));
  g_assert_nonnull (
      find_label_in (page, "7 records of your history could not be read, and are left out."));
  g_assert_false (any_label_holds (page, "(null)"));
  g_assert_false (any_label_holds (page, "xxxxxxxx"));
  g_assert_false (any_label_holds (page, "1000"));

  /* A sound history says nothing of the kind. */
  g_settings_reset (settings, "history");
  soften_progress_record (progress, "box-breathing", 150, now, NULL);
  redraw (GTK_WIDGET (window));
  g_assert_false (any_label_holds (page, "could not be read"));

  close_window (window);
  g_assert_finalize_object (page);
  g_assert_finalize_object (progress);
  g_assert_finalize_object (library);
  g_assert_finalize_object (settings);
}

/* Writes an exercise file that cannot be read (a breathing step with
 * cycles that are not a number) into a folder of its own, and returns the
 * folder. */
static GFile *
broken_folder (const char *base, const char *name)
{
  g_autofree char *folder = g_build_filename (base, name, NULL);
  g_autofree char *file = g_build_filename (folder, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file,
                                      "[Exercise]\nId=broken\nTitle=Broken\nCategory=breathing\n"
                                      "[Step 1]\nKind=breathing\nPattern=4;4;4;4\nCycles=lots\n",
                                      -1, NULL));

  return g_file_new_for_path (folder);
}

static guint
n_rows (GtkWidget *page)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  collect (page, SOFTEN_TYPE_PROBLEM_ROW, rows);
  return rows->len;
}

/* The Problems page alone follows its library: each file that could not
 * be read gets a row naming it (as plain text, whatever its name), and the
 * count above them changes with them. */
static void
test_problems_page_follows_library (void)
{
  static const char *const names[] = { "one.exercise", "<two> & more.exercise" };
  g_autoptr (GError)       error = NULL;
  g_autofree char         *base = g_dir_make_tmp ("soften-problems-XXXXXX", &error);
  g_autoptr (GFile)        first = NULL;
  g_autoptr (GFile)        second = NULL;
  SoftenLibrary           *library = soften_library_new ();
  GtkWidget               *page = NULL;
  GtkWindow               *window;
  GPtrArray               *problems;

  g_assert_no_error (error);
  first = broken_folder (base, names[0]);
  second = broken_folder (base, names[1]);

  soften_library_load_directory (library, first);
  page = g_object_ref_sink (g_object_new (SOFTEN_TYPE_PROBLEMS_PAGE, "library", library, NULL));
  window = show_alone (page);
  problems = soften_library_get_problems (library);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpuint (n_rows (page), ==, 1);
  g_assert_nonnull (find_label_in (page, "1 exercise file could not be read:"));
  g_assert_nonnull (find_label_in (page, ((GError *)g_ptr_array_index (problems, 0))->message));

  soften_library_load_directory (library, second);
  redraw (GTK_WIDGET (window));
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpuint (n_rows (page), ==, 2);
  g_assert_nonnull (find_label_in (page, "2 exercise files could not be read:"));
  g_assert_nonnull (
      strstr (((GError *)g_ptr_array_index (problems, 1))->message, "<two> & more.exercise"));
  g_assert_nonnull (find_label_in (page, ((GError *)g_ptr_array_index (problems, 1))->message));

  close_window (window);
  g_assert_finalize_object (page);
  g_assert_finalize_object (library);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *folder = g_build_filename (base, names[i], NULL);
      g_autofree char *file = g_build_filename (folder, names[i], NULL);

      g_assert_cmpint (g_remove (file), ==, 0);
      g_assert_cmpint (g_rmdir (folder), ==, 0);
    }
  g_assert_cmpint (g_rmdir (base), ==, 0);
}

typedef struct
{
  GSettings         *settings;
  SoftenLibrary     *library;
  SoftenProgress    *progress;
  SoftenScriptStore *scripts;
  SoftenClock       *clock;
  char              *folder;
  SoftenPractice    *practice;
} Practice;

static void
practice_set_up (Practice *p, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile)  file = NULL;

  p->folder = g_dir_make_tmp ("soften-practice-XXXXXX", &error);
  g_assert_no_error (error);
  file = g_file_new_build_filename (p->folder, "scripts.ini", NULL);

  p->settings = memory_settings ();
  p->library = builtin_library ();
  p->progress = soften_progress_new (p->settings);
  p->scripts = soften_script_store_new (file);
  p->clock = soften_fake_clock_new ();
  p->practice
      = soften_practice_new (the_app, p->library, p->progress, p->scripts, p->clock, p->settings);
}

/* Everything the practice was given is freed with it: nothing else holds
 * on to any of it. */
static void
practice_tear_down (Practice *p, gconstpointer data)
{
  if (p->practice != NULL)
    g_assert_finalize_object (p->practice);
  g_assert_finalize_object (p->scripts);
  g_assert_finalize_object (p->progress);
  g_assert_finalize_object (p->library);
  g_assert_finalize_object (p->clock);
  g_assert_finalize_object (p->settings);
  g_assert_cmpint (g_rmdir (p->folder), ==, 0);
  g_free (p->folder);
}

/* The practice notifies "session" and "presenting" once for each change;
 * a session left is stopped and leaves nothing scheduled; the practice,
 * its sessions and what it was given are all freed. */
static void
test_practice_session_left (Practice *p, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  SoftenSession     *practised;
  SoftenSession     *presented;
  guint              session_notified;
  guint              presenting_notified;

  count_notify (p->practice, "session", &session_notified);
  count_notify (p->practice, "presenting", &presenting_notified);

  g_assert_true (soften_practice_start (p->practice, "box-breathing", FALSE, 0, &error));
  g_assert_no_error (error);
  practised = g_object_ref (soften_practice_get_session (p->practice));
  g_assert_cmpuint (session_notified, ==, 1);
  g_assert_cmpuint (presenting_notified, ==, 0);
  g_assert_cmpint (soften_session_get_state (practised), ==, SOFTEN_SESSION_RUNNING);
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (p->clock), 3 * SEC);

  soften_practice_leave (p->practice);
  g_assert_null (soften_practice_get_session (p->practice));
  g_assert_cmpint (soften_session_get_state (practised), ==, SOFTEN_SESSION_STOPPED);
  g_assert_cmpuint (session_notified, ==, 2);
  g_assert_cmpuint (soften_fake_clock_get_n_pending (SOFTEN_FAKE_CLOCK (p->clock)), ==, 0);

  g_assert_true (soften_practice_start (p->practice, "box-breathing", TRUE, 0, &error));
  g_assert_no_error (error);
  presented = g_object_ref (soften_practice_get_session (p->practice));
  g_assert_true (soften_practice_get_presenting (p->practice));
  g_assert_cmpuint (session_notified, ==, 3);
  g_assert_cmpuint (presenting_notified, ==, 1);

  soften_practice_leave (p->practice);
  g_assert_false (soften_practice_get_presenting (p->practice));
  g_assert_cmpuint (session_notified, ==, 4);
  g_assert_cmpuint (presenting_notified, ==, 2);
  soften_practice_leave (p->practice);
  g_assert_cmpuint (session_notified, ==, 4);
  g_assert_cmpuint (presenting_notified, ==, 2);
  g_assert_cmpuint (soften_progress_get_n_history (p->progress), ==, 0);

  g_signal_handlers_disconnect_by_data (p->practice, &session_notified);
  g_signal_handlers_disconnect_by_data (p->practice, &presenting_notified);
  g_assert_finalize_object (g_steal_pointer (&p->practice));
  g_assert_finalize_object (practised);
  g_assert_finalize_object (presented);
}

/* A practice that goes (the application quitting) in the middle of a
 * session stops it, and nothing is left holding either. */
static void
test_practice_freed_mid_session (Practice *p, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  SoftenSession     *session;

  g_assert_true (soften_practice_start (p->practice, "body-scan", FALSE, 0, &error));
  g_assert_no_error (error);
  session = g_object_ref (soften_practice_get_session (p->practice));
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (p->clock), 5 * SEC);

  g_assert_finalize_object (g_steal_pointer (&p->practice));
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_STOPPED);
  g_assert_cmpuint (soften_fake_clock_get_n_pending (SOFTEN_FAKE_CLOCK (p->clock)), ==, 0);
  g_assert_cmpuint (soften_progress_get_n_history (p->progress), ==, 0);
  g_assert_finalize_object (session);
}

/* The player page alone, given a practice: it shows the session the
 * practice starts and follows its clock; destroyed, it is freed, and the
 * practice goes on without it. */
static void
test_player_page_alone (Practice *p, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  GtkWidget         *page
      = g_object_ref_sink (g_object_new (SOFTEN_TYPE_PLAYER_PAGE, "practice", p->practice, NULL));
  GtkWindow     *window = show_alone (page);
  SoftenSession *session;

  g_assert_true (soften_practice_start (p->practice, "box-breathing", FALSE, 0, &error));
  g_assert_no_error (error);
  session = soften_practice_get_session (p->practice);
  redraw (GTK_WIDGET (window));
  g_assert_nonnull (find_label_in (page, soften_step_get_text (soften_session_get_step (session))));
  g_assert_nonnull (find_label_in (page, "Step 1 of 6"));
  g_assert_nonnull (find_label_in (page, "0:29"));

  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (p->clock), 3 * SEC);
  redraw (GTK_WIDGET (window));
  g_assert_nonnull (find_label_in (page, "0:26"));

  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (p->clock), 26 * SEC);
  redraw (GTK_WIDGET (window));
  g_assert_nonnull (find_label_in (page, "Step 2 of 6"));

  close_window (window);
  g_assert_finalize_object (page);

  /* The practice goes on without the page. */
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (p->clock), 30 * SEC);
  g_assert_true (soften_practice_start (p->practice, "body-scan", FALSE, 0, &error));
  g_assert_no_error (error);
  soften_practice_leave (p->practice);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int                status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/soften/rating-scale/value", test_rating_scale_value);
  g_test_add_func ("/soften/exercise-row/plain-text", test_exercise_row_plain_text);
  g_test_add_func ("/soften/script-row/plain-text", test_script_row_plain_text);
  g_test_add_func ("/soften/presentation-overlay/follows-session", test_presentation_overlay);
  g_test_add_func ("/soften/progress-page/follows-history", test_progress_page_follows_history);
  g_test_add_func ("/soften/progress-page/hostile-history", test_progress_page_hostile_history);
  g_test_add_func ("/soften/problems-page/follows-library", test_problems_page_follows_library);

#define ADD(path, func) \
  g_test_add ((path), Practice, NULL, practice_set_up, (func), practice_tear_down)

  ADD ("/soften/practice/session-left", test_practice_session_left);
  ADD ("/soften/practice/freed-mid-session", test_practice_freed_mid_session);
  ADD ("/soften/player-page/alone", test_player_page_alone);

#undef ADD

  /* Registered, as the practice's idle inhibitor needs, and not unique:
   * nothing else is claimed on the bus. */
  the_app = gtk_application_new (APPLICATION_ID ".WidgetTests", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (the_app), NULL, &error);
  g_assert_no_error (error);

  status = g_test_run ();

  g_clear_object (&the_app);

  return status;
}
