/* soften-window-private.h — for tests: which page the person sees
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-window.h"

G_BEGIN_DECLS

const char *soften_window_get_page_name (SoftenWindow *self);
GtkWidget  *soften_window_get_page (SoftenWindow *self, const char *name);

G_END_DECLS
