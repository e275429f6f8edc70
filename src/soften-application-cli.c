/* soften-application-cli.c — the command line
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   soften --list            every exercise: id, title, kind, length
 *   soften --validate=FILE   what is wrong with an exercise file, if anything
 *   soften --import=FILE     add it to one's own exercises
 *   soften --start=ID        start an exercise (with --present: present it)
 *   soften --present         choose what to present
 *   soften --help-now        Help Now: Stop and Ground, people and lines to reach
 *
 * --list and --validate are answered without the running app, and so is
 * --import when no instance runs (it needs no display then); the rest goes
 * to it, running already or not.
 *
 * Whatever is printed to the terminal from outside (a title, a file name,
 * a message quoting a file) goes through soften_text_make_printable():
 * a tab or a line break in a title would forge a row of --list, and an
 * escape sequence in a file name would set the terminal's title.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <stdlib.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "engine/soften-exercise-file.h"
#include "engine/soften-text.h"
#include "soften-application-private.h"
#include "soften-format.h"
#include "soften-importer.h"

static const GOptionEntry option_entries[]
    = { { "list", 'l', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
          N_("List the exercises: id, title, kind and length"), NULL },
        { "start", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
          N_("Start the exercise with this id"), N_("ID") },
        { "present", 'p', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
          N_("Present it fullscreen, driven by the keyboard, recording nothing"), NULL },
        { "import", 'i', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
          N_("Add an exercise file to your own exercises"), N_("FILE") },
        { "help-now", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
          N_("Open Help Now: Stop and Ground, people you can reach, and crisis lines"), NULL },
        { "validate", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
          N_("Check an exercise file and say what is wrong with it"), N_("FILE") },
        { NULL } };

/* @text as it may be printed to a terminal: one line, no escape sequence. */
static char *
printable (const char *text)
{
  return soften_text_make_printable (text, 0, 0);
}

/* --list: every exercise, one a line: id, title, kind, length
 * (tab-separated; a tab or a line break in a field is printed as \t or
 * \n). */
static int
print_list (void)
{
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  g_autoptr (GFile)         folder = soften_user_exercises_folder ();

  soften_library_load_resources (library, SOFTEN_BUILTIN_EXERCISES_PATH);
  soften_library_load_directory (library, folder);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr (SoftenExercise) exercise = g_list_model_get_item (G_LIST_MODEL (library), i);
      g_autofree char           *length = NULL;
      g_autofree char           *id = NULL;
      g_autofree char           *title = NULL;
      g_autofree char           *category = NULL;
      g_autofree char           *shown_length = NULL;

      if (!soften_exercise_get_listed (exercise))
        continue;

      length = soften_format_exercise_length (exercise);
      id = printable (soften_exercise_get_id (exercise));
      title = printable (soften_exercise_get_title (exercise));
      category = printable (soften_format_category (soften_exercise_get_category (exercise)));
      shown_length = printable (length);
      g_print ("%s\t%s\t%s\t%s\n", id, title, category, shown_length);
    }

  return EXIT_SUCCESS;
}

/* Whether @path names standard input: read from it then, as a pipe, never
 * more than an exercise may be. */
static gboolean
is_standard_input (const char *path)
{
  return g_str_equal (path, "-") || g_str_equal (path, "/dev/stdin")
         || g_str_equal (path, "/dev/fd/0");
}

/* The exercise in @path (or on standard input), with what was ignored in
 * @warnings; its name as messages give it in @name. */
static SoftenExercise *
load_for_validate (const char *path, GPtrArray *warnings, char **name, GError **error)
{
  g_autoptr (GFile)  file = NULL;
  g_autoptr (GBytes) bytes = NULL;

  if (is_standard_input (path))
    {
      /* Translators: how --validate names what it read from standard input */
      *name = g_str_equal (path, "-") ? g_strdup (_("standard input")) : printable (path);
      bytes = soften_exercise_file_read_fd (STDIN_FILENO, *name, error);
      return bytes != NULL ? soften_exercise_file_load_bytes (bytes, *name, warnings, error) : NULL;
    }

  file = g_file_new_for_commandline_arg (path);
  *name = soften_text_display_name (path);
  return soften_exercise_file_load (file, warnings, error);
}

/* --validate=FILE: what is wrong with it, if anything. */
static int
validate (const char *path)
{
  g_autoptr (GPtrArray)      warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;
  g_autofree char           *name = NULL;
  g_autofree char           *title = NULL;
  guint                      n_steps;

  exercise = load_for_validate (path, warnings, &name, &error);
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *warning = printable (g_ptr_array_index (warnings, i));

      g_printerr ("%s\n", warning);
    }

  if (exercise == NULL)
    {
      g_autofree char *message = printable (error->message);

      g_printerr ("%s\n", message);
      return EXIT_FAILURE;
    }

  n_steps = soften_exercise_get_n_steps (exercise);
  title = printable (soften_exercise_get_title (exercise));
  /* Translators: --validate on a good file: FILE: OK, “TITLE” (ID), N steps */
  g_print (ngettext ("%s: OK, “%s” (%s), %u step\n", "%s: OK, “%s” (%s), %u steps\n", n_steps),
           name, title, soften_exercise_get_id (exercise), n_steps);

  return EXIT_SUCCESS;
}

/* Imports @file into one's own exercises, and says what came of it in
 * @message, to print. A clash with an exercise of the same id keeps both,
 * as there is no one to ask on a command line. */
static gboolean
import_file (SoftenLibrary *library, GFile *file, char **message)
{
  g_autoptr (GFile)  folder = soften_user_exercises_folder ();
  g_autoptr (GError) error = NULL;
  g_autofree char   *title = NULL;
  SoftenExercise    *imported;

  imported = soften_library_import (library, file, folder, SOFTEN_IMPORT_KEEP_BOTH, &error);
  if (imported == NULL)
    {
      *message = printable (error->message);
      return FALSE;
    }

  title = printable (soften_exercise_get_title (imported));
  /* Translators: after --import: “TITLE” (ID) */
  *message = g_strdup_printf (_("Imported “%s” (%s)"), title, soften_exercise_get_id (imported));
  return TRUE;
}

/* --import=FILE, in the running app. */
static int
import (SoftenApplication *self, GApplicationCommandLine *command_line, const char *path)
{
  g_autoptr (GFile) file = g_application_command_line_create_file_for_arg (command_line, path);
  g_autofree char  *message = NULL;

  if (!import_file (self->library, file, &message))
    {
      g_application_command_line_printerr (command_line, "%s\n", message);
      return EXIT_FAILURE;
    }

  g_application_command_line_print (command_line, "%s\n", message);
  return EXIT_SUCCESS;
}

/* Whether an instance of the app is running on this session bus (one that
 * cannot be reached is no instance). Asked without starting one. */
static gboolean
instance_is_running (void)
{
  g_autoptr (GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr (GVariant)        reply = NULL;
  gboolean                    running = FALSE;

  if (bus == NULL)
    return FALSE;

  reply = g_dbus_connection_call_sync (
      bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner",
      g_variant_new ("(s)", APPLICATION_ID), G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, 5000,
      NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &running);

  return running;
}

/* --import=FILE with no instance running: here, with no display needed;
 * the app reads one's own folder when it next starts. */
static int
import_here (const char *path)
{
  g_autoptr (SoftenLibrary) library = soften_library_new ();
  g_autoptr (GFile)         folder = soften_user_exercises_folder ();
  g_autoptr (GFile)         file = g_file_new_for_commandline_arg (path);
  g_autofree char          *message = NULL;

  soften_library_load_resources (library, SOFTEN_BUILTIN_EXERCISES_PATH);
  soften_library_load_directory_later (library, folder);

  if (!import_file (library, file, &message))
    {
      g_printerr ("%s\n", message);
      return EXIT_FAILURE;
    }

  g_print ("%s\n", message);
  return EXIT_SUCCESS;
}

/* Whether the settings schema is installed: without it the app cannot
 * start, and GLib's own way of saying so is to abort. */
static gboolean
schema_is_installed (void)
{
  GSettingsSchemaSource      *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  return schema != NULL;
}

/* What can be answered without the running app. */
int
soften_application_handle_local_options (GApplication *application, GVariantDict *options)
{
  const char *path = NULL;

  if (g_variant_dict_contains (options, "list"))
    return print_list ();

  if (g_variant_dict_lookup (options, "validate", "^&ay", &path))
    return validate (path);

  if (g_variant_dict_lookup (options, "import", "^&ay", &path)
      && !g_variant_dict_contains (options, "start")
      && !g_variant_dict_contains (options, "present") && !instance_is_running ())
    return import_here (path);

  /* Whatever else is asked needs the settings (running here, or to start
   * an instance): say what to do instead of GLib's abort. */
  if (!schema_is_installed ())
    {
      g_printerr (
          /* Translators: printed when the app is started without being installed; keep
           * “meson install” and “build-aux/soften-dev run” as they are: they are commands */
          _("Soften cannot start: its settings schema (%s) is not installed. Install Soften (for "
             "example with “meson install”), or run it from its source folder with "
             "“build-aux/soften-dev run”.\n"),
          APPLICATION_ID);
      return EXIT_FAILURE;
    }

  return -1;
}

/* The rest goes to the app, running already or not. */
int
soften_application_command_line (GApplication *application, GApplicationCommandLine *command_line)
{
  SoftenApplication *self = SOFTEN_APPLICATION (application);
  GVariantDict      *options = g_application_command_line_get_options_dict (command_line);
  const char        *id = NULL;
  const char        *path = NULL;
  gboolean           present = g_variant_dict_contains (options, "present");

  if (g_variant_dict_lookup (options, "import", "^&ay", &path))
    {
      int status = import (self, command_line, path);

      if (status != EXIT_SUCCESS || !g_variant_dict_contains (options, "start"))
        return status;
    }

  if (g_variant_dict_lookup (options, "start", "&s", &id))
    {
      if (!soften_application_play (self, id, present, 0, NULL))
        {
          g_autofree char *shown = printable (id);

          g_application_command_line_printerr (
              command_line, _("No exercise has the id “%s”. “soften --list” shows them all.\n"),
              shown);
          return EXIT_FAILURE;
        }
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_contains (options, "help-now"))
    g_action_group_activate_action (G_ACTION_GROUP (self), "help-now", NULL);
  else if (present)
    g_action_group_activate_action (G_ACTION_GROUP (self), "present-chooser", NULL);
  else
    g_application_activate (application);

  return EXIT_SUCCESS;
}

void
soften_application_add_options (SoftenApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  /* Translators: shown by soften --help */
  g_application_set_option_context_summary (
      G_APPLICATION (self), _("Short guided exercises for when you push away someone you love."));
}
