/* soften-note-card.h — one card of an exercise's notes
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_NOTE_CARD (soften_note_card_get_type ())

G_DECLARE_FINAL_TYPE (SoftenNoteCard, soften_note_card, SOFTEN, NOTE_CARD, AdwBin)

GtkWidget *soften_note_card_new (const char *title, const char *text);

G_END_DECLS
