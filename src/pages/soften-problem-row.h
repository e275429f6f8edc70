/* soften-problem-row.h — one exercise file that could not be read
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_PROBLEM_ROW (soften_problem_row_get_type ())

G_DECLARE_FINAL_TYPE (SoftenProblemRow, soften_problem_row, SOFTEN, PROBLEM_ROW, AdwActionRow)

GtkWidget *soften_problem_row_new (const char *problem);

G_END_DECLS
