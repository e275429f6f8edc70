/* soften-completion-page.h — what was done, at the end of an exercise
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_COMPLETION_PAGE (soften_completion_page_get_type ())

G_DECLARE_FINAL_TYPE (SoftenCompletionPage, soften_completion_page, SOFTEN, COMPLETION_PAGE, AdwBin)

G_END_DECLS
