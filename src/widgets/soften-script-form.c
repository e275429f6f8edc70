/* soften-script-form.c — the fields of a boundary or repair script, with a live preview
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One labelled entry per field, an example of what the fields shown make, a
 * short list of feelings to pick from for "I feel…", and the whole script
 * as it reads so far, rebuilt as the person types. Used by the script steps
 * of an exercise and by the editor of a kept script. The form edits the
 * draft it is given and keeps no copy of its own.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-format.h"
#include "soften-script-form.h"

#include "soften-private-field.h"

struct _SoftenScriptForm
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkWidget   *when_field;
  GtkWidget   *feel_field;
  GtkWidget   *line_field;
  GtkWidget   *need_field;
  GtkWidget   *because_field;
  GtkWidget   *know_field;
  GtkWidget   *next_field;
  GtkWidget   *support_field;
  GtkEditable *when_entry;
  GtkEditable *feel_entry;
  GtkEditable *line_entry;
  GtkEditable *need_entry;
  GtkEditable *because_entry;
  GtkEditable *know_entry;
  GtkEditable *next_entry;
  GtkEditable *support_entry;
  GtkWidget   *feelings_box;
  GtkLabel    *preview_label;
  GtkLabel    *example_label;

  /* Owned */
  SoftenScript *draft;
  gboolean      syncing;
};

G_DEFINE_FINAL_TYPE (SoftenScriptForm, soften_script_form, ADW_TYPE_BIN)

/* A field: its label and its entry. */
static GtkWidget *
field_for (SoftenScriptForm *self, SoftenScriptField field)
{
  GtkWidget *fields[] = {
    [SOFTEN_SCRIPT_WHEN] = self->when_field,       [SOFTEN_SCRIPT_FEEL] = self->feel_field,
    [SOFTEN_SCRIPT_LINE] = self->line_field,       [SOFTEN_SCRIPT_NEED] = self->need_field,
    [SOFTEN_SCRIPT_BECAUSE] = self->because_field, [SOFTEN_SCRIPT_KNOW] = self->know_field,
    [SOFTEN_SCRIPT_NEXT] = self->next_field,       [SOFTEN_SCRIPT_SUPPORT] = self->support_field,
  };

  return fields[field];
}

static GtkEditable *
entry_for (SoftenScriptForm *self, SoftenScriptField field)
{
  GtkEditable *entries[] = {
    [SOFTEN_SCRIPT_WHEN] = self->when_entry,       [SOFTEN_SCRIPT_FEEL] = self->feel_entry,
    [SOFTEN_SCRIPT_LINE] = self->line_entry,       [SOFTEN_SCRIPT_NEED] = self->need_entry,
    [SOFTEN_SCRIPT_BECAUSE] = self->because_entry, [SOFTEN_SCRIPT_KNOW] = self->know_entry,
    [SOFTEN_SCRIPT_NEXT] = self->next_entry,       [SOFTEN_SCRIPT_SUPPORT] = self->support_entry,
  };

  return entries[field];
}

/* Shows the draft: in the entries (when it changed elsewhere) and the preview. */
static void
sync_from_draft (SoftenScriptForm *self)
{
  g_autofree char *preview = NULL;

  if (self->draft == NULL)
    return;

  self->syncing = TRUE;
  for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
    {
      GtkEditable *entry = entry_for (self, f);

      if (g_strcmp0 (gtk_editable_get_text (entry), soften_script_get_field (self->draft, f)) != 0)
        gtk_editable_set_text (entry, soften_script_get_field (self->draft, f));
    }
  self->syncing = FALSE;

  preview = soften_format_script_preview (self->draft);
  gtk_label_set_text (self->preview_label, preview);
}

static void
entry_changed_cb (SoftenScriptForm *self, GtkEditable *editable)
{
  if (self->syncing || self->draft == NULL)
    return;

  for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
    if (entry_for (self, f) == editable)
      soften_script_set_field (self->draft, f, gtk_editable_get_text (editable));
}

/* Picking a feeling adds it to what is typed. */
static void
feeling_clicked_cb (SoftenScriptForm *self, GtkButton *button)
{
  GtkEditable     *feel = self->feel_entry;
  const char      *word = gtk_button_get_label (button);
  g_autofree char *current = g_strstrip (g_strdup (gtk_editable_get_text (feel)));
  g_autofree char *joined = NULL;

  /* Translators: joins feelings the person picked, as in "hurt, lonely" */
  joined = current[0] == '\0' ? g_strdup (word) : g_strdup_printf (_("%s, %s"), current, word);
  gtk_editable_set_text (feel, joined);
  gtk_editable_set_position (feel, -1);
}

static void
soften_script_form_dispose (GObject *object)
{
  SoftenScriptForm *self = (SoftenScriptForm *)object;

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_func (self->draft, sync_from_draft, self);
  g_clear_object (&self->draft);
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_SCRIPT_FORM);

  G_OBJECT_CLASS (soften_script_form_parent_class)->dispose (object);
}

static void
soften_script_form_class_init (SoftenScriptFormClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_script_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-script-form.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, when_field);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, feel_field);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, line_field);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, need_field);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, because_field);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, know_field);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, next_field);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, support_field);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, when_entry);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, feel_entry);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, line_entry);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, need_entry);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, because_entry);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, know_entry);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, next_entry);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, support_entry);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, feelings_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, preview_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptForm, example_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, feeling_clicked_cb);
}

static void
soften_script_form_init (SoftenScriptForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* What a person says in a script is theirs, kept or not. */
  for (SoftenScriptField f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
    soften_private_field_guard (GTK_WIDGET (entry_for (self, f)));
}

/**
 * soften_script_form_set_draft:
 * @draft: the script to edit
 */
void
soften_script_form_set_draft (SoftenScriptForm *self, SoftenScript *draft)
{
  g_return_if_fail (SOFTEN_IS_SCRIPT_FORM (self));
  g_return_if_fail (SOFTEN_IS_SCRIPT (draft));

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_func (self->draft, sync_from_draft, self);
  g_set_object (&self->draft, draft);
  g_signal_connect_swapped (draft, "changed", G_CALLBACK (sync_from_draft), self);
  sync_from_draft (self);
}

/**
 * soften_script_form_show_field:
 *
 * Shows or hides one field; the feelings to pick from go with "I feel…".
 */
void
soften_script_form_show_field (SoftenScriptForm *self, SoftenScriptField field, gboolean shown)
{
  g_return_if_fail (SOFTEN_IS_SCRIPT_FORM (self));
  g_return_if_fail (field < SOFTEN_SCRIPT_N_FIELDS);

  gtk_widget_set_visible (field_for (self, field), shown);
  if (field == SOFTEN_SCRIPT_FEEL)
    gtk_widget_set_visible (self->feelings_box, shown);
}

/**
 * soften_script_form_set_example:
 * @example: (nullable): a whole example of what the shown fields make
 *
 * Shows an example under the fields, in full and wrapped to any width
 * (a placeholder in the field itself would be cut short), or none.
 */
void
soften_script_form_set_example (SoftenScriptForm *self, const char *example)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SOFTEN_IS_SCRIPT_FORM (self));

  if (example != NULL && example[0] != '\0')
    /* Translators: %s is a whole example sentence, e.g. "When plans are made
     * without me, I feel left out." */
    text = g_strdup_printf (_("For example: %s"), example);

  gtk_label_set_text (self->example_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->example_label), text != NULL);
}
