/* soften-voice-page.h — the Voice page of Preferences
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "soften-voice-guidance.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_VOICE_PAGE (soften_voice_page_get_type ())

G_DECLARE_FINAL_TYPE (SoftenVoicePage, soften_voice_page, SOFTEN, VOICE_PAGE, AdwPreferencesPage)

GtkWidget *soften_voice_page_new (GSettings *settings, SoftenVoiceGuidance *guidance);

G_END_DECLS
