/* soften-release-view.c — a release step: what was written, let go of for good
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows what was written in the writing step before this one, on a sheet
 * of paper, and offers three rituals: burning, tearing, dissolving. When
 * one begins, the card (SoftenReleaseCard) takes the shape of the words on
 * the page, a box a letter and nothing more, and takes their place; at
 * that moment the words themselves are wiped from the writing pad
 * (overwritten, cleared, their undo history dropped), so the ceremony
 * that follows is drawn from shapes alone and nothing of the words is
 * left to be seen. With animations off, the sheet fades gently and the
 * confirmation shows at once. At the end the spent buttons go and a quiet
 * "It's gone" remains. Leaving the step mid-way finishes the release at
 * once: a release that was started is never left half done.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-release-card.h"
#include "soften-release-view.h"

struct _SoftenReleaseView
{
  SoftenStepView parent_instance;

  /* Template widgets */
  GtkWidget         *ritual_box;
  GtkWidget         *sheet;
  GtkWidget         *paper;
  GtkTextView       *text_view;
  SoftenReleaseCard *card;
  GtkLabel          *status_label;

  /* Owned */
  GtkTextBuffer *buffer; /* the writing being released, from the pad */
  GtkTextBuffer *empty;
};

G_DEFINE_FINAL_TYPE (SoftenReleaseView, soften_release_view, SOFTEN_TYPE_STEP_VIEW)

static void
show_status (SoftenReleaseView *self, const char *status)
{
  gtk_label_set_text (self->status_label, status);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), status != NULL);
}

/* On each button, not on their box: GTK 4.8 tells screen readers only
 * about the widget whose sensitivity changed, not about its children. */
static void
set_rituals_sensitive (SoftenReleaseView *self, gboolean sensitive)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->ritual_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_sensitive (child, sensitive);
}

/* How the page looks: ready (the words and the rituals), letting go (the
 * card, the rituals spent), or gone (a quiet confirmation alone). */
static void
show_gone (SoftenReleaseView *self, gboolean gone)
{
  gtk_widget_set_visible (self->ritual_box, !gone);
  gtk_widget_set_vexpand (GTK_WIDGET (self->status_label), gone);
  if (gone)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "title-2");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "title-4");
      show_status (self, _("It’s gone. Nothing you wrote was kept."));
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "title-4");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "title-2");
    }
}

static void
wipe_words (SoftenReleaseView *self)
{
  if (self->buffer != NULL)
    soften_wipe_text_buffer (self->buffer);
}

/* The end of every release, animated or not. */
static void
card_finished_cb (SoftenReleaseView *self)
{
  wipe_words (self);
  gtk_widget_set_visible (self->sheet, FALSE);
  show_gone (self, TRUE);
}

static gboolean
animations_enabled (SoftenReleaseView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled,
                NULL);

  return enabled;
}

/* On a small screen the sheet may lie below the fold: the page scrolls
 * as little as shows it whole, or as much of it as fits. */
static void
bring_sheet_into_view (SoftenReleaseView *self)
{
  GtkWidget      *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment  *adjustment;
  graphene_rect_t sheet;
  double          below;

  if (scroller == NULL || !gtk_widget_compute_bounds (self->sheet, scroller, &sheet))
    return;

  below = sheet.origin.y + sheet.size.height + 12 - gtk_widget_get_height (scroller);
  if (below <= 0)
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment)
                                            + MIN (below, MAX (0, sheet.origin.y - 12)));
}

static void
release (SoftenReleaseView *self, SoftenRitual ritual)
{
  if (soften_release_card_is_running (self->card))
    return;

  set_rituals_sensitive (self, FALSE);

  if (self->buffer == NULL || gtk_text_buffer_get_char_count (self->buffer) == 0
      || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      card_finished_cb (self);
      return;
    }

  /* The card keeps where the letters stood; the words go now. */
  bring_sheet_into_view (self);
  soften_release_card_take_shape (self->card, self->text_view, self->paper);
  wipe_words (self);
  gtk_stack_set_visible_child (GTK_STACK (self->sheet), GTK_WIDGET (self->card));

  if (!animations_enabled (self))
    show_gone (self, TRUE);
  else
    show_status (self, ritual == SOFTEN_RITUAL_BURN   ? _("Watch it burn away.")
                       : ritual == SOFTEN_RITUAL_TEAR ? _("Tearing it up, piece by piece.")
                                                      : _("Letting it dissolve."));
  soften_release_card_begin (self->card, ritual);
}

static void
burn_clicked_cb (SoftenReleaseView *self)
{
  release (self, SOFTEN_RITUAL_BURN);
}

static void
tear_clicked_cb (SoftenReleaseView *self)
{
  release (self, SOFTEN_RITUAL_TEAR);
}

static void
dissolve_clicked_cb (SoftenReleaseView *self)
{
  release (self, SOFTEN_RITUAL_DISSOLVE);
}

/* The writing step this release lets go of: the nearest one before it. */
static GtkTextBuffer *
find_writing (SoftenReleaseView *self, SoftenSession *session)
{
  SoftenPractice *practice = soften_step_view_get_practice (SOFTEN_STEP_VIEW (self));
  SoftenExercise *exercise = soften_session_get_exercise (session);

  for (guint i = soften_session_get_step_index (session); i-- > 0;)
    if (soften_step_get_kind (soften_exercise_get_step (exercise, i)) == SOFTEN_STEP_WRITING)
      return soften_writing_pad_get_buffer (soften_practice_get_writing_pad (practice), i);

  return NULL;
}

static void
soften_release_view_update (SoftenStepView *view, SoftenSession *session, SoftenStep *step)
{
  SoftenReleaseView *self = SOFTEN_RELEASE_VIEW (view);
  GtkTextBuffer     *buffer;
  gboolean           has_words;

  if (soften_release_card_is_running (self->card))
    return;

  buffer = find_writing (self, session);
  g_set_object (&self->buffer, buffer);
  soften_guarded_text_view_set_buffer (self->text_view, buffer != NULL ? buffer : self->empty);

  has_words = buffer != NULL && gtk_text_buffer_get_char_count (buffer) > 0;
  gtk_stack_set_visible_child (GTK_STACK (self->sheet), self->paper);
  gtk_widget_set_visible (self->sheet, has_words);
  show_gone (self, FALSE);
  set_rituals_sensitive (self, TRUE);
  show_status (
      self, has_words ? NULL : _("There is nothing written to let go of, and that is all right."));
}

/* Moving on mid-way finishes what was started. */
static void
step_changed_cb (SoftenReleaseView *self)
{
  soften_release_card_finish (self->card);
}

static void
soften_release_view_session_changed (SoftenStepView *view, SoftenSession *session)
{
  SoftenReleaseView *self = SOFTEN_RELEASE_VIEW (view);

  soften_release_card_finish (self->card);
  if (session == NULL)
    {
      g_clear_object (&self->buffer);
      soften_guarded_text_view_set_buffer (self->text_view, self->empty);
    }
  else
    g_signal_connect_object (session, "step-changed", G_CALLBACK (step_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
soften_release_view_dispose (GObject *object)
{
  SoftenReleaseView *self = (SoftenReleaseView *)object;

  if (self->text_view != NULL)
    soften_guarded_text_view_set_buffer (self->text_view, self->empty);
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_RELEASE_VIEW);
  g_clear_object (&self->buffer);
  g_clear_object (&self->empty);

  G_OBJECT_CLASS (soften_release_view_parent_class)->dispose (object);
}

static void
soften_release_view_class_init (SoftenReleaseViewClass *klass)
{
  GObjectClass        *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass      *widget_class = GTK_WIDGET_CLASS (klass);
  SoftenStepViewClass *view_class = SOFTEN_STEP_VIEW_CLASS (klass);

  object_class->dispose = soften_release_view_dispose;

  view_class->kind = SOFTEN_STEP_RELEASE;
  view_class->update = soften_release_view_update;
  view_class->session_changed = soften_release_view_session_changed;

  g_type_ensure (SOFTEN_TYPE_RELEASE_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-release-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenReleaseView, ritual_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenReleaseView, sheet);
  gtk_widget_class_bind_template_child (widget_class, SoftenReleaseView, paper);
  gtk_widget_class_bind_template_child (widget_class, SoftenReleaseView, text_view);
  gtk_widget_class_bind_template_child (widget_class, SoftenReleaseView, card);
  gtk_widget_class_bind_template_child (widget_class, SoftenReleaseView, status_label);
  gtk_widget_class_bind_template_callback (widget_class, burn_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, tear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, dissolve_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_finished_cb);
}

static void
soften_release_view_init (SoftenReleaseView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  soften_guard_text_view (self->text_view);
  self->empty = gtk_text_buffer_new (NULL);
  soften_guarded_text_view_set_buffer (self->text_view, self->empty);
}

/* Returns: whether a release is under way (its ceremony running) */
gboolean
soften_release_view_is_releasing (SoftenReleaseView *self)
{
  g_return_val_if_fail (SOFTEN_IS_RELEASE_VIEW (self), FALSE);

  return soften_release_card_is_running (self->card);
}
