/* ui-test-helpers.h — driving the real window in tests: find, press, wait
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A UI test program runs one application (a D-Bus name can be exported
 * once per process) and gives every test a fresh start: every settings key
 * back to its default, no kept scripts on disk, a new window. main() is:
 *
 *   gtk_test_init (&argc, &argv, NULL);
 *   UI_TEST_ADD ("/soften/UNIT/CASE", test_case);
 *   ui_app_start ();
 *   return ui_app_run_tests ();
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-fake-clock.h"
#include "engine/soften-script-store-private.h"
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

/* How each test's window is made: pass one as the test's data, or NULL for
 * animations on and the window's usual size. */
typedef struct
{
  gboolean still; /* gtk-enable-animations off, as with "Reduce motion" */
  int      width; /* the window's size, or 0 for the one in the settings */
  int      height;
} FixtureOptions;

SoftenApplication *ui_app_start (void);
int                ui_app_run_tests (void);
void               reset_settings (GSettings *settings);
void               fixture_set_up (Fixture *f, gconstpointer options);
void               fixture_tear_down (Fixture *f, gconstpointer options);

#define UI_TEST_ADD_FULL(path, func, options) \
  g_test_add ((path), Fixture, (options), fixture_set_up, (func), fixture_tear_down)
#define UI_TEST_ADD(path, func) UI_TEST_ADD_FULL ((path), (func), NULL)

const char       *text_of (GtkTextBuffer *buffer);
void              iterate (void);
void              settle (Fixture *f);
void              advance (Fixture *f, gint64 usec);
gboolean          is_showing (GtkWidget *widget);
void              collect (GtkWidget *widget, GType type, GPtrArray *found);
GtkWidget        *find_label_in (GtkWidget *root, const char *text);
GtkWidget        *find_label (Fixture *f, const char *text);
GtkWidget        *find_widget (Fixture *f, GType type);
gboolean          shows_text (GtkWidget *widget, const char *text);
GtkWidget        *find_button (Fixture *f, const char *text);
GtkWidget        *find_row (Fixture *f, const char *title);
GtkWidget        *player (Fixture *f);
void              player_action (Fixture *f, const char *action);
void              press_key_combo (Fixture *f, guint modifier, guint keyval);
void              press_key (Fixture *f, guint keyval);
AdwMessageDialog *find_dialog (void);
void              answer_dialog (Fixture *f, const char *label);
SoftenSession    *start (Fixture *f, const char *id);
SoftenSession    *current_session (Fixture *f);
gboolean          presenting (Fixture *f);
void              show_page (Fixture *f, const char *name);
void              show_exercise (Fixture *f, SoftenExercise *exercise);
void              go_to_kind (Fixture *f, SoftenSession *session, SoftenStepKind kind);
void              finish (Fixture *f, const char *id);
guint             sessions_recorded (Fixture *f, const char *id);
GVariant         *last_response (Fixture *f, const char *key);
gboolean          transition_running (GtkWidget *widget);

G_END_DECLS
