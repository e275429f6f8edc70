/* test-help-lines.c — the emergency numbers and crisis lines Help Now shows
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file shipped is checked as its header says: every entry has its
 * sources and the day it was checked, every number is well formed, and
 * the countries the app is translated for are there. A file that breaks a
 * rule is refused, naming the entry.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "engine/soften-help-lines.h"

static const char *const required[]
    = { "US", "GB", "IE", "CA", "AU", "NZ", "DE", "AT", "CH", "ES", "MX", "AR", "CO", "CL" };

static SoftenHelpLines *
shipped (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes
      = g_resources_lookup_data (SOFTEN_HELP_LINES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  SoftenHelpLines *lines;

  g_assert_no_error (error);
  lines = soften_help_lines_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  return lines;
}

/* Every country English, German and Spanish are widely spoken in has its
 * emergency number; every line a name, words and a way to reach it. */
static void
test_shipped (void)
{
  g_autoptr (SoftenHelpLines) lines = shipped ();
  int                         year, month, day;

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      const char *const *emergency = soften_help_lines_get_emergency (lines, required[i]);
      GListModel        *model = soften_help_lines_get_lines (lines, required[i]);

      g_assert_true (soften_help_lines_has_place (lines, required[i]));
      g_assert_nonnull (emergency);
      g_assert_nonnull (emergency[0]);
      for (guint l = 0; l < g_list_model_get_n_items (model); l++)
        {
          g_autoptr (SoftenHelpLine) line = g_list_model_get_item (model, l);

          g_assert_nonnull (soften_help_line_get_name (line));
          g_assert_nonnull (soften_help_line_get_description (line));
          g_assert_true (soften_help_line_get_phones (line)[0] != NULL
                         || soften_help_line_get_sms (line) != NULL
                         || soften_help_line_get_web (line) != NULL
                         || soften_help_line_get_whatsapp (line) != NULL);
        }
    }

  for (guint i = 0; i < soften_help_lines_get_n_places (lines); i++)
    g_assert_nonnull (soften_help_lines_get_place_name (lines, i));

  /* Elsewhere: an emergency number to try and a directory of helplines. */
  g_assert_false (soften_help_lines_has_place (lines, "ZZ"));
  g_assert_cmpstr (soften_help_lines_get_emergency (lines, "ZZ")[0], ==, "112");
  g_assert_cmpuint (g_list_model_get_n_items (soften_help_lines_get_lines (lines, "ZZ")), ==, 0);
  g_assert_true (g_str_has_prefix (soften_help_lines_get_directory_web (lines), "https://"));

  g_assert_cmpint (sscanf (soften_help_lines_get_checked (lines), "%d-%d-%d", &year, &month, &day),
                   ==, 3);
  g_assert_cmpint (year, >=, 2026);
}

static void
refused (const char *contents, const char *expected)
{
  g_autoptr (GError)          error = NULL;
  g_autoptr (GBytes)          bytes = g_bytes_new_static (contents, strlen (contents));
  g_autoptr (SoftenHelpLines) lines = soften_help_lines_new_from_bytes (bytes, &error);

  g_assert_null (lines);
  g_assert_error (error, SOFTEN_HELP_LINES_ERROR, SOFTEN_HELP_LINES_ERROR_INVALID);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

#define FALLBACK                                                                  \
  "[Fallback]\nEmergency=112\nDirectoryName=D\nDirectoryWeb=https://d.example/\n" \
  "DirectoryDescription=Helplines\nSource=https://d.example/\nChecked=2026-12-02\n"
#define COUNTRY \
  "[Country GB]\nPlace=UK\nEmergency=999\nSource=https://a.example/\nChecked=2026-12-02\n"
#define LINE                                                                                       \
  "[Line gb-x]\nCountry=GB\nKind=crisis\nService=X\nDescription=Help\nSource=https://x.example/\n" \
  "Checked=2026-12-02\n"

/* Whatever breaks a rule is refused whole, and the entry is named. */
static void
test_rules (void)
{
  g_autoptr (GError)          error = NULL;
  g_autoptr (GBytes)          good = g_bytes_new_static (COUNTRY LINE "Phone=116 123\n" FALLBACK,
                                                         strlen (COUNTRY LINE "Phone=116 123\n" FALLBACK));
  g_autoptr (SoftenHelpLines) lines = soften_help_lines_new_from_bytes (good, &error);

  g_assert_no_error (error);
  g_assert_nonnull (lines);

  refused ("[Country GB]\nPlace=UK\nEmergency=999\nChecked=2026-12-02\n" FALLBACK,
           "[Country GB] Source");
  refused ("[Country "
           "GB]\nPlace=UK\nEmergency=999\nSource=https://a.example/\nChecked=2026-02-30\n" FALLBACK,
           "[Country GB] Checked");
  refused (
      "[Country "
      "GB]\nPlace=UK\nEmergency=9-9-9\nSource=https://a.example/\nChecked=2026-12-02\n" FALLBACK,
      "[Country GB] Emergency");
  refused (COUNTRY LINE "Phone=0800 CALL ME\n" FALLBACK, "[Line gb-x] Phone");
  refused (COUNTRY LINE "Phone=0800  123\n" FALLBACK, "[Line gb-x] Phone");
  refused (COUNTRY LINE FALLBACK, "[Line gb-x] Phone: expected a way to reach it");
  refused (COUNTRY "[Line gb-y]\nCountry=FR\nKind=crisis\nService=Y\nDescription=Help\nPhone=1\n"
                   "Source=https://y.example/\nChecked=2026-12-02\n" FALLBACK,
           "[Line gb-y] Country");
  refused (COUNTRY "[Line gb-z]\nCountry=GB\nKind=hotline\nService=Z\nDescription=Help\nPhone=1\n"
                   "Source=https://z.example/\nChecked=2026-12-02\n" FALLBACK,
           "[Line gb-z] Kind");
  refused (COUNTRY, "[Fallback] Source");
}

/* The place comes from the locale, never from the network. */
static void
test_region (void)
{
  g_autofree char *austria = NULL;
  g_autofree char *none = NULL;

  g_setenv ("LANG", "de_AT.UTF-8", TRUE);
  austria = soften_help_region_from_locale ();
  g_assert_cmpstr (austria, ==, "AT");

  g_setenv ("LANG", "C.UTF-8", TRUE);
  none = soften_help_region_from_locale ();
  g_assert_null (none);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/help-lines/shipped", test_shipped);
  g_test_add_func ("/soften/help-lines/rules", test_rules);
  g_test_add_func ("/soften/help-lines/region", test_region);

  return g_test_run ();
}
