/* soften-contact.h — someone a person can reach when things are hard
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SOFTEN_CONTACT_ERROR (soften_contact_error_quark ())

typedef enum
{
  /* There is no name. */
  SOFTEN_CONTACT_ERROR_NO_NAME,
  /* The name is too long, or holds control characters. */
  SOFTEN_CONTACT_ERROR_BAD_NAME,
  /* The number is empty, too long, or holds more than digits and + ( ) - . * # and spaces. */
  SOFTEN_CONTACT_ERROR_BAD_NUMBER,
} SoftenContactError;

#define SOFTEN_CONTACT_MAX_NAME_CHARS   80
#define SOFTEN_CONTACT_MAX_NUMBER_CHARS 32

#define SOFTEN_TYPE_CONTACT (soften_contact_get_type ())

G_DECLARE_FINAL_TYPE (SoftenContact, soften_contact, SOFTEN, CONTACT, GObject)

GQuark         soften_contact_error_quark (void);
SoftenContact *soften_contact_new (const char *name, const char *number, GError **error);
SoftenContact *
soften_contact_edit (SoftenContact *self, const char *name, const char *number, GError **error);
const char *soften_contact_get_id (SoftenContact *self);
const char *soften_contact_get_name (SoftenContact *self);
const char *soften_contact_get_number (SoftenContact *self);
gboolean    soften_contact_check (const char *name, const char *number, GError **error);

G_END_DECLS
