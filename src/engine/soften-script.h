/* soften-script.h — a boundary or repair script: what I feel, what I need, who helps me
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "soften-enums.h"

G_BEGIN_DECLS

typedef enum
{
  SOFTEN_SCRIPT_WHEN,
  SOFTEN_SCRIPT_FEEL,
  SOFTEN_SCRIPT_LINE,
  SOFTEN_SCRIPT_NEED,
  /* A repair script, after a fight: "I stepped away because…", "What I want
   * you to know is…", "What I'd like us to try next time is…". */
  SOFTEN_SCRIPT_BECAUSE,
  SOFTEN_SCRIPT_KNOW,
  SOFTEN_SCRIPT_NEXT,
  SOFTEN_SCRIPT_SUPPORT,
  SOFTEN_SCRIPT_N_FIELDS, /*< skip >*/
} SoftenScriptField;

#define SOFTEN_TYPE_SCRIPT (soften_script_get_type ())

G_DECLARE_FINAL_TYPE (SoftenScript, soften_script, SOFTEN, SCRIPT, GObject)

SoftenScript *soften_script_new (void);
SoftenScript *soften_script_copy (SoftenScript *self);
void          soften_script_copy_into (SoftenScript *self, SoftenScript *into);
const char   *soften_script_get_id (SoftenScript *self);
void          soften_script_set_id (SoftenScript *self, const char *id);
gint64        soften_script_get_created (SoftenScript *self);
void          soften_script_set_created (SoftenScript *self, gint64 unix_time);
const char   *soften_script_get_field (SoftenScript *self, SoftenScriptField field);
void     soften_script_set_field (SoftenScript *self, SoftenScriptField field, const char *text);
gboolean soften_script_is_empty (SoftenScript *self);
void     soften_script_clear (SoftenScript *self);
char    *soften_script_build_text (SoftenScript *self);
char    *soften_script_build_support (SoftenScript *self);

const char *soften_script_field_to_key (SoftenScriptField field);

G_END_DECLS
