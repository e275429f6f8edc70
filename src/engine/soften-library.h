/* soften-library.h — every exercise there is, as a list model
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "soften-exercise.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_LIBRARY (soften_library_get_type ())

G_DECLARE_FINAL_TYPE (SoftenLibrary, soften_library, SOFTEN, LIBRARY, GObject)

SoftenLibrary  *soften_library_new            (void);
void            soften_library_load_resources (SoftenLibrary *self,
                                               const char    *resource_path);
void            soften_library_load_directory (SoftenLibrary *self,
                                               GFile         *directory);
gboolean        soften_library_replace        (SoftenLibrary  *self,
                                               SoftenExercise *exercise);
SoftenExercise *soften_library_lookup         (SoftenLibrary *self,
                                               const char    *id);
GPtrArray      *soften_library_get_problems   (SoftenLibrary *self);

G_END_DECLS
