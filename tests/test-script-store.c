/* test-script-store.c — keeping boundary scripts on disk, whatever befalls the file
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store on a file of its own in a fresh folder: any text comes back as
 * it went in, deleting deletes, a damaged file is set aside and never
 * written over, a failed write keeps nothing new, two stores on one file
 * (two instances of the app) lose nothing, and the person's own files
 * beside it are never removed.
 */

#include "config.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "engine/soften-script-store-private.h"
#include "engine/soften-script-store.h"

typedef struct
{
  char  *dir;
  GFile *file;
  char  *path;
} Store;

static void
store_set_up (Store *s, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  s->dir = g_dir_make_tmp ("soften-scripts-XXXXXX", &error);
  g_assert_no_error (error);
  s->path = g_build_filename (s->dir, "soften", "scripts.ini", NULL);
  s->file = g_file_new_for_path (s->path);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
      const char      *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
store_tear_down (Store *s, gconstpointer data)
{
  remove_tree (s->dir);
  g_free (s->dir);
  g_free (s->path);
  g_object_unref (s->file);
}

static SoftenScript *
odd_script (void)
{
  SoftenScript *script = soften_script_new ();

  soften_script_set_field (script, SOFTEN_SCRIPT_WHEN,
                           "you say \"later\";\nthen = nothing [again] <b>&amp;</b>");
  soften_script_set_field (script, SOFTEN_SCRIPT_FEEL, "עצוב ושקוף — unseen 🙁");
  soften_script_set_field (script, SOFTEN_SCRIPT_LINE, "  leading spaces\tand a tab\\n");
  soften_script_set_field (script, SOFTEN_SCRIPT_NEED, "#not a comment\r\n[Script x]");
  soften_script_set_created (script, 1795267346);

  return script;
}

/* Any text comes back exactly as it went in, from a private file. */
static void
test_round_trip (Store *s, gconstpointer data)
{
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (SoftenScriptStore) again = soften_script_store_new (s->file);
  g_autoptr (SoftenScript)      script = odd_script ();
  g_autoptr (SoftenScript)      read = NULL;
  g_autoptr (GError)            error = NULL;
  GStatBuf                      st;

  g_assert_true (soften_script_store_load (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);

  g_assert_true (soften_script_store_insert (store, 0, script, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (s->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    g_autofree char *folder = g_path_get_dirname (s->path);

    g_assert_cmpint (g_stat (folder, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  }

  g_assert_true (soften_script_store_load (again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
  read = g_list_model_get_item (G_LIST_MODEL (again), 0);
  g_assert_cmpstr (soften_script_get_id (read), ==, soften_script_get_id (script));
  g_assert_cmpint (soften_script_get_created (read), ==, 1795267346);
  for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
    g_assert_cmpstr (soften_script_get_field (read, f), ==, soften_script_get_field (script, f));
}

/* Deleting really deletes: the words are gone from the file. */
static void
test_delete (Store *s, gconstpointer data)
{
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (SoftenScript)      keep = odd_script ();
  g_autoptr (SoftenScript)      drop = soften_script_new ();
  g_autoptr (GError)            error = NULL;
  g_autofree char              *contents = NULL;
  guint                         position = 99;

  soften_script_set_field (drop, SOFTEN_SCRIPT_FEEL, "DELETEDMARKER");
  g_assert_true (soften_script_store_insert (store, 0, keep, &error));
  g_assert_true (soften_script_store_insert (store, 0, drop, &error));
  g_assert_true (g_file_get_contents (s->path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "DELETEDMARKER"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (soften_script_store_remove (store, drop, &position, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (position, ==, 0);
  g_assert_true (g_file_get_contents (s->path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "DELETEDMARKER"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);

  /* Undo puts it back where it was. */
  g_assert_true (soften_script_store_insert (store, position, drop, &error));
  g_assert_true (soften_script_store_lookup (store, soften_script_get_id (drop)) == drop);
}

/* A crash between writing the new file and renaming it over the old one
 * leaves the new text in the store's temporary file beside the old one:
 * the old file is intact and is what is read, and the next start clears
 * the temporary file away. */
static void
test_crash_before_rename (Store *s, gconstpointer data)
{
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (SoftenScriptStore) after = soften_script_store_new (s->file);
  g_autoptr (SoftenScript)      old = odd_script ();
  g_autoptr (GError)            error = NULL;
  g_autofree char              *before = NULL;
  g_autofree char              *now = NULL;
  g_autofree char              *temp = NULL;

  g_assert_true (soften_script_store_insert (store, 0, old, &error));
  g_assert_true (g_file_get_contents (s->path, &before, NULL, NULL));

  /* What a save leaves if killed before its rename. */
  temp = g_strconcat (s->path, ".saving-ABC123", NULL);
  g_assert_true (g_file_set_contents (temp, "[Script half-writ", -1, NULL));

  g_assert_true (g_file_get_contents (s->path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, before);
  g_assert_true (soften_script_store_load (after, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (after)), ==, 1);
  g_assert_false (g_file_test (temp, G_FILE_TEST_EXISTS));
}

static guint
count_aside (Store *s)
{
  g_autofree char *folder = g_path_get_dirname (s->path);
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char      *name;
  guint            n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_prefix (name, "scripts.ini.damaged-");

  return n;
}

/* A full store refuses one more, saying why, and what it keeps reads back
 * whole: it never writes what it would call damaged. */
static void
test_full (Store *s, gconstpointer data)
{
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (SoftenScriptStore) again = soften_script_store_new (s->file);
  g_autoptr (SoftenScript)      one_more = soften_script_new ();
  g_autoptr (GString)           contents = g_string_new (NULL);
  g_autofree char              *folder = g_path_get_dirname (s->path);
  g_autoptr (GError)            error = NULL;

  /* A full file, as a thousand saves would leave it. */
  for (guint i = 0; i < SOFTEN_SCRIPT_STORE_MAX_SCRIPTS; i++)
    {
      g_autofree char *id = g_uuid_string_random ();

      g_string_append_printf (contents,
                              "[Script %s]\nCreated=1700000000\nNeed=to be asked first\n\n", id);
    }
  g_mkdir_with_parents (folder, 0700);
  g_assert_true (g_file_set_contents (s->path, contents->str, -1, NULL));
  g_assert_true (soften_script_store_load (store, &error));
  g_assert_no_error (error);

  soften_script_set_field (one_more, SOFTEN_SCRIPT_NEED, "a pause");
  g_assert_false (soften_script_store_insert (store, 0, one_more, &error));
  g_assert_error (error, SOFTEN_SCRIPT_STORE_ERROR, SOFTEN_SCRIPT_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "1000 scripts"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==,
                    SOFTEN_SCRIPT_STORE_MAX_SCRIPTS);
  g_clear_error (&error);

  /* Nothing was written that would not read back whole. */
  g_assert_true (soften_script_store_load (again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==,
                    SOFTEN_SCRIPT_STORE_MAX_SCRIPTS);
  g_assert_null (soften_script_store_lookup (again, soften_script_get_id (one_more)));
}

/* A file with a damaged script: the others are read, the file is set
 * aside (not overwritten), and the error says where it went. */
static void
test_damaged (Store *s, gconstpointer data)
{
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (GError)            error = NULL;
  g_autofree char              *folder = g_path_get_dirname (s->path);
  g_autofree char              *good_id = g_uuid_string_random ();
  g_autofree char              *bad_id = g_uuid_string_random ();
  g_autofree char *contents = g_strdup_printf ("[Script %s]\nCreated=1700000000\nFeel=left out\n\n"
                                               "[Script not-a-uuid]\nCreated=1\nFeel=x\n\n"
                                               "[Script %s]\nCreated=yesterday\nFeel=y\n",
                                               good_id, bad_id);

  g_mkdir_with_parents (folder, 0700);
  g_assert_true (g_file_set_contents (s->path, contents, -1, NULL));

  g_assert_false (soften_script_store_load (store, &error));
  g_assert_error (error, SOFTEN_SCRIPT_STORE_ERROR, SOFTEN_SCRIPT_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, s->path));
  g_assert_nonnull (strstr (error->message, "2 scripts in it are damaged"));
  g_assert_nonnull (strstr (error->message, ".damaged-"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  g_assert_false (g_file_test (s->path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_aside (s), ==, 1);

  /* Keeping again writes a new file; the damaged one stays aside. */
  g_assert_true (soften_script_store_save (store, NULL));
  g_assert_true (g_file_test (s->path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_aside (s), ==, 1);
}

/* Not a key file, or not text at all: set aside whole, nothing lost. */
static void
test_garbage (Store *s, gconstpointer data)
{
  static const char             binary[] = { 'P', 'K', 3, 4, (char)0xff, (char)0xfe, 0, 1, 2 };
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (GError)            error = NULL;
  g_autofree char              *folder = g_path_get_dirname (s->path);

  g_mkdir_with_parents (folder, 0700);
  g_assert_true (g_file_set_contents (s->path, binary, sizeof binary, NULL));
  g_assert_false (soften_script_store_load (store, &error));
  g_assert_error (error, SOFTEN_SCRIPT_STORE_ERROR, SOFTEN_SCRIPT_STORE_ERROR_DAMAGED);
  g_assert_cmpuint (count_aside (s), ==, 1);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (s->path, "just some words\n", -1, NULL));
  g_assert_false (soften_script_store_load (store, &error));
  g_assert_error (error, SOFTEN_SCRIPT_STORE_ERROR, SOFTEN_SCRIPT_STORE_ERROR_DAMAGED);
  g_assert_cmpuint (count_aside (s), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
}

/* A folder in the file's place cannot be read: reported, nothing moved. */
static void
test_unreadable (Store *s, gconstpointer data)
{
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (GError)            error = NULL;

  g_mkdir_with_parents (s->path, 0700);
  g_assert_false (soften_script_store_load (store, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, s->path));
  g_assert_true (g_file_test (s->path, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_aside (s), ==, 0);
}

static SoftenScript *
script_saying (const char *need)
{
  SoftenScript *script = soften_script_new ();

  soften_script_set_field (script, SOFTEN_SCRIPT_NEED, need);
  soften_script_set_created (script, 1795267346);
  return script;
}

static guint
n_scripts (SoftenScriptStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

/* What the list shows as kept is what is on disk: a script that could not
 * be saved is not in it, and the file is as it was. Here the folder cannot
 * be made (a file is in its place), which fails even for root. */
static void
test_failed_save_not_kept (Store *s, gconstpointer data)
{
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (SoftenScript)      script = script_saying ("a pause");
  g_autofree char              *folder = g_path_get_dirname (s->path);
  g_autoptr (GError)            error = NULL;

  g_assert_true (g_file_set_contents (folder, "not a folder", -1, NULL));

  g_assert_false (soften_script_store_insert (store, 0, script, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_cmpuint (n_scripts (store), ==, 0);
  g_assert_null (soften_script_store_lookup (store, soften_script_get_id (script)));
  g_clear_error (&error);

  g_assert_false (soften_script_store_replace (store, script, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (n_scripts (store), ==, 0);
}

/* A write that fails (the disk full, or here a file size limit, which
 * fails the same write() even for root) keeps nothing new, and leaves the
 * old file and the list as they were: for keeping, editing and deleting. */
static void
test_failed_write_not_kept (Store *s, gconstpointer data)
{
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (SoftenScript)      first = script_saying ("to be asked first");
  g_autoptr (SoftenScript)      second = script_saying ("a pause");
  g_autoptr (SoftenScript)      other = script_saying ("my sister to come along");
  g_autoptr (SoftenScript)      edited = NULL;
  g_autoptr (GError)            error = NULL;
  g_autofree char              *before = NULL;
  g_autofree char              *after = NULL;
  g_autofree char              *big = g_strnfill (1500, 'x');
  struct rlimit                 old_limit;
  struct rlimit                 limit;

  g_assert_true (soften_script_store_insert (store, 0, other, &error));
  g_assert_true (soften_script_store_insert (store, 0, first, &error));
  g_assert_true (g_file_get_contents (s->path, &before, NULL, NULL));

  /* Every file written from now on can hold 64 bytes: a write past them
   * fails with EFBIG, as one fails with ENOSPC on a full disk. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 64;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_assert_false (soften_script_store_insert (store, 0, second, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, s->path));
  g_clear_error (&error);
  g_assert_null (soften_script_store_lookup (store, soften_script_get_id (second)));
  g_assert_cmpuint (n_scripts (store), ==, 2);

  edited = soften_script_copy (first);
  soften_script_set_field (edited, SOFTEN_SCRIPT_WHEN, big);
  g_assert_false (soften_script_store_replace (store, edited, &error));
  g_clear_error (&error);

  g_assert_false (soften_script_store_remove (store, first, NULL, &error));
  g_clear_error (&error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_cmpuint (n_scripts (store), ==, 2);
  g_assert_true (soften_script_store_lookup (store, soften_script_get_id (first)) == first);
  g_assert_cmpstr (soften_script_get_field (first, SOFTEN_SCRIPT_WHEN), ==, "");
  g_assert_null (soften_script_store_lookup (store, soften_script_get_id (second)));
  g_assert_true (g_file_get_contents (s->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

/* Start-up clears away what a save killed halfway left, and nothing else:
 * the person's own files beside the scripts stay. */
static void
test_stale_files (Store *s, gconstpointer data)
{
  static const char *const      theirs[] = { "scripts.ini.backup",
                                             "scripts.ini.abc123",
                                             "scripts.ini.ABC123",
                                             "scripts.ini.old",
                                             "scripts.ini.damaged-20260101-120000",
                                             "scripts.ini.saving-1",
                                             "scripts.ini.saving-abc/" };
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (SoftenScript)      kept = script_saying ("to be asked first");
  g_autofree char              *folder = g_path_get_dirname (s->path);
  g_autofree char              *stale = g_strconcat (s->path, ".saving-Ab12Cd", NULL);
  g_autoptr (GError)            error = NULL;

  g_assert_true (soften_script_store_insert (store, 0, kept, &error));
  for (guint i = 0; i < G_N_ELEMENTS (theirs); i++)
    {
      g_autofree char *path = g_build_filename (folder, theirs[i], NULL);

      if (g_str_has_suffix (path, "/"))
        g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      else
        g_assert_true (g_file_set_contents (path, "mine", -1, NULL));
    }
  g_assert_true (g_file_set_contents (stale, "[Script half-writ", -1, NULL));

  g_assert_true (soften_script_store_load (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_scripts (store), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (theirs); i++)
    {
      g_autofree char *path = g_build_filename (folder, theirs[i], NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        g_error ("%s was removed", theirs[i]);
    }
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
}

/* Two instances of the app (on two session buses, say), each with the
 * file read: what each keeps, edits or deletes is kept in the file as the
 * other left it, and each shows what is on disk once it changes it. */
static void
test_two_instances (Store *s, gconstpointer data)
{
  g_autoptr (SoftenScriptStore) one = soften_script_store_new (s->file);
  g_autoptr (SoftenScriptStore) two = soften_script_store_new (s->file);
  g_autoptr (SoftenScriptStore) later = soften_script_store_new (s->file);
  g_autoptr (SoftenScript)      from_one = script_saying ("kept by one");
  g_autoptr (SoftenScript)      from_two = script_saying ("kept by two");
  g_autoptr (SoftenScript)      again = script_saying ("kept by one again");
  g_autoptr (SoftenScript)      edited = NULL;
  g_autoptr (GError)            error = NULL;

  g_assert_true (soften_script_store_load (one, &error));
  g_assert_true (soften_script_store_load (two, &error));

  g_assert_true (soften_script_store_insert (one, 0, from_one, &error));
  g_assert_true (soften_script_store_insert (two, 0, from_two, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_scripts (two), ==, 2);

  /* One edits its script, not knowing of two's: both stay. */
  edited = soften_script_copy (from_one);
  soften_script_set_field (edited, SOFTEN_SCRIPT_FEEL, "heard");
  g_assert_true (soften_script_store_replace (one, edited, &error));
  g_assert_cmpuint (n_scripts (one), ==, 2);

  /* Two deletes its script; one keeps another: only the deleted one goes. */
  g_assert_true (soften_script_store_remove (two, from_two, NULL, &error));
  g_assert_true (soften_script_store_insert (one, 0, again, &error));
  g_assert_no_error (error);

  g_assert_true (soften_script_store_load (later, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_scripts (later), ==, 2);
  g_assert_nonnull (soften_script_store_lookup (later, soften_script_get_id (again)));
  g_assert_cmpstr (
      soften_script_get_field (soften_script_store_lookup (later, soften_script_get_id (from_one)),
                               SOFTEN_SCRIPT_FEEL),
      ==, "heard");
  g_assert_null (soften_script_store_lookup (later, soften_script_get_id (from_two)));
  g_assert_cmpuint (n_scripts (one), ==, 2);
}

/* A data folder made with looser rights (by hand, or an older version) is
 * made private when a script is kept in it. */
static void
test_folder_tightened (Store *s, gconstpointer data)
{
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (SoftenScript)      script = script_saying ("a pause");
  g_autofree char              *folder = g_path_get_dirname (s->path);
  g_autoptr (GError)            error = NULL;
  GStatBuf                      st;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  g_assert_true (soften_script_store_insert (store, 0, script, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

/* A named pipe in the file's place is not waited on, nor set aside, nor
 * written over: reading says what it is, and keeping is refused. */
static void
test_special_file (Store *s, gconstpointer data)
{
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (SoftenScript)      script = script_saying ("a pause");
  g_autofree char              *folder = g_path_get_dirname (s->path);
  g_autoptr (GError)            error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (mkfifo (s->path, 0600), ==, 0);

  g_assert_false (soften_script_store_load (store, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "named pipe"));
  g_clear_error (&error);

  g_assert_false (soften_script_store_insert (store, 0, script, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (n_scripts (store), ==, 0);
  g_assert_true (g_file_test (s->path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (s->path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_aside (s), ==, 0);
}

/* A kept script is text from a file too: read with its clusters bounded
 * and without bidirectional overrides. */
static void
test_read_safe (Store *s, gconstpointer data)
{
  g_autoptr (SoftenScriptStore) store = soften_script_store_new (s->file);
  g_autoptr (GString)           when = g_string_new ("a");
  g_autofree char              *folder = g_path_get_dirname (s->path);
  g_autofree char              *id = g_uuid_string_random ();
  g_autofree char              *contents = NULL;
  g_autoptr (GError)            error = NULL;
  SoftenScript                 *script;

  for (guint i = 0; i < 300; i++)
    g_string_append (when, "\xcc\x81");
  contents = g_strdup_printf ("[Script %s]\nCreated=1700000000\nWhen=%s\n"
                              "Feel=left \xe2\x80\xae"
                              "tuo\n",
                              id, when->str);
  g_mkdir_with_parents (folder, 0700);
  g_assert_true (g_file_set_contents (s->path, contents, -1, NULL));

  g_assert_true (soften_script_store_load (store, &error));
  g_assert_no_error (error);
  script = soften_script_store_lookup (store, id);
  g_assert_cmpuint (g_utf8_strlen (soften_script_get_field (script, SOFTEN_SCRIPT_WHEN), -1), ==,
                    5);
  g_assert_cmpstr (soften_script_get_field (script, SOFTEN_SCRIPT_FEEL), ==, "left tuo");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/soften/script-store/" path, Store, NULL, store_set_up, func, store_tear_down)

  ADD ("round-trip", test_round_trip);
  ADD ("delete", test_delete);
  ADD ("crash-before-rename", test_crash_before_rename);
  ADD ("full", test_full);
  ADD ("damaged", test_damaged);
  ADD ("garbage", test_garbage);
  ADD ("unreadable", test_unreadable);
  ADD ("failed-save-not-kept", test_failed_save_not_kept);
  ADD ("failed-write-not-kept", test_failed_write_not_kept);
  ADD ("stale-files", test_stale_files);
  ADD ("two-instances", test_two_instances);
  ADD ("folder-tightened", test_folder_tightened);
  ADD ("special-file", test_special_file);
  ADD ("read-safe", test_read_safe);

#undef ADD

  return g_test_run ();
}
