/* soften-player-page.c — an exercise under way
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the practice's session: the current step's text, a view for its
 * kind, the time left in a timed step and the progress through the whole
 * exercise. The page keeps no time: it redraws when the session says a
 * second has passed or the step changed. Presenting, it hides everything
 * but the exercise and lets it grow with the window. The actions and keys
 * that drive it are in soften-player-page-actions.c.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-body-region-view.h"
#include "soften-breathing-view.h"
#include "soften-check-in-view.h"
#include "soften-choice-view.h"
#include "soften-format.h"
#include "soften-player-page-private.h"
#include "soften-release-view.h"
#include "soften-script-view.h"
#include "soften-speaker-badge.h"
#include "soften-voice-caption.h"
#include "soften-writing-view.h"

G_DEFINE_FINAL_TYPE (SoftenPlayerPage, soften_player_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PRACTICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_time (SoftenPlayerPage *self)
{
  SoftenSession *session = soften_player_page_get_session (self);
  SoftenStep    *step;

  if (session == NULL)
    return;

  step = soften_session_get_step (session);
  if (soften_step_is_timed (step))
    {
      gint64           remaining = soften_session_get_step_remaining (session);
      g_autofree char *left = soften_format_countdown (remaining);
      guint            seconds = (remaining + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;
      g_autofree char *spoken = NULL;

      /* Translators: read out by screen readers for the step's countdown */
      spoken = g_strdup_printf (ngettext ("%u second left", "%u seconds left", seconds), seconds);
      gtk_label_set_text (self->countdown_label, left);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->countdown_label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
    }

  gtk_progress_bar_set_fraction (self->progress_bar, soften_session_get_fraction (session));
}

/* The control that moves the exercise along: Pause on a timed step,
 * Continue on one that waits. Keyboard users start there. */
static GtkWidget *
main_control (SoftenPlayerPage *self)
{
  SoftenSession *session = soften_player_page_get_session (self);

  /* Presenting there are no buttons: the words themselves hold the focus,
   * so that keys reach the page. */
  if (soften_player_page_presenting (self))
    return GTK_WIDGET (self->text_label);

  if (session != NULL && !soften_step_is_timed (soften_session_get_step (session)))
    return self->continue_button;

  return self->pause_button;
}

static void
update_pause_button (SoftenPlayerPage *self, gboolean paused)
{
  const char *icon = paused ? "media-playback-start-symbolic" : "media-playback-pause-symbolic";
  const char *name = paused ? _("Resume") : _("Pause");

  gtk_button_set_icon_name (GTK_BUTTON (self->pause_button), icon);
  gtk_widget_set_tooltip_text (self->pause_button,
                               paused ? _("Resume (Space)") : _("Pause (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
update_state (SoftenPlayerPage *self)
{
  SoftenSession     *session = soften_player_page_get_session (self);
  SoftenSessionState state;
  gboolean           timed;
  gboolean           paused;
  gboolean           had_focus;

  if (session == NULL)
    return;

  /* Swapping Pause for Continue must not drop the focus on the floor. */
  had_focus
      = gtk_widget_has_focus (self->pause_button) || gtk_widget_has_focus (self->continue_button);

  state = soften_session_get_state (session);
  timed = soften_step_is_timed (soften_session_get_step (session));

  paused = timed && state == SOFTEN_SESSION_PAUSED;

  gtk_widget_set_visible (self->pause_button, timed);
  gtk_widget_set_visible (self->continue_button, !timed);
  /* Paused shows only where there is a timer to pause: "Paused" large in
   * place of the time left, and the shape dimmed (style.css). */
  gtk_widget_set_visible (GTK_WIDGET (self->status_stack), timed);
  gtk_stack_set_visible_child_name (self->status_stack, paused ? "paused" : "time");
  /* The page not shown keeps its height in the stack, but is not read out. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->paused_label), GTK_ACCESSIBLE_STATE_HIDDEN,
                               !paused, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->countdown_label), GTK_ACCESSIBLE_STATE_HIDDEN,
                               paused, -1);
  if (paused)
    gtk_widget_add_css_class (self->content_box, "paused");
  else
    gtk_widget_remove_css_class (self->content_box, "paused");
  update_pause_button (self, paused);
  /* Paused by itself (the computer slept, or the app was stopped): say why. */
  gtk_label_set_text (self->paused_label,
                      soften_session_get_away (session)
                          /* Translators: the session paused itself: the computer slept, or
                             the app was stopped; the person resumes when ready */
                          ? _("Paused while your computer was away. Resume when you are ready.")
                          : _("Paused"));
  if (soften_session_get_away (session))
    gtk_widget_remove_css_class (GTK_WIDGET (self->paused_label), "title-1");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->paused_label), "title-1");
  soften_player_page_update_actions (self);

  if (had_focus)
    gtk_widget_grab_focus (main_control (self));
}

static void
update_step (SoftenPlayerPage *self)
{
  SoftenSession   *session = soften_player_page_get_session (self);
  g_autofree char *position = NULL;
  SoftenExercise  *exercise;
  SoftenStep      *step;
  const char      *title;

  if (session == NULL)
    return;

  exercise = soften_session_get_exercise (session);
  step = soften_session_get_step (session);
  title = soften_exercise_get_title (exercise);

  /* Translators: where the person is in the exercise, e.g. "Step 2 of 6" */
  position = g_strdup_printf (_("Step %u of %u"), soften_session_get_step_index (session) + 1,
                              soften_exercise_get_n_steps (exercise));

  adw_window_title_set_title (self->window_title, title);
  /* A narrow window shortens a long title with “…”: the whole of it is here. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), title);
  adw_window_title_set_subtitle (self->window_title, position);
  /* Whatever the way in, the first screen says what to know before beginning. */
  soften_caution_card_set_exercise (self->caution_card,
                                    soften_session_get_step_index (session) == 0 ? exercise : NULL);
  gtk_label_set_text (self->text_label, soften_step_get_text (step));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, position, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->text_label), soften_step_get_text (step)[0] != '\0');
  gtk_stack_set_visible_child_name (self->view_stack,
                                    soften_step_kind_to_string (soften_step_get_kind (step)));
  /* Words alone sit in the middle; a view with a shape takes the height. */
  gtk_widget_set_valign (self->content_box, soften_step_get_kind (step) == SOFTEN_STEP_INSTRUCTION
                                                ? GTK_ALIGN_CENTER
                                                : GTK_ALIGN_FILL);

  update_state (self);
  update_time (self);
}

/* A new step takes the focus to its words, if the player had it: GTK 4.8
 * cannot announce, but a screen reader reads the newly focused text, and
 * its description says where in the exercise it is. */
static void
step_changed_cb (SoftenPlayerPage *self)
{
  GtkRoot       *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget     *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean       had_focus = focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
  SoftenSession *session = soften_player_page_get_session (self);

  update_step (self);

  if (had_focus && gtk_widget_get_mapped (GTK_WIDGET (self)) && session != NULL
      && soften_session_is_active (session))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
session_changed_cb (SoftenPlayerPage *self)
{
  SoftenSession *session = soften_player_page_get_session (self);

  /* A question about leaving belongs to the session it was asked in. */
  soften_player_page_close_leave_dialog (self);
  g_signal_group_set_target (self->session_signals, session);
  soften_presentation_overlay_set_session (self->overlay, session);
  update_step (self);
}

/* Presenting hides everything but the exercise, makes the type large and
 * drives everything from the keyboard (pace and restart included). */
static void
presenting_changed_cb (SoftenPlayerPage *self)
{
  gboolean presenting = soften_player_page_presenting (self);

  gtk_widget_set_visible (self->header_bar, !presenting);
  gtk_widget_set_visible (self->controls_box, !presenting);
  gtk_widget_set_visible (self->ground_box, !presenting);
  /* Everything grows with the window, to be read across a room. */
  soften_zoom_set_enabled (self->zoom, presenting);

  if (presenting)
    soften_presentation_overlay_show (self->overlay);
  else
    soften_presentation_overlay_hide (self->overlay);
  gtk_revealer_set_reveal_child (self->key_hints, FALSE);

  soften_player_page_update_actions (self);
}

/* A step's words take the focus to be read out: Tab onto them must not
 * paint them all selected, as GTK does for a selectable label (and only a
 * selectable label can take the focus). */
static gboolean
deselect_cb (gpointer user_data)
{
  GtkLabel *label = user_data;
  int       start, end;

  if (gtk_label_get_selection_bounds (label, &start, &end) && start == 0
      && end == g_utf8_strlen (gtk_label_get_text (label), -1))
    gtk_label_select_region (label, 0, 0);

  return G_SOURCE_REMOVE;
}

static void
text_focus_cb (GtkLabel *label)
{
  if (gtk_widget_has_focus (GTK_WIDGET (label)))
    g_idle_add_full (G_PRIORITY_HIGH_IDLE, deselect_cb, g_object_ref (label), g_object_unref);
}

static void
set_practice (SoftenPlayerPage *self, SoftenPractice *practice)
{
  if (self->practice == practice)
    return;

  if (self->practice != NULL)
    g_signal_handlers_disconnect_by_data (self->practice, self);
  g_set_object (&self->practice, practice);
  if (practice != NULL)
    {
      g_signal_connect_object (practice, "notify::session", G_CALLBACK (session_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (practice, "notify::presenting", G_CALLBACK (presenting_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  presenting_changed_cb (self);
  session_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRACTICE]);
}

/* Focusing the page focuses the step's words, for a screen reader to read
 * out; the control that moves the exercise along is next, and Enter on the
 * words works it too. A step with no words starts at the control. A step
 * to write in starts with the cursor in its text, where Space is a space. */
static gboolean
soften_player_page_grab_focus (GtkWidget *widget)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (widget);
  SoftenSession    *session = soften_player_page_get_session (self);

  if (session != NULL
      && soften_step_get_kind (soften_session_get_step (session)) == SOFTEN_STEP_WRITING
      && gtk_widget_grab_focus (gtk_stack_get_visible_child (self->view_stack)))
    {
      GtkWidget       *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
      g_autofree char *position = NULL;

      /* Described as the words would be, with where the step is. */
      position
          /* Translators: where the person is in the exercise, e.g. "Step 2 of 6" */
          = g_strdup_printf (_("Step %u of %u"), soften_session_get_step_index (session) + 1,
                             soften_exercise_get_n_steps (soften_session_get_exercise (session)));
      if (focus != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        position, -1);
      return TRUE;
    }

  if (gtk_widget_get_visible (GTK_WIDGET (self->text_label))
      && gtk_widget_grab_focus (GTK_WIDGET (self->text_label)))
    {
      gtk_label_select_region (self->text_label, 0, 0);
      return TRUE;
    }

  return gtk_widget_grab_focus (main_control (self));
}

static void
soften_player_page_dispose (GObject *object)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (object);

  soften_player_page_close_leave_dialog (self);
  if (self->practice != NULL)
    g_signal_handlers_disconnect_by_data (self->practice, self);
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SOFTEN_TYPE_PLAYER_PAGE);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->practice);

  G_OBJECT_CLASS (soften_player_page_parent_class)->dispose (object);
}

static void
soften_player_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenPlayerPage *self = SOFTEN_PLAYER_PAGE (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      g_value_set_object (value, self->practice);
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
    case PROP_PRACTICE:
      set_practice (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_player_page_class_init (SoftenPlayerPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_player_page_dispose;
  object_class->get_property = soften_player_page_get_property;
  object_class->set_property = soften_player_page_set_property;
  widget_class->grab_focus = soften_player_page_grab_focus;

  /* The owner of the session shown; the step views are bound to it too. */
  properties[PROP_PRACTICE]
      = g_param_spec_object ("practice", NULL, NULL, SOFTEN_TYPE_PRACTICE,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SOFTEN_TYPE_ZOOM);
  g_type_ensure (SOFTEN_TYPE_PRESENTATION_OVERLAY);
  g_type_ensure (SOFTEN_TYPE_VOICE_CAPTION);
  g_type_ensure (SOFTEN_TYPE_SPEAKER_BADGE);
  g_type_ensure (SOFTEN_TYPE_CAUTION_CARD);
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
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, ground_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, zoom);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, overlay);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, key_hints);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, caution_card);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, text_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, status_stack);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, paused_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, pause_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenPlayerPage, continue_button);
  gtk_widget_class_bind_template_callback (widget_class, text_focus_cb);

  soften_player_page_class_add_actions (widget_class);
}

static void
soften_player_page_init (SoftenPlayerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  soften_player_page_add_shortcuts (self);

  self->session_signals = g_signal_group_new (SOFTEN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "step-changed",
                                  G_CALLBACK (step_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "tick", G_CALLBACK (update_time), self);
  /* A new pace changes the time left at once, as the overlay shows it. */
  g_signal_group_connect_swapped (self->session_signals, "notify::pace", G_CALLBACK (update_time),
                                  self);
  g_signal_group_connect_swapped (self->session_signals, "notify::away", G_CALLBACK (update_state),
                                  self);
  g_signal_group_connect_swapped (self->session_signals, "notify::state", G_CALLBACK (update_state),
                                  self);
  soften_player_page_update_actions (self);
}

/* Returns: (transfer none) (nullable): the session shown */
SoftenSession *
soften_player_page_get_session (SoftenPlayerPage *self)
{
  return self->practice != NULL ? soften_practice_get_session (self->practice) : NULL;
}

gboolean
soften_player_page_presenting (SoftenPlayerPage *self)
{
  return self->practice != NULL && soften_practice_get_presenting (self->practice);
}
