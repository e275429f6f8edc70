/* soften-presentation-overlay.c — where a presented exercise stands
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While a therapist presents, a small label in a corner says which step is
 * on screen, the time left in it (and that it is paused), and the pace: on
 * a breathing step how long a breath lasts, elsewhere whether it runs
 * faster or slower than written. It
 * shows when asked (at any key) and fades after a few seconds, following
 * the session meanwhile.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "soften-breath-risks.h"
#include "soften-format.h"
#include "soften-presentation-overlay.h"

#define SHOWN_SECONDS 3

struct _SoftenPresentationOverlay
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkRevealer *revealer;
  GtkLabel    *label;

  /* Owned */
  SoftenSession *session;
  GSignalGroup  *session_signals;
  /* The session's active time (pauses not counted) at which to hide. */
  gint64 hide_at;
};

G_DEFINE_FINAL_TYPE (SoftenPresentationOverlay, soften_presentation_overlay, ADW_TYPE_BIN)

/* The pace as a presenter needs it: on a breathing step, how long one
 * breath now lasts ("12.8 s a breath"); elsewhere, only that it is
 * faster or slower than written. NULL at the pace as written elsewhere. */
static char *
describe_pace (SoftenSession *session, SoftenStep *step)
{
  double           pace = soften_session_get_pace (session);
  double           tenths;
  g_autofree char *seconds = NULL;

  if (soften_step_get_kind (step) != SOFTEN_STEP_BREATHING)
    {
      if (pace == 1.0)
        return NULL;
      /* Translators: the presentation overlay, on a step sped up or
       * slowed down by the presenter */
      return g_strdup (pace > 1.0 ? _("Faster") : _("Slower"));
    }

  tenths = round (soften_step_get_breath_usec (step) / pace / (G_USEC_PER_SEC / 10));
  /* Whole seconds as they are, others to a tenth, in the language's way. */
  seconds = g_strdup_printf ("%.*f", fmod (tenths, 10) == 0 ? 0 : 1, tenths / 10);

  /* Translators: the presentation overlay: how long one breath lasts at
   * the pace chosen, e.g. "16 s a breath" or "12.8 s a breath" */
  return g_strdup_printf (_("%s s a breath"), seconds);
}

static void
update (SoftenPresentationOverlay *self)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char      *text = NULL;
  SoftenStep           *step;
  char                 *pace;

  if (self->session == NULL)
    return;

  /* Shown for a few seconds of the exercise's own time: while it is paused
   * the overlay stays, and tests drive it with their fake clock. */
  if (gtk_revealer_get_reveal_child (self->revealer)
      && soften_session_get_active_usec (self->session) >= self->hide_at)
    gtk_revealer_set_reveal_child (self->revealer, FALSE);

  step = soften_session_get_step (self->session);
  /* Translators: where the person is in the exercise, e.g. "Step 2 of 6" */
  g_ptr_array_add (
      parts,
      g_strdup_printf (_("Step %u of %u"), soften_session_get_step_index (self->session) + 1,
                       soften_exercise_get_n_steps (soften_session_get_exercise (self->session))));
  if (soften_step_is_timed (step))
    {
      /* The same words for the time left as the player's. */
      g_ptr_array_add (parts,
                       soften_format_countdown (soften_session_get_step_remaining (self->session)));
      if (soften_session_get_state (self->session) == SOFTEN_SESSION_PAUSED)
        g_ptr_array_add (parts, g_strdup (_("Paused")));
    }
  pace = describe_pace (self->session, step);
  if (pace != NULL)
    g_ptr_array_add (parts, pace);
  g_ptr_array_add (parts, NULL);

  /* Translators: between the parts of the presentation overlay, e.g.
   * "Step 2 of 6 · 0:42 · 16 s a breath" */
  text = g_strjoinv (_(" · "), (char **)parts->pdata);
  gtk_label_set_text (self->label, text);
}

static void
soften_presentation_overlay_dispose (GObject *object)
{
  SoftenPresentationOverlay *self = SOFTEN_PRESENTATION_OVERLAY (object);

  soften_presentation_overlay_set_session (self, NULL);
  g_clear_object (&self->session_signals);
  /* The revealer is the bin's child and a template child: let the bin drop
   * it first, so that it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_PRESENTATION_OVERLAY);

  G_OBJECT_CLASS (soften_presentation_overlay_parent_class)->dispose (object);
}

static void
soften_presentation_overlay_class_init (SoftenPresentationOverlayClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_presentation_overlay_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/soften-presentation-overlay.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenPresentationOverlay, revealer);
  gtk_widget_class_bind_template_child (widget_class, SoftenPresentationOverlay, label);
}

static void
soften_presentation_overlay_init (SoftenPresentationOverlay *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->session_signals = g_signal_group_new (SOFTEN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "step-changed", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->session_signals, "tick", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::pace", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::state", G_CALLBACK (update),
                                  self);
}

/**
 * soften_presentation_overlay_set_session:
 * @session: (nullable): the session presented
 */
void
soften_presentation_overlay_set_session (SoftenPresentationOverlay *self, SoftenSession *session)
{
  g_return_if_fail (SOFTEN_IS_PRESENTATION_OVERLAY (self));
  g_return_if_fail (!session || SOFTEN_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  /* Shown before the session came (presenting begins first): its few
   * seconds count from the session's start. */
  if (session != NULL)
    self->hide_at = soften_session_get_active_usec (session) + SHOWN_SECONDS * G_USEC_PER_SEC;

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, session);
  update (self);
}

/* Shows where the exercise stands, for the next few seconds of it. */
void
soften_presentation_overlay_show (SoftenPresentationOverlay *self)
{
  g_return_if_fail (SOFTEN_IS_PRESENTATION_OVERLAY (self));

  if (self->session != NULL)
    self->hide_at = soften_session_get_active_usec (self->session) + SHOWN_SECONDS * G_USEC_PER_SEC;
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  update (self);
}

void
soften_presentation_overlay_hide (SoftenPresentationOverlay *self)
{
  g_return_if_fail (SOFTEN_IS_PRESENTATION_OVERLAY (self));

  gtk_revealer_set_reveal_child (self->revealer, FALSE);
}
