/* soften-notifications.h — telling someone who looked away that an exercise is over
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "engine/soften-exercise.h"

G_BEGIN_DECLS

gboolean soften_notifications_available (GApplication *application);
void     soften_notifications_tell_finished (GtkApplication *application, SoftenExercise *exercise);
void     soften_notifications_withdraw_finished (GtkApplication *application);

G_END_DECLS
