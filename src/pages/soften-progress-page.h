/* soften-progress-page.h — what a person has practised, shown honestly
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-library.h"
#include "engine/soften-progress.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_PROGRESS_PAGE (soften_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (SoftenProgressPage, soften_progress_page, SOFTEN, PROGRESS_PAGE, AdwBin)

G_END_DECLS
