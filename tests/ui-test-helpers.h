/* ui-test-helpers.h — driving the real window in tests: find, press, wait
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-fake-clock.h"
#include "soften-application-private.h"
#include "soften-practice-private.h"
#include "soften-window-private.h"

G_BEGIN_DECLS

#define SEC G_TIME_SPAN_SECOND

typedef struct
{
  SoftenApplication *app;
  SoftenClock       *clock;
  SoftenWindow      *window;
} Fixture;

const char * text_of (GtkTextBuffer *buffer);
void iterate (void);
void settle (Fixture *f);
void advance (Fixture *f, gint64 usec);
gboolean is_showing (GtkWidget *widget);
void collect (GtkWidget *widget, GType type, GPtrArray *found);
GtkWidget * find_label (Fixture *f, const char *text);
GtkWidget * find_widget (Fixture *f, GType type);
gboolean shows_text (GtkWidget *widget, const char *text);
GtkWidget * find_button (Fixture *f, const char *text);
GtkWidget * find_row (Fixture *f, const char *title);
GtkWidget * player (Fixture *f);
void player_action (Fixture *f, const char *action);
void press_key_combo (Fixture *f, guint modifier, guint keyval);
void press_key (Fixture *f, guint keyval);
AdwMessageDialog * find_dialog (void);
void answer_dialog (Fixture *f, const char *label);
SoftenSession * start (Fixture *f, const char *id);
SoftenSession * current_session (Fixture *f);
gboolean presenting (Fixture *f);
void show_page (Fixture *f, const char *name);
void show_exercise (Fixture *f, SoftenExercise *exercise);
void go_to_kind (Fixture *f, SoftenSession *session, SoftenStepKind kind);

G_END_DECLS
