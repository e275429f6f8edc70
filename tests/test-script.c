/* test-script.c — boundary and repair script sentences, in every language
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "engine/soften-script.h"

static const char *field_values[SOFTEN_SCRIPT_N_FIELDS] = {
  "plans are made without me",
  "left out",
  "decisions about our weekends are made without me",
  "to be asked first.", /* a typed full stop is not doubled */
  "I was too upset to listen",
  "that I still care about you",
  "to take a short break and then come back",
  "my sister",
};

#define SUPPORT_BIT (1u << SOFTEN_SCRIPT_SUPPORT)
#define BOUNDARY_BITS                                                                   \
  ((1u << SOFTEN_SCRIPT_WHEN) | (1u << SOFTEN_SCRIPT_FEEL) | (1u << SOFTEN_SCRIPT_LINE) \
   | (1u << SOFTEN_SCRIPT_NEED) | SUPPORT_BIT)
#define REPAIR_BITS \
  ((1u << SOFTEN_SCRIPT_BECAUSE) | (1u << SOFTEN_SCRIPT_KNOW) | (1u << SOFTEN_SCRIPT_NEXT))

static SoftenScript *
script_with (guint mask)
{
  SoftenScript *script = soften_script_new ();

  for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
    soften_script_set_field (script, f, (mask & (1u << f)) ? field_values[f] : "   ");

  return script;
}

/* What every built text must hold to, in any language. */
static void
assert_reads_well (const char *text, guint mask)
{
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_null (strstr (text, "  "));
  g_assert_null (strstr (text, " ,"));
  g_assert_null (strstr (text, " ."));
  g_assert_null (strstr (text, ".."));
  g_assert_null (strstr (text, ", ."));
  g_assert_null (strstr (text, "«»"));
  g_assert_false (g_str_has_prefix (text, " "));
  g_assert_false (g_str_has_suffix (text, " "));

  for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS - 1; f++)
    {
      g_autofree char *bare = g_strdup (field_values[f]);

      if (g_str_has_suffix (bare, "."))
        bare[strlen (bare) - 1] = '\0';
      g_assert_true (((mask & (1u << f)) != 0) == (strstr (text, bare) != NULL));
    }

  g_assert_true ((text[0] == '\0') == ((mask & ~SUPPORT_BIT) == 0));
  if (text[0] != '\0')
    g_assert_true (g_str_has_suffix (text, "."));
}

/* Every combination of empty and filled fields reads as whole sentences. */
static void
test_every_combination (void)
{
  for (guint mask = 0; mask < (1u << SOFTEN_SCRIPT_N_FIELDS); mask++)
    {
      g_autoptr (SoftenScript) script = script_with (mask);
      g_autofree char         *text = soften_script_build_text (script);
      g_autofree char         *support = soften_script_build_support (script);

      g_test_message ("%02x: %s | %s", mask, text, support);
      assert_reads_well (text, mask);
      g_assert_true ((support[0] != '\0') == ((mask & (1u << SOFTEN_SCRIPT_SUPPORT)) != 0));
      g_assert_true (soften_script_is_empty (script) == (mask == 0));
    }
}

static void
test_sentences (void)
{
  g_autoptr (SoftenScript) all = script_with (BOUNDARY_BITS);
  g_autoptr (SoftenScript) feel_only = script_with (1u << SOFTEN_SCRIPT_FEEL);
  g_autoptr (SoftenScript) when_only = script_with (1u << SOFTEN_SCRIPT_WHEN);
  g_autofree char         *a = soften_script_build_text (all);
  g_autofree char         *b = soften_script_build_text (feel_only);
  g_autofree char         *c = soften_script_build_text (when_only);
  g_autofree char         *d = soften_script_build_support (all);

  g_assert_cmpstr (a, ==,
                   "When plans are made without me, I feel left out. "
                   "It’s not OK with me when decisions about our weekends are made without me. "
                   "I need to be asked first.");
  g_assert_cmpstr (b, ==, "I feel left out.");
  g_assert_cmpstr (c, ==, "When plans are made without me, it affects me.");
  g_assert_cmpstr (d, ==, "If this gets hard, I can turn to my sister.");
}

/* A repair script, after a fight, in its three sentences. */
static void
test_repair (void)
{
  g_autoptr (SoftenScript) repair = script_with (REPAIR_BITS);
  g_autoptr (SoftenScript) know_only = script_with (1u << SOFTEN_SCRIPT_KNOW);
  g_autofree char         *a = soften_script_build_text (repair);
  g_autofree char         *b = soften_script_build_text (know_only);

  g_assert_cmpstr (
      a, ==,
      "I stepped away because I was too upset to listen. "
      "What I want you to know is that I still care about you. "
      "What I’d like us to try next time is to take a short break and then come back.");
  g_assert_cmpstr (b, ==, "What I want you to know is that I still care about you.");
}

/* In a language that orders the parts its own way. */
static void
test_other_language (void)
{
  g_autoptr (SoftenScript) all = script_with (BOUNDARY_BITS);
  g_autofree char         *text = NULL;
  g_autofree char         *support = NULL;

  g_setenv ("LANGUAGE", "xx", TRUE);
  setlocale (LC_ALL, "");

  text = soften_script_build_text (all);
  support = soften_script_build_support (all);
  g_assert_cmpstr (text, ==,
                   "«left out» je ressens, quand «plans are made without me». "
                   "Pas d’accord quand «decisions about our weekends are made without me». "
                   "Besoin: «to be asked first».");
  g_assert_cmpstr (support, ==, "Soutien: «my sister».");

  for (guint mask = 0; mask < (1u << SOFTEN_SCRIPT_N_FIELDS); mask++)
    {
      g_autoptr (SoftenScript) script = script_with (mask);
      g_autofree char         *t = soften_script_build_text (script);

      assert_reads_well (t, mask);
    }

  g_setenv ("LANGUAGE", "", TRUE);
  setlocale (LC_ALL, "");
}

int
main (int argc, char *argv[])
{
  g_autofree char *locale_dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "locale", NULL);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/script/every-combination", test_every_combination);
  g_test_add_func ("/soften/script/sentences", test_sentences);
  g_test_add_func ("/soften/script/repair", test_repair);
  g_test_add_func ("/soften/script/other-language", test_other_language);

  return g_test_run ();
}
