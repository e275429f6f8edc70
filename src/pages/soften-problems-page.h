/* soften-problems-page.h — exercise files that could not be read, and why
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_PROBLEMS_PAGE (soften_problems_page_get_type ())

G_DECLARE_FINAL_TYPE (SoftenProblemsPage, soften_problems_page, SOFTEN, PROBLEMS_PAGE, AdwBin)

G_END_DECLS
