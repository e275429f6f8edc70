/* test-ui-session.c — a session on the player page: its clock, its keys, its ways out
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs in this process on a fake clock, so a whole exercise
 * takes milliseconds; each test gets fresh settings and a new window
 * (tests/ui-test-helpers.c). Pages are driven through their actions and
 * signals; keys are pressed for real through the X server (XTest).
 *
 * Box breathing from the list to the end, leaving, the keyboard, Stop and
 * Ground from every kind of step, one's own breathing pattern, and sound cues.
 */

#include "config.h"

#include "engine/soften-step-private.h"
#include "soften-pacer.h"
#include "ui-test-helpers.h"

/* Opens the library, picks Box breathing, starts it, and goes through every
 * step to the completion page; the session is recorded once. */
static void
test_box_breathing_end_to_end (Fixture *f, gconstpointer data)
{
  SoftenSession *session;
  GtkWidget     *row;
  GtkWidget     *pacer;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "Soften");
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "library");
  g_assert_nonnull (find_label (f, "Breathing"));

  /* Pick it from the list. */
  row = find_row (f, "Box breathing");
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "exercise");
  g_assert_nonnull (find_label (f, "Box breathing"));
  g_assert_nonnull (find_label (f, "You can always breathe gently through the holds instead of "
                                   "holding. If you are pregnant, or have a heart or lung "
                                   "condition or epilepsy, ask a doctor before practising breath "
                                   "holds. Stop if you feel light-headed."));

  /* Start it, as the Start button does. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "start",
                                  g_variant_new_string ("box-breathing"));
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "player");
  session = current_session (f);
  g_assert_nonnull (session);
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_RUNNING);
  g_assert_nonnull (find_label (f, "Settle in a way that feels steady, sitting or lying down. "
                                   "The holds are optional: holding your breath can make some "
                                   "people dizzy or anxious, so if it does, keep breathing gently "
                                   "through them instead."));
  /* The step and the caution above it take 29 s to read calmly. */
  g_assert_nonnull (find_label (f, "0:29"));

  advance (f, 3 * SEC);
  g_assert_nonnull (find_label (f, "0:26"));

  /* Pause: time stands still, and the page says so ("Paused" in place of
   * the time left). */
  player_action (f, "player.toggle-pause");
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_PAUSED);
  g_assert_nonnull (find_label (f, "Paused"));
  advance (f, 60 * SEC);
  player_action (f, "player.toggle-pause");
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_RUNNING);
  g_assert_null (find_label (f, "Paused"));
  g_assert_nonnull (find_label (f, "0:26"));

  /* The clock moves the steps on. */
  advance (f, 26 * SEC);
  settle (f);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 1);
  g_assert_nonnull (find_label (f, "Step 2 of 6"));
  advance (f, 15 * SEC);
  settle (f);

  /* Step 3 waits for "Continue". */
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 2);
  g_assert_nonnull (find_label (f, "Continue"));
  advance (f, 600 * SEC);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 2);
  player_action (f, "player.next");

  /* The breathing step: the pacer, the phase and the count. */
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 3);
  pacer = find_widget (f, g_type_from_name ("SoftenPacer"));
  g_assert_nonnull (pacer);
  g_assert_nonnull (find_label (f, "Breathe in"));
  g_assert_nonnull (find_label (f, "Breath 1 of 6"));
  /* The shape on screen follows the breath, drawn again only when its
   * edge has moved half a pixel (about 0.008 of the way at this size),
   * and rests exactly full in the hold. */
  advance (f, 2 * SEC);
  settle (f);
  g_assert_cmpfloat_with_epsilon (soften_pacer_get_fullness (SOFTEN_PACER (pacer)), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (soften_pacer_get_shown_fullness (SOFTEN_PACER (pacer)), 0.5,
                                  1e-9);
  advance (f, 1000); /* 1 ms: the edge moves 0.02 pixels */
  settle (f);
  g_assert_cmpfloat_with_epsilon (soften_pacer_get_shown_fullness (SOFTEN_PACER (pacer)), 0.5,
                                  1e-9);
  advance (f, 2 * SEC - 11000);
  settle (f);
  g_assert_cmpfloat_with_epsilon (soften_pacer_get_shown_fullness (SOFTEN_PACER (pacer)),
                                  soften_pacer_get_fullness (SOFTEN_PACER (pacer)), 0.01);
  advance (f, 10000);
  settle (f);
  g_assert_nonnull (find_label (f, "Hold"));
  g_assert_cmpfloat (soften_pacer_get_shown_fullness (SOFTEN_PACER (pacer)), ==, 1.0);
  advance (f, 4 * SEC + SEC / 2);
  settle (f);
  g_assert_nonnull (find_label (f, "Breathe out"));
  g_assert_nonnull (find_label (f, "1"));

  /* Reduce motion: a still phase and a progress bar instead of the pacer. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  settle (f);
  g_assert_false (is_showing (pacer));
  g_assert_nonnull (find_label (f, "Breathe out"));
  g_assert_nonnull (find_widget (f, GTK_TYPE_PROGRESS_BAR));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  settle (f);
  g_assert_true (is_showing (pacer));

  /* Through the rest of the breaths and the closing step. */
  advance (f, 6 * 16 * SEC + 15 * SEC);
  settle (f);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 5);
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 0);
  player_action (f, "player.next");

  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "done");
  g_assert_nonnull (find_label (f, "You Finished “Box breathing”"));
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 1);

  /* Back to the list. */
  g_assert_true (gtk_widget_activate_action (
      find_widget (f, g_type_from_name ("SoftenCompletionPage")), "completion.back", NULL));
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "library");
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 1);
}

/* Escape asks before leaving a running session; keeping going resumes it,
 * leaving stops it without recording anything. */
static void
test_leave_asks (Fixture *f, gconstpointer data)
{
  SoftenSession    *session;
  AdwMessageDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "start",
                                  g_variant_new_string ("box-breathing"));
  settle (f);
  session = current_session (f);

  press_key (f, GDK_KEY_Escape);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_PAUSED);
  answer_dialog (f, "Keep Going");
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_RUNNING);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "player");

  player_action (f, "player.leave");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_object_ref (session);
  answer_dialog (f, "Leave");
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_STOPPED);
  g_object_unref (session);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "exercise");
  g_assert_null (current_session (f));
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 0);
}

/* Space pauses and resumes; Right and Left move between steps. */
static void
test_keyboard (Fixture *f, gconstpointer data)
{
  SoftenSession *session;
  GtkWidget     *focus;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "start",
                                  g_variant_new_string ("box-breathing"));
  settle (f);
  session = current_session (f);

  press_key (f, GDK_KEY_space);
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_PAUSED);
  press_key (f, GDK_KEY_space);
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_RUNNING);

  press_key (f, GDK_KEY_Right);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 1);
  press_key (f, GDK_KEY_Right);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 2);
  press_key (f, GDK_KEY_Left);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 1);
  g_assert_nonnull (find_label (f, "Step 2 of 6"));

  /* The new step's words have the focus, for a screen reader to read out,
   * with where in the exercise they are as their description. */
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (GTK_IS_LABEL (focus));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (focus)), ==,
                   soften_step_get_text (soften_session_get_step (session)));

  /* On a step that waits, Enter on the words goes on. */
  press_key (f, GDK_KEY_Right);
  g_assert_false (soften_step_is_timed (soften_session_get_step (session)));
  g_assert_true (GTK_IS_LABEL (gtk_root_get_focus (GTK_ROOT (f->window))));
  press_key (f, GDK_KEY_Return);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 3);
}

/* "Stop and ground" leaves any kind of step at once for the grounding
 * exercise, and the stopped session is not recorded. */
static void
test_stop_and_ground (Fixture *f, gconstpointer data)
{
  static const struct
  {
    const char    *exercise;
    SoftenStepKind kind;
  } cases[] = {
    { "box-breathing", SOFTEN_STEP_INSTRUCTION },
    { "box-breathing", SOFTEN_STEP_BREATHING },
    { "body-scan", SOFTEN_STEP_CHECK_IN },
    { "body-scan", SOFTEN_STEP_BODY_REGION },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SoftenSession *session = start (f, cases[i].exercise);
      SoftenSession *grounding;

      go_to_kind (f, session, cases[i].kind);
      g_assert_nonnull (find_button (f, "Stop and Ground"));
      g_object_ref (session);
      player_action (f, "player.ground");

      g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_STOPPED);
      g_object_unref (session);
      grounding = current_session (f);
      g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (grounding)), ==,
                       "stop-and-ground");
      g_assert_cmpint (soften_session_get_state (grounding), ==, SOFTEN_SESSION_RUNNING);
      g_assert_null (find_dialog ());
    }

  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 0);
  g_assert_cmpuint (sessions_recorded (f, "body-scan"), ==, 0);
}

/* Does a visible label in @root start with @text? */
static gboolean
shows_text_starting (GtkWidget *root, const char *text)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
      return TRUE;

  return FALSE;
}

/* My breathing follows the pattern in Preferences, whose fields hold only
 * valid values. */
static void
test_my_breathing (Fixture *f, gconstpointer data)
{
  GSettings            *settings = soften_application_get_settings (f->app);
  SoftenLibrary        *library = soften_application_get_library (f->app);
  GListModel           *toplevels = gtk_window_get_toplevels ();
  GtkWindow            *preferences = NULL;
  g_autoptr (GPtrArray) spins = g_ptr_array_new ();
  SoftenSession        *session;
  SoftenStep           *step;
  double                in, hold;

  g_settings_set (settings, "custom-pattern", "(dddd)", 5.5, 0.0, 7.0, 1.0);
  g_settings_set_uint (settings, "custom-cycles", 3);
  session = start (f, "my-breathing");
  go_to_kind (f, session, SOFTEN_STEP_BREATHING);
  step = soften_session_get_step (session);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_INHALE), ==, 5500000);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_HOLD_IN), ==, 0);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_EXHALE), ==, 7000000);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_HOLD_OUT), ==, 1000000);
  g_assert_cmpuint (soften_step_get_cycles (step), ==, 3);
  g_assert_nonnull (find_label (f, "Breath 1 of 3"));

  /* The Preferences window: breathing in cannot be set below 2 seconds. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  settle (f);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (window))
        preferences = GTK_WINDOW (window);
    }
  g_assert_nonnull (preferences);
  collect (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, ==, 5);
  g_assert_cmpfloat (gtk_spin_button_get_value (g_ptr_array_index (spins, 0)), ==, 5.5);

  g_assert_null (find_label_in (GTK_WIDGET (preferences), "Go gently with this pattern"));

  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 0);
  g_settings_get (settings, "custom-pattern", "(dddd)", &in, NULL, NULL, NULL);
  g_assert_cmpfloat (in, ==, 2.0);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 4), 99);
  g_assert_cmpuint (g_settings_get_uint (settings, "custom-cycles"), ==, 30);

  step = soften_exercise_get_step (soften_library_lookup (library, "my-breathing"), 1);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_INHALE), ==, 2000000);
  g_assert_cmpuint (soften_step_get_cycles (step), ==, 30);

  /* A long hold is allowed, up to 10 seconds, and said. */
  gtk_spin_button_set_value (g_ptr_array_index (spins, 3), 99);
  g_settings_get (settings, "custom-pattern", "(dddd)", NULL, NULL, NULL, &hold);
  g_assert_cmpfloat (hold, ==, 10.0);
  g_assert_nonnull (find_label_in (GTK_WIDGET (preferences), "Go gently with this pattern"));
  g_assert_true (shows_text_starting (GTK_WIDGET (preferences),
                                      "It holds the breath for more than 7 seconds."));

  /* So is quick breathing: 2 s in, 2 s out, 1 s of hold. */
  gtk_spin_button_set_value (g_ptr_array_index (spins, 3), 1);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 2), 2);
  g_assert_false (shows_text_starting (GTK_WIDGET (preferences),
                                       "It holds the breath for more than 7 seconds."));
  g_assert_true (
      shows_text_starting (GTK_WIDGET (preferences), "Each breath takes less than 6 seconds."));

  gtk_window_destroy (preferences);
}

static void
cue_cb (SoftenSoundCues *cues, const char *cue, GPtrArray *heard)
{
  g_ptr_array_add (heard, g_strdup (cue));
}

/* With sound cues on, a chime marks each step and each turn of the breath;
 * off (the default), nothing plays. */
static void
test_sound_cues (Fixture *f, gconstpointer data)
{
  GSettings            *settings = soften_application_get_settings (f->app);
  g_autoptr (GPtrArray) heard = g_ptr_array_new_with_free_func (g_free);
  g_autofree char      *joined = NULL;
  SoftenSoundCues      *cues;
  SoftenSession        *session;

  session = start (f, "box-breathing");
  cues = soften_practice_get_sound_cues (soften_application_get_practice (f->app));
  g_signal_connect (cues, "cue", G_CALLBACK (cue_cb), heard);
  player_action (f, "player.next");
  g_assert_cmpuint (heard->len, ==, 0);

  g_settings_set_boolean (settings, "sound-cues", TRUE);
  player_action (f, "player.next");
  go_to_kind (f, session, SOFTEN_STEP_BREATHING);
  advance (f, 4 * SEC);
  advance (f, 4 * SEC);
  advance (f, 4 * SEC);
  advance (f, 4 * SEC);
  g_settings_reset (settings, "sound-cues");
  advance (f, 4 * SEC);

  g_ptr_array_add (heard, NULL);
  joined = g_strjoinv (" ", (char **)heard->pdata);
  g_assert_cmpstr (joined, ==, "step breathe-in hold breathe-out hold breathe-in");
  g_signal_handlers_disconnect_by_func (cues, cue_cb, heard);
}

/* "Breathe without holding": box breathing is 4-0-4-0, twice as many
 * breaths for as long, and says why; turned off, it holds again. */
static void
test_without_holding (Fixture *f, gconstpointer data)
{
  GSettings     *settings = soften_application_get_settings (f->app);
  SoftenSession *session;
  SoftenStep    *step;
  gint64         length;

  session = start (f, "box-breathing");
  go_to_kind (f, session, SOFTEN_STEP_BREATHING);
  step = soften_session_get_step (session);
  length = soften_step_get_duration_usec (step);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_HOLD_IN), ==, 4 * SEC);
  g_assert_null (find_label (f, "Without holding, as you chose in Preferences"));

  g_settings_set_boolean (settings, "breathe-without-holds", TRUE);
  session = start (f, "box-breathing");
  go_to_kind (f, session, SOFTEN_STEP_BREATHING);
  step = soften_session_get_step (session);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_INHALE), ==, 4 * SEC);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_HOLD_IN), ==, 0);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_EXHALE), ==, 4 * SEC);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_HOLD_OUT), ==, 0);
  g_assert_cmpint (soften_step_get_duration_usec (step), ==, length);
  g_assert_nonnull (find_label (f, "Without holding, as you chose in Preferences"));
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (session)), ==,
                   "box-breathing");

  /* The pacer turns from in to out with no hold between. */
  advance (f, 4 * SEC);
  g_assert_nonnull (find_label (f, "Breathe out"));

  g_settings_reset (settings, "breathe-without-holds");
  session = start (f, "box-breathing");
  go_to_kind (f, session, SOFTEN_STEP_BREATHING);
  step = soften_session_get_step (session);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_HOLD_IN), ==, 4 * SEC);
}

/* The first screen of a session whose exercise has a caution shows it,
 * read rather than skimmed, and the second does not; an exercise without
 * one shows none. */
/* The caution card the player shows (the page it came from may still be
 * sliding out, with its own). */
static GtkWidget *
caution_in_player (Fixture *f)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  collect (player (f), g_type_from_name ("SoftenCautionCard"), found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static void
assert_caution_on_first_screen (Fixture *f, const char *id)
{
  SoftenSession  *session = current_session (f);
  SoftenExercise *exercise = soften_session_get_exercise (session);
  const char     *caution = soften_exercise_get_caution (exercise);
  GtkWidget      *shown;

  g_test_message ("%s", id);
  g_assert_cmpstr (soften_exercise_get_id (exercise), ==, id);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 0);

  shown = caution_in_player (f);
  if (caution == NULL)
    {
      g_assert_null (shown);
      return;
    }
  g_assert_nonnull (shown);
  g_assert_nonnull (find_label_in (shown, caution));
}

static void
test_caution_on_every_path (Fixture *f, gconstpointer data)
{
  SoftenLibrary           *library = soften_application_get_library (f->app);
  SoftenScriptStore       *scripts = soften_application_get_scripts (f->app);
  g_autoptr (SoftenScript) script = soften_script_new ();
  SoftenSession           *session;

  g_assert_nonnull (soften_exercise_get_caution (soften_library_lookup (library, "box-breathing")));

  /* From the list: the exercise's page shows it, and so does the first step. */
  show_exercise (f, soften_library_lookup (library, "box-breathing"));
  g_assert_nonnull (find_widget (f, g_type_from_name ("SoftenCautionCard")));
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (f->window), "app.start", "s", "box-breathing"));
  settle (f);
  assert_caution_on_first_screen (f, "box-breathing");
  player_action (f, "player.next");
  g_assert_null (caution_in_player (f));

  /* The desktop's "Breathe", presenting, and a check-in's suggestion. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "breathe", NULL);
  settle (f);
  assert_caution_on_first_screen (f, "box-breathing");
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present",
                                  g_variant_new_string ("four-seven-eight"));
  settle (f);
  assert_caution_on_first_screen (f, "four-seven-eight");
  press_key (f, GDK_KEY_Escape);

  session = start (f, "where-am-i");
  go_to_kind (f, session, SOFTEN_STEP_CHECK_IN);
  gtk_widget_grab_focus (find_button (f, "Above my window"));
  press_key (f, GDK_KEY_space);
  g_signal_emit_by_name (find_button (f, "Longer out-breath"), "clicked");
  settle (f);
  assert_caution_on_first_screen (f, "longer-exhale");

  /* Rehearsing a kept script, from My Scripts; and Stop and Ground. */
  soften_script_set_field (script, SOFTEN_SCRIPT_NEED, "a message");
  g_assert_true (soften_script_store_replace (scripts, script, NULL));
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "rehearse",
                                  g_variant_new_string (soften_script_get_id (script)));
  settle (f);
  assert_caution_on_first_screen (f, "rehearse-script");
  player_action (f, "player.ground");
  assert_caution_on_first_screen (f, "stop-and-ground");
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-session/box-breathing-end-to-end", test_box_breathing_end_to_end);
  UI_TEST_ADD ("/soften/ui-session/leave-asks", test_leave_asks);
  UI_TEST_ADD ("/soften/ui-session/keyboard", test_keyboard);
  UI_TEST_ADD ("/soften/ui-session/stop-and-ground", test_stop_and_ground);
  UI_TEST_ADD ("/soften/ui-session/my-breathing", test_my_breathing);
  UI_TEST_ADD ("/soften/ui-session/without-holding", test_without_holding);
  UI_TEST_ADD ("/soften/ui-session/sound-cues", test_sound_cues);
  UI_TEST_ADD ("/soften/ui-session/caution-on-every-path", test_caution_on_every_path);

  ui_app_start ();

  return ui_app_run_tests ();
}
