/* soften-importer.h — bring exercise files in, asking about clashes
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-library.h"

G_BEGIN_DECLS

GFile *soften_user_exercises_folder (void);
void   soften_import_files (GtkWindow *parent, SoftenLibrary *library, GSList *files);
void   soften_import_choose (GtkWindow *parent, SoftenLibrary *library);

G_END_DECLS
