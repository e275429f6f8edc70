/* test-ui-exercises-b.c — four practices from the source articles, each run to its end
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs in this process on a fake clock, so a whole exercise
 * takes milliseconds; each test gets fresh settings and a new window
 * (tests/ui-test-helpers.c). Pages are driven through their actions and
 * signals; keys are pressed for real through the X server (XTest).
 *
 * Before I check again, Anger has a message, When you're pushed away and
 * the long body scan: each is opened from its page, which shows its
 * caution, walked to its end as a person would (timed steps left to run
 * out on the clock, check-ins answered from the keyboard), and recorded
 * once, with the time it took, in Progress.
 */

#include "config.h"

#include "engine/soften-step-private.h"
#include "ui-test-helpers.h"

typedef struct
{
  const char *id;
  const char *title;
  gboolean    safety_note; /* the caution links to "When the alarm is about now" */
  const char *choice;      /* the answer to pick on its choice step, if it has one */
  guint       min_minutes; /* at least this long, when a length is promised */
} Walk;

static const Walk walks[] = {
  { "before-i-check-again", "Before I check again", TRUE, NULL, 0 },
  { "anger-has-a-message", "Anger has a message", TRUE, NULL, 0 },
  { "when-youre-pushed-away", "When you’re pushed away", TRUE, NULL, 0 },
  { "body-scan-long", "Long body scan", FALSE, "My hands resting together", 10 },
};

/* Presses Space on the visible button showing @label. */
static void
press_button (Fixture *f, const char *label)
{
  GtkWidget *button = find_button (f, label);

  g_assert_nonnull (button);
  gtk_widget_grab_focus (button);
  press_key (f, GDK_KEY_space);
}

/* Answers a check-in from the keyboard: inside the window, or a 4. */
static void
answer_check_in (Fixture *f, SoftenSession *session)
{
  SoftenStep      *step = soften_session_get_step (session);
  gboolean         zone = soften_step_get_measure (step) == SOFTEN_MEASURE_ZONE;
  g_autofree char *key = g_strdup_printf (
      "%s-%s", zone ? "zone" : "tension",
      soften_step_get_moment (step) == SOFTEN_MOMENT_BEFORE ? "before" : "after");

  press_button (f, zone ? "Inside my window" : "4");
  g_assert_nonnull (soften_session_get_response (session, key));
}

/* Writes a few letters for real into the step's writing area. */
static void
write_something (Fixture *f)
{
  g_autoptr (GPtrArray) views = g_ptr_array_new ();
  GtkTextView          *area = NULL;

  collect (GTK_WIDGET (f->window), GTK_TYPE_TEXT_VIEW, views);
  for (guint i = 0; i < views->len && area == NULL; i++)
    if (gtk_text_view_get_editable (g_ptr_array_index (views, i)))
      area = g_ptr_array_index (views, i);
  g_assert_nonnull (area);
  gtk_widget_grab_focus (GTK_WIDGET (area));
  press_key (f, GDK_KEY_h);
  press_key (f, GDK_KEY_i);
  g_assert_cmpstr (text_of (gtk_text_view_get_buffer (area)), ==, "hi");
}

/* Does what the step asks and moves on: a timed step is left to end on the
 * clock; one that waits is answered, then continued after ten minutes.
 * Returns: how long the step took */
static gint64
take_step (Fixture *f, SoftenSession *session, const Walk *walk)
{
  SoftenStep *step = soften_session_get_step (session);
  guint       index = soften_session_get_step_index (session);
  gint64      remaining = soften_session_get_step_remaining (session);

  /* Its words are on screen, to be read. */
  g_assert_nonnull (find_label (f, soften_step_get_text (step)));

  if (soften_step_is_timed (step))
    {
      /* A second before its end, it is still there. */
      advance (f, remaining - SEC);
      g_assert_cmpuint (soften_session_get_step_index (session), ==, index);
      advance (f, SEC);
      settle (f);
      g_assert_true (!soften_session_is_active (session)
                     || soften_session_get_step_index (session) == index + 1);
      return remaining;
    }

  if (soften_step_get_kind (step) == SOFTEN_STEP_CHECK_IN)
    answer_check_in (f, session);
  else if (soften_step_get_kind (step) == SOFTEN_STEP_CHOICE)
    press_button (f, walk->choice);
  else if (soften_step_get_kind (step) == SOFTEN_STEP_WRITING)
    write_something (f);
  /* A step that waits does not move on by itself. */
  advance (f, 600 * SEC);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, index);
  player_action (f, "player.next");
  return 600 * SEC;
}

/* How many of the Progress page's recent sessions show @title: the rows
 * that say when and how long, "Tuesday, 14:05 · About 3 minutes". */
static guint
recent_rows (Fixture *f, const char *title)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  guint                 n = 0;

  collect (GTK_WIDGET (f->window), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (rows, i);

      n += g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0
           && strstr (adw_action_row_get_subtitle (row), " · ") != NULL;
    }

  return n;
}

static void
walk_through (Fixture *f, const Walk *walk)
{
  SoftenLibrary  *library = soften_application_get_library (f->app);
  SoftenExercise *exercise = soften_library_lookup (library, walk->id);
  GtkWidget      *page;
  SoftenSession  *session;
  gint64          timed;
  gint64          taken = 0;
  guint           seconds = 0;

  /* Its page says what it is, and shows its caution first. */
  g_assert_nonnull (exercise);
  show_exercise (f, exercise);
  page = find_widget (f, g_type_from_name ("SoftenExercisePage"));
  g_assert_nonnull (find_label_in (page, walk->title));
  g_assert_nonnull (find_label_in (page, soften_exercise_get_summary (exercise)));
  g_assert_nonnull (find_label_in (page, soften_exercise_get_caution (exercise)));
  g_assert_true ((find_label_in (page, "When the alarm is about now") != NULL)
                 == walk->safety_note);
  timed = soften_exercise_get_timed_usec (exercise);
  g_assert_cmpint (timed, >=, walk->min_minutes * 60 * SEC);
  if (walk->min_minutes > 0)
    g_assert_cmpint (timed, <, (walk->min_minutes + 1) * 60 * SEC);

  /* Start it as the Start button does, and walk it to its end. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "start",
                                  g_variant_new_string (walk->id));
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "player");
  session = current_session (f);
  g_assert_nonnull (session);
  while (soften_session_is_active (session))
    taken += take_step (f, session, walk);

  /* Finished, and recorded once, with the time it took. */
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "done");
  g_assert_cmpuint (sessions_recorded (f, walk->id), ==, 1);
  soften_progress_get_completions (soften_application_get_progress (f->app), walk->id, NULL,
                                   &seconds, NULL);
  g_assert_cmpint ((gint64)seconds * SEC, ==, taken);
  show_page (f, "progress");
  g_assert_null (find_label (f, "Nothing Here Yet"));
  g_assert_cmpuint (recent_rows (f, walk->title), ==, 1);
}

static void
test_before_i_check_again (Fixture *f, gconstpointer data)
{
  walk_through (f, &walks[0]);
}

static void
test_anger_has_a_message (Fixture *f, gconstpointer data)
{
  walk_through (f, &walks[1]);
}

static void
test_when_youre_pushed_away (Fixture *f, gconstpointer data)
{
  walk_through (f, &walks[2]);
}

static void
test_body_scan_long (Fixture *f, gconstpointer data)
{
  walk_through (f, &walks[3]);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-exercises-b/before-i-check-again", test_before_i_check_again);
  UI_TEST_ADD ("/soften/ui-exercises-b/anger-has-a-message", test_anger_has_a_message);
  UI_TEST_ADD ("/soften/ui-exercises-b/when-youre-pushed-away", test_when_youre_pushed_away);
  UI_TEST_ADD ("/soften/ui-exercises-b/body-scan-long", test_body_scan_long);
  ui_app_start ();
  return ui_app_run_tests ();
}
