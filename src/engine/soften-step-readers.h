/* soften-step-readers.h — reading one step of an `.exercise` file, by its kind
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-key-file.h"
#include "soften-step.h"

G_BEGIN_DECLS

SoftenStep *
soften_step_readers_read (SoftenKeyFileReader *reader, const char *group, GError **error);

G_END_DECLS
