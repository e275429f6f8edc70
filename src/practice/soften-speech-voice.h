/* soften-speech-voice.h — the desktop's speech service, as a SoftenVoice
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "engine/soften-voice.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_SPEECH_VOICE (soften_speech_voice_get_type ())

G_DECLARE_FINAL_TYPE (SoftenSpeechVoice, soften_speech_voice, SOFTEN, SPEECH_VOICE, GObject)

SoftenSpeechVoice *soften_speech_voice_new (void);
gboolean           soften_speech_voice_get_ready (SoftenSpeechVoice *self);
const char        *soften_speech_voice_get_problem (SoftenSpeechVoice *self);
void               soften_speech_voice_set_volume (SoftenSpeechVoice *self, int volume);
void               soften_speech_voice_set_voice_name (SoftenSpeechVoice *self, const char *name);
GStrv              soften_speech_voice_list_voices (SoftenSpeechVoice *self, const char *language);

G_END_DECLS
