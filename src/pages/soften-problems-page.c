/* soften-problems-page.c — exercise files that could not be read, and why
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row a problem, following the library's problems as files are read
 * or imported. Back is win.show-library.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "engine/soften-library.h"
#include "soften-problem-row.h"
#include "soften-problems-page.h"

struct _SoftenProblemsPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel   *intro_label;
  GtkListBox *list_box;

  /* Owned */
  SoftenLibrary *library;
};

G_DEFINE_FINAL_TYPE (SoftenProblemsPage, soften_problems_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_LIBRARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (SoftenProblemsPage *self)
{
  GPtrArray       *problems;
  g_autofree char *intro = NULL;
  GtkWidget       *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  if (self->library == NULL)
    return;

  problems = soften_library_get_problems (self->library);
  intro = g_strdup_printf (ngettext ("%u exercise file could not be read:",
                                     "%u exercise files could not be read:", problems->len),
                           problems->len);
  gtk_label_set_text (self->intro_label, intro);

  for (guint i = 0; i < problems->len; i++)
    {
      const GError *error = g_ptr_array_index (problems, i);

      gtk_list_box_append (self->list_box, soften_problem_row_new (error->message));
    }
}

static void
soften_problems_page_dispose (GObject *object)
{
  SoftenProblemsPage *self = SOFTEN_PROBLEMS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_PROBLEMS_PAGE);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (soften_problems_page_parent_class)->dispose (object);
}

static void
soften_problems_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenProblemsPage *self = SOFTEN_PROBLEMS_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_problems_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SoftenProblemsPage *self = SOFTEN_PROBLEMS_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      if (self->library != NULL)
        g_signal_handlers_disconnect_by_data (self->library, self);
      if (g_set_object (&self->library, g_value_get_object (value)) && self->library != NULL)
        g_signal_connect_object (self->library, "notify::n-problems", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);
      update (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_problems_page_class_init (SoftenProblemsPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_problems_page_dispose;
  object_class->get_property = soften_problems_page_get_property;
  object_class->set_property = soften_problems_page_set_property;

  properties[PROP_LIBRARY] = g_param_spec_object ("library", NULL, NULL, SOFTEN_TYPE_LIBRARY,
                                                  G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-problems-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenProblemsPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenProblemsPage, list_box);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.show-library", NULL);
}

static void
soften_problems_page_init (SoftenProblemsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
