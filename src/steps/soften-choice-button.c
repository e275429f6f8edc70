/* soften-choice-button.c — one answer of a choice step
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A toggle button with its answer as wrapped plain text (an exercise file
 * may hold anything), pressed while its action's state is its target.
 * Screen readers hear a radio button named by its text, and whether it is
 * checked.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-choice-button.h"

struct _SoftenChoiceButton
{
  GtkToggleButton parent_instance;

  /* Template widgets */
  GtkLabel *text_label;
};

G_DEFINE_FINAL_TYPE (SoftenChoiceButton, soften_choice_button, GTK_TYPE_TOGGLE_BUTTON)

static void
update_checked (SoftenChoiceButton *self)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_CHECKED,
                               gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self))
                                   ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                   : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

static void
soften_choice_button_dispose (GObject *object)
{
  /* The label is the button's child and a template child: let the button
   * drop it first, so that it is not unparented twice. */
  gtk_button_set_child (GTK_BUTTON (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_CHOICE_BUTTON);

  G_OBJECT_CLASS (soften_choice_button_parent_class)->dispose (object);
}

static void
soften_choice_button_class_init (SoftenChoiceButtonClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_choice_button_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-choice-button.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenChoiceButton, text_label);
}

static void
soften_choice_button_init (SoftenChoiceButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "notify::active", G_CALLBACK (update_checked), NULL);
  update_checked (self);
}

/**
 * soften_choice_button_new:
 * @text: the answer, shown as plain text
 * @action_name: a stateful action
 * @target: the state of @action_name while this answer is chosen
 */
GtkWidget *
soften_choice_button_new (const char *text, const char *action_name, GVariant *target)
{
  SoftenChoiceButton *self = g_object_new (SOFTEN_TYPE_CHOICE_BUTTON, "action-target", target,
                                           "action-name", action_name, NULL);

  gtk_label_set_text (self->text_label, text);
  return GTK_WIDGET (self);
}
