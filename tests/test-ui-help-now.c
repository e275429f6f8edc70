/* test-ui-help-now.c — Help Now: one key from anywhere, people, lines
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs in this process on a fake clock; each test gets
 * fresh settings, no kept scripts and no people to reach, and a new window
 * (tests/ui-test-helpers.c). Keys are pressed for real through XTest.
 */

#include "config.h"

#include <sys/prctl.h>

#include "ui-test-helpers.h"

static void
press_help_now (Fixture *f)
{
  press_key_combo (f, GDK_KEY_Alt_L, GDK_KEY_h);
  settle (f);
}

/* Alt+H opens Help Now from the list, an exercise's page, a session under
 * way (which is left, and not counted) and a presentation (which ends). */
static void
test_one_key_from_everywhere (Fixture *f, gconstpointer data)
{
  SoftenLibrary *library = soften_application_get_library (f->app);

  g_assert_nonnull (find_button (f, "Help Now"));
  press_help_now (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "help-now");
  g_assert_nonnull (find_label (f, "When the Alarm Is About Now"));

  show_exercise (f, soften_library_lookup (library, "body-scan"));
  press_help_now (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "help-now");

  start (f, "box-breathing");
  advance (f, 3 * SEC);
  press_help_now (f);
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "help-now");
  g_assert_null (current_session (f));
  g_assert_cmpuint (sessions_recorded (f, "box-breathing"), ==, 0);

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present",
                                  g_variant_new_string ("box-breathing"));
  settle (f);
  g_assert_true (presenting (f));
  g_assert_nonnull (find_label (f, "Alt+H: Help Now"));
  press_help_now (f);
  g_assert_false (presenting (f));
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "help-now");

  /* Stop and Ground, at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (find_button (f, "Stop and Ground")),
                                             "app.start", "s", "stop-and-ground"));
  settle (f);
  g_assert_cmpstr (soften_exercise_get_id (soften_session_get_exercise (current_session (f))), ==,
                   "stop-and-ground");
}

static AdwEntryRow *
dialog_entry (const char *title)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  collect (GTK_WIDGET (find_dialog ()), ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title))
      return g_ptr_array_index (rows, i);

  g_assert_not_reached ();
}

/* People are added, changed and removed by the person only, kept on disk,
 * and a name and number are asked for before they can be saved. */
static void
test_people (Fixture *f, gconstpointer data)
{
  SoftenContactStore       *contacts = soften_application_get_contacts (f->app);
  g_autoptr (SoftenContact) kept = NULL;
  GtkWidget                *row;

  show_page (f, "help-now");
  g_assert_nonnull (find_label (f,
                                "No one yet. Add a friend, someone in your family, or a "
                                "therapist: whoever you would want to hear from on a hard day."));

  g_assert_true (gtk_widget_activate_action (soften_window_get_page (f->window, "help-now"),
                                             "help-now.add-contact", NULL));
  settle (f);
  g_assert_nonnull (find_dialog ());
  g_assert_false (adw_message_dialog_get_response_enabled (find_dialog (), "save"));
  /* The people one reaches are private: no emoji chooser (recent emoji go
   * to dconf), and no core dump while the dialog shows. */
  for (guint i = 0; i < 2; i++)
    {
      GtkInputHints hints;

      g_object_get (gtk_editable_get_delegate (GTK_EDITABLE (dialog_entry (i ? "Number" : "Name"))),
                    "input-hints", &hints, NULL);
      g_assert_true (hints & GTK_INPUT_HINT_NO_EMOJI);
    }
  g_assert_cmpint (prctl (PR_GET_DUMPABLE, 0, 0, 0, 0), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (dialog_entry ("Name")), "Sam");
  gtk_editable_set_text (GTK_EDITABLE (dialog_entry ("Number")), "call me");
  settle (f);
  g_assert_false (adw_message_dialog_get_response_enabled (find_dialog (), "save"));
  g_assert_nonnull (find_label_in (GTK_WIDGET (find_dialog ()),
                                   "A number has digits, and may have spaces and + ( ) - in it."));

  gtk_editable_set_text (GTK_EDITABLE (dialog_entry ("Number")), "+44 20 7946 0000");
  settle (f);
  g_assert_true (adw_message_dialog_get_response_enabled (find_dialog (), "save"));
  answer_dialog (f, "Save");
  g_assert_cmpint (prctl (PR_GET_DUMPABLE, 0, 0, 0, 0), ==, 1);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (contacts)), ==, 1);
  row = find_row (f, "Sam");
  g_assert_nonnull (row);

  /* Changed: the same person, with another number. */
  g_signal_emit_by_name (row, "activate");
  settle (f);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_entry ("Name"))), ==, "Sam");
  gtk_editable_set_text (GTK_EDITABLE (dialog_entry ("Number")), "0800 111 0 111");
  settle (f);
  answer_dialog (f, "Save");
  kept = g_list_model_get_item (G_LIST_MODEL (contacts), 0);
  g_assert_cmpstr (soften_contact_get_number (kept), ==, "0800 111 0 111");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (contacts)), ==, 1);

  g_signal_emit_by_name (find_row (f, "Sam"), "activate");
  settle (f);
  answer_dialog (f, "Remove");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (contacts)), ==, 0);
}

/* The lines are those of where the person is, chosen or from the locale;
 * somewhere not listed gets an emergency number and a directory. */
static void
test_lines_for_where_you_are (Fixture *f, gconstpointer data)
{
  GSettings            *settings = soften_application_get_settings (f->app);
  AdwComboRow          *place;
  g_autoptr (GPtrArray) combos = g_ptr_array_new ();
  g_autofree char      *region = NULL;

  g_settings_set_string (settings, "help-region", "GB");
  show_page (f, "help-now");
  g_assert_nonnull (find_label (f, "In danger right now: call 999 · 112"));
  g_assert_nonnull (find_label (f, "Samaritans"));
  g_assert_nonnull (find_label (f, "Call 116 123"));

  collect (GTK_WIDGET (f->window), ADW_TYPE_COMBO_ROW, combos);
  g_assert_cmpuint (combos->len, ==, 1);
  place = g_ptr_array_index (combos, 0);
  adw_combo_row_set_selected (place,
                              g_list_model_get_n_items (adw_combo_row_get_model (place)) - 1);
  settle (f);
  g_assert_nonnull (find_label (f, "In danger right now: call 112"));
  g_assert_nonnull (find_row (f, "Find A Helpline"));
  g_assert_null (find_label (f, "Samaritans"));
  region = g_settings_get_string (settings, "help-region");
  g_assert_cmpstr (region, ==, "-");
}

/* A number leaves the page only when the person copies it. */
static void
test_copy_number (Fixture *f, gconstpointer data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->window));
  GValue        value = G_VALUE_INIT;

  g_settings_set_string (soften_application_get_settings (f->app), "help-region", "DE");
  show_page (f, "help-now");
  g_assert_nonnull (find_label (f, "Call 116 016"));
  g_assert_true (gtk_widget_activate_action (soften_window_get_page (f->window, "help-now"),
                                             "help-now.copy-number", "s", "116 016"));
  settle (f);

  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (
      gdk_content_provider_get_value (gdk_clipboard_get_content (clipboard), &value, NULL));
  g_assert_cmpstr (g_value_get_string (&value), ==, "116 016");
  g_value_unset (&value);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-help-now/one-key-from-everywhere", test_one_key_from_everywhere);
  UI_TEST_ADD ("/soften/ui-help-now/people", test_people);
  UI_TEST_ADD ("/soften/ui-help-now/lines-for-where-you-are", test_lines_for_where_you_are);
  UI_TEST_ADD ("/soften/ui-help-now/copy-number", test_copy_number);

  ui_app_start ();

  return ui_app_run_tests ();
}
