/* soften-help-line-private.h — what SoftenHelpLines fills in
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "soften-help-line.h"

G_BEGIN_DECLS

struct _SoftenHelpLine
{
  GObject parent_instance;

  SoftenHelpLineKind kind;
  char              *name;
  char              *description;
  char              *region;
  char             **phones;
  char              *sms;
  char              *sms_body;
  char              *whatsapp;
  char              *web;
  char              *hours;
};

G_END_DECLS
