/* soften-application-private.h — what the application's files share
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application is split by concern, as GNOME Text Editor's is:
 * soften-application.c (start-up, what it owns, the window),
 * soften-application-actions.c (the app.* actions) and
 * soften-application-cli.c (the command line). Tests and the benchmark use
 * the accessors below.
 */

#pragma once

#include "engine/soften-clock.h"
#include "engine/soften-contact-store.h"
#include "engine/soften-library.h"
#include "engine/soften-progress.h"
#include "engine/soften-script-store.h"
#include "soften-application.h"
#include "soften-practice.h"
#include "soften-window.h"

G_BEGIN_DECLS

#define SOFTEN_BUILTIN_EXERCISES_PATH RESOURCE_BASE_PATH "/exercises/"

struct _SoftenApplication
{
  AdwApplication parent_instance;

  /* Owned: what outlives a window, made at start-up */
  GSettings          *settings;
  SoftenLibrary      *library;
  SoftenProgress     *progress;
  SoftenClock        *clock;
  SoftenScriptStore  *scripts;
  char               *scripts_problem;
  SoftenContactStore *contacts;
  char               *contacts_problem;
  SoftenPractice     *practice;
};

/* soften-application.c */
SoftenWindow       *soften_application_get_window (SoftenApplication *self);
GSettings          *soften_application_get_settings (SoftenApplication *self);
SoftenLibrary      *soften_application_get_library (SoftenApplication *self);
SoftenProgress     *soften_application_get_progress (SoftenApplication *self);
SoftenScriptStore  *soften_application_get_scripts (SoftenApplication *self);
SoftenPractice     *soften_application_get_practice (SoftenApplication *self);
SoftenContactStore *soften_application_get_contacts (SoftenApplication *self);
void                soften_application_set_clock (SoftenApplication *self, SoftenClock *clock);

/* soften-application-actions.c */
void     soften_application_add_actions (SoftenApplication *self);
gboolean soften_application_play (SoftenApplication *self,
                                  const char        *id,
                                  gboolean           presenting,
                                  guint              minutes,
                                  GError           **error);

/* soften-application-cli.c */
void soften_application_add_options (SoftenApplication *self);
int  soften_application_handle_local_options (GApplication *application, GVariantDict *options);
int  soften_application_command_line (GApplication            *application,
                                      GApplicationCommandLine *command_line);

G_END_DECLS
