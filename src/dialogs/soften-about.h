/* soften-about.h — the About window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void soften_about_show (GtkWindow *parent);

G_END_DECLS
