/* soften-contact-private.h — what the contact store asks of SoftenContact
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-contact.h"

G_BEGIN_DECLS

SoftenContact *
_soften_contact_new_with_id (const char *id, const char *name, const char *number, GError **error);

G_END_DECLS
