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

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-check-in/body-scan-check-ins", test_body_scan_check_ins);
  UI_TEST_ADD ("/soften/ui-check-in/zone-check-in-routes", test_zone_check_in_routes);

  ui_app_start ();

  return ui_app_run_tests ();
}
