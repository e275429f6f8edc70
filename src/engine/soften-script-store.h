/* soften-script-store.h — the boundary scripts a person chose to keep
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "soften-enums.h"
#include "soften-script.h"

G_BEGIN_DECLS

#define SOFTEN_SCRIPT_STORE_ERROR (soften_script_store_error_quark ())

typedef enum
{
  /* The file could not be read whole; what could be read was kept. */
  SOFTEN_SCRIPT_STORE_ERROR_DAMAGED,
  /* Keeping one more would pass SOFTEN_SCRIPT_STORE_MAX_SCRIPTS. */
  SOFTEN_SCRIPT_STORE_ERROR_FULL,
} SoftenScriptStoreError;

/* A hostile file is refused before it is read. */
#define SOFTEN_SCRIPT_STORE_MAX_BYTES   (4 * 1024 * 1024)
#define SOFTEN_SCRIPT_STORE_MAX_SCRIPTS 1000
#define SOFTEN_SCRIPT_STORE_MAX_CHARS   2000

#define SOFTEN_TYPE_SCRIPT_STORE (soften_script_store_get_type ())

G_DECLARE_FINAL_TYPE (SoftenScriptStore, soften_script_store, SOFTEN, SCRIPT_STORE, GObject)

GQuark soften_script_store_error_quark (void);

SoftenScriptStore *soften_script_store_new (GFile *file);
gboolean           soften_script_store_load (SoftenScriptStore *self, GError **error);
gboolean           soften_script_store_insert (SoftenScriptStore *self,
                                               guint              position,
                                               SoftenScript      *script,
                                               GError           **error);
gboolean           soften_script_store_remove (SoftenScriptStore *self,
                                               SoftenScript      *script,
                                               guint             *position,
                                               GError           **error);
gboolean
soften_script_store_replace (SoftenScriptStore *self, SoftenScript *script, GError **error);
SoftenScript *soften_script_store_lookup (SoftenScriptStore *self, const char *id);

G_END_DECLS
