/* test-ui-player.c — the player as a person sees it: pausing, focus, presenting
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs in this process on a fake clock (see
 * tests/ui-test-helpers.c); keys are pressed for real through XTest.
 */

#include "config.h"

#include "soften-pacer.h"
#include "soften-player-page-private.h"
#include "ui-test-helpers.h"

static SoftenPlayerPage *
page (Fixture *f)
{
  return SOFTEN_PLAYER_PAGE (player (f));
}

static gboolean
has_ancestor_class (GtkWidget *widget, const char *css_class)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (gtk_widget_has_css_class (widget, css_class))
      return TRUE;

  return FALSE;
}

static void
bounds_of (Fixture *f, GtkWidget *widget, graphene_rect_t *bounds)
{
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (f->window), bounds));
}

/* Pausing a breath: "Paused" large where the time was, the shape dimmed,
 * and nothing moves; a step with no timer never says "Paused". */
static void
test_pause_calm (Fixture *f, gconstpointer data)
{
  SoftenSession  *session = start (f, "box-breathing");
  GtkWidget      *pacer;
  graphene_rect_t before, after;
  double          fullness;

  go_to_kind (f, session, SOFTEN_STEP_BREATHING);
  pacer = find_widget (f, SOFTEN_TYPE_PACER);
  advance (f, 2 * SEC + SEC / 3);
  settle (f);
  bounds_of (f, pacer, &before);
  fullness = soften_pacer_get_fullness (SOFTEN_PACER (pacer));
  g_assert_cmpfloat (fullness, >, 0.3);
  g_assert_false (has_ancestor_class (pacer, "paused"));
  g_assert_null (find_label (f, "Paused"));

  press_key (f, GDK_KEY_space);
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_PAUSED);
  g_assert_true (gtk_widget_has_css_class (find_label (f, "Paused"), "title-1"));
  g_assert_true (gtk_stack_get_visible_child (page (f)->status_stack)
                 == GTK_WIDGET (page (f)->paused_label));
  g_assert_true (has_ancestor_class (pacer, "paused"));
  /* The shape neither moves nor changes size, and stays where the breath
   * stood. */
  bounds_of (f, pacer, &after);
  g_assert_true (graphene_rect_equal (&before, &after));
  advance (f, 30 * SEC);
  settle (f);
  g_assert_cmpfloat (soften_pacer_get_fullness (SOFTEN_PACER (pacer)), ==, fullness);
  g_assert_cmpfloat (soften_pacer_get_shown_fullness (SOFTEN_PACER (pacer)), ==, fullness);

  press_key (f, GDK_KEY_space);
  g_assert_null (find_label (f, "Paused"));
  g_assert_false (has_ancestor_class (pacer, "paused"));
  bounds_of (f, pacer, &after);
  g_assert_true (graphene_rect_equal (&before, &after));

  /* The step that waits for the person (the third) has no timer. */
  player_action (f, "player.previous");
  g_assert_false (soften_step_is_timed (soften_session_get_step (session)));
  soften_session_pause (session);
  settle (f);
  g_assert_null (find_label (f, "Paused"));
  g_assert_false (is_showing (GTK_WIDGET (page (f)->status_stack)));
}

/* Keys that drive the player leave no ring on the step's words; Tab
 * shows where the focus is; presenting, no key ever shows one. */
static void
test_focus_ring (Fixture *f, gconstpointer data)
{
  GtkWindow *window = GTK_WINDOW (f->window);
  GtkWidget *words;

  start (f, "box-breathing");
  words = GTK_WIDGET (page (f)->text_label);
  gtk_widget_grab_focus (words);
  settle (f);

  press_key (f, GDK_KEY_space);
  g_assert_true (gtk_widget_has_focus (words));
  g_assert_false (gtk_window_get_focus_visible (window));
  press_key (f, GDK_KEY_space);
  press_key (f, GDK_KEY_Right);
  g_assert_false (gtk_window_get_focus_visible (window));
  g_assert_false (gtk_widget_get_state_flags (gtk_root_get_focus (GTK_ROOT (window)))
                  & GTK_STATE_FLAG_FOCUS_VISIBLE);

  press_key (f, GDK_KEY_Tab);
  g_assert_true (gtk_window_get_focus_visible (window));

  player_action (f, "player.leave");
  answer_dialog (f, "Leave");
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present",
                                  g_variant_new_string ("box-breathing"));
  settle (f);
  g_assert_true (presenting (f));
  for (guint i = 0; i < 2; i++)
    {
      press_key (f, i == 0 ? GDK_KEY_space : GDK_KEY_Tab);
      g_assert_false (gtk_window_get_focus_visible (window));
    }
  press_key (f, GDK_KEY_Escape);
}

/* A writing step puts the cursor in its text, where Space is a space. */
static void
test_writing_space (Fixture *f, gconstpointer data)
{
  SoftenSession *session = start (f, "forgiveness-ritual");
  GtkWidget     *focus;

  go_to_kind (f, session, SOFTEN_STEP_WRITING);
  settle (f);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (GTK_IS_TEXT_VIEW (focus));

  press_key (f, GDK_KEY_a);
  press_key (f, GDK_KEY_space);
  press_key (f, GDK_KEY_b);
  g_assert_cmpstr (text_of (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus))), ==, "a b");
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_RUNNING);
}

/* The overlay's words, shown or not. */
static const char *
overlay_text (Fixture *f)
{
  GtkWidget *overlay = GTK_WIDGET (page (f)->overlay);
  GtkWidget *revealer = adw_bin_get_child (ADW_BIN (overlay));
  GtkWidget *box = gtk_revealer_get_child (GTK_REVEALER (revealer));

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (box)));
}

/* The time left as the overlay says it: its second part. */
static char *
overlay_time (Fixture *f)
{
  g_auto (GStrv) parts = g_strsplit (overlay_text (f), " · ", -1);

  g_assert_cmpuint (g_strv_length (parts), >=, 2);
  return g_strdup (parts[1]);
}

static void
assert_clocks_agree (Fixture *f)
{
  g_autofree char *time = overlay_time (f);

  g_assert_cmpstr (time, ==, gtk_label_get_text (page (f)->countdown_label));
}

/* Presenting: both clocks say the same at every moment, paused, sped up
 * and slowed down; the pace is seconds a breath, within calm limits. */
static void
test_present_clocks (Fixture *f, gconstpointer data)
{
  SoftenSession *session;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present",
                                  g_variant_new_string ("box-breathing"));
  settle (f);
  session = current_session (f);
  assert_clocks_agree (f);
  for (guint i = 0; i < 7; i++)
    {
      advance (f, SEC / 3 + 1);
      settle (f);
      assert_clocks_agree (f);
    }
  press_key (f, GDK_KEY_Up);
  assert_clocks_agree (f);
  advance (f, SEC / 2);
  settle (f);
  assert_clocks_agree (f);
  press_key (f, GDK_KEY_space);
  g_assert_nonnull (strstr (overlay_text (f), " · Paused"));
  assert_clocks_agree (f);
  press_key (f, GDK_KEY_space);

  /* Breathing: 16 s a breath as written; faster, 12.8 s; never quicker
   * than 8 s (twice as fast); slower, never a hold over 7 s (28 s). */
  go_to_kind (f, session, SOFTEN_STEP_BREATHING);
  press_key (f, GDK_KEY_Home);
  g_assert_nonnull (strstr (overlay_text (f), " · 16 s a breath"));
  press_key (f, GDK_KEY_Up);
  g_assert_nonnull (strstr (overlay_text (f), " · 12.8 s a breath"));
  assert_clocks_agree (f);
  for (guint i = 0; i < 8; i++)
    press_key (f, GDK_KEY_Up);
  g_assert_nonnull (strstr (overlay_text (f), " · 8 s a breath"));
  g_assert_null (strstr (overlay_text (f), "%"));
  for (guint i = 0; i < 12; i++)
    press_key (f, GDK_KEY_Down);
  g_assert_cmpfloat (soften_session_get_pace (session), ==, 4.0 / 7.0);
  g_assert_nonnull (strstr (overlay_text (f), " · 28 s a breath"));
  advance (f, 5 * SEC + SEC / 4);
  settle (f);
  assert_clocks_agree (f);
  press_key (f, GDK_KEY_Escape);
}

/* ? shows the presenter's keys and hides them; so does Escape, without
 * leaving. */
static void
test_key_hints (Fixture *f, gconstpointer data)
{
  GtkRevealer *hints;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present",
                                  g_variant_new_string ("box-breathing"));
  settle (f);
  hints = page (f)->key_hints;
  g_assert_false (gtk_revealer_get_reveal_child (hints));

  press_key_combo (f, GDK_KEY_Shift_L, GDK_KEY_question);
  g_assert_true (gtk_revealer_get_reveal_child (hints));
  /* It fades in from the next frame on. */
  for (guint i = 0; i < 10 && !is_showing (gtk_revealer_get_child (hints)); i++)
    settle (f);
  g_assert_nonnull (find_label (f, "Keys While Presenting"));
  g_assert_nonnull (find_label (f, "Slower"));
  g_assert_cmpint (
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (gtk_revealer_get_child (hints))), ==,
      GTK_ACCESSIBLE_ROLE_DIALOG);
  press_key_combo (f, GDK_KEY_Shift_L, GDK_KEY_question);
  g_assert_false (gtk_revealer_get_reveal_child (hints));

  press_key_combo (f, GDK_KEY_Shift_L, GDK_KEY_question);
  g_assert_true (gtk_revealer_get_reveal_child (hints));
  press_key (f, GDK_KEY_Escape);
  g_assert_false (gtk_revealer_get_reveal_child (hints));
  g_assert_true (presenting (f));
  press_key (f, GDK_KEY_Escape);
  g_assert_false (presenting (f));

  /* Not presenting, ? does nothing. */
  start (f, "box-breathing");
  press_key_combo (f, GDK_KEY_Shift_L, GDK_KEY_question);
  g_assert_false (gtk_revealer_get_reveal_child (page (f)->key_hints));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-player/pause-calm", test_pause_calm);
  UI_TEST_ADD ("/soften/ui-player/focus-ring", test_focus_ring);
  UI_TEST_ADD ("/soften/ui-player/writing-space", test_writing_space);
  UI_TEST_ADD ("/soften/ui-player/present-clocks", test_present_clocks);
  UI_TEST_ADD ("/soften/ui-player/key-hints", test_key_hints);

  ui_app_start ();
  return ui_app_run_tests ();
}
