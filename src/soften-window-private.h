/* soften-window-private.h — what the files of SoftenWindow share, and what tests ask
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SoftenWindow is written in two files: soften-window.c (its pages, and
 * how they follow the practice) and soften-window-actions.c (the win.*
 * actions that move between them).
 */

#pragma once

#include "engine/soften-contact-store.h"
#include "soften-exercise-page.h"
#include "soften-library-page.h"
#include "soften-practice.h"
#include "soften-window.h"

G_BEGIN_DECLS

struct _SoftenWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  GtkStack          *stack;
  AdwLeaflet        *leaflet;
  SoftenLibraryPage *library_page;

  /* The other pages, made by soften_window_ensure_pages() */
  SoftenExercisePage *exercise_page;
  GtkWidget          *player_page;
  GtkWidget          *completion_page;

  /* Given at construction */
  GSettings          *settings;
  SoftenLibrary      *library;
  SoftenProgress     *progress;
  SoftenScriptStore  *scripts;
  char               *scripts_problem;
  SoftenContactStore *contacts;
  char               *contacts_problem;
  SoftenPractice     *practice;

  gboolean was_fullscreen;
  guint    after_first_frame_id;
};

/* soften-window.c */
void soften_window_ensure_pages (SoftenWindow *self);
void soften_window_show_browse_page (SoftenWindow *self, const char *name);

/* soften-window-actions.c */
void soften_window_class_add_actions (GtkWidgetClass *widget_class);
void soften_window_add_actions (SoftenWindow *self);

/* For tests */
const char *soften_window_get_page_name (SoftenWindow *self);
GtkWidget  *soften_window_get_page (SoftenWindow *self, const char *name);

G_END_DECLS
