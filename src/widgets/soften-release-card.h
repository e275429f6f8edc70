/* soften-release-card.h — a sheet of paper let go of: burnt, torn or dissolved
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  SOFTEN_RITUAL_BURN,
  SOFTEN_RITUAL_TEAR,
  SOFTEN_RITUAL_DISSOLVE,
} SoftenRitual;

#define SOFTEN_TYPE_RELEASE_CARD (soften_release_card_get_type ())

G_DECLARE_FINAL_TYPE (SoftenReleaseCard, soften_release_card, SOFTEN, RELEASE_CARD, GtkWidget)

void
soften_release_card_take_shape (SoftenReleaseCard *self, GtkTextView *text_view, GtkWidget *frame);
void     soften_release_card_begin (SoftenReleaseCard *self, SoftenRitual ritual);
void     soften_release_card_finish (SoftenReleaseCard *self);
gboolean soften_release_card_is_running (SoftenReleaseCard *self);

G_END_DECLS
