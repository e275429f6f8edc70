/* soften-format.c — words and numbers as the person reads them
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every count goes through ngettext and every sentence is whole in the
 * catalogue, so that translators never have to guess how pieces join.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-format.h"

const char *
soften_format_category (SoftenCategory category)
{
  switch (category)
    {
    case SOFTEN_CATEGORY_BODY:
      /* Translators: a heading in the list of exercises */
      return _("Noticing the Body");

    case SOFTEN_CATEGORY_BREATHING:
      /* Translators: a heading in the list of exercises */
      return _("Breathing");

    case SOFTEN_CATEGORY_FORGIVENESS:
      /* Translators: a heading in the list of exercises */
      return _("Forgiveness");

    case SOFTEN_CATEGORY_BOUNDARIES:
      /* Translators: a heading in the list of exercises */
      return _("Boundaries");

    case SOFTEN_CATEGORY_DEFENSES:
      /* Translators: a heading in the list of exercises, about the ways we protect ourselves */
      return _("Defenses");

    case SOFTEN_CATEGORY_TOGETHER:
      /* Translators: a heading in the list of exercises, for two people in one room */
      return _("Together");

    case SOFTEN_N_CATEGORIES:
    default:
      g_return_val_if_reached ("");
    }
}

const char *
soften_format_breath_phase (SoftenBreathPhase phase)
{
  switch (phase)
    {
    case SOFTEN_BREATH_INHALE:
      /* Translators: shown large while the person breathes in; keep it short */
      return _("Breathe in");

    case SOFTEN_BREATH_HOLD_IN:
    case SOFTEN_BREATH_HOLD_OUT:
      /* Translators: shown large while the person holds their breath; keep it short */
      return C_("breath", "Hold");

    case SOFTEN_BREATH_EXHALE:
      /* Translators: shown large while the person breathes out; keep it short */
      return _("Breathe out");

    case SOFTEN_BREATH_N_PHASES:
    default:
      g_return_val_if_reached ("");
    }
}

/* The name of a part of the body, as a heading over the body map. */
const char *
soften_format_region (SoftenRegion region)
{
  switch (region)
    {
    case SOFTEN_REGION_FEET:
      /* Translators: parts of the body, shown large during a body scan */
      return C_("body", "Feet");
    case SOFTEN_REGION_LEGS:
      return C_("body", "Legs");
    case SOFTEN_REGION_BELLY:
      return C_("body", "Belly");
    case SOFTEN_REGION_CHEST:
      return C_("body", "Chest");
    case SOFTEN_REGION_BACK:
      return C_("body", "Back");
    case SOFTEN_REGION_SHOULDERS:
      return C_("body", "Shoulders");
    case SOFTEN_REGION_ARMS:
      return C_("body", "Arms");
    case SOFTEN_REGION_HANDS:
      return C_("body", "Hands");
    case SOFTEN_REGION_NECK:
      return C_("body", "Neck");
    case SOFTEN_REGION_JAW:
      return C_("body", "Jaw");
    case SOFTEN_REGION_FACE:
      return C_("body", "Face");
    case SOFTEN_N_REGIONS:
    default:
      g_return_val_if_reached ("");
    }
}

/* A boundary script as the person reads it back: what they will say, then
 * who helps them; a gentle word while it is still empty. */
char *
soften_format_script_preview (SoftenScript *script)
{
  g_autofree char *text = soften_script_build_text (script);
  g_autofree char *support = soften_script_build_support (script);

  if (text[0] == '\0' && support[0] == '\0')
    return g_strdup (_("Your words will appear here as you write them."));
  if (support[0] == '\0')
    return g_steal_pointer (&text);
  if (text[0] == '\0')
    return g_steal_pointer (&support);

  return g_strconcat (text, "\n\n", support, NULL);
}

/* Days from @when's calendar day to today's, in local time. */
static int
days_ago (GDateTime *when)
{
  g_autoptr (GDateTime) now = g_date_time_new_now (g_date_time_get_timezone (when));
  GDate                 a, b;
  int                   y, m, d;

  g_date_time_get_ymd (when, &y, &m, &d);
  g_date_clear (&a, 1);
  g_date_set_dmy (&a, d, m, y);
  g_date_time_get_ymd (now, &y, &m, &d);
  g_date_clear (&b, 1);
  g_date_set_dmy (&b, d, m, y);

  return g_date_days_between (&a, &b);
}

/* When something happened, as a person says it: "Today, 14:05",
 * "Yesterday, 09:30", "Tuesday, 18:00" within the week, or the date. */
char *
soften_format_date_time (GDateTime *when)
{
  g_autofree char *time = NULL;
  int              ago;

  /* A time no calendar can show (read from a damaged record) is no time. */
  if (when == NULL)
    return g_strdup ("");

  ago = days_ago (when);

  /* Translators: a time of day; see strftime(3) for the codes. "%H:%M" is
   * 14:05, "%I:%M %p" 2:05 PM */
  time = g_date_time_format (when, _("%H:%M"));

  if (ago == 0)
    /* Translators: %s is a time of day */
    return g_strdup_printf (_("Today, %s"), time);
  if (ago == 1)
    /* Translators: %s is a time of day */
    return g_strdup_printf (_("Yesterday, %s"), time);
  if (ago > 1 && ago < 7)
    {
      g_autofree char *weekday = g_date_time_format (when, "%A");

      /* Translators: %1$s is a weekday, %2$s a time of day */
      return g_strdup_printf (_("%1$s, %2$s"), weekday, time);
    }

  return g_date_time_format (when, "%x");
}

/* "Done 12 times, last on Tuesday", or "Not done yet". */
char *
soften_format_last_done (guint sessions, GDateTime *last)
{
  g_autofree char *day = NULL;
  int              ago;

  if (sessions == 0)
    /* Translators: on an exercise's page, before it was ever finished */
    return g_strdup (_("Not finished yet"));
  /* When, the record does not say in a way a calendar can show. */
  if (last == NULL)
    return g_strdup_printf (
        /* Translators: on an exercise's page: how many times it was finished */
        ngettext ("Finished %u time", "Finished %u times", sessions), sessions);

  ago = days_ago (last);
  if (ago == 0)
    return g_strdup_printf (
        ngettext ("Finished %u time, last today", "Finished %u times, last today", sessions),
        sessions);
  if (ago == 1)
    return g_strdup_printf (ngettext ("Finished %u time, last yesterday",
                                      "Finished %u times, last yesterday", sessions),
                            sessions);

  day = g_date_time_format (last, ago > 1 && ago < 7 ? "%A" : "%x");
  return g_strdup_printf (
      /* Translators: %1$u is a count; %2$s a weekday ("Tuesday") or a date */
      ngettext ("Finished %1$u time, last on %2$s", "Finished %1$u times, last on %2$s", sessions),
      sessions, day);
}

/* "About 3 minutes", rounded to whole minutes, at least one. */
char *
soften_format_minutes (gint64 usec)
{
  guint minutes = MAX (1, (guint)((usec + 30 * G_USEC_PER_SEC) / (60 * G_USEC_PER_SEC)));

  return g_strdup_printf (ngettext ("About %u minute", "About %u minutes", minutes), minutes);
}

/* A short length for a list row: "3 min", counting the time the steps
 * that wait for Continue take to read; "At your own pace" for an exercise
 * where the person writes, chooses or lets go, which takes as long as
 * they need. */
char *
soften_format_exercise_length_short (SoftenExercise *exercise)
{
  gint64 estimate = soften_exercise_get_estimate_usec (exercise);
  guint  minutes = MAX (1, (guint)((estimate + 30 * G_USEC_PER_SEC) / (60 * G_USEC_PER_SEC)));

  if (soften_exercise_get_own_pace (exercise))
    /* Translators: how long an exercise takes when none of its steps are timed */
    return g_strdup (_("At your own pace"));

  /* Translators: an exercise's length in a list, in minutes; keep it short */
  return g_strdup_printf (ngettext ("%u min", "%u min", minutes), minutes);
}

/* How long an exercise takes, honest about steps that wait for the person. */
char *
soften_format_exercise_length (SoftenExercise *exercise)
{
  gint64 estimate = soften_exercise_get_estimate_usec (exercise);
  guint  minutes = MAX (1, (guint)((estimate + 30 * G_USEC_PER_SEC) / (60 * G_USEC_PER_SEC)));

  if (soften_exercise_get_own_pace (exercise))
    /* Translators: how long an exercise takes when none of its steps are timed */
    return g_strdup (_("At your own pace"));

  if (soften_exercise_get_untimed_steps (exercise) == 0)
    return soften_format_minutes (soften_exercise_get_timed_usec (exercise));

  return g_strdup_printf (ngettext ("About %u minute, and some steps at your own pace",
                                    "About %u minutes, and some steps at your own pace", minutes),
                          minutes);
}

/* The time left in a step as a clock shows it: "1:05", "0:09". Partial
 * seconds count up, so "0:01" stays until the very end. */
char *
soften_format_countdown (gint64 usec)
{
  guint64 seconds = (MAX (usec, 0) + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;

  /* Translators: minutes and seconds left, as on a clock: "1:05" */
  return g_strdup_printf (C_("countdown", "%u:%02u"), (guint)(seconds / 60),
                          (guint)(seconds % 60));
}
