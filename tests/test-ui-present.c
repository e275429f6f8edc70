/* test-ui-present.c — presenting: fullscreen, keys for pace, nothing recorded
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

#include "engine/soften-progress-private.h"
#include "ui-test-helpers.h"

/* Presenting: fullscreen without a header or buttons, keys for pace and
 * restarting, an overlay that says where it is, Escape leaving at once, and
 * nothing recorded. */
static void
test_present (Fixture *f, gconstpointer data)
{
  SoftenSession *session;
  GtkWidget     *page;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present",
                                  g_variant_new_string ("box-breathing"));
  settle (f);
  session = current_session (f);
  page = player (f);
  g_assert_true (presenting (f));
  g_assert_true (is_showing (page));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->window), "presenting"));
  /* Nothing but the exercise (the list may still be fading out). */
  {
    g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

    collect (page, GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      g_assert_false (shows_text (g_ptr_array_index (buttons, i), "Stop and Ground"));
  }
  g_assert_nonnull (find_label (f, "Step 1 of 6 · 0:29"));

  /* It goes after three seconds of the exercise, out of the way. */
  advance (f, 3 * SEC);
  settle (f);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (adw_bin_get_child (
      ADW_BIN (find_widget (f, g_type_from_name ("SoftenPresentationOverlay")))))));

  /* Up and + speed the step up, Down and - slow it, held to 50–200 %. */
  press_key (f, GDK_KEY_Up);
  g_assert_cmpfloat (soften_session_get_pace (session), ==, 1.25);
  g_assert_nonnull (find_label (f, "Step 1 of 6 · 0:26 · Faster"));
  press_key (f, GDK_KEY_plus);
  g_assert_cmpfloat (soften_session_get_pace (session), ==, 1.5);
  for (guint i = 0; i < 6; i++)
    press_key (f, GDK_KEY_Down);
  g_assert_cmpfloat (soften_session_get_pace (session), ==, 0.5);
  press_key (f, GDK_KEY_minus);
  g_assert_cmpfloat (soften_session_get_pace (session), ==, 0.5);

  /* At half pace, 4 s of the clock are 2 s of the step (after the 3 s
   * before); Home restarts it. */
  advance (f, 4 * SEC);
  g_assert_cmpint (soften_session_get_step_elapsed (session), ==, 5 * SEC);
  press_key (f, GDK_KEY_Home);
  g_assert_cmpint (soften_session_get_step_elapsed (session), ==, 0);

  /* The usual keys work as ever. */
  press_key (f, GDK_KEY_space);
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_PAUSED);
  press_key (f, GDK_KEY_space);
  press_key (f, GDK_KEY_Right);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 1);
  g_assert_cmpfloat (soften_session_get_pace (session), ==, 1.0);

  /* Escape leaves at once: no question, and presenting is over. */
  g_object_ref (session);
  press_key (f, GDK_KEY_Escape);
  g_assert_null (find_dialog ());
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_STOPPED);
  g_object_unref (session);
  g_assert_false (presenting (f));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->window), "presenting"));

  /* A presented exercise that runs to its end is not recorded. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present",
                                  g_variant_new_string ("box-breathing"));
  settle (f);
  session = current_session (f);
  while (soften_session_is_active (session))
    player_action (f, "player.next");
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "done");
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 0);
  g_assert_cmpuint (soften_progress_get_n_history (soften_application_get_progress (f->app)), ==,
                    0);
  g_assert_true (gtk_widget_activate_action (
      find_widget (f, g_type_from_name ("SoftenCompletionPage")), "completion.back", NULL));
  settle (f);
  g_assert_false (presenting (f));

  /* Choosing from the list what to present. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present-chooser", NULL);
  settle (f);
  g_assert_nonnull (find_label (f, "Present"));
  g_assert_nonnull (find_label (f, "Choose the exercise to present. It fills the screen; "
                                   "the arrow keys move between steps and Escape ends it."));
  g_assert_null (find_label (f, "Take a moment. Pick whatever fits how you feel right now; "
                                "every exercise can be stopped at any time."));
  {
    GtkWidget *row = find_row (f, "Body scan");

    g_signal_emit_by_name (row, "activate");
  }
  settle (f);
  g_assert_true (presenting (f));
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (current_session (f))), ==,
                   "body-scan");
  press_key (f, GDK_KEY_Escape);
  g_assert_false (presenting (f));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-present/present", test_present);

  ui_app_start ();

  return ui_app_run_tests ();
}
