/* test-ui-library.c — arriving: the library's first things, its views, and coming back to it
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Someone flooded finds "Need to stop?" first, with Stop and Ground and
 * Help Now, then "Where am I right now?"; Alt+G stops and grounds from
 * any page. Progress and My Scripts are views beside Practice, switched
 * in the header bar, or at the bottom of a narrow window. Leaving a
 * rehearsal started from My Scripts comes back to My Scripts; leaving
 * presentation comes back to the list, never to one's own history.
 */

#include "config.h"

#include "ui-test-helpers.h"

static const FixtureOptions narrow = { .width = 360, .height = 640 };
static const FixtureOptions wide = { .width = 1000, .height = 700 };

static GtkWidget *
library_page (Fixture *f)
{
  return soften_window_get_page (f->window, "library");
}

/* The switcher at the bottom, shown only where the header bar has no
 * room for it. */
static gboolean
switcher_bar_shown (Fixture *f)
{
  GtkWidget *bar = find_widget (f, ADW_TYPE_VIEW_SWITCHER_BAR);

  return bar != NULL && is_showing (bar);
}

static const char *
tooltip_of (GtkWidget *button)
{
  const char *tooltip = gtk_widget_get_tooltip_text (button);

  g_assert_nonnull (tooltip);
  return tooltip;
}

/* The first things on the list, and what they do. */
static void
test_first_things (Fixture *f, gconstpointer data)
{
  GtkWidget       *ground = find_button (f, "Stop and Ground");
  GtkWidget       *help = find_button (f, "Help Now");
  GtkWidget       *where = find_row (f, "Where am I right now?");
  GtkWidget       *first_category = find_label (f, "Noticing the Body");
  graphene_point_t top = { 0, 0 }, below;

  g_assert_nonnull (find_label (f, "Need to stop?"));
  g_assert_nonnull (ground);
  g_assert_nonnull (help);
  g_assert_true (is_showing (ground) && is_showing (help) && is_showing (where));
  g_assert_true (gtk_widget_get_focusable (ground) || gtk_widget_get_can_focus (ground));
  g_assert_cmpstr (tooltip_of (ground), ==, "Stop and Ground (Alt+G)");

  /* Above the categories. */
  g_assert_true (gtk_widget_compute_point (where, library_page (f), &top, &below));
  {
    graphene_point_t category;

    g_assert_true (gtk_widget_compute_point (first_category, library_page (f), &top, &category));
    g_assert_cmpfloat (below.y, <, category.y);
  }

  /* The way in starts the quick check at once. */
  g_signal_emit_by_name (where, "activate");
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "player");
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (current_session (f))), ==,
                   "where-am-i");
  soften_practice_leave (soften_application_get_practice (f->app));
  settle (f);

  g_signal_emit_by_name (ground, "clicked");
  settle (f);
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (current_session (f))), ==,
                   "stop-and-ground");
}

/* Writing takes as long as it takes: its row does not say "1 min". */
static void
test_own_pace (Fixture *f, gconstpointer data)
{
  GtkWidget *forgiveness;

  show_page (f, "library");
  while (find_row (f, "Forgiveness release ritual") == NULL)
    iterate ();
  forgiveness = find_row (f, "Forgiveness release ritual");
  g_assert_nonnull (find_label_in (forgiveness, "At your own pace"));
  g_assert_null (find_label_in (forgiveness, "1 min"));
  g_assert_nonnull (find_label_in (find_row (f, "Stop and ground"), "1 min"));
}

/* Practice · Progress · My Scripts. */
static void
test_views (Fixture *f, gconstpointer data)
{
  AdwViewStack *stack = ADW_VIEW_STACK (find_widget (f, ADW_TYPE_VIEW_STACK));

  /* At 360 px the switcher is at the bottom. */
  g_assert_true (switcher_bar_shown (f));
  g_assert_nonnull (find_label (f, "My Scripts"));

  show_page (f, "progress");
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "progress");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "progress");
  g_assert_true (is_showing (soften_window_get_page (f->window, "progress")));
  g_assert_true (switcher_bar_shown (f));

  /* Switching as the switcher does shows the view, and the window says so. */
  adw_view_stack_set_visible_child_name (stack, "scripts");
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "scripts");
  g_assert_true (is_showing (soften_window_get_page (f->window, "scripts")));

  /* Escape goes back to Practice. */
  press_key (f, GDK_KEY_Escape);
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "library");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "practice");

  /* Choosing what to present is in Practice, with nothing to switch to. */
  show_page (f, "progress");
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present-chooser", NULL);
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "library");
  g_assert_false (switcher_bar_shown (f));
  g_assert_null (find_label (f, "Need to stop?"));
  press_key (f, GDK_KEY_Escape);
  settle (f);
  g_assert_true (switcher_bar_shown (f));
}

/* In a wide window the switcher is in the header bar, not at the bottom. */
static void
test_views_wide (Fixture *f, gconstpointer data)
{
  g_assert_false (switcher_bar_shown (f));
  g_assert_true (is_showing (find_widget (f, ADW_TYPE_VIEW_SWITCHER)));
  show_page (f, "scripts");
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "scripts");

  /* Escape goes back to Practice with the focus on the switcher too. */
  {
    GtkWidget *button = find_widget (f, g_type_from_name ("AdwViewSwitcherButton"));

    g_assert_nonnull (button);
    g_assert_true (gtk_widget_grab_focus (button));
    press_key (f, GDK_KEY_Escape);
    settle (f);
    g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "library");
  }
}

/* Alt+G stops and grounds from any page: the list, Progress, a session. */
static void
test_alt_g (Fixture *f, gconstpointer data)
{
  SoftenSession *session;

  press_key_combo (f, GDK_KEY_Alt_L, GDK_KEY_g);
  settle (f);
  g_assert_nonnull (current_session (f));
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (current_session (f))), ==,
                   "stop-and-ground");
  soften_practice_leave (soften_application_get_practice (f->app));
  settle (f);

  show_page (f, "progress");
  press_key_combo (f, GDK_KEY_Alt_L, GDK_KEY_g);
  settle (f);
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (current_session (f))), ==,
                   "stop-and-ground");
  soften_practice_leave (soften_application_get_practice (f->app));
  settle (f);

  /* In a session, the session stops, unrecorded, for grounding. */
  session = g_object_ref (start (f, "box-breathing"));
  press_key_combo (f, GDK_KEY_Alt_L, GDK_KEY_g);
  settle (f);
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_STOPPED);
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (current_session (f))), ==,
                   "stop-and-ground");
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 0);
  g_object_unref (session);
}

/* A rehearsal started from My Scripts comes back to My Scripts. */
static void
test_rehearsal_back_to_scripts (Fixture *f, gconstpointer data)
{
  SoftenScriptStore       *store = soften_application_get_scripts (f->app);
  g_autoptr (SoftenScript) script = soften_script_new ();
  g_autoptr (GError)       error = NULL;

  soften_script_set_field (script, SOFTEN_SCRIPT_WHEN, "plans are made without me");
  g_assert_true (soften_script_store_insert (store, 0, script, &error));
  g_assert_no_error (error);

  show_page (f, "scripts");
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "rehearse",
                                  g_variant_new_string (soften_script_get_id (script)));
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "player");
  soften_practice_leave (soften_application_get_practice (f->app));
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "scripts");

  /* From the list, an exercise still comes back to its page. */
  show_page (f, "library");
  start (f, "box-breathing");
  soften_practice_leave (soften_application_get_practice (f->app));
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "exercise");
}

/* Leaving presentation lands on the list, never on Progress or on the
 * exercise's page with the presenter's own history. */
static void
test_presenting_lands_on_the_list (Fixture *f, gconstpointer data)
{
  show_page (f, "progress");
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present",
                                  g_variant_new_string ("box-breathing"));
  settle (f);
  g_assert_true (presenting (f));
  press_key (f, GDK_KEY_Escape);
  settle (f);
  g_assert_false (presenting (f));
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "library");
  g_assert_cmpstr (
      adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (find_widget (f, ADW_TYPE_VIEW_STACK))),
      ==, "practice");
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD_FULL ("/soften/ui-library/first-things", test_first_things, &narrow);
  UI_TEST_ADD_FULL ("/soften/ui-library/own-pace", test_own_pace, &wide);
  UI_TEST_ADD_FULL ("/soften/ui-library/views", test_views, &narrow);
  UI_TEST_ADD_FULL ("/soften/ui-library/views-wide", test_views_wide, &wide);
  UI_TEST_ADD ("/soften/ui-library/alt-g", test_alt_g);
  UI_TEST_ADD ("/soften/ui-library/rehearsal-back-to-scripts", test_rehearsal_back_to_scripts);
  UI_TEST_ADD ("/soften/ui-library/presenting-lands-on-the-list",
               test_presenting_lands_on_the_list);

  ui_app_start ();

  return ui_app_run_tests ();
}
