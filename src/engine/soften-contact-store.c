/* soften-contact-store.c — the people a person can reach, kept privately
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GListModel of SoftenContact, in the order the person added them, kept
 * in a small key file only its owner can read (see soften-private-file.c):
 *
 *   [Contact 6c0e…]
 *   Name=Sam
 *   Number=+44 20 7946 0000
 *
 * Every change is saved at once, and what the list shows is what is on
 * disk: a change that cannot be saved is not made. Reading checks every
 * contact; a file that cannot be read whole is set aside, never written
 * over, and what could be read of it is kept. Nothing here is logged.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "soften-contact-private.h"
#include "soften-contact-store.h"
#include "soften-private-file.h"

#define GROUP_PREFIX "Contact "

struct _SoftenContactStore
{
  GObject parent_instance;

  GFile     *file;
  GPtrArray *contacts; /* of SoftenContact */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SoftenContactStore,
                               soften_contact_store,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* The quark's name is the text of its first argument: left as written. */
/* clang-format off */
G_DEFINE_QUARK (soften-contact-store-error-quark, soften_contact_store_error)
/* clang-format on */

static GType
get_item_type (GListModel *model)
{
  return SOFTEN_TYPE_CONTACT;
}

static guint
get_n_items (GListModel *model)
{
  return SOFTEN_CONTACT_STORE (model)->contacts->len;
}

static gpointer
get_item (GListModel *model, guint position)
{
  SoftenContactStore *self = SOFTEN_CONTACT_STORE (model);

  if (position >= self->contacts->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->contacts, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
soften_contact_store_finalize (GObject *object)
{
  SoftenContactStore *self = SOFTEN_CONTACT_STORE (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);

  G_OBJECT_CLASS (soften_contact_store_parent_class)->finalize (object);
}

static void
soften_contact_store_class_init (SoftenContactStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = soften_contact_store_finalize;
}

static void
soften_contact_store_init (SoftenContactStore *self)
{
  self->contacts = g_ptr_array_new_with_free_func (g_object_unref);
}

SoftenContactStore *
soften_contact_store_new (GFile *file)
{
  SoftenContactStore *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (SOFTEN_TYPE_CONTACT_STORE, NULL);
  self->file = g_object_ref (file);

  return self;
}

static int
find (SoftenContactStore *self, const char *id)
{
  for (guint i = 0; i < self->contacts->len; i++)
    if (g_str_equal (soften_contact_get_id (g_ptr_array_index (self->contacts, i)), id))
      return i;

  return -1;
}

/* Reads @bytes into @contacts; returns how many groups could not be read. */
static guint
parse (GBytes *bytes, GPtrArray *contacts)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_auto (GStrv)       groups = NULL;
  gsize                length;
  const char          *data = g_bytes_get_data (bytes, &length);
  guint                n_bad = 0;

  if (length == 0)
    return 0;
  if (!g_utf8_validate_len (data, length, NULL)
      || !g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_NONE, NULL))
    return 1;

  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *name = g_key_file_get_string (key_file, groups[i], "Name", NULL);
      g_autofree char *number = g_key_file_get_string (key_file, groups[i], "Number", NULL);
      const char      *id = groups[i] + strlen (GROUP_PREFIX);
      g_autoptr (SoftenContact) contact = NULL;

      if (g_str_has_prefix (groups[i], GROUP_PREFIX) && g_uuid_string_is_valid (id)
          && contacts->len < SOFTEN_CONTACT_STORE_MAX_CONTACTS)
        contact = _soften_contact_new_with_id (id, name, number, NULL);
      if (contact != NULL)
        g_ptr_array_add (contacts, g_steal_pointer (&contact));
      else
        n_bad++;
    }

  return n_bad;
}

static void
take (SoftenContactStore *self, GPtrArray *contacts)
{
  guint removed = self->contacts->len;

  g_ptr_array_unref (self->contacts);
  self->contacts = contacts;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, contacts->len);
}

/**
 * soften_contact_store_load:
 *
 * Reads the contacts, replacing what the store held; no file is none. A
 * file that cannot be read whole is set aside and what could be read is
 * kept: %SOFTEN_CONTACT_STORE_ERROR_DAMAGED says where the file went.
 *
 * Returns: %FALSE with @error set when not everything could be read
 */
gboolean
soften_contact_store_load (SoftenContactStore *self, GError **error)
{
  g_autoptr (GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError)    read_error = NULL;
  g_autoptr (GBytes)    bytes = NULL;
  g_autofree char      *aside = NULL;
  guint                 n_bad;

  g_return_val_if_fail (SOFTEN_IS_CONTACT_STORE (self), FALSE);

  bytes = soften_private_file_read (self->file, SOFTEN_CONTACT_STORE_MAX_BYTES, &read_error);
  if (bytes == NULL && g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      take (self, g_steal_pointer (&contacts));
      return TRUE;
    }

  n_bad = bytes != NULL ? parse (bytes, contacts) : 1;
  take (self, g_steal_pointer (&contacts));
  if (n_bad == 0)
    return TRUE;

  /* Never write over what could not be read: move it aside first. */
  aside = soften_private_file_set_aside (self->file, error);
  if (aside == NULL)
    return FALSE;

  g_set_error (error, SOFTEN_CONTACT_STORE_ERROR, SOFTEN_CONTACT_STORE_ERROR_DAMAGED,
               g_dngettext (GETTEXT_PACKAGE,
                            "The people you added could not all be read. The file was kept as "
                            "%s, and %u person was recovered.",
                            "The people you added could not all be read. The file was kept as "
                            "%s, and %u people were recovered.",
                            self->contacts->len),
               aside, self->contacts->len);
  return FALSE;
}

/* Writes @contacts; the store's list changes only if it could. */
static gboolean
save (SoftenContactStore *self, GPtrArray *contacts, GError **error)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_autofree char     *data = NULL;
  gsize                length;

  for (guint i = 0; i < contacts->len; i++)
    {
      SoftenContact   *contact = g_ptr_array_index (contacts, i);
      g_autofree char *group = g_strconcat (GROUP_PREFIX, soften_contact_get_id (contact), NULL);

      g_key_file_set_string (key_file, group, "Name", soften_contact_get_name (contact));
      g_key_file_set_string (key_file, group, "Number", soften_contact_get_number (contact));
    }

  data = g_key_file_to_data (key_file, &length, NULL);
  return soften_private_file_write (self->file, data, length, error);
}

/* The list as it is, to change a copy and save it before showing it. */
static GPtrArray *
copy_list (SoftenContactStore *self)
{
  GPtrArray *copy = g_ptr_array_new_full (self->contacts->len + 1, g_object_unref);

  for (guint i = 0; i < self->contacts->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (self->contacts, i)));

  return copy;
}

/* Adds @contact at the end and saves. */
gboolean
soften_contact_store_add (SoftenContactStore *self, SoftenContact *contact, GError **error)
{
  g_autoptr (GPtrArray) changed = NULL;

  g_return_val_if_fail (SOFTEN_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (SOFTEN_IS_CONTACT (contact), FALSE);

  if (self->contacts->len >= SOFTEN_CONTACT_STORE_MAX_CONTACTS)
    {
      g_set_error (error, SOFTEN_CONTACT_STORE_ERROR, SOFTEN_CONTACT_STORE_ERROR_FULL,
                   _("You already have %u people here, as many as there can be."),
                   SOFTEN_CONTACT_STORE_MAX_CONTACTS);
      return FALSE;
    }

  changed = copy_list (self);
  g_ptr_array_add (changed, g_object_ref (contact));
  if (!save (self, changed, error))
    return FALSE;

  g_ptr_array_add (self->contacts, g_object_ref (contact));
  g_list_model_items_changed (G_LIST_MODEL (self), self->contacts->len - 1, 0, 1);
  return TRUE;
}

/* Puts @contact in the place of the one with its id, and saves. */
gboolean
soften_contact_store_replace (SoftenContactStore *self, SoftenContact *contact, GError **error)
{
  g_autoptr (GPtrArray) changed = NULL;
  int                   position;

  g_return_val_if_fail (SOFTEN_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (SOFTEN_IS_CONTACT (contact), FALSE);

  position = find (self, soften_contact_get_id (contact));
  if (position < 0)
    return soften_contact_store_add (self, contact, error);

  changed = copy_list (self);
  g_object_unref (g_ptr_array_index (changed, position));
  g_ptr_array_index (changed, position) = g_object_ref (contact);
  if (!save (self, changed, error))
    return FALSE;

  g_object_unref (g_ptr_array_index (self->contacts, position));
  g_ptr_array_index (self->contacts, position) = g_object_ref (contact);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
  return TRUE;
}

/* Removes the contact with @id, if there is one, and saves. */
gboolean
soften_contact_store_remove (SoftenContactStore *self, const char *id, GError **error)
{
  g_autoptr (GPtrArray) changed = NULL;
  int                   position;

  g_return_val_if_fail (SOFTEN_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  position = find (self, id);
  if (position < 0)
    return TRUE;

  changed = copy_list (self);
  g_ptr_array_remove_index (changed, position);
  if (!save (self, changed, error))
    return FALSE;

  g_ptr_array_remove_index (self->contacts, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  return TRUE;
}

/* Returns: (transfer none) (nullable): the contact with @id */
SoftenContact *
soften_contact_store_lookup (SoftenContactStore *self, const char *id)
{
  int position;

  g_return_val_if_fail (SOFTEN_IS_CONTACT_STORE (self), NULL);

  position = find (self, id);
  return position >= 0 ? g_ptr_array_index (self->contacts, position) : NULL;
}
