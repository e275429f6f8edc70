/* soften-bench.h — what build-aux/bench measures, reported when it asks
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "engine/soften-clock.h"
#include "engine/soften-session.h"

G_BEGIN_DECLS

gboolean     soften_bench_enabled (void);
SoftenClock *soften_bench_dup_clock (void);
void         soften_bench_library_read (void);
void         soften_bench_watch_window (GtkWindow *window);
void         soften_bench_watch_session (SoftenSession *session);
void         soften_bench_voice_requested (gint64 asked, gint64 t);

G_END_DECLS
