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
 * --list and --validate are answered without the running app; the rest
 * goes to it, running already or not.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "engine/soften-exercise-file.h"
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

/* --list: every exercise, one a line: id, title, kind, length (tab-separated). */
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

      if (!soften_exercise_get_listed (exercise))
        continue;

      length = soften_format_exercise_length (exercise);
      g_print ("%s\t%s\t%s\t%s\n", soften_exercise_get_id (exercise),
               soften_exercise_get_title (exercise),
               soften_format_category (soften_exercise_get_category (exercise)), length);
    }

  return EXIT_SUCCESS;
}

/* --validate=FILE: what is wrong with it, if anything. */
static int
validate (const char *path)
{
  g_autoptr (GFile)          file = g_file_new_for_commandline_arg (path);
  g_autoptr (GPtrArray)      warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (SoftenExercise) exercise = NULL;
  g_autoptr (GError)         error = NULL;
  guint                      n_steps;

  exercise = soften_exercise_file_load (file, warnings, &error);
  for (guint i = 0; i < warnings->len; i++)
    g_printerr ("%s\n", (char *)g_ptr_array_index (warnings, i));

  if (exercise == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  n_steps = soften_exercise_get_n_steps (exercise);
  /* Translators: --validate on a good file: FILE: OK, “TITLE” (ID), N steps */
  g_print (ngettext ("%s: OK, “%s” (%s), %u step\n", "%s: OK, “%s” (%s), %u steps\n", n_steps),
           path, soften_exercise_get_title (exercise), soften_exercise_get_id (exercise), n_steps);

  return EXIT_SUCCESS;
}

/* --import=FILE; a clash with an exercise of the same id keeps both, as
 * there is no one to ask on a command line. */
static int
import (SoftenApplication *self, GApplicationCommandLine *command_line, const char *path)
{
  g_autoptr (GFile)  file = g_application_command_line_create_file_for_arg (command_line, path);
  g_autoptr (GFile)  folder = soften_user_exercises_folder ();
  g_autoptr (GError) error = NULL;
  SoftenExercise    *imported;

  imported = soften_library_import (self->library, file, folder, SOFTEN_IMPORT_KEEP_BOTH, &error);
  if (imported == NULL)
    {
      g_application_command_line_printerr (command_line, "%s\n", error->message);
      return EXIT_FAILURE;
    }

  /* Translators: after --import: “TITLE” (ID) */
  g_application_command_line_print (command_line, _("Imported “%s” (%s)\n"),
                                    soften_exercise_get_title (imported),
                                    soften_exercise_get_id (imported));
  return EXIT_SUCCESS;
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
      if (!soften_application_play (self, id, present, NULL))
        {
          g_application_command_line_printerr (
              command_line, _("No exercise has the id “%s”. “soften --list” shows them all.\n"),
              id);
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
