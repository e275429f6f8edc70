/* soften-application.h — the application: actions, accelerators, start-up
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-clock.h"
#include "engine/soften-library.h"
#include "engine/soften-progress.h"
#include "engine/soften-script-store.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_APPLICATION (soften_application_get_type ())

G_DECLARE_FINAL_TYPE (SoftenApplication, soften_application, SOFTEN, APPLICATION, AdwApplication)

SoftenApplication *soften_application_new          (GApplicationFlags  flags);
SoftenLibrary     *soften_application_get_library  (SoftenApplication *self);
SoftenProgress    *soften_application_get_progress (SoftenApplication *self);
GSettings         *soften_application_get_settings (SoftenApplication *self);
SoftenScriptStore *soften_application_get_scripts  (SoftenApplication *self);
SoftenClock       *soften_application_get_clock    (SoftenApplication *self);
void               soften_application_set_clock    (SoftenApplication *self,
                                                    SoftenClock       *clock);

G_END_DECLS
