/* test-layout.c — every page at 360 px wide and large text: nothing clipped
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One program, run once per look (SOFTEN_TEST_LOOK): "light" at the normal
 * text size, and "light-large", "dark-large" and "contrast-large" at a text
 * scaling factor of 1.5 (the style comes from libadwaita's ADW_DEBUG_*
 * variables, set by the meson test). In each, the window is 360 × 640 and
 * the whole tour of pages and steps is made (tests/page-tour.c). At every
 * screen:
 *  - the content's narrowest width is at most 360 px (nothing forces the
 *    window wider);
 *  - every label on screen shows all of its text in the space it was given:
 *    its laid-out text fits its allocation, and it is not cut short with
 *    "…" (except a header bar's title, which has the whole as its tooltip);
 *  - a screenshot is saved to <build>/tests/screenshots/LOOK/, to look at.
 */

#include "config.h"

#include "page-tour.h"

static const char *look;

#define NARROW_WIDTH  360
#define NARROW_HEIGHT 640
/* Xft DPI is in 1024ths of a dot per inch; 96 dpi is a scale of 1. */
#define XFT_DPI_AT(scale) ((int)((scale)*96 * 1024))

/* A file name from a screen's name: "box-breathing, step 3" → "box-breathing-step-3". */
static char *
file_name_for (const char *where)
{
  g_autoptr (GString) name = g_string_new (NULL);

  for (const char *p = where; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p) || *p == '-')
        g_string_append_c (name, *p);
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  g_string_append (name, ".png");

  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
save_screenshot (GtkWidget *root, const char *where)
{
  g_autofree char *folder
      = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "screenshots", look, NULL);
  g_autofree char          *name = file_name_for (where);
  g_autofree char          *path = g_build_filename (folder, name, NULL);
  g_autoptr (GdkPaintable)  paintable = gtk_widget_paintable_new (root);
  g_autoptr (GtkSnapshot)   snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture)    texture = NULL;
  int                       width = gtk_widget_get_width (root);
  int                       height = gtk_widget_get_height (root);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (root)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* Whether @label shows all its text in the space it has. */
static gboolean
label_fits (GtkLabel *label, char **why)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  int          width = gtk_widget_get_width (GTK_WIDGET (label));
  int          height = gtk_widget_get_height (GTK_WIDGET (label));
  int          text_width, text_height;

  pango_layout_get_pixel_size (layout, &text_width, &text_height);

  if (pango_layout_is_ellipsized (layout))
    *why = g_strdup_printf ("cut short with “…” in %d × %d px", width, height);
  else if (text_width > width || text_height > height)
    *why = g_strdup_printf ("needs %d × %d px but has %d × %d", text_width, text_height, width,
                            height);
  else
    return TRUE;

  return FALSE;
}

/* A header bar's title may be shortened, as everywhere in GNOME, as long as
 * pointing at it shows the whole (on the title, or on the view switcher
 * title it is in). */
static gboolean
title_shown_whole (GtkLabel *label)
{
  GtkWidget *title = gtk_widget_get_ancestor (GTK_WIDGET (label), ADW_TYPE_VIEW_SWITCHER_TITLE);

  if (title == NULL)
    title = gtk_widget_get_ancestor (GTK_WIDGET (label), ADW_TYPE_WINDOW_TITLE);

  return title != NULL
         && g_strcmp0 (gtk_widget_get_tooltip_text (title), gtk_label_get_text (label)) == 0;
}

static void
check_screen (Fixture *f, GtkWidget *root, const char *where, gpointer data)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  guint                *n_screens = data;
  guint                 clipped = 0;

  save_screenshot (root, where);

  if (root == GTK_WIDGET (f->window))
    {
      int minimum = 0;

      /* The content, not the window: its client-side shadow is not part of the 360 px. */
      gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (f->window)),
                          GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (minimum > NARROW_WIDTH)
        g_error ("%s: needs %d px; a window %d px wide cuts it off", where, minimum, NARROW_WIDTH);
    }

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel        *label = g_ptr_array_index (labels, i);
      g_autofree char *why = NULL;

      if (gtk_label_get_text (label)[0] == '\0' || label_fits (label, &why)
          || title_shown_whole (label))
        continue;

      g_printerr ("%s: “%s” %s\n", where, gtk_label_get_text (label), why);
      clipped++;
    }

  g_test_message ("%s: %u labels, %u clipped", where, labels->len, clipped);
  if (clipped > 0)
    g_error ("%s: %u labels do not show all their text (at %s)", where, clipped, look);

  (*n_screens)++;
}

static void
test_nothing_clipped (Fixture *f, gconstpointer data)
{
  guint n_screens = 0;

  AdwStyleManager *style = adw_style_manager_get_default ();

  g_assert_cmpint (adw_style_manager_get_dark (style), ==, g_str_has_prefix (look, "dark"));
  g_assert_cmpint (adw_style_manager_get_high_contrast (style), ==,
                   g_str_has_prefix (look, "contrast"));

  tour_every_page (f, check_screen, &n_screens);
  g_test_message ("%u screens checked at %s", n_screens, look);
  g_assert_cmpuint (n_screens, >, 50);
}

int
main (int argc, char *argv[])
{
  /* Still screens, at the narrowest width the window is made for. */
  static const FixtureOptions narrow = {
    .still = TRUE,
    .width = NARROW_WIDTH,
    .height = NARROW_HEIGHT,
  };

  look = g_getenv ("SOFTEN_TEST_LOOK");
  g_assert_nonnull (look);

  gtk_test_init (&argc, &argv, NULL);

  if (g_str_has_suffix (look, "-large"))
    g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", XFT_DPI_AT (1.5), NULL);

  UI_TEST_ADD_FULL ("/soften/layout/nothing-clipped", test_nothing_clipped, &narrow);
  ui_app_start ();

  return ui_app_run_tests ();
}
