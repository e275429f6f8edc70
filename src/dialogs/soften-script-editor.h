/* soften-script-editor.h — change a kept boundary script
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-script-store.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_SCRIPT_EDITOR (soften_script_editor_get_type ())

G_DECLARE_FINAL_TYPE (SoftenScriptEditor, soften_script_editor, SOFTEN, SCRIPT_EDITOR, AdwWindow)

GtkWidget *soften_script_editor_new (SoftenScriptStore *store, SoftenScript *script);

G_END_DECLS
