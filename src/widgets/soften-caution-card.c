/* soften-caution-card.c — an exercise's caution, to be read first
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown wherever an exercise begins (its page, and the first screen of a
 * session, whatever the way in): the caution, as plain text beside an
 * information sign (something to know, not an alarm), and for an exercise
 * with SafetyNote=true a link to Help Now's "When the alarm is about now".
 * Hidden for an exercise with no caution.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-caution-card.h"

struct _SoftenCautionCard
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel  *caution_label;
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
  const char *caution;

  g_return_if_fail (SOFTEN_IS_CAUTION_CARD (self));

  caution = exercise != NULL ? soften_exercise_get_caution (exercise) : NULL;
  gtk_label_set_text (self->caution_label, caution != NULL ? caution : "");
  gtk_widget_set_visible (self->safety_button,
                          exercise != NULL && soften_exercise_get_safety_note (exercise));
  gtk_widget_set_visible (GTK_WIDGET (self), caution != NULL && caution[0] != '\0');
}
