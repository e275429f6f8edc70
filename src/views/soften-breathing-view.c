/* soften-breathing-view.c — a breathing step: the pacer and the count
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the phase ("Breathe in"), the count within it and which breath this
 * is. With animations on, the pacer moves with the breath; with them off
 * (reduce motion), the pacer is hidden and a still progress bar, updated once
 * a second, shows how far through the phase the person is. Everything is
 * read from the session on its "tick" and "step-changed" signals.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-breathing-view.h"
#include "soften-format.h"
#include "soften-pacer.h"

struct _SoftenBreathingView
{
  AdwBin          parent_instance;

  /* Template widgets */
  SoftenPacer    *pacer;
  GtkWidget      *phase_box;
  GtkLabel       *phase_label;
  GtkLabel       *count_label;
  GtkProgressBar *phase_bar;
  GtkLabel       *cycle_label;

  /* Owned */
  SoftenSession  *session;
  GSignalGroup   *session_signals;
};

G_DEFINE_FINAL_TYPE (SoftenBreathingView, soften_breathing_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (SoftenBreathingView *self)
{
  g_autofree char *count = NULL;
  g_autofree char *cycle = NULL;
  g_autofree char *spoken = NULL;
  SoftenBreath breath;
  guint phase_seconds;
  guint second;

  if (self->session == NULL || !soften_session_get_breath (self->session, &breath))
    return;

  phase_seconds = breath.phase_duration / G_USEC_PER_SEC;
  second = MIN (breath.phase_elapsed / G_USEC_PER_SEC + 1, phase_seconds);

  count = g_strdup_printf ("%u", second);
  /* Translators: which breath of how many, e.g. "Breath 2 of 6" */
  cycle = g_strdup_printf (_("Breath %u of %u"), breath.cycle + 1, breath.n_cycles);
  /* Translators: read out by screen readers, e.g. "Breathe in, 3 of 4 seconds" */
  spoken = g_strdup_printf (ngettext ("%s, %u of %u second", "%s, %u of %u seconds", phase_seconds),
                            soften_format_breath_phase (breath.phase), second, phase_seconds);

  gtk_label_set_text (self->phase_label, soften_format_breath_phase (breath.phase));
  gtk_label_set_text (self->count_label, count);
  gtk_label_set_text (self->cycle_label, cycle);
  gtk_progress_bar_set_fraction (self->phase_bar, (double)second / phase_seconds);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->phase_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
}

static void
update_motion (SoftenBreathingView *self)
{
  gboolean animations = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)),
                "gtk-enable-animations", &animations,
                NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->pacer), animations);
  gtk_widget_set_visible (GTK_WIDGET (self->phase_bar), !animations);
  gtk_widget_set_vexpand (self->phase_box, !animations);
  gtk_widget_set_valign (self->phase_box, animations ? GTK_ALIGN_FILL : GTK_ALIGN_CENTER);
}

static void
soften_breathing_view_dispose (GObject *object)
{
  SoftenBreathingView *self = (SoftenBreathingView *)object;

  soften_breathing_view_set_session (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SOFTEN_TYPE_BREATHING_VIEW);
  g_clear_object (&self->session_signals);

  G_OBJECT_CLASS (soften_breathing_view_parent_class)->dispose (object);
}

static void
soften_breathing_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SoftenBreathingView *self = SOFTEN_BREATHING_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_breathing_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SoftenBreathingView *self = SOFTEN_BREATHING_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      soften_breathing_view_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_breathing_view_class_init (SoftenBreathingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_breathing_view_dispose;
  object_class->get_property = soften_breathing_view_get_property;
  object_class->set_property = soften_breathing_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, SOFTEN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SOFTEN_TYPE_PACER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-breathing-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, pacer);
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, phase_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, phase_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, count_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, phase_bar);
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, cycle_label);
}

static void
soften_breathing_view_init (SoftenBreathingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->session_signals = g_signal_group_new (SOFTEN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "tick", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->session_signals, "step-changed", G_CALLBACK (update), self);

  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)),
                           "notify::gtk-enable-animations",
                           G_CALLBACK (update_motion), self, G_CONNECT_SWAPPED);
  update_motion (self);
}

SoftenSession *
soften_breathing_view_get_session (SoftenBreathingView *self)
{
  g_return_val_if_fail (SOFTEN_IS_BREATHING_VIEW (self), NULL);

  return self->session;
}

void
soften_breathing_view_set_session (SoftenBreathingView *self,
                                   SoftenSession       *session)
{
  g_return_if_fail (SOFTEN_IS_BREATHING_VIEW (self));
  g_return_if_fail (!session || SOFTEN_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, session);
  soften_pacer_set_session (self->pacer, session);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
