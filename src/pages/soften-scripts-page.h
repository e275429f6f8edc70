/* soften-scripts-page.h — the boundary scripts a person kept
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_SCRIPTS_PAGE (soften_scripts_page_get_type ())

G_DECLARE_FINAL_TYPE (SoftenScriptsPage, soften_scripts_page, SOFTEN, SCRIPTS_PAGE, AdwBin)

G_END_DECLS
