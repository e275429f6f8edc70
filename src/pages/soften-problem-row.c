/* soften-problem-row.c — one exercise file that could not be read
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The problem as the reader put it (the file, the group, the key, and what
 * was expected), as plain text, after a warning sign.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-problem-row.h"

struct _SoftenProblemRow
{
  AdwActionRow parent_instance;
};

G_DEFINE_FINAL_TYPE (SoftenProblemRow, soften_problem_row, ADW_TYPE_ACTION_ROW)

static void
soften_problem_row_class_init (SoftenProblemRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-problem-row.ui");
}

static void
soften_problem_row_init (SoftenProblemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
soften_problem_row_new (const char *problem)
{
  return g_object_new (SOFTEN_TYPE_PROBLEM_ROW, "title", problem, NULL);
}
