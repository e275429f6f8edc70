/* soften-text.h — text from outside, made safe to show
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most combining marks kept on one character, and the most characters
 * of any kind (marks, joiners, modifiers, tags) kept joined to it. */
#define SOFTEN_TEXT_MAX_MARKS     4
#define SOFTEN_TEXT_MAX_EXTENDERS 12

gboolean soften_text_is_bidi_control (gunichar c);
char    *soften_text_make_safe (const char *text);
char    *soften_text_make_printable (const char *text, gsize max_chars, gsize tail_chars);
char    *soften_text_display_name (const char *file_name);

G_END_DECLS
