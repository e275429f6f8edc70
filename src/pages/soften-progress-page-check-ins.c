/* soften-progress-page-check-ins.c — the Progress page's charts of check-ins
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tension before and after, session by session, and where zone check-ins
 * found the person against their window of tolerance. Each chart comes
 * with a plain sentence that says what it means ("After practising, your
 * tension was usually lower: about 6 before, 4 after"), never a score; the
 * chart's accessible label says what it shows and then the same sentence.
 * A rise is said as kindly as a fall: some days go backwards, and that is
 * part of it.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "soften-progress-page-private.h"

/* A plain sentence for what the chart of tension shows. */
char *
_soften_progress_page_describe_tension (const SoftenTensionSummary *summary)
{
  int      before = (int)round (summary->mean_before);
  int      after = (int)round (summary->mean_after);
  gboolean mostly_lower = summary->n_lower * 2 > summary->n_sessions;
  gboolean mostly_higher = summary->n_higher * 2 > summary->n_sessions;
  gboolean mostly_same = summary->n_same * 2 > summary->n_sessions;

  if (summary->n_sessions == 1 && before == after)
    /* Translators: under the chart of tension, after one session; %d is 0–10 */
    return g_strdup_printf (_("Last time, your tension stayed at %d."), before);
  if (summary->n_sessions == 1)
    /* Translators: under the chart of tension, after one session; 0–10 each */
    return g_strdup_printf (_("Last time, your tension went from %1$d to %2$d."), before, after);
  if (mostly_lower)
    return g_strdup_printf (
        /* Translators: under the chart of tension; %1$d and %2$d are averages, 0–10 */
        _("After practising, your tension was usually lower: about %1$d before, %2$d after."),
        before, after);
  if (mostly_higher)
    /* Translators: under the chart of tension; %1$d and %2$d are averages, 0–10 */
    return g_strdup_printf (_("After practising, your tension was often higher: about %1$d "
                               "before, %2$d after. Turning towards something hard can stir the "
                               "body up for a while; go gently."),
                            before, after);
  if (mostly_same)
    return g_strdup_printf (
        /* Translators: under the chart of tension; %1$d and %2$d are averages, 0–10 */
        _("After practising, your tension was usually about the same: about %1$d before, "
           "%2$d after."),
        before, after);

  /* Translators: under the chart of tension; %1$d and %2$d are averages, 0–10 */
  return g_strdup_printf (_("Some days your tension eased and some days it did not: about %1$d "
                             "before, %2$d after."),
                          before, after);
}

void
_soften_progress_page_show_trend (SoftenProgressPage *self, SoftenStats *stats)
{
  g_autoptr (GArray) points
      = soften_stats_get_tension_points (stats, SOFTEN_PROGRESS_CHART_SESSIONS);
  g_autofree char     *summary = NULL;
  g_autofree char     *shows = NULL;
  g_autofree char     *first = NULL;
  g_autofree char     *last = NULL;
  g_autofree char     *label = NULL;
  SoftenTensionSummary totals;

  gtk_widget_set_visible (self->trend_box, points->len > 0);
  soften_trend_chart_set_points (self->trend, points);
  if (points->len == 0)
    return;

  soften_stats_summarize_tension (points, &totals);
  summary = _soften_progress_page_describe_tension (&totals);
  first = soften_trend_chart_format_day (g_array_index (points, SoftenTensionPoint, 0).day);
  last = soften_trend_chart_format_day (
      g_array_index (points, SoftenTensionPoint, points->len - 1).day);

  if (points->len == 1)
    shows = g_strdup_printf (
        /* Translators: what the chart of tension shows, read by screen readers; %s is a date */
        _("Tension from 0 to 10, before and after your session on %s."), last);
  else
    shows = g_strdup_printf (
        /* Translators: what the chart of tension shows, read by screen readers;
         * %1$u is a number of sessions, %2$s and %3$s dates */
        ngettext ("Tension from 0 to 10, before and after your last %1$u session, from %2$s to "
                  "%3$s.",
                  "Tension from 0 to 10, before and after your last %1$u sessions, from %2$s to "
                  "%3$s.",
                  points->len),
        points->len, first, last);

  /* Translators: the chart's whole description: what it shows, then what it means */
  label = g_strdup_printf (_("%1$s %2$s"), shows, summary);
  gtk_label_set_text (self->trend_summary, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->trend), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
}

static guint
sum (const guint counts[SOFTEN_N_ZONES])
{
  return counts[SOFTEN_ZONE_ABOVE] + counts[SOFTEN_ZONE_INSIDE] + counts[SOFTEN_ZONE_BELOW];
}

/* A plain sentence for where zone check-ins found the person. */
char *
_soften_progress_page_describe_zones (const SoftenZoneCounts *counts)
{
  guint            after = sum (counts->after);
  guint            before = sum (counts->before);
  guint            inside = counts->after[SOFTEN_ZONE_INSIDE];
  g_autofree char *where = NULL;
  g_autofree char *came_back = NULL;

  if (after == 0 && counts->before[SOFTEN_ZONE_INSIDE] * 2 > before)
    /* Translators: under the bars of zone check-ins; %1$u of %2$u times */
    return g_strdup_printf (ngettext ("Before practising, you were mostly inside your window: "
                                      "%1$u time out of %2$u.",
                                      "Before practising, you were mostly inside your window: "
                                      "%1$u times out of %2$u.",
                                      counts->before[SOFTEN_ZONE_INSIDE]),
                            counts->before[SOFTEN_ZONE_INSIDE], before);
  if (after == 0)
    /* Translators: under the bars of zone check-ins, when there were only
     * check-ins before practising, mostly above or below the window */
    return g_strdup (_("Before practising, you were often above or below your window: that is "
                        "when practising can help most."));

  /* No count of zero: where the body is on its way, it is said so. */
  if (inside == 0)
    /* Translators: under the bars of zone check-ins */
    return g_strdup (_("After practising, your body was still finding its way back into your "
                        "window. Some days it needs longer; that is part of it."));

  if (inside == after)
    /* Translators: under the bars of zone check-ins */
    where
        = g_strdup (_("After practising, you were inside your window each time you checked in."));
  else if (inside * 2 > after)
    /* Translators: under the bars of zone check-ins; %1$u of %2$u times */
    where = g_strdup_printf (ngettext ("After practising, you were mostly inside your window: "
                                       "%1$u time out of %2$u.",
                                       "After practising, you were mostly inside your window: "
                                       "%1$u times out of %2$u.",
                                       inside),
                             inside, after);
  else
    /* Translators: under the bars of zone check-ins; %1$u of %2$u times */
    where = g_strdup_printf (ngettext ("After practising, you were inside your window %1$u time "
                                       "out of %2$u. Some days the body needs longer; that is "
                                       "part of it.",
                                       "After practising, you were inside your window %1$u times "
                                       "out of %2$u. Some days the body needs longer; that is "
                                       "part of it.",
                                       inside),
                             inside, after);

  if (counts->n_came_back == 0)
    return g_steal_pointer (&where);

  /* Translators: under the bars of zone check-ins, after how often the
   * person was inside their window after practising */
  came_back = g_strdup_printf (ngettext ("Once you came back inside it from above or below.",
                                         "%u times you came back inside it from above or below.",
                                         counts->n_came_back),
                               counts->n_came_back);

  /* Translators: two sentences, one after the other */
  return g_strdup_printf (_("%1$s %2$s"), where, came_back);
}

static void
show_zone_bar (SoftenZoneBar *bar,
               GtkWidget     *label,
               const guint    counts[SOFTEN_N_ZONES],
               const char    *said)
{
  gtk_widget_set_visible (GTK_WIDGET (bar), sum (counts) > 0);
  gtk_widget_set_visible (label, sum (counts) > 0);
  soften_zone_bar_set_counts (bar, counts);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, said, -1);
}

void
_soften_progress_page_show_zones (SoftenProgressPage *self, SoftenStats *stats)
{
  g_autofree char *summary = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SoftenZoneCounts counts;

  soften_stats_get_zone_counts (stats, SOFTEN_PROGRESS_CHART_SESSIONS, &counts);
  gtk_widget_set_visible (self->zones_box, counts.n_sessions > 0);
  if (counts.n_sessions == 0)
    return;

  /* Translators: read by screen readers on a bar of zone check-ins */
  before = g_strdup_printf (_("Before practising: %1$u above your window, %2$u inside it, %3$u "
                               "below it."),
                            counts.before[SOFTEN_ZONE_ABOVE], counts.before[SOFTEN_ZONE_INSIDE],
                            counts.before[SOFTEN_ZONE_BELOW]);
  /* Translators: read by screen readers on a bar of zone check-ins */
  after = g_strdup_printf (_("After practising: %1$u above your window, %2$u inside it, %3$u "
                              "below it."),
                           counts.after[SOFTEN_ZONE_ABOVE], counts.after[SOFTEN_ZONE_INSIDE],
                           counts.after[SOFTEN_ZONE_BELOW]);
  show_zone_bar (self->zones_before, self->zones_before_label, counts.before, before);
  show_zone_bar (self->zones_after, self->zones_after_label, counts.after, after);

  summary = _soften_progress_page_describe_zones (&counts);
  gtk_label_set_text (self->zones_summary, summary);
}
