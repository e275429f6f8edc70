/* soften-check-in-view.c — a check-in step: where am I, how tense am I
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A zone check-in offers the three places against the window of tolerance;
 * a tension or comfort check-in offers 0 to 10. The answer goes to the session under
 * the step's response key ("zone-before", "tension-after"…), to be recorded
 * with it. After a zone answer, the step's suggestions for that zone are
 * offered as buttons that start those exercises; inside the window, the
 * person is told to carry on. Answering is never required.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-check-in-view.h"
#include "soften-rating-scale.h"

struct _SoftenCheckInView
{
  SoftenStepView parent_instance;

  /* Template widgets */
  GtkStack          *measure_stack;
  GtkToggleButton   *above_button;
  GtkToggleButton   *inside_button;
  GtkToggleButton   *below_button;
  GtkWidget         *suggestion_box;
  GtkLabel          *suggestion_label;
  GtkFlowBox        *suggestions;
  SoftenRatingScale *scale;

  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (SoftenCheckInView, soften_check_in_view, SOFTEN_TYPE_STEP_VIEW)

static SoftenStep *
current_step (SoftenCheckInView *self)
{
  SoftenSession *session = soften_step_view_get_session (SOFTEN_STEP_VIEW (self));

  if (session == NULL)
    return NULL;

  return soften_session_get_step (session);
}

static void
respond (SoftenCheckInView *self, GVariant *value)
{
  SoftenSession       *session = soften_step_view_get_session (SOFTEN_STEP_VIEW (self));
  g_autofree char     *key = NULL;
  g_autoptr (GVariant) owned = g_variant_ref_sink (value);

  if (self->syncing || session == NULL)
    return;

  key = soften_step_dup_response_key (soften_session_get_step (session));
  if (key != NULL)
    soften_session_set_response (session, key, owned);
}

/* A button that leaves this exercise for the one with @id, or for Help Now
 * ("help-now"); NULL for an exercise that is not there. */
static GtkWidget *
suggestion_button (SoftenLibrary *library, const char *id)
{
  SoftenExercise *exercise = NULL;
  GtkWidget      *button;

  if (g_str_equal (id, SOFTEN_HELP_NOW_SUGGESTION))
    {
      button = gtk_button_new_with_label (_("Help Now"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.help-now");
      /* Translators: read by screen readers on the Help Now suggestion */
      gtk_widget_set_tooltip_text (button,
                                   _("Leave this exercise for people and lines that can help"));
      gtk_widget_add_css_class (button, "pill");
      return button;
    }

  exercise = soften_library_find (library, id);
  if (exercise == NULL)
    return NULL;

  button = gtk_button_new_with_label (soften_exercise_get_title (exercise));
  gtk_widget_add_css_class (button, "pill");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.start");
  /* Translators: read by screen readers on a suggested exercise's button */
  gtk_widget_set_tooltip_text (button, _("Leave this exercise and start this one"));
  return button;
}

static void
show_suggestions (SoftenCheckInView *self, int zone)
{
  SoftenStep    *step = current_step (self);
  SoftenLibrary *library
      = soften_practice_get_library (soften_step_view_get_practice (SOFTEN_STEP_VIEW (self)));
  const char *const *ids;
  GtkWidget         *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions))) != NULL)
    gtk_flow_box_remove (self->suggestions, child);

  gtk_widget_set_visible (self->suggestion_box, zone >= 0);
  if (zone < 0 || step == NULL)
    return;

  switch ((SoftenZone)zone)
    {
    case SOFTEN_ZONE_ABOVE:
      gtk_label_set_text (self->suggestion_label,
                          _("Your body is on alert. Something that calms it might help first:"));
      break;

    case SOFTEN_ZONE_BELOW:
      gtk_label_set_text (self->suggestion_label,
                          _("Your body has gone quiet to protect you. Gentle movement and "
                             "looking around the room might help first:"));
      break;

    case SOFTEN_ZONE_INSIDE:
      gtk_label_set_text (self->suggestion_label,
                          _("You are inside your window. Carry on whenever you are ready."));
      break;

    case SOFTEN_N_ZONES:
    default:
      g_assert_not_reached ();
    }

  ids = soften_step_get_suggestions (step, zone);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      GtkWidget *button = suggestion_button (library, ids[i]);

      /* A suggestion of an exercise that is not there is left out. */
      if (button != NULL)
        gtk_flow_box_append (self->suggestions, button);
    }
}

/* Each answer is one choice among several: screen readers hear a radio
 * button, and whether it is checked. */
static void
update_checked (GtkToggleButton *button)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_CHECKED,
                               gtk_toggle_button_get_active (button)
                                   ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                   : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

static void
track_checked (GtkToggleButton *button)
{
  g_signal_connect (button, "notify::active", G_CALLBACK (update_checked), NULL);
  update_checked (button);
}

static int
active_zone (SoftenCheckInView *self)
{
  if (gtk_toggle_button_get_active (self->above_button))
    return SOFTEN_ZONE_ABOVE;
  if (gtk_toggle_button_get_active (self->inside_button))
    return SOFTEN_ZONE_INSIDE;
  if (gtk_toggle_button_get_active (self->below_button))
    return SOFTEN_ZONE_BELOW;

  return -1;
}

static void
zone_toggled_cb (SoftenCheckInView *self, GtkToggleButton *button)
{
  int zone;

  /* Each change toggles one button off and another on: act on the "on". */
  if (!gtk_toggle_button_get_active (button))
    return;

  zone = active_zone (self);
  respond (self, g_variant_new_string (soften_zone_to_string (zone)));
  show_suggestions (self, zone);
}

static void
scale_changed_cb (SoftenCheckInView *self)
{
  int value = soften_rating_scale_get_value (self->scale);

  if (value >= 0)
    respond (self, g_variant_new_int32 (value));
}

/* Shows the answer the session already has for this step, if any (the
 * person may have come back with Previous). */
static void
soften_check_in_view_update (SoftenStepView *view, SoftenSession *session, SoftenStep *step)
{
  SoftenCheckInView *self = SOFTEN_CHECK_IN_VIEW (view);
  g_autofree char   *key = soften_step_dup_response_key (step);
  GVariant          *answer = soften_session_get_response (session, key);
  SoftenZone         zone;

  self->syncing = TRUE;

  if (soften_step_get_measure (step) == SOFTEN_MEASURE_ZONE)
    {
      gtk_stack_set_visible_child_name (self->measure_stack, "zone");

      if (answer != NULL && g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING)
          && soften_zone_from_string (g_variant_get_string (answer, NULL), &zone))
        {
          GtkToggleButton *buttons[]
              = { self->above_button, self->inside_button, self->below_button };

          gtk_toggle_button_set_active (buttons[zone], TRUE);
          show_suggestions (self, zone);
        }
      else
        {
          gtk_toggle_button_set_active (self->above_button, FALSE);
          gtk_toggle_button_set_active (self->inside_button, FALSE);
          gtk_toggle_button_set_active (self->below_button, FALSE);
          show_suggestions (self, -1);
        }
    }
  else
    {
      int value = -1;

      gboolean comfort = soften_step_get_measure (step) == SOFTEN_MEASURE_COMFORT;

      gtk_stack_set_visible_child_name (self->measure_stack, "tension");
      if (comfort)
        soften_rating_scale_set_ends (self->scale,
                                      /* Translators: the ends of a 0–10 scale; keep them short */
                                      _("0: very hard"), _("10: at ease"),
                                      _("How it felt, from 0 (very hard) to 10 (at ease)"));
      else
        soften_rating_scale_set_ends (self->scale,
                                      /* Translators: the ends of a 0–10 scale; keep them short */
                                      _("0: none"), _("10: the most"),
                                      _("Tension, from 0 (none) to 10 (the most)"));

      if (answer != NULL && g_variant_is_of_type (answer, G_VARIANT_TYPE_INT32))
        value = g_variant_get_int32 (answer);

      soften_rating_scale_set_value (self->scale, CLAMP (value, -1, SOFTEN_RATING_SCALE_MAX));
    }

  self->syncing = FALSE;
}

static void
soften_check_in_view_dispose (GObject *object)
{
  SoftenCheckInView *self = (SoftenCheckInView *)object;

  /* The stack is the bin's child and a template child: let the bin drop it
   * first, so that it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_CHECK_IN_VIEW);

  G_OBJECT_CLASS (soften_check_in_view_parent_class)->dispose (object);
}

static void
soften_check_in_view_class_init (SoftenCheckInViewClass *klass)
{
  GObjectClass        *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass      *widget_class = GTK_WIDGET_CLASS (klass);
  SoftenStepViewClass *view_class = SOFTEN_STEP_VIEW_CLASS (klass);

  object_class->dispose = soften_check_in_view_dispose;

  view_class->kind = SOFTEN_STEP_CHECK_IN;
  view_class->update = soften_check_in_view_update;

  g_type_ensure (SOFTEN_TYPE_RATING_SCALE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-check-in-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenCheckInView, measure_stack);
  gtk_widget_class_bind_template_child (widget_class, SoftenCheckInView, above_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenCheckInView, inside_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenCheckInView, below_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenCheckInView, suggestion_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenCheckInView, suggestion_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenCheckInView, suggestions);
  gtk_widget_class_bind_template_child (widget_class, SoftenCheckInView, scale);
  gtk_widget_class_bind_template_callback (widget_class, zone_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, scale_changed_cb);
}

static void
soften_check_in_view_init (SoftenCheckInView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  track_checked (self->above_button);
  track_checked (self->inside_button);
  track_checked (self->below_button);
}
