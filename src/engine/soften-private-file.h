/* soften-private-file.h — a small file only its owner may read
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes  *soften_private_file_read (GFile *file, gsize max_bytes, GError **error);
gboolean soften_private_file_write (GFile *file, const char *data, gsize length, GError **error);
char    *soften_private_file_set_aside (GFile *file, GError **error);

G_END_DECLS
