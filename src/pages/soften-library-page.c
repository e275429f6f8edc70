/* soften-library-page.c — the list of exercises, by category
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One SoftenCategoryGroup per category, each bound to a filtered view of
 * the library, so the page follows the library as exercises come and go.
 * Activating a row opens the exercise's page (win.show-exercise), or, while
 * the person is choosing what to present, presents it (app.present).
 *
 * It is the first of three views, Practice · Progress · My Scripts, with a
 * view switcher in the header bar (and at the bottom, in a narrow window);
 * the window puts the other two pages in their places once they are made
 * (soften_library_page_set_view_child()). Above the list come the first
 * things someone flooded may need: Stop and Ground and Help Now, then
 * "Where am I right now?" as the way in.
 *
 * Rows are made as they are needed: the first frame has only enough for the
 * window's height, the rest follow a few at a time once it is on screen, and
 * past EAGER_ROWS (someone with hundreds of their own exercises) only as the
 * list is scrolled near its end. What has rows so far is a slice of the
 * library, the first so many exercises in its order.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-category-group.h"
#include "soften-learn-group.h"
#include "soften-library-page.h"

/* The first frame has rows only for what the window's height shows: each
 * row costs some 3 ms of text layout before anything is on screen. Where
 * the rows begin, at most: below the header bar and two lines of welcome
 * (the list is never wider than its clamp, where the welcome takes two). */
#define LIST_TOP 300
/* A category's heading with the space above and below it; the first has
 * no group above it. */
#define FIRST_HEADING_HEIGHT 32
#define HEADING_HEIGHT       56
/* A row with a title and a one-line summary. */
#define ROW_HEIGHT 54
/* Rows made at a time, once the page is on screen. */
#define ROWS_PER_STEP 16
/* Past this many rows, more are made only as the list nears its end. */
#define EAGER_ROWS 64

struct _SoftenLibraryPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkBox               *categories_box;
  GtkWidget            *intro_label;
  GtkWidget            *welcome_label;
  GtkWidget            *choosing_label;
  GtkWidget            *menu_button;
  GtkWidget            *help_now_button;
  GtkWidget            *kept_list;
  GtkWidget            *problems_row;
  GtkWidget            *stop_box;
  GtkWidget            *where_list;
  SoftenLearnGroup     *learn_group;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *switcher_bar;
  AdwViewStack         *view_stack;
  AdwBin               *progress_bin;
  AdwBin               *scripts_bin;
  GtkWidget            *cancel_choosing_button;
  GtkScrolledWindow    *scroller;

  /* Owned */
  SoftenLibrary     *library;
  GtkSliceListModel *with_rows; /* the exercises that have rows so far */
  GtkWidget         *groups[SOFTEN_N_CATEGORIES];
  gboolean           choosing;    /* what is chosen is presented */
  gboolean           shown;       /* the page has been on screen */
  GdkFrameClock     *frame_clock; /* while waiting for the page's first frame */
  guint              grow_id;
};

G_DEFINE_FINAL_TYPE (SoftenLibraryPage, soften_library_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_LIBRARY,
  PROP_CHOOSING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A row was activated: the exercise's page, or presenting it. */
static void
open_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenLibraryPage *self = SOFTEN_LIBRARY_PAGE (widget);

  if (self->choosing)
    {
      soften_library_page_set_choosing (self, FALSE);
      gtk_widget_activate_action_variant (widget, "app.present", parameter);
    }
  else
    gtk_widget_activate_action_variant (widget, "win.show-exercise", parameter);
}

static void
cancel_choosing_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  soften_library_page_set_choosing (SOFTEN_LIBRARY_PAGE (widget), FALSE);
}

/* The switcher at the bottom: where the header bar has no room for it,
 * unless there is nothing to switch (while choosing). */
static void
update_switcher_bar (SoftenLibraryPage *self)
{
  gtk_widget_set_visible (self->switcher_bar,
                          adw_view_switcher_title_get_title_visible (self->switcher_title)
                              && !self->choosing);
}

/* Escape: no more choosing, or back from Progress or My Scripts to
 * Practice (wherever the focus is in the page, the switcher too). */
static gboolean
escape_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  SoftenLibraryPage *self = SOFTEN_LIBRARY_PAGE (widget);

  if (self->choosing)
    {
      soften_library_page_set_choosing (self, FALSE);
      return TRUE;
    }
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "practice") != 0)
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "practice");
      return TRUE;
    }

  return FALSE;
}

static gboolean
all_have_rows (SoftenLibraryPage *self)
{
  return gtk_slice_list_model_get_size (self->with_rows)
         >= g_list_model_get_n_items (G_LIST_MODEL (self->library));
}

/* Is the end of what has rows less than a screen below what is seen? */
static gboolean
near_the_end (SoftenLibraryPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double         page = gtk_adjustment_get_page_size (adjustment);

  return gtk_adjustment_get_value (adjustment) + 2 * page >= gtk_adjustment_get_upper (adjustment);
}

static gboolean
wants_more_rows (SoftenLibraryPage *self)
{
  return self->with_rows != NULL && !all_have_rows (self)
         && (gtk_slice_list_model_get_size (self->with_rows) < EAGER_ROWS || near_the_end (self));
}

static gboolean
grow_cb (gpointer user_data)
{
  SoftenLibraryPage *self = user_data;
  guint              size = gtk_slice_list_model_get_size (self->with_rows) + ROWS_PER_STEP;

  /* Exercises that come later (one's own, read after the first frame, or
   * imported) grow it again from "items-changed". */
  gtk_slice_list_model_set_size (
      self->with_rows, MIN (size, g_list_model_get_n_items (G_LIST_MODEL (self->library))));

  if (wants_more_rows (self))
    return G_SOURCE_CONTINUE;

  self->grow_id = 0;
  return G_SOURCE_REMOVE;
}

/* More rows, after whatever is waiting to be drawn or done. */
static void
maybe_grow (SoftenLibraryPage *self)
{
  if (self->shown && self->grow_id == 0 && wants_more_rows (self))
    self->grow_id = g_idle_add_full (G_PRIORITY_LOW, grow_cb, self, NULL);
}

static void
stop_waiting_for_frame (SoftenLibraryPage *self)
{
  if (self->frame_clock == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->frame_clock, self);
  g_clear_object (&self->frame_clock);
}

static void
first_frame_cb (GdkFrameClock *frame_clock, SoftenLibraryPage *self)
{
  stop_waiting_for_frame (self);
  self->shown = TRUE;
  soften_learn_group_fill (self->learn_group);
  maybe_grow (self);
}

/* Rows enough to fill the window the page is in, before it is laid out:
 * those whose top is above the bottom of its default size. */
static guint
first_rows (SoftenLibraryPage *self)
{
  GListModel *model = G_LIST_MODEL (self->library);
  GtkRoot    *root = gtk_widget_get_root (GTK_WIDGET (self));
  int         width = 0, height = 0;
  int         y = LIST_TOP;
  int         category = -1;
  guint       n = g_list_model_get_n_items (model);
  guint       i;

  if (GTK_IS_WINDOW (root))
    gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);
  if (height <= 0)
    return MIN (n, EAGER_ROWS);

  for (i = 0; i < n; i++)
    {
      g_autoptr (SoftenExercise) exercise = g_list_model_get_item (model, i);

      if (!soften_exercise_get_listed (exercise))
        continue;

      if ((int)soften_exercise_get_category (exercise) != category)
        {
          y += category < 0 ? FIRST_HEADING_HEIGHT : HEADING_HEIGHT;
          category = soften_exercise_get_category (exercise);
        }
      if (y >= height)
        break;
      y += ROW_HEIGHT;
    }

  return MAX (i, 1);
}

/* The person's own files may be read after the page is shown. */
static void
update_problems (SoftenLibraryPage *self)
{
  guint            n = soften_library_get_problems (self->library)->len;
  g_autofree char *title = g_strdup_printf (
      ngettext ("%u File Could Not Be Read", "%u Files Could Not Be Read", n), n);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->problems_row), title);
  gtk_widget_set_visible (self->kept_list, n > 0);
}

static void
rebuild (SoftenLibraryPage *self)
{
  for (guint i = 0; i < SOFTEN_N_CATEGORIES; i++)
    {
      if (self->groups[i] != NULL)
        gtk_box_remove (self->categories_box, self->groups[i]);
      self->groups[i] = NULL;
    }
  g_clear_object (&self->with_rows);
  g_clear_handle_id (&self->grow_id, g_source_remove);

  if (self->library == NULL)
    return;

  self->with_rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->library)), 0,
                                              self->shown ? EAGER_ROWS : first_rows (self));
  g_signal_connect_object (self->library, "items-changed", G_CALLBACK (maybe_grow), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->library, "notify::n-problems", G_CALLBACK (update_problems), self,
                           G_CONNECT_SWAPPED);
  update_problems (self);

  /* Between the words of welcome and the files that could not be read,
   * by need, as the library sorts them. */
  for (guint i = 0; i < SOFTEN_N_CATEGORIES; i++)
    {
      self->groups[i]
          = soften_category_group_new (soften_category_get_nth (i), G_LIST_MODEL (self->with_rows));
      gtk_box_insert_child_after (self->categories_box, self->groups[i],
                                  i == 0 ? self->intro_label : self->groups[i - 1]);
    }

  maybe_grow (self);
}

static void
soften_library_page_map (GtkWidget *widget)
{
  SoftenLibraryPage *self = SOFTEN_LIBRARY_PAGE (widget);

  GTK_WIDGET_CLASS (soften_library_page_parent_class)->map (widget);

  /* The rows not yet made wait until the page has been drawn once. */
  if (!self->shown && self->frame_clock == NULL)
    {
      self->frame_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
      g_signal_connect (self->frame_clock, "after-paint", G_CALLBACK (first_frame_cb), self);
    }
}

static void
soften_library_page_unmap (GtkWidget *widget)
{
  stop_waiting_for_frame (SOFTEN_LIBRARY_PAGE (widget));

  GTK_WIDGET_CLASS (soften_library_page_parent_class)->unmap (widget);
}

static void
scrolled_cb (SoftenLibraryPage *self)
{
  maybe_grow (self);
}

static void
set_library (SoftenLibraryPage *self, SoftenLibrary *library)
{
  g_return_if_fail (SOFTEN_IS_LIBRARY_PAGE (self));
  g_return_if_fail (!library || SOFTEN_IS_LIBRARY (library));

  if (self->library == library)
    return;

  if (self->library != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->library, maybe_grow, self);
      g_signal_handlers_disconnect_by_func (self->library, update_problems, self);
    }
  g_set_object (&self->library, library);

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
}

static void
soften_library_page_dispose (GObject *object)
{
  SoftenLibraryPage *self = (SoftenLibraryPage *)object;

  stop_waiting_for_frame (self);
  g_clear_handle_id (&self->grow_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SOFTEN_TYPE_LIBRARY_PAGE);
  g_clear_object (&self->with_rows);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (soften_library_page_parent_class)->dispose (object);
}

static void
soften_library_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenLibraryPage *self = SOFTEN_LIBRARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_CHOOSING:
      g_value_set_boolean (value, self->choosing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_library_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SoftenLibraryPage *self = SOFTEN_LIBRARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      set_library (self, g_value_get_object (value));
      break;

    case PROP_CHOOSING:
      soften_library_page_set_choosing (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_library_page_class_init (SoftenLibraryPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_library_page_dispose;
  object_class->get_property = soften_library_page_get_property;
  object_class->set_property = soften_library_page_set_property;
  widget_class->map = soften_library_page_map;
  widget_class->unmap = soften_library_page_unmap;

  properties[PROP_LIBRARY]
      = g_param_spec_object ("library", NULL, NULL, SOFTEN_TYPE_LIBRARY,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Whether the person is choosing an exercise to present. */
  properties[PROP_CHOOSING]
      = g_param_spec_boolean ("choosing", NULL, NULL, FALSE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SOFTEN_TYPE_CATEGORY_GROUP);
  g_type_ensure (SOFTEN_TYPE_LEARN_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-library-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, categories_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, welcome_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, choosing_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, help_now_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, kept_list);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, problems_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, stop_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, where_list);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, learn_group);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, switcher_bar);
  gtk_widget_class_bind_template_callback (widget_class, update_switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, progress_bin);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, scripts_bin);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, cancel_choosing_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenLibraryPage, scroller);
  gtk_widget_class_install_action (widget_class, "library.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "library.cancel-choosing", NULL,
                                   cancel_choosing_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

static void
soften_library_page_init (SoftenLibraryPage *self)
{
  GtkAdjustment *adjustment;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.cancel-choosing", FALSE);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (scrolled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (scrolled_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * soften_library_page_set_choosing:
 * @choosing: whether the person is choosing an exercise to present
 */
void
soften_library_page_set_choosing (SoftenLibraryPage *self, gboolean choosing)
{
  const char *title;

  g_return_if_fail (SOFTEN_IS_LIBRARY_PAGE (self));

  choosing = !!choosing;
  if (self->choosing == choosing)
    return;

  self->choosing = choosing;
  /* Translators: the title while choosing an exercise to present; keep it short */
  title = choosing ? C_("library title", "Present") : _("Soften");
  /* Short enough for a narrow window: what to do is said above the list,
   * and the menu steps aside for Cancel. Choosing is in Practice alone. */
  if (choosing)
    adw_view_stack_set_visible_child_name (self->view_stack, "practice");
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, !choosing);
  update_switcher_bar (self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->switcher_title), choosing ? title : NULL);
  gtk_widget_set_visible (self->welcome_label, !choosing);
  gtk_widget_set_visible (self->stop_box, !choosing);
  gtk_widget_set_visible (self->where_list, !choosing);
  gtk_widget_set_visible (GTK_WIDGET (self->learn_group), !choosing && self->shown);
  gtk_widget_set_visible (self->choosing_label, choosing);
  gtk_widget_set_visible (self->menu_button, !choosing);
  /* Room for Cancel in a narrow window: Help Now is still Alt+H. */
  gtk_widget_set_visible (self->help_now_button, !choosing);
  gtk_widget_set_visible (self->cancel_choosing_button, choosing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.cancel-choosing", choosing);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOOSING]);
}

static AdwBin *
view_bin (SoftenLibraryPage *self, const char *name)
{
  if (g_strcmp0 (name, "progress") == 0)
    return self->progress_bin;
  if (g_strcmp0 (name, "scripts") == 0)
    return self->scripts_bin;

  g_return_val_if_reached (NULL);
}

/**
 * soften_library_page_set_view_child:
 * @name: "progress" or "scripts"
 * @child: the page to show in that view
 *
 * Puts a page in its view, beside Practice (the window makes them after
 * its first frame).
 */
void
soften_library_page_set_view_child (SoftenLibraryPage *self, const char *name, GtkWidget *child)
{
  AdwBin *bin;

  g_return_if_fail (SOFTEN_IS_LIBRARY_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  bin = view_bin (self, name);
  if (bin != NULL)
    adw_bin_set_child (bin, child);
}

/* Returns: (transfer none) (nullable): the page in the view @name
 * ("progress" or "scripts"), if it was put there */
GtkWidget *
soften_library_page_get_view_child (SoftenLibraryPage *self, const char *name)
{
  AdwBin *bin;

  g_return_val_if_fail (SOFTEN_IS_LIBRARY_PAGE (self), NULL);

  bin = view_bin (self, name);
  return bin != NULL ? adw_bin_get_child (bin) : NULL;
}

/**
 * soften_library_page_show_view:
 * @name: "practice", "progress" or "scripts"
 */
void
soften_library_page_show_view (SoftenLibraryPage *self, const char *name)
{
  g_return_if_fail (SOFTEN_IS_LIBRARY_PAGE (self));

  if (g_strcmp0 (name, "practice") != 0)
    soften_library_page_set_choosing (self, FALSE);
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* Returns: "practice", "progress" or "scripts": the view shown */
const char *
soften_library_page_get_view_name (SoftenLibraryPage *self)
{
  g_return_val_if_fail (SOFTEN_IS_LIBRARY_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}
