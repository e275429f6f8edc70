/* ui-test-helpers.c — driving the real window in tests: find, press, wait
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>

#include "ui-test-helpers.h"

/* The program's one application, and the clock its sessions run on. */
static SoftenApplication *the_app;
static SoftenClock       *the_clock;

const char *
text_of (GtkTextBuffer *buffer)
{
  GtkTextIter  start, end;
  static char *text;

  g_free (text);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);

  return text;
}

void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Lets GTK lay out and draw, so that what is checked is what is shown. */
void
settle (Fixture *f)
{
  iterate ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  iterate ();
}

void
advance (Fixture *f, gint64 usec)
{
  soften_fake_clock_advance (SOFTEN_FAKE_CLOCK (f->clock), usec);
  iterate ();
}

/* Is @widget on screen: visible, mapped, with its ancestors? */
gboolean
is_showing (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_child_visible (widget);
}

void
collect (GtkWidget *widget, GType type, GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && is_showing (widget))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/* The visible label in @root showing exactly @text, or NULL. */
GtkWidget *
find_label_in (GtkWidget *root, const char *text)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);

  return NULL;
}

/* The visible label in the window showing exactly @text, or NULL. */
GtkWidget *
find_label (Fixture *f, const char *text)
{
  return find_label_in (GTK_WIDGET (f->window), text);
}

GtkWidget *
find_widget (Fixture *f, GType type)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  collect (GTK_WIDGET (f->window), type, found);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* Does @widget, or a label inside it, show @text? */
gboolean
shows_text (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;

  return FALSE;
}

/* The visible button that says @text. */
GtkWidget *
find_button (Fixture *f, const char *text)
{
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (f->window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (shows_text (g_ptr_array_index (buttons, i), text))
      return g_ptr_array_index (buttons, i);

  return NULL;
}

GtkWidget *
find_row (Fixture *f, const char *title)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  collect (GTK_WIDGET (f->window), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);

  return NULL;
}

/* The player page: where the session's actions live. */
GtkWidget *
player (Fixture *f)
{
  GtkWidget *page = find_widget (f, g_type_from_name ("SoftenPlayerPage"));

  /* A transition to it may still be under way on a slow run (valgrind):
   * give it frames, not time. */
  for (guint frame = 0; page == NULL && frame < 200; frame++)
    {
      settle (f);
      page = find_widget (f, g_type_from_name ("SoftenPlayerPage"));
    }

  g_assert_nonnull (page);
  return page;
}

void
player_action (Fixture *f, const char *action)
{
  g_assert_true (gtk_widget_activate_action (player (f), action, NULL));
  settle (f);
}

/* A real key press and release, with a modifier held or 0, through the X
 * server. */
void
press_key_combo (Fixture *f, guint modifier, guint keyval)
{
  Display *display = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (f->window)));
  KeyCode  code = XKeysymToKeycode (display, keyval);
  KeyCode  mod_code = modifier ? XKeysymToKeycode (display, modifier) : 0;

  /* Keys go to the window with the focus. When a dialog closes there is no
   * window manager here to give it back, so take it, as one would. */
  if (find_dialog () == NULL)
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window));

      XSetInputFocus (display, gdk_x11_surface_get_xid (surface), RevertToPointerRoot, CurrentTime);
    }
  XSync (display, False);
  iterate ();

  if (mod_code)
    XTestFakeKeyEvent (display, mod_code, True, CurrentTime);
  XTestFakeKeyEvent (display, code, True, CurrentTime);
  XTestFakeKeyEvent (display, code, False, CurrentTime);
  if (mod_code)
    XTestFakeKeyEvent (display, mod_code, False, CurrentTime);
  XFlush (display);

  /* Wait for GTK to receive and handle both events. */
  for (guint i = 0; i < 20; i++)
    {
      XSync (display, False);
      g_main_context_iteration (NULL, FALSE);
    }
  if (gtk_application_get_windows (GTK_APPLICATION (f->app)) != NULL)
    settle (f);
}

void
press_key (Fixture *f, guint keyval)
{
  press_key_combo (f, 0, keyval);
}

AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

/* Clicks the dialog's button that says @label, as a person would: the
 * dialog answers and closes. */
void
answer_dialog (Fixture *f, const char *label)
{
  AdwMessageDialog     *dialog = find_dialog ();
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget            *button = NULL;

  g_assert_nonnull (dialog);
  collect (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (shows_text (g_ptr_array_index (buttons, i), label))
      button = g_ptr_array_index (buttons, i);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  settle (f);
  g_assert_null (find_dialog ());
}

SoftenSession *
start (Fixture *f, const char *id)
{
  SoftenSession *session;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "start", g_variant_new_string (id));
  settle (f);
  session = current_session (f);
  g_assert_nonnull (session);
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (session)), ==, id);

  return session;
}

void
go_to_kind (Fixture *f, SoftenSession *session, SoftenStepKind kind)
{
  while (soften_step_get_kind (soften_session_get_step (session)) != kind)
    {
      g_assert_true (soften_session_is_active (session));
      player_action (f, "player.next");
    }
}

/* Returns: (transfer none) (nullable): the session the practice holds */
SoftenSession *
current_session (Fixture *f)
{
  return soften_practice_get_session (soften_application_get_practice (f->app));
}

gboolean
presenting (Fixture *f)
{
  return soften_practice_get_presenting (soften_application_get_practice (f->app));
}

/* Goes to a page, as its button or menu item does (win.show-NAME). */
void
show_page (Fixture *f, const char *name)
{
  g_autofree char *action = g_strconcat ("win.show-", name, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
  settle (f);
}

void
show_exercise (Fixture *f, SoftenExercise *exercise)
{
  g_assert_nonnull (exercise);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-exercise", "s",
                                             soften_exercise_get_id (exercise)));
  settle (f);
}

/* Runs @id to its end, pressing Next through every step. */
void
finish (Fixture *f, const char *id)
{
  SoftenSession *session = start (f, id);

  while (soften_session_is_active (session))
    player_action (f, "player.next");
}

/* How many finished sessions of @id the progress holds. */
guint
sessions_recorded (Fixture *f, const char *id)
{
  guint sessions = 0;

  soften_progress_get_completions (soften_application_get_progress (f->app), id, &sessions, NULL,
                                   NULL);
  return sessions;
}

/* Returns: (transfer full) (nullable): the most recent history entry's
 * answer for @key */
GVariant *
last_response (Fixture *f, const char *key)
{
  GSettings           *settings = soften_application_get_settings (f->app);
  g_autoptr (GVariant) history = g_settings_get_value (settings, "history");
  g_autoptr (GVariant) entry = NULL;
  g_autoptr (GVariant) answers = NULL;

  if (g_variant_n_children (history) == 0)
    return NULL;

  entry = g_variant_get_child_value (history, g_variant_n_children (history) - 1);
  answers = g_variant_get_child_value (entry, 3);

  return g_variant_lookup_value (answers, key, NULL);
}

/* Whether a stack in @widget is still crossfading. */
gboolean
transition_running (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (transition_running (child))
      return TRUE;

  return FALSE;
}

/**
 * ui_app_start:
 *
 * Makes the program's application, on a fake clock, and registers it. It
 * is held, so that closing the last window ends nothing. Call it once,
 * after adding the tests.
 *
 * Returns: (transfer none): the application
 */
SoftenApplication *
ui_app_start (void)
{
  g_autoptr (GError) error = NULL;

  g_assert_null (the_app);

  the_app = soften_application_new (G_APPLICATION_NON_UNIQUE);
  the_clock = soften_fake_clock_new ();
  soften_application_set_clock (the_app, the_clock);
  g_application_register (G_APPLICATION (the_app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (the_app));

  return the_app;
}

/* Runs the tests, then lets the application go. */
int
ui_app_run_tests (void)
{
  int status;

  g_assert_nonnull (the_app);

  status = g_test_run ();

  g_application_release (G_APPLICATION (the_app));
  g_clear_object (&the_app);
  g_clear_object (&the_clock);

  return status;
}

/* Puts every key of @settings' schema back to its default. */
void
reset_settings (GSettings *settings)
{
  g_autoptr (GSettingsSchema) schema = NULL;
  g_auto (GStrv)              keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  g_assert_nonnull (keys[0]);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr (GVariant) left = NULL;

      g_settings_reset (settings, keys[i]);
      left = g_settings_get_user_value (settings, keys[i]);
      g_assert_null (left);
    }
}

/* No kept scripts: neither the file nor the store that reads it. */
static void
forget_kept_scripts (SoftenScriptStore *store)
{
  g_autoptr (GError) error = NULL;

  if (!g_file_delete (soften_script_store_get_file (store), NULL, &error))
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  soften_script_store_load (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
}

/* No people to reach from Help Now. */
static void
forget_people (SoftenContactStore *store)
{
  while (g_list_model_get_n_items (G_LIST_MODEL (store)) > 0)
    {
      g_autoptr (SoftenContact) contact = g_list_model_get_item (G_LIST_MODEL (store), 0);
      g_autoptr (GError)        error = NULL;

      soften_contact_store_remove (store, soften_contact_get_id (contact), &error);
      g_assert_no_error (error);
    }
}

/**
 * fixture_set_up:
 * @options: (nullable): a #FixtureOptions
 *
 * A fresh start for each test: every settings key at its default, no kept
 * scripts and no people to reach, animations as asked, and the window opened as at start-up and
 * drawn.
 */
void
fixture_set_up (Fixture *f, gconstpointer options)
{
  const FixtureOptions *opts = options;

  g_assert_nonnull (the_app);
  f->app = the_app;
  f->clock = the_clock;

  reset_settings (soften_application_get_settings (f->app));
  forget_kept_scripts (soften_application_get_scripts (f->app));
  forget_people (soften_application_get_contacts (f->app));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", opts == NULL || !opts->still,
                NULL);

  g_application_activate (G_APPLICATION (f->app));
  f->window = SOFTEN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (f->app)));
  g_assert_nonnull (f->window);
  if (opts != NULL && opts->width > 0)
    gtk_window_set_default_size (GTK_WINDOW (f->window), opts->width, opts->height);
  settle (f);
}

/* Lets a crossfade finish, as a person's would, closes every window, and
 * puts away any session the test left under way. */
void
fixture_tear_down (Fixture *f, gconstpointer options)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (f->app));
  GList     *windows = NULL;

  for (guint frame = 0; active != NULL && frame < 500 && transition_running (GTK_WIDGET (active));
       frame++)
    {
      iterate ();
      gtk_test_widget_wait_for_draw (GTK_WIDGET (active));
    }

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (f->app)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  iterate ();

  soften_practice_leave (soften_application_get_practice (f->app));
  iterate ();
}
