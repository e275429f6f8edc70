/* soften-voice-guide.h — what a voice says during a session, and when
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-session.h"
#include "soften-voice.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_VOICE_GUIDE (soften_voice_guide_get_type ())

G_DECLARE_FINAL_TYPE (SoftenVoiceGuide, soften_voice_guide, SOFTEN, VOICE_GUIDE, GObject)

SoftenVoiceGuide *soften_voice_guide_new (SoftenVoice *voice);
SoftenVoice      *soften_voice_guide_get_voice (SoftenVoiceGuide *self);
void              soften_voice_guide_set_session (SoftenVoiceGuide *self, SoftenSession *session);
gboolean          soften_voice_guide_get_speak_phases (SoftenVoiceGuide *self);
void        soften_voice_guide_set_speak_phases (SoftenVoiceGuide *self, gboolean speak_phases);
int         soften_voice_guide_get_rate (SoftenVoiceGuide *self);
void        soften_voice_guide_set_rate (SoftenVoiceGuide *self, int rate);
const char *soften_voice_guide_get_caption (SoftenVoiceGuide *self);
const char *soften_voice_guide_phase_word (SoftenBreathPhase phase);

G_END_DECLS
