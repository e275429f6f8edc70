/* soften-completion-page.h — what was done, at the end of an exercise
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-session.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_COMPLETION_PAGE (soften_completion_page_get_type ())

G_DECLARE_FINAL_TYPE (SoftenCompletionPage, soften_completion_page, SOFTEN, COMPLETION_PAGE, AdwBin)

void soften_completion_page_show_session (SoftenCompletionPage *self,
                                          SoftenSession        *session);

G_END_DECLS
