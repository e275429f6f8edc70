/* page-tour.h — a visit to every page and every kind of step, for checks
 * that hold everywhere (translation, layout)
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ui-test-helpers.h"

G_BEGIN_DECLS

/* Called at each screen of the tour with what is on it: @root is the main
 * window, a dialog or a secondary window; @where names the screen. */
typedef void (*TourCheck) (Fixture *f, GtkWidget *root, const char *where, gpointer data);

GtkWindow *find_toplevel (GType type);
void       tour_every_page (Fixture *f, TourCheck check, gpointer data);

G_END_DECLS
