/* soften-practice.h — the one owner of a practice session
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "engine/soften-clock.h"
#include "engine/soften-library.h"
#include "engine/soften-progress.h"
#include "engine/soften-script-store.h"
#include "engine/soften-session.h"
#include "soften-voice-guidance.h"
#include "soften-writing-pad.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_PRACTICE (soften_practice_get_type ())

G_DECLARE_FINAL_TYPE (SoftenPractice, soften_practice, SOFTEN, PRACTICE, GObject)

SoftenPractice      *soften_practice_new (GtkApplication    *application,
                                          SoftenLibrary     *library,
                                          SoftenProgress    *progress,
                                          SoftenScriptStore *scripts,
                                          SoftenClock       *clock,
                                          GSettings         *settings);
SoftenLibrary       *soften_practice_get_library (SoftenPractice *self);
SoftenScriptStore   *soften_practice_get_scripts (SoftenPractice *self);
SoftenSession       *soften_practice_get_session (SoftenPractice *self);
gboolean             soften_practice_get_presenting (SoftenPractice *self);
SoftenWritingPad    *soften_practice_get_writing_pad (SoftenPractice *self);
SoftenVoiceGuidance *soften_practice_get_voice_guidance (SoftenPractice *self);
SoftenScript        *soften_practice_get_script_draft (SoftenPractice *self);
gboolean             soften_practice_start (SoftenPractice *self,
                                            const char     *exercise_id,
                                            gboolean        presenting,
                                            guint           minutes,
                                            GError        **error);
gboolean soften_practice_rehearse (SoftenPractice *self, const char *script_id, GError **error);
void     soften_practice_leave (SoftenPractice *self);
gboolean soften_practice_keep_script (SoftenPractice *self, GError **error);

G_END_DECLS
