/* soften-export.h — save some text where the person chooses
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

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

G_END_DECLS
