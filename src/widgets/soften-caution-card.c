/* soften-caution-card.c — an exercise's caution, to be read first
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown wherever an exercise begins (its page, and the first screen of a
 * session, whatever the way in): the caution, as plain text beside an
 * information sign (something to know, not an alarm), and for an exercise
 * with SafetyNote=true a link to Help Now's "When the alarm is about now".
 * Breathing that asks too much of the body (an exercise someone wrote) is
 * said here too, in the words of soften_breath_describe_risks(). Hidden
 * for an exercise with neither.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "engine/soften-breath-risks.h"
#include "soften-caution-card.h"

struct _SoftenCautionCard
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel  *caution_label;
  GtkLabel  *risks_label;
  GtkWidget *safety_button;
};

G_DEFINE_FINAL_TYPE (SoftenCautionCard, soften_caution_card, ADW_TYPE_BIN)

static void
soften_caution_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_CAUTION_CARD);

  G_OBJECT_CLASS (soften_caution_card_parent_class)->dispose (object);
}

static void
soften_caution_card_class_init (SoftenCautionCardClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_caution_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-caution-card.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenCautionCard, caution_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenCautionCard, risks_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenCautionCard, safety_button);
}

static void
soften_caution_card_init (SoftenCautionCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * soften_caution_card_set_exercise:
 * @exercise: (nullable): the exercise whose caution to show
 */
void
soften_caution_card_set_exercise (SoftenCautionCard *self, SoftenExercise *exercise)
{
  const char      *caution = NULL;
  g_auto (GStrv)   risks = NULL;
  g_autofree char *said = NULL;
  g_autofree char *described = NULL;
  gboolean         has_caution;

  g_return_if_fail (SOFTEN_IS_CAUTION_CARD (self));

  if (exercise != NULL)
    {
      caution = soften_exercise_get_caution (exercise);
      risks = soften_breath_describe_risks (soften_exercise_find_breath_risks (exercise));
      said = g_strjoinv (" ", risks);
    }
  has_caution = caution != NULL && caution[0] != '\0';

  gtk_label_set_text (self->caution_label, has_caution ? caution : "");
  gtk_widget_set_visible (GTK_WIDGET (self->caution_label), has_caution);
  gtk_label_set_text (self->risks_label, said != NULL ? said : "");
  gtk_widget_set_visible (GTK_WIDGET (self->risks_label), said != NULL && said[0] != '\0');
  gtk_widget_set_visible (self->safety_button,
                          exercise != NULL && soften_exercise_get_safety_note (exercise));
  gtk_widget_set_visible (GTK_WIDGET (self),
                          has_caution || gtk_widget_get_visible (GTK_WIDGET (self->risks_label)));

  /* A screen reader reading the card reads all of it. */
  described = g_strjoin (" ", has_caution ? caution : "", said != NULL ? said : "", NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  g_strstrip (described), -1);
}
