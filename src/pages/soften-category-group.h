/* soften-category-group.h — the exercises of one category, in the library
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-exercise.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_CATEGORY_GROUP (soften_category_group_get_type ())

G_DECLARE_FINAL_TYPE (SoftenCategoryGroup, soften_category_group, SOFTEN, CATEGORY_GROUP, AdwBin)

GtkWidget *soften_category_group_new (SoftenCategory category, GListModel *exercises);

G_END_DECLS
