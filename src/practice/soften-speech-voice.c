/* soften-speech-voice.c — the desktop's speech service, as a SoftenVoice
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Speaks through Speech Dispatcher (libspeechd), which starts its daemon
 * when needed and speaks with the voices installed (espeak-ng on Debian).
 * Connecting may take a while, so it happens in a thread, and what is to be
 * said meanwhile waits. The connection is in threaded mode: saying and
 * cancelling return at once, and the end of each message is reported on
 * Speech Dispatcher's own thread, then passed to the main context.
 *
 * Anything given to Speech Dispatcher may be kept in its history, which
 * other programs of the same user can read: only an exercise's own words
 * are ever given to it (see SoftenVoiceGuide).
 *
 * Without libspeechd at build time, the voice is never ready, and says why.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#ifdef HAVE_SPEECHD
#include <speech-dispatcher/libspeechd.h>
#endif

#include "soften-bench.h"
#include "soften-speech-voice.h"

struct _SoftenSpeechVoice
{
  GObject parent_instance;

#ifdef HAVE_SPEECHD
  SPDConnection *connection;
#endif
  GMainContext *context;
  GCancellable *cancellable;
  gboolean      ready;
  char         *problem;
  /* What is to be said once connected: text, language, text, language… */
  GPtrArray *waiting;
  /* The last message given, whose end means everything was said; 0 when
   * nothing is being said. */
  gsize last_message;
  int   rate;
  int   volume;
  char *voice_name;
};

static void soften_speech_voice_iface_init (SoftenVoiceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SoftenSpeechVoice,
                               soften_speech_voice,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SOFTEN_TYPE_VOICE,
                                                      soften_speech_voice_iface_init))

enum
{
  PROP_0,
  PROP_READY,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* libspeechd's callbacks carry no data of ours: the one voice of the
 * process is found here. */
static GWeakRef the_voice;

static void
set_problem (SoftenSpeechVoice *self, const char *problem)
{
  g_free (self->problem);
  self->problem = g_strdup (problem);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

static gboolean
emit_done_idle (gpointer data)
{
  soften_voice_emit_done (SOFTEN_VOICE (data));
  return G_SOURCE_REMOVE;
}

#ifdef HAVE_SPEECHD

/* Speech Dispatcher names languages with a hyphen, in lower case. */
static char *
spd_language (const char *language)
{
  g_autofree char *code = g_ascii_strdown (language, -1);

  g_strdelimit (code, "_", '-');
  return g_steal_pointer (&code);
}

typedef struct
{
  gsize               message;
  SPDNotificationType type;
} Report;

static gboolean
deliver_report (gpointer data)
{
  Report                       *report = data;
  g_autoptr (SoftenSpeechVoice) self = g_weak_ref_get (&the_voice);

  if (self != NULL && report->type == SPD_EVENT_END && report->message == self->last_message)
    {
      self->last_message = 0;
      soften_voice_emit_done (SOFTEN_VOICE (self));
    }
  g_free (report);
  return G_SOURCE_REMOVE;
}

/* On Speech Dispatcher's thread. */
static void
message_reported (size_t message, size_t client, SPDNotificationType type)
{
  g_autoptr (SoftenSpeechVoice) self = g_weak_ref_get (&the_voice);
  Report                       *report;

  if (self == NULL)
    return;
  report = g_new (Report, 1);
  report->message = message;
  report->type = type;
  g_main_context_invoke (self->context, deliver_report, report);
}

static void
say (SoftenSpeechVoice *self, const char *text, const char *language)
{
  g_autofree char *code = spd_language (language);
  gint64           asked = g_get_monotonic_time ();
  int              message;

  spd_set_language (self->connection, code);
  message = spd_say (self->connection, SPD_TEXT, text);
  soften_bench_voice_requested (asked, g_get_monotonic_time ());
  if (message > 0)
    self->last_message = (gsize)message;
  else if (self->last_message == 0)
    /* Not said: nothing may wait for it. */
    g_idle_add_full (G_PRIORITY_DEFAULT, emit_done_idle, g_object_ref (self), g_object_unref);
}

static void
apply_settings (SoftenSpeechVoice *self)
{
  spd_set_voice_rate (self->connection, self->rate);
  spd_set_volume (self->connection, self->volume);
  if (self->voice_name != NULL)
    spd_set_synthesis_voice (self->connection, self->voice_name);
}

static void
open_in_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  char          *error = NULL;
  SPDConnection *connection;

  connection = spd_open2 ("soften", "guide", NULL, SPD_MODE_THREADED, NULL, TRUE, &error);
  if (connection == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
                               error != NULL ? error : "");
      free (error);
      return;
    }
  g_task_return_pointer (task, connection, (GDestroyNotify)spd_close);
}

static void
opened_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (GError) error = NULL;
  SPDConnection     *connection = g_task_propagate_pointer (G_TASK (result), &error);
  SoftenSpeechVoice *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = SOFTEN_SPEECH_VOICE (source);

  if (connection == NULL)
    {
      g_autofree char *problem = NULL;

      /* Translators: why voice guidance is unavailable; %s is Speech
       * Dispatcher's own reason, often in English */
      problem = g_strdup_printf (_("Speech Dispatcher could not be started (%s). Install the "
                                    "“speech-dispatcher” package and a voice for it."),
                                 g_strstrip (error->message));
      set_problem (self, problem);
      if (self->waiting->len > 0)
        {
          g_ptr_array_set_size (self->waiting, 0);
          soften_voice_emit_done (SOFTEN_VOICE (self));
        }
      return;
    }

  self->connection = connection;
  self->connection->callback_end = message_reported;
  self->connection->callback_cancel = message_reported;
  spd_set_notification_on (self->connection, SPD_END);
  spd_set_notification_on (self->connection, SPD_CANCEL);
  apply_settings (self);
  self->ready = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);

  for (guint i = 0; i + 1 < self->waiting->len; i += 2)
    say (self, g_ptr_array_index (self->waiting, i), g_ptr_array_index (self->waiting, i + 1));
  g_ptr_array_set_size (self->waiting, 0);
}

#endif /* HAVE_SPEECHD */

static void
speech_speak (SoftenVoice *voice, const char *text, const char *language)
{
  SoftenSpeechVoice *self = SOFTEN_SPEECH_VOICE (voice);

#ifdef HAVE_SPEECHD
  if (self->ready)
    {
      say (self, text, language);
      return;
    }
  if (self->problem == NULL)
    {
      g_ptr_array_add (self->waiting, g_strdup (text));
      g_ptr_array_add (self->waiting, g_strdup (language));
      return;
    }
#endif
  /* It cannot speak: nothing may wait for it. */
  g_idle_add_full (G_PRIORITY_DEFAULT, emit_done_idle, g_object_ref (self), g_object_unref);
}

static void
speech_cancel (SoftenVoice *voice)
{
  SoftenSpeechVoice *self = SOFTEN_SPEECH_VOICE (voice);

  g_ptr_array_set_size (self->waiting, 0);
  self->last_message = 0;
#ifdef HAVE_SPEECHD
  if (self->ready)
    spd_cancel (self->connection);
#endif
}

static void
speech_set_rate (SoftenVoice *voice, int rate)
{
  SoftenSpeechVoice *self = SOFTEN_SPEECH_VOICE (voice);

  self->rate = rate;
#ifdef HAVE_SPEECHD
  if (self->ready)
    spd_set_voice_rate (self->connection, rate);
#endif
}

static void
soften_speech_voice_iface_init (SoftenVoiceInterface *iface)
{
  iface->speak = speech_speak;
  iface->cancel = speech_cancel;
  iface->set_rate = speech_set_rate;
}

static void
soften_speech_voice_dispose (GObject *object)
{
  SoftenSpeechVoice *self = SOFTEN_SPEECH_VOICE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
#ifdef HAVE_SPEECHD
  if (self->connection != NULL)
    {
      spd_cancel (self->connection);
      g_clear_pointer (&self->connection, spd_close);
    }
#endif

  G_OBJECT_CLASS (soften_speech_voice_parent_class)->dispose (object);
}

static void
soften_speech_voice_finalize (GObject *object)
{
  SoftenSpeechVoice *self = SOFTEN_SPEECH_VOICE (object);

  g_ptr_array_unref (self->waiting);
  g_main_context_unref (self->context);
  g_free (self->problem);
  g_free (self->voice_name);

  G_OBJECT_CLASS (soften_speech_voice_parent_class)->finalize (object);
}

static void
soften_speech_voice_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenSpeechVoice *self = SOFTEN_SPEECH_VOICE (object);

  switch (prop_id)
    {
    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_speech_voice_class_init (SoftenSpeechVoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = soften_speech_voice_dispose;
  object_class->finalize = soften_speech_voice_finalize;
  object_class->get_property = soften_speech_voice_get_property;

  /* Connected, and speaking what it is given. */
  properties[PROP_READY] = g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Why it cannot speak, as the person needs it said; NULL if it can. */
  properties[PROP_PROBLEM] = g_param_spec_string ("problem", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
soften_speech_voice_init (SoftenSpeechVoice *self)
{
  self->waiting = g_ptr_array_new_with_free_func (g_free);
  self->context = g_main_context_ref_thread_default ();
  self->cancellable = g_cancellable_new ();
}

/**
 * soften_speech_voice_new:
 *
 * Starts connecting to Speech Dispatcher; what is said meanwhile waits.
 * One per process.
 */
SoftenSpeechVoice *
soften_speech_voice_new (void)
{
  SoftenSpeechVoice *self = g_object_new (SOFTEN_TYPE_SPEECH_VOICE, NULL);

  g_weak_ref_set (&the_voice, self);
#ifdef HAVE_SPEECHD
  {
    g_autoptr (GTask) task = g_task_new (self, self->cancellable, opened_cb, NULL);

    g_task_set_source_tag (task, soften_speech_voice_new);
    g_task_run_in_thread (task, open_in_thread);
  }
#else
  set_problem (self, _("This copy of Soften was built without voice guidance."));
#endif
  return self;
}

gboolean
soften_speech_voice_get_ready (SoftenSpeechVoice *self)
{
  g_return_val_if_fail (SOFTEN_IS_SPEECH_VOICE (self), FALSE);

  return self->ready;
}

const char *
soften_speech_voice_get_problem (SoftenSpeechVoice *self)
{
  g_return_val_if_fail (SOFTEN_IS_SPEECH_VOICE (self), NULL);

  return self->problem;
}

/* -100 (silent) to 100; 0 is Speech Dispatcher's own. */
void
soften_speech_voice_set_volume (SoftenSpeechVoice *self, int volume)
{
  g_return_if_fail (SOFTEN_IS_SPEECH_VOICE (self));

  self->volume = CLAMP (volume, -100, 100);
#ifdef HAVE_SPEECHD
  if (self->ready)
    spd_set_volume (self->connection, self->volume);
#endif
}

/* @name: (nullable): a voice from soften_speech_voice_list_voices(), or
 *   %NULL for the language's own */
void
soften_speech_voice_set_voice_name (SoftenSpeechVoice *self, const char *name)
{
  g_return_if_fail (SOFTEN_IS_SPEECH_VOICE (self));

  g_free (self->voice_name);
  self->voice_name = name != NULL && *name != '\0' ? g_strdup (name) : NULL;
#ifdef HAVE_SPEECHD
  if (self->ready && self->voice_name != NULL)
    spd_set_synthesis_voice (self->connection, self->voice_name);
#endif
}

/**
 * soften_speech_voice_list_voices:
 * @language: a language ("de"); voices of other languages are left out
 *
 * Returns: (transfer full): the names of the voices that speak @language,
 *   empty until the voice is ready
 */
GStrv
soften_speech_voice_list_voices (SoftenSpeechVoice *self, const char *language)
{
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();

  g_return_val_if_fail (SOFTEN_IS_SPEECH_VOICE (self), NULL);

#ifdef HAVE_SPEECHD
  if (self->ready)
    {
      SPDVoice       **voices = spd_list_synthesis_voices (self->connection);
      g_autofree char *want = spd_language (language);

      for (guint i = 0; voices != NULL && voices[i] != NULL; i++)
        {
          const char *has = voices[i]->language != NULL ? voices[i]->language : "";

          if (g_ascii_strncasecmp (has, want, strlen (want)) == 0
              && (has[strlen (want)] == '\0' || has[strlen (want)] == '-'))
            g_strv_builder_add (names, voices[i]->name);
        }
      if (voices != NULL)
        free_spd_voices (voices);
    }
#endif
  return g_strv_builder_end (names);
}
