/* soften-voice-guidance.c — voice guidance as the person set it up
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Joins the engine's SoftenVoiceGuide to Speech Dispatcher and to the
 * settings: whether to speak at all, with which voice, how fast and how
 * loud, and whether to say the breath's phases. Speech Dispatcher is only
 * reached when voice guidance is turned on, or Preferences asks whether it
 * can be; start-up never waits for it.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "engine/soften-voice-guide.h"
#include "soften-speech-voice.h"
#include "soften-voice-guidance-private.h"

struct _SoftenVoiceGuidance
{
  GObject parent_instance;

  GSettings          *settings;
  SoftenVoice        *voice; /* NULL until needed; a SoftenSpeechVoice but in tests */
  SoftenVoiceGuide   *guide;
  SoftenSession      *session;
  SoftenScreenReader *screen_reader;
};

G_DEFINE_FINAL_TYPE (SoftenVoiceGuidance, soften_voice_guidance, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_READY,
  PROP_PROBLEM,
  PROP_CAPTION,
  PROP_SCREEN_READER_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
enabled (SoftenVoiceGuidance *self)
{
  return g_settings_get_boolean (self->settings, "voice-guidance");
}

static void
notify_ready_cb (SoftenVoiceGuidance *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static void
notify_problem_cb (SoftenVoiceGuidance *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

static void
notify_caption_cb (SoftenVoiceGuidance *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPTION]);
}

static void
notify_screen_reader_cb (SoftenVoiceGuidance *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCREEN_READER_ON]);
}

static void
apply_settings (SoftenVoiceGuidance *self)
{
  g_autofree char *name = NULL;

  if (self->voice == NULL)
    return;

  if (SOFTEN_IS_SPEECH_VOICE (self->voice))
    {
      SoftenSpeechVoice *speech = SOFTEN_SPEECH_VOICE (self->voice);

      name = g_settings_get_string (self->settings, "voice-name");
      soften_speech_voice_set_voice_name (speech, name);
      soften_speech_voice_set_volume (speech, g_settings_get_int (self->settings, "voice-volume"));
    }
  soften_voice_guide_set_rate (self->guide, g_settings_get_int (self->settings, "voice-rate"));
  soften_voice_guide_set_speak_phases (
      self->guide, g_settings_get_boolean (self->settings, "speak-breath-phases"));
}

/**
 * soften_voice_guidance_prepare:
 *
 * Starts reaching Speech Dispatcher, if that has not begun: "ready" or
 * "problem" then says whether the voice can speak.
 */
void
soften_voice_guidance_prepare (SoftenVoiceGuidance *self)
{
  g_autoptr (SoftenSpeechVoice) voice = NULL;

  g_return_if_fail (SOFTEN_IS_VOICE_GUIDANCE (self));

  if (self->voice != NULL)
    return;

  voice = soften_speech_voice_new ();
  soften_voice_guidance_use_voice (self, SOFTEN_VOICE (voice));
}

/* Speaks with @voice from now on: a fake one, in tests. */
void
soften_voice_guidance_use_voice (SoftenVoiceGuidance *self, SoftenVoice *voice)
{
  g_return_if_fail (SOFTEN_IS_VOICE_GUIDANCE (self));
  g_return_if_fail (SOFTEN_IS_VOICE (voice));

  if (self->guide != NULL)
    {
      soften_voice_guide_set_session (self->guide, NULL);
      g_clear_object (&self->guide);
    }
  if (self->voice != NULL)
    g_signal_handlers_disconnect_by_data (self->voice, self);
  g_set_object (&self->voice, voice);

  g_signal_connect_object (voice, "notify::ready", G_CALLBACK (notify_ready_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (voice, "notify::problem", G_CALLBACK (notify_problem_cb), self,
                           G_CONNECT_SWAPPED);
  self->guide = soften_voice_guide_new (voice);
  g_signal_connect_object (self->guide, "notify::caption", G_CALLBACK (notify_caption_cb), self,
                           G_CONNECT_SWAPPED);
  apply_settings (self);
  if (enabled (self))
    soften_voice_guide_set_session (self->guide, self->session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static void
update (SoftenVoiceGuidance *self)
{
  if (enabled (self))
    {
      soften_voice_guidance_prepare (self);
      apply_settings (self);
      soften_voice_guide_set_session (self->guide, self->session);
    }
  else if (self->guide != NULL)
    {
      soften_voice_guide_set_session (self->guide, NULL);
    }
}

static void
settings_changed_cb (SoftenVoiceGuidance *self, const char *key)
{
  if (g_str_equal (key, "voice-guidance") || g_str_has_prefix (key, "voice-")
      || g_str_equal (key, "speak-breath-phases"))
    update (self);
}

static void
soften_voice_guidance_dispose (GObject *object)
{
  SoftenVoiceGuidance *self = SOFTEN_VOICE_GUIDANCE (object);

  if (self->guide != NULL)
    soften_voice_guide_set_session (self->guide, NULL);
  g_clear_object (&self->guide);
  g_clear_object (&self->voice);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  g_clear_object (&self->screen_reader);

  G_OBJECT_CLASS (soften_voice_guidance_parent_class)->dispose (object);
}

static void
soften_voice_guidance_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SoftenVoiceGuidance *self = SOFTEN_VOICE_GUIDANCE (object);

  switch (prop_id)
    {
    case PROP_READY:
      g_value_set_boolean (value, soften_voice_guidance_get_ready (self));
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, soften_voice_guidance_get_problem (self));
      break;
    case PROP_CAPTION:
      g_value_set_string (value, soften_voice_guidance_get_caption (self));
      break;
    case PROP_SCREEN_READER_ON:
      g_value_set_boolean (value, soften_voice_guidance_get_screen_reader_on (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_voice_guidance_class_init (SoftenVoiceGuidanceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = soften_voice_guidance_dispose;
  object_class->get_property = soften_voice_guidance_get_property;

  /* Speech Dispatcher is reached and speaks. */
  properties[PROP_READY] = g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Why the voice cannot speak, to show in Preferences; NULL if it can or
   * it is not known yet. */
  properties[PROP_PROBLEM] = g_param_spec_string ("problem", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* What the voice is saying of a step's words, for captions. */
  properties[PROP_CAPTION] = g_param_spec_string ("caption", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* A screen reader is running: the voice would speak over it. */
  properties[PROP_SCREEN_READER_ON] = g_param_spec_boolean (
      "screen-reader-on", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
soften_voice_guidance_init (SoftenVoiceGuidance *self)
{
}

SoftenVoiceGuidance *
soften_voice_guidance_new (GSettings *settings)
{
  SoftenVoiceGuidance *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SOFTEN_TYPE_VOICE_GUIDANCE, NULL);
  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed", G_CALLBACK (settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update (self);
  return self;
}

/* The session to speak while voice guidance is on; %NULL when none runs. */
void
soften_voice_guidance_set_session (SoftenVoiceGuidance *self, SoftenSession *session)
{
  g_return_if_fail (SOFTEN_IS_VOICE_GUIDANCE (self));

  if (self->session == session)
    return;

  /* The guide lets go of the old session while it is still alive. */
  if (self->guide != NULL)
    soften_voice_guide_set_session (self->guide, NULL);
  g_set_object (&self->session, session);
  update (self);
}

gboolean
soften_voice_guidance_get_ready (SoftenVoiceGuidance *self)
{
  g_return_val_if_fail (SOFTEN_IS_VOICE_GUIDANCE (self), FALSE);

  if (self->voice == NULL)
    return FALSE;
  return !SOFTEN_IS_SPEECH_VOICE (self->voice)
         || soften_speech_voice_get_ready (SOFTEN_SPEECH_VOICE (self->voice));
}

const char *
soften_voice_guidance_get_problem (SoftenVoiceGuidance *self)
{
  g_return_val_if_fail (SOFTEN_IS_VOICE_GUIDANCE (self), NULL);

  if (self->voice == NULL || !SOFTEN_IS_SPEECH_VOICE (self->voice))
    return NULL;
  return soften_speech_voice_get_problem (SOFTEN_SPEECH_VOICE (self->voice));
}

const char *
soften_voice_guidance_get_caption (SoftenVoiceGuidance *self)
{
  g_return_val_if_fail (SOFTEN_IS_VOICE_GUIDANCE (self), NULL);

  return self->guide != NULL && enabled (self) ? soften_voice_guide_get_caption (self->guide)
                                               : NULL;
}

/* The voices that speak the app's language (empty until ready). */
GStrv
soften_voice_guidance_list_voices (SoftenVoiceGuidance *self)
{
  g_return_val_if_fail (SOFTEN_IS_VOICE_GUIDANCE (self), NULL);

  if (self->voice == NULL || !SOFTEN_IS_SPEECH_VOICE (self->voice))
    return g_new0 (char *, 1);
  return soften_speech_voice_list_voices (SOFTEN_SPEECH_VOICE (self->voice),
                                          C_("voice language", "en"));
}

/* Says a sentence, as the voice is set up now. */
void
soften_voice_guidance_test (SoftenVoiceGuidance *self)
{
  g_return_if_fail (SOFTEN_IS_VOICE_GUIDANCE (self));

  soften_voice_guidance_prepare (self);
  apply_settings (self);
  soften_voice_cancel (self->voice);
  soften_voice_speak (self->voice,
                      /* Translators: spoken aloud by "Test Voice" in Preferences */
                      _("This is how I will guide you. Breathe in… and out."),
                      C_("voice language", "en"));
}

/**
 * soften_voice_guidance_set_screen_reader:
 * @reader: (nullable): says whether a screen reader is running
 *
 * Voice guidance stays off unless the person turns it on, and with a
 * screen reader running the Voice page says why that is wise.
 */
void
soften_voice_guidance_set_screen_reader (SoftenVoiceGuidance *self, SoftenScreenReader *reader)
{
  g_return_if_fail (SOFTEN_IS_VOICE_GUIDANCE (self));
  g_return_if_fail (reader == NULL || SOFTEN_IS_SCREEN_READER (reader));

  if (self->screen_reader != NULL)
    g_signal_handlers_disconnect_by_data (self->screen_reader, self);
  g_set_object (&self->screen_reader, reader);
  if (reader != NULL)
    g_signal_connect_object (reader, "notify::enabled", G_CALLBACK (notify_screen_reader_cb), self,
                             G_CONNECT_SWAPPED);
  notify_screen_reader_cb (self);
}

gboolean
soften_voice_guidance_get_screen_reader_on (SoftenVoiceGuidance *self)
{
  g_return_val_if_fail (SOFTEN_IS_VOICE_GUIDANCE (self), FALSE);

  return self->screen_reader != NULL && soften_screen_reader_get_enabled (self->screen_reader);
}
