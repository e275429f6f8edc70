/* soften-screen-keeper.h — keeps the screen on while a session runs
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "engine/soften-session.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_SCREEN_KEEPER (soften_screen_keeper_get_type ())

G_DECLARE_FINAL_TYPE (SoftenScreenKeeper, soften_screen_keeper, SOFTEN, SCREEN_KEEPER, GObject)

SoftenScreenKeeper *soften_screen_keeper_new (GtkApplication *application);
void soften_screen_keeper_set_session (SoftenScreenKeeper *self, SoftenSession *session);

G_END_DECLS
