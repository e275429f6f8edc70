/* soften-script-row.c — one kept boundary script in My Scripts
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its words (or, without them, who helps) and when it was kept; a button
 * to rehearse it again, and a menu to edit, copy, export or delete it. The
 * row's own actions (row.*) pass its script's id on to the page's
 * (scripts.*) and to app.rehearse.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-script-row.h"

struct _SoftenScriptRow
{
  AdwActionRow parent_instance;

  /* Template widgets */
  GtkMenuButton *menu_button;
  GMenuModel    *menu;

  /* Owned */
  SoftenScript *script;
};

G_DEFINE_FINAL_TYPE (SoftenScriptRow, soften_script_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_SCRIPT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (SoftenScriptRow *self)
{
  g_autofree char      *text = soften_script_build_text (self->script);
  g_autoptr (GDateTime) created
      = g_date_time_new_from_unix_local (soften_script_get_created (self->script));
  g_autofree char *date = created != NULL ? g_date_time_format (created, "%x") : g_strdup ("");
  g_autofree char *kept = NULL;

  if (text[0] == '\0')
    {
      g_free (text);
      text = soften_script_build_support (self->script);
    }

  /* Translators: when a script was kept; %s is a date in the locale's format */
  kept = g_strdup_printf (_("Kept on %s"), date);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), kept);
}

/* Passes the row's action on, with the script's id. */
static void
forward_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  static const struct
  {
    const char *row;
    const char *target;
  } forwards[] = {
    { "row.rehearse", "app.rehearse" }, { "row.edit", "scripts.edit" },
    { "row.copy", "scripts.copy" },     { "row.export", "scripts.export" },
    { "row.delete", "scripts.delete" },
  };
  SoftenScriptRow *self = SOFTEN_SCRIPT_ROW (widget);

  for (guint i = 0; i < G_N_ELEMENTS (forwards); i++)
    if (g_str_equal (action_name, forwards[i].row))
      gtk_widget_activate_action (widget, forwards[i].target, "s",
                                  soften_script_get_id (self->script));
}

/* The menu is made when first opened: a popover for each of a thousand
 * rows made the page slow to open. */
static void
create_menu (GtkMenuButton *button, gpointer user_data)
{
  SoftenScriptRow *self = user_data;

  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->menu);
}

static void
soften_script_row_dispose (GObject *object)
{
  SoftenScriptRow *self = SOFTEN_SCRIPT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_SCRIPT_ROW);
  g_clear_object (&self->script);

  G_OBJECT_CLASS (soften_script_row_parent_class)->dispose (object);
}

static void
soften_script_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenScriptRow *self = SOFTEN_SCRIPT_ROW (object);

  switch (prop_id)
    {
    case PROP_SCRIPT:
      g_value_set_object (value, self->script);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_script_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SoftenScriptRow *self = SOFTEN_SCRIPT_ROW (object);

  switch (prop_id)
    {
    case PROP_SCRIPT:
      self->script = g_value_dup_object (value);
      update (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_script_row_class_init (SoftenScriptRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_script_row_dispose;
  object_class->get_property = soften_script_row_get_property;
  object_class->set_property = soften_script_row_set_property;

  properties[PROP_SCRIPT]
      = g_param_spec_object ("script", NULL, NULL, SOFTEN_TYPE_SCRIPT,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-script-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptRow, menu);

  gtk_widget_class_install_action (widget_class, "row.rehearse", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "row.edit", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "row.copy", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "row.export", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, forward_action);
}

static void
soften_script_row_init (SoftenScriptRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu, self, NULL);
}

GtkWidget *
soften_script_row_new (SoftenScript *script)
{
  g_return_val_if_fail (SOFTEN_IS_SCRIPT (script), NULL);

  return g_object_new (SOFTEN_TYPE_SCRIPT_ROW, "script", script, NULL);
}
