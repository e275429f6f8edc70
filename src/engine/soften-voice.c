/* soften-voice.c — something that speaks an exercise's words aloud
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine's side of voice guidance: what a voice can do, not how. The
 * app speaks through Speech Dispatcher (src/practice/soften-speech-voice.c);
 * the tests through SoftenFakeVoice. What is spoken, and when, is decided by
 * SoftenVoiceGuide.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-voice.h"

G_DEFINE_INTERFACE (SoftenVoice, soften_voice, G_TYPE_OBJECT)

enum
{
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
soften_voice_default_init (SoftenVoiceInterface *iface)
{
  /* Everything asked for has been said (or could not be said: a voice
   * that fails is silent, never stuck). Not emitted after cancel. */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 0);
}

void
soften_voice_speak (SoftenVoice *self, const char *text, const char *language)
{
  g_return_if_fail (SOFTEN_IS_VOICE (self));
  g_return_if_fail (text != NULL);

  SOFTEN_VOICE_GET_IFACE (self)->speak (self, text, language != NULL ? language : "en");
}

void
soften_voice_cancel (SoftenVoice *self)
{
  g_return_if_fail (SOFTEN_IS_VOICE (self));

  SOFTEN_VOICE_GET_IFACE (self)->cancel (self);
}

void
soften_voice_set_rate (SoftenVoice *self, int rate)
{
  g_return_if_fail (SOFTEN_IS_VOICE (self));

  SOFTEN_VOICE_GET_IFACE (self)->set_rate (
      self, CLAMP (rate, SOFTEN_VOICE_MIN_RATE, SOFTEN_VOICE_MAX_RATE));
}

/* For implementations: everything asked for has been said. */
void
soften_voice_emit_done (SoftenVoice *self)
{
  g_return_if_fail (SOFTEN_IS_VOICE (self));

  g_signal_emit (self, signals[DONE], 0);
}
