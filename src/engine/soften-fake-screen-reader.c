/* soften-fake-screen-reader.c — a screen reader tests turn on and off
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-screen-reader.h"

struct _SoftenFakeScreenReader
{
  SoftenScreenReader parent_instance;
};

G_DEFINE_FINAL_TYPE (SoftenFakeScreenReader, soften_fake_screen_reader, SOFTEN_TYPE_SCREEN_READER)

static void
soften_fake_screen_reader_class_init (SoftenFakeScreenReaderClass *klass)
{
}

static void
soften_fake_screen_reader_init (SoftenFakeScreenReader *self)
{
}

/* Turn it on and off with soften_screen_reader_set_enabled(). */
SoftenScreenReader *
soften_fake_screen_reader_new (gboolean enabled)
{
  SoftenScreenReader *self = g_object_new (SOFTEN_TYPE_FAKE_SCREEN_READER, NULL);

  soften_screen_reader_set_enabled (self, enabled);
  return self;
}
