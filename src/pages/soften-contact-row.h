/* soften-contact-row.h — one person to reach, on the Help Now page
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "engine/soften-contact.h"

G_BEGIN_DECLS

#define SOFTEN_TYPE_CONTACT_ROW (soften_contact_row_get_type ())

G_DECLARE_FINAL_TYPE (SoftenContactRow, soften_contact_row, SOFTEN, CONTACT_ROW, AdwActionRow)

GtkWidget *soften_contact_row_new (SoftenContact *contact);

G_END_DECLS
