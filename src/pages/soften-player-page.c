/* soften-player-page.c — an exercise under way
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the session's current step: its text, a view for its kind, the time
 * left in a timed step and the progress through the whole exercise. Controls
 * are widget actions (player.toggle-pause, .previous, .next, .leave) so that
 * buttons, keys and tests all go the same way. The page keeps no time: it
 * redraws when the session says a second has passed or the step changed.
 *
 * Leaving a session that is under way asks first, with the session paused
 * meanwhile. The page reports upward with "finished" and "left".
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-body-region-view.h"
#include "soften-breathing-view.h"
#include "soften-check-in-view.h"
#include "soften-choice-view.h"
#include "soften-release-view.h"
#include "soften-script-view.h"
#include "soften-writing-view.h"
#include "soften-format.h"
#include "soften-player-page.h"
#include "soften-sound-cues.h"
#include "soften-zoom.h"

struct _SoftenPlayerPage
{
  AdwBin          parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *header_bar;
  GtkWidget      *controls_box;
  GtkWidget      *ground_button;
  SoftenZoom     *zoom;
  GtkRevealer    *osd_revealer;
  GtkLabel       *osd_label;
  GtkProgressBar *progress_bar;
  GtkWidget      *content_box;
  GtkLabel       *text_label;
  GtkStack       *view_stack;
  SoftenStepView *breathing_view;
  SoftenStepView *body_region_view;
  SoftenStepView *check_in_view;
  SoftenStepView *writing_view;
  SoftenStepView *release_view;
  SoftenStepView *choice_view;
  SoftenStepView *script_view;
  GtkLabel       *countdown_label;
  GtkLabel       *paused_label;
  GtkWidget      *pause_button;
  GtkWidget      *continue_button;

  /* Owned */
  SoftenSession  *session;
  GSignalGroup   *session_signals;
  SoftenSoundCues *sound_cues;
  SoftenWritingPad *writing_pad;
  SoftenScript   *script_draft;
  AdwMessageDialog *leave_dialog;

  /* Presentation: fullscreen, large, keys only, nothing recorded. */
  gboolean        presenting;
  guint           osd_timeout;
};

G_DEFINE_FINAL_TYPE (SoftenPlayerPage, soften_player_page, ADW_TYPE_BIN)

#define OSD_SECONDS 3

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

enum {
  FINISHED,
  LEFT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Wipes what the person wrote and the script they drafted; a script they
 * chose to keep is in the store, not here. */
static void
forget_writing (SoftenPlayerPage *self)
{
  g_autofree char *id = g_uuid_string_random ();

  if (self->writing_pad != NULL)
    soften_writing_pad_wipe_all (self->writing_pad);
  if (self->script_draft != NULL)
    {
      soften_script_clear (self->script_draft);
      soften_script_set_id (self->script_draft, id);
    }
}

static gboolean
hide_osd_cb (gpointer user_data)
{
  SoftenPlayerPage *self = user_data;

  self->osd_timeout = 0;
  gtk_revealer_set_reveal_child (self->osd_revealer, FALSE);

  return G_SOURCE_REMOVE;
}

/* In presentation, a small label says where the exercise is; it fades after
 * a few seconds without a key, and comes back with any key. */
static void
update_osd (SoftenPlayerPage *self)
{
  g_autofree char *position = NULL;
  g_autofree char *left = NULL;
  g_autofree char *text = NULL;
  SoftenStep *step;
  double pace;

  if (self->session == NULL || !self->presenting)
    return;

  step = soften_session_get_step (self->session);
  pace = soften_session_get_pace (self->session);
  position = g_strdup_printf (_("Step %u of %u"), soften_session_get_step_index (self->session) + 1,
                              soften_exercise_get_n_steps (soften_session_get_exercise (self->session)));
  left = soften_step_is_timed (step) ? soften_format_countdown (soften_session_get_step_remaining (self->session))
                                     : NULL;

  if (pace != 1.0)
    /* Translators: the presentation overlay: position, time left, pace, e.g. "Step 2 of 6 · 0:42 · Pace 150%" */
    text = g_strdup_printf (_("%s · %s · Pace %d%%"), position, left != NULL ? left : "–",
                            (int)(pace * 100 + 0.5));
  else if (left != NULL)
    /* Translators: the presentation overlay: position and time left, e.g. "Step 2 of 6 · 0:42" */
    text = g_strdup_printf (_("%s · %s"), position, left);
  else
    text = g_steal_pointer (&position);

  gtk_label_set_text (self->osd_label, text);
}

static void
show_osd (SoftenPlayerPage *self)
{
  if (!self->presenting)
    return;

  update_osd (self);
  gtk_revealer_set_reveal_child (self->osd_revealer, TRUE);
  g_clear_handle_id (&self->osd_timeout, g_source_remove);
  self->osd_timeout = g_timeout_add_seconds (OSD_SECONDS, hide_osd_cb, self);
}

static void
update_time (SoftenPlayerPage *self)
{
  SoftenStep *step;

  if (self->session == NULL)
    return;

  step = soften_session_get_step (self->session);

  if (soften_step_is_timed (step))
    {
      g_autofree char *left = soften_format_countdown (soften_session_get_step_remaining (self->session));
      g_autofree char *spoken = NULL;
      guint seconds = (soften_session_get_step_remaining (self->session) + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;

      /* Translators: read out by screen readers for the step's countdown */
      spoken = g_strdup_printf (ngettext ("%u second left", "%u seconds left", seconds), seconds);
      gtk_label_set_text (self->countdown_label, left);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->countdown_label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                      -1);
    }

  gtk_progress_bar_set_fraction (self->progress_bar, soften_session_get_fraction (self->session));
  update_osd (self);
}

/* The control that moves the exercise along: Pause on a timed step,
 * Continue on one that waits. Keyboard users start there. */
static GtkWidget *
main_control (SoftenPlayerPage *self)
{
  /* Presenting there are no buttons: the words themselves hold the focus,
   * so that keys reach the page. */
  if (self->presenting)
    return GTK_WIDGET (self->text_label);

  if (self->session != NULL && !soften_step_is_timed (soften_session_get_step (self->session)))
    return self->continue_button;

  return self->pause_button;
}

static void
update_state (SoftenPlayerPage *self)
{
  SoftenSessionState state;
  gboolean timed;
  gboolean active;
  gboolean had_focus;

  if (self->session == NULL)
    return;

  /* Swapping Pause for Continue must not drop the focus on the floor. */
  had_focus = gtk_widget_has_focus (self->pause_button) || gtk_widget_has_focus (self->continue_button);

  state = soften_session_get_state (self->session);
  timed = soften_step_is_timed (soften_session_get_step (self->session));
  active = soften_session_is_active (self->session);

  /* Every way out of a session wipes what was written in it. */
  if (state == SOFTEN_SESSION_STOPPED || state == SOFTEN_SESSION_FINISHED)
    forget_writing (self);

  gtk_widget_set_visible (self->pause_button, timed);
  gtk_widget_set_visible (self->continue_button, !timed);
  gtk_widget_set_visible (GTK_WIDGET (self->countdown_label), timed);
  gtk_widget_set_visible (GTK_WIDGET (self->paused_label), state == SOFTEN_SESSION_PAUSED);

  if (state == SOFTEN_SESSION_PAUSED)
    {
      gtk_button_set_icon_name (GTK_BUTTON (self->pause_button), "media-playback-start-symbolic");
      gtk_widget_set_tooltip_text (self->pause_button, _("Resume (Space)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Resume"),
                                      -1);
      gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "dim-label");
    }
  else
    {
      gtk_button_set_icon_name (GTK_BUTTON (self->pause_button), "media-playback-pause-symbolic");
      gtk_widget_set_tooltip_text (self->pause_button, _("Pause (Space)"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pause"),
                                      -1);
      gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "dim-label");
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.toggle-pause", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.previous", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.next", active);

  if (had_focus)
    gtk_widget_grab_focus (main_control (self));
}

static void
update_step (SoftenPlayerPage *self)
{
  g_autofree char *position = NULL;
  SoftenExercise *exercise;
  SoftenStep *step;
  guint n_steps;

  if (self->session == NULL)
    return;

  exercise = soften_session_get_exercise (self->session);
  step = soften_session_get_step (self->session);
  n_steps = soften_exercise_get_n_steps (exercise);

  /* Translators: where the person is in the exercise, e.g. "Step 2 of 6" */
  position = g_strdup_printf (_("Step %u of %u"),
                              soften_session_get_step_index (self->session) + 1, n_steps);

  adw_window_title_set_title (self->window_title, soften_exercise_get_title (exercise));
  /* A narrow window shortens a long title with “…”: the whole of it is here. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), soften_exercise_get_title (exercise));
  adw_window_title_set_subtitle (self->window_title, position);
  gtk_label_set_text (self->text_label, soften_step_get_text (step));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, position,
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->text_label), soften_step_get_text (step)[0] != '\0');
  gtk_stack_set_visible_child_name (self->view_stack,
                                    soften_step_kind_to_string (soften_step_get_kind (step)));
  /* Words alone sit in the middle; a view with a shape takes the height. */
  gtk_widget_set_valign (self->content_box,
                         soften_step_get_kind (step) == SOFTEN_STEP_INSTRUCTION
                           ? GTK_ALIGN_CENTER : GTK_ALIGN_FILL);

  update_state (self);
  update_time (self);
}

/* A new step takes the focus to its words, if the player had it: GTK 4.8
 * cannot announce, but a screen reader reads the newly focused text, and
 * its description says where in the exercise it is. */
static void
step_changed_cb (SoftenPlayerPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean had_focus = focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (self));

  update_step (self);

  if (had_focus && gtk_widget_get_mapped (GTK_WIDGET (self)) && soften_session_is_active (self->session))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* Enter on the step's words does what the main control does. */
static gboolean
text_activate_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (user_data);

  if (self->session == NULL || !soften_session_is_active (self->session))
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self),
                                     soften_step_is_timed (soften_session_get_step (self->session))
                                       ? "player.toggle-pause" : "player.next",
                                     NULL);
}

static void
session_finished_cb (SoftenPlayerPage *self)
{
  update_state (self);
  g_signal_emit (self, signals[FINISHED], 0, self->session);
}

static void
toggle_pause_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (widget);

  if (self->session != NULL)
    soften_session_toggle_pause (self->session);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (widget);

  if (self->session != NULL)
    soften_session_previous (self->session);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (widget);

  if (self->session != NULL)
    soften_session_next (self->session);
}

static void
leave_now (SoftenPlayerPage *self)
{
  g_autoptr(SoftenSession) session = self->session ? g_object_ref (self->session) : NULL;

  if (session != NULL)
    soften_session_stop (session);
  g_signal_emit (self, signals[LEFT], 0, session);
}

static void
leave_response_cb (SoftenPlayerPage *self,
                   const char       *response,
                   AdwMessageDialog *dialog)
{
  gboolean was_running = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "was-running"));

  self->leave_dialog = NULL;

  if (g_strcmp0 (response, "leave") == 0)
    leave_now (self);
  else if (was_running && self->session != NULL)
    soften_session_resume (self->session);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (widget);
  gboolean was_running;
  GtkWidget *dialog;

  if (self->leave_dialog != NULL)
    return;

  /* Presenting, Escape always leaves at once: it never traps anyone. */
  if (self->session == NULL || !soften_session_is_active (self->session) || self->presenting)
    {
      leave_now (self);
      return;
    }

  was_running = soften_session_get_state (self->session) == SOFTEN_SESSION_RUNNING;
  soften_session_pause (self->session);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Leave This Exercise?"),
                                   _("It is paused for now. If you leave, this session is not counted, and you can start again whenever you like."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "stay", _("_Keep Going"),
                                    "leave", _("_Leave"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "leave",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "stay");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "stay");
  g_object_set_data (G_OBJECT (dialog), "was-running", GINT_TO_POINTER (was_running));
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_response_cb),
                           self, G_CONNECT_SWAPPED);

  self->leave_dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
change_pace (SoftenPlayerPage *self,
             double            by)
{
  if (self->session == NULL)
    return;

  soften_session_set_pace (self->session, soften_session_get_pace (self->session) + by);
  show_osd (self);
}

static void
faster_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  change_pace (SOFTEN_PLAYER_PAGE (widget), 0.25);
}

static void
slower_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  change_pace (SOFTEN_PLAYER_PAGE (widget), -0.25);
}

static void
restart_step_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (widget);

  if (self->session != NULL)
    soften_session_restart_step (self->session);
  show_osd (self);
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (widget));

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

/* Stop and ground: leave at once, without asking, for a short grounding
 * exercise. Nothing of the stopped session is recorded. */
static void
ground_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (widget);

  if (self->leave_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->leave_dialog));
  self->leave_dialog = NULL;

  if (self->session != NULL)
    soften_session_stop (self->session);

  gtk_widget_activate_action (widget, "app.start", "s", SOFTEN_GROUND_EXERCISE_ID);
}

/* Space and the arrows drive the player wherever the focus is, except
 * inside the step's own controls (a check-in's choices, a text to write),
 * where they do what they always do. */
static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  if (focus != NULL &&
      (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus) ||
       gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view_stack))))
    return FALSE;

  return gtk_widget_activate_action (widget, g_variant_get_string (args, NULL), NULL);
}

/* Any key brings the presentation overlay back. */
static gboolean
any_key_cb (SoftenPlayerPage *self)
{
  show_osd (self);
  return GDK_EVENT_PROPAGATE;
}

static void
add_text_shortcuts (SoftenPlayerPage *self)
{
  static const guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], 0),
                                                            gtk_callback_action_new (text_activate_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->text_label), controller);
}

static void
add_capture_shortcuts (SoftenPlayerPage *self)
{
  static const struct {
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
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
update_presentation_actions (SoftenPlayerPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.faster", self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.slower", self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.restart-step", self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.fullscreen", self->presenting);
}

/* Focusing the page focuses the step's words, for a screen reader to read
 * out; the control that moves the exercise along is next, and Enter on the
 * words works it too. A step with no words starts at the control. */
static gboolean
soften_player_page_grab_focus (GtkWidget *widget)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (widget);

  /* A label takes the focus only if selectable; nothing is selected. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->text_label)) &&
      gtk_widget_grab_focus (GTK_WIDGET (self->text_label)))
    {
      gtk_label_select_region (self->text_label, 0, 0);
      return TRUE;
    }

  return gtk_widget_grab_focus (main_control (self));
}

static void
soften_player_page_dispose (GObject *object)
{
  SoftenPlayerPage *self = (SoftenPlayerPage *)object;

  if (self->leave_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->leave_dialog));
  self->leave_dialog = NULL;

  soften_player_page_set_presenting (self, FALSE);
  g_clear_handle_id (&self->osd_timeout, g_source_remove);
  soften_player_page_set_session (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SOFTEN_TYPE_PLAYER_PAGE);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->sound_cues);
  forget_writing (self);
  g_clear_object (&self->writing_pad);
  g_clear_object (&self->script_draft);

  G_OBJECT_CLASS (soften_player_page_parent_class)->dispose (object);
}

static void
soften_player_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_player_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      soften_player_page_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_player_page_class_init (SoftenPlayerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_player_page_dispose;
  object_class->get_property = soften_player_page_get_property;
  object_class->set_property = soften_player_page_set_property;
  widget_class->grab_focus = soften_player_page_grab_focus;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, SOFTEN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The session reached its end. */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SOFTEN_TYPE_SESSION);
  /* The person left before the end (the session is stopped), or after it. */
  signals[LEFT] =
    g_signal_new ("left", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SOFTEN_TYPE_SESSION);

  g_type_ensure (SOFTEN_TYPE_ZOOM);
  g_type_ensure (SOFTEN_TYPE_BREATHING_VIEW);
  g_type_ensure (SOFTEN_TYPE_BODY_REGION_VIEW);
  g_type_ensure (SOFTEN_TYPE_CHECK_IN_VIEW);
  g_type_ensure (SOFTEN_TYPE_WRITING_VIEW);
  g_type_ensure (SOFTEN_TYPE_RELEASE_VIEW);
  g_type_ensure (SOFTEN_TYPE_CHOICE_VIEW);
  g_type_ensure (SOFTEN_TYPE_SCRIPT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-player-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, controls_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, ground_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, zoom);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, osd_revealer);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, osd_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, text_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, breathing_view);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, body_region_view);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, check_in_view);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, writing_view);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, release_view);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, choice_view);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, script_view);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, paused_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, pause_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, continue_button);

  gtk_widget_class_install_action (widget_class, "player.toggle-pause", NULL, toggle_pause_action);
  gtk_widget_class_install_action (widget_class, "player.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "player.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "player.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "player.ground", NULL, ground_action);
  gtk_widget_class_install_action (widget_class, "player.faster", NULL, faster_action);
  gtk_widget_class_install_action (widget_class, "player.slower", NULL, slower_action);
  gtk_widget_class_install_action (widget_class, "player.restart-step", NULL, restart_step_action);
  gtk_widget_class_install_action (widget_class, "player.fullscreen", NULL, fullscreen_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "player.leave", NULL);
}

static void
soften_player_page_init (SoftenPlayerPage *self)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  gtk_widget_init_template (GTK_WIDGET (self));
  add_capture_shortcuts (self);
  add_text_shortcuts (self);

  self->sound_cues = soften_sound_cues_new (settings);
  self->writing_pad = soften_writing_pad_new ();
  soften_writing_view_set_pad (SOFTEN_WRITING_VIEW (self->writing_view), self->writing_pad);
  soften_release_view_set_pad (SOFTEN_RELEASE_VIEW (self->release_view), self->writing_pad);
  self->script_draft = soften_script_new ();
  soften_script_view_set_draft (SOFTEN_SCRIPT_VIEW (self->script_view), self->script_draft);

  self->session_signals = g_signal_group_new (SOFTEN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "step-changed",
                                  G_CALLBACK (step_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "tick",
                                  G_CALLBACK (update_time), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::state",
                                  G_CALLBACK (update_state), self);
  g_signal_group_connect_swapped (self->session_signals, "finished",
                                  G_CALLBACK (session_finished_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::pace",
                                  G_CALLBACK (update_osd), self);
  update_presentation_actions (self);
}

/**
 * soften_player_page_set_library:
 * @library: where exercises a step suggests are looked up
 */
void
soften_player_page_set_library (SoftenPlayerPage *self,
                                SoftenLibrary    *library)
{
  g_return_if_fail (SOFTEN_IS_PLAYER_PAGE (self));

  soften_check_in_view_set_library (SOFTEN_CHECK_IN_VIEW (self->check_in_view), library);
}

/**
 * soften_player_page_set_script_store:
 * @store: where boundary scripts go when the person keeps one
 */
void
soften_player_page_set_script_store (SoftenPlayerPage  *self,
                                     SoftenScriptStore *store)
{
  g_return_if_fail (SOFTEN_IS_PLAYER_PAGE (self));

  soften_script_view_set_store (SOFTEN_SCRIPT_VIEW (self->script_view), store);
}

/**
 * soften_player_page_load_script:
 * @script: a kept script
 *
 * Puts @script in the session's draft, to rehearse or change it. Call it
 * after setting the session: a new session starts with an empty draft.
 */
void
soften_player_page_load_script (SoftenPlayerPage *self,
                                SoftenScript     *script)
{
  g_return_if_fail (SOFTEN_IS_PLAYER_PAGE (self));
  g_return_if_fail (SOFTEN_IS_SCRIPT (script));

  soften_script_set_id (self->script_draft, soften_script_get_id (script));
  soften_script_set_created (self->script_draft, soften_script_get_created (script));
  for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
    soften_script_set_field (self->script_draft, f, soften_script_get_field (script, f));
}

/* Returns: (transfer none): the script being drafted in this session */
SoftenScript *
soften_player_page_get_script_draft (SoftenPlayerPage *self)
{
  g_return_val_if_fail (SOFTEN_IS_PLAYER_PAGE (self), NULL);

  return self->script_draft;
}

/* Returns: (transfer none): where what is written during the session lives */
SoftenWritingPad *
soften_player_page_get_writing_pad (SoftenPlayerPage *self)
{
  g_return_val_if_fail (SOFTEN_IS_PLAYER_PAGE (self), NULL);

  return self->writing_pad;
}

/* Returns: (transfer none): what plays the sound cues for this page */
SoftenSoundCues *
soften_player_page_get_sound_cues (SoftenPlayerPage *self)
{
  g_return_val_if_fail (SOFTEN_IS_PLAYER_PAGE (self), NULL);

  return self->sound_cues;
}

SoftenSession *
soften_player_page_get_session (SoftenPlayerPage *self)
{
  g_return_val_if_fail (SOFTEN_IS_PLAYER_PAGE (self), NULL);

  return self->session;
}

/**
 * soften_player_page_set_session:
 * @session: (nullable): a session, started or not
 *
 * Shows @session. Starting it is up to the caller, so that the first step is
 * on screen before its time begins.
 */
void
soften_player_page_set_session (SoftenPlayerPage *self,
                                SoftenSession    *session)
{
  g_return_if_fail (SOFTEN_IS_PLAYER_PAGE (self));
  g_return_if_fail (!session || SOFTEN_IS_SESSION (session));

  if (self->session == session)
    return;

  /* Whatever was written belongs to the session it was written in. */
  forget_writing (self);
  g_set_object (&self->session, session);

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, session);
  if (self->sound_cues != NULL)
    soften_sound_cues_set_session (self->sound_cues, session);
  /* Each view shows its own kind of step and ignores the others. */
  if (self->breathing_view != NULL)
    {
      soften_step_view_set_session (self->breathing_view, session);
      soften_step_view_set_session (self->body_region_view, session);
      soften_step_view_set_session (self->check_in_view, session);
      soften_step_view_set_session (self->writing_view, session);
      soften_step_view_set_session (self->release_view, session);
      soften_step_view_set_session (self->choice_view, session);
      soften_step_view_set_session (self->script_view, session);
    }
  update_step (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * soften_player_page_set_presenting:
 * @presenting: whether a therapist is presenting the exercise
 *
 * Presenting hides everything but the exercise, makes the type large,
 * drives everything from the keyboard (pace and restart included), and
 * keeps the person's own things (kept scripts) out of reach.
 */
void
soften_player_page_set_presenting (SoftenPlayerPage *self,
                                   gboolean          presenting)
{
  g_return_if_fail (SOFTEN_IS_PLAYER_PAGE (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  gtk_widget_set_visible (self->header_bar, !presenting);
  gtk_widget_set_visible (self->controls_box, !presenting);
  gtk_widget_set_visible (self->ground_button, !presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  /* Everything grows with the window, to be read across a room. */
  soften_zoom_set_enabled (self->zoom, presenting);
  soften_script_view_set_presenting (SOFTEN_SCRIPT_VIEW (self->script_view), presenting);

  if (presenting)
    show_osd (self);
  else
    {
      g_clear_handle_id (&self->osd_timeout, g_source_remove);
      gtk_revealer_set_reveal_child (self->osd_revealer, FALSE);
    }

  update_presentation_actions (self);
}

gboolean
soften_player_page_get_presenting (SoftenPlayerPage *self)
{
  g_return_val_if_fail (SOFTEN_IS_PLAYER_PAGE (self), FALSE);

  return self->presenting;
}
