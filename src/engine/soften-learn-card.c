/* soften-learn-card.c — a short page to read: what a pattern is, and why
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Learn cards are built in: data/learn/ID.card.desktop.in, with the
 * translations merged in at build time, compiled into the exercises'
 * GResource under /learn/. A card is [Card] (Id, Title, Summary, Credit,
 * and NotesFrom, the id of an exercise whose notes it shows after its own
 * sections) and [Section 1]… (Title, Text), read with the exercise
 * reader's limits and checks: text is always safe to show, and every
 * translation meets its key's limits.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <string.h>

#include "soften-key-file.h"
#include "soften-learn-card.h"
#include "soften-text.h"

#define CARD_GROUP      "Card"
#define SECTION_PREFIX  "Section "
#define RESOURCE_FORMAT RESOURCE_BASE_PATH "/learn/%s.card"
#define MAX_ID_CHARS    64
#define MAX_BYTES       (64 * 1024)

struct _SoftenLearnCard
{
  GObject parent_instance;

  char      *id;
  char      *title;
  char      *summary;
  char      *credit;
  char      *notes_from;
  GPtrArray *section_titles; /* of char * */
  GPtrArray *section_texts;
};

G_DEFINE_FINAL_TYPE (SoftenLearnCard, soften_learn_card, G_TYPE_OBJECT)

/* The quark's name is the text of its first argument: left as written. */
/* clang-format off */
G_DEFINE_QUARK (soften-learn-card-error-quark, soften_learn_card_error)
/* clang-format on */

/* The built-in cards, in the order the library lists them. */
static const char *const builtin_ids[] = {
  "window-of-tolerance", "why-we-push-away", "signs-of-trauma", "what-forgiveness-is", NULL,
};

static const SoftenKeyFileErrors card_errors = {
  soften_learn_card_error_quark,
  SOFTEN_LEARN_CARD_ERROR_MISSING_KEY,
  SOFTEN_LEARN_CARD_ERROR_INVALID_VALUE,
  SOFTEN_LEARN_CARD_ERROR_TOO_LARGE,
};

static void
soften_learn_card_finalize (GObject *object)
{
  SoftenLearnCard *self = SOFTEN_LEARN_CARD (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->credit);
  g_free (self->notes_from);
  g_ptr_array_unref (self->section_titles);
  g_ptr_array_unref (self->section_texts);

  G_OBJECT_CLASS (soften_learn_card_parent_class)->finalize (object);
}

static void
soften_learn_card_class_init (SoftenLearnCardClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = soften_learn_card_finalize;
}

static void
soften_learn_card_init (SoftenLearnCard *self)
{
  self->section_titles = g_ptr_array_new_with_free_func (g_free);
  self->section_texts = g_ptr_array_new_with_free_func (g_free);
}

/* An id in [Card]: Id= must be one, NotesFrom= may be. */
static char *
read_id (SoftenKeyFileReader *reader, const char *key, gboolean required, GError **error)
{
  g_autofree char *id
      = g_key_file_get_string (soften_key_file_reader_get_key_file (reader), CARD_GROUP, key, NULL);

  if (id == NULL)
    {
      if (required)
        soften_key_file_reader_set_error (reader, error, SOFTEN_LEARN_CARD_ERROR_MISSING_KEY,
                                          CARD_GROUP, "%s: the key is missing", key);
      return NULL;
    }
  if (!soften_key_file_is_valid_id (g_strstrip (id), MAX_ID_CHARS))
    {
      soften_key_file_reader_set_error (
          reader, error, SOFTEN_LEARN_CARD_ERROR_INVALID_VALUE, CARD_GROUP,
          "%s: “%s” is not an id (lowercase letters, digits and dashes)", key,
          soften_key_file_reader_quote (reader, id));
      return NULL;
    }

  return g_steal_pointer (&id);
}

static gboolean
read_card_group (SoftenKeyFileReader *reader, SoftenLearnCard *self, GError **error)
{
  static const char *const known[] = { "Id", "Title", "Summary", "Credit", "NotesFrom", NULL };
  g_autoptr (GError)       missing = NULL;

  if (!g_key_file_has_group (soften_key_file_reader_get_key_file (reader), CARD_GROUP))
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_LEARN_CARD_ERROR_MISSING_KEY, NULL,
                                        "the [%s] group is missing", CARD_GROUP);
      return FALSE;
    }
  soften_key_file_reader_check_keys (reader, CARD_GROUP, known);

  self->id = read_id (reader, "Id", TRUE, error);
  if (self->id == NULL)
    return FALSE;
  self->notes_from = read_id (reader, "NotesFrom", FALSE, &missing);
  if (missing != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&missing));
      return FALSE;
    }

  self->title = soften_key_file_reader_read_text (reader, CARD_GROUP, "Title", TRUE,
                                                  SOFTEN_LEARN_CARD_MAX_LINE_CHARS, error);
  self->summary = self->title == NULL
                      ? NULL
                      : soften_key_file_reader_read_text (reader, CARD_GROUP, "Summary", TRUE,
                                                          SOFTEN_LEARN_CARD_MAX_LINE_CHARS, error);
  self->credit = self->summary == NULL
                     ? NULL
                     : soften_key_file_reader_read_text (reader, CARD_GROUP, "Credit", TRUE,
                                                         SOFTEN_LEARN_CARD_MAX_TEXT_CHARS, error);

  return self->credit != NULL;
}

/* [Section 1], [Section 2]…: numbered from 1, in order, nothing else. */
static gboolean
read_sections (SoftenKeyFileReader *reader, SoftenLearnCard *self, GError **error)
{
  static const char *const known[] = { "Title", "Text", NULL };
  g_auto (GStrv)           groups
      = g_key_file_get_groups (soften_key_file_reader_get_key_file (reader), NULL);
  guint expected = 1;

  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      char            *title, *text;

      if (strcmp (groups[i], CARD_GROUP) == 0)
        continue;
      name = g_strdup_printf (SECTION_PREFIX "%u", expected);
      if (strcmp (groups[i], name) != 0 || expected > SOFTEN_LEARN_CARD_MAX_SECTIONS)
        {
          soften_key_file_reader_set_error (
              reader, error, SOFTEN_LEARN_CARD_ERROR_INVALID_VALUE, groups[i],
              "expected [%s] here (at most %u sections, numbered from 1 in order)", name,
              SOFTEN_LEARN_CARD_MAX_SECTIONS);
          return FALSE;
        }
      soften_key_file_reader_check_keys (reader, groups[i], known);

      title = soften_key_file_reader_read_text (reader, groups[i], "Title", TRUE,
                                                SOFTEN_LEARN_CARD_MAX_LINE_CHARS, error);
      if (title == NULL)
        return FALSE;
      g_ptr_array_add (self->section_titles, title);
      text = soften_key_file_reader_read_text (reader, groups[i], "Text", TRUE,
                                               SOFTEN_LEARN_CARD_MAX_TEXT_CHARS, error);
      if (text == NULL)
        return FALSE;
      g_ptr_array_add (self->section_texts, text);
      expected++;
    }

  if (expected == 1 && self->notes_from == NULL)
    {
      soften_key_file_reader_set_error (reader, error, SOFTEN_LEARN_CARD_ERROR_MISSING_KEY, NULL,
                                        "a card needs a [%s1] or NotesFrom=", SECTION_PREFIX);
      return FALSE;
    }

  return TRUE;
}

/**
 * soften_learn_card_new_from_bytes:
 * @display_name: how to name it in messages ("why-we-push-away.card")
 * @warnings: (nullable) (element-type utf8): where to add messages about
 *   what was ignored, such as unknown keys
 *
 * Returns: (transfer full) (nullable): the card, or %NULL with @error set
 *   to a message that names the file, the group and the key
 */
SoftenLearnCard *
soften_learn_card_new_from_bytes (GBytes     *bytes,
                                  const char *display_name,
                                  GPtrArray  *warnings,
                                  GError    **error)
{
  static const char *const        text_keys[] = { "Title", "Summary", "Credit", "Text", NULL };
  g_autoptr (SoftenKeyFileReader) reader = NULL;
  g_autoptr (SoftenLearnCard)     self = NULL;
  g_autoptr (GError)              local_error = NULL;
  gsize                           size;
  const char                     *data = g_bytes_get_data (bytes, &size);

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  reader = soften_key_file_reader_new (display_name, warnings, &card_errors);
  if (size == 0 || size > MAX_BYTES || memchr (data, '\0', size) != NULL
      || !g_key_file_load_from_data (soften_key_file_reader_get_key_file (reader), data, size,
                                     G_KEY_FILE_KEEP_TRANSLATIONS, &local_error))
    {
      soften_key_file_reader_set_error (
          reader, error, SOFTEN_LEARN_CARD_ERROR_NOT_KEY_FILE, NULL, "not a learn card (%s)",
          local_error != NULL ? soften_key_file_reader_quote_reason (reader, local_error->message)
                              : "empty, too large, or not text");
      return NULL;
    }

  self = g_object_new (SOFTEN_TYPE_LEARN_CARD, NULL);
  if (!soften_key_file_reader_check_escapes (reader, text_keys, error)
      || !read_card_group (reader, self, error) || !read_sections (reader, self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Returns: (array zero-terminated=1): the ids of the built-in cards, in
 * the order they are listed */
const char *const *
soften_learn_card_get_builtin_ids (void)
{
  return builtin_ids;
}

gboolean
soften_learn_card_is_builtin (const char *id)
{
  return id != NULL && g_strv_contains (builtin_ids, id);
}

/**
 * soften_learn_card_lookup:
 * @id: a built-in card's id
 *
 * Returns: (transfer full) (nullable): the card, read from the resources
 */
SoftenLearnCard *
soften_learn_card_lookup (const char *id, GError **error)
{
  g_autofree char   *path = NULL;
  g_autofree char   *name = NULL;
  g_autoptr (GBytes) bytes = NULL;
  SoftenLearnCard   *card;

  g_return_val_if_fail (id != NULL, NULL);

  if (!soften_learn_card_is_builtin (id))
    {
      g_autofree char *printable = soften_text_make_printable (id, 64, 0);

      g_set_error (error, SOFTEN_LEARN_CARD_ERROR, SOFTEN_LEARN_CARD_ERROR_NOT_FOUND,
                   "no learn card has the id “%s”", printable);
      return NULL;
    }

  path = g_strdup_printf (RESOURCE_FORMAT, id);
  name = g_strdup_printf ("%s.card", id);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  card = soften_learn_card_new_from_bytes (bytes, name, NULL, error);
  if (card != NULL && strcmp (card->id, id) != 0)
    {
      g_set_error (error, SOFTEN_LEARN_CARD_ERROR, SOFTEN_LEARN_CARD_ERROR_INVALID_VALUE,
                   "%s: [Card] Id: expected “%s”", name, id);
      g_clear_object (&card);
    }

  return card;
}

const char *
soften_learn_card_get_id (SoftenLearnCard *self)
{
  g_return_val_if_fail (SOFTEN_IS_LEARN_CARD (self), NULL);
  return self->id;
}

const char *
soften_learn_card_get_title (SoftenLearnCard *self)
{
  g_return_val_if_fail (SOFTEN_IS_LEARN_CARD (self), NULL);
  return self->title;
}

const char *
soften_learn_card_get_summary (SoftenLearnCard *self)
{
  g_return_val_if_fail (SOFTEN_IS_LEARN_CARD (self), NULL);
  return self->summary;
}

const char *
soften_learn_card_get_credit (SoftenLearnCard *self)
{
  g_return_val_if_fail (SOFTEN_IS_LEARN_CARD (self), NULL);
  return self->credit;
}

/* Returns: (nullable): the id of the exercise whose notes the card shows
 * after its sections */
const char *
soften_learn_card_get_notes_from (SoftenLearnCard *self)
{
  g_return_val_if_fail (SOFTEN_IS_LEARN_CARD (self), NULL);
  return self->notes_from;
}

guint
soften_learn_card_get_n_sections (SoftenLearnCard *self)
{
  g_return_val_if_fail (SOFTEN_IS_LEARN_CARD (self), 0);
  return self->section_titles->len;
}

const char *
soften_learn_card_get_section_title (SoftenLearnCard *self, guint n)
{
  g_return_val_if_fail (SOFTEN_IS_LEARN_CARD (self), NULL);
  g_return_val_if_fail (n < self->section_titles->len, NULL);
  return g_ptr_array_index (self->section_titles, n);
}

const char *
soften_learn_card_get_section_text (SoftenLearnCard *self, guint n)
{
  g_return_val_if_fail (SOFTEN_IS_LEARN_CARD (self), NULL);
  g_return_val_if_fail (n < self->section_texts->len, NULL);
  return g_ptr_array_index (self->section_texts, n);
}
