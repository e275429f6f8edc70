/* soften-script-store.c — the boundary scripts a person chose to keep
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GListModel of SoftenScript, kept in one small key file that only its
 * owner can read (0600, in a 0700 folder), written whole and atomically
 * (see soften-script-store-file.c).
 *
 * What the list holds is what is on disk. A change (keeping, editing,
 * deleting, putting back) is made under a lock, to the file as it is on
 * disk now, read again: so another instance of the app running at the
 * same time loses nothing it kept, and its scripts appear here too. Only
 * once the file is written does the list change; a change that could not
 * be written is not shown, and the error says why.
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

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "soften-script-store-private.h"

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

static gboolean
scripts_equal (SoftenScript *a, SoftenScript *b)
{
  if (a == b)
    return TRUE;
  if (g_strcmp0 (soften_script_get_id (a), soften_script_get_id (b)) != 0
      || soften_script_get_created (a) != soften_script_get_created (b))
    return FALSE;

  for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
    if (g_strcmp0 (soften_script_get_field (a, f), soften_script_get_field (b, f)) != 0)
      return FALSE;

  return TRUE;
}

static int
find_id (GPtrArray *scripts, const char *id)
{
  for (guint i = 0; i < scripts->len; i++)
    if (g_strcmp0 (soften_script_get_id (g_ptr_array_index (scripts, i)), id) == 0)
      return i;

  return -1;
}

/* Puts @scripts in the place of what the store held, and tells of what
 * changed. A script that is the same as one the store held stays the
 * object it was (rows keep showing it), so that one script kept, edited
 * or deleted is one row made or gone; @changed (if not %NULL) is told of
 * as changed whatever it holds. */
static void
take_scripts (SoftenScriptStore *self, GPtrArray *scripts, SoftenScript *changed)
{
  guint old_n = self->scripts->len;
  guint new_n = scripts->len;
  guint prefix = 0;
  guint suffix = 0;

  for (guint i = 0; i < new_n; i++)
    {
      SoftenScript *script = g_ptr_array_index (scripts, i);
      int           old = find_id (self->scripts, soften_script_get_id (script));

      if (old >= 0 && scripts_equal (g_ptr_array_index (self->scripts, old), script))
        {
          g_object_unref (script);
          g_ptr_array_index (scripts, i) = g_object_ref (g_ptr_array_index (self->scripts, old));
        }
    }

  while (prefix < MIN (old_n, new_n)
         && g_ptr_array_index (self->scripts, prefix) == g_ptr_array_index (scripts, prefix)
         && g_ptr_array_index (scripts, prefix) != changed)
    prefix++;
  while (suffix < MIN (old_n, new_n) - prefix
         && g_ptr_array_index (self->scripts, old_n - 1 - suffix)
                == g_ptr_array_index (scripts, new_n - 1 - suffix)
         && g_ptr_array_index (scripts, new_n - 1 - suffix) != changed)
    suffix++;

  g_ptr_array_set_size (self->scripts, 0);
  g_ptr_array_extend_and_steal (self->scripts, scripts);
  if (old_n - prefix - suffix > 0 || new_n - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_n - prefix - suffix,
                                new_n - prefix - suffix);
}

/* Why the scripts could not all be read from @path, once it was set
 * aside, or why it could not be. */
static void
set_damaged (const char *path, const char *reason, guint n_read, GError **error)
{
  g_autofree char *aside = _soften_script_store_set_aside (path, error);

  if (aside == NULL)
    return;

  g_set_error (error, SOFTEN_SCRIPT_STORE_ERROR, SOFTEN_SCRIPT_STORE_ERROR_DAMAGED,
               g_dngettext (GETTEXT_PACKAGE,
                            "Your kept scripts in %s could not all be read (%s). The file was "
                            "kept as %s, and %u script was recovered.",
                            "Your kept scripts in %s could not all be read (%s). The file was "
                            "kept as %s, and %u scripts were recovered.",
                            n_read),
               path, reason, aside, n_read);
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
  g_autofree char      *path = NULL;
  g_autofree char      *reason = NULL;
  int                   lock;

  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (self), FALSE);

  path = g_file_get_path (self->file);
  /* Without the lock (a folder that cannot be written to), the file is
   * only read: nothing can be set aside or cleaned up there anyway. */
  lock = _soften_script_store_lock (path, FALSE, NULL);
  if (lock >= 0)
    _soften_script_store_remove_stale_files (path);

  if (!_soften_script_store_read (path, scripts, &reason, error))
    {
      /* Unreadable (permissions, a folder in its place…): said, touched not. */
      _soften_script_store_unlock (lock);
      return FALSE;
    }

  take_scripts (self, g_steal_pointer (&scripts), NULL);
  /* Never overwrite what could not be read: move it aside first. */
  if (reason != NULL)
    set_damaged (path, reason, self->scripts->len, error);
  _soften_script_store_unlock (lock);

  return reason == NULL;
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
  reason = _soften_script_store_parse (contents, length, scripts);
  take_scripts (self, g_steal_pointer (&scripts), NULL);

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

/* Keeps @script in @scripts, read from disk a moment ago, in the place of
 * one with its id (kept already, by another instance perhaps), or at
 * @position; or with @remove, removes the one with its id. */
static gboolean
apply (GPtrArray *scripts, SoftenScript *script, gboolean remove, guint position, GError **error)
{
  int index = find_id (scripts, soften_script_get_id (script));

  if (remove)
    {
      if (index >= 0)
        g_ptr_array_remove_index (scripts, index);
      return TRUE;
    }

  if (index >= 0)
    {
      g_object_unref (g_ptr_array_index (scripts, index));
      g_ptr_array_index (scripts, index) = g_object_ref (script);
      return TRUE;
    }

  /* More would be set aside as damaged the next time they are read. */
  if (scripts->len >= SOFTEN_SCRIPT_STORE_MAX_SCRIPTS)
    {
      g_set_error (error, SOFTEN_SCRIPT_STORE_ERROR, SOFTEN_SCRIPT_STORE_ERROR_FULL,
                   /* Translators: %u is the most scripts that can be kept (1000) */
                   _("You already keep %u scripts, the most there can be. Delete one in My "
                      "Scripts to keep this one."),
                   SOFTEN_SCRIPT_STORE_MAX_SCRIPTS);
      return FALSE;
    }

  g_ptr_array_insert (scripts, MIN (position, scripts->len), g_object_ref (script));
  return TRUE;
}

/* Reads the file at @path into @scripts to change it: one that cannot be
 * read is never written over, and one damaged since it was read is set
 * aside first, what could be read of it kept. */
static gboolean
read_to_change (const char *path, GPtrArray *scripts, GError **error)
{
  g_autofree char *reason = NULL;
  g_autofree char *aside = NULL;

  if (!_soften_script_store_read (path, scripts, &reason, error))
    return FALSE;
  if (reason == NULL)
    return TRUE;

  aside = _soften_script_store_set_aside (path, error);
  return aside != NULL;
}

/* Keeps @script (or with @remove, deletes it) in the file as it is on
 * disk now, read again under the lock (see the top of this file), and
 * only once that is written, in the list. */
static gboolean
change_file (SoftenScriptStore *self,
             SoftenScript      *script,
             gboolean           remove,
             guint              position,
             GError           **error)
{
  g_autoptr (GPtrArray) scripts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char      *path = g_file_get_path (self->file);
  int                   lock;
  gboolean              written;

  lock = _soften_script_store_lock (path, TRUE, error);
  if (lock < 0)
    return FALSE;

  written = read_to_change (path, scripts, error)
            && apply (scripts, script, remove, position, error)
            && _soften_script_store_write (path, scripts, error);
  _soften_script_store_unlock (lock);

  if (written)
    take_scripts (self, g_steal_pointer (&scripts), script);

  return written;
}

/**
 * soften_script_store_save:
 *
 * Writes every script the store holds, atomically, readable by its owner
 * only, whatever the file held. For tests.
 */
gboolean
soften_script_store_save (SoftenScriptStore *self, GError **error)
{
  g_autofree char *path = NULL;
  int              lock;
  gboolean         written;

  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (self), FALSE);

  path = g_file_get_path (self->file);
  lock = _soften_script_store_lock (path, TRUE, error);
  if (lock < 0)
    return FALSE;

  written = _soften_script_store_write (path, self->scripts, error);
  _soften_script_store_unlock (lock);

  return written;
}

/* Keeps @script at @position (the front is 0) and saves; see
 * change_file() for what is kept when another instance kept scripts too. */
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

  return change_file (self, script, FALSE, position, error);
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

  return change_file (self, script, TRUE, index, error);
}

/* Puts @script in the place of the kept one with its id (after an edit),
 * or keeps it at the front if there is none. */
gboolean
soften_script_store_replace (SoftenScriptStore *self, SoftenScript *script, GError **error)
{
  g_return_val_if_fail (SOFTEN_IS_SCRIPT_STORE (self), FALSE);
  g_return_val_if_fail (SOFTEN_IS_SCRIPT (script), FALSE);

  return change_file (self, script, FALSE, 0, error);
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
