/* soften-pacer.h — a shape that grows as you breathe in and shrinks as you breathe out
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "engine/soften-session.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_PACER (soften_pacer_get_type ())

G_DECLARE_FINAL_TYPE (SoftenPacer, soften_pacer, SOFTEN, PACER, GtkWidget)

void   soften_pacer_set_session (SoftenPacer *self, SoftenSession *session);
double soften_pacer_get_fullness (SoftenPacer *self);
double soften_pacer_get_shown_fullness (SoftenPacer *self);

G_END_DECLS
