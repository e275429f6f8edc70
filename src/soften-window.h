/* soften-window.h — the main window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-library.h"
#include "engine/soften-progress.h"
#include "engine/soften-script-store.h"
#include "engine/soften-session.h"
#include "soften-player-page.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_WINDOW (soften_window_get_type ())

G_DECLARE_FINAL_TYPE (SoftenWindow, soften_window, SOFTEN, WINDOW, AdwApplicationWindow)

SoftenWindow  *soften_window_new            (AdwApplication    *application,
                                             SoftenLibrary     *library,
                                             SoftenProgress    *progress,
                                             SoftenScriptStore *scripts,
                                             const char        *scripts_problem,
                                             GSettings         *settings);
void           soften_window_show_scripts   (SoftenWindow   *self);
void           soften_window_show_progress  (SoftenWindow   *self);
SoftenPlayerPage *soften_window_get_player  (SoftenWindow   *self);
void           soften_window_show_exercise  (SoftenWindow   *self,
                                             SoftenExercise *exercise);
void           soften_window_play           (SoftenWindow   *self,
                                             SoftenSession  *session,
                                             gboolean        presenting);
void           soften_window_set_present_next (SoftenWindow *self,
                                               gboolean      present_next);
gboolean       soften_window_get_presenting (SoftenWindow   *self);
SoftenSession *soften_window_get_session    (SoftenWindow   *self);
const char    *soften_window_get_page_name  (SoftenWindow   *self);

G_END_DECLS
