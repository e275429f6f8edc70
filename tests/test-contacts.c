/* test-contacts.c — the people a person can reach, kept privately
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "engine/soften-contact-store.h"

typedef struct
{
  char  *folder;
  char  *path;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char   *top = g_dir_make_tmp ("soften-contacts-XXXXXX", &error);

  g_assert_no_error (error);
  f->folder = g_build_filename (top, "soften", NULL);
  f->path = g_build_filename (f->folder, "contacts.ini", NULL);
  f->file = g_file_new_for_path (f->path);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_autofree char *top = g_path_get_dirname (f->folder);
  g_autofree char *command = g_strdup_printf ("chmod -R u+rwx '%s'; rm -rf '%s'", top, top);

  g_assert_cmpint (system (command), ==, 0);
  g_object_unref (f->file);
  g_free (f->path);
  g_free (f->folder);
}

static SoftenContact *
contact (const char *name, const char *number)
{
  g_autoptr (GError) error = NULL;
  SoftenContact     *made = soften_contact_new (name, number, &error);

  g_assert_no_error (error);
  return made;
}

static guint
mode_of (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* What is added, changed and removed is on disk, privately, and read back
 * as it was, in the same order. */
static void
test_kept (Fixture *f, gconstpointer data)
{
  g_autoptr (SoftenContactStore) store = soften_contact_store_new (f->file);
  g_autoptr (SoftenContactStore) again = soften_contact_store_new (f->file);
  g_autoptr (SoftenContact)      sam = contact ("  Sam  ", "+44 20 7946 0000");
  g_autoptr (SoftenContact)      jo = contact ("Jo (my sister)", "(555) 010-0199");
  g_autoptr (SoftenContact)      first = NULL;
  g_autoptr (SoftenContact)      renamed = NULL;
  g_autoptr (GError)             error = NULL;

  g_assert_true (soften_contact_store_load (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);

  g_assert_true (soften_contact_store_add (store, sam, &error));
  g_assert_true (soften_contact_store_add (store, jo, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (soften_contact_get_name (sam), ==, "Sam");
  g_assert_cmphex (mode_of (f->path), ==, 0600);
  g_assert_cmphex (mode_of (f->folder), ==, 0700);

  g_assert_true (soften_contact_store_load (again, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 2);
  g_assert_cmpstr (
      soften_contact_get_number (soften_contact_store_lookup (again, soften_contact_get_id (jo))),
      ==, "(555) 010-0199");

  /* Edited: the same person, in the same place. */
  renamed = soften_contact_edit (sam, "Sam R.", "+44 20 7946 0001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_contact_get_id (renamed), ==, soften_contact_get_id (sam));
  g_assert_true (soften_contact_store_replace (store, renamed, &error));
  g_assert_no_error (error);
  g_assert_true (soften_contact_store_load (again, &error));
  first = g_list_model_get_item (G_LIST_MODEL (again), 0);
  g_assert_cmpstr (soften_contact_get_name (first), ==, "Sam R.");
  g_assert_true (soften_contact_store_remove (store, soften_contact_get_id (jo), &error));
  g_assert_no_error (error);
  g_assert_true (soften_contact_store_load (again, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
  g_assert_null (soften_contact_store_lookup (again, soften_contact_get_id (jo)));
}

/* A folder another program left open to others is made private again. */
static void
test_folder_tightened (Fixture *f, gconstpointer data)
{
  g_autoptr (SoftenContactStore) store = soften_contact_store_new (f->file);
  g_autoptr (SoftenContact)      sam = contact ("Sam", "112");

  g_assert_cmpint (g_mkdir_with_parents (f->folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (f->folder, 0755), ==, 0);
  g_assert_true (soften_contact_store_add (store, sam, NULL));
  g_assert_cmphex (mode_of (f->folder), ==, 0700);
}

/* A change that cannot be saved is not made: the list shows what is on
 * disk. */
static void
test_failed_save_changes_nothing (Fixture *f, gconstpointer data)
{
  g_autoptr (SoftenContactStore) store = soften_contact_store_new (f->file);
  g_autoptr (SoftenContact)      sam = contact ("Sam", "112");
  g_autoptr (SoftenContact)      jo = contact ("Jo", "113");
  g_autoptr (GError)             error = NULL;
  g_autofree char               *command = NULL;

  g_assert_true (soften_contact_store_add (store, sam, &error));

  /* The folder's place taken by a file: nothing can be written there. */
  command = g_strdup_printf ("rm -rf '%s' && touch '%s'", f->folder, f->folder);
  g_assert_cmpint (system (command), ==, 0);
  g_assert_false (soften_contact_store_add (store, jo, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  g_clear_error (&error);
  g_assert_false (soften_contact_store_remove (store, soften_contact_get_id (sam), &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
}

/* A damaged file is set aside, never written over; what could be read of
 * it is kept. */
static void
test_damaged (Fixture *f, gconstpointer data)
{
  g_autoptr (SoftenContactStore) store = soften_contact_store_new (f->file);
  g_autoptr (GError)             error = NULL;
  g_autoptr (GDir)               dir = NULL;
  const char                    *entry;
  gboolean                       set_aside = FALSE;

  g_assert_cmpint (g_mkdir_with_parents (f->folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (f->path,
                                      "[Contact 6c0e2f3a-1b2c-4d5e-8f90-123456789abc]\n"
                                      "Name=Sam\nNumber=112\n"
                                      "[Contact not-a-uuid]\nName=Jo\nNumber=113\n"
                                      "[Contact 7d1f3a4b-2c3d-4e5f-9a01-23456789abcd]\n"
                                      "Name=Kim\nNumber=call me maybe\n",
                                      -1, NULL));

  g_assert_false (soften_contact_store_load (store, &error));
  g_assert_error (error, SOFTEN_CONTACT_STORE_ERROR, SOFTEN_CONTACT_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "1 person was recovered"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  dir = g_dir_open (f->folder, 0, NULL);
  while ((entry = g_dir_read_name (dir)) != NULL)
    set_aside |= g_str_has_prefix (entry, "contacts.ini.damaged-");
  g_assert_true (set_aside);
}

/* A FIFO in the file's place is refused at once, without waiting for a
 * writer, and not set aside as if it were a file. */
static void
test_not_a_file (Fixture *f, gconstpointer data)
{
  g_autoptr (SoftenContactStore) store = soften_contact_store_new (f->file);
  g_autoptr (GError)             error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (f->folder, 0700), ==, 0);
  g_assert_cmpint (mkfifo (f->path, 0600), ==, 0);
  g_assert_false (soften_contact_store_load (store, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
}

/* What a name and a number may be, in words the person can act on. */
static void
test_check (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char   *long_name = g_strnfill (SOFTEN_CONTACT_MAX_NAME_CHARS + 1, 'a');

  g_assert_true (soften_contact_check ("Sam", "+1 (555) 010-0199", NULL));
  g_assert_true (soften_contact_check ("Helpline", "*4141", NULL));
  g_assert_false (soften_contact_check ("   ", "112", &error));
  g_assert_error (error, SOFTEN_CONTACT_ERROR, SOFTEN_CONTACT_ERROR_NO_NAME);
  g_clear_error (&error);
  g_assert_false (soften_contact_check (long_name, "112", &error));
  g_assert_error (error, SOFTEN_CONTACT_ERROR, SOFTEN_CONTACT_ERROR_BAD_NAME);
  g_clear_error (&error);
  g_assert_false (soften_contact_check ("Sam\tx", "112", &error));
  g_assert_error (error, SOFTEN_CONTACT_ERROR, SOFTEN_CONTACT_ERROR_BAD_NAME);
  g_clear_error (&error);
  g_assert_false (soften_contact_check ("Sam", "call me", &error));
  g_assert_error (error, SOFTEN_CONTACT_ERROR, SOFTEN_CONTACT_ERROR_BAD_NUMBER);
  g_clear_error (&error);
  g_assert_false (soften_contact_check ("Sam", "", &error));
  g_assert_error (error, SOFTEN_CONTACT_ERROR, SOFTEN_CONTACT_ERROR_BAD_NUMBER);
}

/* There is room for as many people as anyone needs, and no more. */
static void
test_full (Fixture *f, gconstpointer data)
{
  g_autoptr (SoftenContactStore) store = soften_contact_store_new (f->file);
  g_autoptr (SoftenContact)      one_more = contact ("One more", "1");
  g_autoptr (GError)             error = NULL;

  for (guint i = 0; i < SOFTEN_CONTACT_STORE_MAX_CONTACTS; i++)
    {
      g_autoptr (SoftenContact) someone = contact ("Someone", "1");

      g_assert_true (soften_contact_store_add (store, someone, NULL));
    }
  g_assert_false (soften_contact_store_add (store, one_more, &error));
  g_assert_error (error, SOFTEN_CONTACT_STORE_ERROR, SOFTEN_CONTACT_STORE_ERROR_FULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/contacts/check", test_check);
  g_test_add ("/soften/contacts/kept", Fixture, NULL, fixture_set_up, test_kept, fixture_tear_down);
  g_test_add ("/soften/contacts/folder-tightened", Fixture, NULL, fixture_set_up,
              test_folder_tightened, fixture_tear_down);
  g_test_add ("/soften/contacts/failed-save-changes-nothing", Fixture, NULL, fixture_set_up,
              test_failed_save_changes_nothing, fixture_tear_down);
  g_test_add ("/soften/contacts/damaged", Fixture, NULL, fixture_set_up, test_damaged,
              fixture_tear_down);
  g_test_add ("/soften/contacts/not-a-file", Fixture, NULL, fixture_set_up, test_not_a_file,
              fixture_tear_down);
  g_test_add ("/soften/contacts/full", Fixture, NULL, fixture_set_up, test_full, fixture_tear_down);

  return g_test_run ();
}
