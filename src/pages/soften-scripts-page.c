/* soften-scripts-page.c — the boundary scripts a person kept
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each kept script (a SoftenScriptRow) can be rehearsed again
 * (app.rehearse), edited, copied to the clipboard, exported as a text file,
 * or deleted, with a toast beside the list to undo the delete; what goes
 * wrong is told on the window (win.toast). These are the person's own acts
 * on what they chose to keep; nothing here happens by itself. A problem
 * reading the kept scripts is shown at the top, and the scripts that could
 * be read are listed below it.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-export.h"
#include "soften-script-editor.h"
#include "soften-script-row.h"
#include "soften-scripts-page.h"

struct _SoftenScriptsPage
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkLabel        *problem_label;
  GtkStack        *content_stack;
  GtkListBox      *list_box;

  /* Owned */
  SoftenScriptStore *store;
  char              *problem;
  gboolean           bound;   /* rows made, on first showing */
  SoftenScript      *deleted; /* for undo */
  guint              deleted_position;
};

G_DEFINE_FINAL_TYPE (SoftenScriptsPage, soften_scripts_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_SCRIPTS,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (SoftenScriptsPage *self, const char *title)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", title);
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

static GtkWidget *
create_row (gpointer item, gpointer user_data)
{
  return soften_script_row_new (item);
}

static void
update_stack (SoftenScriptsPage *self)
{
  gboolean any = self->store != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0;

  gtk_stack_set_visible_child_name (self->content_stack, any ? "list" : "empty");
}

static SoftenScript *
lookup (SoftenScriptsPage *self, GVariant *parameter)
{
  if (self->store == NULL)
    return NULL;

  return soften_script_store_lookup (self->store, g_variant_get_string (parameter, NULL));
}

static void
edit_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenScriptsPage *self = SOFTEN_SCRIPTS_PAGE (widget);
  SoftenScript      *script = lookup (self, parameter);
  GtkWidget         *editor;

  if (script == NULL)
    return;

  editor = soften_script_editor_new (self->store, script);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
copy_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenScriptsPage *self = SOFTEN_SCRIPTS_PAGE (widget);
  SoftenScript      *script = lookup (self, parameter);
  g_autofree char   *text = NULL;

  if (script == NULL)
    return;

  /* The person asked for it: the one way a script reaches the clipboard. */
  text = script_as_text (script);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  toast (self, _("Copied to the clipboard"));
}

static void
export_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenScriptsPage *self = SOFTEN_SCRIPTS_PAGE (widget);
  SoftenScript      *script = lookup (self, parameter);
  g_autofree char   *text = NULL;

  if (script == NULL)
    return;

  text = script_as_text (script);
  /* Translators: the suggested file name of an exported script */
  soften_export_text (widget, _("Export Script"), _("boundary-script.txt"), text);
}

static void
delete_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenScriptsPage *self = SOFTEN_SCRIPTS_PAGE (widget);
  SoftenScript      *script = lookup (self, parameter);
  g_autoptr (GError) error = NULL;
  AdwToast          *undo;

  if (script == NULL)
    return;

  g_set_object (&self->deleted, script);
  if (!soften_script_store_remove (self->store, script, &self->deleted_position, &error))
    {
      g_autofree char *message
          = g_strdup_printf (_("It could not be deleted: %s"), error->message);
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
undo_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenScriptsPage       *self = SOFTEN_SCRIPTS_PAGE (widget);
  g_autoptr (SoftenScript) script = g_steal_pointer (&self->deleted);
  g_autoptr (GError)       error = NULL;

  if (script == NULL || self->store == NULL)
    return;

  if (!soften_script_store_insert (self->store, self->deleted_position, script, &error))
    {
      g_autofree char *message
          = g_strdup_printf (_("It could not be put back: %s"), error->message);
      toast (self, message);
    }
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
set_store (SoftenScriptsPage *self, SoftenScriptStore *store)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (!g_set_object (&self->store, store))
    return;

  self->bound = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bind_rows (self);
  if (store != NULL)
    g_signal_connect_object (store, "items-changed", G_CALLBACK (update_stack), self,
                             G_CONNECT_SWAPPED);
  update_stack (self);
}

static void
set_problem (SoftenScriptsPage *self, const char *problem)
{
  g_free (self->problem);
  self->problem = g_strdup (problem);
  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
}

static void
soften_scripts_page_dispose (GObject *object)
{
  SoftenScriptsPage *self = SOFTEN_SCRIPTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_SCRIPTS_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->deleted);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (soften_scripts_page_parent_class)->dispose (object);
}

static void
soften_scripts_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenScriptsPage *self = SOFTEN_SCRIPTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SCRIPTS:
      g_value_set_object (value, self->store);
      break;

    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_scripts_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SoftenScriptsPage *self = SOFTEN_SCRIPTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SCRIPTS:
      set_store (self, g_value_get_object (value));
      break;

    case PROP_PROBLEM:
      set_problem (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_scripts_page_class_init (SoftenScriptsPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_scripts_page_dispose;
  object_class->get_property = soften_scripts_page_get_property;
  object_class->set_property = soften_scripts_page_set_property;

  /* The kept scripts. */
  properties[PROP_SCRIPTS] = g_param_spec_object ("scripts", NULL, NULL, SOFTEN_TYPE_SCRIPT_STORE,
                                                  G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* What went wrong reading them, if anything. */
  properties[PROP_PROBLEM] = g_param_spec_string ("problem", NULL, NULL, NULL,
                                                  G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-scripts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptsPage, problem_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptsPage, list_box);

  gtk_widget_class_install_action (widget_class, "scripts.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "scripts.copy", "s", copy_action);
  gtk_widget_class_install_action (widget_class, "scripts.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "scripts.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "scripts.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.show-library", NULL);
}

static void
soften_scripts_page_init (SoftenScriptsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (bind_rows), NULL);
  update_stack (self);
}
