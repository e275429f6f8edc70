/* soften-nicks.h — the names of enum values, as files and records spell them
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

const char *soften_nick_from_value (GType enum_type, int value);
gboolean    soften_nick_to_value (GType enum_type, const char *nick, int *value);
char       *soften_nick_list (GType enum_type);

G_END_DECLS
