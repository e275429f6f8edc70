/* soften-screen-reader.h — whether a screen reader is on
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SOFTEN_TYPE_SCREEN_READER (soften_screen_reader_get_type ())

G_DECLARE_DERIVABLE_TYPE (SoftenScreenReader, soften_screen_reader, SOFTEN, SCREEN_READER, GObject)

struct _SoftenScreenReaderClass
{
  GObjectClass parent_class;
};

gboolean soften_screen_reader_get_enabled (SoftenScreenReader *self);
void     soften_screen_reader_set_enabled (SoftenScreenReader *self, gboolean enabled);

#define SOFTEN_TYPE_A11Y_SCREEN_READER (soften_a11y_screen_reader_get_type ())

G_DECLARE_FINAL_TYPE (SoftenA11yScreenReader,
                      soften_a11y_screen_reader,
                      SOFTEN,
                      A11Y_SCREEN_READER,
                      SoftenScreenReader)

SoftenScreenReader *soften_a11y_screen_reader_new (void);

#define SOFTEN_TYPE_FAKE_SCREEN_READER (soften_fake_screen_reader_get_type ())

G_DECLARE_FINAL_TYPE (SoftenFakeScreenReader,
                      soften_fake_screen_reader,
                      SOFTEN,
                      FAKE_SCREEN_READER,
                      SoftenScreenReader)

SoftenScreenReader *soften_fake_screen_reader_new (gboolean enabled);

G_END_DECLS
