/* soften-script-row.h — one kept boundary script in My Scripts
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-script.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_SCRIPT_ROW (soften_script_row_get_type ())

G_DECLARE_FINAL_TYPE (SoftenScriptRow, soften_script_row, SOFTEN, SCRIPT_ROW, AdwActionRow)

GtkWidget *soften_script_row_new (SoftenScript *script);

G_END_DECLS
