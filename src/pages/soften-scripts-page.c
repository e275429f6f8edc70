/* soften-scripts-page.c — the boundary scripts a person kept
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each kept script can be rehearsed again (app.rehearse), edited, copied to
 * the clipboard, exported as a text file, or deleted, with a toast to undo
 * the delete. These are the person's own acts on what they chose to keep;
 * nothing here happens by itself. A problem reading the kept scripts is
 * shown at the top, and the scripts that could be read are listed below it.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-export.h"
#include "soften-script-editor.h"
#include "soften-scripts-page.h"

struct _SoftenScriptsPage
{
  AdwBin             parent_instance;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  GtkLabel          *problem_label;
  GtkStack          *content_stack;
  GtkListBox        *list_box;

  /* Owned */
  SoftenScriptStore *store;
  gboolean           bound;            /* rows made, on first showing */
  SoftenScript      *deleted;          /* for undo */
  guint              deleted_position;
};

G_DEFINE_FINAL_TYPE (SoftenScriptsPage, soften_scripts_page, ADW_TYPE_BIN)

enum {
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (SoftenScriptsPage *self,
       const char        *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* The words to say, then who helps: what is copied and exported. */
static char *
script_as_text (SoftenScript *script)
{
  g_autofree char *text = soften_script_build_text (script);
  g_autofree char *support = soften_script_build_support (script);

  if (support[0] == '\0')
    return g_strconcat (text, "\n", NULL);
  if (text[0] == '\0')
    return g_strconcat (support, "\n", NULL);

  return g_strconcat (text, "\n\n", support, "\n", NULL);
}

static void
create_menu (GtkMenuButton *button,
             gpointer       menu)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, menu);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SoftenScript *script = item;
  g_autofree char *text = soften_script_build_text (script);
  g_autofree char *support = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GDateTime) created = g_date_time_new_from_unix_local (soften_script_get_created (script));
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *date = NULL;
  GtkWidget *row;
  GtkWidget *rehearse;
  GtkWidget *more;
  const char *id = soften_script_get_id (script);

  if (text[0] == '\0')
    {
      g_free (text);
      text = g_strdup (support = soften_script_build_support (script));
    }

  /* Translators: when a script was kept; %s is a date in the locale's format */
  date = created != NULL ? g_date_time_format (created, "%x") : g_strdup ("");
  kept = g_strdup_printf (_("Kept on %s"), date);

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", text,
                      "subtitle", kept,
                      "use-markup", FALSE,
                      "title-lines", 4,
                      "activatable", TRUE,
                      "action-name", "scripts.edit",
                      "action-target", g_variant_new_string (id),
                      NULL);

  rehearse = gtk_button_new_from_icon_name ("media-playback-start-symbolic");
  gtk_widget_set_valign (rehearse, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (rehearse, "flat");
  gtk_widget_set_tooltip_text (rehearse, _("Rehearse It Again"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (rehearse),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rehearse It Again"),
                                  -1);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (rehearse), g_variant_new_string (id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (rehearse), "app.rehearse");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), rehearse);

  {
    const struct { const char *label; const char *action; } entries[] = {
      { N_("_Edit…"), "scripts.edit" },
      { N_("_Copy"), "scripts.copy" },
      { N_("E_xport…"), "scripts.export" },
      { N_("_Delete"), "scripts.delete" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
      {
        g_autoptr(GMenuItem) entry = g_menu_item_new (_(entries[i].label), NULL);

        g_menu_item_set_action_and_target_value (entry, entries[i].action, g_variant_new_string (id));
        g_menu_append_item (menu, entry);
      }
  }

  more = g_object_new (GTK_TYPE_MENU_BUTTON,
                       "icon-name", "view-more-symbolic",
                       "valign", GTK_ALIGN_CENTER,
                       "tooltip-text", _("More"),
                       NULL);
  /* The menu is made when first opened: a popover for each of a thousand
   * rows made the page slow to open. */
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (more), create_menu,
                                         g_object_ref (menu), g_object_unref);
  gtk_widget_add_css_class (more, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (more),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("More"),
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), more);

  return row;
}

static void
update_stack (SoftenScriptsPage *self)
{
  gboolean any = self->store != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0;

  gtk_stack_set_visible_child_name (self->content_stack, any ? "list" : "empty");
}

static SoftenScript *
lookup (SoftenScriptsPage *self,
        GVariant          *parameter)
{
  if (self->store == NULL)
    return NULL;

  return soften_script_store_lookup (self->store, g_variant_get_string (parameter, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[BACK], 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SoftenScriptsPage *self = SOFTEN_SCRIPTS_PAGE (widget);
  SoftenScript *script = lookup (self, parameter);
  GtkWidget *editor;

  if (script == NULL)
    return;

  editor = soften_script_editor_new (self->store, script);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SoftenScriptsPage *self = SOFTEN_SCRIPTS_PAGE (widget);
  SoftenScript *script = lookup (self, parameter);
  g_autofree char *text = NULL;

  if (script == NULL)
    return;

  /* The person asked for it: the one way a script reaches the clipboard. */
  text = script_as_text (script);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  toast (self, _("Copied to the clipboard"));
}

static void
exported_cb (const GError *error,
             gpointer      user_data)
{
  SoftenScriptsPage *self = user_data;

  if (error == NULL)
    toast (self, _("Exported"));
  else
    {
      /* Translators: %s says why */
      g_autofree char *message = g_strdup_printf (_("It could not be exported: %s"), error->message);
      toast (self, message);
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SoftenScriptsPage *self = SOFTEN_SCRIPTS_PAGE (widget);
  SoftenScript *script = lookup (self, parameter);
  g_autofree char *text = NULL;

  if (script == NULL)
    return;

  text = script_as_text (script);
  /* Translators: the suggested file name of an exported script */
  soften_export_text (widget, _("Export Script"), _("boundary-script.txt"), text, exported_cb, self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SoftenScriptsPage *self = SOFTEN_SCRIPTS_PAGE (widget);
  SoftenScript *script = lookup (self, parameter);
  g_autoptr(GError) error = NULL;
  AdwToast *undo;

  if (script == NULL)
    return;

  g_set_object (&self->deleted, script);
  if (!soften_script_store_remove (self->store, script, &self->deleted_position, &error))
    {
      g_autofree char *message = g_strdup_printf (_("It could not be deleted: %s"), error->message);
      toast (self, message);
      return;
    }

  undo = adw_toast_new (_("Script deleted"));
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "scripts.undo");
  adw_toast_set_priority (undo, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, undo);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SoftenScriptsPage *self = SOFTEN_SCRIPTS_PAGE (widget);
  g_autoptr(SoftenScript) script = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;

  if (script == NULL || self->store == NULL)
    return;

  if (!soften_script_store_insert (self->store, self->deleted_position, script, &error))
    {
      g_autofree char *message = g_strdup_printf (_("It could not be put back: %s"), error->message);
      toast (self, message);
    }
}

static void
soften_scripts_page_dispose (GObject *object)
{
  SoftenScriptsPage *self = (SoftenScriptsPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_SCRIPTS_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->deleted);

  G_OBJECT_CLASS (soften_scripts_page_parent_class)->dispose (object);
}

static void
soften_scripts_page_class_init (SoftenScriptsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_scripts_page_dispose;

  /* The person wants to go back to the list of exercises. */
  signals[BACK] =
    g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-scripts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptsPage, problem_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptsPage, list_box);

  gtk_widget_class_install_action (widget_class, "scripts.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "scripts.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "scripts.copy", "s", copy_action);
  gtk_widget_class_install_action (widget_class, "scripts.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "scripts.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "scripts.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "scripts.back", NULL);
}

/* A row for each kept script is made the first time the page shows, not
 * at start-up: there may be a thousand of them. */
static void
bind_rows (SoftenScriptsPage *self)
{
  if (self->bound || self->store == NULL)
    return;

  self->bound = TRUE;
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->store), create_row, NULL, NULL);
}

static void
soften_scripts_page_init (SoftenScriptsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (bind_rows), NULL);
  update_stack (self);
}

void
soften_scripts_page_set_store (SoftenScriptsPage *self,
                               SoftenScriptStore *store)
{
  g_return_if_fail (SOFTEN_IS_SCRIPTS_PAGE (self));
  g_return_if_fail (SOFTEN_IS_SCRIPT_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  self->bound = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bind_rows (self);
  g_signal_connect_object (store, "items-changed", G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  update_stack (self);
}

/**
 * soften_scripts_page_set_problem:
 * @problem: (nullable): what went wrong reading the kept scripts
 */
void
soften_scripts_page_set_problem (SoftenScriptsPage *self,
                                 const char        *problem)
{
  g_return_if_fail (SOFTEN_IS_SCRIPTS_PAGE (self));

  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
}
