/* soften-progress-private.h — what tests ask SoftenProgress
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For tests only: nothing in the app calls these.
 */

#pragma once

#include "soften-progress.h"

G_BEGIN_DECLS

guint soften_progress_get_n_history (SoftenProgress *self);

G_END_DECLS
