/* soften-voice-guide.c — what a voice says during a session, and when
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The guide listens to a session and tells a SoftenVoice what to say:
 *
 * - each step's words, when the step begins, in the exercise's language
 *   (a check-in's question too; its answers stay on the screen);
 * - on a breathing step, once its words are said, a short word for each
 *   phase of the breath ("In", "Hold", "Out"), so that box breathing can be
 *   followed with closed eyes;
 * - nothing the person wrote: the guide sees only the exercise's steps,
 *   never the writing pad or the drafted script.
 *
 * Timing: a timed step never ends in the middle of its own words. While
 * they are being said, the guide holds the step's end
 * (soften_session_set_step_end_held()), and releases it when the voice is
 * done; the next step then starts, whole. Pausing stops the voice at once,
 * and resuming says the step's words again; Next and Previous stop it at
 * once and say the new step's. The session's pace moves the speech rate,
 * within a calm range.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "soften-voice-guide.h"

struct _SoftenVoiceGuide
{
  GObject parent_instance;

  SoftenVoice   *voice;
  gulong         done_id;
  GSignalGroup  *session_signals;
  SoftenSession *session; /* weak: the signal group's target */

  SoftenSessionState last_state;
  gboolean           saying_step;
  gboolean           speak_phases;
  int                rate;
  char              *caption;
};

G_DEFINE_FINAL_TYPE (SoftenVoiceGuide, soften_voice_guide, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_SPEAK_PHASES,
  PROP_RATE,
  PROP_CAPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_caption (SoftenVoiceGuide *self, const char *caption)
{
  if (g_strcmp0 (self->caption, caption) == 0)
    return;
  g_free (self->caption);
  self->caption = g_strdup (caption);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPTION]);
}

/* Stops the voice, and lets the step end when its time is up. */
static void
hush (SoftenVoiceGuide *self)
{
  soften_voice_cancel (self->voice);
  self->saying_step = FALSE;
  set_caption (self, NULL);
  if (self->session != NULL)
    soften_session_set_step_end_held (self->session, FALSE);
}

static void
apply_rate (SoftenVoiceGuide *self)
{
  double pace = self->session != NULL ? soften_session_get_pace (self->session) : 1.0;

  /* Twice the pace is 30 points faster; the voice clamps to its calm range. */
  soften_voice_set_rate (self->voice, self->rate + (int)lround (30.0 * log2 (pace)));
}

static void
say_step (SoftenVoiceGuide *self)
{
  SoftenStep *step = soften_session_get_step (self->session);
  const char *text = soften_step_get_text (step);

  hush (self);
  if (soften_session_get_state (self->session) != SOFTEN_SESSION_RUNNING || text == NULL
      || *text == '\0')
    return;

  apply_rate (self);
  self->saying_step = TRUE;
  set_caption (self, text);
  if (soften_step_is_timed (step))
    soften_session_set_step_end_held (self->session, TRUE);
  soften_voice_speak (self->voice, text,
                      soften_exercise_get_language (soften_session_get_exercise (self->session)));
}

/**
 * soften_voice_guide_phase_word:
 *
 * Returns: the short word spoken as a phase of the breath begins
 */
const char *
soften_voice_guide_phase_word (SoftenBreathPhase phase)
{
  switch (phase)
    {
    case SOFTEN_BREATH_INHALE:
      /* Translators: spoken aloud as a breath in begins; one short word */
      return C_("spoken", "In");
    case SOFTEN_BREATH_HOLD_IN:
    case SOFTEN_BREATH_HOLD_OUT:
      /* Translators: spoken aloud as a held breath begins; one short word */
      return C_("spoken", "Hold");
    case SOFTEN_BREATH_EXHALE:
      /* Translators: spoken aloud as a breath out begins; one short word */
      return C_("spoken", "Out");
    case SOFTEN_BREATH_N_PHASES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
phase_changed_cb (SoftenVoiceGuide *self, SoftenSession *session)
{
  SoftenBreath breath;

  /* The step's own words come first; the breath is on screen and in the
   * sound cues meanwhile. */
  if (!self->speak_phases || self->saying_step
      || soften_session_get_state (session) != SOFTEN_SESSION_RUNNING
      || !soften_session_get_breath (session, &breath))
    return;

  soften_voice_cancel (self->voice);
  set_caption (self, NULL);
  soften_voice_speak (self->voice, soften_voice_guide_phase_word (breath.phase),
                      /* Translators: the code of the language you translate into,
                       * as in your .po file's name ("de", "pt_BR"): the voice speaks
                       * the words above in it */
                      C_("voice language", "en"));
}

static void
step_changed_cb (SoftenVoiceGuide *self)
{
  say_step (self);
}

static void
state_cb (SoftenVoiceGuide *self)
{
  SoftenSessionState state = soften_session_get_state (self->session);
  SoftenSessionState was = self->last_state;

  self->last_state = state;
  if (state == SOFTEN_SESSION_RUNNING && was == SOFTEN_SESSION_PAUSED)
    say_step (self);
  else if (state != SOFTEN_SESSION_RUNNING)
    hush (self);
}

static void
pace_cb (SoftenVoiceGuide *self)
{
  apply_rate (self);
}

static void
done_cb (SoftenVoiceGuide *self)
{
  gboolean was_saying_step = self->saying_step;

  self->saying_step = FALSE;
  set_caption (self, NULL);
  /* Last: releasing may move on to the next step, which speaks. */
  if (was_saying_step && self->session != NULL)
    soften_session_set_step_end_held (self->session, FALSE);
}

static void
soften_voice_guide_dispose (GObject *object)
{
  SoftenVoiceGuide *self = SOFTEN_VOICE_GUIDE (object);

  if (self->session_signals != NULL)
    soften_voice_guide_set_session (self, NULL);
  g_clear_object (&self->session_signals);
  if (self->voice != NULL)
    {
      g_clear_signal_handler (&self->done_id, self->voice);
      g_clear_object (&self->voice);
    }
  g_clear_pointer (&self->caption, g_free);

  G_OBJECT_CLASS (soften_voice_guide_parent_class)->dispose (object);
}

static void
soften_voice_guide_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenVoiceGuide *self = SOFTEN_VOICE_GUIDE (object);

  switch (prop_id)
    {
    case PROP_SPEAK_PHASES:
      g_value_set_boolean (value, self->speak_phases);
      break;
    case PROP_RATE:
      g_value_set_int (value, self->rate);
      break;
    case PROP_CAPTION:
      g_value_set_string (value, self->caption);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_voice_guide_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SoftenVoiceGuide *self = SOFTEN_VOICE_GUIDE (object);

  switch (prop_id)
    {
    case PROP_SPEAK_PHASES:
      soften_voice_guide_set_speak_phases (self, g_value_get_boolean (value));
      break;
    case PROP_RATE:
      soften_voice_guide_set_rate (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_voice_guide_class_init (SoftenVoiceGuideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = soften_voice_guide_dispose;
  object_class->get_property = soften_voice_guide_get_property;
  object_class->set_property = soften_voice_guide_set_property;

  properties[PROP_SPEAK_PHASES]
      = g_param_spec_boolean ("speak-phases", NULL, NULL, TRUE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RATE]
      = g_param_spec_int ("rate", NULL, NULL, SOFTEN_VOICE_MIN_RATE, SOFTEN_VOICE_MAX_RATE, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* What the voice is saying of the step's words, for a caption; NULL
   * between them. */
  properties[PROP_CAPTION] = g_param_spec_string ("caption", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
soften_voice_guide_init (SoftenVoiceGuide *self)
{
  self->speak_phases = TRUE;
  self->last_state = SOFTEN_SESSION_READY;
  self->session_signals = g_signal_group_new (SOFTEN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "step-changed",
                                  G_CALLBACK (step_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "phase-changed",
                                  G_CALLBACK (phase_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::state", G_CALLBACK (state_cb),
                                  self);
  g_signal_group_connect_swapped (self->session_signals, "notify::pace", G_CALLBACK (pace_cb),
                                  self);
}

SoftenVoiceGuide *
soften_voice_guide_new (SoftenVoice *voice)
{
  SoftenVoiceGuide *self;

  g_return_val_if_fail (SOFTEN_IS_VOICE (voice), NULL);

  self = g_object_new (SOFTEN_TYPE_VOICE_GUIDE, NULL);
  self->voice = g_object_ref (voice);
  self->done_id = g_signal_connect_swapped (voice, "done", G_CALLBACK (done_cb), self);
  return self;
}

SoftenVoice *
soften_voice_guide_get_voice (SoftenVoiceGuide *self)
{
  g_return_val_if_fail (SOFTEN_IS_VOICE_GUIDE (self), NULL);

  return self->voice;
}

/**
 * soften_voice_guide_set_session:
 * @session: (nullable): the session to speak, or %NULL to stop
 *
 * Speaks @session from now on: its current step at once if it runs.
 */
void
soften_voice_guide_set_session (SoftenVoiceGuide *self, SoftenSession *session)
{
  g_return_if_fail (SOFTEN_IS_VOICE_GUIDE (self));
  g_return_if_fail (session == NULL || SOFTEN_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    hush (self);
  g_signal_group_set_target (self->session_signals, session);
  self->session = session;
  if (session == NULL)
    return;

  self->last_state = soften_session_get_state (session);
  if (self->last_state == SOFTEN_SESSION_RUNNING)
    say_step (self);
}

gboolean
soften_voice_guide_get_speak_phases (SoftenVoiceGuide *self)
{
  g_return_val_if_fail (SOFTEN_IS_VOICE_GUIDE (self), FALSE);

  return self->speak_phases;
}

void
soften_voice_guide_set_speak_phases (SoftenVoiceGuide *self, gboolean speak_phases)
{
  g_return_if_fail (SOFTEN_IS_VOICE_GUIDE (self));

  speak_phases = !!speak_phases;
  if (self->speak_phases == speak_phases)
    return;
  self->speak_phases = speak_phases;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAK_PHASES]);
}

int
soften_voice_guide_get_rate (SoftenVoiceGuide *self)
{
  g_return_val_if_fail (SOFTEN_IS_VOICE_GUIDE (self), 0);

  return self->rate;
}

/* The person's chosen rate, before the session's pace moves it. */
void
soften_voice_guide_set_rate (SoftenVoiceGuide *self, int rate)
{
  g_return_if_fail (SOFTEN_IS_VOICE_GUIDE (self));

  rate = CLAMP (rate, SOFTEN_VOICE_MIN_RATE, SOFTEN_VOICE_MAX_RATE);
  if (self->rate == rate)
    return;
  self->rate = rate;
  apply_rate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
}

const char *
soften_voice_guide_get_caption (SoftenVoiceGuide *self)
{
  g_return_val_if_fail (SOFTEN_IS_VOICE_GUIDE (self), NULL);

  return self->caption;
}
