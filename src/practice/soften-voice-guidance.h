/* soften-voice-guidance.h — voice guidance as the person set it up
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "engine/soften-screen-reader.h"
#include "engine/soften-session.h"
#include "engine/soften-voice.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_VOICE_GUIDANCE (soften_voice_guidance_get_type ())

G_DECLARE_FINAL_TYPE (SoftenVoiceGuidance, soften_voice_guidance, SOFTEN, VOICE_GUIDANCE, GObject)

SoftenVoiceGuidance *soften_voice_guidance_new (GSettings *settings);
void        soften_voice_guidance_set_session (SoftenVoiceGuidance *self, SoftenSession *session);
void        soften_voice_guidance_prepare (SoftenVoiceGuidance *self);
gboolean    soften_voice_guidance_get_ready (SoftenVoiceGuidance *self);
const char *soften_voice_guidance_get_problem (SoftenVoiceGuidance *self);
const char *soften_voice_guidance_get_caption (SoftenVoiceGuidance *self);
GStrv       soften_voice_guidance_list_voices (SoftenVoiceGuidance *self);
void        soften_voice_guidance_test (SoftenVoiceGuidance *self);
void        soften_voice_guidance_set_screen_reader (SoftenVoiceGuidance *self,
                                                     SoftenScreenReader  *reader);
gboolean    soften_voice_guidance_get_screen_reader_on (SoftenVoiceGuidance *self);

G_END_DECLS
