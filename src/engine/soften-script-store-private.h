/* soften-script-store-private.h — what tests and the fuzzer ask of SoftenScriptStore
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For tests and the fuzzer only: the app keeps scripts with
 * soften_script_store_insert(), _remove() and _replace(), which save.
 */

#pragma once

#include "soften-script-store.h"

G_BEGIN_DECLS

gboolean soften_script_store_load_bytes (SoftenScriptStore *self, GBytes *bytes, GError **error);
gboolean soften_script_store_save (SoftenScriptStore *self, GError **error);
GFile   *soften_script_store_get_file (SoftenScriptStore *self);

G_END_DECLS
