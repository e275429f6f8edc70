/* soften-breathing-view.c — a breathing step: the pacer and the count
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the phase ("Breathe in"), the count within it and which breath this
 * is, and that its holds were left out when the person asked for that in
 * Preferences. With animations on, the pacer moves with the breath; with them off
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
  SoftenStepView parent_instance;

  /* Template widgets */
  SoftenPacer    *pacer;
  GtkWidget      *phase_box;
  GtkLabel       *phase_label;
  GtkLabel       *count_label;
  GtkProgressBar *phase_bar;
  GtkLabel       *cycle_label;
  GtkWidget      *holds_label;
};

G_DEFINE_FINAL_TYPE (SoftenBreathingView, soften_breathing_view, SOFTEN_TYPE_STEP_VIEW)

static void
soften_breathing_view_update (SoftenStepView *view, SoftenSession *session, SoftenStep *step)
{
  SoftenBreathingView *self = SOFTEN_BREATHING_VIEW (view);
  g_autofree char     *count = NULL;
  g_autofree char     *cycle = NULL;
  g_autofree char     *spoken = NULL;
  SoftenBreath         breath;
  guint                phase_seconds;
  guint                second;

  if (!soften_session_get_breath (session, &breath))
    return;

  /* A phase of 5.5 s counts to 6; the count is the second under way. */
  phase_seconds = (breath.phase_duration + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;
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
  gtk_widget_set_visible (self->holds_label, soften_step_get_holds_left_out (step));
  gtk_progress_bar_set_fraction (self->phase_bar,
                                 (double)breath.phase_elapsed / (double)breath.phase_duration);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->phase_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  spoken, -1);
}

static void
update_motion (SoftenBreathingView *self)
{
  gboolean animations = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animations,
                NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->pacer), animations);
  gtk_widget_set_visible (GTK_WIDGET (self->phase_bar), !animations);
  gtk_widget_set_vexpand (self->phase_box, !animations);
  gtk_widget_set_valign (self->phase_box, animations ? GTK_ALIGN_FILL : GTK_ALIGN_CENTER);
}

static void
soften_breathing_view_session_changed (SoftenStepView *view, SoftenSession *session)
{
  soften_pacer_set_session (SOFTEN_BREATHING_VIEW (view)->pacer, session);
}

static void
soften_breathing_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_BREATHING_VIEW);

  G_OBJECT_CLASS (soften_breathing_view_parent_class)->dispose (object);
}

static void
soften_breathing_view_class_init (SoftenBreathingViewClass *klass)
{
  GObjectClass        *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass      *widget_class = GTK_WIDGET_CLASS (klass);
  SoftenStepViewClass *view_class = SOFTEN_STEP_VIEW_CLASS (klass);

  object_class->dispose = soften_breathing_view_dispose;

  view_class->kind = SOFTEN_STEP_BREATHING;
  view_class->update = soften_breathing_view_update;
  view_class->session_changed = soften_breathing_view_session_changed;

  g_type_ensure (SOFTEN_TYPE_PACER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-breathing-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, pacer);
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, phase_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, phase_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, count_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, phase_bar);
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, cycle_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenBreathingView, holds_label);
}

static void
soften_breathing_view_init (SoftenBreathingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)),
                           "notify::gtk-enable-animations", G_CALLBACK (update_motion), self,
                           G_CONNECT_SWAPPED);
  update_motion (self);
}
