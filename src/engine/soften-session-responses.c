/* soften-session-responses.c — the answers kept with a session
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A check-in's number or a choice's id, kept under a key such as
 * "tension-before" to be recorded with the finished session. Only numbers
 * and ids belong here: never anything a person wrote.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "soften-session-private.h"

static int
compare_keys (const void *a, const void *b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

void
_soften_session_init_responses (SoftenSession *self)
{
  self->responses
      = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_variant_unref);
}

/**
 * soften_session_set_response:
 * @key: what was asked, e.g. "tension-before" (see soften_step_dup_response_key())
 * @value: (nullable): the answer, e.g. an int32 or a string id; %NULL to forget it
 *
 * Keeps a check-in's answer with the session, to be recorded with it. Only
 * numbers and ids belong here: never anything a person wrote.
 */
void
soften_session_set_response (SoftenSession *self, const char *key, GVariant *value)
{
  g_return_if_fail (SOFTEN_IS_SESSION (self));
  g_return_if_fail (key != NULL);

  if (value == NULL)
    g_hash_table_remove (self->responses, key);
  else
    g_hash_table_replace (self->responses, g_strdup (key), g_variant_ref_sink (value));
}

/**
 * soften_session_get_response:
 *
 * Returns: (transfer none) (nullable): the answer kept under @key
 */
GVariant *
soften_session_get_response (SoftenSession *self, const char *key)
{
  g_return_val_if_fail (SOFTEN_IS_SESSION (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (self->responses, key);
}

/**
 * soften_session_dup_responses:
 *
 * Returns: (transfer full): every answer, as a{sv} sorted by key
 */
GVariant *
soften_session_dup_responses (SoftenSession *self)
{
  g_auto (GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  g_autofree const char  **keys = NULL;
  guint                    n_keys;

  g_return_val_if_fail (SOFTEN_IS_SESSION (self), NULL);

  keys = (const char **)g_hash_table_get_keys_as_array (self->responses, &n_keys);
  qsort (keys, n_keys, sizeof (char *), compare_keys);

  for (guint i = 0; i < n_keys; i++)
    g_variant_builder_add (&builder, "{sv}", keys[i],
                           g_hash_table_lookup (self->responses, keys[i]));

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/**
 * soften_session_dup_check_in_answers:
 *
 * Only the answers to check-ins (how tense, where against one's window)
 * are recorded, for the Progress page; what a person chose in a choice
 * step (which defense showed up) never is.
 *
 * Returns: (transfer full): the check-ins' answers, as a{sv} sorted by key
 */
GVariant *
soften_session_dup_check_in_answers (SoftenSession *self)
{
  g_auto (GVariantDict) answers = G_VARIANT_DICT_INIT (NULL);

  g_return_val_if_fail (SOFTEN_IS_SESSION (self), NULL);

  for (guint i = 0; i < soften_exercise_get_n_steps (self->exercise); i++)
    {
      SoftenStep      *step = soften_exercise_get_step (self->exercise, i);
      g_autofree char *key = NULL;
      GVariant        *answer;

      if (soften_step_get_kind (step) != SOFTEN_STEP_CHECK_IN)
        continue;
      key = soften_step_dup_response_key (step);
      answer = g_hash_table_lookup (self->responses, key);
      if (answer != NULL)
        g_variant_dict_insert_value (&answers, key, answer);
    }

  return g_variant_ref_sink (g_variant_dict_end (&answers));
}
