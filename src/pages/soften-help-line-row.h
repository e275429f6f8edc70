/* soften-help-line-row.h — a crisis or domestic-abuse line, on Help Now
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-help-line.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_HELP_LINE_ROW (soften_help_line_row_get_type ())

G_DECLARE_FINAL_TYPE (SoftenHelpLineRow, soften_help_line_row, SOFTEN, HELP_LINE_ROW, GtkListBoxRow)

GtkWidget *soften_help_line_row_new (SoftenHelpLine *line);

G_END_DECLS
