/* soften-about.c — the About window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who made Soften, this version's release notes, the articles the built-in
 * exercises draw on, and the versions to quote in a bug report. The window
 * itself is resources/ui/soften-about.ui; what depends on the build is
 * filled in here.
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

/* The articles the built-in exercises draw on: title, author, where it
 * appeared, and what Soften took from it, one line each (see "The sources"
 * in ../shared/CONTENT.md). A fixed list, so that a person's own exercises
 * never add to it and every credit names its article exactly. */
static void
add_sources (AdwAboutWindow *about)
{
  const char *sources[] = {
    /* Translators: one line in the About window. Keep the article's title in
     * English, as it was published; translate the rest. */
    _("“Why do I push my partner away even though I love them?” by Orit Krug, a "
       "trauma-informed coach, on her website (July 2020): how the body’s alarm goes off before "
       "thought, the window of tolerance, and gentle body-based movement"),
    /* Translators: one line in the About window. Keep the article's title in
     * English, as it was published; translate the rest. */
    _("“What To Do When Someone Pushes You Away”, an online article bylined Lyndon Langley "
       "(its footer credits Darlene Lancer, 2018): noticing what sets off a reaction, inside "
       "you and around you"),
    /* Translators: one line in the About window. Keep the articles' titles and the book's
     * title in English, as they were published; translate the rest. */
    _("Articles on a therapist’s website: “Why We Push Away the People We Love” and “What is "
       "Trauma?” (unsigned), and Dustin Shultz, LMFT, on forgiveness and on boundaries, quoting "
       "Brené Brown’s book Rising Strong: defenses and the fears beneath them, first steps "
       "toward healing, the forgiveness ritual and boundary scripts"),
    /* Translators: one line in the About window. Keep the article's title in
     * English, as it was published; translate the rest. */
    _("“Here’s Why You’re Pushing Your Partner Away — And How To Stop” by Lea Rose Emery, "
       "Bustle, quoting Melanie Shapiro, LICSW: the four steps of “Letting closeness in”, for "
       "when holding on tight and seeking reassurance push a partner away"),
    NULL,
  };

  /* Translators: a heading in the About window, over the articles the
   * built-in exercises were written after */
  adw_about_window_add_acknowledgement_section (about, _("The Exercises Draw On"), sources);
}

/**
 * soften_about_show:
 * @parent: (nullable): the window it belongs to
 */
void
soften_about_show (GtkWindow *parent)
{
  g_autoptr (GtkBuilder) builder
      = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/soften-about.ui");
  AdwAboutWindow  *about = ADW_ABOUT_WINDOW (gtk_builder_get_object (builder, "about"));
  g_autofree char *release_notes = dup_release_notes ();
  g_autofree char *debug_info = dup_debug_info ();

  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_release_notes_version (about, PACKAGE_VERSION);
  adw_about_window_set_release_notes (about, release_notes);
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_debug_info (about, debug_info);
  add_sources (about);
  gtk_window_present (GTK_WINDOW (about));
}
