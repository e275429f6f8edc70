/* soften-notes-window.h — short cards to read before an exercise
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-exercise.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_NOTES_WINDOW (soften_notes_window_get_type ())

G_DECLARE_FINAL_TYPE (SoftenNotesWindow, soften_notes_window, SOFTEN, NOTES_WINDOW, AdwWindow)

GtkWidget *soften_notes_window_new (SoftenExercise *exercise);

G_END_DECLS
