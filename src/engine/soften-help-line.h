/* soften-help-line.h — a crisis or domestic-abuse line, for Help Now
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SOFTEN_HELP_LINE_CRISIS,
  SOFTEN_HELP_LINE_DOMESTIC_ABUSE,
} SoftenHelpLineKind;

#define SOFTEN_TYPE_HELP_LINE (soften_help_line_get_type ())

G_DECLARE_FINAL_TYPE (SoftenHelpLine, soften_help_line, SOFTEN, HELP_LINE, GObject)

SoftenHelpLineKind soften_help_line_get_kind (SoftenHelpLine *self);
const char        *soften_help_line_get_name (SoftenHelpLine *self);
const char        *soften_help_line_get_description (SoftenHelpLine *self);
const char        *soften_help_line_get_region (SoftenHelpLine *self);
const char *const *soften_help_line_get_phones (SoftenHelpLine *self);
const char        *soften_help_line_get_sms (SoftenHelpLine *self);
const char        *soften_help_line_get_sms_body (SoftenHelpLine *self);
const char        *soften_help_line_get_whatsapp (SoftenHelpLine *self);
const char        *soften_help_line_get_web (SoftenHelpLine *self);
const char        *soften_help_line_get_hours (SoftenHelpLine *self);

G_END_DECLS
