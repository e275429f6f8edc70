/* soften-practice.c — the one owner of a practice session
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application owns one SoftenPractice, and a session under way has no
 * other owner. It starts an exercise (to practise, to present, or to
 * rehearse a kept script), without holds if the person asked for that,
 * keeps the screen on while it runs (SoftenScreenKeeper), drives the sound
 * cues (SoftenSoundCues) and the voice (SoftenVoiceGuidance), holds what
 * the person writes during it (only in memory) and wipes it when it ends,
 * keeps a boundary script when asked, records a finished session in the
 * progress (never a presented one), and tells one who looked away.
 *
 * Pages show its state: they read the "session" and "presenting"
 * properties and listen to "started" and "finished". The window moves
 * between pages when those change.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-notifications.h"
#include "soften-practice-private.h"
#include "soften-screen-keeper.h"

#define REHEARSE_ID "rehearse-script"

struct _SoftenPractice
{
  GObject parent_instance;

  /* Borrowed: the application owns this object */
  GtkApplication *application;

  /* Owned, given at construction */
  SoftenLibrary      *library;
  SoftenProgress     *progress;
  SoftenScriptStore  *scripts;
  SoftenClock        *clock;
  SoftenSleepMonitor *sleep; /* pauses the session before a suspend */
  GSettings          *settings;

  /* Owned: the session and what belongs to it */
  SoftenSession       *session;
  gboolean             presenting;
  SoftenWritingPad    *writing_pad;
  SoftenScript        *script_draft;
  SoftenSoundCues     *sound_cues;
  SoftenScreenKeeper  *screen_keeper;
  SoftenVoiceGuidance *voice_guidance;
};

G_DEFINE_FINAL_TYPE (SoftenPractice, soften_practice, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_APPLICATION,
  PROP_LIBRARY,
  PROP_PROGRESS,
  PROP_SCRIPTS,
  PROP_CLOCK,
  PROP_SETTINGS,
  PROP_SESSION,
  PROP_PRESENTING,
  N_PROPS
};

enum
{
  STARTED,
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* Wipes what the person wrote and the script they drafted; a script they
 * chose to keep is in the store, not here. */
static void
forget_writing (SoftenPractice *self)
{
  g_autofree char *id = g_uuid_string_random ();

  soften_writing_pad_wipe_all (self->writing_pad);
  soften_script_clear (self->script_draft);
  soften_script_set_id (self->script_draft, id);
}

static void
session_state_cb (SoftenPractice *self, GParamSpec *pspec, SoftenSession *session)
{
  SoftenSessionState state = soften_session_get_state (session);

  /* Every way out of a session wipes what was written in it. */
  if (session == self->session
      && (state == SOFTEN_SESSION_STOPPED || state == SOFTEN_SESSION_FINISHED))
    forget_writing (self);
}

static void
session_finished_cb (SoftenPractice *self, SoftenSession *session)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GVariant)  responses = soften_session_dup_check_in_answers (session);
  SoftenExercise       *exercise = soften_session_get_exercise (session);

  /* A presented exercise is the therapist's demonstration: never recorded. */
  if (!self->presenting)
    soften_progress_record (self->progress, soften_exercise_get_id (exercise),
                            soften_session_get_active_usec (session) / G_USEC_PER_SEC, now,
                            responses);

  g_signal_emit (self, signals[FINISHED], 0, session);
  soften_notifications_tell_finished (self->application, exercise);
}

static void
set_presenting (SoftenPractice *self, gboolean presenting)
{
  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

static void
set_session (SoftenPractice *self, SoftenSession *session)
{
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (!g_set_object (&self->session, session))
    return;

  if (session != NULL)
    {
      g_signal_connect_object (session, "notify::state", G_CALLBACK (session_state_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "finished", G_CALLBACK (session_finished_cb), self,
                               G_CONNECT_SWAPPED);
    }
  soften_sound_cues_set_session (self->sound_cues, session);
  soften_screen_keeper_set_session (self->screen_keeper, session);
  soften_voice_guidance_set_session (self->voice_guidance, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/* Stops whatever is under way, and starts @exercise: shown first (through
 * the "session" property), then timed, then announced with "started". */
static void
start_exercise (SoftenPractice *self,
                SoftenExercise *exercise,
                gboolean        presenting,
                SoftenScript   *script,
                guint           minutes)
{
  g_autoptr (SoftenExercise) sized = minutes > 0
                                         ? soften_exercise_copy_for_minutes (exercise, minutes)
                                         : g_object_ref (exercise);
  g_autoptr (SoftenExercise) followed = NULL;
  g_autoptr (SoftenSession)  session = NULL;

  /* "Breathe without holding" in Preferences: every pattern, at once. */
  followed = g_settings_get_boolean (self->settings, "breathe-without-holds")
                 ? soften_exercise_copy_without_holds (sized)
                 : g_object_ref (sized);
  session = soften_session_new (followed, self->clock);
  soften_session_follow_sleep (session, self->sleep);

  if (self->session != NULL)
    soften_session_stop (self->session);

  /* Whatever was written belongs to the session it was written in. */
  forget_writing (self);
  if (script != NULL)
    soften_script_copy_into (script, self->script_draft);

  soften_notifications_withdraw_finished (self->application);
  set_presenting (self, presenting);
  set_session (self, session);
  soften_session_start (session);
  g_signal_emit (self, signals[STARTED], 0, session);
}

static void
soften_practice_constructed (GObject *object)
{
  SoftenPractice *self = SOFTEN_PRACTICE (object);

  G_OBJECT_CLASS (soften_practice_parent_class)->constructed (object);

  self->sound_cues = soften_sound_cues_new (self->settings);
  self->screen_keeper = soften_screen_keeper_new (self->application);
  self->voice_guidance = soften_voice_guidance_new (self->settings);
}

static void
soften_practice_dispose (GObject *object)
{
  SoftenPractice *self = SOFTEN_PRACTICE (object);

  if (self->session != NULL)
    soften_session_stop (self->session);
  set_session (self, NULL);
  forget_writing (self);

  g_clear_object (&self->sound_cues);
  g_clear_object (&self->screen_keeper);
  g_clear_object (&self->voice_guidance);
  g_clear_object (&self->library);
  g_clear_object (&self->progress);
  g_clear_object (&self->scripts);
  g_clear_object (&self->clock);
  g_clear_object (&self->sleep);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (soften_practice_parent_class)->dispose (object);
}

static void
soften_practice_finalize (GObject *object)
{
  SoftenPractice *self = SOFTEN_PRACTICE (object);

  g_clear_object (&self->writing_pad);
  g_clear_object (&self->script_draft);

  G_OBJECT_CLASS (soften_practice_parent_class)->finalize (object);
}

static void
soften_practice_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenPractice *self = SOFTEN_PRACTICE (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_PROGRESS:
      g_value_set_object (value, self->progress);
      break;

    case PROP_SCRIPTS:
      g_value_set_object (value, self->scripts);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_practice_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SoftenPractice *self = SOFTEN_PRACTICE (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      self->application = g_value_get_object (value);
      break;

    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_PROGRESS:
      self->progress = g_value_dup_object (value);
      break;

    case PROP_SCRIPTS:
      self->scripts = g_value_dup_object (value);
      break;

    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_practice_class_init (SoftenPracticeClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags given = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  const GParamFlags state = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = soften_practice_constructed;
  object_class->dispose = soften_practice_dispose;
  object_class->finalize = soften_practice_finalize;
  object_class->get_property = soften_practice_get_property;
  object_class->set_property = soften_practice_set_property;

  properties[PROP_APPLICATION]
      = g_param_spec_object ("application", NULL, NULL, GTK_TYPE_APPLICATION, given);
  properties[PROP_LIBRARY]
      = g_param_spec_object ("library", NULL, NULL, SOFTEN_TYPE_LIBRARY, given);
  properties[PROP_PROGRESS]
      = g_param_spec_object ("progress", NULL, NULL, SOFTEN_TYPE_PROGRESS, given);
  properties[PROP_SCRIPTS]
      = g_param_spec_object ("scripts", NULL, NULL, SOFTEN_TYPE_SCRIPT_STORE, given);
  properties[PROP_CLOCK] = g_param_spec_object ("clock", NULL, NULL, SOFTEN_TYPE_CLOCK, given);
  properties[PROP_SETTINGS] = g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS, given);
  /* The session on screen, under way or just finished; NULL when none. */
  properties[PROP_SESSION]
      = g_param_spec_object ("session", NULL, NULL, SOFTEN_TYPE_SESSION, state);
  /* Whether it is being presented: fullscreen, keys only, not recorded. */
  properties[PROP_PRESENTING] = g_param_spec_boolean ("presenting", NULL, NULL, FALSE, state);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A session has been shown and its time has begun. */
  signals[STARTED] = g_signal_new ("started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, SOFTEN_TYPE_SESSION);
  /* The session reached its end, and was recorded unless presented. */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, SOFTEN_TYPE_SESSION);
}

static void
soften_practice_init (SoftenPractice *self)
{
  self->writing_pad = soften_writing_pad_new ();
  self->sleep = soften_logind_sleep_monitor_new ();
  self->script_draft = soften_script_new ();
}

SoftenPractice *
soften_practice_new (GtkApplication    *application,
                     SoftenLibrary     *library,
                     SoftenProgress    *progress,
                     SoftenScriptStore *scripts,
                     SoftenClock       *clock,
                     GSettings         *settings)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SOFTEN_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (SOFTEN_IS_PROGRESS (progress), NULL);
  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (scripts), NULL);
  g_return_val_if_fail (SOFTEN_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  /* clang-format off */
  return g_object_new (SOFTEN_TYPE_PRACTICE,
                       "application", application,
                       "library", library,
                       "progress", progress,
                       "scripts", scripts,
                       "clock", clock,
                       "settings", settings,
                       NULL);
  /* clang-format on */
}

SoftenLibrary *
soften_practice_get_library (SoftenPractice *self)
{
  g_return_val_if_fail (SOFTEN_IS_PRACTICE (self), NULL);

  return self->library;
}

SoftenScriptStore *
soften_practice_get_scripts (SoftenPractice *self)
{
  g_return_val_if_fail (SOFTEN_IS_PRACTICE (self), NULL);

  return self->scripts;
}

/* Returns: (transfer none) (nullable): the session on screen */
SoftenSession *
soften_practice_get_session (SoftenPractice *self)
{
  g_return_val_if_fail (SOFTEN_IS_PRACTICE (self), NULL);

  return self->session;
}

gboolean
soften_practice_get_presenting (SoftenPractice *self)
{
  g_return_val_if_fail (SOFTEN_IS_PRACTICE (self), FALSE);

  return self->presenting;
}

/* Returns: (transfer none): what plays the sound cues */
SoftenSoundCues *
soften_practice_get_sound_cues (SoftenPractice *self)
{
  g_return_val_if_fail (SOFTEN_IS_PRACTICE (self), NULL);

  return self->sound_cues;
}

/* Returns: (transfer none): what speaks the session, when the person asks */
SoftenVoiceGuidance *
soften_practice_get_voice_guidance (SoftenPractice *self)
{
  g_return_val_if_fail (SOFTEN_IS_PRACTICE (self), NULL);

  return self->voice_guidance;
}

/* Returns: (transfer none): where what is written during a session lives */
SoftenWritingPad *
soften_practice_get_writing_pad (SoftenPractice *self)
{
  g_return_val_if_fail (SOFTEN_IS_PRACTICE (self), NULL);

  return self->writing_pad;
}

/* Returns: (transfer none): the boundary script drafted in this session */
SoftenScript *
soften_practice_get_script_draft (SoftenPractice *self)
{
  g_return_val_if_fail (SOFTEN_IS_PRACTICE (self), NULL);

  return self->script_draft;
}

/**
 * soften_practice_start:
 * @exercise_id: the id of an exercise in the library
 * @presenting: whether a therapist presents it (nothing is recorded)
 * @minutes: one of its lengths (soften_exercise_get_lengths()), or 0
 *
 * Stops whatever is under way and starts the exercise.
 *
 * Returns: FALSE with G_IO_ERROR_NOT_FOUND if there is no such exercise, or
 *   with the reason if one's own file could not be read
 */
gboolean
soften_practice_start (SoftenPractice *self,
                       const char     *exercise_id,
                       gboolean        presenting,
                       guint           minutes,
                       GError        **error)
{
  g_autoptr (GError) local_error = NULL;
  SoftenExercise    *exercise;

  g_return_val_if_fail (SOFTEN_IS_PRACTICE (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);

  exercise = soften_library_lookup_full (self->library, exercise_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (exercise == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No exercise has the id “%s”."),
                   exercise_id);
      return FALSE;
    }

  start_exercise (self, exercise, presenting, NULL, minutes);
  return TRUE;
}

/**
 * soften_practice_rehearse:
 * @script_id: the id of a kept script
 *
 * Starts the rehearsing exercise with that script in the draft, to say it
 * aloud again or change it.
 *
 * Returns: FALSE with G_IO_ERROR_NOT_FOUND if there is no such script
 */
gboolean
soften_practice_rehearse (SoftenPractice *self, const char *script_id, GError **error)
{
  SoftenScript   *script;
  SoftenExercise *exercise;

  g_return_val_if_fail (SOFTEN_IS_PRACTICE (self), FALSE);
  g_return_val_if_fail (script_id != NULL, FALSE);

  script = soften_script_store_lookup (self->scripts, script_id);
  exercise = soften_library_lookup (self->library, REHEARSE_ID);
  if (script == NULL || exercise == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("That script is no longer kept."));
      return FALSE;
    }

  start_exercise (self, exercise, FALSE, script, 0);
  return TRUE;
}

/**
 * soften_practice_leave:
 *
 * Stops the session, if it is under way (nothing of it is recorded), and
 * puts it away, with what was written in it.
 */
void
soften_practice_leave (SoftenPractice *self)
{
  g_return_if_fail (SOFTEN_IS_PRACTICE (self));

  if (self->session != NULL)
    soften_session_stop (self->session);
  forget_writing (self);
  set_session (self, NULL);
  set_presenting (self, FALSE);
}

/**
 * soften_practice_keep_script:
 *
 * Keeps a copy of the drafted script in the store, because the person
 * asked to. Never while presenting.
 *
 * Returns: FALSE, with the reason, if it could not be kept
 */
gboolean
soften_practice_keep_script (SoftenPractice *self, GError **error)
{
  g_autoptr (SoftenScript) copy = NULL;

  g_return_val_if_fail (SOFTEN_IS_PRACTICE (self), FALSE);

  if (self->presenting)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                           _("Nothing is kept while presenting."));
      return FALSE;
    }
  if (soften_script_is_empty (self->script_draft))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("There is nothing to keep yet."));
      return FALSE;
    }

  copy = soften_script_copy (self->script_draft);
  return soften_script_store_replace (self->scripts, copy, error);
}
