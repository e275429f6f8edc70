/* soften-completion-page.c — what was done, at the end of an exercise
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the session the practice just finished: which exercise, for how
 * long, and what changed, in plain words, from its check-ins ("Tension
 * 7 → 4", "You came back inside your window"). Tension that rose is said as
 * kindly as tension that eased; nothing here grades the person.
 *
 * When the last zone check-in answered found the person above or below
 * their window and suggested something for it (a calming exercise, gentle
 * movement, Help Now), the first suggestion is the main button, and takes
 * the focus; the others follow it. Otherwise "Back to Exercises" is the
 * main button. "Back to Exercises" puts the session away (the practice's
 * leave) and goes to the list; "Do It Again" starts it anew.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "engine/soften-outcome.h"
#include "soften-completion-page.h"
#include "soften-practice.h"

struct _SoftenCompletionPage
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwStatusPage *status_page;
  GtkWidget     *changes_list;
  AdwActionRow  *tension_row;
  AdwActionRow  *comfort_row;
  AdwActionRow  *zone_row;
  GtkBox        *suggestions_box;
  GtkWidget     *back_button;
  GtkWidget     *again_button;

  /* Owned */
  SoftenPractice *practice;
};

G_DEFINE_FINAL_TYPE (SoftenCompletionPage, soften_completion_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PRACTICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_row (AdwActionRow *row, const char *title, const char *subtitle)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (row), TRUE);
}

/* "Tension 7 → 4", and what that is, kindly. */
static void
show_tension (SoftenCompletionPage *self, const SoftenOutcome *outcome)
{
  int              before = outcome->tension[SOFTEN_MOMENT_BEFORE];
  int              after = outcome->tension[SOFTEN_MOMENT_AFTER];
  g_autofree char *title = NULL;
  const char      *subtitle;

  if (before < 0 || after < 0)
    return;

  /* Translators: on the completion page: tension before → after, each 0–10 */
  title = g_strdup_printf (_("Tension %1$d → %2$d"), before, after);
  if (after < before)
    /* Translators: on the completion page, under “Tension 7 → 4” */
    subtitle = _("Your body let go of some tension.");
  else if (after == before)
    /* Translators: on the completion page, under “Tension 5 → 5” */
    subtitle = _("About the same as before. That is all right.");
  else
    /* Translators: on the completion page, under “Tension 4 → 6” */
    subtitle = _("A little more than before. Turning towards something hard can do that; go "
                  "gently.");
  show_row (self->tension_row, title, subtitle);
}

/* "Comfort 4 → 6", or how it felt at the end. */
static void
show_comfort (SoftenCompletionPage *self, const SoftenOutcome *outcome)
{
  int              before = outcome->comfort[SOFTEN_MOMENT_BEFORE];
  int              after = outcome->comfort[SOFTEN_MOMENT_AFTER];
  g_autofree char *title = NULL;
  const char      *subtitle;

  if (after < 0)
    return;

  if (before < 0)
    {
      /* Translators: on the completion page: how at ease it felt, 0–10 */
      title = g_strdup_printf (_("Comfort %d of 10"), after);
      subtitle = _("How it felt, from 0 (very hard) to 10 (at ease)");
    }
  else
    {
      /* Translators: on the completion page: comfort before → after, each 0–10 */
      title = g_strdup_printf (_("Comfort %1$d → %2$d"), before, after);
      if (after > before)
        /* Translators: on the completion page, under “Comfort 4 → 6” */
        subtitle = _("It felt easier by the end.");
      else if (after == before)
        /* Translators: on the completion page, under “Comfort 5 → 5” */
        subtitle = _("It felt about the same throughout.");
      else
        /* Translators: on the completion page, under “Comfort 6 → 4” */
        subtitle = _("It felt harder by the end. That is all right; it gets easier with "
                      "practice.");
    }
  show_row (self->comfort_row, title, subtitle);
}

/* Where the person is now against their window, and where they came from. */
static void
show_zone (SoftenCompletionPage *self, const SoftenOutcome *outcome)
{
  int before = outcome->zone[SOFTEN_MOMENT_BEFORE];
  int after = outcome->zone[SOFTEN_MOMENT_AFTER];

  switch (outcome->latest_zone)
    {
    case SOFTEN_ZONE_INSIDE:
      if (after == SOFTEN_ZONE_INSIDE && before == SOFTEN_ZONE_ABOVE)
        /* Translators: at the end of an exercise: where the person is, against their
         * window of tolerance (above it: on alert; below it: numb, far away) */
        show_row (self->zone_row, _("You came back inside your window"),
                  _("You began above it, on alert. Now you can choose what comes next."));
      else if (after == SOFTEN_ZONE_INSIDE && before == SOFTEN_ZONE_BELOW)
        /* Translators: at the end of an exercise: where the person is, against their
         * window of tolerance (above it: on alert; below it: numb, far away) */
        show_row (self->zone_row, _("You came back inside your window"),
                  _("You began below it, far away. Now you can choose what comes next."));
      else if (after == SOFTEN_ZONE_INSIDE && before == SOFTEN_ZONE_INSIDE)
        /* Translators: at the end of an exercise: where the person is, against their
         * window of tolerance (above it: on alert; below it: numb, far away) */
        show_row (self->zone_row, _("You stayed inside your window"),
                  _("Calm, steady, able to choose what comes next."));
      else
        /* Translators: at the end of an exercise: where the person is, against their
         * window of tolerance (above it: on alert; below it: numb, far away) */
        show_row (self->zone_row, _("You are inside your window"),
                  _("Calm, steady, able to choose what comes next."));
      break;

    case SOFTEN_ZONE_ABOVE:
      /* Translators: at the end of an exercise: where the person is, against their
       * window of tolerance (above it: on alert; below it: numb, far away) */
      show_row (self->zone_row, _("Your body is on alert"),
                _("Above your window. Something that calms it might help first."));
      break;

    case SOFTEN_ZONE_BELOW:
      /* Translators: at the end of an exercise: where the person is, against their
       * window of tolerance (above it: on alert; below it: numb, far away) */
      show_row (self->zone_row, _("Your body has gone quiet to protect you"),
                _("Below your window. Something gentle that brings you back into the room "
                   "might help first."));
      break;

    default:
      break;
    }
}

/* A button for a check-in's suggestion: an exercise, or Help Now; NULL
 * for an exercise that is not there. */
static GtkWidget *
suggestion_button (SoftenLibrary *library, const char *id)
{
  SoftenExercise *exercise;
  GtkWidget      *button;

  if (g_str_equal (id, SOFTEN_HELP_NOW_SUGGESTION))
    {
      button = gtk_button_new_with_label (_("Help Now"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.help-now");
      gtk_widget_set_tooltip_text (
          button,
          /* Translators: a tooltip on the completion page's Help Now button */
          _("People and lines that can help, and Stop and Ground"));
    }
  else
    {
      exercise = library != NULL ? soften_library_find (library, id) : NULL;
      if (exercise == NULL)
        return NULL;

      button = gtk_button_new_with_label (soften_exercise_get_title (exercise));
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (id));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.start");
      /* Translators: a tooltip on a suggested exercise's button at the end of another */
      gtk_widget_set_tooltip_text (button, _("Start this exercise now"));
    }

  gtk_widget_add_css_class (button, "pill");
  return button;
}

/* The suggestions, the first one the main button; without any, "Back to
 * Exercises" is. */
static void
show_suggestions (SoftenCompletionPage *self, const SoftenOutcome *outcome)
{
  SoftenLibrary *library = soften_practice_get_library (self->practice);
  GtkWidget     *child;
  GtkWidget     *first = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_box))) != NULL)
    gtk_box_remove (self->suggestions_box, child);

  for (guint i = 0; outcome->suggestions != NULL && outcome->suggestions[i] != NULL; i++)
    {
      GtkWidget *button = suggestion_button (library, outcome->suggestions[i]);

      if (button == NULL)
        continue;
      if (first == NULL)
        {
          first = button;
          gtk_widget_add_css_class (button, "suggested-action");
        }
      gtk_box_append (self->suggestions_box, button);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_box), first != NULL);
  if (first != NULL)
    gtk_widget_remove_css_class (self->back_button, "suggested-action");
  else
    gtk_widget_add_css_class (self->back_button, "suggested-action");
}

/* Says what changed, from the session's check-ins. */
static void
show_outcome (SoftenCompletionPage *self, SoftenSession *session)
{
  SoftenOutcome outcome;

  soften_outcome_init (&outcome, session);

  gtk_widget_set_visible (GTK_WIDGET (self->tension_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->comfort_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->zone_row), FALSE);
  show_tension (self, &outcome);
  show_comfort (self, &outcome);
  show_zone (self, &outcome);
  gtk_widget_set_visible (self->changes_list,
                          gtk_widget_get_visible (GTK_WIDGET (self->tension_row))
                              || gtk_widget_get_visible (GTK_WIDGET (self->comfort_row))
                              || gtk_widget_get_visible (GTK_WIDGET (self->zone_row)));

  show_suggestions (self, &outcome);
}

/* The window may have given the page the focus before it knew what to
 * suggest: then it goes to the main button now. */
static void
refocus (SoftenCompletionPage *self)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* Says what was done: which exercise, for how long, and what changed. */
static void
session_finished_cb (SoftenCompletionPage *self, SoftenSession *session)
{
  SoftenExercise  *exercise = soften_session_get_exercise (session);
  g_autofree char *title = NULL;
  g_autofree char *time_spent = NULL;
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;
  guint            minutes;

  minutes
      = (soften_session_get_active_usec (session) + 30 * G_USEC_PER_SEC) / (60 * G_USEC_PER_SEC);
  /* Translators: the heading when an exercise is done; %s is its title */
  title = g_strdup_printf (_("You Finished “%s”"), soften_exercise_get_title (exercise));
  if (minutes == 0)
    time_spent = g_strdup (_("You spent a little while with yourself."));
  else
    time_spent = g_strdup_printf (ngettext ("You spent %u minute with yourself.",
                                            "You spent %u minutes with yourself.", minutes),
                                  minutes);
  /* Translators: %s is a sentence saying how long the person spent */
  description = g_strdup_printf (_("%s However you feel now, you can choose what comes next."),
                                 time_spent);

  adw_status_page_set_title (self->status_page, title);
  /* The description is markup; a translation may hold “&” or “<”. */
  escaped = g_markup_escape_text (description, -1);
  adw_status_page_set_description (self->status_page, escaped);
  /* The target first: an action without its parameter cannot be set. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->again_button),
                                          g_variant_new_string (soften_exercise_get_id (exercise)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->again_button), "app.start");

  show_outcome (self, session);
  refocus (self);
}

static void
back_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenCompletionPage *self = SOFTEN_COMPLETION_PAGE (widget);

  gtk_widget_activate_action (widget, "win.show-library", NULL);
  if (self->practice != NULL)
    soften_practice_leave (self->practice);
}

/* The focus goes to the main button: the first suggestion, if any. */
static gboolean
soften_completion_page_grab_focus (GtkWidget *widget)
{
  SoftenCompletionPage *self = SOFTEN_COMPLETION_PAGE (widget);
  GtkWidget            *first = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_box));

  if (first != NULL && gtk_widget_get_visible (GTK_WIDGET (self->suggestions_box)))
    return gtk_widget_grab_focus (first);

  return gtk_widget_grab_focus (self->back_button);
}

static void
soften_completion_page_dispose (GObject *object)
{
  SoftenCompletionPage *self = SOFTEN_COMPLETION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_COMPLETION_PAGE);
  g_clear_object (&self->practice);

  G_OBJECT_CLASS (soften_completion_page_parent_class)->dispose (object);
}

static void
soften_completion_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SoftenCompletionPage *self = SOFTEN_COMPLETION_PAGE (object);

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
soften_completion_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SoftenCompletionPage *self = SOFTEN_COMPLETION_PAGE (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      if (self->practice != NULL)
        g_signal_handlers_disconnect_by_data (self->practice, self);
      if (g_set_object (&self->practice, g_value_get_object (value)) && self->practice != NULL)
        g_signal_connect_object (self->practice, "finished", G_CALLBACK (session_finished_cb), self,
                                 G_CONNECT_SWAPPED);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_completion_page_class_init (SoftenCompletionPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_completion_page_dispose;
  object_class->get_property = soften_completion_page_get_property;
  object_class->set_property = soften_completion_page_set_property;
  widget_class->grab_focus = soften_completion_page_grab_focus;

  properties[PROP_PRACTICE] = g_param_spec_object ("practice", NULL, NULL, SOFTEN_TYPE_PRACTICE,
                                                   G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-completion-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenCompletionPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, SoftenCompletionPage, changes_list);
  gtk_widget_class_bind_template_child (widget_class, SoftenCompletionPage, tension_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenCompletionPage, comfort_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenCompletionPage, zone_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenCompletionPage, suggestions_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenCompletionPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenCompletionPage, again_button);

  gtk_widget_class_install_action (widget_class, "completion.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "completion.back", NULL);
}

static void
soften_completion_page_init (SoftenCompletionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
