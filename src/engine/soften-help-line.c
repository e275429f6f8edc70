/* soften-help-line.c — a crisis or domestic-abuse line, for Help Now
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One entry of data/help/crisis-lines.ini, as read by SoftenHelpLines:
 * the service's own name, what it offers (translated), how to reach it,
 * and its hours when the service publishes them.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include "soften-help-line-private.h"

G_DEFINE_FINAL_TYPE (SoftenHelpLine, soften_help_line, G_TYPE_OBJECT)

static void
soften_help_line_finalize (GObject *object)
{
  SoftenHelpLine *self = SOFTEN_HELP_LINE (object);

  g_free (self->name);
  g_free (self->description);
  g_free (self->region);
  g_strfreev (self->phones);
  g_free (self->sms);
  g_free (self->sms_body);
  g_free (self->whatsapp);
  g_free (self->web);
  g_free (self->hours);

  G_OBJECT_CLASS (soften_help_line_parent_class)->finalize (object);
}

static void
soften_help_line_class_init (SoftenHelpLineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = soften_help_line_finalize;
}

static void
soften_help_line_init (SoftenHelpLine *self)
{
}

SoftenHelpLineKind
soften_help_line_get_kind (SoftenHelpLine *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINE (self), SOFTEN_HELP_LINE_CRISIS);

  return self->kind;
}

/* Returns: the service's own name, never translated */
const char *
soften_help_line_get_name (SoftenHelpLine *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINE (self), NULL);

  return self->name;
}

/* Returns: what it offers and who it is for, translated */
const char *
soften_help_line_get_description (SoftenHelpLine *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINE (self), NULL);

  return self->description;
}

/* Returns: (nullable): the only place it serves, if it serves one place */
const char *
soften_help_line_get_region (SoftenHelpLine *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINE (self), NULL);

  return self->region;
}

/* Returns: (transfer none): the numbers to call, as dialled in the
 * country; empty when there is none */
const char *const *
soften_help_line_get_phones (SoftenHelpLine *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINE (self), NULL);

  return (const char *const *)self->phones;
}

/* Returns: (nullable): a number to text */
const char *
soften_help_line_get_sms (SoftenHelpLine *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINE (self), NULL);

  return self->sms;
}

/* Returns: (nullable): the word to send first, when the service asks */
const char *
soften_help_line_get_sms_body (SoftenHelpLine *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINE (self), NULL);

  return self->sms_body;
}

/* Returns: (nullable): a WhatsApp number */
const char *
soften_help_line_get_whatsapp (SoftenHelpLine *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINE (self), NULL);

  return self->whatsapp;
}

/* Returns: (nullable): a page where the person finds help themselves */
const char *
soften_help_line_get_web (SoftenHelpLine *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINE (self), NULL);

  return self->web;
}

/* Returns: (nullable): its hours, translated, as the service publishes them */
const char *
soften_help_line_get_hours (SoftenHelpLine *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINE (self), NULL);

  return self->hours;
}
