/* soften-preferences-window.h — my breathing pattern and sound
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "soften-voice-guidance.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_PREFERENCES_WINDOW (soften_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SoftenPreferencesWindow,
                      soften_preferences_window,
                      SOFTEN,
                      PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *soften_preferences_window_new (GSettings *settings, SoftenVoiceGuidance *guidance);

G_END_DECLS
