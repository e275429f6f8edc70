/* soften-body-map-private.h — the body map's cross-fade, for tests
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-body-map.h"

G_BEGIN_DECLS

#define SOFTEN_BODY_MAP_FADE_USEC (300 * 1000)

double soften_body_map_get_fade (SoftenBodyMap *self);
int    soften_body_map_get_previous_region (SoftenBodyMap *self);
void   soften_body_map_step (SoftenBodyMap *self, gint64 frame_time);

G_END_DECLS
