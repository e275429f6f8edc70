/* soften-speaker-badge.h — whose turn it is, in an exercise for two
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "soften-practice.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_SPEAKER_BADGE (soften_speaker_badge_get_type ())

G_DECLARE_FINAL_TYPE (SoftenSpeakerBadge, soften_speaker_badge, SOFTEN, SPEAKER_BADGE, AdwBin)

SoftenPractice *soften_speaker_badge_get_practice (SoftenSpeakerBadge *self);
void        soften_speaker_badge_set_practice (SoftenSpeakerBadge *self, SoftenPractice *practice);
const char *soften_speaker_badge_get_text (SoftenSpeakerBadge *self);

G_END_DECLS
