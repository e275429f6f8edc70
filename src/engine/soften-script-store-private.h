/* soften-script-store-private.h — what tests and the fuzzer ask of SoftenScriptStore
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For tests and the fuzzer only: the app keeps scripts with
 * soften_script_store_insert(), _remove() and _replace(), which save.
 * Below them, what soften-script-store.c and soften-script-store-file.c
 * (the file: locked, read, written) share.
 */

#pragma once

#include "soften-script-store.h"

G_BEGIN_DECLS

gboolean soften_script_store_load_bytes (SoftenScriptStore *self, GBytes *bytes, GError **error);
gboolean soften_script_store_save (SoftenScriptStore *self, GError **error);
GFile   *soften_script_store_get_file (SoftenScriptStore *self);

/* soften-script-store-file.c */
int   _soften_script_store_lock (const char *path, gboolean make_folder, GError **error);
void  _soften_script_store_unlock (int lock);
char *_soften_script_store_parse (const char *contents, gsize length, GPtrArray *scripts);
gboolean
_soften_script_store_read (const char *path, GPtrArray *scripts, char **reason, GError **error);
char    *_soften_script_store_set_aside (const char *path, GError **error);
void     _soften_script_store_remove_stale_files (const char *path);
gboolean _soften_script_store_write (const char *path, GPtrArray *scripts, GError **error);

G_END_DECLS
