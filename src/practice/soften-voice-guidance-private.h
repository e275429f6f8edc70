/* soften-voice-guidance-private.h — for tests: speaking with a fake voice
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-voice-guidance.h"

G_BEGIN_DECLS

void soften_voice_guidance_use_voice (SoftenVoiceGuidance *self, SoftenVoice *voice);

G_END_DECLS
