/* soften-window.c — the main window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window only navigates: the library and an exercise's page in a
 * leaflet ("browse"), then the player and the completion page. Pages report
 * upward through signals; the window moves between them, and hands a
 * finished session to SoftenProgress. Its size is kept in GSettings.
 *
 * Until the window's first frame only the library exists: the other pages
 * are made just after it (or as soon as one is navigated to), so that GTK
 * neither builds, styles nor measures them before anything is on screen (a
 * leaflet measures every page it holds, even those out of sight). The
 * person's own exercises are read after that (or sooner, if one of them is
 * asked for), so that they never hold the window up. The shortcuts window
 * is made the first time it is asked for.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-bench.h"
#include "soften-completion-page.h"
#include "soften-exercise-page.h"
#include "soften-export.h"
#include "soften-library-page.h"
#include "soften-importer.h"
#include "soften-player-page.h"
#include "soften-problems-page.h"
#include "soften-progress-page.h"
#include "soften-scripts-page.h"
#include "soften-window.h"

struct _SoftenWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  GtkStack             *stack;
  AdwLeaflet           *leaflet;
  SoftenLibraryPage    *library_page;

  /* The other pages, made by ensure_pages() */
  SoftenExercisePage   *exercise_page;
  SoftenScriptsPage    *scripts_page;
  SoftenProgressPage   *progress_page;
  SoftenProblemsPage   *problems_page;
  SoftenPlayerPage     *player_page;
  SoftenCompletionPage *completion_page;

  /* Owned */
  SoftenProgress       *progress;
  SoftenLibrary        *library;
  SoftenScriptStore    *scripts;
  char                 *scripts_problem;
  GSettings            *settings;

  /* Presentation: the session on screen is being presented; and whether
   * the next exercise picked from the list is to be presented. */
  gboolean              presenting;
  gboolean              present_next;
  gboolean              was_fullscreen;

  guint                 after_first_frame_id;
};

G_DEFINE_FINAL_TYPE (SoftenWindow, soften_window, ADW_TYPE_APPLICATION_WINDOW)

static void exercise_back_cb     (SoftenWindow  *self);
static void player_finished_cb   (SoftenWindow  *self,
                                  SoftenSession *session);
static void player_left_cb       (SoftenWindow  *self,
                                  SoftenSession *session);
static void completion_back_cb   (SoftenWindow  *self);

/* A page of the leaflet, after the library; "back" leads to the library. */
static gpointer
append_browse_page (SoftenWindow *self,
                    GType         type)
{
  GtkWidget *page = g_object_new (type, NULL);

  g_signal_connect_swapped (page, "back", G_CALLBACK (exercise_back_cb), self);
  adw_leaflet_append (self->leaflet, page);

  return page;
}

/* Call before showing any page but the library. */
static void
ensure_pages (SoftenWindow *self)
{
  if (self->player_page != NULL)
    return;

  self->exercise_page = append_browse_page (self, SOFTEN_TYPE_EXERCISE_PAGE);
  self->progress_page = append_browse_page (self, SOFTEN_TYPE_PROGRESS_PAGE);
  self->problems_page = append_browse_page (self, SOFTEN_TYPE_PROBLEMS_PAGE);
  self->scripts_page = append_browse_page (self, SOFTEN_TYPE_SCRIPTS_PAGE);

  self->player_page = g_object_new (SOFTEN_TYPE_PLAYER_PAGE, NULL);
  g_signal_connect_swapped (self->player_page, "finished", G_CALLBACK (player_finished_cb), self);
  g_signal_connect_swapped (self->player_page, "left", G_CALLBACK (player_left_cb), self);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->player_page), "player");

  self->completion_page = g_object_new (SOFTEN_TYPE_COMPLETION_PAGE, NULL);
  g_signal_connect_swapped (self->completion_page, "back", G_CALLBACK (completion_back_cb), self);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->completion_page), "done");

  soften_problems_page_set_problems (self->problems_page, soften_library_get_problems (self->library));
  soften_player_page_set_library (self->player_page, self->library);
  soften_player_page_set_script_store (self->player_page, self->scripts);
  soften_scripts_page_set_store (self->scripts_page, self->scripts);
  soften_scripts_page_set_problem (self->scripts_page, self->scripts_problem);
  soften_progress_page_setup (self->progress_page, self->progress, self->library);
  soften_exercise_page_set_progress (self->exercise_page, self->progress);
}

static void
show_library (SoftenWindow *self)
{
  ensure_pages (self);
  gtk_stack_set_visible_child_name (self->stack, "browse");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->library_page));
}

static void
end_presenting (SoftenWindow *self)
{
  if (!self->presenting)
    return;

  self->presenting = FALSE;
  soften_player_page_set_presenting (self->player_page, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  if (!self->was_fullscreen)
    gtk_window_unfullscreen (GTK_WINDOW (self));
}

static void
library_exercise_activated_cb (SoftenWindow   *self,
                               SoftenExercise *exercise)
{
  g_autoptr(GError) error = NULL;

  /* Choosing what to present: the choice starts it. */
  if (self->present_next)
    {
      soften_window_set_present_next (self, FALSE);
      gtk_widget_activate_action (GTK_WIDGET (self), "app.present", "s", soften_exercise_get_id (exercise));
      return;
    }

  /* The list holds one's own exercises partial: read the rest now. */
  exercise = soften_library_lookup_full (self->library, soften_exercise_get_id (exercise), &error);
  if (exercise == NULL)
    {
      if (error != NULL)
        soften_export_show_failure (GTK_WIDGET (self), _("The Exercise Could Not Be Opened"), error);
      return;
    }

  soften_window_show_exercise (self, exercise);
}

static void
library_scripts_activated_cb (SoftenWindow *self)
{
  soften_window_show_scripts (self);
}

static void
library_problems_activated_cb (SoftenWindow *self)
{
  ensure_pages (self);
  gtk_stack_set_visible_child_name (self->stack, "browse");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->problems_page));
}

/* Exercise files dropped on the window are imported. */
static gboolean
drop_cb (SoftenWindow  *self,
         const GValue  *value,
         double         x,
         double         y)
{
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  soften_import_files (GTK_WINDOW (self), self->library, g_value_get_boxed (value));
  return TRUE;
}

static void
library_choosing_cancelled_cb (SoftenWindow *self)
{
  soften_window_set_present_next (self, FALSE);
}

static void
library_progress_activated_cb (SoftenWindow *self)
{
  soften_window_show_progress (self);
}

static void
exercise_back_cb (SoftenWindow *self)
{
  show_library (self);
}

static void
player_finished_cb (SoftenWindow  *self,
                    SoftenSession *session)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GVariant) responses = soften_session_dup_responses (session);
  SoftenExercise *exercise = soften_session_get_exercise (session);

  /* A presented exercise is the therapist's demonstration: never recorded. */
  if (!self->presenting)
    soften_progress_record (self->progress,
                          soften_exercise_get_id (exercise),
                          soften_session_get_active_usec (session) / G_USEC_PER_SEC,
                          now,
                          responses);

  soften_completion_page_show_session (self->completion_page, session);
  gtk_stack_set_visible_child_name (self->stack, "done");
}

static void
player_left_cb (SoftenWindow  *self,
                SoftenSession *session)
{
  end_presenting (self);
  gtk_stack_set_visible_child_name (self->stack, "browse");
  soften_player_page_set_session (self->player_page, NULL);
}

static void
completion_back_cb (SoftenWindow *self)
{
  end_presenting (self);
  soften_player_page_set_session (self->player_page, NULL);
  show_library (self);
}

/* Once the window is on screen: first the other pages, then (after the
 * frame that shows them, if one is due) the person's own exercises. */
static gboolean
after_first_frame_cb (gpointer user_data)
{
  SoftenWindow *self = user_data;

  if (self->player_page == NULL)
    {
      ensure_pages (self);
      return G_SOURCE_CONTINUE;
    }

  self->after_first_frame_id = 0;
  if (self->library != NULL && soften_library_load_pending (self->library))
    soften_bench_library_read ();

  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GdkFrameClock *frame_clock,
                SoftenWindow  *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, first_frame_cb, self);

  if (self->after_first_frame_id == 0)
    self->after_first_frame_id = g_idle_add_full (G_PRIORITY_LOW, after_first_frame_cb, self, NULL);
}

static void
problems_changed_cb (SoftenWindow *self)
{
  if (self->problems_page != NULL)
    soften_problems_page_set_problems (self->problems_page, soften_library_get_problems (self->library));
}

static void
soften_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (soften_window_parent_class)->realize (widget);

  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (first_frame_cb), widget, 0);
}

static gboolean
soften_window_close_request (GtkWindow *window)
{
  SoftenWindow *self = SOFTEN_WINDOW (window);
  gboolean maximized = gtk_window_is_maximized (window);
  int width, height;

  if (!maximized)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set (self->settings, "window-width", "i", width);
      g_settings_set (self->settings, "window-height", "i", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);

  /* Whatever is under way stops with the window. */
  end_presenting (self);
  if (self->player_page != NULL)
    soften_player_page_set_session (self->player_page, NULL);

  return GTK_WINDOW_CLASS (soften_window_parent_class)->close_request (window);
}

static void
soften_window_dispose (GObject *object)
{
  SoftenWindow *self = (SoftenWindow *)object;

  g_clear_handle_id (&self->after_first_frame_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SOFTEN_TYPE_WINDOW);
  self->exercise_page = NULL;
  self->progress_page = NULL;
  self->problems_page = NULL;
  self->scripts_page = NULL;
  self->player_page = NULL;
  self->completion_page = NULL;
  g_clear_object (&self->progress);
  g_clear_object (&self->library);
  g_clear_object (&self->scripts);
  g_clear_pointer (&self->scripts_problem, g_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (soften_window_parent_class)->dispose (object);
}

/* The shortcuts window (Ctrl+?), made the first time it is asked for;
 * GtkApplicationWindow keeps it after that, hidden when closed. */
static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/soften-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

static const GActionEntry window_actions[] = {
  { "show-help-overlay", show_help_overlay_activated, NULL, NULL, NULL, { 0 } },
};

static void
soften_window_class_init (SoftenWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = soften_window_dispose;
  widget_class->realize = soften_window_realize;
  window_class->close_request = soften_window_close_request;

  g_type_ensure (SOFTEN_TYPE_LIBRARY_PAGE);
  g_type_ensure (SOFTEN_TYPE_EXERCISE_PAGE);
  g_type_ensure (SOFTEN_TYPE_SCRIPTS_PAGE);
  g_type_ensure (SOFTEN_TYPE_PROGRESS_PAGE);
  g_type_ensure (SOFTEN_TYPE_PROBLEMS_PAGE);
  g_type_ensure (SOFTEN_TYPE_PLAYER_PAGE);
  g_type_ensure (SOFTEN_TYPE_COMPLETION_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SoftenWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SoftenWindow, library_page);
  gtk_widget_class_bind_template_callback (widget_class, library_exercise_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, library_scripts_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, library_progress_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, library_choosing_cancelled_cb);
  gtk_widget_class_bind_template_callback (widget_class, library_problems_activated_cb);
}

static void
soften_window_init (SoftenWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);

  g_signal_connect_swapped (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* A step's words take the focus to be read out: Tab onto them must not
   * paint them all selected. */
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-label-select-on-focus", FALSE, NULL);

  /* Nothing unless the benchmark asks (build-aux/bench). */
  soften_bench_watch_window (GTK_WINDOW (self));
}

SoftenWindow *
soften_window_new (AdwApplication    *application,
                   SoftenLibrary     *library,
                   SoftenProgress    *progress,
                   SoftenScriptStore *scripts,
                   const char        *scripts_problem,
                   GSettings         *settings)
{
  SoftenWindow *self;

  g_return_val_if_fail (ADW_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SOFTEN_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (SOFTEN_IS_PROGRESS (progress), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SOFTEN_TYPE_WINDOW,
                       "application", application,
                       NULL);
  self->progress = g_object_ref (progress);
  self->library = g_object_ref (library);
  self->scripts = scripts != NULL ? g_object_ref (scripts) : NULL;
  self->scripts_problem = g_strdup (scripts_problem);
  self->settings = g_object_ref (settings);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  soften_library_page_set_library (self->library_page, library);
  g_signal_connect_object (library, "notify::n-problems", G_CALLBACK (problems_changed_cb),
                           self, G_CONNECT_SWAPPED);

  return self;
}

void
soften_window_show_exercise (SoftenWindow   *self,
                             SoftenExercise *exercise)
{
  g_return_if_fail (SOFTEN_IS_WINDOW (self));
  g_return_if_fail (SOFTEN_IS_EXERCISE (exercise));

  ensure_pages (self);
  soften_exercise_page_set_exercise (self->exercise_page, exercise);
  gtk_stack_set_visible_child_name (self->stack, "browse");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->exercise_page));
  gtk_widget_grab_focus (GTK_WIDGET (self->exercise_page));
}

void
soften_window_show_progress (SoftenWindow *self)
{
  g_return_if_fail (SOFTEN_IS_WINDOW (self));

  ensure_pages (self);
  gtk_stack_set_visible_child_name (self->stack, "browse");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->progress_page));
}

void
soften_window_show_scripts (SoftenWindow *self)
{
  g_return_if_fail (SOFTEN_IS_WINDOW (self));

  ensure_pages (self);
  gtk_stack_set_visible_child_name (self->stack, "browse");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->scripts_page));
}

/**
 * soften_window_play:
 * @session: a session that has not started
 *
 * Shows the player for @session and starts it. A session already under way
 * in this window is stopped first.
 */
void
soften_window_play (SoftenWindow  *self,
                    SoftenSession *session,
                    gboolean       presenting)
{
  SoftenSession *current;

  g_return_if_fail (SOFTEN_IS_WINDOW (self));
  g_return_if_fail (SOFTEN_IS_SESSION (session));

  ensure_pages (self);
  current = soften_player_page_get_session (self->player_page);
  if (current != NULL)
    soften_session_stop (current);

  soften_window_set_present_next (self, FALSE);
  if (presenting && !self->presenting)
    {
      self->presenting = TRUE;
      self->was_fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));
      gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else if (!presenting)
    end_presenting (self);
  soften_player_page_set_presenting (self->player_page, presenting);

  soften_exercise_page_set_exercise (self->exercise_page, soften_session_get_exercise (session));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->exercise_page));
  soften_player_page_set_session (self->player_page, session);
  gtk_stack_set_visible_child_name (self->stack, "player");
  soften_bench_watch_session (GTK_WINDOW (self), session);
  soften_session_start (session);
  /* After starting: the controls are insensitive until then. */
  gtk_widget_grab_focus (GTK_WIDGET (self->player_page));
}

/**
 * soften_window_set_present_next:
 * @present_next: whether the next exercise picked from the list is presented
 */
void
soften_window_set_present_next (SoftenWindow *self,
                                gboolean      present_next)
{
  g_return_if_fail (SOFTEN_IS_WINDOW (self));

  self->present_next = !!present_next;
  soften_library_page_set_choosing (self->library_page, self->present_next);
  if (present_next)
    show_library (self);
}

gboolean
soften_window_get_presenting (SoftenWindow *self)
{
  g_return_val_if_fail (SOFTEN_IS_WINDOW (self), FALSE);

  return self->presenting;
}

/* Returns: (transfer none): the player, to hand a kept script to */
SoftenPlayerPage *
soften_window_get_player (SoftenWindow *self)
{
  g_return_val_if_fail (SOFTEN_IS_WINDOW (self), NULL);

  ensure_pages (self);
  return self->player_page;
}

/* Returns: (transfer none) (nullable): the session in the player */
SoftenSession *
soften_window_get_session (SoftenWindow *self)
{
  g_return_val_if_fail (SOFTEN_IS_WINDOW (self), NULL);

  if (self->player_page == NULL)
    return NULL;

  return soften_player_page_get_session (self->player_page);
}

/* Returns: "library", "exercise", "scripts", "progress", "player" or "done":
 * what the person sees */
const char *
soften_window_get_page_name (SoftenWindow *self)
{
  const char *name;

  g_return_val_if_fail (SOFTEN_IS_WINDOW (self), NULL);

  name = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (name, "browse") != 0)
    return name;

  if (adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->exercise_page))
    return "exercise";
  if (adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->scripts_page))
    return "scripts";
  if (adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->progress_page))
    return "progress";
  if (adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->problems_page))
    return "problems";

  return "library";
}
