/* soften-script-editor.c — change a kept boundary script
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Edits a copy of the kept script; Save puts the copy in the store (which
 * writes it), Cancel or closing leaves the kept script as it was.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-script-editor.h"
#include "soften-script-form.h"

struct _SoftenScriptEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  SoftenScriptForm *form;
  GtkLabel         *error_label;

  /* Owned */
  SoftenScriptStore *store;
  SoftenScript      *copy;
};

G_DEFINE_FINAL_TYPE (SoftenScriptEditor, soften_script_editor, ADW_TYPE_WINDOW)

static void
update_save (SoftenScriptEditor *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 self->copy != NULL && !soften_script_is_empty (self->copy));
}

static void
save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenScriptEditor *self = SOFTEN_SCRIPT_EDITOR (widget);
  g_autoptr (GError)  error = NULL;

  if (!soften_script_store_replace (self->store, self->copy, &error))
    {
      g_autofree char *message = g_strdup_printf (_("It could not be saved: %s"), error->message);

      gtk_label_set_text (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

/* A repair script shows its own three fields, a boundary script its four;
 * who helps is always shown. */
static void
show_fields (SoftenScriptEditor *self)
{
  gboolean repair = FALSE;

  for (guint f = SOFTEN_SCRIPT_BECAUSE; f <= SOFTEN_SCRIPT_NEXT; f++)
    repair |= soften_script_get_field (self->copy, f)[0] != '\0';
  for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
    soften_script_form_show_field (
        self->form, f,
        f == SOFTEN_SCRIPT_SUPPORT
            || repair == (f >= SOFTEN_SCRIPT_BECAUSE && f <= SOFTEN_SCRIPT_NEXT));
}

static void
soften_script_editor_dispose (GObject *object)
{
  SoftenScriptEditor *self = (SoftenScriptEditor *)object;

  if (self->copy != NULL)
    g_signal_handlers_disconnect_by_func (self->copy, update_save, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_SCRIPT_EDITOR);
  g_clear_object (&self->copy);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (soften_script_editor_parent_class)->dispose (object);
}

static void
soften_script_editor_class_init (SoftenScriptEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_script_editor_dispose;

  g_type_ensure (SOFTEN_TYPE_SCRIPT_FORM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-script-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptEditor, form);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptEditor, error_label);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
soften_script_editor_init (SoftenScriptEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
soften_script_editor_new (SoftenScriptStore *store, SoftenScript *script)
{
  SoftenScriptEditor *self;

  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (store), NULL);
  g_return_val_if_fail (SOFTEN_IS_SCRIPT (script), NULL);

  self = g_object_new (SOFTEN_TYPE_SCRIPT_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->copy = soften_script_copy (script);
  soften_script_form_set_draft (self->form, self->copy);
  show_fields (self);
  g_signal_connect_swapped (self->copy, "changed", G_CALLBACK (update_save), self);
  update_save (self);

  return GTK_WIDGET (self);
}
