/* soften-exercise-page.c — one exercise, before it starts
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What it is for, how long it takes, any caution, and a Start button that
 * activates app.start with the exercise's id. Back is win.show-library.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "engine/soften-exercise-file.h"

#include "soften-caution-card.h"
#include "soften-exercise-page.h"
#include "soften-export.h"
#include "soften-format.h"
#include "soften-learn-card.h"
#include "soften-notes-window.h"

struct _SoftenExercisePage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel     *title_label;
  GtkLabel     *summary_label;
  AdwActionRow *length_row;
  AdwActionRow *lengths_row;
  GtkDropDown  *lengths_dropdown;
  /* The minutes lengths_row offers, in its order; the first is as written. */
  GArray            *minutes;
  AdwActionRow      *steps_row;
  AdwActionRow      *practice_row;
  SoftenCautionCard *caution_card;
  GtkWidget         *notes_button;
  GtkWidget         *learn_button;
  GtkLabel          *learn_label;
  GtkWidget         *start_button;
  GtkWidget         *present_button;
  GtkLabel          *credit_label;

  /* Owned */
  SoftenExercise *exercise;
  SoftenProgress *progress;
};

G_DEFINE_FINAL_TYPE (SoftenExercisePage, soften_exercise_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_EXERCISE,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_optional_label (GtkLabel *label, GtkWidget *container, const char *text)
{
  gboolean has_text = text != NULL && text[0] != '\0';

  gtk_label_set_text (label, has_text ? text : "");
  gtk_widget_set_visible (container, has_text);
}

/* "Finished 12 times, last on Tuesday", from the progress record. */
static void
update_practice (SoftenExercisePage *self)
{
  g_autoptr (GDateTime) last = NULL;
  g_autofree char      *practice = NULL;
  guint                 sessions = 0;

  if (self->exercise == NULL || self->progress == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->practice_row), FALSE);
      return;
    }

  if (!soften_progress_get_completions (self->progress, soften_exercise_get_id (self->exercise),
                                        &sessions, NULL, &last))
    sessions = 0;
  practice = soften_format_last_done (sessions, last);
  adw_action_row_set_subtitle (self->practice_row, practice);
  gtk_widget_set_visible (GTK_WIDGET (self->practice_row), TRUE);
}

/* Start plays the exercise as written, or for the length chosen. */
static void
update_start (SoftenExercisePage *self)
{
  const char *id;
  guint       selected = gtk_drop_down_get_selected (self->lengths_dropdown);

  if (self->exercise == NULL || self->minutes == NULL)
    return;
  id = soften_exercise_get_id (self->exercise);
  /* The action and its target change together. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button), NULL);
  if (selected == 0 || selected >= self->minutes->len)
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->start_button),
                                              g_variant_new_string (id));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button), "app.start");
      return;
    }
  gtk_actionable_set_action_target_value (
      GTK_ACTIONABLE (self->start_button),
      g_variant_new ("(su)", id, g_array_index (self->minutes, guint, selected)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button), "app.start-for");
}

/* A breathing exercise with Lengths= offers them, as written first. */
static void
update_lengths (SoftenExercisePage *self)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  guint                     n_lengths;
  const guint8             *lengths = soften_exercise_get_lengths (self->exercise, &n_lengths);
  guint                     written = soften_exercise_get_minutes (self->exercise);

  g_array_set_size (self->minutes, 0);
  g_array_append_val (self->minutes, written);
  for (guint i = 0; i < n_lengths; i++)
    if (lengths[i] != written)
      {
        guint m = lengths[i];

        g_array_append_val (self->minutes, m);
      }
  for (guint i = 0; i < self->minutes->len; i++)
    {
      guint            m = g_array_index (self->minutes, guint, i);
      g_autofree char *label = NULL;

      /* Short, to hold at 360 px with large text; the first is chosen. */
      label = g_strdup_printf (ngettext ("%u minute", "%u minutes", m), m);
      gtk_string_list_append (labels, label);
    }
  gtk_drop_down_set_model (self->lengths_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->lengths_dropdown, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->lengths_row), n_lengths > 0);
}

/* A learn card on what the exercise works with, to read if they like. */
static void
update_learn (SoftenExercisePage *self)
{
  const char                 *id = soften_exercise_get_learn (self->exercise);
  g_autoptr (SoftenLearnCard) card = id != NULL ? soften_learn_card_lookup (id, NULL) : NULL;
  g_autofree char            *label = NULL;

  gtk_widget_set_visible (self->learn_button, card != NULL);
  if (card == NULL)
    return;

  /* Translators: a button on an exercise's page that opens a short page to
   * read; %s is its title, such as “Your window of tolerance” */
  label = g_strdup_printf (_("Learn more: %s"), soften_learn_card_get_title (card));
  gtk_label_set_text (self->learn_label, label);
  /* A button with a child of its own has no name unless it is given one. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->learn_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->learn_button), "s", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->learn_button), "win.learn");
}

static void
update (SoftenExercisePage *self)
{
  g_autofree char *length = NULL;
  g_autofree char *steps = NULL;
  guint            n_steps;

  if (self->exercise == NULL)
    return;

  n_steps = soften_exercise_get_n_steps (self->exercise);
  length = soften_format_exercise_length (self->exercise);
  steps = g_strdup_printf (ngettext ("%u step", "%u steps", n_steps), n_steps);

  gtk_label_set_text (self->title_label, soften_exercise_get_title (self->exercise));
  set_optional_label (self->summary_label, GTK_WIDGET (self->summary_label),
                      soften_exercise_get_summary (self->exercise));
  adw_action_row_set_subtitle (self->length_row, length);
  adw_action_row_set_subtitle (self->steps_row, steps);
  soften_caution_card_set_exercise (self->caution_card, self->exercise);
  set_optional_label (self->credit_label, GTK_WIDGET (self->credit_label),
                      soften_exercise_get_credit (self->exercise));

  /* Cards to read first, such as what forgiveness is not: offered, not forced. */
  gtk_widget_set_visible (self->notes_button,
                          soften_exercise_get_n_notes (self->exercise) > 0
                              && soften_exercise_get_notes_title (self->exercise) != NULL);
  if (soften_exercise_get_notes_title (self->exercise) != NULL)
    gtk_button_set_label (GTK_BUTTON (self->notes_button),
                          soften_exercise_get_notes_title (self->exercise));
  update_learn (self);

  update_practice (self);

  update_lengths (self);
  update_start (self);
  gtk_actionable_set_action_target_value (
      GTK_ACTIONABLE (self->present_button),
      g_variant_new_string (soften_exercise_get_id (self->exercise)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->present_button), "app.present");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  soften_exercise_get_title (self->exercise), -1);
}

static void
notes_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenExercisePage *self = SOFTEN_EXERCISE_PAGE (widget);
  GtkWidget          *notes;

  if (self->exercise == NULL || soften_exercise_get_n_notes (self->exercise) == 0)
    return;

  notes = soften_notes_window_new (self->exercise);
  gtk_window_set_transient_for (GTK_WINDOW (notes), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (notes));
}

/* The exercise as the file it came from, translations and all, to give to
 * someone else (a therapist to a client, say). */
static void
export_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenExercisePage *self = SOFTEN_EXERCISE_PAGE (widget);
  g_autofree char    *name = NULL;
  g_autofree char    *text = NULL;
  g_autoptr (GBytes)  source = NULL;
  g_autoptr (GError)  error = NULL;

  if (self->exercise == NULL)
    return;

  source = soften_exercise_file_dup_source (self->exercise, &error);
  if (source == NULL)
    {
      /* Translators: %s says why */
      g_autofree char *message
          = g_strdup_printf (_("It could not be exported: %s"), error->message);

      gtk_widget_activate_action (widget, "win.toast", "s", message);
      return;
    }

  text = g_strndup (g_bytes_get_data (source, NULL), g_bytes_get_size (source));
  name = g_strconcat (soften_exercise_get_id (self->exercise), ".exercise", NULL);
  soften_export_text (widget, _("Export the Exercise"), name, text);
}

static void
present_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenExercisePage *self = SOFTEN_EXERCISE_PAGE (widget);

  if (self->exercise != NULL)
    gtk_widget_activate_action (widget, "app.present", "s",
                                soften_exercise_get_id (self->exercise));
}

/* Someone who opens an exercise is one Enter away from starting it. */
static gboolean
soften_exercise_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (SOFTEN_EXERCISE_PAGE (widget)->start_button);
}

static void
set_progress (SoftenExercisePage *self, SoftenProgress *progress)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE_PAGE (self));
  g_return_if_fail (!progress || SOFTEN_IS_PROGRESS (progress));

  if (self->progress == progress)
    return;

  if (self->progress != NULL)
    g_signal_handlers_disconnect_by_data (self->progress, self);
  g_set_object (&self->progress, progress);
  /* The figures change when a session is recorded or the history cleared. */
  if (progress != NULL)
    g_signal_connect_swapped (progress, "changed", G_CALLBACK (update_practice), self);

  update_practice (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static void
soften_exercise_page_dispose (GObject *object)
{
  SoftenExercisePage *self = (SoftenExercisePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SOFTEN_TYPE_EXERCISE_PAGE);
  g_clear_object (&self->exercise);
  if (self->progress != NULL)
    g_signal_handlers_disconnect_by_data (self->progress, self);
  g_clear_object (&self->progress);
  g_clear_pointer (&self->minutes, g_array_unref);

  G_OBJECT_CLASS (soften_exercise_page_parent_class)->dispose (object);
}

static void
soften_exercise_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenExercisePage *self = SOFTEN_EXERCISE_PAGE (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;

    case PROP_PROGRESS:
      g_value_set_object (value, self->progress);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_exercise_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SoftenExercisePage *self = SOFTEN_EXERCISE_PAGE (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      soften_exercise_page_set_exercise (self, g_value_get_object (value));
      break;

    case PROP_PROGRESS:
      set_progress (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_exercise_page_class_init (SoftenExercisePageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_exercise_page_dispose;
  object_class->get_property = soften_exercise_page_get_property;
  object_class->set_property = soften_exercise_page_set_property;
  widget_class->grab_focus = soften_exercise_page_grab_focus;

  properties[PROP_EXERCISE]
      = g_param_spec_object ("exercise", NULL, NULL, SOFTEN_TYPE_EXERCISE,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Where the person's figures for each exercise come from. */
  properties[PROP_PROGRESS]
      = g_param_spec_object ("progress", NULL, NULL, SOFTEN_TYPE_PROGRESS,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SOFTEN_TYPE_CAUTION_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-exercise-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, length_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, lengths_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, lengths_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, steps_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, practice_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, caution_card);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, notes_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, learn_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, learn_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, start_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, present_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenExercisePage, credit_label);

  gtk_widget_class_install_action (widget_class, "exercise.notes", NULL, notes_action);
  gtk_widget_class_install_action (widget_class, "exercise.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "exercise.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "exercise.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.show-library", NULL);
}

static void
soften_exercise_page_init (SoftenExercisePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->minutes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect_swapped (self->lengths_dropdown, "notify::selected", G_CALLBACK (update_start),
                            self);
  /* GTK 4.8 leaves the drop-down's own button unnamed: it says what it
   * chooses. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->lengths_dropdown));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      /* Translators: a choice of how many minutes to breathe for */
                                      _("Practise for"), -1);
}

void
soften_exercise_page_set_exercise (SoftenExercisePage *self, SoftenExercise *exercise)
{
  g_return_if_fail (SOFTEN_IS_EXERCISE_PAGE (self));
  g_return_if_fail (!exercise || SOFTEN_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}
