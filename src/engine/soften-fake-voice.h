/* soften-fake-voice.h — a voice for tests, that remembers what it was asked to say
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-voice.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_FAKE_VOICE (soften_fake_voice_get_type ())

G_DECLARE_FINAL_TYPE (SoftenFakeVoice, soften_fake_voice, SOFTEN, FAKE_VOICE, GObject)

SoftenVoice *soften_fake_voice_new (void);
guint        soften_fake_voice_get_n_said (SoftenFakeVoice *self);
const char  *soften_fake_voice_get_said (SoftenFakeVoice *self, guint position);
const char  *soften_fake_voice_get_said_language (SoftenFakeVoice *self, guint position);
gboolean     soften_fake_voice_is_speaking (SoftenFakeVoice *self);
guint        soften_fake_voice_get_n_cancels (SoftenFakeVoice *self);
int          soften_fake_voice_get_rate (SoftenFakeVoice *self);
void         soften_fake_voice_finish (SoftenFakeVoice *self);
void         soften_fake_voice_forget (SoftenFakeVoice *self);

G_END_DECLS
