/* soften-note-card.c — one card of an exercise's notes
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A heading and its text, as plain text (an exercise file may hold
 * anything), wrapped to any width.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-note-card.h"

struct _SoftenNoteCard
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *text_label;
};

G_DEFINE_FINAL_TYPE (SoftenNoteCard, soften_note_card, ADW_TYPE_BIN)

static void
soften_note_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_NOTE_CARD);

  G_OBJECT_CLASS (soften_note_card_parent_class)->dispose (object);
}

static void
soften_note_card_class_init (SoftenNoteCardClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_note_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-note-card.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenNoteCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenNoteCard, text_label);
}

static void
soften_note_card_init (SoftenNoteCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
soften_note_card_new (const char *title, const char *text)
{
  SoftenNoteCard *self = g_object_new (SOFTEN_TYPE_NOTE_CARD, NULL);

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->text_label, text);

  return GTK_WIDGET (self);
}
