/* soften-reading.c — how long words take to read calmly
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A timed step never ends before its words can be read calmly: its text,
 * in the person's language, counted at 2.5 words a second (150 a minute),
 * rounded up to a whole second. Words are what spaces separate, if they
 * hold a letter or a digit (a dash alone is not a word). In scripts written
 * without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese), each
 * character counts as a word: about as long to read, calmly, as a short
 * word is.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-reading.h"

/* Is @c written without spaces between words? */
static gboolean
is_unspaced (gunichar c)
{
  static const GUnicodeScript unspaced[] = {
    G_UNICODE_SCRIPT_HAN,     G_UNICODE_SCRIPT_HIRAGANA, G_UNICODE_SCRIPT_KATAKANA,
    G_UNICODE_SCRIPT_THAI,    G_UNICODE_SCRIPT_LAO,      G_UNICODE_SCRIPT_KHMER,
    G_UNICODE_SCRIPT_MYANMAR,
  };
  GUnicodeScript script = g_unichar_get_script (c);

  for (guint i = 0; i < G_N_ELEMENTS (unspaced); i++)
    if (script == unspaced[i])
      return g_unichar_isalpha (c);

  return FALSE;
}

/**
 * soften_reading_count_words:
 * @text: (nullable): valid UTF-8
 *
 * Returns: how many words @text has to read (see above)
 */
guint
soften_reading_count_words (const char *text)
{
  guint    words = 0;
  gboolean in_word = FALSE;

  if (text == NULL)
    return 0;

  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), 0);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_unspaced (c))
        {
          /* The character is a word, and ends any word before it. */
          words++;
          in_word = FALSE;
        }
      else if (g_unichar_isspace (c))
        in_word = FALSE;
      else if (!in_word && g_unichar_isalnum (c))
        {
          words++;
          in_word = TRUE;
        }
    }

  return words;
}

/* Returns: how long @words take to read calmly, in whole seconds, as
 * microseconds */
gint64
soften_reading_usec_for_words (guint words)
{
  gint64 seconds = ((gint64)words * 60 + SOFTEN_READING_WORDS_PER_MINUTE - 1)
                   / SOFTEN_READING_WORDS_PER_MINUTE;

  return seconds * G_USEC_PER_SEC;
}
