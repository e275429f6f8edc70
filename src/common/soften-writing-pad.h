/* soften-writing-pad.h — where what a person writes lives, and only there
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_WRITING_PAD (soften_writing_pad_get_type ())

G_DECLARE_FINAL_TYPE (SoftenWritingPad, soften_writing_pad, SOFTEN, WRITING_PAD, GObject)

SoftenWritingPad *soften_writing_pad_new (void);
GtkTextBuffer    *soften_writing_pad_get_buffer (SoftenWritingPad *self, guint step_index);
void              soften_writing_pad_wipe_all (SoftenWritingPad *self);

void soften_wipe_text_buffer (GtkTextBuffer *buffer);
void soften_guard_text_view (GtkTextView *text_view);
void soften_guarded_text_view_set_buffer (GtkTextView *text_view, GtkTextBuffer *buffer);

G_END_DECLS
