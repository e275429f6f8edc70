/* soften-player-page-actions.c — what drives an exercise under way
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The player's controls are widget actions, so that buttons, keys and
 * tests all go the same way:
 *   player.toggle-pause, .previous, .next    move through the session
 *   player.leave                             leave (asks first while under way)
 *   player.ground                            stop at once, for Stop and Ground
 *   player.faster, .slower, .restart-step,
 *   player.fullscreen, .key-hints            while presenting only
 * Space and the arrows reach them from anywhere on the page, Enter from
 * the step's words, and Escape leaves.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-player-page-private.h"

#define PACE_STEP 0.25

/* Presenting, any key brings the overlay of where the exercise stands back. */
static void
show_overlay (SoftenPlayerPage *self)
{
  if (soften_player_page_presenting (self))
    soften_presentation_overlay_show (self->overlay);
}

static void
toggle_pause_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenSession *session = soften_player_page_get_session (SOFTEN_PLAYER_PAGE (widget));

  if (session != NULL)
    soften_session_toggle_pause (session);
}

static void
previous_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenSession *session = soften_player_page_get_session (SOFTEN_PLAYER_PAGE (widget));

  if (session != NULL)
    soften_session_previous (session);
}

static void
next_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenSession *session = soften_player_page_get_session (SOFTEN_PLAYER_PAGE (widget));

  if (session != NULL)
    soften_session_next (session);
}

static void
leave_now (SoftenPlayerPage *self)
{
  if (self->practice != NULL)
    soften_practice_leave (self->practice);
}

static void
leave_response_cb (SoftenPlayerPage *self, const char *response)
{
  SoftenSession *session = soften_player_page_get_session (self);

  self->leave_dialog = NULL;

  if (g_strcmp0 (response, "leave") == 0)
    leave_now (self);
  else if (self->resume_after_leave_dialog && session != NULL)
    soften_session_resume (session);
}

static void
leave_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenPlayerPage      *self = SOFTEN_PLAYER_PAGE (widget);
  SoftenSession         *session = soften_player_page_get_session (self);
  g_autoptr (GtkBuilder) builder = NULL;

  if (self->leave_dialog != NULL)
    return;

  /* Escape closes the list of keys first. */
  if (gtk_revealer_get_reveal_child (self->key_hints))
    {
      gtk_revealer_set_reveal_child (self->key_hints, FALSE);
      return;
    }

  /* Presenting, Escape always leaves at once: it never traps anyone. */
  if (session == NULL || !soften_session_is_active (session)
      || soften_player_page_presenting (self))
    {
      leave_now (self);
      return;
    }

  self->resume_after_leave_dialog = soften_session_get_state (session) == SOFTEN_SESSION_RUNNING;
  soften_session_pause (session);

  builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/soften-leave-dialog.ui");
  self->leave_dialog = ADW_MESSAGE_DIALOG (gtk_builder_get_object (builder, "dialog"));
  gtk_window_set_transient_for (GTK_WINDOW (self->leave_dialog),
                                GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (self->leave_dialog, "response", G_CALLBACK (leave_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->leave_dialog));
}

static void
change_pace (SoftenPlayerPage *self, double by)
{
  SoftenSession *session = soften_player_page_get_session (self);

  if (session == NULL)
    return;

  soften_session_set_pace (session, soften_session_get_pace (session) + by);
  show_overlay (self);
}

static void
faster_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  change_pace (SOFTEN_PLAYER_PAGE (widget), PACE_STEP);
}

static void
slower_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  change_pace (SOFTEN_PLAYER_PAGE (widget), -PACE_STEP);
}

static void
restart_step_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenSession *session = soften_player_page_get_session (SOFTEN_PLAYER_PAGE (widget));

  if (session != NULL)
    soften_session_restart_step (session);
  show_overlay (SOFTEN_PLAYER_PAGE (widget));
}

static void
fullscreen_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (widget));

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

/* ? shows the presenter's keys over the exercise, and hides them. */
static void
key_hints_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (widget);

  gtk_revealer_set_reveal_child (self->key_hints, !gtk_revealer_get_reveal_child (self->key_hints));
}

/* Stop and ground: leave at once, without asking, for a short grounding
 * exercise. Nothing of the stopped session is recorded. */
static void
ground_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  soften_player_page_close_leave_dialog (SOFTEN_PLAYER_PAGE (widget));
  gtk_widget_activate_action (widget, "app.start", "s", SOFTEN_GROUND_EXERCISE_ID);
}

/* Enter on the step's words does what the main control does. */
static gboolean
text_activate_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (user_data);
  SoftenSession    *session = soften_player_page_get_session (self);

  if (session == NULL || !soften_session_is_active (session))
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self),
                                     soften_step_is_timed (soften_session_get_step (session))
                                         ? "player.toggle-pause"
                                         : "player.next",
                                     NULL);
}

/* A key that drives the player moves no focus: no ring should appear on
 * the step's words for it (GTK shows one after any key), and presenting,
 * none ever does. Tab still shows where the focus is. */
static void
hide_focus_ring (SoftenPlayerPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus_visible (GTK_WINDOW (root), FALSE);
}

/* Space and the arrows drive the player wherever the focus is, except
 * inside the step's own controls (a check-in's choices, a text to write),
 * where they do what they always do. */
static gboolean
shortcut_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (widget);
  GtkWidget        *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  if (focus != NULL
      && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus)
          || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view_stack))))
    return FALSE;

  if (!gtk_widget_activate_action (widget, g_variant_get_string (args, NULL), NULL))
    return FALSE;

  hide_focus_ring (self);
  return TRUE;
}

static gboolean
any_key_cb (SoftenPlayerPage *self)
{
  show_overlay (self);
  return GDK_EVENT_PROPAGATE;
}

static void
any_key_released_cb (SoftenPlayerPage *self)
{
  if (soften_player_page_presenting (self))
    hide_focus_ring (self);
}

static void
add_text_shortcuts (SoftenPlayerPage *self)
{
  static const guint  keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (controller),
        gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], 0),
                          gtk_callback_action_new (text_activate_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->text_label), controller);
}

static void
add_capture_shortcuts (SoftenPlayerPage *self)
{
  static const struct
  {
    guint       key;
    const char *action;
  } keys[] = {
    { GDK_KEY_space, "player.toggle-pause" },
    { GDK_KEY_KP_Space, "player.toggle-pause" },
    { GDK_KEY_Left, "player.previous" },
    { GDK_KEY_KP_Left, "player.previous" },
    { GDK_KEY_Right, "player.next" },
    { GDK_KEY_KP_Right, "player.next" },
    /* Only while presenting (the actions are off otherwise). */
    { GDK_KEY_Up, "player.faster" },
    { GDK_KEY_plus, "player.faster" },
    { GDK_KEY_equal, "player.faster" },
    { GDK_KEY_KP_Add, "player.faster" },
    { GDK_KEY_Down, "player.slower" },
    { GDK_KEY_minus, "player.slower" },
    { GDK_KEY_KP_Subtract, "player.slower" },
    { GDK_KEY_Home, "player.restart-step" },
    { GDK_KEY_F11, "player.fullscreen" },
    { GDK_KEY_question, "player.key-hints" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0),
                                                gtk_callback_action_new (shortcut_cb, NULL, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (keys[i].action));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (any_key_cb), self);
  g_signal_connect_swapped (controller, "key-released", G_CALLBACK (any_key_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
soften_player_page_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "player.toggle-pause", NULL, toggle_pause_action);
  gtk_widget_class_install_action (widget_class, "player.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "player.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "player.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "player.ground", NULL, ground_action);
  gtk_widget_class_install_action (widget_class, "player.faster", NULL, faster_action);
  gtk_widget_class_install_action (widget_class, "player.slower", NULL, slower_action);
  gtk_widget_class_install_action (widget_class, "player.restart-step", NULL, restart_step_action);
  gtk_widget_class_install_action (widget_class, "player.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "player.key-hints", NULL, key_hints_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "player.leave", NULL);
}

void
soften_player_page_add_shortcuts (SoftenPlayerPage *self)
{
  add_capture_shortcuts (self);
  add_text_shortcuts (self);
}

/* What can be done now: moving through a session under way, and the
 * presenter's keys only while presenting. */
void
soften_player_page_update_actions (SoftenPlayerPage *self)
{
  SoftenSession *session = soften_player_page_get_session (self);
  gboolean       active = session != NULL && soften_session_is_active (session);
  gboolean       presenting = soften_player_page_presenting (self);
  GtkWidget     *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "player.toggle-pause", active);
  gtk_widget_action_set_enabled (widget, "player.previous", active);
  gtk_widget_action_set_enabled (widget, "player.next", active);
  gtk_widget_action_set_enabled (widget, "player.faster", presenting);
  gtk_widget_action_set_enabled (widget, "player.slower", presenting);
  gtk_widget_action_set_enabled (widget, "player.restart-step", presenting);
  gtk_widget_action_set_enabled (widget, "player.fullscreen", presenting);
  gtk_widget_action_set_enabled (widget, "player.key-hints", presenting);
}

void
soften_player_page_close_leave_dialog (SoftenPlayerPage *self)
{
  AdwMessageDialog *dialog = g_steal_pointer (&self->leave_dialog);

  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
}
