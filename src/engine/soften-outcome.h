/* soften-outcome.h — what one session changed, from its check-ins
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-session.h"
#include "soften-step.h"

G_BEGIN_DECLS

typedef struct
{
  /* The answers, before and after (indexed by SoftenMoment); -1 where a
   * check-in was not asked or not answered. */
  int tension[SOFTEN_N_MOMENTS];
  int comfort[SOFTEN_N_MOMENTS];
  int zone[SOFTEN_N_MOMENTS]; /* a SoftenZone */

  /* The zone last answered, in step order: where the person is now, as
   * far as the session knows; -1 if no zone check-in was answered. */
  int latest_zone;
  /* What the check-in that asked it suggests for that zone: exercise ids,
   * or SOFTEN_HELP_NOW_SUGGESTION; borrowed from a step of the session's
   * exercise; NULL if nothing. */
  const char *const *suggestions;
} SoftenOutcome;

void soften_outcome_init (SoftenOutcome *outcome, SoftenSession *session);

G_END_DECLS
