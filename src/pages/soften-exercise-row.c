/* soften-exercise-row.c — one exercise in the library's list
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its title and summary (plain text: one's own files may hold anything),
 * how long it takes, a tag on an exercise the person added, and a sign on
 * one whose breathing asks a lot of the body (see soften-breath-risks.c).
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "engine/soften-breath-risks.h"
#include "soften-exercise-row.h"
#include "soften-format.h"

struct _SoftenExerciseRow
{
  AdwActionRow parent_instance;

  /* Template widgets */
  GtkLabel  *length_label;
  GtkWidget *yours_label;
  GtkWidget *risks_icon;

  /* Owned */
  SoftenExercise *exercise;
};

G_DEFINE_FINAL_TYPE (SoftenExerciseRow, soften_exercise_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_exercise (SoftenExerciseRow *self, SoftenExercise *exercise)
{
  g_autofree char *length = NULL;

  g_set_object (&self->exercise, exercise);
  if (exercise == NULL)
    return;

  length = soften_format_exercise_length_short (exercise);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), soften_exercise_get_title (exercise));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), soften_exercise_get_summary (exercise));
  gtk_label_set_text (self->length_label, length);
  gtk_widget_set_visible (self->yours_label, !soften_exercise_get_builtin (exercise));
  gtk_widget_set_visible (self->risks_icon,
                          soften_exercise_find_breath_risks (exercise) != SOFTEN_BREATH_RISK_NONE);
}

static void
soften_exercise_row_dispose (GObject *object)
{
  SoftenExerciseRow *self = SOFTEN_EXERCISE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_EXERCISE_ROW);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (soften_exercise_row_parent_class)->dispose (object);
}

static void
soften_exercise_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenExerciseRow *self = SOFTEN_EXERCISE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_exercise_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SoftenExerciseRow *self = SOFTEN_EXERCISE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      set_exercise (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_exercise_row_class_init (SoftenExerciseRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_exercise_row_dispose;
  object_class->get_property = soften_exercise_row_get_property;
  object_class->set_property = soften_exercise_row_set_property;

  properties[PROP_EXERCISE]
      = g_param_spec_object ("exercise", NULL, NULL, SOFTEN_TYPE_EXERCISE,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-exercise-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenExerciseRow, length_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenExerciseRow, yours_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenExerciseRow, risks_icon);
}

static void
soften_exercise_row_init (SoftenExerciseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
soften_exercise_row_new (SoftenExercise *exercise)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE (exercise), NULL);

  return g_object_new (SOFTEN_TYPE_EXERCISE_ROW, "exercise", exercise, NULL);
}

SoftenExercise *
soften_exercise_row_get_exercise (SoftenExerciseRow *self)
{
  g_return_val_if_fail (SOFTEN_IS_EXERCISE_ROW (self), NULL);

  return self->exercise;
}
