/* soften-library.h — every exercise there is, as a list model
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "soften-enums.h"
#include "soften-exercise.h"

G_BEGIN_DECLS

#define SOFTEN_LIBRARY_ERROR (soften_library_error_quark ())

typedef enum
{
  /* An exercise with the same id is there already. */
  SOFTEN_LIBRARY_ERROR_EXISTS,
  /* A built-in exercise cannot be replaced. */
  SOFTEN_LIBRARY_ERROR_BUILTIN,
  /* An exercise's file holds another exercise than when it was listed. */
  SOFTEN_LIBRARY_ERROR_CHANGED,
} SoftenLibraryError;

typedef enum
{
  SOFTEN_IMPORT_FAIL_ON_CLASH,
  SOFTEN_IMPORT_REPLACE,
  SOFTEN_IMPORT_KEEP_BOTH,
} SoftenImportMode;

#define SOFTEN_TYPE_LIBRARY (soften_library_get_type ())

G_DECLARE_FINAL_TYPE (SoftenLibrary, soften_library, SOFTEN, LIBRARY, GObject)

GQuark soften_library_error_quark (void);

SoftenLibrary  *soften_library_new (void);
SoftenExercise *soften_library_import (SoftenLibrary   *self,
                                       GFile           *source,
                                       GFile           *folder,
                                       SoftenImportMode mode,
                                       GError         **error);
void            soften_library_load_resources (SoftenLibrary *self, const char *resource_path);
void            soften_library_load_directory (SoftenLibrary *self, GFile *directory);
void            soften_library_load_directory_later (SoftenLibrary *self, GFile *directory);
gboolean        soften_library_load_pending (SoftenLibrary *self);
gboolean        soften_library_get_pending (SoftenLibrary *self);
gboolean        soften_library_replace (SoftenLibrary *self, SoftenExercise *exercise);
SoftenExercise *soften_library_find (SoftenLibrary *self, const char *id);
SoftenExercise *soften_library_lookup (SoftenLibrary *self, const char *id);
SoftenExercise *soften_library_lookup_full (SoftenLibrary *self, const char *id, GError **error);
GPtrArray      *soften_library_get_problems (SoftenLibrary *self);

G_END_DECLS
