/* soften-figure-card.h — one figure on the Progress page
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_FIGURE_CARD (soften_figure_card_get_type ())

G_DECLARE_FINAL_TYPE (SoftenFigureCard, soften_figure_card, SOFTEN, FIGURE_CARD, AdwBin)

GtkWidget *soften_figure_card_new (guint64 value, const char *caption);

G_END_DECLS
