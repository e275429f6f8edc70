/* soften-bounded-read.h — reading a file whole, never more than a limit, never blocking on it
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes *soften_bounded_read_file (GFile *file, gsize limit, guint64 *size, GError **error);
GBytes *soften_bounded_read_fd (int fd, gsize limit, guint64 *size, GError **error);
GBytes *
soften_bounded_read_stream (GInputStream *stream, gsize limit, guint64 *size, GError **error);

G_END_DECLS
