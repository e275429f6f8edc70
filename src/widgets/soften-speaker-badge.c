/* soften-speaker-badge.c — whose turn it is, in an exercise for two
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In an exercise two people do together (together-listening), each turn is
 * an instruction step with a Speaker. Above the step's words, a large pill
 * says whose turn it is, in a colour of its own for each person, so that
 * it can be read from across a room; it is hidden on every other step.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-speaker-badge.h"

struct _SoftenSpeakerBadge
{
  AdwBin parent_instance;

  SoftenPractice *practice;
  SoftenSession  *session;
  GtkLabel       *label;
};

G_DEFINE_FINAL_TYPE (SoftenSpeakerBadge, soften_speaker_badge, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PRACTICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static SoftenSpeaker
current_speaker (SoftenSpeakerBadge *self)
{
  if (self->session == NULL || !soften_session_is_active (self->session))
    return SOFTEN_SPEAKER_NONE;
  return soften_step_get_speaker (soften_session_get_step (self->session));
}

static void
update (SoftenSpeakerBadge *self)
{
  SoftenSpeaker speaker = current_speaker (self);
  const char   *text = soften_speaker_badge_get_text (self);

  gtk_label_set_label (self->label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self), text != NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->label), "first");
  gtk_widget_remove_css_class (GTK_WIDGET (self->label), "second");
  if (speaker != SOFTEN_SPEAKER_NONE)
    gtk_widget_add_css_class (GTK_WIDGET (self->label),
                              speaker == SOFTEN_SPEAKER_FIRST ? "first" : "second");
}

static void
set_session (SoftenSpeakerBadge *self, SoftenSession *session)
{
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      g_signal_connect_object (session, "step-changed", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::state", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
    }
  update (self);
}

static void
session_changed_cb (SoftenSpeakerBadge *self)
{
  set_session (self, soften_practice_get_session (self->practice));
}

static void
soften_speaker_badge_dispose (GObject *object)
{
  SoftenSpeakerBadge *self = SOFTEN_SPEAKER_BADGE (object);

  soften_speaker_badge_set_practice (self, NULL);

  G_OBJECT_CLASS (soften_speaker_badge_parent_class)->dispose (object);
}

static void
soften_speaker_badge_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PRACTICE:
      g_value_set_object (value, SOFTEN_SPEAKER_BADGE (object)->practice);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_speaker_badge_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_PRACTICE:
      soften_speaker_badge_set_practice (SOFTEN_SPEAKER_BADGE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_speaker_badge_class_init (SoftenSpeakerBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = soften_speaker_badge_dispose;
  object_class->get_property = soften_speaker_badge_get_property;
  object_class->set_property = soften_speaker_badge_set_property;

  properties[PROP_PRACTICE]
      = g_param_spec_object ("practice", NULL, NULL, SOFTEN_TYPE_PRACTICE,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
soften_speaker_badge_init (SoftenSpeakerBadge *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_justify (self->label, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "speaker-badge");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->label));
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

SoftenPractice *
soften_speaker_badge_get_practice (SoftenSpeakerBadge *self)
{
  g_return_val_if_fail (SOFTEN_IS_SPEAKER_BADGE (self), NULL);

  return self->practice;
}

void
soften_speaker_badge_set_practice (SoftenSpeakerBadge *self, SoftenPractice *practice)
{
  g_return_if_fail (SOFTEN_IS_SPEAKER_BADGE (self));

  if (self->practice == practice)
    return;

  if (self->practice != NULL)
    g_signal_handlers_disconnect_by_data (self->practice, self);
  g_set_object (&self->practice, practice);
  if (practice != NULL)
    g_signal_connect_object (practice, "notify::session", G_CALLBACK (session_changed_cb), self,
                             G_CONNECT_SWAPPED);
  set_session (self, practice != NULL ? soften_practice_get_session (practice) : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRACTICE]);
}

/* Whose turn it is, as shown; %NULL on a step that is nobody's turn. */
const char *
soften_speaker_badge_get_text (SoftenSpeakerBadge *self)
{
  g_return_val_if_fail (SOFTEN_IS_SPEAKER_BADGE (self), NULL);

  switch (current_speaker (self))
    {
    case SOFTEN_SPEAKER_FIRST:
      /* Translators: in an exercise for two, the people are called A and B */
      return _("A is speaking");
    case SOFTEN_SPEAKER_SECOND:
      /* Translators: in an exercise for two, the people are called A and B */
      return _("B is speaking");
    case SOFTEN_SPEAKER_NONE:
    default:
      return NULL;
    }
}
