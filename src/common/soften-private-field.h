/* soften-private-field.h — fields whose words stay in the process
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "engine/soften-screen-reader.h"

G_BEGIN_DECLS

void soften_private_field_set_screen_reader (SoftenScreenReader *reader);
void soften_private_field_guard (GtkWidget *field);

/* For tests. */
gboolean soften_private_field_is_quiet (GtkWidget *field);

G_END_DECLS
