/* soften-contact.c — someone a person can reach when things are hard
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A name and a number the person added to Help Now themselves. Soften
 * never calls, texts or shares them: it shows them, and copies a number
 * when asked. A contact does not change once made; editing one makes a
 * new one with the same id (see SoftenContactStore).
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "soften-contact-private.h"

struct _SoftenContact
{
  GObject parent_instance;

  char *id;
  char *name;
  char *number;
};

G_DEFINE_FINAL_TYPE (SoftenContact, soften_contact, G_TYPE_OBJECT)

/* The quark's name is the text of its first argument: left as written. */
/* clang-format off */
G_DEFINE_QUARK (soften-contact-error-quark, soften_contact_error)
/* clang-format on */

static gboolean
has_control (const char *text)
{
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    if (g_unichar_iscntrl (g_utf8_get_char (c)))
      return TRUE;

  return FALSE;
}

static gboolean
is_number (const char *number)
{
  guint digits = 0;

  for (const char *c = number; *c != '\0'; c++)
    {
      if (g_ascii_isdigit (*c))
        digits++;
      else if (strchr ("+()-.*# ", *c) == NULL)
        return FALSE;
    }

  return digits > 0;
}

static void
soften_contact_finalize (GObject *object)
{
  SoftenContact *self = SOFTEN_CONTACT (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->number);

  G_OBJECT_CLASS (soften_contact_parent_class)->finalize (object);
}

static void
soften_contact_class_init (SoftenContactClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = soften_contact_finalize;
}

static void
soften_contact_init (SoftenContact *self)
{
}

/**
 * soften_contact_check:
 *
 * Returns: whether @name and @number make a contact; if not, @error says
 *   what is wrong, in words to show the person
 */
gboolean
soften_contact_check (const char *name, const char *number, GError **error)
{
  g_autofree char *name_stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *number_stripped = g_strstrip (g_strdup (number != NULL ? number : ""));

  if (!g_utf8_validate (name_stripped, -1, NULL) || has_control (name_stripped)
      || g_utf8_strlen (name_stripped, -1) > SOFTEN_CONTACT_MAX_NAME_CHARS)
    {
      g_set_error (error, SOFTEN_CONTACT_ERROR, SOFTEN_CONTACT_ERROR_BAD_NAME,
                   _("A name can have up to %u letters, without control characters."),
                   SOFTEN_CONTACT_MAX_NAME_CHARS);
      return FALSE;
    }
  if (name_stripped[0] == '\0')
    {
      g_set_error_literal (error, SOFTEN_CONTACT_ERROR, SOFTEN_CONTACT_ERROR_NO_NAME,
                           _("Add a name, so that you know who it is."));
      return FALSE;
    }
  if (strlen (number_stripped) > SOFTEN_CONTACT_MAX_NUMBER_CHARS || !is_number (number_stripped))
    {
      g_set_error_literal (error, SOFTEN_CONTACT_ERROR, SOFTEN_CONTACT_ERROR_BAD_NUMBER,
                           _("A number has digits, and may have spaces and + ( ) - in it."));
      return FALSE;
    }

  return TRUE;
}

/* A contact with @id, or a new id when %NULL: for the store. */
SoftenContact *
_soften_contact_new_with_id (const char *id, const char *name, const char *number, GError **error)
{
  SoftenContact *self;

  if (!soften_contact_check (name, number, error))
    return NULL;

  self = g_object_new (SOFTEN_TYPE_CONTACT, NULL);
  self->id = id != NULL ? g_strdup (id) : g_uuid_string_random ();
  self->name = g_strstrip (g_strdup (name));
  self->number = g_strstrip (g_strdup (number));

  return self;
}

/**
 * soften_contact_new:
 *
 * Returns: (transfer full): a contact, or %NULL with @error saying what is
 *   wrong with @name or @number
 */
SoftenContact *
soften_contact_new (const char *name, const char *number, GError **error)
{
  return _soften_contact_new_with_id (NULL, name, number, error);
}

/**
 * soften_contact_edit:
 *
 * Returns: (transfer full): the same person (the same id) with a new name
 *   and number, to put in the place of @self; or %NULL with @error saying
 *   what is wrong with them
 */
SoftenContact *
soften_contact_edit (SoftenContact *self, const char *name, const char *number, GError **error)
{
  g_return_val_if_fail (SOFTEN_IS_CONTACT (self), NULL);

  return _soften_contact_new_with_id (self->id, name, number, error);
}

const char *
soften_contact_get_id (SoftenContact *self)
{
  g_return_val_if_fail (SOFTEN_IS_CONTACT (self), NULL);

  return self->id;
}

const char *
soften_contact_get_name (SoftenContact *self)
{
  g_return_val_if_fail (SOFTEN_IS_CONTACT (self), NULL);

  return self->name;
}

const char *
soften_contact_get_number (SoftenContact *self)
{
  g_return_val_if_fail (SOFTEN_IS_CONTACT (self), NULL);

  return self->number;
}
