/* crash-writer.c — writes progress or kept scripts in a loop, to be killed
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A helper for tests/test-crash.py, which kills it with SIGKILL at random
 * moments and then checks that nothing it had reported done was lost:
 *
 *   crash-writer progress FIRST   record sessions FIRST, FIRST+1, … (their
 *                                 length in seconds is the number), printing
 *                                 "done N" once each has returned
 *   crash-writer scripts FIRST    keep scripts, printing "done N ID" once
 *                                 each has returned
 *   crash-writer check            print "sessions A B C …" and "scripts ID …"
 *                                 (newest first): what is there now; fails if
 *                                 either store cannot be read
 *
 * It writes through the engine exactly as the app does, with the settings
 * backend and data folder the environment gives it.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "engine/soften-progress.h"
#include "engine/soften-script-store.h"

#define N_WRITES 100000

static GFile *
scripts_file (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "soften", "scripts.ini", NULL);
}

static int
write_progress (guint first)
{
  g_autoptr (GSettings)      settings = g_settings_new (APPLICATION_ID);
  g_autoptr (SoftenProgress) progress = soften_progress_new (settings);

  for (guint n = first; n < first + N_WRITES; n++)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

      soften_progress_record (progress, "box-breathing", n, now, NULL);
      printf ("done %u\n", n);
      fflush (stdout);
    }

  return EXIT_SUCCESS;
}

static int
write_scripts (guint first)
{
  g_autoptr (GFile)             file = scripts_file ();
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (file);
  g_autoptr (GError)            error = NULL;

  if (!soften_script_store_load (store, &error))
    {
      g_printerr ("crash-writer: %s\n", error->message);
      return EXIT_FAILURE;
    }

  for (guint n = first; n < first + N_WRITES; n++)
    {
      g_autoptr (SoftenScript) script = soften_script_new ();

      /* Full: wait to be killed, as a person would stop keeping more. */
      if (g_list_model_get_n_items (G_LIST_MODEL (store)) == SOFTEN_SCRIPT_STORE_MAX_SCRIPTS)
        {
          printf ("full\n");
          fflush (stdout);
          g_usleep (G_TIME_SPAN_HOUR);
        }

      soften_script_set_field (script, SOFTEN_SCRIPT_NEED, "to be asked first");
      if (!soften_script_store_insert (store, 0, script, &error))
        {
          g_printerr ("crash-writer: %s\n", error->message);
          return EXIT_FAILURE;
        }
      printf ("done %u %s\n", n, soften_script_get_id (script));
      fflush (stdout);
    }

  return EXIT_SUCCESS;
}

static int
check (void)
{
  g_autoptr (GSettings)         settings = g_settings_new (APPLICATION_ID);
  g_autoptr (SoftenProgress)    progress = soften_progress_new (settings);
  g_autoptr (GVariant)          history = soften_progress_dup_history (progress);
  g_autoptr (GFile)             file = scripts_file ();
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (file);
  g_autoptr (GError)            error = NULL;
  GVariantIter                  iter;
  guint                         seconds;

  printf ("sessions");
  g_variant_iter_init (&iter, history);
  while (g_variant_iter_next (&iter, "(x&su@a{sv})", NULL, NULL, &seconds, NULL))
    printf (" %u", seconds);
  printf ("\n");

  if (!soften_script_store_load (store, &error))
    {
      printf ("scripts unreadable: %s\n", error->message);
      return EXIT_FAILURE;
    }

  printf ("scripts");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr (SoftenScript) script = g_list_model_get_item (G_LIST_MODEL (store), i);

      printf (" %s", soften_script_get_id (script));
    }
  printf ("\n");

  return EXIT_SUCCESS;
}

int
main (int argc, char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "progress"))
    return write_progress (atoi (argv[2]));
  if (argc == 3 && g_str_equal (argv[1], "scripts"))
    return write_scripts (atoi (argv[2]));
  if (argc == 2 && g_str_equal (argv[1], "check"))
    return check ();

  g_printerr ("usage: crash-writer progress FIRST | scripts FIRST | check\n");
  return 2;
}
