/* soften-script-form.h — the fields of a boundary script, with a live preview
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-script.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_SCRIPT_FORM (soften_script_form_get_type ())

G_DECLARE_FINAL_TYPE (SoftenScriptForm, soften_script_form, SOFTEN, SCRIPT_FORM, AdwBin)

void soften_script_form_set_draft (SoftenScriptForm *self, SoftenScript *draft);
void
soften_script_form_show_field (SoftenScriptForm *self, SoftenScriptField field, gboolean shown);
void soften_script_form_set_example (SoftenScriptForm *self, const char *example);

G_END_DECLS
