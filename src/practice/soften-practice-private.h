/* soften-practice-private.h — for tests: what the practice drives
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-practice.h"
#include "soften-sound-cues.h"

G_BEGIN_DECLS

SoftenSoundCues *soften_practice_get_sound_cues (SoftenPractice *self);

G_END_DECLS
