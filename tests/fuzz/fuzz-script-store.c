/* fuzz-script-store.c — libFuzzer harness for the kept-scripts reader
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds any bytes to soften_script_store_load_bytes(), the parser that
 * soften_script_store_load() uses on the person's scripts file. Whatever
 * it keeps must be a sound script: an id, some text within the limits,
 * and texts that can be built from it.
 */

#include "config.h"

#include "engine/soften-script-store-private.h"
#include "engine/soften-script-store.h"

#include "fuzz-common.h"

static SoftenScriptStore *store;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_autoptr (GFile) file = NULL;

  fuzz_common_init ();

  /* Never read nor written: load_bytes() does not touch the file. */
  file = g_file_new_for_path ("/nonexistent/soften-fuzz/scripts.ini");
  store = soften_script_store_new (file);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) error = NULL;
  guint              n_items;

  if (!soften_script_store_load_bytes (store, bytes, &error))
    {
      if (!g_error_matches (error, SOFTEN_SCRIPT_STORE_ERROR, SOFTEN_SCRIPT_STORE_ERROR_DAMAGED))
        abort ();
      fuzz_check_message (error->message, "Your kept scripts ");
    }
  else if (error != NULL)
    abort ();

  n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  if (n_items > SOFTEN_SCRIPT_STORE_MAX_SCRIPTS)
    abort ();

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (SoftenScript) script = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autoptr (SoftenScript) copy = NULL;
      g_autofree char         *text = NULL;
      g_autofree char         *support = NULL;
      const char              *id;

      if (script == NULL || soften_script_is_empty (script)
          || soften_script_get_created (script) < 0)
        abort ();

      id = soften_script_get_id (script);
      if (id == NULL || !g_uuid_string_is_valid (id)
          || soften_script_store_lookup (store, id) == NULL)
        abort ();

      for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
        {
          const char *field = soften_script_get_field (script, f);

          if (field == NULL || !g_utf8_validate (field, -1, NULL)
              || g_utf8_strlen (field, -1) > SOFTEN_SCRIPT_STORE_MAX_CHARS)
            abort ();
        }

      text = soften_script_build_text (script);
      support = soften_script_build_support (script);
      if ((text != NULL && !g_utf8_validate (text, -1, NULL))
          || (support != NULL && !g_utf8_validate (support, -1, NULL)))
        abort ();

      copy = soften_script_copy (script);
      soften_script_clear (copy);
    }

  return 0;
}
