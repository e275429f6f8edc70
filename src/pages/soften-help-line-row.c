/* soften-help-line-row.c — a crisis or domestic-abuse line, on Help Now
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The service's own name, what it offers, and every way to reach it, each
 * with a button that copies it (help-now.copy-number): Soften never calls,
 * texts or opens anything itself. Its hours when the service says.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-help-line-row.h"

struct _SoftenHelpLineRow
{
  GtkListBoxRow parent_instance;

  /* Template widgets */
  GtkLabel  *name_label;
  GtkLabel  *description_label;
  GtkWidget *phone_box;
  GtkLabel  *phone_label;
  GtkWidget *sms_box;
  GtkLabel  *sms_label;
  GtkWidget *whatsapp_box;
  GtkLabel  *whatsapp_label;
  GtkWidget *web_box;
  GtkLabel  *web_label;
  GtkLabel  *hours_label;

  /* Owned */
  SoftenHelpLine *line;
};

G_DEFINE_FINAL_TYPE (SoftenHelpLineRow, soften_help_line_row, GTK_TYPE_LIST_BOX_ROW)

/* Shows @text in @label and its box, or hides them without it. */
static void
show_way (GtkWidget *box, GtkLabel *label, char *text)
{
  g_autofree char *owned = text;

  gtk_label_set_text (label, owned != NULL ? owned : "");
  gtk_widget_set_visible (box, owned != NULL);
}

static void
update (SoftenHelpLineRow *self)
{
  SoftenHelpLine    *line = self->line;
  const char *const *phones = soften_help_line_get_phones (line);
  const char        *sms = soften_help_line_get_sms (line);
  const char        *body = soften_help_line_get_sms_body (line);
  g_autofree char   *numbers = g_strjoinv (" · ", (char **)phones);
  char              *texting = NULL;

  gtk_label_set_text (self->name_label, soften_help_line_get_name (line));
  gtk_label_set_text (self->description_label, soften_help_line_get_description (line));

  /* Translators: how to reach a helpline: "Call 116 123" (or several numbers) */
  show_way (self->phone_box, self->phone_label,
            phones[0] != NULL ? g_strdup_printf (_("Call %s"), numbers) : NULL);
  if (sms != NULL && body != NULL)
    /* Translators: how to reach a helpline by text: "Text START to 88788" */
    texting = g_strdup_printf (_("Text %s to %s"), body, sms);
  else if (sms != NULL)
    /* Translators: how to reach a helpline by text: "Text 988" */
    texting = g_strdup_printf (_("Text %s"), sms);
  show_way (self->sms_box, self->sms_label, texting);
  show_way (self->whatsapp_box, self->whatsapp_label,
            soften_help_line_get_whatsapp (line) != NULL
                /* Translators: how to reach a helpline on WhatsApp: "WhatsApp 600 000 016" */
                ? g_strdup_printf (_("WhatsApp %s"), soften_help_line_get_whatsapp (line))
                : NULL);
  show_way (self->web_box, self->web_label, g_strdup (soften_help_line_get_web (line)));

  gtk_label_set_text (self->hours_label, soften_help_line_get_hours (line));
  gtk_widget_set_visible (GTK_WIDGET (self->hours_label),
                          soften_help_line_get_hours (line) != NULL);
}

/* The number (or address) of one way, as it is to be dialled or typed. */
static void
copy_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenHelpLineRow *self = SOFTEN_HELP_LINE_ROW (widget);
  const char        *way = g_variant_get_string (parameter, NULL);
  const char        *text = NULL;

  if (g_str_equal (way, "phone"))
    text = soften_help_line_get_phones (self->line)[0];
  else if (g_str_equal (way, "sms"))
    text = soften_help_line_get_sms (self->line);
  else if (g_str_equal (way, "whatsapp"))
    text = soften_help_line_get_whatsapp (self->line);
  else if (g_str_equal (way, "web"))
    text = soften_help_line_get_web (self->line);

  if (text != NULL)
    gtk_widget_activate_action (widget, "help-now.copy-number", "s", text);
}

static void
soften_help_line_row_dispose (GObject *object)
{
  SoftenHelpLineRow *self = SOFTEN_HELP_LINE_ROW (object);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_HELP_LINE_ROW);
  g_clear_object (&self->line);

  G_OBJECT_CLASS (soften_help_line_row_parent_class)->dispose (object);
}

static void
soften_help_line_row_class_init (SoftenHelpLineRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_help_line_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-help-line-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpLineRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpLineRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpLineRow, phone_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpLineRow, phone_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpLineRow, sms_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpLineRow, sms_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpLineRow, whatsapp_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpLineRow, whatsapp_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpLineRow, web_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpLineRow, web_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpLineRow, hours_label);

  gtk_widget_class_install_action (widget_class, "row.copy", "s", copy_action);
}

static void
soften_help_line_row_init (SoftenHelpLineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
soften_help_line_row_new (SoftenHelpLine *line)
{
  SoftenHelpLineRow *self;

  g_return_val_if_fail (SOFTEN_IS_HELP_LINE (line), NULL);

  self = g_object_new (SOFTEN_TYPE_HELP_LINE_ROW, NULL);
  self->line = g_object_ref (line);
  update (self);

  return GTK_WIDGET (self);
}
