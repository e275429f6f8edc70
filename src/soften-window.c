/* soften-window.c — the main window: it moves between pages
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window only navigates. Its pages are named: "library", "exercise",
 * "problems" and "help-now" in a leaflet (the "browse" page of its stack),
 * then "player" and "done"; "progress" and "scripts" are views of the
 * library page, beside its Practice view. Pages ask to move with the
 * win.show-* actions (soften-window-actions.c); a session's pages follow the practice (the owner of
 * a session under way): "started" shows the player, "finished" the done
 * page, and no session any more the page it was started from. Failures
 * anywhere are told with a toast (win.toast). Its size is kept in GSettings.
 *
 * The objects it shows come as construct-only properties, and its pages
 * are bound to them in the .ui files (as GNOME Console binds its settings).
 *
 * Until the window's first frame only the library exists: the other pages
 * (resources/ui/soften-window-pages.ui) are made just after it, or as soon
 * as one is navigated to, so that GTK neither builds, styles nor measures
 * them before anything is on screen (a leaflet measures every page it
 * holds, even those out of sight). The person's own exercises are read
 * after that (or sooner, if one of them is asked for), so that they never
 * hold the window up. The shortcuts window is made the first time it is
 * asked for.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "engine/soften-contact-store.h"
#include "soften-completion-page.h"
#include "soften-exercise-page.h"
#include "soften-help-now-page.h"
#include "soften-importer.h"
#include "soften-library-page.h"
#include "soften-player-page.h"
#include "soften-practice.h"
#include "soften-problems-page.h"
#include "soften-progress-page.h"
#include "soften-scripts-page.h"
#include "soften-window-private.h"

G_DEFINE_FINAL_TYPE (SoftenWindow, soften_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_SETTINGS,
  PROP_LIBRARY,
  PROP_PROGRESS,
  PROP_SCRIPTS,
  PROP_SCRIPTS_PROBLEM,
  PROP_CONTACTS,
  PROP_CONTACTS_PROBLEM,
  PROP_PRACTICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const browse_pages[] = { "exercise", "problems", "help-now" };

/* Call before showing any page but the library. */
void
soften_window_ensure_pages (SoftenWindow *self)
{
  g_autoptr (GtkBuilder) builder = NULL;

  if (self->player_page != NULL)
    return;

  builder = gtk_builder_new ();
  gtk_builder_expose_object (builder, "window", G_OBJECT (self));
  gtk_builder_add_from_resource (builder, RESOURCE_BASE_PATH "/ui/soften-window-pages.ui", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (browse_pages); i++)
    {
      g_autofree char *id = g_strdelimit (g_strconcat (browse_pages[i], "_page", NULL), "-", '_');
      GtkWidget       *page = GTK_WIDGET (gtk_builder_get_object (builder, id));

      adw_leaflet_page_set_name (adw_leaflet_append (self->leaflet, page), browse_pages[i]);
    }
  self->exercise_page = SOFTEN_EXERCISE_PAGE (gtk_builder_get_object (builder, "exercise_page"));
  soften_library_page_set_view_child (
      self->library_page, "progress",
      GTK_WIDGET (gtk_builder_get_object (builder, "progress_page")));
  soften_library_page_set_view_child (
      self->library_page, "scripts", GTK_WIDGET (gtk_builder_get_object (builder, "scripts_page")));

  self->player_page = GTK_WIDGET (gtk_builder_get_object (builder, "player_page"));
  gtk_stack_add_named (self->stack, self->player_page, "player");
  self->completion_page = GTK_WIDGET (gtk_builder_get_object (builder, "completion_page"));
  gtk_stack_add_named (self->stack, self->completion_page, "done");
}

/* The Practice view of the library, Progress and My Scripts are views of
 * the leaflet's first page. */
static gboolean
is_library_view (const char *name)
{
  return g_strcmp0 (name, "library") == 0 || g_strcmp0 (name, "progress") == 0
         || g_strcmp0 (name, "scripts") == 0;
}

/* Shows the page @name of the leaflet, or a view of the library's. */
void
soften_window_show_browse_page (SoftenWindow *self, const char *name)
{
  soften_window_ensure_pages (self);
  gtk_stack_set_visible_child_name (self->stack, "browse");
  if (is_library_view (name))
    {
      soften_library_page_show_view (self->library_page,
                                     g_str_equal (name, "library") ? "practice" : name);
      name = "library";
    }
  adw_leaflet_set_visible_child_name (self->leaflet, name);
}

/* Where leaving a session comes back to: the exercise's page; or My
 * Scripts, for a rehearsal started there; or, after presenting, the
 * neutral list, never the presenter's own history. */
static void
session_started_cb (SoftenWindow *self, SoftenSession *session)
{
  gboolean from_scripts = g_strcmp0 (soften_window_get_page_name (self), "scripts") == 0;

  soften_window_ensure_pages (self);
  soften_library_page_set_choosing (self->library_page, FALSE);
  soften_exercise_page_set_exercise (self->exercise_page, soften_session_get_exercise (session));
  if (soften_practice_get_presenting (self->practice))
    {
      soften_library_page_show_view (self->library_page, "practice");
      adw_leaflet_set_visible_child_name (self->leaflet, "library");
    }
  else if (!from_scripts)
    adw_leaflet_set_visible_child_name (self->leaflet, "exercise");
  gtk_stack_set_visible_child_name (self->stack, "player");
  gtk_window_present (GTK_WINDOW (self));
  /* After starting: the controls are insensitive until then. */
  gtk_widget_grab_focus (self->player_page);
}

static void
session_finished_cb (SoftenWindow *self)
{
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_widget_grab_focus (self->completion_page);
}

static void
session_changed_cb (SoftenWindow *self)
{
  if (soften_practice_get_session (self->practice) == NULL
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "browse") != 0)
    gtk_stack_set_visible_child_name (self->stack, "browse");
}

/* Presenting fills the screen, and gives it back as it was. */
static void
presenting_changed_cb (SoftenWindow *self)
{
  if (soften_practice_get_presenting (self->practice))
    {
      self->was_fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));
      gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
      if (!self->was_fullscreen)
        gtk_window_unfullscreen (GTK_WINDOW (self));
    }
}

/* Exercise files dropped on the window are imported. */
static gboolean
drop_cb (SoftenWindow *self, const GValue *value, double x, double y)
{
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  soften_import_files (GTK_WINDOW (self), self->library, g_value_get_boxed (value));
  return TRUE;
}

/* Once the window is on screen: first the other pages, then (after the
 * frame that shows them, if one is due) the person's own exercises. */
static gboolean
after_first_frame_cb (gpointer user_data)
{
  SoftenWindow *self = user_data;

  if (self->player_page == NULL)
    {
      soften_window_ensure_pages (self);
      return G_SOURCE_CONTINUE;
    }

  self->after_first_frame_id = 0;
  soften_library_load_pending (self->library);

  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GdkFrameClock *frame_clock, SoftenWindow *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, first_frame_cb, self);

  if (self->after_first_frame_id == 0)
    self->after_first_frame_id = g_idle_add_full (G_PRIORITY_LOW, after_first_frame_cb, self, NULL);
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
  gboolean      maximized = gtk_window_is_maximized (window);
  int           width, height;

  if (!maximized)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set (self->settings, "window-width", "i", width);
      g_settings_set (self->settings, "window-height", "i", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);

  /* Whatever is under way stops with the window. */
  soften_practice_leave (self->practice);

  return GTK_WINDOW_CLASS (soften_window_parent_class)->close_request (window);
}

static void
soften_window_constructed (GObject *object)
{
  SoftenWindow *self = SOFTEN_WINDOW (object);

  G_OBJECT_CLASS (soften_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->practice, "started", G_CALLBACK (session_started_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->practice, "finished", G_CALLBACK (session_finished_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->practice, "notify::session", G_CALLBACK (session_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->practice, "notify::presenting", G_CALLBACK (presenting_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
soften_window_dispose (GObject *object)
{
  SoftenWindow *self = SOFTEN_WINDOW (object);

  g_clear_handle_id (&self->after_first_frame_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SOFTEN_TYPE_WINDOW);
  self->exercise_page = NULL;
  self->player_page = NULL;
  self->completion_page = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  g_clear_object (&self->progress);
  g_clear_object (&self->scripts);
  g_clear_pointer (&self->scripts_problem, g_free);
  g_clear_object (&self->contacts);
  g_clear_pointer (&self->contacts_problem, g_free);
  g_clear_object (&self->practice);

  G_OBJECT_CLASS (soften_window_parent_class)->dispose (object);
}

static void
soften_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenWindow *self = SOFTEN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_PROGRESS:
      g_value_set_object (value, self->progress);
      break;

    case PROP_SCRIPTS:
      g_value_set_object (value, self->scripts);
      break;

    case PROP_SCRIPTS_PROBLEM:
      g_value_set_string (value, self->scripts_problem);
      break;

    case PROP_CONTACTS:
      g_value_set_object (value, self->contacts);
      break;

    case PROP_CONTACTS_PROBLEM:
      g_value_set_string (value, self->contacts_problem);
      break;

    case PROP_PRACTICE:
      g_value_set_object (value, self->practice);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SoftenWindow *self = SOFTEN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_PROGRESS:
      self->progress = g_value_dup_object (value);
      break;

    case PROP_SCRIPTS:
      self->scripts = g_value_dup_object (value);
      break;

    case PROP_SCRIPTS_PROBLEM:
      self->scripts_problem = g_value_dup_string (value);
      break;

    case PROP_CONTACTS:
      self->contacts = g_value_dup_object (value);
      break;

    case PROP_CONTACTS_PROBLEM:
      self->contacts_problem = g_value_dup_string (value);
      break;

    case PROP_PRACTICE:
      self->practice = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_window_class_init (SoftenWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  /* Not G_PARAM_EXPLICIT_NOTIFY: their notification at the end of
   * construction is what gives them to the pages bound in the .ui. */
  const GParamFlags given = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = soften_window_constructed;
  object_class->dispose = soften_window_dispose;
  object_class->get_property = soften_window_get_property;
  object_class->set_property = soften_window_set_property;
  widget_class->realize = soften_window_realize;
  window_class->close_request = soften_window_close_request;

  properties[PROP_SETTINGS] = g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS, given);
  properties[PROP_LIBRARY]
      = g_param_spec_object ("library", NULL, NULL, SOFTEN_TYPE_LIBRARY, given);
  properties[PROP_PROGRESS]
      = g_param_spec_object ("progress", NULL, NULL, SOFTEN_TYPE_PROGRESS, given);
  properties[PROP_SCRIPTS]
      = g_param_spec_object ("scripts", NULL, NULL, SOFTEN_TYPE_SCRIPT_STORE, given);
  /* Why the kept scripts could not all be read, if they could not. */
  properties[PROP_SCRIPTS_PROBLEM]
      = g_param_spec_string ("scripts-problem", NULL, NULL, NULL, given);
  properties[PROP_CONTACTS]
      = g_param_spec_object ("contacts", NULL, NULL, SOFTEN_TYPE_CONTACT_STORE, given);
  /* Why the people one can reach could not all be read, if they could not. */
  properties[PROP_CONTACTS_PROBLEM]
      = g_param_spec_string ("contacts-problem", NULL, NULL, NULL, given);
  properties[PROP_PRACTICE]
      = g_param_spec_object ("practice", NULL, NULL, SOFTEN_TYPE_PRACTICE, given);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SOFTEN_TYPE_LIBRARY_PAGE);
  g_type_ensure (SOFTEN_TYPE_EXERCISE_PAGE);
  g_type_ensure (SOFTEN_TYPE_SCRIPTS_PAGE);
  g_type_ensure (SOFTEN_TYPE_PROGRESS_PAGE);
  g_type_ensure (SOFTEN_TYPE_PROBLEMS_PAGE);
  g_type_ensure (SOFTEN_TYPE_PLAYER_PAGE);
  g_type_ensure (SOFTEN_TYPE_COMPLETION_PAGE);
  g_type_ensure (SOFTEN_TYPE_HELP_NOW_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SoftenWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SoftenWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SoftenWindow, library_page);

  soften_window_class_add_actions (widget_class);
}

static void
soften_window_init (SoftenWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));
  soften_window_add_actions (self);

  g_signal_connect_swapped (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/* Returns: "library", "exercise", "scripts", "progress", "problems",
 * "player" or "done": what the person sees */
const char *
soften_window_get_page_name (SoftenWindow *self)
{
  const char *name;

  g_return_val_if_fail (SOFTEN_IS_WINDOW (self), NULL);

  name = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (name, "browse") != 0)
    return name;

  name = adw_leaflet_get_visible_child_name (self->leaflet);
  if (g_strcmp0 (name, "library") == 0
      && g_strcmp0 (soften_library_page_get_view_name (self->library_page), "practice") != 0)
    return soften_library_page_get_view_name (self->library_page);

  return name;
}

/* Returns: (transfer none) (nullable): the page of that name, made if need be */
GtkWidget *
soften_window_get_page (SoftenWindow *self, const char *name)
{
  GtkWidget *page;

  g_return_val_if_fail (SOFTEN_IS_WINDOW (self), NULL);

  soften_window_ensure_pages (self);
  if (is_library_view (name) && !g_str_equal (name, "library"))
    return soften_library_page_get_view_child (self->library_page, name);
  page = adw_leaflet_get_child_by_name (self->leaflet, name);
  if (page == NULL)
    page = gtk_stack_get_child_by_name (self->stack, name);

  return page;
}
