/* soften-writing-pad.c — where what a person writes lives, and only there
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a person writes in a writing step is theirs. It lives in one
 * GtkTextBuffer per step, owned by this pad, for as long as the session it
 * was written in; it is never copied into the session, the progress record,
 * a file, the clipboard or a log. Wiping a buffer overwrites its text, then
 * clears it, and forgets the undo history, so nothing can bring it back.
 * The player wipes the whole pad whenever a session ends, by any way out.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-writing-pad.h"

#include "soften-private-field.h"

struct _SoftenWritingPad
{
  GObject parent_instance;

  GHashTable *buffers; /* step index → GtkTextBuffer */
};

G_DEFINE_FINAL_TYPE (SoftenWritingPad, soften_writing_pad, G_TYPE_OBJECT)

/**
 * soften_wipe_text_buffer:
 *
 * Overwrites every character of @buffer, then empties it, as one change
 * that cannot be undone, and drops the undo history.
 */
void
soften_wipe_text_buffer (GtkTextBuffer *buffer)
{
  GtkTextIter      start, end;
  g_autofree char *blank = NULL;
  int              n_chars;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  n_chars = gtk_text_buffer_get_char_count (buffer);
  blank = g_strnfill (n_chars, ' ');

  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, blank, -1);
  gtk_text_buffer_set_text (buffer, "", 0);
  gtk_text_buffer_end_irreversible_action (buffer);

  /* Turning undo off throws the history away. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_buffer_set_enable_undo (buffer, TRUE);
  gtk_text_buffer_set_modified (buffer, FALSE);
}

static void
refuse_copy_cb (GtkTextView *text_view)
{
  g_signal_stop_emission_by_name (text_view, "copy-clipboard");
}

static void
refuse_cut_cb (GtkTextView *text_view)
{
  g_signal_stop_emission_by_name (text_view, "cut-clipboard");
}

/* GtkTextView offers its selection to other programs as the primary
 * selection: it adds the primary clipboard to its buffer when realized and
 * when given a buffer, and takes it off again when unrealized or given
 * another. A guarded text view takes it off at once, and puts it back just
 * before GTK takes it off, so that GTK's own book-keeping stays balanced. */
static void
leave_primary_selection (GtkTextView *text_view)
{
  if (gtk_widget_get_realized (GTK_WIDGET (text_view)))
    gtk_text_buffer_remove_selection_clipboard (
        gtk_text_view_get_buffer (text_view),
        gtk_widget_get_primary_clipboard (GTK_WIDGET (text_view)));
}

static void
restore_primary_selection (GtkTextView *text_view)
{
  if (gtk_widget_get_realized (GTK_WIDGET (text_view)))
    gtk_text_buffer_add_selection_clipboard (
        gtk_text_view_get_buffer (text_view),
        gtk_widget_get_primary_clipboard (GTK_WIDGET (text_view)));
}

/**
 * soften_guard_text_view:
 *
 * Keeps what @text_view shows from reaching other programs: copying and
 * cutting are refused, it never owns the primary selection, and it is a
 * private field (soften_private_field_guard()). Change its
 * buffer with soften_guarded_text_view_set_buffer() only.
 */
void
soften_guard_text_view (GtkTextView *text_view)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (text_view));
  g_return_if_fail (!gtk_widget_get_realized (GTK_WIDGET (text_view)));

  soften_private_field_guard (GTK_WIDGET (text_view));
  g_signal_connect (text_view, "copy-clipboard", G_CALLBACK (refuse_copy_cb), NULL);
  g_signal_connect (text_view, "cut-clipboard", G_CALLBACK (refuse_cut_cb), NULL);
  g_signal_connect_after (text_view, "realize", G_CALLBACK (leave_primary_selection), NULL);
  /* Before GTK's own unrealize handler, which takes the clipboard off. */
  g_signal_connect (text_view, "unrealize", G_CALLBACK (restore_primary_selection), NULL);
}

void
soften_guarded_text_view_set_buffer (GtkTextView *text_view, GtkTextBuffer *buffer)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (text_view));

  if (gtk_text_view_get_buffer (text_view) == buffer)
    return;

  restore_primary_selection (text_view);
  gtk_text_view_set_buffer (text_view, buffer);
  leave_primary_selection (text_view);
}

static void
wipe_and_unref (gpointer data)
{
  GtkTextBuffer *buffer = data;

  soften_wipe_text_buffer (buffer);
  g_object_unref (buffer);
}

static void
soften_writing_pad_finalize (GObject *object)
{
  SoftenWritingPad *self = (SoftenWritingPad *)object;

  g_clear_pointer (&self->buffers, g_hash_table_unref);

  G_OBJECT_CLASS (soften_writing_pad_parent_class)->finalize (object);
}

static void
soften_writing_pad_class_init (SoftenWritingPadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = soften_writing_pad_finalize;
}

static void
soften_writing_pad_init (SoftenWritingPad *self)
{
  self->buffers = g_hash_table_new_full (NULL, NULL, NULL, wipe_and_unref);
}

SoftenWritingPad *
soften_writing_pad_new (void)
{
  return g_object_new (SOFTEN_TYPE_WRITING_PAD, NULL);
}

/* Returns: (transfer none): the buffer for @step_index, made if needed */
GtkTextBuffer *
soften_writing_pad_get_buffer (SoftenWritingPad *self, guint step_index)
{
  GtkTextBuffer *buffer;

  g_return_val_if_fail (SOFTEN_IS_WRITING_PAD (self), NULL);

  buffer = g_hash_table_lookup (self->buffers, GUINT_TO_POINTER (step_index));
  if (buffer == NULL)
    {
      buffer = gtk_text_buffer_new (NULL);
      g_hash_table_insert (self->buffers, GUINT_TO_POINTER (step_index), buffer);
    }

  return buffer;
}

/* Wipes and forgets every buffer. */
void
soften_writing_pad_wipe_all (SoftenWritingPad *self)
{
  g_return_if_fail (SOFTEN_IS_WRITING_PAD (self));

  g_hash_table_remove_all (self->buffers);
}
