/* soften-writing-view.c — a writing step: a calm, private place to write
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text view edits the pad's buffer for the current step; the view keeps
 * no copy, and soften_guard_text_view() keeps the text off every clipboard.
 * When the step follows a choice, the choice is shown above the writing
 * area (by its label, never by anything written).
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-writing-view.h"

struct _SoftenWritingView
{
  SoftenStepView parent_instance;

  /* Template widgets */
  GtkLabel    *context_label;
  GtkTextView *text_view;
  GtkLabel    *placeholder_label;

  /* Owned */
  GtkTextBuffer *empty;
  gulong         changed_handler;
};

G_DEFINE_FINAL_TYPE (SoftenWritingView, soften_writing_view, SOFTEN_TYPE_STEP_VIEW)

static void
update_placeholder (SoftenWritingView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  gtk_widget_set_visible (GTK_WIDGET (self->placeholder_label),
                          gtk_text_buffer_get_char_count (buffer) == 0);
}

static void
show_buffer (SoftenWritingView *self, GtkTextBuffer *buffer)
{
  GtkTextBuffer *old = gtk_text_view_get_buffer (self->text_view);

  if (old == buffer)
    return;

  if (self->changed_handler != 0)
    g_clear_signal_handler (&self->changed_handler, old);

  soften_guarded_text_view_set_buffer (self->text_view, buffer);
  self->changed_handler = g_signal_connect_object (
      buffer, "changed", G_CALLBACK (update_placeholder), self, G_CONNECT_SWAPPED);
  update_placeholder (self);
}

/* "You chose: …" for a writing step after a choice. */
static void
update_context (SoftenWritingView *self, SoftenSession *session)
{
  SoftenExercise *exercise = soften_session_get_exercise (session);
  const char     *label = NULL;

  for (guint i = 0; i < soften_session_get_step_index (session); i++)
    {
      SoftenStep      *step = soften_exercise_get_step (exercise, i);
      g_autofree char *key = NULL;
      GVariant        *answer;

      if (soften_step_get_kind (step) != SOFTEN_STEP_CHOICE)
        continue;

      key = soften_step_dup_response_key (step);
      answer = soften_session_get_response (session, key);
      if (answer != NULL && g_variant_is_of_type (answer, G_VARIANT_TYPE_STRING))
        label = soften_step_get_choice_label_for (step, g_variant_get_string (answer, NULL));
    }

  if (label != NULL)
    {
      /* Translators: shown above a writing area; %s is what the person chose before */
      g_autofree char *text = g_strdup_printf (_("You chose: %s"), label);

      gtk_label_set_text (self->context_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->context_label), label != NULL);
}

static void
soften_writing_view_update (SoftenStepView *view, SoftenSession *session, SoftenStep *step)
{
  SoftenWritingView *self = SOFTEN_WRITING_VIEW (view);
  SoftenWritingPad  *pad = soften_practice_get_writing_pad (soften_step_view_get_practice (view));

  show_buffer (self, soften_writing_pad_get_buffer (pad, soften_session_get_step_index (session)));
  gtk_label_set_text (self->placeholder_label, soften_step_get_placeholder (step));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  soften_step_get_text (step), GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER,
                                  soften_step_get_placeholder (step), -1);
  update_context (self, session);
}

/* No session: show an empty buffer, never a wiped one's leftovers. */
static void
soften_writing_view_session_changed (SoftenStepView *view, SoftenSession *session)
{
  if (session == NULL)
    show_buffer (SOFTEN_WRITING_VIEW (view), SOFTEN_WRITING_VIEW (view)->empty);
}

/* Focusing the view puts the cursor where the person writes: its label is
 * the step's words, so a screen reader reads them there. */
static gboolean
soften_writing_view_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (SOFTEN_WRITING_VIEW (widget)->text_view));
}

static void
soften_writing_view_dispose (GObject *object)
{
  SoftenWritingView *self = (SoftenWritingView *)object;

  if (self->text_view != NULL && self->empty != NULL)
    show_buffer (self, self->empty);
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_WRITING_VIEW);
  g_clear_object (&self->empty);

  G_OBJECT_CLASS (soften_writing_view_parent_class)->dispose (object);
}

static void
soften_writing_view_class_init (SoftenWritingViewClass *klass)
{
  GObjectClass        *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass      *widget_class = GTK_WIDGET_CLASS (klass);
  SoftenStepViewClass *view_class = SOFTEN_STEP_VIEW_CLASS (klass);

  object_class->dispose = soften_writing_view_dispose;
  widget_class->grab_focus = soften_writing_view_grab_focus;

  view_class->kind = SOFTEN_STEP_WRITING;
  view_class->update = soften_writing_view_update;
  view_class->session_changed = soften_writing_view_session_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-writing-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenWritingView, context_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenWritingView, text_view);
  gtk_widget_class_bind_template_child (widget_class, SoftenWritingView, placeholder_label);
}

static void
soften_writing_view_init (SoftenWritingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  soften_guard_text_view (self->text_view);
  self->empty = gtk_text_buffer_new (NULL);
  show_buffer (self, self->empty);
}
