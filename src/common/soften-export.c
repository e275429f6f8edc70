/* soften-export.c — save some text where the person chooses
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A native file chooser (a portal where there is one) asks where; the text
 * is written there, readable by its owner only, and a toast on the window
 * (win.toast) says where it went or why it could not go. Used for a kept
 * script, an exercise, and the history as CSV: only ever at the person's
 * request.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "soften-export.h"

typedef struct
{
  char    *text;
  GWeakRef parent;
} Export;

static void
export_free (Export *export)
{
  g_free (export->text);
  g_weak_ref_clear (&export->parent);
  g_free (export);
}

static void
response_cb (GtkNativeDialog *dialog, int response, Export *export)
{
  g_autoptr (GtkWidget) parent = g_weak_ref_get (&export->parent);
  g_autoptr (GFile)     file = NULL;
  g_autoptr (GError)    error = NULL;

  /* The page that asked is gone: there is no one to tell. */
  if (response == GTK_RESPONSE_ACCEPT && parent != NULL
      && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      g_autofree char *message = NULL;

      if (g_file_replace_contents (file, export->text, strlen (export->text), NULL, FALSE,
                                   G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                   NULL, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *shown = g_filename_display_name (name);

          /* Translators: after an export; %s is the file's name */
          message = g_strdup_printf (_("Exported to “%s”"), shown);
        }
      else
        /* Translators: %s says why */
        message = g_strdup_printf (_("It could not be exported: %s"), error->message);

      gtk_widget_activate_action (parent, "win.toast", "s", message);
    }

  export_free (export);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/**
 * soften_export_text:
 * @parent: the widget asking; nothing is written once it is gone
 * @title: the file chooser's title
 * @suggested_name: a file name to start from
 */
void
soften_export_text (GtkWidget  *parent,
                    const char *title,
                    const char *suggested_name,
                    const char *text)
{
  GtkFileChooserNative *dialog;
  Export *export;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (text != NULL);

  export = g_new0 (Export, 1);
  export->text = g_strdup (text);
  g_weak_ref_init (&export->parent, parent);

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (parent)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
