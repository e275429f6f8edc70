/* soften-nicks.h — the names of enum values, as files and records spell them
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

const char *soften_nick_from_value (GType       enum_type,
                                    int         value);
gboolean    soften_nick_to_value   (GType       enum_type,
                                    const char *nick,
                                    int        *value);
char       *soften_nick_list       (GType       enum_type);

/* Defines PREFIX_to_string() and PREFIX_from_string() for the enum TYPE
 * registered as ENUM_TYPE: its values' names are their nicks. */
#define SOFTEN_DEFINE_NICK_FUNCTIONS(Type, prefix, enum_type)            \
  const char *                                                          \
  prefix##_to_string (Type value)                                       \
  {                                                                     \
    const char *nick = soften_nick_from_value (enum_type, value);       \
                                                                        \
    g_return_val_if_fail (nick != NULL, NULL);                          \
    return nick;                                                        \
  }                                                                     \
                                                                        \
  gboolean                                                              \
  prefix##_from_string (const char *str,                                \
                        Type       *value)                              \
  {                                                                     \
    int v;                                                              \
                                                                        \
    if (!soften_nick_to_value (enum_type, str, &v))                     \
      return FALSE;                                                     \
    if (value != NULL)                                                  \
      *value = v;                                                       \
    return TRUE;                                                        \
  }

G_END_DECLS
