/* soften-voice-group.h — voice guidance, in Preferences
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "soften-voice-guidance.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_VOICE_GROUP (soften_voice_group_get_type ())

G_DECLARE_FINAL_TYPE (SoftenVoiceGroup,
                      soften_voice_group,
                      SOFTEN,
                      VOICE_GROUP,
                      AdwPreferencesGroup)

GtkWidget *soften_voice_group_new (GSettings *settings, SoftenVoiceGuidance *guidance);

G_END_DECLS
