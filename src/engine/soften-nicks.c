/* soften-nicks.c — the names of enum values, as files and records spell them
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine's enums are registered by the build (gnome.mkenums_simple, see
 * meson.build), and their nicks are the names a `.exercise` file and a
 * recorded answer use: SOFTEN_STEP_BODY_REGION is "body-region". There is
 * no other table of these names; tests/test-exercise-file.c checks that the
 * nicks stay what the format has always said. The to_string/from_string
 * functions of soften-step.h that the UI uses are here too.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-nicks.h"
#include "soften-step.h"

/* Returns: (nullable): the nick of @value, a static string; %NULL if
 * @enum_type has no such value */
const char *
soften_nick_from_value (GType enum_type, int value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue            *enum_value = g_enum_get_value (klass, value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

/* Returns: whether @nick is the nick of a value of @enum_type, which is put
 * in @value */
gboolean
soften_nick_to_value (GType enum_type, const char *nick, int *value)
{
  g_autoptr (GEnumClass) klass = NULL;
  GEnumValue            *enum_value;

  g_return_val_if_fail (nick != NULL, FALSE);

  klass = g_type_class_ref (enum_type);
  enum_value = g_enum_get_value_by_nick (klass, nick);
  if (enum_value == NULL)
    return FALSE;

  if (value != NULL)
    *value = enum_value->value;
  return TRUE;
}

/* Returns: (transfer full): every nick of @enum_type in the order of the
 * values, separated by ", ", for a message that says what was expected */
char *
soften_nick_list (GType enum_type)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  GString               *list = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, klass->values[i].value_nick);
    }

  return g_string_free (list, FALSE);
}

/* Returns: the kind's name in `.exercise` files: "body-region" */
const char *
soften_step_kind_to_string (SoftenStepKind kind)
{
  const char *nick = soften_nick_from_value (SOFTEN_TYPE_STEP_KIND, kind);

  g_return_val_if_fail (nick != NULL, NULL);

  return nick;
}

/* Returns: the zone's name in recorded answers: "above" */
const char *
soften_zone_to_string (SoftenZone zone)
{
  const char *nick = soften_nick_from_value (SOFTEN_TYPE_ZONE, zone);

  g_return_val_if_fail (nick != NULL, NULL);

  return nick;
}

/* Returns: whether @str is the name of a zone in recorded answers */
gboolean
soften_zone_from_string (const char *str, SoftenZone *zone)
{
  int value;

  if (!soften_nick_to_value (SOFTEN_TYPE_ZONE, str, &value))
    return FALSE;

  if (zone != NULL)
    *zone = value;
  return TRUE;
}
