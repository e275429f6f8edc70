/* soften-step-view.c — what every view of a step shares
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A step view shows one kind of step. It holds the session, listens to it,
 * and asks its subclass to update when the session's current step is of its
 * kind. Views keep no time of their own: they read it from the session.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-step-view.h"

typedef struct
{
  SoftenSession *session;
  GSignalGroup  *session_signals;
} SoftenStepViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SoftenStepView, soften_step_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (SoftenStepView *self)
{
  SoftenStepViewPrivate *priv = soften_step_view_get_instance_private (self);
  SoftenStepViewClass *klass = SOFTEN_STEP_VIEW_GET_CLASS (self);
  SoftenStep *step;

  if (priv->session == NULL || klass->update == NULL)
    return;

  step = soften_session_get_step (priv->session);
  if (soften_step_get_kind (step) == klass->kind)
    klass->update (self, priv->session, step);
}

static void
soften_step_view_dispose (GObject *object)
{
  SoftenStepView *self = (SoftenStepView *)object;
  SoftenStepViewPrivate *priv = soften_step_view_get_instance_private (self);

  if (priv->session_signals != NULL)
    g_signal_group_set_target (priv->session_signals, NULL);
  g_clear_object (&priv->session_signals);
  g_clear_object (&priv->session);

  G_OBJECT_CLASS (soften_step_view_parent_class)->dispose (object);
}

static void
soften_step_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SoftenStepView *self = SOFTEN_STEP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, soften_step_view_get_session (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_step_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SoftenStepView *self = SOFTEN_STEP_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      soften_step_view_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_step_view_class_init (SoftenStepViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = soften_step_view_dispose;
  object_class->get_property = soften_step_view_get_property;
  object_class->set_property = soften_step_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, SOFTEN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
soften_step_view_init (SoftenStepView *self)
{
  SoftenStepViewPrivate *priv = soften_step_view_get_instance_private (self);

  priv->session_signals = g_signal_group_new (SOFTEN_TYPE_SESSION);
  g_signal_group_connect_swapped (priv->session_signals, "step-changed", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (priv->session_signals, "tick", G_CALLBACK (update), self);
}

SoftenSession *
soften_step_view_get_session (SoftenStepView *self)
{
  SoftenStepViewPrivate *priv = soften_step_view_get_instance_private (self);

  g_return_val_if_fail (SOFTEN_IS_STEP_VIEW (self), NULL);

  return priv->session;
}

void
soften_step_view_set_session (SoftenStepView *self,
                              SoftenSession  *session)
{
  SoftenStepViewPrivate *priv = soften_step_view_get_instance_private (self);

  g_return_if_fail (SOFTEN_IS_STEP_VIEW (self));
  g_return_if_fail (!session || SOFTEN_IS_SESSION (session));

  if (!g_set_object (&priv->session, session))
    return;

  g_signal_group_set_target (priv->session_signals, session);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
