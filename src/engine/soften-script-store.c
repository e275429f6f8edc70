/* soften-script-store.c — the boundary scripts a person chose to keep
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GListModel of SoftenScript, kept in one small key file that only its
 * owner can read (0600, in a 0700 folder). Every change is written whole
 * and atomically: to a temporary file, synced, then renamed over the old
 * one, so a crash at any moment leaves either the old file or the new.
 *
 * Reading validates everything. A file that cannot be read whole is never
 * overwritten: it is set aside under a new name ("scripts.ini.damaged-…"),
 * the scripts that could be read are kept, and the caller gets an error
 * saying what happened and where the old file went.
 *
 *   [Script 6c0e…]
 *   Created=1795267346
 *   When=plans are made without me
 *   Feel=left out
 *   …
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "soften-key-file.h"
#include "soften-script-store-private.h"

#define GROUP_PREFIX "Script "

struct _SoftenScriptStore
{
  GObject parent_instance;

  GFile     *file;
  GPtrArray *scripts; /* of SoftenScript, in the file's order (newest first) */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SoftenScriptStore,
                               soften_script_store,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* The quark's name is the text of its first argument: left as written. */
/* clang-format off */
G_DEFINE_QUARK (soften-script-store-error-quark, soften_script_store_error)
/* clang-format on */

static GType
get_item_type (GListModel *model)
{
  return SOFTEN_TYPE_SCRIPT;
}

static guint
get_n_items (GListModel *model)
{
  return SOFTEN_SCRIPT_STORE (model)->scripts->len;
}

static gpointer
get_item (GListModel *model, guint position)
{
  SoftenScriptStore *self = SOFTEN_SCRIPT_STORE (model);

  if (position >= self->scripts->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->scripts, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
soften_script_store_finalize (GObject *object)
{
  SoftenScriptStore *self = (SoftenScriptStore *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->scripts, g_ptr_array_unref);

  G_OBJECT_CLASS (soften_script_store_parent_class)->finalize (object);
}

static void
soften_script_store_class_init (SoftenScriptStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = soften_script_store_finalize;
}

static void
soften_script_store_init (SoftenScriptStore *self)
{
  self->scripts = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * soften_script_store_new:
 * @file: where the scripts are kept, e.g. $XDG_DATA_HOME/soften/scripts.ini
 */
SoftenScriptStore *
soften_script_store_new (GFile *file)
{
  SoftenScriptStore *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (SOFTEN_TYPE_SCRIPT_STORE, NULL);
  self->file = g_object_ref (file);

  return self;
}

/* Returns: (transfer none): the file the scripts are kept in */
GFile *
soften_script_store_get_file (SoftenScriptStore *self)
{
  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (self), NULL);

  return self->file;
}

/* One [Script ID] group, or NULL if it is not a whole, sound script. */
static SoftenScript *
read_script (GKeyFile *key_file, const char *group)
{
  g_autoptr (SoftenScript) script = NULL;
  g_autofree char         *created = NULL;
  const char              *id = group + strlen (GROUP_PREFIX);
  gint64                   unix_time;

  if (!g_str_has_prefix (group, GROUP_PREFIX) || !g_uuid_string_is_valid (id))
    return NULL;

  created = g_key_file_get_value (key_file, group, "Created", NULL);
  if (created == NULL || !g_ascii_string_to_signed (created, 10, 0, G_MAXINT64, &unix_time, NULL))
    return NULL;

  script = soften_script_new ();
  soften_script_set_id (script, id);
  soften_script_set_created (script, unix_time);

  for (guint i = 0; i < SOFTEN_SCRIPT_N_FIELDS; i++)
    {
      const char      *key = soften_script_field_to_key (i);
      g_autofree char *raw = g_key_file_get_value (key_file, group, key, NULL);
      g_autofree char *text = NULL;

      if (raw == NULL)
        continue;
      /* We never write a bad escape, and GLib must not read one (see
       * soften-key-file.c): the script is damaged. */
      if (!soften_key_file_escapes_are_valid (raw, NULL))
        return NULL;

      text = g_key_file_get_string (key_file, group, key, NULL);
      if (text == NULL || !g_utf8_validate (text, -1, NULL)
          || g_utf8_strlen (text, -1) > SOFTEN_SCRIPT_STORE_MAX_CHARS)
        return NULL;

      soften_script_set_field (script, i, text);
    }

  if (soften_script_is_empty (script))
    return NULL;

  return g_steal_pointer (&script);
}

/* Renames the damaged file out of the way; returns its new name. */
static char *
set_aside (SoftenScriptStore *self, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char      *path = g_file_get_path (self->file);
  g_autofree char      *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char      *aside = NULL;

  for (guint n = 0; n < 100; n++)
    {
      g_free (aside);
      aside = n == 0 ? g_strdup_printf ("%s.damaged-%s", path, stamp)
                     : g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);
      if (!g_file_test (aside, G_FILE_TEST_EXISTS))
        break;
    }

  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s could not be set aside: %s"), path, g_strerror (saved_errno));
      return NULL;
    }

  return g_steal_pointer (&aside);
}

/* Whether @entry is "NAME.XXXXXX", a temporary copy g_file_set_contents()
 * makes of NAME. */
static gboolean
is_temporary_copy (const char *entry, const char *name)
{
  gsize length = strlen (name);

  if (!g_str_has_prefix (entry, name) || entry[length] != '.' || strlen (entry + length + 1) != 6)
    return FALSE;

  for (const char *c = entry + length + 1; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c))
      return FALSE;

  return TRUE;
}

/* A save killed halfway leaves its temporary copy beside the file, which
 * is itself whole; the copy holds nothing the file does not, so it goes. */
static void
remove_stale_copies (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char      *entry;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    if (is_temporary_copy (entry, name))
      {
        g_autofree char *stale = g_build_filename (folder, entry, NULL);

        g_unlink (stale);
      }
}

/* Reads the scripts in @contents into @scripts. Returns NULL when all of it
 * could be read, or why not (for a message). */
static char *
parse_scripts (const char *contents, gsize length, GPtrArray *scripts)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_auto (GStrv)       groups = NULL;
  guint                n_bad = 0;

  if (!g_utf8_validate_len (contents, length, NULL))
    return g_strdup (_("it is not text"));
  /* Not GLib's reason: it quotes the line it stopped at, and a line of
   * this file is something the person wrote, which no message may show. */
  if (!g_key_file_load_from_data (key_file, contents, length, G_KEY_FILE_NONE, NULL))
    return g_strdup (_("its layout is damaged"));

  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      SoftenScript *script = scripts->len < SOFTEN_SCRIPT_STORE_MAX_SCRIPTS
                                 ? read_script (key_file, groups[i])
                                 : NULL;

      if (script != NULL)
        g_ptr_array_add (scripts, script);
      else
        n_bad++;
    }

  if (n_bad > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u script in it is damaged",
                                         "%u scripts in it are damaged", n_bad),
                            n_bad);

  return NULL;
}

/* Puts @scripts in the place of what the store held. */
static void
take_scripts (SoftenScriptStore *self, GPtrArray *scripts)
{
  guint old_n_items = self->scripts->len;

  g_ptr_array_set_size (self->scripts, 0);
  g_ptr_array_extend_and_steal (self->scripts, scripts);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, self->scripts->len);
}

/**
 * soften_script_store_load:
 *
 * Reads the kept scripts, replacing what the store held. A missing file is
 * no scripts. A file that cannot be read whole is set aside, what could be
 * read of it is kept, and %SOFTEN_SCRIPT_STORE_ERROR_DAMAGED says where the
 * file went: the store is usable all the same.
 *
 * Returns: %FALSE with @error set when not everything could be read
 */
gboolean
soften_script_store_load (SoftenScriptStore *self, GError **error)
{
  g_autoptr (GPtrArray) scripts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError)    local_error = NULL;
  g_autofree char      *contents = NULL;
  g_autofree char      *path = NULL;
  g_autofree char      *aside = NULL;
  g_autofree char      *reason = NULL;
  g_autoptr (GFileInfo) info = NULL;
  gsize                 length = 0;

  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (self), FALSE);

  path = g_file_get_path (self->file);
  remove_stale_copies (path);

  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    goto done;

  if (info != NULL && g_file_info_get_size (info) > SOFTEN_SCRIPT_STORE_MAX_BYTES)
    reason = g_strdup (_("the file is far larger than kept scripts can be"));
  else if (info == NULL || !g_file_get_contents (path, &contents, &length, &local_error))
    {
      /* Unreadable (permissions, a folder in its place…): say so, touch nothing. */
      g_set_error (error, G_IO_ERROR,
                   local_error->domain == G_IO_ERROR ? local_error->code : G_IO_ERROR_FAILED,
                   _("Your kept scripts could not be read from %s: %s"), path,
                   local_error->message);
      return FALSE;
    }
  else
    reason = parse_scripts (contents, length, scripts);

done:
  take_scripts (self, g_steal_pointer (&scripts));

  if (reason == NULL)
    return TRUE;

  /* Never overwrite what could not be read: move it aside first. */
  aside = set_aside (self, error);
  if (aside == NULL)
    return FALSE;

  g_set_error (error, SOFTEN_SCRIPT_STORE_ERROR, SOFTEN_SCRIPT_STORE_ERROR_DAMAGED,
               g_dngettext (GETTEXT_PACKAGE,
                            "Your kept scripts in %s could not all be read (%s). The file was "
                            "kept as %s, and %u script was recovered.",
                            "Your kept scripts in %s could not all be read (%s). The file was "
                            "kept as %s, and %u scripts were recovered.",
                            self->scripts->len),
               path, reason, aside, self->scripts->len);
  return FALSE;
}

/**
 * soften_script_store_load_bytes:
 * @bytes: what a scripts file holds
 *
 * Reads kept scripts from @bytes, replacing what the store held, exactly as
 * soften_script_store_load() reads its file, but never touching the file:
 * nothing is set aside. For tests and the fuzzer.
 *
 * Returns: %FALSE with %SOFTEN_SCRIPT_STORE_ERROR_DAMAGED when not everything
 *   could be read; what could be read is kept all the same
 */
gboolean
soften_script_store_load_bytes (SoftenScriptStore *self, GBytes *bytes, GError **error)
{
  g_autoptr (GPtrArray) scripts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char      *reason = NULL;
  const char           *contents;
  gsize                 length;

  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  contents = g_bytes_get_data (bytes, &length);
  if (length > SOFTEN_SCRIPT_STORE_MAX_BYTES)
    reason = g_strdup (_("the file is far larger than kept scripts can be"));
  else if (length > 0)
    reason = parse_scripts (contents, length, scripts);

  take_scripts (self, g_steal_pointer (&scripts));

  if (reason == NULL)
    return TRUE;

  g_set_error (error, SOFTEN_SCRIPT_STORE_ERROR, SOFTEN_SCRIPT_STORE_ERROR_DAMAGED,
               g_dngettext (GETTEXT_PACKAGE,
                            "Your kept scripts could not all be read (%s); %u script was "
                            "recovered.",
                            "Your kept scripts could not all be read (%s); %u scripts were "
                            "recovered.",
                            self->scripts->len),
               reason, self->scripts->len);
  return FALSE;
}

/**
 * soften_script_store_save:
 *
 * Writes every script, atomically, readable by its owner only.
 */
gboolean
soften_script_store_save (SoftenScriptStore *self, GError **error)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_autoptr (GFile)    folder = NULL;
  g_autofree char     *path = NULL;
  g_autofree char     *folder_path = NULL;
  g_autofree char     *data = NULL;
  gsize                length;

  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (self), FALSE);

  for (guint i = 0; i < self->scripts->len; i++)
    {
      SoftenScript    *script = g_ptr_array_index (self->scripts, i);
      g_autofree char *group = g_strconcat (GROUP_PREFIX, soften_script_get_id (script), NULL);

      g_key_file_set_int64 (key_file, group, "Created", soften_script_get_created (script));
      for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
        if (soften_script_get_field (script, f)[0] != '\0')
          g_key_file_set_string (key_file, group, soften_script_field_to_key (f),
                                 soften_script_get_field (script, f));
    }

  data = g_key_file_to_data (key_file, &length, NULL);
  path = g_file_get_path (self->file);
  folder = g_file_get_parent (self->file);
  folder_path = g_file_get_path (folder);

  if (g_mkdir_with_parents (folder_path, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The folder %s could not be made: %s"), folder_path,
                   g_strerror (saved_errno));
      return FALSE;
    }

  /* To a temporary file, synced, then renamed over the old one. */
  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/* Keeps @script at @position (the front is 0) and saves. */
gboolean
soften_script_store_insert (SoftenScriptStore *self,
                            guint              position,
                            SoftenScript      *script,
                            GError           **error)
{
  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (self), FALSE);
  g_return_val_if_fail (SOFTEN_IS_SCRIPT (script), FALSE);
  g_return_val_if_fail (soften_script_store_lookup (self, soften_script_get_id (script)) == NULL,
                        FALSE);

  /* More would be set aside as damaged the next time they are read. */
  if (self->scripts->len >= SOFTEN_SCRIPT_STORE_MAX_SCRIPTS)
    {
      g_set_error (
          error, SOFTEN_SCRIPT_STORE_ERROR, SOFTEN_SCRIPT_STORE_ERROR_FULL,
          /* Translators: %u is the most scripts that can be kept (1000) */
          _("You already keep %u scripts, the most there can be. Delete one in My Scripts "
             "to keep this one."),
          SOFTEN_SCRIPT_STORE_MAX_SCRIPTS);
      return FALSE;
    }

  position = MIN (position, self->scripts->len);
  g_ptr_array_insert (self->scripts, position, g_object_ref (script));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);

  return soften_script_store_save (self, error);
}

/* Forgets @script for good and saves; @position says where it was, for
 * putting it back (undo). */
gboolean
soften_script_store_remove (SoftenScriptStore *self,
                            SoftenScript      *script,
                            guint             *position,
                            GError           **error)
{
  guint index;

  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (self), FALSE);
  g_return_val_if_fail (SOFTEN_IS_SCRIPT (script), FALSE);

  if (!g_ptr_array_find (self->scripts, script, &index))
    return TRUE;

  if (position != NULL)
    *position = index;
  g_ptr_array_remove_index (self->scripts, index);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 0);

  return soften_script_store_save (self, error);
}

/* Puts @script in the place of the kept one with its id (after an edit). */
gboolean
soften_script_store_replace (SoftenScriptStore *self, SoftenScript *script, GError **error)
{
  SoftenScript *old;
  guint         index;

  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (self), FALSE);
  g_return_val_if_fail (SOFTEN_IS_SCRIPT (script), FALSE);

  old = soften_script_store_lookup (self, soften_script_get_id (script));
  if (old == NULL || !g_ptr_array_find (self->scripts, old, &index))
    return soften_script_store_insert (self, 0, script, error);

  if (old != script)
    {
      g_ptr_array_index (self->scripts, index) = g_object_ref (script);
      g_object_unref (old);
    }
  g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 1);

  return soften_script_store_save (self, error);
}

/* Returns: (transfer none) (nullable): the kept script with @id */
SoftenScript *
soften_script_store_lookup (SoftenScriptStore *self, const char *id)
{
  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (self), NULL);

  for (guint i = 0; i < self->scripts->len; i++)
    if (g_strcmp0 (soften_script_get_id (g_ptr_array_index (self->scripts, i)), id) == 0)
      return g_ptr_array_index (self->scripts, i);

  return NULL;
}
