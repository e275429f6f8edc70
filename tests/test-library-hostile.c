/* test-library-hostile.c — one's exercises folder and imports, as a hostile tester left them
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Special files among one's exercises (a named pipe, a device, a folder,
 * links that lead nowhere or round in a loop) are listed as problems and
 * never waited on; a file that changes between two reads is imported as
 * it was checked, read once. The rest of the library is in
 * test-library.c.
 */

#include "config.h"

#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "engine/soften-exercise-file.h"
#include "engine/soften-library.h"

static void
write_file (const char *dir, const char *name, const char *contents)
{
  g_autofree char   *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* Special files in one's exercises folder are listed as problems, each
 * with a plain reason, and none is waited on. */
static void
test_special_files (void)
{
  g_autoptr (GError)        error = NULL;
  g_autofree char          *dir = g_dir_make_tmp ("soften-special-XXXXXX", &error);
  g_autoptr (GFile)         folder = g_file_new_for_path (dir);
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  g_autofree char          *command = g_strdup_printf ("rm -rf '%s'", dir);
  g_autofree char          *fifo = g_build_filename (dir, "fifo.exercise", NULL);
  g_autofree char          *device = g_build_filename (dir, "device.exercise", NULL);
  g_autofree char          *dangling = g_build_filename (dir, "dangling.exercise", NULL);
  g_autofree char          *loop = g_build_filename (dir, "loop.exercise", NULL);
  g_autofree char          *sub = g_build_filename (dir, "folder.exercise", NULL);
  static const char *const  says[] = {
     "device.exercise: it is a device, not a file",
     "dangling.exercise: could not read it (it is a link to a file that is not there)",
     "fifo.exercise: it is a named pipe (FIFO), not a file",
     "folder.exercise: it is a folder, not a file",
     "loop.exercise: could not read it (it is a link that leads round in a loop)",
  };
  GPtrArray *problems;

  g_assert_no_error (error);
  write_file (dir, "good.exercise",
              "[Exercise]\nId=good\nTitle=Good\nCategory=body\n"
              "[Step 1]\nKind=instruction\nText=Hi\n");
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/null", device), ==, 0);
  g_assert_cmpint (symlink ("gone.exercise", dangling), ==, 0);
  g_assert_cmpint (symlink ("loop.exercise", loop), ==, 0);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);

  soften_library_load_directory (library, folder);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 1);
  problems = soften_library_get_problems (library);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (says));
  for (guint i = 0; i < G_N_ELEMENTS (says); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < problems->len; j++)
        found |= g_str_equal (((GError *)g_ptr_array_index (problems, j))->message, says[i]);
      if (!found)
        g_error ("no problem says “%s”", says[i]);
    }

  g_assert_cmpint (system (command), ==, 0);
}

/* A file that reads differently each time it is read, as one changed by
 * someone else between two reads would: a GFile of its own. */
#define CHANGING_TYPE_FILE (changing_file_get_type ())
G_DECLARE_FINAL_TYPE (ChangingFile, changing_file, CHANGING, FILE, GObject)

#define CHANGING_TYPE_STREAM (changing_stream_get_type ())
G_DECLARE_FINAL_TYPE (ChangingStream, changing_stream, CHANGING, STREAM, GFileInputStream)

struct _ChangingFile
{
  GObject            parent_instance;
  const char *const *versions;
  guint              n_reads;
};

struct _ChangingStream
{
  GFileInputStream parent_instance;
  const char      *data;
  gsize            left;
};

static void changing_file_iface_init (GFileIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ChangingFile,
                               changing_file,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_FILE, changing_file_iface_init))
G_DEFINE_FINAL_TYPE (ChangingStream, changing_stream, G_TYPE_FILE_INPUT_STREAM)

static gssize
changing_stream_read (GInputStream *stream,
                      void         *buffer,
                      gsize         count,
                      GCancellable *cancellable,
                      GError      **error)
{
  ChangingStream *self = CHANGING_STREAM (stream);
  gsize           n = MIN (count, self->left);

  memcpy (buffer, self->data, n);
  self->data += n;
  self->left -= n;
  return n;
}

static gboolean
changing_stream_close (GInputStream *stream, GCancellable *cancellable, GError **error)
{
  return TRUE;
}

static void
changing_stream_class_init (ChangingStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = changing_stream_read;
  G_INPUT_STREAM_CLASS (klass)->close_fn = changing_stream_close;
}

static void
changing_stream_init (ChangingStream *self)
{
}

static const char *
current_version (ChangingFile *self)
{
  guint n = 0;

  while (self->versions[n + 1] != NULL && n < self->n_reads)
    n++;
  return self->versions[n];
}

static GFileInputStream *
changing_file_read (GFile *file, GCancellable *cancellable, GError **error)
{
  ChangingFile   *self = CHANGING_FILE (file);
  ChangingStream *stream = g_object_new (CHANGING_TYPE_STREAM, NULL);

  stream->data = current_version (self);
  stream->left = strlen (stream->data);
  self->n_reads++;
  return G_FILE_INPUT_STREAM (stream);
}

static GFileInfo *
changing_file_query_info (GFile              *file,
                          const char         *attributes,
                          GFileQueryInfoFlags flags,
                          GCancellable       *cancellable,
                          GError            **error)
{
  GFileInfo *info = g_file_info_new ();

  g_file_info_set_file_type (info, G_FILE_TYPE_REGULAR);
  g_file_info_set_size (info, strlen (current_version (CHANGING_FILE (file))));
  g_file_info_set_name (info, "changing.exercise");
  return info;
}

static GFile *
changing_file_dup (GFile *file)
{
  return g_object_ref (file);
}

static guint
changing_file_hash (GFile *file)
{
  return g_direct_hash (file);
}

static gboolean
changing_file_equal (GFile *a, GFile *b)
{
  return a == b;
}

static gboolean
changing_file_is_native (GFile *file)
{
  return FALSE;
}

static gboolean
changing_file_has_uri_scheme (GFile *file, const char *scheme)
{
  return g_str_equal (scheme, "changing");
}

static char *
changing_file_get_uri_scheme (GFile *file)
{
  return g_strdup ("changing");
}

static char *
changing_file_get_basename (GFile *file)
{
  return g_strdup ("changing.exercise");
}

static char *
changing_file_get_path (GFile *file)
{
  return NULL;
}

static char *
changing_file_get_uri (GFile *file)
{
  return g_strdup ("changing:///changing.exercise");
}

static void
changing_file_iface_init (GFileIface *iface)
{
  iface->dup = changing_file_dup;
  iface->hash = changing_file_hash;
  iface->equal = changing_file_equal;
  iface->is_native = changing_file_is_native;
  iface->has_uri_scheme = changing_file_has_uri_scheme;
  iface->get_uri_scheme = changing_file_get_uri_scheme;
  iface->get_basename = changing_file_get_basename;
  iface->get_path = changing_file_get_path;
  iface->get_uri = changing_file_get_uri;
  iface->get_parse_name = changing_file_get_uri;
  iface->query_info = changing_file_query_info;
  iface->read_fn = changing_file_read;
}

static void
changing_file_class_init (ChangingFileClass *klass)
{
}

static void
changing_file_init (ChangingFile *self)
{
}

/* Import writes exactly what it checked: a file that changes after it was
 * read (here, into one with a step of an unknown kind) is read once, and
 * what reaches one's own folder is what was checked. */
static void
test_import_reads_once (void)
{
  static const char *const versions[] = {
    "[Exercise]\nId=changing\nTitle=Checked\nCategory=body\n"
    "[Step 1]\nKind=instruction\nText=Sit.\n",
    "[Exercise]\nId=changing\nTitle=Never checked\nCategory=body\n"
    "[Step 1]\nKind=no-such-kind\nText=Sit.\n",
    NULL,
  };
  g_autoptr (GError)        error = NULL;
  g_autofree char          *dir = g_dir_make_tmp ("soften-import-XXXXXX", &error);
  g_autoptr (GFile)         folder = g_file_new_for_path (dir);
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  g_autoptr (ChangingFile)  source = g_object_new (CHANGING_TYPE_FILE, NULL);
  g_autofree char          *copy = g_build_filename (dir, "changing.exercise", NULL);
  g_autofree char          *command = g_strdup_printf ("rm -rf '%s'", dir);
  g_autofree char          *written = NULL;
  SoftenExercise           *imported;

  source->versions = versions;
  imported = soften_library_import (library, G_FILE (source), folder, SOFTEN_IMPORT_FAIL_ON_CLASH,
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpstr (soften_exercise_get_title (imported), ==, "Checked");
  g_assert_true (g_file_get_contents (copy, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, versions[0]);
  g_assert_cmpuint (source->n_reads, ==, 1);

  g_assert_cmpint (system (command), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/soften/library/special-files", test_special_files);
  g_test_add_func ("/soften/library/import-reads-once", test_import_reads_once);

  return g_test_run ();
}
