/* soften-about.c — the About window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who made Soften, this version's release notes, the sources the built-in
 * exercises draw on, and the versions to quote in a bug report. The window
 * itself is resources/ui/soften-about.ui; what depends on the build or the
 * library is filled in here.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "soften-about.h"

/* The release notes of this version, as AppStream markup, from the same
 * strings as the metainfo's <release>
 * (data/io.github.softenapp.Soften.metainfo.xml.in.in): keep the two in
 * step, and the translations are shared. */
static char *
dup_release_notes (void)
{
  const char *paragraph = _("The first release of Soften, with short guided exercises for the "
                             "moments when you push away someone you love:");
  const char *items[] = {
    _("Body noticing: a body scan, gentle movement, a check-in and a look back at a reaction"),
    _("Breathing with a calm pacer, in five patterns or your own"),
    _("A forgiveness ritual whose writing is never saved"),
    _("Boundary scripts to write and rehearse, kept only if you choose"),
    _("Curiosity about your defenses"),
    _("A Progress page, a presentation mode for therapists, and exercises of your own"),
    _("German and Spanish translations"),
  };
  GString         *notes = g_string_new (NULL);
  g_autofree char *escaped = g_markup_printf_escaped ("<p>%s</p>", paragraph);

  g_string_append (notes, escaped);
  g_string_append (notes, "<ul>");
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autofree char *item = g_markup_printf_escaped ("<li>%s</li>", items[i]);

      g_string_append (notes, item);
    }
  g_string_append (notes, "</ul>");

  return g_string_free (notes, FALSE);
}

static char *
dup_debug_info (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  return g_strdup_printf (
      "Soften %s%s%s\n"
      "Application ID: %s\n"
      "GLib %u.%u.%u (built with %u.%u.%u)\n"
      "GTK %u.%u.%u (built with %u.%u.%u)\n"
      "libadwaita %u.%u.%u (built with %u.%u.%u)\n"
      "Animations: %s\n",
      PACKAGE_VERSION, PROFILE[0] ? " " : "", PROFILE, APPLICATION_ID, glib_major_version,
      glib_minor_version, glib_micro_version, GLIB_MAJOR_VERSION, GLIB_MINOR_VERSION,
      GLIB_MICRO_VERSION, gtk_get_major_version (), gtk_get_minor_version (),
      gtk_get_micro_version (), GTK_MAJOR_VERSION, GTK_MINOR_VERSION, GTK_MICRO_VERSION,
      adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version (),
      ADW_MAJOR_VERSION, ADW_MINOR_VERSION, ADW_MICRO_VERSION,
      adw_style_manager_get_high_contrast (style) ? "on (high contrast)" : "on");
}

/* Where the built-in exercises' ideas come from, each source once. */
static GPtrArray *
collect_credits (SoftenLibrary *library)
{
  GPtrArray *credits = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr (SoftenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);
      const char                *credit = soften_exercise_get_credit (exercise);

      if (!soften_exercise_get_builtin (exercise) || credit == NULL || credit[0] == '\0')
        continue;
      if (!g_ptr_array_find_with_equal_func (credits, credit, g_str_equal, NULL))
        g_ptr_array_add (credits, (gpointer)credit);
    }
  g_ptr_array_add (credits, NULL);

  return credits;
}

/**
 * soften_about_show:
 * @parent: (nullable): the window it belongs to
 * @library: where the built-in exercises' credits are read
 */
void
soften_about_show (GtkWindow *parent, SoftenLibrary *library)
{
  g_autoptr (GtkBuilder) builder
      = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/soften-about.ui");
  AdwAboutWindow       *about = ADW_ABOUT_WINDOW (gtk_builder_get_object (builder, "about"));
  g_autofree char      *release_notes = dup_release_notes ();
  g_autofree char      *debug_info = dup_debug_info ();
  g_autoptr (GPtrArray) credits = collect_credits (library);

  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_release_notes_version (about, PACKAGE_VERSION);
  adw_about_window_set_release_notes (about, release_notes);
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_debug_info (about, debug_info);
  if (credits->len > 1)
    /* Translators: a heading in the About window, over the sources the
     * built-in exercises were written after */
    adw_about_window_add_acknowledgement_section (about, _("The Exercises Draw On"),
                                                  (const char **)credits->pdata);
  gtk_window_present (GTK_WINDOW (about));
}
