/* soften-key-file.h — what GKeyFile does not check for its readers
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    soften_key_file_escapes_are_valid (const char  *raw_value,
                                               const char **bad_escape);
const char *soften_key_file_skip_bom          (const char  *data,
                                               gsize       *size);

G_END_DECLS
