/* soften-reading.h — how long words take to read calmly
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A calm reading pace: slower than people read for information, about as
 * fast as the words would be said aloud, gently. */
#define SOFTEN_READING_WORDS_PER_MINUTE 150

guint  soften_reading_count_words (const char *text);
gint64 soften_reading_usec_for_words (guint words);

G_END_DECLS
