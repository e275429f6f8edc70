/* soften-notifications.h — whether a desktop notification can be seen
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean soften_notifications_available (GApplication *application);

G_END_DECLS
