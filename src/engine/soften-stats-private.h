/* soften-stats-private.h — what the files of SoftenStats share
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-stats.h"

G_BEGIN_DECLS

struct _SoftenStats
{
  GVariant  *history;
  GArray    *sessions; /* of SoftenSessionRecord, borrowed from @history */
  GArray    *days;     /* of guint32: each session's practice day (Julian) */
  GTimeZone *time_zone;
  guint      day_start; /* minutes after midnight */
  guint32    today;
  guint64    total_seconds;
  guint      current_streak;
  guint      longest_streak;
  guint      n_skipped; /* records left out, whole or in part */
};

G_END_DECLS
