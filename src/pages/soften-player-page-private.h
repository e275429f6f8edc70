/* soften-player-page-private.h — what the player page's files share
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * soften-player-page.c shows the practice's session; the actions and the
 * keys that drive it are in soften-player-page-actions.c.
 */

#pragma once

#include "soften-caution-card.h"
#include "soften-player-page.h"
#include "soften-practice.h"
#include "soften-presentation-overlay.h"
#include "soften-zoom.h"

G_BEGIN_DECLS

/* The exercise "Stop and ground" leads to. */
#define SOFTEN_GROUND_EXERCISE_ID "stop-and-ground"

struct _SoftenPlayerPage
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwWindowTitle            *window_title;
  GtkWidget                 *header_bar;
  GtkWidget                 *controls_box;
  GtkWidget                 *ground_box;
  SoftenZoom                *zoom;
  SoftenPresentationOverlay *overlay;
  GtkRevealer               *key_hints;
  GtkProgressBar            *progress_bar;
  GtkWidget                 *content_box;
  SoftenCautionCard         *caution_card;
  GtkLabel                  *text_label;
  GtkStack                  *view_stack;
  GtkStack                  *status_stack;
  GtkLabel                  *countdown_label;
  GtkLabel                  *paused_label;
  GtkWidget                 *pause_button;
  GtkWidget                 *continue_button;

  /* Owned */
  SoftenPractice   *practice;
  GSignalGroup     *session_signals;
  AdwMessageDialog *leave_dialog;
  gboolean          resume_after_leave_dialog;
};

/* soften-player-page.c */
SoftenSession *soften_player_page_get_session (SoftenPlayerPage *self);
gboolean       soften_player_page_presenting (SoftenPlayerPage *self);

/* soften-player-page-actions.c */
void soften_player_page_class_add_actions (GtkWidgetClass *widget_class);
void soften_player_page_add_shortcuts (SoftenPlayerPage *self);
void soften_player_page_update_actions (SoftenPlayerPage *self);
void soften_player_page_close_leave_dialog (SoftenPlayerPage *self);

G_END_DECLS
