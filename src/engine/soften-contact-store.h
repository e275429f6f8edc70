/* soften-contact-store.h — the people a person can reach, kept privately
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "soften-contact.h"

G_BEGIN_DECLS

#define SOFTEN_CONTACT_STORE_ERROR (soften_contact_store_error_quark ())

typedef enum
{
  /* The file could not be read whole; what could be read was kept. */
  SOFTEN_CONTACT_STORE_ERROR_DAMAGED,
  /* Keeping one more would pass SOFTEN_CONTACT_STORE_MAX_CONTACTS. */
  SOFTEN_CONTACT_STORE_ERROR_FULL,
} SoftenContactStoreError;

#define SOFTEN_CONTACT_STORE_MAX_BYTES    (64 * 1024)
#define SOFTEN_CONTACT_STORE_MAX_CONTACTS 50

#define SOFTEN_TYPE_CONTACT_STORE (soften_contact_store_get_type ())

G_DECLARE_FINAL_TYPE (SoftenContactStore, soften_contact_store, SOFTEN, CONTACT_STORE, GObject)

GQuark              soften_contact_store_error_quark (void);
SoftenContactStore *soften_contact_store_new (GFile *file);
gboolean            soften_contact_store_load (SoftenContactStore *self, GError **error);
gboolean
soften_contact_store_add (SoftenContactStore *self, SoftenContact *contact, GError **error);
gboolean
soften_contact_store_replace (SoftenContactStore *self, SoftenContact *contact, GError **error);
gboolean soften_contact_store_remove (SoftenContactStore *self, const char *id, GError **error);
SoftenContact *soften_contact_store_lookup (SoftenContactStore *self, const char *id);

G_END_DECLS
