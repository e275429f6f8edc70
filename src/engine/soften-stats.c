/* soften-stats.c — what a history of sessions adds up to
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here is computed from the recorded history, never stored. Days
 * are practice days in the person's time zone: a session belongs to the day
 * on their wall clock when it finished, except that a day begins at the
 * hour the person chose ("day-starts-at", 04:00 by default), so practice at
 * 01:30 counts for the evening before. Only the wall clock is read, never a
 * span of hours subtracted, so whatever daylight saving did a session keeps
 * its day and a streak is unbroken across the night the clocks change. The
 * current streak counts back from today, or from yesterday while today has
 * no session yet (the day is not over). Sessions are kept oldest first.
 *
 * The history comes from GSettings, which anyone can write: a record is
 * read only if it could have been recorded. One with an id that is not an
 * exercise id (at most SOFTEN_EXERCISE_FILE_MAX_ID_CHARS lowercase
 * letters, digits and "-"), or a time no calendar can show, is left out;
 * an answer outside 0–10 is left out of its record; and no more than
 * SOFTEN_PROGRESS_HISTORY_CAP records are read, the newest. What was left
 * out is counted, for the page to say so.
 *
 * What the check-ins add up to is in soften-stats-check-ins.c.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <string.h>

#include "soften-exercise-file.h"
#include "soften-key-file.h"
#include "soften-progress.h"
#include "soften-stats-private.h"

/**
 * soften_practice_day:
 * @time_zone: where the wall clock is read
 * @unix_time: a moment
 * @day_start_minutes: when a day begins, in minutes after midnight (at
 *   most %SOFTEN_STATS_MAX_DAY_START)
 *
 * The practice day @unix_time belongs to: the calendar day on the wall
 * clock in @time_zone, or the day before if the clock reads earlier than
 * @day_start_minutes.
 *
 * Returns: a Julian day number, or 0 for a time out of range
 */
guint32
soften_practice_day (GTimeZone *time_zone, gint64 unix_time, guint day_start_minutes)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr (GDateTime) local = utc != NULL ? g_date_time_to_timezone (utc, time_zone) : NULL;
  GDate                 date;
  int                   year, month, day;
  guint                 minutes;

  if (local == NULL)
    return 0;

  g_date_time_get_ymd (local, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  minutes = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);

  /* The wall clock's reading, not a span back: a day the clocks change on
   * begins at the same reading as any other. */
  if (minutes < MIN (day_start_minutes, SOFTEN_STATS_MAX_DAY_START)
      && g_date_get_julian (&date) > 1)
    return g_date_get_julian (&date) - 1;

  return g_date_get_julian (&date);
}

static void
compute_streaks (SoftenStats *self)
{
  guint32 previous = 0;
  guint   run = 0;
  guint32 last_day = 0;

  /* Days in order; several sessions on one day count once. */
  for (guint i = 0; i < self->days->len; i++)
    {
      guint32 day = g_array_index (self->days, guint32, i);

      if (day == 0 || day == previous)
        continue;

      run = (previous != 0 && day == previous + 1) ? run + 1 : 1;
      self->longest_streak = MAX (self->longest_streak, run);
      previous = day;
      last_day = day;
    }

  /* Alive if the last day with a session is today or yesterday. */
  if (last_day != 0 && (last_day == self->today || last_day + 1 == self->today))
    self->current_streak = run;
}

static int
compare_by_time (gconstpointer a, gconstpointer b)
{
  const SoftenSessionRecord *ra = a;
  const SoftenSessionRecord *rb = b;

  return (ra->finished_at > rb->finished_at) - (ra->finished_at < rb->finished_at);
}

/* Whether @unix_time is a moment a calendar can show, in UTC and in
 * @time_zone. */
static gboolean
is_showable_time (gint64 unix_time, GTimeZone *time_zone)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr (GDateTime) local = utc != NULL ? g_date_time_to_timezone (utc, time_zone) : NULL;

  return local != NULL;
}

/* Whether @value is a check-in's answer, or not one at all. */
static gboolean
is_sound_answer (GVariant *value)
{
  return !g_variant_is_of_type (value, G_VARIANT_TYPE_INT32)
         || (g_variant_get_int32 (value) >= 0 && g_variant_get_int32 (value) <= 10);
}

/* @responses without answers outside 0–10; takes @responses. Sets
 * @any_left_out when there were. */
static GVariant *
sound_responses (GVariant *responses, gboolean *any_left_out)
{
  g_auto (GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  g_autoptr (GVariant)     taken = responses;
  GVariantIter             iter;
  const char              *key;
  GVariant                *value;

  *any_left_out = FALSE;
  g_variant_iter_init (&iter, taken);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      if (is_sound_answer (value))
        g_variant_builder_add (&builder, "{sv}", key, value);
      else
        *any_left_out = TRUE;
      g_variant_unref (value);
    }

  if (!*any_left_out)
    return g_steal_pointer (&taken);

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/* Adds the record at @index of the history, if it could have been
 * recorded (see the top of this file). */
static void
add_record (SoftenStats *self, gsize index)
{
  SoftenSessionRecord record;
  guint32             seconds;
  gboolean            answers_left_out;

  /* The id points into @history's data; the answers are a reference of
   * their own, dropped in soften_stats_free(). */
  g_variant_get_child (self->history, index, "(x&su@a{sv})", &record.finished_at,
                       &record.exercise_id, &seconds, &record.responses);
  record.seconds = seconds;

  if (!soften_key_file_is_valid_id (record.exercise_id, SOFTEN_EXERCISE_FILE_MAX_ID_CHARS)
      || !is_showable_time (record.finished_at, self->time_zone))
    {
      g_variant_unref (record.responses);
      self->n_skipped++;
      return;
    }

  record.responses = sound_responses (record.responses, &answers_left_out);
  self->n_skipped += answers_left_out;
  g_array_append_val (self->sessions, record);
}

/**
 * soften_stats_new:
 * @history: (transfer none): a(xsua{sv}), as in the "history" key; a
 *   floating reference is sunk, a full one is not taken over
 * @time_zone: the person's time zone, where days begin and end
 * @now: the moment "today" is taken from
 * @day_start_minutes: when a day begins, in minutes after midnight (see
 *   soften_practice_day())
 */
SoftenStats *
soften_stats_new (GVariant *history, GTimeZone *time_zone, GDateTime *now, guint day_start_minutes)
{
  SoftenStats *self;
  gsize        n;

  g_return_val_if_fail (history != NULL, NULL);
  g_return_val_if_fail (g_variant_is_of_type (history, G_VARIANT_TYPE ("a(xsua{sv})")), NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  self = g_new0 (SoftenStats, 1);
  self->history = g_variant_ref_sink (history);
  self->time_zone = g_time_zone_ref (time_zone);
  self->day_start = MIN (day_start_minutes, SOFTEN_STATS_MAX_DAY_START);
  self->today = soften_practice_day (time_zone, g_date_time_to_unix (now), self->day_start);

  n = g_variant_n_children (history);
  self->sessions = g_array_sized_new (FALSE, FALSE, sizeof (SoftenSessionRecord),
                                      MIN (n, SOFTEN_PROGRESS_HISTORY_CAP));
  self->days
      = g_array_sized_new (FALSE, FALSE, sizeof (guint32), MIN (n, SOFTEN_PROGRESS_HISTORY_CAP));

  /* The newest, which come last, and no more than are ever recorded. */
  self->n_skipped = n - MIN (n, SOFTEN_PROGRESS_HISTORY_CAP);
  for (gsize i = n - MIN (n, SOFTEN_PROGRESS_HISTORY_CAP); i < n; i++)
    add_record (self, i);

  g_array_sort (self->sessions, compare_by_time);

  for (guint i = 0; i < self->sessions->len; i++)
    {
      const SoftenSessionRecord *record = &g_array_index (self->sessions, SoftenSessionRecord, i);
      /* A clock set back leaves sessions "in the future": they count as
       * today's, so nothing shown goes past today or drops out. */
      guint32 day = MIN (soften_practice_day (time_zone, record->finished_at, self->day_start),
                         self->today);

      g_array_append_val (self->days, day);
      self->total_seconds += record->seconds;
    }

  compute_streaks (self);

  return self;
}

void
soften_stats_free (SoftenStats *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->sessions->len; i++)
    g_variant_unref (g_array_index (self->sessions, SoftenSessionRecord, i).responses);
  g_array_unref (self->sessions);
  g_array_unref (self->days);
  g_variant_unref (self->history);
  g_time_zone_unref (self->time_zone);
  g_free (self);
}

guint
soften_stats_get_n_sessions (SoftenStats *self)
{
  return self->sessions->len;
}

/* Returns: the session at @position, oldest first */
const SoftenSessionRecord *
soften_stats_get_session (SoftenStats *self, guint position)
{
  g_return_val_if_fail (position < self->sessions->len, NULL);

  return &g_array_index (self->sessions, SoftenSessionRecord, position);
}

/* Returns: the practice day the session at @position belongs to, as a
 * Julian day (never after today) */
guint32
soften_stats_get_day (SoftenStats *self, guint position)
{
  g_return_val_if_fail (position < self->days->len, 0);

  return g_array_index (self->days, guint32, position);
}

/* Returns: today's practice day, as a Julian day */
guint32
soften_stats_get_today (SoftenStats *self)
{
  return self->today;
}

/* Returns: today's practice day's weekday: 1 for Monday … 7 for Sunday */
int
soften_stats_get_today_weekday (SoftenStats *self)
{
  GDate date;

  if (!g_date_valid_julian (self->today))
    return 7;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, self->today);

  return g_date_get_weekday (&date);
}

guint64
soften_stats_get_total_seconds (SoftenStats *self)
{
  return self->total_seconds;
}

/* Returns: how many records of the history were left out, whole or in
 * part, because they could not have been recorded */
guint
soften_stats_get_n_skipped (SoftenStats *self)
{
  return self->n_skipped;
}

guint
soften_stats_get_current_streak (SoftenStats *self)
{
  return self->current_streak;
}

guint
soften_stats_get_longest_streak (SoftenStats *self)
{
  return self->longest_streak;
}

/**
 * soften_stats_get_day_counts:
 * @n_days: how many days, ending today
 * @counts: (out caller-allocates) (array length=n_days): sessions on each
 *   day, oldest first; today is the last
 */
void
soften_stats_get_day_counts (SoftenStats *self, guint n_days, guint *counts)
{
  memset (counts, 0, n_days * sizeof (guint));

  for (guint i = 0; i < self->days->len; i++)
    {
      guint32 day = g_array_index (self->days, guint32, i);

      if (day != 0 && day <= self->today && self->today - day < n_days)
        counts[n_days - 1 - (self->today - day)]++;
    }
}

/* Returns: on how many of the last @n_days there was a session */
guint
soften_stats_get_active_days (SoftenStats *self, guint n_days)
{
  g_autofree guint *counts = g_new0 (guint, n_days);
  guint             active = 0;

  soften_stats_get_day_counts (self, n_days, counts);
  for (guint i = 0; i < n_days; i++)
    active += counts[i] > 0;

  return active;
}

/* RFC 4180: quoted when it holds a comma, a quote or a line break. */
static void
append_field (GString *csv, const char *field)
{
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (csv, field);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/**
 * soften_history_to_csv:
 * @history: a(xsua{sv})
 * @time_zone: for the readable time column
 *
 * Returns: (transfer full): the history as CSV, one session a line, oldest
 *   first: finished (ISO 8601 with its offset), finished_unix, exercise,
 *   seconds, answers (the check-in answers in GVariant text form)
 */
char *
soften_history_to_csv (GVariant *history, GTimeZone *time_zone)
{
  g_autoptr (GString) csv = g_string_new ("finished,finished_unix,exercise,seconds,answers\r\n");

  g_return_val_if_fail (g_variant_is_of_type (history, G_VARIANT_TYPE ("a(xsua{sv})")), NULL);

  for (gsize i = 0; i < g_variant_n_children (history); i++)
    {
      g_autoptr (GVariant)  responses = NULL;
      g_autoptr (GDateTime) utc = NULL;
      g_autoptr (GDateTime) local = NULL;
      g_autofree char      *when = NULL;
      g_autofree char      *unix_time = NULL;
      g_autofree char      *seconds_text = NULL;
      g_autofree char      *answers = NULL;
      const char           *id;
      gint64                finished;
      guint32               seconds;

      g_variant_get_child (history, i, "(x&su@a{sv})", &finished, &id, &seconds, &responses);
      utc = g_date_time_new_from_unix_utc (finished);
      local = utc != NULL ? g_date_time_to_timezone (utc, time_zone) : NULL;
      when = local != NULL ? g_date_time_format_iso8601 (local) : g_strdup ("");
      unix_time = g_strdup_printf ("%" G_GINT64_FORMAT, finished);
      seconds_text = g_strdup_printf ("%u", seconds);
      answers = g_variant_print (responses, TRUE);

      append_field (csv, when);
      g_string_append_c (csv, ',');
      append_field (csv, unix_time);
      g_string_append_c (csv, ',');
      append_field (csv, id);
      g_string_append_c (csv, ',');
      append_field (csv, seconds_text);
      g_string_append_c (csv, ',');
      append_field (csv, answers);
      g_string_append (csv, "\r\n");
    }

  return g_string_free (g_steal_pointer (&csv), FALSE);
}
