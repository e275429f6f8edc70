/* soften-voice.h — something that speaks an exercise's words aloud
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The calm range of speech rates, as Speech Dispatcher counts them (0 is
 * the voice's own rate, -100 the slowest, +100 the fastest). */
#define SOFTEN_VOICE_MIN_RATE (-60)
#define SOFTEN_VOICE_MAX_RATE 30

#define SOFTEN_TYPE_VOICE (soften_voice_get_type ())

G_DECLARE_INTERFACE (SoftenVoice, soften_voice, SOFTEN, VOICE, GObject)

struct _SoftenVoiceInterface
{
  GTypeInterface parent_iface;

  /* Speaks @text in @language ("de", "pt_BR"), after what is being said;
   * emits "done" when all of it has been said, or could not be. Never
   * blocks. */
  void (*speak) (SoftenVoice *self, const char *text, const char *language);
  /* Stops at once, and forgets what was waiting; "done" is not emitted
   * for it. */
  void (*cancel) (SoftenVoice *self);
  /* Speech rate, SOFTEN_VOICE_MIN_RATE to SOFTEN_VOICE_MAX_RATE. */
  void (*set_rate) (SoftenVoice *self, int rate);
};

void soften_voice_speak (SoftenVoice *self, const char *text, const char *language);
void soften_voice_cancel (SoftenVoice *self);
void soften_voice_set_rate (SoftenVoice *self, int rate);
void soften_voice_emit_done (SoftenVoice *self);

G_END_DECLS
