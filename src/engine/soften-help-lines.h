/* soften-help-lines.h — emergency numbers and crisis lines, by country
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "soften-help-line.h"

G_BEGIN_DECLS

#define SOFTEN_HELP_LINES_ERROR (soften_help_lines_error_quark ())

typedef enum
{
  /* An entry is missing a key, or a value is not as the file's rules say. */
  SOFTEN_HELP_LINES_ERROR_INVALID,
} SoftenHelpLinesError;

#define SOFTEN_HELP_LINES_RESOURCE RESOURCE_BASE_PATH "/help/crisis-lines.ini"

#define SOFTEN_TYPE_HELP_LINES (soften_help_lines_get_type ())

G_DECLARE_FINAL_TYPE (SoftenHelpLines, soften_help_lines, SOFTEN, HELP_LINES, GObject)

GQuark             soften_help_lines_error_quark (void);
SoftenHelpLines   *soften_help_lines_new_from_bytes (GBytes *bytes, GError **error);
guint              soften_help_lines_get_n_places (SoftenHelpLines *self);
const char        *soften_help_lines_get_place_code (SoftenHelpLines *self, guint position);
const char        *soften_help_lines_get_place_name (SoftenHelpLines *self, guint position);
gboolean           soften_help_lines_has_place (SoftenHelpLines *self, const char *code);
const char *const *soften_help_lines_get_emergency (SoftenHelpLines *self, const char *code);
const char        *soften_help_lines_get_emergency_note (SoftenHelpLines *self, const char *code);
GListModel        *soften_help_lines_get_lines (SoftenHelpLines *self, const char *code);
const char        *soften_help_lines_get_directory_name (SoftenHelpLines *self);
const char        *soften_help_lines_get_directory_web (SoftenHelpLines *self);
const char        *soften_help_lines_get_directory_description (SoftenHelpLines *self);
const char        *soften_help_lines_get_checked (SoftenHelpLines *self);
char              *soften_help_region_from_locale (void);

G_END_DECLS
