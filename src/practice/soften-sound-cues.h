/* soften-sound-cues.h — soft chimes at step and breath changes
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "engine/soften-session.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_SOUND_CUES (soften_sound_cues_get_type ())

G_DECLARE_FINAL_TYPE (SoftenSoundCues, soften_sound_cues, SOFTEN, SOUND_CUES, GObject)

SoftenSoundCues *soften_sound_cues_new (GSettings *settings);
void             soften_sound_cues_set_session (SoftenSoundCues *self, SoftenSession *session);

G_END_DECLS
