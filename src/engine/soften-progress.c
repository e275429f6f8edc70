/* soften-progress.c — what a person has done, kept in GSettings
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two keys: "completions" a{s(uux)} maps an exercise id to (sessions,
 * seconds, last finished as Unix time); "history" a(xsua{sv}) lists finished
 * sessions (finished at, id, seconds, check-in answers such as
 * "tension-before": 7), newest last, capped at SOFTEN_PROGRESS_HISTORY_CAP.
 * Both change together in one delayed apply, so a reader never sees one
 * without the other.
 *
 * Only ids, numbers and times are stored here; never anything a person wrote.
 *
 * "changed" is emitted once whenever either key changes: after a record or a
 * clear (both keys in one apply, so once), or when another instance of the
 * app (or anyone) writes them; and when how the figures are shown changes:
 * when a day begins ("day-starts-at") or whether streaks show
 * ("show-streaks"). Pages connect to it rather than to GSettings.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "soften-progress-private.h"

#define COMPLETIONS_KEY  "completions"
#define HISTORY_KEY      "history"
#define DAY_START_KEY    "day-starts-at"
#define SHOW_STREAKS_KEY "show-streaks"

struct _SoftenProgress
{
  GObject parent_instance;

  /* Reads go through @settings. Writes go through @writer, which delays
   * them so that both keys change in one apply; reading through it while
   * it applies (from a "changed" handler) would deadlock on its lock. */
  GSettings *settings;
  GSettings *writer;
  gulong     change_handler;
};

G_DEFINE_FINAL_TYPE (SoftenProgress, soften_progress, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One change event for every apply, however many of its keys it changed:
 * "changed" follows it once if it changed ours. */
static gboolean
settings_change_event_cb (SoftenProgress *self, const GQuark *keys, int n_keys, GSettings *settings)
{
  gboolean ours = n_keys == 0; /* anything may have changed */

  for (int i = 0; i < n_keys && !ours; i++)
    ours = keys[i] == g_quark_from_static_string (COMPLETIONS_KEY)
           || keys[i] == g_quark_from_static_string (HISTORY_KEY)
           || keys[i] == g_quark_from_static_string (DAY_START_KEY)
           || keys[i] == g_quark_from_static_string (SHOW_STREAKS_KEY);

  if (ours)
    g_signal_emit (self, signals[CHANGED], 0);

  /* Let GSettings go on to emit its own "changed". */
  return FALSE;
}

static void
soften_progress_dispose (GObject *object)
{
  SoftenProgress *self = (SoftenProgress *)object;

  if (self->settings != NULL)
    g_clear_signal_handler (&self->change_handler, self->settings);
  g_clear_object (&self->settings);
  g_clear_object (&self->writer);

  G_OBJECT_CLASS (soften_progress_parent_class)->dispose (object);
}

static void
soften_progress_class_init (SoftenProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = soften_progress_dispose;

  /**
   * SoftenProgress::changed:
   *
   * What has been recorded changed: a session was recorded, the progress
   * was cleared, or another instance changed it; or how it is counted and
   * shown changed ("day-starts-at", "show-streaks"). Emitted once for each.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
soften_progress_init (SoftenProgress *self)
{
}

/**
 * soften_progress_new:
 * @settings: the application's settings (schema io.github.softenapp.Soften)
 */
SoftenProgress *
soften_progress_new (GSettings *settings)
{
  g_autoptr (GSettingsSchema)  schema = NULL;
  g_autoptr (GSettingsBackend) backend = NULL;
  g_autofree char             *path = NULL;
  SoftenProgress              *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  g_object_get (settings, "settings-schema", &schema, "backend", &backend, "path", &path, NULL);

  /* A writer of our own on the same keys: g_settings_delay() lasts for the
   * life of a GSettings, and the caller's object must keep writing at once. */
  self = g_object_new (SOFTEN_TYPE_PROGRESS, NULL);
  self->settings = g_object_ref (settings);
  self->writer = g_settings_new_full (schema, backend, path);
  g_settings_delay (self->writer);
  self->change_handler = g_signal_connect_swapped (settings, "change-event",
                                                   G_CALLBACK (settings_change_event_cb), self);

  return self;
}

static GVariant *
completions_with (GVariant *completions, const char *exercise_id, guint seconds, gint64 finished_at)
{
  g_auto (GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{s(uux)}"));
  GVariantIter             iter;
  const char              *id;
  guint32                  n, secs;
  gint64                   last;
  guint32                  old_n = 0, old_secs = 0;

  g_variant_iter_init (&iter, completions);
  while (g_variant_iter_next (&iter, "{&s(uux)}", &id, &n, &secs, &last))
    {
      if (g_strcmp0 (id, exercise_id) == 0)
        {
          old_n = n;
          old_secs = secs;
          continue;
        }
      g_variant_builder_add (&builder, "{s(uux)}", id, n, secs, last);
    }

  g_variant_builder_add (&builder, "{s(uux)}", exercise_id, old_n < G_MAXUINT32 ? old_n + 1 : old_n,
                         (guint32)MIN ((guint64)old_secs + seconds, G_MAXUINT32), finished_at);

  return g_variant_builder_end (&builder);
}

static GVariant *
history_with (GVariant   *history,
              const char *exercise_id,
              guint       seconds,
              gint64      finished_at,
              GVariant   *responses)
{
  g_auto (GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(xsua{sv})"));
  gsize                    n = g_variant_n_children (history);
  /* Keep room for the new entry: the oldest go first. */
  gsize first = n >= SOFTEN_PROGRESS_HISTORY_CAP ? n - SOFTEN_PROGRESS_HISTORY_CAP + 1 : 0;

  for (gsize i = first; i < n; i++)
    {
      g_autoptr (GVariant) entry = g_variant_get_child_value (history, i);

      g_variant_builder_add_value (&builder, entry);
    }

  g_variant_builder_add (&builder, "(xsu@a{sv})", finished_at, exercise_id, seconds, responses);

  return g_variant_builder_end (&builder);
}

/**
 * soften_progress_record:
 * @exercise_id: the exercise that was finished
 * @seconds: time spent in it, pauses not counted
 * @finished_at: when it was finished
 * @responses: (nullable): the check-in answers, a{sv} (see
 *   soften_session_dup_check_in_answers())
 *
 * Records one finished session, unless the person turned "record-progress"
 * off; then emits "changed" once.
 */
void
soften_progress_record (SoftenProgress *self,
                        const char     *exercise_id,
                        guint           seconds,
                        GDateTime      *finished_at,
                        GVariant       *responses)
{
  g_autoptr (GVariant) completions = NULL;
  g_autoptr (GVariant) history = NULL;
  g_autoptr (GVariant) answers = NULL;
  gint64               unix_time;

  g_return_if_fail (SOFTEN_IS_PROGRESS (self));
  g_return_if_fail (exercise_id != NULL);
  g_return_if_fail (finished_at != NULL);
  g_return_if_fail (responses == NULL || g_variant_is_of_type (responses, G_VARIANT_TYPE_VARDICT));

  if (!g_settings_get_boolean (self->settings, "record-progress"))
    {
      if (responses != NULL)
        g_variant_unref (g_variant_ref_sink (responses));
      return;
    }

  if (responses == NULL)
    responses = g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0);
  answers = g_variant_ref_sink (responses);
  unix_time = g_date_time_to_unix (finished_at);
  completions = g_settings_get_value (self->settings, COMPLETIONS_KEY);
  history = g_settings_get_value (self->settings, HISTORY_KEY);

  g_settings_set_value (self->writer, COMPLETIONS_KEY,
                        completions_with (completions, exercise_id, seconds, unix_time));
  g_settings_set_value (self->writer, HISTORY_KEY,
                        history_with (history, exercise_id, seconds, unix_time, answers));
  g_settings_apply (self->writer);
  /* Finished is finished: the record reaches the disk before this returns,
   * so the app being killed a moment later loses nothing (the backends
   * replace their files whole, so a kill during the write loses nothing
   * either). */
  g_settings_sync ();
}

/**
 * soften_progress_get_completions:
 * @sessions: (out) (optional): how many times it was finished
 * @seconds: (out) (optional): time spent in it altogether
 * @last_finished: (out) (optional) (transfer full): when, the last time (local time)
 *
 * Returns: %FALSE if @exercise_id was never finished
 */
gboolean
soften_progress_get_completions (SoftenProgress *self,
                                 const char     *exercise_id,
                                 guint          *sessions,
                                 guint          *seconds,
                                 GDateTime     **last_finished)
{
  g_autoptr (GVariant) completions = NULL;
  guint32              n, secs;
  gint64               last;

  g_return_val_if_fail (SOFTEN_IS_PROGRESS (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);

  completions = g_settings_get_value (self->settings, COMPLETIONS_KEY);
  if (!g_variant_lookup (completions, exercise_id, "(uux)", &n, &secs, &last))
    return FALSE;

  if (sessions != NULL)
    *sessions = n;
  if (seconds != NULL)
    *seconds = secs;
  if (last_finished != NULL)
    *last_finished = g_date_time_new_from_unix_local (last);

  return TRUE;
}

guint
soften_progress_get_n_history (SoftenProgress *self)
{
  g_autoptr (GVariant) history = NULL;

  g_return_val_if_fail (SOFTEN_IS_PROGRESS (self), 0);

  history = g_settings_get_value (self->settings, HISTORY_KEY);

  return g_variant_n_children (history);
}

/* Forgets every finished session, and every total; emits "changed" once. */
void
soften_progress_clear (SoftenProgress *self)
{
  g_return_if_fail (SOFTEN_IS_PROGRESS (self));

  g_settings_reset (self->writer, COMPLETIONS_KEY);
  g_settings_reset (self->writer, HISTORY_KEY);
  g_settings_apply (self->writer);
}

/* Returns: (transfer full): the history, a(xsua{sv}) */
GVariant *
soften_progress_dup_history (SoftenProgress *self)
{
  g_return_val_if_fail (SOFTEN_IS_PROGRESS (self), NULL);

  return g_settings_get_value (self->settings, HISTORY_KEY);
}

/**
 * soften_progress_dup_stats:
 * @time_zone: the person's time zone
 * @now: the moment "today" is taken from
 *
 * Returns: (transfer full): what the history adds up to, with days that
 *   begin when the person chose ("day-starts-at")
 */
SoftenStats *
soften_progress_dup_stats (SoftenProgress *self, GTimeZone *time_zone, GDateTime *now)
{
  g_autoptr (GVariant) history = NULL;

  g_return_val_if_fail (SOFTEN_IS_PROGRESS (self), NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  history = g_settings_get_value (self->settings, HISTORY_KEY);

  return soften_stats_new (history, time_zone, now,
                           g_settings_get_uint (self->settings, DAY_START_KEY));
}

/* Returns: whether the person wants to see how many days in a row they practised */
gboolean
soften_progress_get_show_streaks (SoftenProgress *self)
{
  g_return_val_if_fail (SOFTEN_IS_PROGRESS (self), FALSE);

  return g_settings_get_boolean (self->settings, SHOW_STREAKS_KEY);
}
