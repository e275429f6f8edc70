/* soften-library-page.h — the list of exercises, by category
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-library.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_LIBRARY_PAGE (soften_library_page_get_type ())

G_DECLARE_FINAL_TYPE (SoftenLibraryPage, soften_library_page, SOFTEN, LIBRARY_PAGE, AdwBin)

void soften_library_page_set_choosing (SoftenLibraryPage *self, gboolean choosing);
void
soften_library_page_set_view_child (SoftenLibraryPage *self, const char *name, GtkWidget *child);
GtkWidget  *soften_library_page_get_view_child (SoftenLibraryPage *self, const char *name);
void        soften_library_page_show_view (SoftenLibraryPage *self, const char *name);
const char *soften_library_page_get_view_name (SoftenLibraryPage *self);

G_END_DECLS
