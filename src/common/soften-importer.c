/* soften-importer.c — bring exercise files in, asking about clashes
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files chosen in a file chooser or dropped on the window are checked like
 * any exercise file and copied into $XDG_DATA_HOME/soften/exercises. When
 * an exercise has the id already, the person is asked: replace theirs, or
 * keep both (a built-in exercise is never replaced), in the dialog of
 * resources/ui/soften-import-clash-dialog.ui. What went wrong with a file
 * is said in a toast on the window (win.toast), naming the file and the
 * problem.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-importer.h"

typedef struct
{
  GtkWindow     *parent;
  SoftenLibrary *library;
  GFile         *file;
} Clash;

GFile *
soften_user_exercises_folder (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "soften", "exercises", NULL);
}

static void
import_one (GtkWindow *parent, SoftenLibrary *library, GFile *file, SoftenImportMode mode);

static void
clash_response_cb (AdwMessageDialog *dialog, const char *response, Clash *clash)
{
  if (g_strcmp0 (response, "replace") == 0)
    import_one (clash->parent, clash->library, clash->file, SOFTEN_IMPORT_REPLACE);
  else if (g_strcmp0 (response, "keep") == 0)
    import_one (clash->parent, clash->library, clash->file, SOFTEN_IMPORT_KEEP_BOTH);

  g_object_unref (clash->library);
  g_object_unref (clash->file);
  g_free (clash);
}

static void
ask_about_clash (GtkWindow *parent, SoftenLibrary *library, GFile *file, const GError *error)
{
  g_autoptr (GtkBuilder) builder
      = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/soften-import-clash-dialog.ui");
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (gtk_builder_get_object (builder, "dialog"));
  Clash            *clash = g_new0 (Clash, 1);

  clash->parent = parent;
  clash->library = g_object_ref (library);
  clash->file = g_object_ref (file);

  adw_message_dialog_set_body (dialog, error->message);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  g_signal_connect (dialog, "response", G_CALLBACK (clash_response_cb), clash);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_one (GtkWindow *parent, SoftenLibrary *library, GFile *file, SoftenImportMode mode)
{
  g_autoptr (GFile)  folder = soften_user_exercises_folder ();
  g_autoptr (GError) error = NULL;

  if (soften_library_import (library, file, folder, mode, &error) != NULL)
    return;

  if (g_error_matches (error, SOFTEN_LIBRARY_ERROR, SOFTEN_LIBRARY_ERROR_EXISTS))
    ask_about_clash (parent, library, file, error);
  else if (g_error_matches (error, SOFTEN_LIBRARY_ERROR, SOFTEN_LIBRARY_ERROR_BUILTIN))
    import_one (parent, library, file, SOFTEN_IMPORT_KEEP_BOTH);
  else
    {
      g_autofree char *message = NULL;

      /* Translators: %s says which file, and what is wrong with it */
      message = g_strdup_printf (_("It could not be imported: %s"), error->message);

      gtk_widget_activate_action (GTK_WIDGET (parent), "win.toast", "s", message);
    }
}

/**
 * soften_import_files:
 * @files: (element-type GFile): exercise files
 */
void
soften_import_files (GtkWindow *parent, SoftenLibrary *library, GSList *files)
{
  g_return_if_fail (SOFTEN_IS_LIBRARY (library));

  for (GSList *l = files; l != NULL; l = l->next)
    import_one (parent, library, l->data, SOFTEN_IMPORT_FAIL_ON_CLASH);
}

static void
chooser_response_cb (GtkNativeDialog *dialog, int response, SoftenLibrary *library)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT
      && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      GSList one = { file, NULL };

      soften_import_files (gtk_native_dialog_get_transient_for (dialog), library, &one);
    }

  g_object_unref (library);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* A file chooser for one exercise file, then soften_import_files(). */
void
soften_import_choose (GtkWindow *parent, SoftenLibrary *library)
{
  GtkFileChooserNative     *dialog;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  g_return_if_fail (SOFTEN_IS_LIBRARY (library));

  dialog = gtk_file_chooser_native_new (_("Import an Exercise"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Exercises"));
  gtk_file_filter_add_pattern (filter, "*.exercise");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (chooser_response_cb), g_object_ref (library));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
