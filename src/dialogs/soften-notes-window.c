/* soften-notes-window.c — short cards to read before an exercise
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An exercise may carry notes ("What forgiveness is not"): cards the person
 * can open from its page, never forced on them. Shown as plain text.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-note-card.h"
#include "soften-notes-window.h"

struct _SoftenNotesWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkBox         *cards_box;
};

G_DEFINE_FINAL_TYPE (SoftenNotesWindow, soften_notes_window, ADW_TYPE_WINDOW)

static void
soften_notes_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_NOTES_WINDOW);

  G_OBJECT_CLASS (soften_notes_window_parent_class)->dispose (object);
}

static void
soften_notes_window_class_init (SoftenNotesWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_notes_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-notes-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenNotesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SoftenNotesWindow, cards_box);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
soften_notes_window_init (SoftenNotesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
soften_notes_window_new (SoftenExercise *exercise)
{
  SoftenNotesWindow *self;

  g_return_val_if_fail (SOFTEN_IS_EXERCISE (exercise), NULL);

  self = g_object_new (SOFTEN_TYPE_NOTES_WINDOW, NULL);
  gtk_window_set_title (GTK_WINDOW (self), soften_exercise_get_notes_title (exercise));
  adw_window_title_set_title (self->window_title, soften_exercise_get_notes_title (exercise));
  /* A narrow window shortens a long title with “…”: the whole of it is here. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title),
                               soften_exercise_get_notes_title (exercise));

  for (guint i = 0; i < soften_exercise_get_n_notes (exercise); i++)
    gtk_box_append (self->cards_box,
                    soften_note_card_new (soften_exercise_get_note_title (exercise, i),
                                          soften_exercise_get_note_text (exercise, i)));

  return GTK_WIDGET (self);
}
