/* test-ui.c — the real window, driven as a person would, under Xvfb
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs in this process on a fake clock, so a whole exercise
 * takes milliseconds. Pages are driven through their actions and signals;
 * the keyboard shortcuts are pressed for real through the X server (XTest).
 */

#include "config.h"

#include <adwaita.h>

#include "engine/soften-fake-clock.h"
#include "engine/soften-progress-private.h"
#include "engine/soften-step-private.h"
#include "soften-application.h"
#include "soften-pacer.h"
#include "soften-player-page.h"
#include "soften-release-view.h"
#include "soften-window.h"
#include "ui-test-helpers.h"



/* One application for the whole run, as a D-Bus name can be exported once;
 * each test gets a new window and fresh settings. */
static SoftenApplication *the_app;
static SoftenClock *the_clock;
















static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GSettings *settings;

  f->app = the_app;
  f->clock = the_clock;

  settings = soften_application_get_settings (f->app);
  g_settings_reset (settings, "completions");
  g_settings_reset (settings, "history");
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);

  g_application_activate (G_APPLICATION (f->app));
  f->window = SOFTEN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (f->app)));
  g_assert_nonnull (f->window);
  settle (f);
}

/* Whether a stack in @widget is still crossfading. */
static gboolean
transition_running (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (transition_running (child))
      return TRUE;

  return FALSE;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (f->app));
  GList *windows = NULL;

  /* Let a crossfade finish before the window goes, as a person's would. */
  for (guint frame = 0; active != NULL && frame < 500 && transition_running (GTK_WIDGET (active)); frame++)
    {
      iterate ();
      gtk_test_widget_wait_for_draw (GTK_WIDGET (active));
    }

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (f->app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  iterate ();
}

static guint
sessions_recorded (Fixture    *f,
                   const char *id)
{
  guint sessions = 0;

  soften_progress_get_completions (soften_application_get_progress (f->app), id,
                                   &sessions, NULL, NULL);
  return sessions;
}

/* Opens the library, picks Box breathing, starts it, and goes through every
 * step to the completion page; the session is recorded once. */
static void
test_box_breathing_end_to_end (Fixture       *f,
                               gconstpointer  data)
{
  SoftenSession *session;
  GtkWidget *row;
  GtkWidget *pacer;

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
  g_assert_nonnull (find_label (f, "If holding your breath makes you dizzy or anxious, "
                                   "breathe gently through the holds instead, or stop at any time."));

  /* Start it, as the Start button does. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "start",
                                  g_variant_new_string ("box-breathing"));
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "player");
  session = current_session (f);
  g_assert_nonnull (session);
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_RUNNING);
  g_assert_nonnull (find_label (f, "Find a way to sit that lets your feet rest on the floor. "
                                   "You don’t have to sit up straight; just let the chair hold you."));
  g_assert_nonnull (find_label (f, "0:10"));

  advance (f, 3 * SEC);
  g_assert_nonnull (find_label (f, "0:07"));

  /* Pause: time stands still, and the page says so. */
  player_action (f, "player.toggle-pause");
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_PAUSED);
  g_assert_nonnull (find_label (f, "Paused"));
  advance (f, 60 * SEC);
  g_assert_nonnull (find_label (f, "0:07"));
  player_action (f, "player.toggle-pause");
  g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_RUNNING);
  g_assert_null (find_label (f, "Paused"));

  /* The clock moves the steps on. */
  advance (f, 7 * SEC);
  settle (f);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 1);
  g_assert_nonnull (find_label (f, "Step 2 of 6"));
  advance (f, 12 * SEC);
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
  g_assert_cmpfloat_with_epsilon (soften_pacer_get_shown_fullness (SOFTEN_PACER (pacer)), 0.5, 1e-9);
  advance (f, 1000);  /* 1 ms: the edge moves 0.02 pixels */
  settle (f);
  g_assert_cmpfloat_with_epsilon (soften_pacer_get_shown_fullness (SOFTEN_PACER (pacer)), 0.5, 1e-9);
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
  g_assert_true (gtk_widget_activate_action (find_widget (f, g_type_from_name ("SoftenCompletionPage")),
                                             "completion.back", NULL));
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "library");
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 1);
}



/* Escape asks before leaving a running session; keeping going resumes it,
 * leaving stops it without recording anything. */
static void
test_leave_asks (Fixture       *f,
                 gconstpointer  data)
{
  SoftenSession *session;
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
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  SoftenSession *session;
  GtkWidget *focus;

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



/* The most recent history entry's answer for @key, or NULL. */
static GVariant *
last_response (Fixture    *f,
               const char *key)
{
  g_autoptr(GVariant) history = g_settings_get_value (soften_application_get_settings (f->app), "history");
  g_autoptr(GVariant) entry = NULL;
  g_autoptr(GVariant) answers = NULL;

  if (g_variant_n_children (history) == 0)
    return NULL;

  entry = g_variant_get_child_value (history, g_variant_n_children (history) - 1);
  answers = g_variant_get_child_value (entry, 3);

  return g_variant_lookup_value (answers, key, NULL);
}

/* A tension check-in before and after a body scan, answered from the
 * keyboard, lands in the recorded history; the body map lights each region. */
static void
test_body_scan_check_ins (Fixture       *f,
                          gconstpointer  data)
{
  SoftenSession *session = start (f, "body-scan");
  g_autoptr(GVariant) before = NULL;
  g_autoptr(GVariant) after = NULL;
  GtkWidget *seven;
  GtkWidget *body_map;
  guint index;

  /* Step 1 asks how tense the body is: 0 to 10. */
  g_assert_cmpint (soften_step_get_kind (soften_session_get_step (session)), ==, SOFTEN_STEP_CHECK_IN);
  g_assert_nonnull (find_label (f, "0: none"));
  seven = find_button (f, "7");
  g_assert_nonnull (seven);
  gtk_widget_grab_focus (seven);
  press_key (f, GDK_KEY_space);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (seven)));
  g_assert_cmpint (g_variant_get_int32 (soften_session_get_response (session, "tension-before")), ==, 7);

  /* Arrows inside the scale move between its buttons, not between steps. */
  index = soften_session_get_step_index (session);
  press_key (f, GDK_KEY_Right);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, index);
  press_key (f, GDK_KEY_space);
  g_assert_cmpint (g_variant_get_int32 (soften_session_get_response (session, "tension-before")), ==, 8);

  /* The body regions, feet first. */
  go_to_kind (f, session, SOFTEN_STEP_BODY_REGION);
  body_map = find_widget (f, g_type_from_name ("SoftenBodyMap"));
  g_assert_nonnull (body_map);
  g_assert_nonnull (find_label (f, "Feet"));
  advance (f, soften_session_get_step_remaining (session));
  g_assert_nonnull (find_label (f, "Legs"));

  /* To the check-in after, answered 3, and to the end. */
  while (soften_session_get_step_index (session) + 1 < soften_exercise_get_n_steps (soften_session_get_exercise (session)))
    player_action (f, "player.next");
  g_assert_cmpint (soften_step_get_moment (soften_session_get_step (session)), ==, SOFTEN_MOMENT_AFTER);
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
test_zone_check_in_routes (Fixture       *f,
                           gconstpointer  data)
{
  SoftenSession *session = start (f, "where-am-i");
  GtkWidget *above;
  GtkWidget *suggestion;

  go_to_kind (f, session, SOFTEN_STEP_CHECK_IN);
  g_assert_null (find_button (f, "Longer out-breath"));

  above = find_button (f, "Above my window");
  g_assert_nonnull (above);
  gtk_widget_grab_focus (above);
  press_key (f, GDK_KEY_space);
  g_assert_cmpstr (g_variant_get_string (soften_session_get_response (session, "zone-before"), NULL), ==, "above");
  g_assert_nonnull (find_button (f, "Stop and ground"));
  suggestion = find_button (f, "Longer out-breath");
  g_assert_nonnull (suggestion);

  /* Below suggests movement instead. */
  gtk_widget_grab_focus (find_button (f, "Below my window"));
  press_key (f, GDK_KEY_space);
  g_assert_cmpstr (g_variant_get_string (soften_session_get_response (session, "zone-before"), NULL), ==, "below");
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
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (current_session (f))),
                   ==, "gentle-movement");
}

/* "Stop and ground" leaves any kind of step at once for the grounding
 * exercise, and the stopped session is not recorded. */
static void
test_stop_and_ground (Fixture       *f,
                      gconstpointer  data)
{
  static const struct {
    const char     *exercise;
    SoftenStepKind  kind;
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
      g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (grounding)), ==, "stop-and-ground");
      g_assert_cmpint (soften_session_get_state (grounding), ==, SOFTEN_SESSION_RUNNING);
      g_assert_null (find_dialog ());
    }

  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 0);
  g_assert_cmpuint (sessions_recorded (f, "body-scan"), ==, 0);
}

/* My breathing follows the pattern in Preferences, whose fields hold only
 * valid values. */
static void
test_my_breathing (Fixture       *f,
                   gconstpointer  data)
{
  GSettings *settings = soften_application_get_settings (f->app);
  SoftenLibrary *library = soften_application_get_library (f->app);
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *preferences = NULL;
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  SoftenSession *session;
  SoftenStep *step;
  double in;

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

  /* The Preferences window: breathing in cannot be set below 1 second. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  settle (f);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (window))
        preferences = GTK_WINDOW (window);
    }
  g_assert_nonnull (preferences);
  collect (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, ==, 5);
  g_assert_cmpfloat (gtk_spin_button_get_value (g_ptr_array_index (spins, 0)), ==, 5.5);

  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 0);
  g_settings_get (settings, "custom-pattern", "(dddd)", &in, NULL, NULL, NULL);
  g_assert_cmpfloat (in, ==, 1.0);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 4), 99);
  g_assert_cmpuint (g_settings_get_uint (settings, "custom-cycles"), ==, 30);

  step = soften_exercise_get_step (soften_library_lookup (library, "my-breathing"), 1);
  g_assert_cmpint (soften_step_get_phase_usec (step, SOFTEN_BREATH_INHALE), ==, 1000000);
  g_assert_cmpuint (soften_step_get_cycles (step), ==, 30);

  gtk_window_destroy (preferences);
  g_settings_reset (settings, "custom-pattern");
  g_settings_reset (settings, "custom-cycles");
}

static void
cue_cb (SoftenSoundCues *cues,
        const char      *cue,
        GPtrArray       *heard)
{
  g_ptr_array_add (heard, g_strdup (cue));
}

/* With sound cues on, a chime marks each step and each turn of the breath;
 * off (the default), nothing plays. */
static void
test_sound_cues (Fixture       *f,
                 gconstpointer  data)
{
  GSettings *settings = soften_application_get_settings (f->app);
  g_autoptr(GPtrArray) heard = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  SoftenSoundCues *cues;
  SoftenSession *session;

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

/* A marker no one would write, different in every run. */
static char *
make_marker (void)
{
  /* tests/test-privacy.py gives its own, to look for it in every write. */
  if (g_getenv ("SOFTEN_TEST_MARKER") != NULL)
    return g_strdup (g_getenv ("SOFTEN_TEST_MARKER"));

  return g_strdup_printf ("SOFTENMARKER%08x%08x", g_random_int (), g_random_int ());
}

static GtkTextView *
writing_area (Fixture *f)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  collect (GTK_WIDGET (f->window), GTK_TYPE_TEXT_VIEW, views);
  for (guint i = 0; i < views->len; i++)
    if (gtk_text_view_get_editable (g_ptr_array_index (views, i)))
      return g_ptr_array_index (views, i);

  return NULL;
}

/* Types into the writing area for real, then adds @marker as typing would. */
static GtkTextBuffer *
write_marker (Fixture    *f,
              const char *marker)
{
  GtkTextView *area = writing_area (f);
  GtkTextBuffer *buffer;

  g_assert_nonnull (area);
  gtk_widget_grab_focus (GTK_WIDGET (area));
  press_key (f, GDK_KEY_h);
  press_key (f, GDK_KEY_space);
  press_key (f, GDK_KEY_i);
  buffer = gtk_text_view_get_buffer (area);
  gtk_text_buffer_insert_at_cursor (buffer, marker, -1);
  settle (f);

  g_assert_true (g_str_has_prefix (text_of (buffer), "h i"));
  g_assert_nonnull (strstr (text_of (buffer), marker));

  /* Copying what was written is refused, and it never becomes the
   * primary selection. */
  {
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    gtk_text_buffer_select_range (buffer, &start, &end);
    g_signal_emit_by_name (area, "copy-clipboard");
    g_signal_emit_by_name (area, "cut-clipboard");
    settle (f);
    g_assert_null (gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (area))));
    g_assert_null (gdk_clipboard_get_content (gtk_widget_get_primary_clipboard (GTK_WIDGET (area))));
    g_assert_nonnull (strstr (text_of (buffer), marker));
  }

  return g_object_ref (buffer);
}

static void
assert_wiped (GtkTextBuffer *buffer)
{
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  g_assert_false (gtk_text_buffer_get_can_undo (buffer));
}

static gboolean
file_contains (const char *path,
               const char *marker)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  return g_strstr_len (contents, length, marker) != NULL;
}

/* Walks @dir and fails on any file holding @marker. */
static void
assert_no_file_holds (const char *dir,
                      const char *marker)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  if (listing == NULL)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        assert_no_file_holds (path, marker);
      else if (file_contains (path, marker))
        g_error ("%s holds what was written", path);
    }
}

static void
assert_no_setting_holds (Fixture    *f,
                         const char *marker)
{
  GSettings *settings = soften_application_get_settings (f->app);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char *printed = g_variant_print (value, FALSE);

      g_assert_null (strstr (printed, marker));
    }
}

static void
assert_marker_nowhere (Fixture    *f,
                       const char *marker)
{
  const char *dirs[] = {
    g_get_home_dir (), g_get_user_data_dir (), g_get_user_config_dir (),
    g_get_user_cache_dir (), g_get_user_state_dir (), g_get_user_runtime_dir (),
  };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    assert_no_file_holds (dirs[i], marker);
  assert_no_setting_holds (f, marker);
}

typedef enum
{
  EXIT_FINISH,
  EXIT_RELEASE,
  EXIT_LEAVE,
  EXIT_GROUND,
  EXIT_CLOSE_WINDOW,
  EXIT_QUIT,
} ExitPath;

/* What is written in the forgiveness ritual is wiped by every way out, and
 * reaches no file, no setting and no clipboard. */
static void
test_writing_is_never_kept (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *marker = make_marker ();

  for (ExitPath path = EXIT_FINISH; path <= EXIT_QUIT; path++)
    {
      SoftenSession *session;
      g_autoptr(GtkTextBuffer) buffer = NULL;

      g_test_message ("exit path %d", path);
      if (f->window == NULL)
        {
          g_application_activate (G_APPLICATION (f->app));
          f->window = SOFTEN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (f->app)));
          settle (f);
        }

      session = start (f, "forgiveness-ritual");
      go_to_kind (f, session, SOFTEN_STEP_WRITING);
      buffer = write_marker (f, marker);

      switch (path)
        {
        case EXIT_FINISH:
          while (soften_session_is_active (session))
            player_action (f, "player.next");
          break;

        case EXIT_RELEASE:
          g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
          player_action (f, "player.next");
          g_assert_cmpint (soften_step_get_kind (soften_session_get_step (session)), ==, SOFTEN_STEP_RELEASE);
          g_signal_emit_by_name (find_button (f, "Burn It"), "clicked");
          settle (f);
          g_assert_nonnull (find_label (f, "It’s gone. Nothing you wrote was kept."));
          g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
          assert_wiped (buffer);
          /* Going back shows an empty page: the words are gone for good. */
          player_action (f, "player.previous");
          g_assert_cmpint (gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (writing_area (f))), ==, 0);
          break;

        case EXIT_LEAVE:
          press_key (f, GDK_KEY_Escape);
          answer_dialog (f, "Leave");
          break;

        case EXIT_GROUND:
          player_action (f, "player.ground");
          break;

        case EXIT_CLOSE_WINDOW:
          gtk_window_close (GTK_WINDOW (f->window));
          iterate ();
          f->window = NULL;
          break;

        case EXIT_QUIT:
          press_key_combo (f, GDK_KEY_Control_L, GDK_KEY_q);
          iterate ();
          g_assert_null (gtk_application_get_windows (GTK_APPLICATION (f->app)));
          f->window = NULL;
          break;

        default:
          g_assert_not_reached ();
        }

      assert_wiped (buffer);
    }

  assert_marker_nowhere (f, marker);
  if (f->window == NULL)
    {
      g_application_activate (G_APPLICATION (f->app));
      f->window = SOFTEN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (f->app)));
    }
}

/* A burn that is under way finishes at once when the person moves on. */
static void
test_release_never_half_done (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *marker = make_marker ();
  g_autoptr(GtkTextBuffer) buffer = NULL;
  SoftenSession *session = start (f, "forgiveness-ritual");
  GtkWidget *release_view;

  go_to_kind (f, session, SOFTEN_STEP_WRITING);
  buffer = write_marker (f, marker);
  player_action (f, "player.next");

  release_view = find_widget (f, g_type_from_name ("SoftenReleaseView"));
  g_assert_nonnull (release_view);
  g_assert_nonnull (find_button (f, "Tear It Up"));
  g_assert_nonnull (find_button (f, "Dissolve It"));
  g_signal_emit_by_name (find_button (f, "Burn It"), "clicked");
  iterate ();
  g_assert_true (soften_release_view_is_releasing (SOFTEN_RELEASE_VIEW (release_view)));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), >, 0);

  player_action (f, "player.next");
  assert_wiped (buffer);
  g_assert_false (soften_release_view_is_releasing (SOFTEN_RELEASE_VIEW (release_view)));
  assert_marker_nowhere (f, marker);
}

/* Defenses: the choice records its id only; the answers to the three
 * questions are kept by nothing. */
static void
test_defense_choice (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *marker = make_marker ();
  SoftenSession *session = start (f, "defenses-curiosity");
  g_autoptr(GVariant) defense = NULL;
  g_autoptr(GVariant) history = NULL;
  g_autofree char *printed = NULL;
  GtkWidget *control;
  guint n_written = 0;

  go_to_kind (f, session, SOFTEN_STEP_CHOICE);
  control = find_button (f, "Criticism and control");
  g_assert_nonnull (control);
  gtk_widget_grab_focus (control);
  press_key (f, GDK_KEY_space);
  g_assert_cmpstr (g_variant_get_string (soften_session_get_response (session, "defense"), NULL), ==, "control");

  while (soften_session_is_active (session))
    {
      player_action (f, "player.next");
      if (soften_session_is_active (session) &&
          soften_step_get_kind (soften_session_get_step (session)) == SOFTEN_STEP_WRITING)
        {
          g_autoptr(GtkTextBuffer) buffer = write_marker (f, marker);

          /* The choice is named above each question. */
          g_assert_nonnull (find_label (f, "You chose: Criticism and control"));
          n_written++;
        }
    }
  g_assert_cmpuint (n_written, ==, 3);

  defense = last_response (f, "defense");
  g_assert_cmpstr (g_variant_get_string (defense, NULL), ==, "control");
  history = g_settings_get_value (soften_application_get_settings (f->app), "history");
  printed = g_variant_print (history, FALSE);
  g_assert_null (strstr (printed, marker));
  assert_marker_nowhere (f, marker);
}

/* What forgiveness is not: five cards, offered from the ritual's page. */
static void
test_forgiveness_notes (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *notes = NULL;

  show_exercise (f,
                               soften_library_lookup (soften_application_get_library (f->app),
                                                      "forgiveness-ritual"));
  settle (f);
  g_assert_nonnull (find_button (f, "What forgiveness is not"));
  g_assert_true (gtk_widget_activate_action (find_widget (f, g_type_from_name ("SoftenExercisePage")),
                                             "exercise.notes", NULL));
  settle (f);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, g_type_from_name ("SoftenNotesWindow")))
        notes = GTK_WIDGET (window);
    }
  g_assert_nonnull (notes);
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    guint headings = 0;

    collect (notes, GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      headings += gtk_widget_has_css_class (g_ptr_array_index (labels, i), "heading");
    g_assert_cmpuint (headings, ==, 5);
  }
  gtk_window_destroy (GTK_WINDOW (notes));
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "exercise");
}

/* Types lowercase letters and spaces for real. */
static void
type_text (Fixture    *f,
           const char *text)
{
  for (const char *c = text; *c != '\0'; c++)
    press_key (f, *c == ' ' ? GDK_KEY_space : gdk_unicode_to_keyval (*c));
}

static GtkWidget *
find_field (Fixture    *f,
                const char *title)
{
  GtkWidget *label = find_label (f, title);

  g_assert_nonnull (label);
  return gtk_label_get_mnemonic_widget (GTK_LABEL (label));
}

/* A boundary script, built from the keyboard, kept only when asked, found
 * in My Scripts, rehearsed again, deleted and brought back. */
static void
test_boundary_script (Fixture       *f,
                      gconstpointer  data)
{
  SoftenScriptStore *store = soften_application_get_scripts (f->app);
  SoftenSession *session = start (f, "boundary-script");
  g_autoptr(SoftenScript) kept = NULL;
  g_autoptr(GVariant) comfort = NULL;
  GtkWidget *when;
  guint n_before = g_list_model_get_n_items (G_LIST_MODEL (store));

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
  g_assert_nonnull (find_label (f, "When you are late, I feel worried, lonely. It’s not OK with me when "
                                   "you do not call. I need a message.\n\nIf this gets hard, I can turn to my friend."));

  /* Rehearsing: three times, counted on the session's clock. */
  player_action (f, "player.next");
  g_assert_nonnull (find_label (f, "When you are late, I feel worried, lonely. It’s not OK with me when "
                                   "you do not call. I need a message."));
  g_assert_nonnull (find_label (f, "Say it aloud: 1 of 3"));
  advance (f, 20 * SEC);
  settle (f);
  g_assert_nonnull (find_label (f, "Say it aloud: 2 of 3"));
  advance (f, 40 * SEC);
  settle (f);
  g_assert_cmpint (soften_step_get_kind (soften_session_get_step (session)), ==, SOFTEN_STEP_CHECK_IN);
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
  g_assert_true (soften_script_is_empty (soften_practice_get_script_draft (soften_application_get_practice (f->app))));

  /* My Scripts lists it; delete, then undo. */
  show_page (f, "scripts");
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "scripts");
  g_assert_nonnull (find_row (f, "When you are late, I feel worried, lonely. It’s not OK with me when "
                                 "you do not call. I need a message."));
  {
    GtkWidget *scripts_page = find_widget (f, g_type_from_name ("SoftenScriptsPage"));

    g_assert_true (gtk_widget_activate_action (scripts_page, "scripts.delete", "s", soften_script_get_id (kept)));
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
  g_assert_nonnull (find_label (f, "When you are late, I feel worried, lonely. It’s not OK with me when "
                                   "you do not call. I need a message."));

  /* Another script, not kept, is not kept. */
  session = start (f, "boundary-script");
  go_to_kind (f, session, SOFTEN_STEP_SCRIPT);
  gtk_widget_grab_focus (find_field (f, "When…"));
  type_text (f, "never kept");
  while (soften_session_is_active (session))
    player_action (f, "player.next");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, n_before + 1);

  soften_script_store_remove (store, soften_script_store_lookup (store, soften_script_get_id (kept)), NULL, NULL);
}

static void
finish (Fixture    *f,
        const char *id)
{
  SoftenSession *session = start (f, id);

  while (soften_session_is_active (session))
    player_action (f, "player.next");
}

/* The Progress page: empty at first, then two sessions shown honestly;
 * the exercise's page counts them; clearing asks, then empties it; with
 * "Record progress" off nothing is added. */
static void
test_progress_page (Fixture       *f,
                    gconstpointer  data)
{
  GSettings *settings = soften_application_get_settings (f->app);
  GtkWidget *page;

  show_page (f, "progress");
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "progress");
  g_assert_nonnull (find_label (f, "Nothing Here Yet"));

  finish (f, "box-breathing");
  finish (f, "box-breathing");
  show_page (f, "progress");
  settle (f);
  g_assert_null (find_label (f, "Nothing Here Yet"));
  g_assert_nonnull (find_label (f, "2"));
  g_assert_nonnull (find_label (f, "sessions"));
  g_assert_nonnull (find_label (f, "2 sessions in the last 12 weeks, on 1 day."));
  g_assert_nonnull (find_label (f, "day in a row now"));
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    guint recent = 0;

    collect (GTK_WIDGET (f->window), ADW_TYPE_ACTION_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      recent += g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), "Box breathing") == 0;
    g_assert_cmpuint (recent, ==, 2);
  }
  g_assert_nonnull (find_row (f, "Breathing"));

  /* The exercise's own page counts them too. */
  show_exercise (f,
                               soften_library_lookup (soften_application_get_library (f->app), "box-breathing"));
  settle (f);
  g_assert_nonnull (find_label (f, "Finished 2 times, last today"));

  /* Clearing asks first; cancelling keeps everything. */
  show_page (f, "progress");
  settle (f);
  page = find_widget (f, g_type_from_name ("SoftenProgressPage"));
  g_assert_true (gtk_widget_activate_action (page, "progress.clear", NULL));
  settle (f);
  answer_dialog (f, "Cancel");
  g_assert_null (find_label (f, "Nothing Here Yet"));
  g_assert_true (gtk_widget_activate_action (page, "progress.clear", NULL));
  settle (f);
  answer_dialog (f, "Clear History");
  g_assert_nonnull (find_label (f, "Nothing Here Yet"));
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 0);

  /* Not recording: nothing is added. */
  g_settings_set_boolean (settings, "record-progress", FALSE);
  finish (f, "box-breathing");
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 0);
  show_page (f, "progress");
  settle (f);
  g_assert_nonnull (find_label (f, "Nothing Here Yet"));
  g_settings_reset (settings, "record-progress");
}

/* Presenting: fullscreen without a header or buttons, keys for pace and
 * restarting, an overlay that says where it is, Escape leaving at once, and
 * nothing recorded. */
static void
test_present (Fixture       *f,
              gconstpointer  data)
{
  SoftenSession *session;
  GtkWidget *page;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present", g_variant_new_string ("box-breathing"));
  settle (f);
  session = current_session (f);
  page = player (f);
  g_assert_true (presenting (f));
  g_assert_true (is_showing (page));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->window), "presenting"));
  g_assert_null (find_button (f, "Stop and Ground"));
  g_assert_nonnull (find_label (f, "Step 1 of 6 · 0:10"));

  /* Up and + speed the step up, Down and - slow it, held to 50–200 %. */
  press_key (f, GDK_KEY_Up);
  g_assert_cmpfloat (soften_session_get_pace (session), ==, 1.25);
  g_assert_nonnull (find_label (f, "Step 1 of 6 · 0:10 · Pace 125%"));
  press_key (f, GDK_KEY_plus);
  g_assert_cmpfloat (soften_session_get_pace (session), ==, 1.5);
  for (guint i = 0; i < 6; i++)
    press_key (f, GDK_KEY_Down);
  g_assert_cmpfloat (soften_session_get_pace (session), ==, 0.5);
  press_key (f, GDK_KEY_minus);
  g_assert_cmpfloat (soften_session_get_pace (session), ==, 0.5);

  /* At half pace, 4 s of the clock are 2 s of the step; Home restarts it. */
  advance (f, 4 * SEC);
  g_assert_cmpint (soften_session_get_step_elapsed (session), ==, 2 * SEC);
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
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present", g_variant_new_string ("box-breathing"));
  settle (f);
  session = current_session (f);
  while (soften_session_is_active (session))
    player_action (f, "player.next");
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "done");
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 0);
  g_assert_cmpuint (soften_progress_get_n_history (soften_application_get_progress (f->app)), ==, 0);
  g_assert_true (gtk_widget_activate_action (find_widget (f, g_type_from_name ("SoftenCompletionPage")),
                                             "completion.back", NULL));
  settle (f);
  g_assert_false (presenting (f));

  /* Choosing from the list what to present. */
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present-chooser", NULL);
  settle (f);
  g_assert_nonnull (find_label (f, "Present"));
  g_assert_nonnull (find_label (f, "Choose the exercise to present. It fills the screen; the arrow keys "
                                   "move between steps and Escape ends it."));
  g_assert_null (find_label (f, "Take a moment. Pick whatever fits how you feel right now; every exercise "
                                "can be stopped at any time."));
  {
    GtkWidget *row = find_row (f, "Body scan");

    g_signal_emit_by_name (row, "activate");
  }
  settle (f);
  g_assert_true (presenting (f));
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (current_session (f))),
                   ==, "body-scan");
  press_key (f, GDK_KEY_Escape);
  g_assert_false (presenting (f));
}

/* A file in the person's folder that cannot be read is counted on the
 * list and named, with what is wrong, on the Problems page; their good
 * file is there, tagged as theirs. */
static void
test_problems_and_yours (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *row = find_row (f, "1 File Could Not Be Read");

  g_assert_nonnull (row);
  g_assert_nonnull (find_row (f, "My own calm"));
  g_assert_nonnull (find_label (f, "Yours"));

  g_signal_emit_by_name (row, "activate");
  settle (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "problems");
  g_assert_nonnull (find_row (f, "broken.exercise: [Step 1] Cycles: expected a whole number from 1 to 100, got “lots”"));
}

/* Every built-in exercise runs to the end through every kind of view, and
 * is recorded once. */
static void
test_every_exercise (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *library = G_LIST_MODEL (soften_application_get_library (f->app));

  g_assert_cmpuint (g_list_model_get_n_items (library), >=, 11);

  for (guint i = 0; i < g_list_model_get_n_items (library); i++)
    {
      g_autoptr(SoftenExercise) exercise = g_list_model_get_item (library, i);
      const char *id = soften_exercise_get_id (exercise);
      SoftenSession *session = start (f, id);

      g_test_message ("%s", id);
      while (soften_session_is_active (session))
        {
          /* Timed steps run out by themselves; steps that wait are continued. */
          if (soften_step_is_timed (soften_session_get_step (session)))
            advance (f, soften_session_get_step_remaining (session));
          else
            player_action (f, "player.next");
          settle (f);
        }

      g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "done");
      g_assert_cmpuint (sessions_recorded (f, id), ==, 1);
    }
}

/* The window's size is kept for the next start. */
static void
test_window_size_saved (Fixture       *f,
                        gconstpointer  data)
{
  GSettings *settings = soften_application_get_settings (f->app);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 500, 700);
  settle (f);
  gtk_window_close (GTK_WINDOW (f->window));
  iterate ();

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 500);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_application_activate (G_APPLICATION (f->app));
  f->window = SOFTEN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (f->app)));
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
    g_assert_cmpint (width, ==, 500);
    g_assert_cmpint (height, ==, 700);
  }
}

/* The About window says who made Soften and which version this is. */
static void
test_about (Fixture       *f,
            gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwAboutWindow *about = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "about", NULL);
  settle (f);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (window))
        about = ADW_ABOUT_WINDOW (window);
    }

  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Soften");
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (strstr (adw_about_window_get_debug_info (about), "GTK 4."));
  gtk_window_destroy (GTK_WINDOW (about));
}

/* Ctrl+Q quits: every window closes, saving its state as it goes. */
static void
test_quit (Fixture       *f,
           gconstpointer  data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), "app.quit");
  GSettings *settings = soften_application_get_settings (f->app);

  g_assert_cmpstr (accels[0], ==, "<Control>q");

  gtk_window_set_default_size (GTK_WINDOW (f->window), 640, 720);
  settle (f);
  press_key_combo (f, GDK_KEY_Control_L, GDK_KEY_q);
  iterate ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (f->app)));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 640);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/soften/ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("box-breathing-end-to-end", test_box_breathing_end_to_end);
  ADD ("leave-asks", test_leave_asks);
  ADD ("keyboard", test_keyboard);
  ADD ("window-size-saved", test_window_size_saved);
  ADD ("body-scan-check-ins", test_body_scan_check_ins);
  ADD ("zone-check-in-routes", test_zone_check_in_routes);
  ADD ("stop-and-ground", test_stop_and_ground);
  ADD ("my-breathing", test_my_breathing);
  ADD ("sound-cues", test_sound_cues);
  ADD ("writing-is-never-kept", test_writing_is_never_kept);
  ADD ("release-never-half-done", test_release_never_half_done);
  ADD ("defense-choice", test_defense_choice);
  ADD ("forgiveness-notes", test_forgiveness_notes);
  ADD ("boundary-script", test_boundary_script);
  ADD ("progress-page", test_progress_page);
  ADD ("present", test_present);
  ADD ("problems-and-yours", test_problems_and_yours);
  ADD ("every-exercise", test_every_exercise);
  ADD ("about", test_about);
  ADD ("quit", test_quit);

#undef ADD

  /* The person's own exercises, one good and one broken, as at start-up. */
  {
    g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "soften", "exercises", NULL);
    g_autofree char *good = g_build_filename (folder, "mine.exercise", NULL);
    g_autofree char *bad = g_build_filename (folder, "broken.exercise", NULL);

    g_mkdir_with_parents (folder, 0700);
    g_assert_true (g_file_set_contents (good, "[Exercise]\nId=my-own-calm\nTitle=My own calm\nCategory=body\n"
                                              "[Step 1]\nKind=instruction\nText=Breathe.\n", -1, NULL));
    g_assert_true (g_file_set_contents (bad, "[Exercise]\nId=broken\nTitle=Broken\nCategory=breathing\n"
                                             "[Step 1]\nKind=breathing\nPattern=4;4;4;4\nCycles=lots\n", -1, NULL));
  }

  the_app = soften_application_new (G_APPLICATION_NON_UNIQUE);
  the_clock = soften_fake_clock_new ();
  soften_application_set_clock (the_app, the_clock);
  g_application_register (G_APPLICATION (the_app), NULL, &error);
  g_assert_no_error (error);
  /* Held, so that closing the last window does not end anything. */
  g_application_hold (G_APPLICATION (the_app));

  status = g_test_run ();

  g_application_release (G_APPLICATION (the_app));
  g_clear_object (&the_app);
  g_clear_object (&the_clock);

  return status;
}
