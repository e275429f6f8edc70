/* soften-category-group.c — the exercises of one category, in the library
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A heading and a boxed list bound to the listed exercises of its category
 * in a model of exercises, following it as they come and go; hidden while
 * it has none. Activating a row asks the page to open it (library.open).
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-category-group.h"
#include "soften-exercise-row.h"
#include "soften-format.h"

struct _SoftenCategoryGroup
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel   *heading_label;
  GtkListBox *list_box;

  /* Given at construction */
  SoftenCategory category;
  GListModel    *exercises;

  /* Owned */
  GListModel *shown;
};

G_DEFINE_FINAL_TYPE (SoftenCategoryGroup, soften_category_group, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CATEGORY,
  PROP_EXERCISES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
filter_by_category (gpointer item, gpointer user_data)
{
  SoftenCategoryGroup *self = user_data;

  return soften_exercise_get_category (item) == self->category && soften_exercise_get_listed (item);
}

static GtkWidget *
create_row (gpointer item, gpointer user_data)
{
  return soften_exercise_row_new (item);
}

static void
update_visibility (SoftenCategoryGroup *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), g_list_model_get_n_items (self->shown) > 0);
}

static void
row_activated_cb (SoftenCategoryGroup *self, GtkListBoxRow *row)
{
  SoftenExercise *exercise = soften_exercise_row_get_exercise (SOFTEN_EXERCISE_ROW (row));

  gtk_widget_activate_action (GTK_WIDGET (self), "library.open", "s",
                              soften_exercise_get_id (exercise));
}

static void
soften_category_group_constructed (GObject *object)
{
  SoftenCategoryGroup *self = SOFTEN_CATEGORY_GROUP (object);
  const char          *name = soften_format_category (self->category);
  GtkCustomFilter     *filter;

  G_OBJECT_CLASS (soften_category_group_parent_class)->constructed (object);

  gtk_label_set_text (self->heading_label, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);

  filter = gtk_custom_filter_new (filter_by_category, self, NULL);
  self->shown = G_LIST_MODEL (
      gtk_filter_list_model_new (g_object_ref (self->exercises), GTK_FILTER (filter)));
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (update_visibility), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->list_box, self->shown, create_row, NULL, NULL);
  update_visibility (self);
}

static void
soften_category_group_dispose (GObject *object)
{
  SoftenCategoryGroup *self = SOFTEN_CATEGORY_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_CATEGORY_GROUP);
  g_clear_object (&self->shown);
  g_clear_object (&self->exercises);

  G_OBJECT_CLASS (soften_category_group_parent_class)->dispose (object);
}

static void
soften_category_group_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SoftenCategoryGroup *self = SOFTEN_CATEGORY_GROUP (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      g_value_set_enum (value, self->category);
      break;

    case PROP_EXERCISES:
      g_value_set_object (value, self->exercises);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_category_group_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SoftenCategoryGroup *self = SOFTEN_CATEGORY_GROUP (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      self->category = g_value_get_enum (value);
      break;

    case PROP_EXERCISES:
      self->exercises = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_category_group_class_init (SoftenCategoryGroupClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = soften_category_group_constructed;
  object_class->dispose = soften_category_group_dispose;
  object_class->get_property = soften_category_group_get_property;
  object_class->set_property = soften_category_group_set_property;

  properties[PROP_CATEGORY]
      = g_param_spec_enum ("category", NULL, NULL, SOFTEN_TYPE_CATEGORY, SOFTEN_CATEGORY_BODY,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The exercises to show those of its category from. */
  properties[PROP_EXERCISES]
      = g_param_spec_object ("exercises", NULL, NULL, G_TYPE_LIST_MODEL,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-category-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenCategoryGroup, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenCategoryGroup, list_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
soften_category_group_init (SoftenCategoryGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * soften_category_group_new:
 * @exercises: (element-type SoftenExercise): the exercises to show those
 *   of @category from
 */
GtkWidget *
soften_category_group_new (SoftenCategory category, GListModel *exercises)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (exercises), NULL);

  return g_object_new (SOFTEN_TYPE_CATEGORY_GROUP, "category", category, "exercises", exercises,
                       NULL);
}
