/* soften-export.h — save some text where the person chooses
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called once the text is written (@error NULL), or could not be; not
 * called when the person cancels. */
typedef void (*SoftenExportDone) (const GError *error,
                                  gpointer      user_data);

void soften_export_text (GtkWidget        *parent,
                         const char       *title,
                         const char       *suggested_name,
                         const char       *text,
                         SoftenExportDone  done,
                         gpointer          user_data);

void soften_export_show_failure (GtkWidget    *parent,
                                 const char   *heading,
                                 const GError *error);

G_END_DECLS
