/* soften-export.h — save some text where the person chooses
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void soften_export_text (GtkWidget  *parent,
                         const char *title,
                         const char *suggested_name,
                         const char *text);

G_END_DECLS
