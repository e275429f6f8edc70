/* soften-learn-card.h — a short page to read: what a pattern is, and why
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SOFTEN_LEARN_CARD_ERROR (soften_learn_card_error_quark ())

typedef enum
{
  SOFTEN_LEARN_CARD_ERROR_NOT_FOUND,     /* no built-in card has the id */
  SOFTEN_LEARN_CARD_ERROR_NOT_KEY_FILE,  /* the bytes are not a key file */
  SOFTEN_LEARN_CARD_ERROR_MISSING_KEY,   /* a required key is not there */
  SOFTEN_LEARN_CARD_ERROR_INVALID_VALUE, /* a value is not what was expected */
  SOFTEN_LEARN_CARD_ERROR_TOO_LARGE,     /* a value is longer than its limit */
} SoftenLearnCardError;

/* At most this many sections, each at most this long. */
#define SOFTEN_LEARN_CARD_MAX_SECTIONS   12
#define SOFTEN_LEARN_CARD_MAX_LINE_CHARS 200
#define SOFTEN_LEARN_CARD_MAX_TEXT_CHARS 2000

#define SOFTEN_TYPE_LEARN_CARD (soften_learn_card_get_type ())

G_DECLARE_FINAL_TYPE (SoftenLearnCard, soften_learn_card, SOFTEN, LEARN_CARD, GObject)

GQuark             soften_learn_card_error_quark (void);
const char *const *soften_learn_card_get_builtin_ids (void);
gboolean           soften_learn_card_is_builtin (const char *id);
SoftenLearnCard   *soften_learn_card_lookup (const char *id, GError **error);
SoftenLearnCard   *soften_learn_card_new_from_bytes (GBytes     *bytes,
                                                     const char *display_name,
                                                     GPtrArray  *warnings,
                                                     GError    **error);
const char        *soften_learn_card_get_id (SoftenLearnCard *self);
const char        *soften_learn_card_get_title (SoftenLearnCard *self);
const char        *soften_learn_card_get_summary (SoftenLearnCard *self);
const char        *soften_learn_card_get_credit (SoftenLearnCard *self);
const char        *soften_learn_card_get_notes_from (SoftenLearnCard *self);
guint              soften_learn_card_get_n_sections (SoftenLearnCard *self);
const char        *soften_learn_card_get_section_title (SoftenLearnCard *self, guint n);
const char        *soften_learn_card_get_section_text (SoftenLearnCard *self, guint n);

G_END_DECLS
