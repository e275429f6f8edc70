/* soften-progress-page-private.h — what the files of the Progress page share
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "engine/soften-stats.h"
#include "soften-heatmap.h"
#include "soften-progress-page.h"
#include "soften-trend-chart.h"
#include "soften-zone-bar.h"

G_BEGIN_DECLS

/* How many of the latest sessions with a check-in the charts show. */
#define SOFTEN_PROGRESS_CHART_SESSIONS 20

struct _SoftenProgressPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel         *skipped_label;
  GtkStack         *content_stack;
  GtkFlowBox       *figures;
  SoftenHeatmap    *heatmap;
  GtkLabel         *heatmap_summary;
  GtkWidget        *trend_box;
  SoftenTrendChart *trend;
  GtkLabel         *trend_summary;
  GtkWidget        *zones_box;
  GtkWidget        *zones_before_label;
  SoftenZoneBar    *zones_before;
  GtkWidget        *zones_after_label;
  SoftenZoneBar    *zones_after;
  GtkLabel         *zones_summary;
  GtkWidget        *changes_box;
  GtkListBox       *changes_list;
  GtkListBox       *categories_list;
  GtkListBox       *recent_list;

  /* Owned */
  SoftenProgress *progress;
  SoftenLibrary  *library;
};

/* soften-progress-page-check-ins.c */
void  _soften_progress_page_show_trend (SoftenProgressPage *self, SoftenStats *stats);
void  _soften_progress_page_show_zones (SoftenProgressPage *self, SoftenStats *stats);
char *_soften_progress_page_describe_tension (const SoftenTensionSummary *summary);
char *_soften_progress_page_describe_zones (const SoftenZoneCounts *counts);

G_END_DECLS
