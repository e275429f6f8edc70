/* test-ui-scripts.c — boundary and repair scripts, built, kept when asked, and found in My Scripts
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

#include <signal.h>
#include <sys/resource.h>

#include "ui-test-helpers.h"

/* The script the test builds, as it is shown and kept. */
#define SCRIPT_WORDS                                                                        \
  "When you are late, I feel worried, lonely. It’s not OK with me when you do not call. " \
  "I need a message."

/* The repair script the test builds. */
#define REPAIR_WORDS                                                        \
  "I stepped away because i was upset. What I want you to know is i care. " \
  "What I’d like us to try next time is a short break."

/* Types lowercase letters and spaces for real. */
static void
type_text (Fixture *f, const char *text)
{
  for (const char *c = text; *c != '\0'; c++)
    press_key (f, *c == ' ' ? GDK_KEY_space : gdk_unicode_to_keyval (*c));
}

static GtkWidget *
find_field (Fixture *f, const char *title)
{
  GtkWidget *label = find_label (f, title);

  g_assert_nonnull (label);
  return gtk_label_get_mnemonic_widget (GTK_LABEL (label));
}

/* A boundary script, built from the keyboard, kept only when asked, found
 * in My Scripts, rehearsed again, deleted and brought back. */
static void
test_boundary_script (Fixture *f, gconstpointer data)
{
  SoftenScriptStore       *store = soften_application_get_scripts (f->app);
  SoftenSession           *session = start (f, "boundary-script");
  g_autoptr (SoftenScript) kept = NULL;
  g_autoptr (GVariant)     comfort = NULL;
  GtkWidget               *when;
  guint                    n_before = g_list_model_get_n_items (G_LIST_MODEL (store));

  go_to_kind (f, session, SOFTEN_STEP_SCRIPT);
  g_assert_nonnull (find_label (f, "Your words will appear here as you write them."));
  when = find_field (f, "When…");
  g_assert_nonnull (when);
  gtk_widget_grab_focus (when);
  type_text (f, "you are late");
  press_key (f, GDK_KEY_Tab);
  type_text (f, "worried");
  g_assert_nonnull (find_label (f, "When you are late, I feel worried."));

  /* Picking a feeling adds it. */
  g_signal_emit_by_name (find_button (f, "lonely"), "clicked");
  settle (f);
  g_assert_nonnull (find_label (f, "When you are late, I feel worried, lonely."));

  player_action (f, "player.next");
  gtk_widget_grab_focus (find_field (f, "It’s not OK with me when…"));
  type_text (f, "you do not call");
  press_key (f, GDK_KEY_Tab);
  type_text (f, "a message");
  player_action (f, "player.next");
  gtk_widget_grab_focus (find_field (f, "Who can help me stay grounded"));
  type_text (f, "my friend");
  g_assert_nonnull (find_label (f, SCRIPT_WORDS "\n\nIf this gets hard, I can turn to my friend."));

  /* Rehearsing: three times, counted on the session's clock. */
  player_action (f, "player.next");
  g_assert_nonnull (find_label (f, SCRIPT_WORDS));
  g_assert_nonnull (find_label (f, "Say it aloud: 1 of 3"));
  advance (f, 20 * SEC);
  settle (f);
  g_assert_nonnull (find_label (f, "Say it aloud: 2 of 3"));
  advance (f, 40 * SEC);
  settle (f);
  g_assert_cmpint (soften_step_get_kind (soften_session_get_step (session)), ==,
                   SOFTEN_STEP_CHECK_IN);
  g_assert_nonnull (find_label (f, "10: at ease"));
  gtk_widget_grab_focus (find_button (f, "6"));
  press_key (f, GDK_KEY_space);

  /* Nothing is kept until asked; then it is. */
  player_action (f, "player.next");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, n_before);
  gtk_widget_grab_focus (find_button (f, "Keep This Script"));
  press_key (f, GDK_KEY_space);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, n_before + 1);
  g_assert_nonnull (find_label (f, "Kept. You will find it in My Scripts, to rehearse again."));
  while (soften_session_is_active (session))
    player_action (f, "player.next");
  comfort = last_response (f, "comfort-after");
  g_assert_cmpint (g_variant_get_int32 (comfort), ==, 6);
  kept = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_cmpstr (soften_script_get_field (kept, SOFTEN_SCRIPT_NEED), ==, "a message");

  /* The draft did not outlive its session (the player is no longer shown). */
  g_assert_true (soften_script_is_empty (
      soften_practice_get_script_draft (soften_application_get_practice (f->app))));

  /* My Scripts lists it; delete, then undo. */
  show_page (f, "scripts");
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "scripts");
  g_assert_nonnull (find_row (f, SCRIPT_WORDS));
  {
    GtkWidget *scripts_page = find_widget (f, g_type_from_name ("SoftenScriptsPage"));

    g_assert_true (gtk_widget_activate_action (scripts_page, "scripts.delete", "s",
                                               soften_script_get_id (kept)));
    settle (f);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, n_before);
    g_assert_nonnull (find_button (f, "Undo"));
    g_assert_true (gtk_widget_activate_action (scripts_page, "scripts.undo", NULL));
    settle (f);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, n_before + 1);
  }

  /* Rehearse it again. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "rehearse",
                                  g_variant_new_string (soften_script_get_id (kept)));
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "player");
  g_assert_nonnull (find_label (f, SCRIPT_WORDS));

  /* Another script, not kept, is not kept. */
  session = start (f, "boundary-script");
  go_to_kind (f, session, SOFTEN_STEP_SCRIPT);
  gtk_widget_grab_focus (find_field (f, "When…"));
  type_text (f, "never kept");
  while (soften_session_is_active (session))
    player_action (f, "player.next");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, n_before + 1);

  soften_script_store_remove (
      store, soften_script_store_lookup (store, soften_script_get_id (kept)), NULL, NULL);
}

/* A repair script, after a fight: its own three fields, rehearsed, kept
 * only when asked, and listed in My Scripts in its own words. */
static void
test_repair_script (Fixture *f, gconstpointer data)
{
  SoftenScriptStore       *store = soften_application_get_scripts (f->app);
  SoftenSession           *session = start (f, "repair-after-a-fight");
  g_autoptr (SoftenScript) kept = NULL;
  g_autofree char         *words = NULL;

  go_to_kind (f, session, SOFTEN_STEP_SCRIPT);
  g_assert_null (find_label (f, "When…"));
  g_assert_null (find_label (f, "What I want you to know is…"));
  gtk_widget_grab_focus (find_field (f, "I stepped away because…"));
  type_text (f, "i was upset");
  player_action (f, "player.next");
  g_assert_null (find_label (f, "I stepped away because…"));
  gtk_widget_grab_focus (find_field (f, "What I want you to know is…"));
  type_text (f, "i care");
  player_action (f, "player.next");
  gtk_widget_grab_focus (find_field (f, "What I’d like us to try next time is…"));
  type_text (f, "a short break");
  g_assert_nonnull (find_label (f, REPAIR_WORDS));

  /* Rehearsing: three times of 25 seconds, on the session's clock. */
  player_action (f, "player.next");
  g_assert_nonnull (find_label (f, REPAIR_WORDS));
  g_assert_nonnull (find_label (f, "Say it aloud: 1 of 3"));
  advance (f, 75 * SEC);
  settle (f);
  g_assert_cmpint (soften_step_get_kind (soften_session_get_step (session)), ==,
                   SOFTEN_STEP_CHECK_IN);

  /* Nothing is kept until asked; then it is. */
  player_action (f, "player.next");
  g_assert_nonnull (find_label (f, "Nothing is kept unless you choose to keep it."));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  gtk_widget_grab_focus (find_button (f, "Keep This Script"));
  press_key (f, GDK_KEY_space);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  while (soften_session_is_active (session))
    player_action (f, "player.next");
  g_assert_cmpuint (sessions_recorded (f, "repair-after-a-fight"), ==, 1);
  kept = g_list_model_get_item (G_LIST_MODEL (store), 0);
  words = soften_script_build_text (kept);
  g_assert_cmpstr (words, ==, REPAIR_WORDS);
  g_assert_cmpstr (soften_script_get_field (kept, SOFTEN_SCRIPT_WHEN), ==, "");

  show_page (f, "scripts");
  settle (f);
  g_assert_nonnull (find_row (f, REPAIR_WORDS));

  /* Not kept, it is not kept. */
  session = start (f, "repair-after-a-fight");
  go_to_kind (f, session, SOFTEN_STEP_SCRIPT);
  gtk_widget_grab_focus (find_field (f, "I stepped away because…"));
  type_text (f, "never kept");
  while (soften_session_is_active (session))
    player_action (f, "player.next");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  g_assert_cmpuint (sessions_recorded (f, "repair-after-a-fight"), ==, 2);
}

/* Whether a label in the window begins with @start. */
static gboolean
shows_label_starting (Fixture *f, const char *start)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  collect (GTK_WIDGET (f->window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), start))
      return TRUE;

  return FALSE;
}

/* "Keep This Script" failing (a full disk, here a file size limit that
 * fails the write the same way) says why, and nothing shows the script as
 * kept: not the step, not My Scripts, not after the store is read again. */
static void
test_keep_fails (Fixture *f, gconstpointer data)
{
  SoftenScriptStore *store = soften_application_get_scripts (f->app);
  SoftenSession     *session = start (f, "boundary-script");
  struct rlimit      old_limit;
  struct rlimit      limit;
  g_autoptr (GError) error = NULL;

  go_to_kind (f, session, SOFTEN_STEP_SCRIPT);
  gtk_widget_grab_focus (find_field (f, "When…"));
  type_text (f, "you are late");
  while (find_button (f, "Keep This Script") == NULL)
    player_action (f, "player.next");

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 16;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  gtk_widget_grab_focus (find_button (f, "Keep This Script"));
  press_key (f, GDK_KEY_space);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_true (shows_label_starting (f, "It could not be kept: "));
  g_assert_null (find_label (f, "Kept. You will find it in My Scripts, to rehearse again."));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  while (soften_session_is_active (session))
    player_action (f, "player.next");

  show_page (f, "scripts");
  g_assert_false (shows_label_starting (f, "Kept on "));
  g_assert_true (soften_script_store_load (store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-scripts/boundary-script", test_boundary_script);
  UI_TEST_ADD ("/soften/ui-scripts/keep-fails", test_keep_fails);
  UI_TEST_ADD ("/soften/ui-scripts/repair-script", test_repair_script);

  ui_app_start ();

  return ui_app_run_tests ();
}
