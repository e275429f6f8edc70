/* soften-sound-cues.c — soft chimes at step and breath changes
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Off unless the "sound-cues" setting is on. A step that begins plays the
 * step chime; a breath that turns plays the cue for its new phase (rising
 * for in, falling for out, one low note for a hold); a finished session
 * plays the step chime. The sounds are our own (build-aux/make-sounds.sh),
 * in the GResource. A machine without sound support stays silent: a media
 * stream that cannot play is simply not heard, never an error to the person.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <gtk/gtk.h>

#include "soften-sound-cues.h"

struct _SoftenSoundCues
{
  GObject parent_instance;

  GSettings    *settings;
  GSignalGroup *session_signals;
  GHashTable   *streams; /* cue name → GtkMediaStream, made on first use */
};

G_DEFINE_FINAL_TYPE (SoftenSoundCues, soften_sound_cues, G_TYPE_OBJECT)

enum
{
  CUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
play (SoftenSoundCues *self, const char *cue)
{
  GtkMediaStream *stream;

  if (!g_settings_get_boolean (self->settings, "sound-cues"))
    return;

  g_signal_emit (self, signals[CUE], 0, cue);

  stream = g_hash_table_lookup (self->streams, cue);
  if (stream == NULL)
    {
      g_autofree char *path = g_strdup_printf (RESOURCE_BASE_PATH "/sounds/%s.oga", cue);

      stream = gtk_media_file_new_for_resource (path);
      g_hash_table_insert (self->streams, g_strdup (cue), stream);
    }

  if (gtk_media_stream_get_error (stream) != NULL)
    return;

  gtk_media_stream_seek (stream, 0);
  gtk_media_stream_play (stream);
}

static void
step_changed_cb (SoftenSoundCues *self, SoftenSession *session)
{
  /* A breathing step announces itself with its first phase instead. */
  if (soften_step_get_kind (soften_session_get_step (session)) != SOFTEN_STEP_BREATHING)
    play (self, "step");
}

static void
phase_changed_cb (SoftenSoundCues *self, SoftenSession *session)
{
  SoftenBreath breath;

  if (!soften_session_get_breath (session, &breath))
    return;

  switch (breath.phase)
    {
    case SOFTEN_BREATH_INHALE:
      play (self, "breathe-in");
      break;

    case SOFTEN_BREATH_EXHALE:
      play (self, "breathe-out");
      break;

    case SOFTEN_BREATH_HOLD_IN:
    case SOFTEN_BREATH_HOLD_OUT:
      play (self, "hold");
      break;

    case SOFTEN_BREATH_N_PHASES:
    default:
      g_assert_not_reached ();
    }
}

static void
finished_cb (SoftenSoundCues *self)
{
  play (self, "step");
}

static void
soften_sound_cues_dispose (GObject *object)
{
  SoftenSoundCues *self = (SoftenSoundCues *)object;

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_pointer (&self->streams, g_hash_table_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (soften_sound_cues_parent_class)->dispose (object);
}

static void
soften_sound_cues_class_init (SoftenSoundCuesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = soften_sound_cues_dispose;

  /* A cue is played (or would be, on a machine with sound); its name is
   * "step", "breathe-in", "breathe-out" or "hold". */
  signals[CUE] = g_signal_new ("cue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                               NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
soften_sound_cues_init (SoftenSoundCues *self)
{
  self->streams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  self->session_signals = g_signal_group_new (SOFTEN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "step-changed",
                                  G_CALLBACK (step_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "phase-changed",
                                  G_CALLBACK (phase_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "finished", G_CALLBACK (finished_cb),
                                  self);
}

SoftenSoundCues *
soften_sound_cues_new (GSettings *settings)
{
  SoftenSoundCues *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SOFTEN_TYPE_SOUND_CUES, NULL);
  self->settings = g_object_ref (settings);

  return self;
}

void
soften_sound_cues_set_session (SoftenSoundCues *self, SoftenSession *session)
{
  g_return_if_fail (SOFTEN_IS_SOUND_CUES (self));
  g_return_if_fail (!session || SOFTEN_IS_SESSION (session));

  g_signal_group_set_target (self->session_signals, session);
}
