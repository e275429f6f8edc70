/* soften-player-page.h — an exercise under way
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_PLAYER_PAGE (soften_player_page_get_type ())

G_DECLARE_FINAL_TYPE (SoftenPlayerPage, soften_player_page, SOFTEN, PLAYER_PAGE, AdwBin)

G_END_DECLS
