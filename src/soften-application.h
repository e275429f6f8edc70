/* soften-application.h — the application
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_APPLICATION (soften_application_get_type ())

G_DECLARE_FINAL_TYPE (SoftenApplication, soften_application, SOFTEN, APPLICATION, AdwApplication)

SoftenApplication *soften_application_new (GApplicationFlags flags);

G_END_DECLS
