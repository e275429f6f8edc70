/* soften-player-page.h — an exercise under way
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-library.h"
#include "engine/soften-script-store.h"
#include "engine/soften-session.h"
#include "soften-sound-cues.h"
#include "soften-writing-pad.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_PLAYER_PAGE (soften_player_page_get_type ())

G_DECLARE_FINAL_TYPE (SoftenPlayerPage, soften_player_page, SOFTEN, PLAYER_PAGE, AdwBin)

/* The exercise "Stop and ground" leads to. */
#define SOFTEN_GROUND_EXERCISE_ID "stop-and-ground"

void             soften_player_page_set_library    (SoftenPlayerPage *self,
                                                   SoftenLibrary    *library);
SoftenSoundCues *soften_player_page_get_sound_cues (SoftenPlayerPage *self);
SoftenWritingPad *soften_player_page_get_writing_pad (SoftenPlayerPage *self);
void             soften_player_page_set_script_store (SoftenPlayerPage  *self,
                                                      SoftenScriptStore *store);
void             soften_player_page_load_script      (SoftenPlayerPage  *self,
                                                      SoftenScript      *script);
SoftenScript    *soften_player_page_get_script_draft (SoftenPlayerPage  *self);
void             soften_player_page_set_presenting   (SoftenPlayerPage  *self,
                                                      gboolean           presenting);
gboolean         soften_player_page_get_presenting   (SoftenPlayerPage  *self);
SoftenSession *soften_player_page_get_session (SoftenPlayerPage *self);
void           soften_player_page_set_session (SoftenPlayerPage *self,
                                               SoftenSession    *session);

G_END_DECLS
