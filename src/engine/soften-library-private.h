/* soften-library-private.h — what the files of SoftenLibrary share
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SoftenLibrary is written in two files: soften-library.c (the list, and
 * reading folders) and soften-library-import.c (bringing in a file from
 * elsewhere).
 */

#pragma once

#include "soften-library.h"

G_BEGIN_DECLS

#define SOFTEN_LIBRARY_EXERCISE_SUFFIX ".exercise"

struct _SoftenLibrary
{
  GObject parent_instance;

  GPtrArray  *exercises; /* of SoftenExercise, sorted */
  GHashTable *by_id;     /* id → SoftenExercise (borrowed from exercises) */
  GPtrArray  *problems;  /* of GError */
  guint       announced_problems;
  GPtrArray  *pending; /* of GFile: folders to read later, or NULL */
};

SoftenExercise *_soften_library_find (SoftenLibrary *self, const char *id);
void _soften_library_add (SoftenLibrary *self, SoftenExercise *exercise, const char *file_name);
void _soften_library_sort_and_announce (SoftenLibrary *self, guint old_n_items);
void _soften_library_notify_pending (SoftenLibrary *self);
void _soften_library_announce_problems (SoftenLibrary *self);

/* soften-library-import.c; the import fuzzer calls it too */
SoftenExercise *_soften_library_check_import (SoftenLibrary   *self,
                                              GBytes          *bytes,
                                              const char      *shown,
                                              SoftenImportMode mode,
                                              GBytes         **to_write,
                                              GError         **error);

G_END_DECLS
