/* soften-voice-caption.h — what the voice says, as a caption, while presenting
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "soften-practice.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_VOICE_CAPTION (soften_voice_caption_get_type ())

G_DECLARE_FINAL_TYPE (SoftenVoiceCaption, soften_voice_caption, SOFTEN, VOICE_CAPTION, AdwBin)

SoftenPractice *soften_voice_caption_get_practice (SoftenVoiceCaption *self);
void        soften_voice_caption_set_practice (SoftenVoiceCaption *self, SoftenPractice *practice);
const char *soften_voice_caption_get_text (SoftenVoiceCaption *self);

G_END_DECLS
