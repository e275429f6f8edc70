/* soften-help-now-page.h — help for someone in crisis or in danger
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_HELP_NOW_PAGE (soften_help_now_page_get_type ())

G_DECLARE_FINAL_TYPE (SoftenHelpNowPage, soften_help_now_page, SOFTEN, HELP_NOW_PAGE, AdwBin)

G_END_DECLS
