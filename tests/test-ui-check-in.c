/* test-ui-check-in.c — check-ins: the 0–10 scale and the zones, answered from the keyboard
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs in this process on a fake clock, so a whole exercise
 * takes milliseconds; each test gets fresh settings and a new window
 * (tests/ui-test-helpers.c). Pages are driven through their actions and
 * signals; keys are pressed for real through the X server (XTest).
 */

#include "config.h"

#include "engine/soften-step-private.h"
#include "ui-test-helpers.h"

/* A tension check-in before and after a body scan, answered from the
 * keyboard, lands in the recorded history; the body map lights each region. */
static void
test_body_scan_check_ins (Fixture *f, gconstpointer data)
{
  SoftenSession       *session = start (f, "body-scan");
  g_autoptr (GVariant) before = NULL;
  g_autoptr (GVariant) after = NULL;
  GtkWidget           *seven;
  GtkWidget           *body_map;
  guint                index;

  /* Step 1 asks how tense the body is: 0 to 10. */
  g_assert_cmpint (soften_step_get_kind (soften_session_get_step (session)), ==,
                   SOFTEN_STEP_CHECK_IN);
  g_assert_nonnull (find_label (f, "0: none"));
  seven = find_button (f, "7");
  g_assert_nonnull (seven);
  gtk_widget_grab_focus (seven);
  press_key (f, GDK_KEY_space);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (seven)));
  g_assert_cmpint (g_variant_get_int32 (soften_session_get_response (session, "tension-before")),
                   ==, 7);

  /* Arrows inside the scale move between its buttons, not between steps. */
  index = soften_session_get_step_index (session);
  press_key (f, GDK_KEY_Right);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, index);
  press_key (f, GDK_KEY_space);
  g_assert_cmpint (g_variant_get_int32 (soften_session_get_response (session, "tension-before")),
                   ==, 8);

  /* The body regions, feet first. */
  go_to_kind (f, session, SOFTEN_STEP_BODY_REGION);
  body_map = find_widget (f, g_type_from_name ("SoftenBodyMap"));
  g_assert_nonnull (body_map);
  g_assert_nonnull (find_label (f, "Feet"));
  advance (f, soften_session_get_step_remaining (session));
  g_assert_nonnull (find_label (f, "Legs"));

  /* To the check-in after, answered 3, and to the end. */
  while (soften_session_get_step_index (session) + 1
         < soften_exercise_get_n_steps (soften_session_get_exercise (session)))
    player_action (f, "player.next");
  g_assert_cmpint (soften_step_get_moment (soften_session_get_step (session)), ==,
                   SOFTEN_MOMENT_AFTER);
  gtk_widget_grab_focus (find_button (f, "3"));
  press_key (f, GDK_KEY_space);
  player_action (f, "player.next");

  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "done");
  /* The end says what changed, in plain words; nothing to suggest, so
   * "Back to Exercises" is the main button, with the focus. */
  g_assert_true (is_showing (find_label (f, "Tension 8 → 3")));
  g_assert_true (is_showing (find_label (f, "Your body let go of some tension.")));
  g_assert_true (
      gtk_widget_has_css_class (find_button (f, "Back to Exercises"), "suggested-action"));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == find_button (f, "Back to Exercises"));
  before = last_response (f, "tension-before");
  after = last_response (f, "tension-after");
  g_assert_nonnull (before);
  g_assert_nonnull (after);
  g_assert_cmpint (g_variant_get_int32 (before), ==, 8);
  g_assert_cmpint (g_variant_get_int32 (after), ==, 3);
}

/* Where am I: "above" suggests calming exercises, and taking one starts it. */
static void
test_zone_check_in_routes (Fixture *f, gconstpointer data)
{
  SoftenSession *session = start (f, "where-am-i");
  GtkWidget     *above;
  GtkWidget     *suggestion;

  go_to_kind (f, session, SOFTEN_STEP_CHECK_IN);
  g_assert_null (find_button (f, "Longer out-breath"));

  above = find_button (f, "Above my window");
  g_assert_nonnull (above);
  gtk_widget_grab_focus (above);
  press_key (f, GDK_KEY_space);
  g_assert_cmpstr (
      g_variant_get_string (soften_session_get_response (session, "zone-before"), NULL), ==,
      "above");
  g_assert_nonnull (find_button (f, "Stop and ground"));
  suggestion = find_button (f, "Longer out-breath");
  g_assert_nonnull (suggestion);

  /* Below suggests movement instead. */
  gtk_widget_grab_focus (find_button (f, "Below my window"));
  press_key (f, GDK_KEY_space);
  g_assert_cmpstr (
      g_variant_get_string (soften_session_get_response (session, "zone-before"), NULL), ==,
      "below");
  g_assert_null (find_button (f, "Longer out-breath"));
  suggestion = find_button (f, "Gentle movement");
  g_assert_nonnull (suggestion);

  /* Inside: carry on, nothing to suggest. */
  gtk_widget_grab_focus (find_button (f, "Inside my window"));
  press_key (f, GDK_KEY_space);
  g_assert_null (find_button (f, "Gentle movement"));
  g_assert_nonnull (find_label (f, "You are inside your window. Carry on whenever you are ready."));

  /* Taking a suggestion leaves this exercise for that one. */
  gtk_widget_grab_focus (find_button (f, "Below my window"));
  press_key (f, GDK_KEY_space);
  g_object_ref (session);
  g_signal_emit_by_name (find_button (f, "Gentle movement"), "clicked");
  settle (f);
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_STOPPED);
  g_object_unref (session);
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (current_session (f))), ==,
                   "gentle-movement");
}

/* Answers the zone check-in at @moment from the keyboard: Space on the button. */
static void
answer_zone (Fixture *f, SoftenSession *session, SoftenMoment moment, const char *button)
{
  while (soften_step_get_kind (soften_session_get_step (session)) != SOFTEN_STEP_CHECK_IN
         || soften_step_get_moment (soften_session_get_step (session)) != moment)
    player_action (f, "player.next");
  gtk_widget_grab_focus (find_button (f, button));
  press_key (f, GDK_KEY_space);
}

/* A button on the completion page (the player may still be fading out). */
static GtkWidget *
done_button (Fixture *f, const char *text)
{
  GtkWidget            *page = find_widget (f, g_type_from_name ("SoftenCompletionPage"));
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  g_assert_nonnull (page);
  collect (page, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (shows_text (g_ptr_array_index (buttons, i), text))
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static void
finish_session (Fixture *f, SoftenSession *session)
{
  while (soften_session_is_active (session))
    player_action (f, "player.next");
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "done");
}

/* After a reaction, still above the window at the end: the completion
 * page says so, and what the check-in suggested is the main button, with
 * the focus: Stop and ground first, then Help Now, which opens Help Now. */
static void
test_suggestion_is_main_button (Fixture *f, gconstpointer data)
{
  SoftenSession *session = start (f, "after-a-reaction");
  GtkWidget     *ground;
  GtkWidget     *help_now;
  GtkWidget     *back;

  answer_zone (f, session, SOFTEN_MOMENT_BEFORE, "Inside my window");
  answer_zone (f, session, SOFTEN_MOMENT_AFTER, "Above my window");
  finish_session (f, session);

  g_assert_true (is_showing (find_label (f, "Your body is on alert")));
  ground = done_button (f, "Stop and ground");
  g_assert_nonnull (ground);
  /* Ground comes before Help Now, in the order the check-in gave. */
  help_now = gtk_widget_get_next_sibling (ground);
  g_assert_true (GTK_IS_BUTTON (help_now) && shows_text (help_now, "Help Now"));
  back = done_button (f, "Back to Exercises");
  g_assert_true (gtk_widget_has_css_class (ground, "suggested-action"));
  g_assert_false (gtk_widget_has_css_class (help_now, "suggested-action"));
  g_assert_false (gtk_widget_has_css_class (back, "suggested-action"));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == ground);

  /* Enter on the main button starts it. */
  press_key (f, GDK_KEY_Return);
  settle (f);
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (current_session (f))), ==,
                   "stop-and-ground");
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "player");

  /* Below the window at the end of that one: gentle movement, then Help Now. */
  session = current_session (f);
  answer_zone (f, session, SOFTEN_MOMENT_AFTER, "Below my window");
  finish_session (f, session);
  g_assert_true (is_showing (find_label (f, "Your body has gone quiet to protect you")));
  g_assert_true (gtk_widget_has_css_class (done_button (f, "Gentle movement"), "suggested-action"));
  g_assert_null (done_button (f, "Stop and ground"));
  help_now = gtk_widget_get_next_sibling (done_button (f, "Gentle movement"));
  g_assert_true (GTK_IS_BUTTON (help_now) && shows_text (help_now, "Help Now"));
  g_signal_emit_by_name (help_now, "clicked");
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "help-now");
}

/* Above the window before, inside after: "You came back inside your
 * window", nothing suggested, and "Back to Exercises" is the main button
 * again. Inside both times: "You stayed". */
static void
test_came_back_inside (Fixture *f, gconstpointer data)
{
  SoftenSession *session = start (f, "after-a-reaction");

  answer_zone (f, session, SOFTEN_MOMENT_BEFORE, "Above my window");
  answer_zone (f, session, SOFTEN_MOMENT_AFTER, "Inside my window");
  finish_session (f, session);

  g_assert_true (is_showing (find_label (f, "You came back inside your window")));
  g_assert_true (is_showing (
      find_label (f, "You began above it, on alert. Now you can choose what comes next.")));
  g_assert_null (done_button (f, "Stop and ground"));
  g_assert_null (done_button (f, "Gentle movement"));
  g_assert_true (
      gtk_widget_has_css_class (done_button (f, "Back to Exercises"), "suggested-action"));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == done_button (f, "Back to Exercises"));

  /* Again, inside both times; nothing left over from before. */
  g_signal_emit_by_name (done_button (f, "Do It Again"), "clicked");
  settle (f);
  session = current_session (f);
  answer_zone (f, session, SOFTEN_MOMENT_BEFORE, "Inside my window");
  answer_zone (f, session, SOFTEN_MOMENT_AFTER, "Inside my window");
  finish_session (f, session);
  g_assert_true (is_showing (find_label (f, "You stayed inside your window")));
  g_assert_null (find_label (f, "You came back inside your window"));

  /* Nothing answered: nothing said. */
  g_signal_emit_by_name (done_button (f, "Do It Again"), "clicked");
  settle (f);
  finish_session (f, current_session (f));
  g_assert_null (find_label (f, "You stayed inside your window"));
  g_assert_null (find_label (f, "Tension 8 → 3"));
  g_assert_true (
      gtk_widget_has_css_class (done_button (f, "Back to Exercises"), "suggested-action"));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-check-in/body-scan-check-ins", test_body_scan_check_ins);
  UI_TEST_ADD ("/soften/ui-check-in/zone-check-in-routes", test_zone_check_in_routes);
  UI_TEST_ADD ("/soften/ui-check-in/suggestion-is-main-button", test_suggestion_is_main_button);
  UI_TEST_ADD ("/soften/ui-check-in/came-back-inside", test_came_back_inside);

  ui_app_start ();

  return ui_app_run_tests ();
}
