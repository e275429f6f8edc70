/* soften-zone-bar.h — where check-ins found a person, against their window, as one bar
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "engine/soften-step.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_ZONE_BAR (soften_zone_bar_get_type ())

G_DECLARE_FINAL_TYPE (SoftenZoneBar, soften_zone_bar, SOFTEN, ZONE_BAR, GtkWidget)

void soften_zone_bar_set_counts (SoftenZoneBar *self, const guint counts[SOFTEN_N_ZONES]);

G_END_DECLS
