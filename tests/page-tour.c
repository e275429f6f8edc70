/* page-tour.c — a visit to every page and every kind of step
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The library, an empty Progress and My Scripts, an exercise page and its
 * notes, ten exercises step by step (between them every kind of step, with
 * a check-in answered, a release confirmed and a script part filled in; at
 * each end, the completion page says what changed), the filled Progress
 * page, the leave dialog, Stop and Ground, Preferences and the presenter's
 * chooser. The checks are the caller's.
 */

#include "config.h"

#include "page-tour.h"

/* The visible top-level of @type, if any. */
GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }

  return NULL;
}

static void
check_window (Fixture *f, TourCheck check, gpointer data, const char *where)
{
  settle (f);
  check (f, GTK_WIDGET (f->window), where, data);
}

/* Runs @id to its end, checking every step on the way and after answers
 * that show more (suggestions, the release's confirmation, the sentence a
 * script part makes). */
static void
walk_exercise (Fixture *f, const char *id, TourCheck check, gpointer data)
{
  SoftenSession   *session = start (f, id);
  g_autofree char *done = g_strdup_printf ("%s, done", id);

  while (soften_session_is_active (session))
    {
      g_autofree char *where
          = g_strdup_printf ("%s, step %u", id, soften_session_get_step_index (session) + 1);
      g_autofree char *answered = g_strdup_printf ("%s, answered", where);
      SoftenStep      *step = soften_session_get_step (session);

      check_window (f, check, data, where);

      if (soften_step_get_kind (step) == SOFTEN_STEP_CHECK_IN
          && soften_step_get_measure (step) == SOFTEN_MEASURE_ZONE)
        {
          g_autoptr (GPtrArray) toggles = g_ptr_array_new ();

          collect (GTK_WIDGET (f->window), GTK_TYPE_TOGGLE_BUTTON, toggles);
          gtk_toggle_button_set_active (g_ptr_array_index (toggles, 0), TRUE);
          check_window (f, check, data, answered);
        }
      else if (soften_step_get_kind (step) == SOFTEN_STEP_CHECK_IN)
        {
          g_autofree char *key = soften_step_dup_response_key (step);

          /* 7 before and 3 after, for the completion page and Progress to
           * show a change (the scale itself is the player's to test). */
          soften_session_set_response (
              session, key, g_variant_new_int32 (g_str_has_suffix (key, "-before") ? 7 : 3));
        }
      else if (soften_step_get_kind (step) == SOFTEN_STEP_RELEASE)
        {
          g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

          collect (find_widget (f, g_type_from_name ("SoftenReleaseView")), GTK_TYPE_BUTTON,
                   buttons);
          g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
          check_window (f, check, data, answered);
        }
      else if (soften_step_get_kind (step) == SOFTEN_STEP_SCRIPT
               && soften_step_get_script_part (step) == SOFTEN_SCRIPT_PART_FEEL)
        {
          g_autoptr (GPtrArray) rows = g_ptr_array_new ();

          collect (GTK_WIDGET (f->window), GTK_TYPE_ENTRY, rows);
          gtk_editable_set_text (g_ptr_array_index (rows, 0), "x");
          gtk_editable_set_text (g_ptr_array_index (rows, 1), "y");
          check_window (f, check, data, answered);
        }
      else if (soften_step_get_kind (step) == SOFTEN_STEP_SCRIPT
               && soften_step_get_script_part (step) == SOFTEN_SCRIPT_PART_STEPPED_AWAY)
        {
          g_autoptr (GPtrArray) rows = g_ptr_array_new ();

          /* The one field of a repair script's part that is shown. */
          collect (GTK_WIDGET (f->window), GTK_TYPE_ENTRY, rows);
          for (guint i = 0; i < rows->len; i++)
            if (gtk_widget_is_visible (g_ptr_array_index (rows, i)))
              gtk_editable_set_text (g_ptr_array_index (rows, i), "z");
          check_window (f, check, data, answered);
        }

      player_action (f, "player.next");
    }

  check_window (f, check, data, done);
}

void
tour_every_page (Fixture *f, TourCheck check, gpointer data)
{
  static const char *const walks[] = {
    "box-breathing",
    "body-scan",
    "where-am-i",
    "forgiveness-ritual",
    "defenses-curiosity",
    "boundary-script",
    "before-i-check-again",
    "anger-has-a-message",
    "when-youre-pushed-away",
    "body-scan-long",
    "repair-after-a-fight",
    "forgiving-yourself",
    "noticing-safety",
    "letting-kindness-land",
    "together-listening",
  };
  AdwMessageDialog *dialog;
  GtkWindow        *window;

  check_window (f, check, data, "library");

  show_page (f, "progress");
  check_window (f, check, data, "progress, empty");
  show_page (f, "scripts");
  check_window (f, check, data, "my scripts, empty");

  show_exercise (
      f, soften_library_lookup (soften_application_get_library (f->app), "forgiveness-ritual"));
  check_window (f, check, data, "exercise page");
  gtk_widget_activate_action (find_widget (f, g_type_from_name ("SoftenExercisePage")),
                              "exercise.notes", NULL);
  settle (f);
  window = find_toplevel (g_type_from_name ("SoftenNotesWindow"));
  g_assert_nonnull (window);
  check (f, GTK_WIDGET (window), "notes", data);
  gtk_window_destroy (window);

  for (guint i = 0; i < G_N_ELEMENTS (walks); i++)
    walk_exercise (f, walks[i], check, data);

  /* After those, the progress page has every part to show. */
  show_page (f, "progress");
  check_window (f, check, data, "progress");

  /* Leaving asks: the dialog too. */
  start (f, "box-breathing");
  player_action (f, "player.leave");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  check (f, GTK_WIDGET (dialog), "leave dialog", data);
  adw_message_dialog_response (dialog, "stay");
  gtk_window_close (GTK_WINDOW (dialog));
  settle (f);
  player_action (f, "player.ground");
  check_window (f, check, data, "stop and ground");

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  settle (f);
  window = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (window);
  check (f, GTK_WIDGET (window), "preferences", data);
  gtk_window_destroy (window);

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present-chooser", NULL);
  check_window (f, check, data, "choosing what to present");
}
