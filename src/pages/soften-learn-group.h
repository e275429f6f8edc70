/* soften-learn-group.h — the learn cards, in the library
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_LEARN_GROUP (soften_learn_group_get_type ())

G_DECLARE_FINAL_TYPE (SoftenLearnGroup, soften_learn_group, SOFTEN, LEARN_GROUP, AdwBin)

void soften_learn_group_fill (SoftenLearnGroup *self);

G_END_DECLS
