/* soften-problems-page.c — exercise files that could not be read, and why
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row a problem, as the reader put it: the file, the group, the key,
 * and what was expected. Shown as plain text.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-problems-page.h"

struct _SoftenProblemsPage
{
  AdwBin      parent_instance;

  /* Template widgets */
  GtkLabel   *intro_label;
  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (SoftenProblemsPage, soften_problems_page, ADW_TYPE_BIN)

enum {
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[BACK], 0);
}

static void
soften_problems_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_PROBLEMS_PAGE);

  G_OBJECT_CLASS (soften_problems_page_parent_class)->dispose (object);
}

static void
soften_problems_page_class_init (SoftenProblemsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_problems_page_dispose;

  /* The person wants to go back to the list of exercises. */
  signals[BACK] =
    g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-problems-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenProblemsPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenProblemsPage, list_box);

  gtk_widget_class_install_action (widget_class, "problems.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "problems.back", NULL);
}

static void
soften_problems_page_init (SoftenProblemsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * soften_problems_page_set_problems:
 * @problems: (element-type GError): what could not be read
 */
void
soften_problems_page_set_problems (SoftenProblemsPage *self,
                                   GPtrArray          *problems)
{
  g_autofree char *intro = NULL;
  GtkWidget *child;

  g_return_if_fail (SOFTEN_IS_PROBLEMS_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  intro = g_strdup_printf (ngettext ("%u exercise file could not be read:",
                                     "%u exercise files could not be read:", problems->len),
                           problems->len);
  gtk_label_set_text (self->intro_label, intro);

  for (guint i = 0; i < problems->len; i++)
    {
      const GError *error = g_ptr_array_index (problems, i);
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "title", error->message,
                                     "use-markup", FALSE,
                                     "title-lines", 0,
                                     NULL);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problem"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->list_box, row);
    }
}
