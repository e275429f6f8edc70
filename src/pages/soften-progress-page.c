/* soften-progress-page.c — what a person has practised, shown honestly
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything is worked out from the recorded history by SoftenStats, in
 * the person's time zone with days that begin when they chose, each time
 * the page is shown or the history (or how it is counted) changes. Figures
 * use the locale's numbers and plural forms; the charts carry a summary in
 * words for screen readers and for anyone who prefers words (the charts of
 * check-ins are in soften-progress-page-check-ins.c).
 *
 * Nothing here invites guilt: the rhythm of the last week is shown as the
 * days that had practice ("3 days of the last 7"), never the days missed;
 * days in a row show only if the person wants them, and then never as a
 * zero or a "broken" streak (with none running, the longest one is shown).
 * Clearing asks first; exporting writes CSV where the person chose.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-export.h"
#include "soften-figure-card.h"
#include "soften-format.h"
#include "soften-progress-page-private.h"

#define RECENT_ROWS 5

G_DEFINE_FINAL_TYPE (SoftenProgressPage, soften_progress_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PROGRESS,
  PROP_LIBRARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (SoftenProgressPage *self);

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_row (GtkListBox *list, const char *title, const char *subtitle)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW, "title", title, "subtitle", subtitle,
                                 "use-markup", FALSE, NULL);

  gtk_list_box_append (list, row);
}

static void
add_figure (SoftenProgressPage *self, guint64 value, const char *caption)
{
  gtk_flow_box_append (self->figures, soften_figure_card_new (value, caption));
}

static const char *
title_of (SoftenProgressPage *self, const char *id)
{
  SoftenExercise *exercise = self->library != NULL ? soften_library_find (self->library, id) : NULL;

  /* An exercise that is gone (a file removed) is still named by its id. */
  return exercise != NULL ? soften_exercise_get_title (exercise) : id;
}

static void
show_figures (SoftenProgressPage *self, SoftenStats *stats)
{
  guint sessions = soften_stats_get_n_sessions (stats);
  /* A thousand sessions of 2^32 seconds each are more minutes than a
   * guint holds. */
  guint64    minutes = (soften_stats_get_total_seconds (stats) + 30) / 60;
  guint      week = soften_stats_get_active_days (stats, 7);
  guint      current = soften_stats_get_current_streak (stats);
  guint      longest = soften_stats_get_longest_streak (stats);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures))) != NULL)
    gtk_flow_box_remove (self->figures, child);

  /* Translators: under a number on the Progress page */
  add_figure (self, sessions, ngettext ("session", "sessions", sessions));
  /* Translators: under a number on the Progress page */
  add_figure (self, minutes, ngettext ("minute", "minutes", (gulong)MIN (minutes, G_MAXULONG)));
  /* Translators: under a number on the Progress page: on how many of the
   * last 7 days (today included) there was practice, e.g. "3 days of the last 7" */
  add_figure (self, week, ngettext ("day of the last 7", "days of the last 7", week));

  if (!soften_progress_get_show_streaks (self->progress))
    return;

  /* A streak that ended is not shown as a zero: the longest one is. */
  if (current > 0)
    /* Translators: under a number on the Progress page: days in a row up to today */
    add_figure (self, current, ngettext ("day in a row now", "days in a row now", current));
  else
    /* Translators: under a number on the Progress page: the most days in a row ever */
    add_figure (self, longest, ngettext ("day in a row at most", "days in a row at most", longest));
}

static void
show_heatmap (SoftenProgressPage *self, SoftenStats *stats)
{
  guint            counts[SOFTEN_HEATMAP_DAYS];
  guint            sessions = 0;
  guint            days = soften_stats_get_active_days (stats, SOFTEN_HEATMAP_DAYS);
  g_autofree char *summary = NULL;
  g_autofree char *sessions_text = NULL;

  soften_stats_get_day_counts (stats, SOFTEN_HEATMAP_DAYS, counts);
  for (guint i = 0; i < SOFTEN_HEATMAP_DAYS; i++)
    sessions += counts[i];

  soften_heatmap_set_counts (self->heatmap, counts, soften_stats_get_today_weekday (stats));

  /* Translators: the first half of the calendar's summary, e.g. "12 sessions" */
  sessions_text = g_strdup_printf (ngettext ("%u session", "%u sessions", sessions), sessions);
  /* Translators: a summary of the calendar of the last 12 weeks; %1$s is
   * "12 sessions", %2$u a number of days */
  summary = g_strdup_printf (ngettext ("%1$s in the last 12 weeks, on %2$u day.",
                                       "%1$s in the last 12 weeks, on %2$u different days.", days),
                             sessions_text, days);
  gtk_label_set_text (self->heatmap_summary, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heatmap), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  summary, -1);
}

static void
show_changes (SoftenProgressPage *self, SoftenStats *stats)
{
  g_autoptr (GArray) changes = soften_stats_get_changes (stats);

  clear_list (self->changes_list);
  gtk_widget_set_visible (self->changes_box, changes->len > 0);

  for (guint i = 0; i < changes->len; i++)
    {
      const SoftenChange *change = &g_array_index (changes, SoftenChange, i);
      g_autofree char    *line = NULL;

      if (g_str_equal (change->measure, "comfort"))
        /* Translators: average check-ins, e.g. "Comfort 4.0 → 6.5, over 3 sessions" */
        line = g_strdup_printf (ngettext ("Comfort %.1f → %.1f, over %u session",
                                          "Comfort %.1f → %.1f, over %u sessions",
                                          change->n_sessions),
                                change->mean_before, change->mean_after, change->n_sessions);
      else
        /* Translators: average check-ins, e.g. "Tension 7.0 → 4.0, over 3 sessions" */
        line = g_strdup_printf (ngettext ("Tension %.1f → %.1f, over %u session",
                                          "Tension %.1f → %.1f, over %u sessions",
                                          change->n_sessions),
                                change->mean_before, change->mean_after, change->n_sessions);

      add_row (self->changes_list, title_of (self, change->exercise_id), line);
    }
}

static void
show_categories (SoftenProgressPage *self, SoftenStats *stats)
{
  guint counts[SOFTEN_N_CATEGORIES] = { 0 };

  clear_list (self->categories_list);

  for (guint i = 0; i < soften_stats_get_n_sessions (stats); i++)
    {
      const SoftenSessionRecord *record = soften_stats_get_session (stats, i);
      SoftenExercise            *exercise
          = self->library ? soften_library_find (self->library, record->exercise_id) : NULL;

      if (exercise != NULL)
        counts[soften_exercise_get_category (exercise)]++;
    }

  for (guint c = 0; c < SOFTEN_N_CATEGORIES; c++)
    {
      g_autofree char *count = NULL;

      if (counts[c] == 0)
        continue;

      count = g_strdup_printf (ngettext ("%u session", "%u sessions", counts[c]), counts[c]);
      add_row (self->categories_list, soften_format_category (c), count);
    }
}

static void
show_recent (SoftenProgressPage *self, SoftenStats *stats)
{
  guint n = soften_stats_get_n_sessions (stats);

  clear_list (self->recent_list);

  for (guint i = n; i-- > 0 && n - i <= RECENT_ROWS;)
    {
      const SoftenSessionRecord *record = soften_stats_get_session (stats, i);
      g_autoptr (GDateTime)      when = g_date_time_new_from_unix_local (record->finished_at);
      g_autofree char           *date = soften_format_date_time (when);
      g_autofree char *length = soften_format_minutes ((gint64)record->seconds * G_USEC_PER_SEC);
      /* Translators: a recent session: when, then how long, e.g.
       * "Tuesday, 14:05 · About 3 minutes" */
      g_autofree char *line = g_strdup_printf (_("%s · %s"), date, length);

      add_row (self->recent_list, title_of (self, record->exercise_id), line);
    }
}

/* Says so when records of the history were left out: GSettings can be
 * written by anyone, and what could not have been recorded is not shown
 * (see soften-stats.c). */
static void
show_skipped (SoftenProgressPage *self, guint n_skipped)
{
  g_autofree char *note = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->skipped_label), n_skipped > 0);
  if (n_skipped == 0)
    return;

  note = g_strdup_printf (
      /* Translators: a note on the Progress page when records in the saved history are
       * damaged or impossible (an unknown exercise id, a date no calendar has, an answer
       * outside 0 to 10); %u is how many */
      ngettext ("%u record of your history could not be read, and is left out.",
                "%u records of your history could not be read, and are left out.", n_skipped),
      n_skipped);
  gtk_label_set_text (self->skipped_label, note);
}

/* Works the figures out again from the history. */
static void
refresh (SoftenProgressPage *self)
{
  g_autoptr (GTimeZone)   local = g_time_zone_new_local ();
  g_autoptr (GDateTime)   now = g_date_time_new_now (local);
  g_autoptr (SoftenStats) stats = NULL;

  if (self->progress == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  stats = soften_progress_dup_stats (self->progress, local, now);

  show_skipped (self, soften_stats_get_n_skipped (stats));
  gtk_stack_set_visible_child_name (self->content_stack,
                                    soften_stats_get_n_sessions (stats) > 0 ? "content" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.export",
                                 soften_stats_get_n_sessions (stats) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.clear",
                                 soften_stats_get_n_sessions (stats) > 0);

  show_figures (self, stats);
  show_heatmap (self, stats);
  _soften_progress_page_show_trend (self, stats);
  _soften_progress_page_show_zones (self, stats);
  show_changes (self, stats);
  show_categories (self, stats);
  show_recent (self, stats);
}

static void
export_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenProgressPage   *self = SOFTEN_PROGRESS_PAGE (widget);
  g_autoptr (GVariant)  history = soften_progress_dup_history (self->progress);
  g_autoptr (GTimeZone) local = g_time_zone_new_local ();
  g_autofree char      *csv = soften_history_to_csv (history, local);

  /* Translators: the suggested name of an exported history */
  soften_export_text (widget, _("Export History"), _("soften-history.csv"), csv);
}

static void
clear_response_cb (SoftenProgressPage *self, const char *response)
{
  if (g_strcmp0 (response, "clear") == 0 && self->progress != NULL)
    soften_progress_clear (self->progress);
}

static void
clear_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  g_autoptr (GtkBuilder) builder
      = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/soften-clear-history-dialog.ui");
  GtkWindow *dialog = GTK_WINDOW (gtk_builder_get_object (builder, "dialog"));

  gtk_window_set_transient_for (dialog, GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (clear_response_cb), widget,
                           G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

static void
soften_progress_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (soften_progress_page_parent_class)->map (widget);

  refresh (SOFTEN_PROGRESS_PAGE (widget));
}

static void
set_progress (SoftenProgressPage *self, SoftenProgress *progress)
{
  if (self->progress != NULL)
    g_signal_handlers_disconnect_by_data (self->progress, self);
  if (!g_set_object (&self->progress, progress))
    return;

  /* Follow the history while shown: a session may finish meanwhile. */
  if (progress != NULL)
    g_signal_connect_swapped (progress, "changed", G_CALLBACK (refresh), self);
  refresh (self);
}

static void
soften_progress_page_dispose (GObject *object)
{
  SoftenProgressPage *self = SOFTEN_PROGRESS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_PROGRESS_PAGE);
  set_progress (self, NULL);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (soften_progress_page_parent_class)->dispose (object);
}

static void
soften_progress_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenProgressPage *self = SOFTEN_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      g_value_set_object (value, self->progress);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_progress_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SoftenProgressPage *self = SOFTEN_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      set_progress (self, g_value_get_object (value));
      break;

    case PROP_LIBRARY:
      /* Where the titles of the exercises in the history are found. */
      g_set_object (&self->library, g_value_get_object (value));
      refresh (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_progress_page_class_init (SoftenProgressPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_progress_page_dispose;
  object_class->get_property = soften_progress_page_get_property;
  object_class->set_property = soften_progress_page_set_property;
  widget_class->map = soften_progress_page_map;

  properties[PROP_PROGRESS] = g_param_spec_object ("progress", NULL, NULL, SOFTEN_TYPE_PROGRESS,
                                                   G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIBRARY] = g_param_spec_object ("library", NULL, NULL, SOFTEN_TYPE_LIBRARY,
                                                  G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SOFTEN_TYPE_HEATMAP);
  g_type_ensure (SOFTEN_TYPE_TREND_CHART);
  g_type_ensure (SOFTEN_TYPE_ZONE_BAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, skipped_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, figures);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, heatmap);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, heatmap_summary);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, trend_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, trend);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, trend_summary);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, zones_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, zones_before_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, zones_before);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, zones_after_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, zones_after);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, zones_summary);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, changes_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, changes_list);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, categories_list);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, recent_list);

  gtk_widget_class_install_action (widget_class, "progress.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "progress.clear", NULL, clear_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.show-library", NULL);
}

static void
soften_progress_page_init (SoftenProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
