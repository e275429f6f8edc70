/* soften-window-actions.c — the window's actions: moving between its pages
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   win.show-library          the list of exercises (the Practice view)
 *   win.show-exercise(s)      an exercise's page
 *   win.show-progress         the Progress view, beside Practice
 *   win.show-scripts          the My Scripts view, beside Practice
 *   win.show-problems         the files that could not be read
 *   win.learn(s)              a learn card, over the window
 *   win.show-help-now         Help Now, leaving whatever was under way
 *   win.stop-and-ground       Stop and Ground, from any page (Alt+G)
 *   win.choose-to-present     the list, to choose what to present
 *   win.toast(s)              a failure, told
 *   win.show-help-overlay     the shortcuts window (Ctrl+?)
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-learn-window.h"
#include "soften-window-private.h"

static void
show_library_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  soften_window_show_browse_page (SOFTEN_WINDOW (widget), "library");
}

static void
show_exercise_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenWindow      *self = SOFTEN_WINDOW (widget);
  const char        *id = g_variant_get_string (parameter, NULL);
  g_autoptr (GError) error = NULL;
  SoftenExercise    *exercise;

  /* One's own file is read whole now: it may have changed, or gone. */
  exercise = soften_library_lookup_full (self->library, id, &error);
  if (exercise == NULL)
    {
      if (error != NULL)
        gtk_widget_activate_action (widget, "win.toast", "s", error->message);
      return;
    }

  soften_window_ensure_pages (self);
  soften_exercise_page_set_exercise (self->exercise_page, exercise);
  soften_window_show_browse_page (self, "exercise");
  gtk_widget_grab_focus (GTK_WIDGET (self->exercise_page));
}

/* A learn card, with the notes of the exercise it names, if any. */
static void
learn_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenWindow               *self = SOFTEN_WINDOW (widget);
  g_autoptr (GError)          error = NULL;
  g_autoptr (SoftenLearnCard) card = NULL;
  SoftenExercise             *notes_from = NULL;
  GtkWidget                  *learn;

  card = soften_learn_card_lookup (g_variant_get_string (parameter, NULL), &error);
  if (card == NULL)
    {
      gtk_widget_activate_action (widget, "win.toast", "s", error->message);
      return;
    }
  if (soften_learn_card_get_notes_from (card) != NULL)
    notes_from = soften_library_lookup (self->library, soften_learn_card_get_notes_from (card));

  learn = soften_learn_window_new (card, notes_from);
  gtk_window_set_transient_for (GTK_WINDOW (learn), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (learn));
}

static void
show_progress_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  soften_window_show_browse_page (SOFTEN_WINDOW (widget), "progress");
}

static void
show_scripts_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  soften_window_show_browse_page (SOFTEN_WINDOW (widget), "scripts");
}

static void
show_problems_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  soften_window_show_browse_page (SOFTEN_WINDOW (widget), "problems");
}

/* Stop and Ground, the people one can reach, and lines for where one is.
 * Whatever was under way is left, at once, as Stop and Ground leaves it. */
static void
show_help_now_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenWindow *self = SOFTEN_WINDOW (widget);

  soften_practice_leave (self->practice);
  soften_window_show_browse_page (self, "help-now");
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (adw_leaflet_get_child_by_name (self->leaflet, "help-now"));
}

/* Stop and Ground from any page. In a session, the player stops it as
 * its own button does (closing the question about leaving, if it is
 * open); anywhere else, the grounding exercise starts at once. */
static void
stop_and_ground_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenWindow *self = SOFTEN_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (self));
  if (self->player_page != NULL
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "player") == 0
      && gtk_widget_activate_action (self->player_page, "player.ground", NULL))
    return;

  gtk_widget_activate_action (widget, "app.start", "s", "stop-and-ground");
}

/* The list, to choose an exercise to present: the choice starts it. */
static void
choose_to_present_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenWindow *self = SOFTEN_WINDOW (widget);

  soften_window_show_browse_page (self, "library");
  soften_library_page_set_choosing (self->library_page, TRUE);
}

/* Failures from anywhere, told the one way: a toast, whole (a message
 * names a file and what is wrong with it: it wraps rather than being cut
 * short), and shown long enough to be read calmly, at about two words a
 * second; hovering or focusing it holds it. */
static void
toast_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenWindow  *self = SOFTEN_WINDOW (widget);
  const char    *message = g_variant_get_string (parameter, NULL);
  g_auto (GStrv) words = g_strsplit_set (message, " \n", -1);
  AdwToast      *toast = adw_toast_new (message);
  GtkWidget     *title = gtk_label_new (message);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 60);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  adw_toast_set_custom_title (toast, title);
  adw_toast_set_timeout (toast, MAX (5, 2 + g_strv_length (words) / 2));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The shortcuts window (Ctrl+?), made the first time it is asked for;
 * GtkApplicationWindow keeps it after that, hidden when closed. */
static void
show_help_overlay_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkApplicationWindow *window = user_data;
  GtkShortcutsWindow   *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr (GtkBuilder) builder
          = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/soften-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

/* In the window's own action group, where GTK looks for it once the
 * shortcuts window is set. */
static const GActionEntry window_actions[] = {
  { .name = "show-help-overlay", .activate = show_help_overlay_activated },
};

void
soften_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_action);
  gtk_widget_class_install_action (widget_class, "win.show-exercise", "s", show_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.show-progress", NULL, show_progress_action);
  gtk_widget_class_install_action (widget_class, "win.show-scripts", NULL, show_scripts_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.learn", "s", learn_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-now", NULL, show_help_now_action);
  gtk_widget_class_install_action (widget_class, "win.stop-and-ground", NULL,
                                   stop_and_ground_action);
  gtk_widget_class_install_action (widget_class, "win.choose-to-present", NULL,
                                   choose_to_present_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
}

void
soften_window_add_actions (SoftenWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
}
