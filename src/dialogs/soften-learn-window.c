/* soften-learn-window.c — a learn card, to read
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A short page opened from the library's Learn group or from a related
 * exercise's page (win.learn): the card's summary, its sections as note
 * cards, then the notes of the exercise it names (NotesFrom=), so that
 * text written once for an exercise is read here too, then its credit.
 * Shown as plain text; Escape closes it.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-learn-window.h"
#include "soften-note-card.h"

struct _SoftenLearnWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkLabel       *title_label;
  GtkLabel       *summary_label;
  GtkBox         *cards_box;
  GtkLabel       *notes_label;
  GtkBox         *notes_box;
  GtkLabel       *credit_label;

  /* Owned */
  SoftenLearnCard *card;
};

G_DEFINE_FINAL_TYPE (SoftenLearnWindow, soften_learn_window, ADW_TYPE_WINDOW)

static void
soften_learn_window_dispose (GObject *object)
{
  SoftenLearnWindow *self = SOFTEN_LEARN_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_LEARN_WINDOW);
  g_clear_object (&self->card);

  G_OBJECT_CLASS (soften_learn_window_parent_class)->dispose (object);
}

static void
soften_learn_window_class_init (SoftenLearnWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_learn_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-learn-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenLearnWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SoftenLearnWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenLearnWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenLearnWindow, cards_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenLearnWindow, notes_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenLearnWindow, notes_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenLearnWindow, credit_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
soften_learn_window_init (SoftenLearnWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
add_notes (SoftenLearnWindow *self, SoftenExercise *exercise)
{
  guint n = soften_exercise_get_n_notes (exercise);

  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_box), n > 0);
  if (soften_exercise_get_notes_title (exercise) != NULL)
    gtk_label_set_text (self->notes_label, soften_exercise_get_notes_title (exercise));
  for (guint i = 0; i < n; i++)
    gtk_box_append (self->notes_box,
                    soften_note_card_new (soften_exercise_get_note_title (exercise, i),
                                          soften_exercise_get_note_text (exercise, i)));
}

/**
 * soften_learn_window_new:
 * @card: the card to show
 * @notes_from: (nullable): the exercise the card names in NotesFrom=,
 *   whose notes follow its sections
 */
GtkWidget *
soften_learn_window_new (SoftenLearnCard *card, SoftenExercise *notes_from)
{
  SoftenLearnWindow *self;
  const char        *title;

  g_return_val_if_fail (SOFTEN_IS_LEARN_CARD (card), NULL);
  g_return_val_if_fail (!notes_from || SOFTEN_IS_EXERCISE (notes_from), NULL);

  self = g_object_new (SOFTEN_TYPE_LEARN_WINDOW, NULL);
  self->card = g_object_ref (card);
  title = soften_learn_card_get_title (card);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  /* A narrow window shortens a long title with “…”: the whole of it is
   * the page's heading too. */
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->summary_label, soften_learn_card_get_summary (card));
  gtk_label_set_text (self->credit_label, soften_learn_card_get_credit (card));

  for (guint i = 0; i < soften_learn_card_get_n_sections (card); i++)
    gtk_box_append (self->cards_box,
                    soften_note_card_new (soften_learn_card_get_section_title (card, i),
                                          soften_learn_card_get_section_text (card, i)));
  if (notes_from != NULL)
    add_notes (self, notes_from);

  return GTK_WIDGET (self);
}

/* Returns: (transfer none): the card shown */
SoftenLearnCard *
soften_learn_window_get_card (SoftenLearnWindow *self)
{
  g_return_val_if_fail (SOFTEN_IS_LEARN_WINDOW (self), NULL);

  return self->card;
}
