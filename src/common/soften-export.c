/* soften-export.c — save some text where the person chooses
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A native file chooser (a portal where there is one) asks where; the text
 * is written there, readable by its owner only. Used for a kept script and
 * for the history as CSV: only ever at the person's request.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "soften-export.h"

typedef struct
{
  char             *text;
  SoftenExportDone  done;
  gpointer          user_data;
  GWeakRef          parent;
} Export;

static void
export_free (Export *export)
{
  g_free (export->text);
  g_weak_ref_clear (&export->parent);
  g_free (export);
}

static void
response_cb (GtkNativeDialog *dialog,
             int              response,
             Export          *export)
{
  g_autoptr(GtkWidget) parent = g_weak_ref_get (&export->parent);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  /* The page that asked is gone: there is no one to tell. */
  if (response == GTK_RESPONSE_ACCEPT && parent != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      g_file_replace_contents (file, export->text, strlen (export->text), NULL, FALSE,
                               G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                               NULL, NULL, &error);
      export->done (error, export->user_data);
    }

  export_free (export);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/**
 * soften_export_text:
 * @parent: the widget asking; @done is not called once it is gone
 * @suggested_name: a file name to start from
 */
void
soften_export_text (GtkWidget        *parent,
                    const char       *title,
                    const char       *suggested_name,
                    const char       *text,
                    SoftenExportDone  done,
                    gpointer          user_data)
{
  GtkFileChooserNative *dialog;
  Export *export;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (text != NULL);
  g_return_if_fail (done != NULL);

  export = g_new0 (Export, 1);
  export->text = g_strdup (text);
  export->done = done;
  export->user_data = user_data;
  g_weak_ref_init (&export->parent, parent);

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (parent)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/**
 * soften_export_show_failure:
 * @heading: what could not be exported, as a dialog heading
 * @error: why
 *
 * Tells the person, in a dialog over @parent's window, that an export
 * failed and why.
 */
void
soften_export_show_failure (GtkWidget    *parent,
                            const char   *heading,
                            const GError *error)
{
  GtkWidget *alert;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (error != NULL);

  alert = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (alert));
}
