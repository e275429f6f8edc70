/* soften-fake-voice.c — a voice for tests, that remembers what it was asked to say
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * It says nothing: it keeps each text and language it was given, and is
 * "speaking" until the test calls soften_fake_voice_finish() (as a real
 * voice reaches the end of what it was given) or it is cancelled.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-fake-voice.h"

struct _SoftenFakeVoice
{
  GObject parent_instance;

  GPtrArray *said;      /* of char * */
  GPtrArray *languages; /* of char *, one per said */
  gboolean   speaking;
  guint      n_cancels;
  int        rate;
};

static void soften_fake_voice_iface_init (SoftenVoiceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SoftenFakeVoice,
                               soften_fake_voice,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SOFTEN_TYPE_VOICE,
                                                      soften_fake_voice_iface_init))

static void
fake_speak (SoftenVoice *voice, const char *text, const char *language)
{
  SoftenFakeVoice *self = SOFTEN_FAKE_VOICE (voice);

  g_ptr_array_add (self->said, g_strdup (text));
  g_ptr_array_add (self->languages, g_strdup (language));
  self->speaking = TRUE;
}

static void
fake_cancel (SoftenVoice *voice)
{
  SoftenFakeVoice *self = SOFTEN_FAKE_VOICE (voice);

  self->speaking = FALSE;
  self->n_cancels++;
}

static void
fake_set_rate (SoftenVoice *voice, int rate)
{
  SOFTEN_FAKE_VOICE (voice)->rate = rate;
}

static void
soften_fake_voice_iface_init (SoftenVoiceInterface *iface)
{
  iface->speak = fake_speak;
  iface->cancel = fake_cancel;
  iface->set_rate = fake_set_rate;
}

static void
soften_fake_voice_finalize (GObject *object)
{
  SoftenFakeVoice *self = SOFTEN_FAKE_VOICE (object);

  g_ptr_array_unref (self->said);
  g_ptr_array_unref (self->languages);

  G_OBJECT_CLASS (soften_fake_voice_parent_class)->finalize (object);
}

static void
soften_fake_voice_class_init (SoftenFakeVoiceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = soften_fake_voice_finalize;
}

static void
soften_fake_voice_init (SoftenFakeVoice *self)
{
  self->said = g_ptr_array_new_with_free_func (g_free);
  self->languages = g_ptr_array_new_with_free_func (g_free);
}

SoftenVoice *
soften_fake_voice_new (void)
{
  return g_object_new (SOFTEN_TYPE_FAKE_VOICE, NULL);
}

guint
soften_fake_voice_get_n_said (SoftenFakeVoice *self)
{
  g_return_val_if_fail (SOFTEN_IS_FAKE_VOICE (self), 0);

  return self->said->len;
}

const char *
soften_fake_voice_get_said (SoftenFakeVoice *self, guint position)
{
  g_return_val_if_fail (SOFTEN_IS_FAKE_VOICE (self), NULL);
  g_return_val_if_fail (position < self->said->len, NULL);

  return g_ptr_array_index (self->said, position);
}

const char *
soften_fake_voice_get_said_language (SoftenFakeVoice *self, guint position)
{
  g_return_val_if_fail (SOFTEN_IS_FAKE_VOICE (self), NULL);
  g_return_val_if_fail (position < self->languages->len, NULL);

  return g_ptr_array_index (self->languages, position);
}

gboolean
soften_fake_voice_is_speaking (SoftenFakeVoice *self)
{
  g_return_val_if_fail (SOFTEN_IS_FAKE_VOICE (self), FALSE);

  return self->speaking;
}

guint
soften_fake_voice_get_n_cancels (SoftenFakeVoice *self)
{
  g_return_val_if_fail (SOFTEN_IS_FAKE_VOICE (self), 0);

  return self->n_cancels;
}

int
soften_fake_voice_get_rate (SoftenFakeVoice *self)
{
  g_return_val_if_fail (SOFTEN_IS_FAKE_VOICE (self), 0);

  return self->rate;
}

/* What the voice was given has all been said. */
void
soften_fake_voice_finish (SoftenFakeVoice *self)
{
  g_return_if_fail (SOFTEN_IS_FAKE_VOICE (self));

  if (!self->speaking)
    return;
  self->speaking = FALSE;
  soften_voice_emit_done (SOFTEN_VOICE (self));
}

/* Forgets what was said so far. */
void
soften_fake_voice_forget (SoftenFakeVoice *self)
{
  g_return_if_fail (SOFTEN_IS_FAKE_VOICE (self));

  g_ptr_array_set_size (self->said, 0);
  g_ptr_array_set_size (self->languages, 0);
}
