/* soften-window.h — the main window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_WINDOW (soften_window_get_type ())

G_DECLARE_FINAL_TYPE (SoftenWindow, soften_window, SOFTEN, WINDOW, AdwApplicationWindow)

G_END_DECLS
