/* soften-text.c — text from outside, made safe to show
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text from a file can break what shows it without any control character:
 *
 *  - A letter followed by hundreds of combining marks is one grapheme
 *    cluster, which no line can break, and a font without room for the
 *    marks lays it out thousands of pixels wide. Joiners (U+200D) and
 *    emoji modifiers make clusters as long as they like too. Text is read
 *    with at most SOFTEN_TEXT_MAX_MARKS combining marks on a character,
 *    and at most SOFTEN_TEXT_MAX_EXTENDERS characters joined to it in
 *    all: enough for every script's vowels and accents, and for emoji
 *    families and flags; the rest is dropped.
 *  - Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 *    U+2066–U+2069) reorder what follows them, past the end of a title
 *    into the text around it. They are dropped too. The marks U+200E,
 *    U+200F and U+061C stay: they only set the direction of the
 *    punctuation beside them, as right-to-left writing needs.
 *
 * A message quoting something from outside (a value, a file name) goes
 * further: soften_text_make_printable() shows line breaks and tabs as
 * "\n" and "\t", and every other control or bidirectional control
 * character as U+FFFD, so that it is one line that cannot set a
 * terminal's title or forge a row of output.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <string.h>

#include "soften-text.h"

#define ZERO_WIDTH_JOINER 0x200D

/* Whether @c reorders the text after it: an embedding, override or isolate. */
gboolean
soften_text_is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

static gboolean
is_hangul (gunichar c)
{
  return (c >= 0x1100 && c <= 0x11FF) || (c >= 0xA960 && c <= 0xA97F)
         || (c >= 0xD7B0 && c <= 0xD7FF) || (c >= 0xAC00 && c <= 0xD7A3);
}

/* Whether @c extends the cluster before it without being a combining mark:
 * a joiner, a variation selector, an emoji modifier or a tag (as flags of
 * regions use). */
static gboolean
is_emoji_extender (gunichar c)
{
  return c == ZERO_WIDTH_JOINER || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF)
         || (c >= 0xE0020 && c <= 0xE007F) || (c >= 0xE0100 && c <= 0xE01EF);
}

/* Appends @text to @out with its clusters bounded and its bidirectional
 * controls dropped; with @printable, controls are shown instead (see the
 * top of this file). */
static void
append_bounded (GString *out, const char *text, const char *end, gboolean printable)
{
  guint    n_marks = 0;
  guint    n_extenders = 0;
  gboolean joined = FALSE; /* after a joiner, or a jamo after Hangul */
  gunichar previous = 0;

  for (const char *p = text; p < end && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean mark = g_unichar_ismark (c) && !is_emoji_extender (c);
      gboolean extends = mark || joined || is_emoji_extender (c)
                         || (is_hangul (c) && c < 0xAC00 && is_hangul (previous));

      joined = FALSE;
      if (!extends)
        n_marks = n_extenders = 0;
      else if ((mark && n_marks >= SOFTEN_TEXT_MAX_MARKS)
               || n_extenders >= SOFTEN_TEXT_MAX_EXTENDERS)
        continue;
      else
        {
          n_marks += mark;
          n_extenders++;
          joined = c == ZERO_WIDTH_JOINER;
        }
      previous = c;

      if (printable && c == '\n')
        g_string_append (out, "\\n");
      else if (printable && c == '\r')
        g_string_append (out, "\\r");
      else if (printable && c == '\t')
        g_string_append (out, "\\t");
      else if (printable && (g_unichar_iscntrl (c) || soften_text_is_bidi_control (c)))
        g_string_append_unichar (out, 0xFFFD);
      else if (!soften_text_is_bidi_control (c))
        g_string_append_unichar (out, c);
    }
}

/**
 * soften_text_make_safe:
 * @text: valid UTF-8
 *
 * Returns: (transfer full): @text with its clusters bounded and without
 *   bidirectional embeddings, overrides and isolates (see the top of this
 *   file); control characters stay as they are
 */
char *
soften_text_make_safe (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  append_bounded (out, text, text + strlen (text), FALSE);

  return g_string_free (out, FALSE);
}

/**
 * soften_text_make_printable:
 * @text: any bytes, ending in a zero byte
 * @max_chars: the most characters to keep, or 0 for all
 * @tail_chars: how many of the last characters to keep when @text is cut
 *
 * @text as it can be shown to a person in a message or on a terminal,
 * whatever it held: bytes that are not UTF-8 become U+FFFD, a tab or a
 * line break is shown as \t or \n, other control characters and
 * bidirectional controls as U+FFFD, clusters are bounded, and when
 * @max_chars is not 0, text longer than that keeps its start and its last
 * @tail_chars around a "…".
 *
 * Returns: (transfer full): one line of printable text
 */
char *
soften_text_make_printable (const char *text, gsize max_chars, gsize tail_chars)
{
  g_autofree char *valid = NULL;
  GString         *out;
  gsize            n_chars;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_chars == 0 || tail_chars + 1 < max_chars, NULL);

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  n_chars = g_utf8_strlen (valid, -1);

  if (max_chars == 0 || n_chars <= max_chars)
    append_bounded (out, valid, valid + strlen (valid), TRUE);
  else
    {
      const char *head_end = g_utf8_offset_to_pointer (valid, max_chars - tail_chars - 1);
      const char *tail = g_utf8_offset_to_pointer (valid, n_chars - tail_chars);

      append_bounded (out, valid, head_end, TRUE);
      g_string_append (out, "…");
      append_bounded (out, tail, tail + strlen (tail), TRUE);
    }

  return g_string_free (out, FALSE);
}

/**
 * soften_text_display_name:
 * @file_name: a file's name or path, in the file system's encoding
 *
 * Returns: (transfer full): @file_name as a message names it: UTF-8 (what
 *   is not becomes U+FFFD) and printable, as soften_text_make_printable()
 *   makes it: a name can hold any byte but "/", escape sequences and
 *   right-to-left overrides included
 */
char *
soften_text_display_name (const char *file_name)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (file_name != NULL, NULL);

  name = g_filename_display_name (file_name);
  return soften_text_make_printable (name, 0, 0);
}
