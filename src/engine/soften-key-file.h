/* soften-key-file.h — reading a key file's values with limits, and naming what is wrong
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The error domain and codes a reader's messages are given: those of the
 * format being read (SoftenExerciseFileError for an `.exercise` file). */
typedef struct
{
  GQuark (*domain) (void);
  int missing_key;   /* a required key is not there */
  int invalid_value; /* a value is not what was expected */
  int too_large;     /* a value is longer than its limit */
} SoftenKeyFileErrors;

typedef struct _SoftenKeyFileReader SoftenKeyFileReader;

SoftenKeyFileReader *soften_key_file_reader_new (const char                *display_name,
                                                 GPtrArray                 *warnings,
                                                 const SoftenKeyFileErrors *errors);
void                 soften_key_file_reader_free (SoftenKeyFileReader *reader);
GKeyFile            *soften_key_file_reader_get_key_file (SoftenKeyFileReader *reader);
const char          *soften_key_file_reader_get_name (SoftenKeyFileReader *reader);

const char *soften_key_file_reader_quote (SoftenKeyFileReader *reader, const char *text);
const char *soften_key_file_reader_quote_reason (SoftenKeyFileReader *reader, const char *reason);
void        soften_key_file_reader_set_error (SoftenKeyFileReader *reader,
                                              GError             **error,
                                              int                  code,
                                              const char          *group,
                                              const char          *format,
                                              ...) G_GNUC_PRINTF (5, 6);
void        soften_key_file_reader_warn (SoftenKeyFileReader *reader, const char *format, ...)
    G_GNUC_PRINTF (2, 3);

void     soften_key_file_reader_check_keys (SoftenKeyFileReader *reader,
                                            const char          *group,
                                            const char *const   *known);
gboolean soften_key_file_reader_check_escapes (SoftenKeyFileReader *reader,
                                               const char *const   *text_keys,
                                               GError             **error);

gboolean soften_key_file_reader_check_list_translations (SoftenKeyFileReader *reader,
                                                         const char          *group,
                                                         const char          *key,
                                                         glong                max_chars,
                                                         GError             **error);

char    *soften_key_file_reader_read_text (SoftenKeyFileReader *reader,
                                           const char          *group,
                                           const char          *key,
                                           gboolean             required,
                                           glong                max_chars,
                                           GError             **error);
gboolean soften_key_file_reader_read_optional_text (SoftenKeyFileReader *reader,
                                                    const char          *group,
                                                    const char          *key,
                                                    glong                max_chars,
                                                    char               **out,
                                                    GError             **error);
gboolean soften_key_file_reader_read_number (SoftenKeyFileReader *reader,
                                             const char          *group,
                                             const char          *key,
                                             gboolean             required,
                                             guint                fallback,
                                             guint                min,
                                             guint                max,
                                             guint               *out,
                                             GError             **error);
gboolean soften_key_file_reader_read_nick (SoftenKeyFileReader *reader,
                                           const char          *group,
                                           const char          *key,
                                           const char          *fallback,
                                           GType                enum_type,
                                           int                 *out,
                                           GError             **error);

gunichar    soften_key_file_find_control (const char *text);
gboolean    soften_key_file_is_valid_id (const char *id, gsize max_chars);
gboolean    soften_key_file_escapes_are_valid (const char *raw_value, const char **bad_escape);
const char *soften_key_file_skip_bom (const char *data, gsize *size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SoftenKeyFileReader, soften_key_file_reader_free)

G_END_DECLS
