/* soften-progress-page.c — what a person has practised, shown honestly
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything is worked out from the recorded history by SoftenStats, in
 * the person's time zone, each time the page is shown or the history
 * changes. Figures use the locale's numbers and plural forms; the charts
 * carry a summary in words for screen readers and for anyone who prefers
 * words. Clearing asks first; exporting writes CSV where the person chose.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "engine/soften-stats.h"
#include "soften-export.h"
#include "soften-format.h"
#include "soften-heatmap.h"
#include "soften-progress-page.h"
#include "soften-trend-chart.h"

#define TREND_POINTS 20
#define RECENT_ROWS  5

struct _SoftenProgressPage
{
  AdwBin            parent_instance;

  /* Template widgets */
  GtkStack         *content_stack;
  GtkFlowBox       *figures;
  SoftenHeatmap    *heatmap;
  GtkLabel         *heatmap_summary;
  GtkWidget        *trend_box;
  SoftenTrendChart *trend;
  GtkLabel         *trend_summary;
  GtkWidget        *changes_box;
  GtkListBox       *changes_list;
  GtkListBox       *categories_list;
  GtkListBox       *recent_list;

  /* Owned */
  SoftenProgress   *progress;
  SoftenLibrary    *library;
  GSettings        *settings;
};

G_DEFINE_FINAL_TYPE (SoftenProgressPage, soften_progress_page, ADW_TYPE_BIN)

enum {
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 "title", title,
                                 "subtitle", subtitle,
                                 "use-markup", FALSE,
                                 NULL);

  gtk_list_box_append (list, row);
}

static void
add_figure (SoftenProgressPage *self,
            guint64             value,
            const char         *caption)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *number = g_strdup_printf ("%'" G_GUINT64_FORMAT, value);
  GtkWidget *value_label = gtk_label_new (number);
  GtkWidget *caption_label = gtk_label_new (caption);
  g_autofree char *spoken = g_strdup_printf ("%s %s", number, caption);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "figure");
  gtk_widget_add_css_class (value_label, "title-1");
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_widget_add_css_class (caption_label, "caption");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (caption_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (caption_label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (card), value_label);
  gtk_box_append (GTK_BOX (card), caption_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_flow_box_append (self->figures, card);
}

static const char *
title_of (SoftenProgressPage *self,
          const char         *id)
{
  SoftenExercise *exercise = self->library != NULL ? soften_library_lookup (self->library, id) : NULL;

  /* An exercise that is gone (a file removed) is still named by its id. */
  return exercise != NULL ? soften_exercise_get_title (exercise) : id;
}

static void
show_figures (SoftenProgressPage *self,
              SoftenStats        *stats)
{
  guint sessions = soften_stats_get_n_sessions (stats);
  guint minutes = (soften_stats_get_total_seconds (stats) + 30) / 60;
  guint current = soften_stats_get_current_streak (stats);
  guint longest = soften_stats_get_longest_streak (stats);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures))) != NULL)
    gtk_flow_box_remove (self->figures, child);

  /* Translators: under a number on the Progress page */
  add_figure (self, sessions, ngettext ("session", "sessions", sessions));
  /* Translators: under a number on the Progress page */
  add_figure (self, minutes, ngettext ("minute", "minutes", minutes));
  /* Translators: under a number on the Progress page: days in a row up to today */
  add_figure (self, current, ngettext ("day in a row now", "days in a row now", current));
  /* Translators: under a number on the Progress page: the most days in a row ever */
  add_figure (self, longest, ngettext ("day in a row at most", "days in a row at most", longest));
}

static void
show_heatmap (SoftenProgressPage *self,
              SoftenStats        *stats,
              GDateTime          *now)
{
  guint counts[SOFTEN_HEATMAP_DAYS];
  guint sessions = 0;
  guint days = soften_stats_get_active_days (stats, SOFTEN_HEATMAP_DAYS);
  g_autofree char *summary = NULL;
  g_autofree char *sessions_text = NULL;

  soften_stats_get_day_counts (stats, SOFTEN_HEATMAP_DAYS, counts);
  for (guint i = 0; i < SOFTEN_HEATMAP_DAYS; i++)
    sessions += counts[i];

  soften_heatmap_set_counts (self->heatmap, counts, g_date_time_get_day_of_week (now));

  /* Translators: the first half of the calendar's summary, e.g. "12 sessions" */
  sessions_text = g_strdup_printf (ngettext ("%u session", "%u sessions", sessions), sessions);
  /* Translators: a summary of the calendar of the last 12 weeks; %1$s is
   * "12 sessions", %2$u a number of days */
  summary = g_strdup_printf (ngettext ("%1$s in the last 12 weeks, on %2$u day.",
                                       "%1$s in the last 12 weeks, on %2$u different days.", days),
                             sessions_text, days);
  gtk_label_set_text (self->heatmap_summary, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heatmap),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);
}

static void
show_trend (SoftenProgressPage *self,
            SoftenStats        *stats)
{
  g_autoptr(GArray) trend = soften_stats_get_tension_trend (stats, TREND_POINTS);
  g_autofree char *summary = NULL;
  guint eased = 0;
  double mean = 0;

  gtk_widget_set_visible (self->trend_box, trend->len > 0);
  if (trend->len == 0)
    return;

  for (guint i = 0; i < trend->len; i++)
    {
      int change = g_array_index (trend, int, i);

      eased += change < 0;
      mean += change;
    }
  mean /= trend->len;

  soften_trend_chart_set_values (self->trend, trend);
  /* Translators: a summary of the chart of tension before and after; %1$u
   * and %2$u are counts of sessions, %3$.1f the average change in points */
  summary = g_strdup_printf (ngettext ("Tension eased in %1$u of the last %2$u session with a check-in before and after; on average it changed by %3$.1f points.",
                                       "Tension eased in %1$u of the last %2$u sessions with a check-in before and after; on average it changed by %3$.1f points.",
                                       trend->len),
                             eased, trend->len, mean);
  gtk_label_set_text (self->trend_summary, summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->trend),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);
}

static void
show_changes (SoftenProgressPage *self,
              SoftenStats        *stats)
{
  g_autoptr(GArray) changes = soften_stats_get_changes (stats);

  clear_list (self->changes_list);
  gtk_widget_set_visible (self->changes_box, changes->len > 0);

  for (guint i = 0; i < changes->len; i++)
    {
      const SoftenChange *change = &g_array_index (changes, SoftenChange, i);
      g_autofree char *line = NULL;

      if (g_str_equal (change->measure, "comfort"))
        /* Translators: average check-ins, e.g. "Comfort 4.0 → 6.5, over 3 sessions" */
        line = g_strdup_printf (ngettext ("Comfort %.1f → %.1f, over %u session",
                                          "Comfort %.1f → %.1f, over %u sessions", change->n_sessions),
                                change->mean_before, change->mean_after, change->n_sessions);
      else
        /* Translators: average check-ins, e.g. "Tension 7.0 → 4.0, over 3 sessions" */
        line = g_strdup_printf (ngettext ("Tension %.1f → %.1f, over %u session",
                                          "Tension %.1f → %.1f, over %u sessions", change->n_sessions),
                                change->mean_before, change->mean_after, change->n_sessions);

      add_row (self->changes_list, title_of (self, change->exercise_id), line);
    }
}

static void
show_categories (SoftenProgressPage *self,
                 SoftenStats        *stats)
{
  guint counts[SOFTEN_N_CATEGORIES] = { 0 };

  clear_list (self->categories_list);

  for (guint i = 0; i < soften_stats_get_n_sessions (stats); i++)
    {
      const SoftenSessionRecord *record = soften_stats_get_session (stats, i);
      SoftenExercise *exercise = self->library ? soften_library_lookup (self->library, record->exercise_id) : NULL;

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
show_recent (SoftenProgressPage *self,
             SoftenStats        *stats)
{
  guint n = soften_stats_get_n_sessions (stats);

  clear_list (self->recent_list);

  for (guint i = n; i-- > 0 && n - i <= RECENT_ROWS;)
    {
      const SoftenSessionRecord *record = soften_stats_get_session (stats, i);
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (record->finished_at);
      g_autofree char *date = soften_format_date_time (when);
      g_autofree char *length = soften_format_minutes ((gint64)record->seconds * G_USEC_PER_SEC);
      /* Translators: a recent session: when, then how long, e.g. "Tuesday, 14:05 · About 3 minutes" */
      g_autofree char *line = g_strdup_printf (_("%s · %s"), date, length);

      add_row (self->recent_list, title_of (self, record->exercise_id), line);
    }
}

/**
 * soften_progress_page_refresh:
 *
 * Works the figures out again from the history.
 */
void
soften_progress_page_refresh (SoftenProgressPage *self)
{
  g_autoptr(GVariant) history = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new_now (local);
  g_autoptr(SoftenStats) stats = NULL;

  g_return_if_fail (SOFTEN_IS_PROGRESS_PAGE (self));

  if (self->progress == NULL)
    return;

  history = soften_progress_dup_history (self->progress);
  stats = soften_stats_new (history, local, now);

  gtk_stack_set_visible_child_name (self->content_stack,
                                    soften_stats_get_n_sessions (stats) > 0 ? "content" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.export", soften_stats_get_n_sessions (stats) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.clear", soften_stats_get_n_sessions (stats) > 0);

  show_figures (self, stats);
  show_heatmap (self, stats, now);
  show_trend (self, stats);
  show_changes (self, stats);
  show_categories (self, stats);
  show_recent (self, stats);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[BACK], 0);
}

static void
exported_cb (const GError *error,
             gpointer      user_data)
{
  if (error != NULL)
    soften_export_show_failure (GTK_WIDGET (user_data), _("The History Could Not Be Exported"), error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SoftenProgressPage *self = SOFTEN_PROGRESS_PAGE (widget);
  g_autoptr(GVariant) history = soften_progress_dup_history (self->progress);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *csv = soften_history_to_csv (history, local);

  /* Translators: the suggested name of an exported history */
  soften_export_text (widget, _("Export History"), _("soften-history.csv"), csv, exported_cb, self);
}

static void
clear_response_cb (SoftenProgressPage *self,
                   const char         *response)
{
  if (g_strcmp0 (response, "clear") == 0)
    {
      soften_progress_clear (self->progress);
      soften_progress_page_refresh (self);
    }
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SoftenProgressPage *self = SOFTEN_PROGRESS_PAGE (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Clear History?"),
                                   _("Every recorded session and every total will be forgotten. This cannot be undone. Your kept scripts stay."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "clear", _("_Clear History"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "clear", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (clear_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
soften_progress_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (soften_progress_page_parent_class)->map (widget);

  soften_progress_page_refresh (SOFTEN_PROGRESS_PAGE (widget));
}

static void
soften_progress_page_dispose (GObject *object)
{
  SoftenProgressPage *self = (SoftenProgressPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->progress);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (soften_progress_page_parent_class)->dispose (object);
}

static void
soften_progress_page_class_init (SoftenProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_progress_page_dispose;
  widget_class->map = soften_progress_page_map;

  /* The person wants to go back to the list of exercises. */
  signals[BACK] =
    g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SOFTEN_TYPE_HEATMAP);
  g_type_ensure (SOFTEN_TYPE_TREND_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, figures);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, heatmap);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, heatmap_summary);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, trend_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, trend);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, trend_summary);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, changes_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, changes_list);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, categories_list);
  gtk_widget_class_bind_template_child (widget_class, SoftenProgressPage, recent_list);

  gtk_widget_class_install_action (widget_class, "progress.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "progress.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "progress.clear", NULL, clear_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "progress.back", NULL);
}

static void
soften_progress_page_init (SoftenProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
soften_progress_page_setup (SoftenProgressPage *self,
                            SoftenProgress     *progress,
                            SoftenLibrary      *library)
{
  g_return_if_fail (SOFTEN_IS_PROGRESS_PAGE (self));
  g_return_if_fail (SOFTEN_IS_PROGRESS (progress));
  g_return_if_fail (SOFTEN_IS_LIBRARY (library));

  g_set_object (&self->progress, progress);
  g_set_object (&self->library, library);

  /* Follow the history while shown: a session may finish meanwhile. */
  g_clear_object (&self->settings);
  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::history",
                           G_CALLBACK (soften_progress_page_refresh), self, G_CONNECT_SWAPPED);
  /* GSettings says "changed" only for keys that were read. */
  g_variant_unref (g_settings_get_value (self->settings, "history"));
}
