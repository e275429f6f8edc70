/* soften-step-view.c — what every view of a step shares
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A step view shows one kind of step of the practice's session. It
 * follows the practice to whatever session is on screen, listens to it,
 * and asks its subclass to update when the current step is of its kind.
 * Views keep no time of their own: they read it from the session. What a
 * view needs besides the session (the writing pad, the drafted script, the
 * library) it asks the practice for.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-step-view.h"

typedef struct
{
  SoftenPractice *practice;
  GSignalGroup   *session_signals;
} SoftenStepViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SoftenStepView, soften_step_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PRACTICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (SoftenStepView *self)
{
  SoftenStepViewClass *klass = SOFTEN_STEP_VIEW_GET_CLASS (self);
  SoftenSession       *session = soften_step_view_get_session (self);
  SoftenStep          *step;

  if (session == NULL || klass->update == NULL)
    return;

  step = soften_session_get_step (session);
  if (soften_step_get_kind (step) == klass->kind)
    klass->update (self, session, step);
}

static void
session_changed_cb (SoftenStepView *self)
{
  SoftenStepViewPrivate *priv = soften_step_view_get_instance_private (self);
  SoftenStepViewClass   *klass = SOFTEN_STEP_VIEW_GET_CLASS (self);
  SoftenSession         *session = soften_step_view_get_session (self);
  g_autoptr (GObject)    shown = g_signal_group_dup_target (priv->session_signals);

  if (shown == (GObject *)session)
    return;

  g_signal_group_set_target (priv->session_signals, session);
  if (klass->session_changed != NULL)
    klass->session_changed (self, session);
  update (self);
}

static void
set_practice (SoftenStepView *self, SoftenPractice *practice)
{
  SoftenStepViewPrivate *priv = soften_step_view_get_instance_private (self);

  g_return_if_fail (SOFTEN_IS_STEP_VIEW (self));
  g_return_if_fail (!practice || SOFTEN_IS_PRACTICE (practice));

  if (priv->practice == practice)
    return;

  if (priv->practice != NULL)
    g_signal_handlers_disconnect_by_func (priv->practice, session_changed_cb, self);
  g_set_object (&priv->practice, practice);
  if (practice != NULL)
    g_signal_connect_object (practice, "notify::session", G_CALLBACK (session_changed_cb), self,
                             G_CONNECT_SWAPPED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRACTICE]);
  session_changed_cb (self);
}

static void
soften_step_view_dispose (GObject *object)
{
  SoftenStepView        *self = SOFTEN_STEP_VIEW (object);
  SoftenStepViewPrivate *priv = soften_step_view_get_instance_private (self);

  /* Quietly: the subclass has let go of its widgets already. */
  if (priv->practice != NULL)
    g_signal_handlers_disconnect_by_func (priv->practice, session_changed_cb, self);
  g_clear_object (&priv->practice);
  if (priv->session_signals != NULL)
    g_signal_group_set_target (priv->session_signals, NULL);
  g_clear_object (&priv->session_signals);

  G_OBJECT_CLASS (soften_step_view_parent_class)->dispose (object);
}

static void
soften_step_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenStepView *self = SOFTEN_STEP_VIEW (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      g_value_set_object (value, soften_step_view_get_practice (self));
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
    case PROP_PRACTICE:
      set_practice (self, g_value_get_object (value));
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

  properties[PROP_PRACTICE]
      = g_param_spec_object ("practice", NULL, NULL, SOFTEN_TYPE_PRACTICE,
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

/* Returns: (transfer none) (nullable): the practice whose session is shown */
SoftenPractice *
soften_step_view_get_practice (SoftenStepView *self)
{
  SoftenStepViewPrivate *priv = soften_step_view_get_instance_private (self);

  g_return_val_if_fail (SOFTEN_IS_STEP_VIEW (self), NULL);

  return priv->practice;
}

/* Returns: (transfer none) (nullable): the session on screen */
SoftenSession *
soften_step_view_get_session (SoftenStepView *self)
{
  SoftenStepViewPrivate *priv = soften_step_view_get_instance_private (self);

  g_return_val_if_fail (SOFTEN_IS_STEP_VIEW (self), NULL);

  return priv->practice != NULL ? soften_practice_get_session (priv->practice) : NULL;
}
