/* soften-release-view.c — a release step: what was written, let go of for good
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows what was written in the writing step before this one, and offers
 * three rituals. Burning takes the words away from the end, each glowing
 * like an ember first; tearing takes them from the start, word by word;
 * dissolving takes letters from anywhere while the page fades. The words
 * are removed from the buffer itself, so no copy exists to be seen or left
 * behind, and at the end the buffer is wiped (overwritten, cleared, its
 * undo history dropped). With animations off, everything goes at once with
 * a plain confirmation. Leaving the step mid-way finishes the release at
 * once: a release that was started is never left half done.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-release-view.h"

#define RELEASE_USEC (4 * G_USEC_PER_SEC)
#define EMBER_CHARS  14

typedef enum
{
  RITUAL_BURN,
  RITUAL_TEAR,
  RITUAL_DISSOLVE,
} Ritual;

struct _SoftenReleaseView
{
  SoftenStepView parent_instance;

  /* Template widgets */
  GtkWidget   *ritual_box;
  GtkWidget   *paper;
  GtkTextView *text_view;
  GtkLabel    *status_label;

  /* Owned */
  GtkTextBuffer *buffer; /* the writing being released, from the pad */
  GtkTextBuffer *empty;
  GRand         *rand;
  Ritual         ritual;
  guint          tick_id;
  gint64         started; /* frame time the animation began, or 0 */
  int            n_chars; /* the writing's length when it began */
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

static void
stop_animation (SoftenReleaseView *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->tick_id);
  self->tick_id = 0;
  self->started = 0;
}

/* The end of every release, animated or not. */
static void
finish_release (SoftenReleaseView *self)
{
  stop_animation (self);

  if (self->buffer != NULL)
    soften_wipe_text_buffer (self->buffer);

  gtk_widget_set_opacity (self->paper, 1.0);
  gtk_widget_set_visible (self->paper, FALSE);
  set_rituals_sensitive (self, FALSE);
  show_status (self, _("It’s gone. Nothing you wrote was kept."));
}

/* Takes the writing down to @keep characters, in the ritual's way. */
static void
remove_down_to (SoftenReleaseView *self, int keep)
{
  GtkTextBuffer *buffer = self->buffer;
  GtkTextIter    start, end;
  int            count = gtk_text_buffer_get_char_count (buffer);

  while (count > keep)
    {
      int position;

      switch (self->ritual)
        {
        case RITUAL_BURN:
          position = count - 1;
          break;

        case RITUAL_TEAR:
          position = 0;
          break;

        case RITUAL_DISSOLVE:
          position = g_rand_int_range (self->rand, 0, count);
          break;

        default:
          g_assert_not_reached ();
        }

      gtk_text_buffer_get_iter_at_offset (buffer, &start, position);
      end = start;
      gtk_text_iter_forward_char (&end);
      gtk_text_buffer_delete (buffer, &start, &end);
      count--;
    }

  if (self->ritual == RITUAL_BURN)
    {
      /* The last words glow before they go. */
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_remove_tag_by_name (buffer, "ember", &start, &end);
      gtk_text_buffer_get_iter_at_offset (buffer, &start, MAX (0, count - EMBER_CHARS));
      gtk_text_buffer_apply_tag_by_name (buffer, "ember", &start, &end);
    }
}

static gboolean
tick_cb (GtkWidget *widget, GdkFrameClock *frame_clock, gpointer user_data)
{
  SoftenReleaseView *self = user_data;
  gint64             now = gdk_frame_clock_get_frame_time (frame_clock);
  double             t;

  if (self->started == 0)
    self->started = now;

  t = CLAMP ((double)(now - self->started) / RELEASE_USEC, 0.0, 1.0);
  remove_down_to (self, (int)((1.0 - t) * self->n_chars));
  if (self->ritual == RITUAL_DISSOLVE)
    gtk_widget_set_opacity (self->paper, 1.0 - 0.8 * t);

  if (t >= 1.0)
    {
      self->tick_id = 0;
      finish_release (self);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
animations_enabled (SoftenReleaseView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled,
                NULL);

  return enabled;
}

static void
release (SoftenReleaseView *self, Ritual ritual)
{
  if (self->tick_id != 0)
    return;

  self->ritual = ritual;
  set_rituals_sensitive (self, FALSE);

  if (self->buffer == NULL || gtk_text_buffer_get_char_count (self->buffer) == 0
      || !animations_enabled (self) || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      finish_release (self);
      return;
    }

  self->n_chars = gtk_text_buffer_get_char_count (self->buffer);
  show_status (self, ritual == RITUAL_BURN   ? _("Watch it burn away.")
                     : ritual == RITUAL_TEAR ? _("Tearing it up, piece by piece.")
                                             : _("Letting it dissolve."));
  self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view), tick_cb, self, NULL);
}

static void
burn_clicked_cb (SoftenReleaseView *self)
{
  release (self, RITUAL_BURN);
}

static void
tear_clicked_cb (SoftenReleaseView *self)
{
  release (self, RITUAL_TEAR);
}

static void
dissolve_clicked_cb (SoftenReleaseView *self)
{
  release (self, RITUAL_DISSOLVE);
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

  if (self->tick_id != 0)
    return;

  buffer = find_writing (self, session);
  g_set_object (&self->buffer, buffer);
  soften_guarded_text_view_set_buffer (self->text_view, buffer != NULL ? buffer : self->empty);

  has_words = buffer != NULL && gtk_text_buffer_get_char_count (buffer) > 0;
  gtk_widget_set_visible (self->paper, has_words);
  gtk_widget_set_opacity (self->paper, 1.0);
  set_rituals_sensitive (self, TRUE);
  show_status (
      self, has_words ? NULL : _("There is nothing written to let go of, and that is all right."));

  if (buffer != NULL
      && gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "ember") == NULL)
    gtk_text_buffer_create_tag (buffer, "ember", "foreground", "#e66100", "weight",
                                PANGO_WEIGHT_BOLD, NULL);
}

/* Moving on mid-way finishes what was started. */
static void
step_changed_cb (SoftenReleaseView *self)
{
  if (self->tick_id != 0)
    finish_release (self);
}

static void
soften_release_view_unmap (GtkWidget *widget)
{
  step_changed_cb (SOFTEN_RELEASE_VIEW (widget));

  GTK_WIDGET_CLASS (soften_release_view_parent_class)->unmap (widget);
}

static void
soften_release_view_session_changed (SoftenStepView *view, SoftenSession *session)
{
  SoftenReleaseView *self = SOFTEN_RELEASE_VIEW (view);

  stop_animation (self);
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

  stop_animation (self);
  if (self->text_view != NULL)
    soften_guarded_text_view_set_buffer (self->text_view, self->empty);
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_RELEASE_VIEW);
  g_clear_object (&self->buffer);
  g_clear_object (&self->empty);
  g_clear_pointer (&self->rand, g_rand_free);

  G_OBJECT_CLASS (soften_release_view_parent_class)->dispose (object);
}

static void
soften_release_view_class_init (SoftenReleaseViewClass *klass)
{
  GObjectClass        *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass      *widget_class = GTK_WIDGET_CLASS (klass);
  SoftenStepViewClass *view_class = SOFTEN_STEP_VIEW_CLASS (klass);

  object_class->dispose = soften_release_view_dispose;
  widget_class->unmap = soften_release_view_unmap;

  view_class->kind = SOFTEN_STEP_RELEASE;
  view_class->update = soften_release_view_update;
  view_class->session_changed = soften_release_view_session_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-release-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenReleaseView, ritual_box);
  gtk_widget_class_bind_template_child (widget_class, SoftenReleaseView, paper);
  gtk_widget_class_bind_template_child (widget_class, SoftenReleaseView, text_view);
  gtk_widget_class_bind_template_child (widget_class, SoftenReleaseView, status_label);
  gtk_widget_class_bind_template_callback (widget_class, burn_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, tear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, dissolve_clicked_cb);
}

static void
soften_release_view_init (SoftenReleaseView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  soften_guard_text_view (self->text_view);
  self->empty = gtk_text_buffer_new (NULL);
  self->rand = g_rand_new ();
  soften_guarded_text_view_set_buffer (self->text_view, self->empty);
}

/* Returns: whether a release is under way (its animation running) */
gboolean
soften_release_view_is_releasing (SoftenReleaseView *self)
{
  g_return_val_if_fail (SOFTEN_IS_RELEASE_VIEW (self), FALSE);

  return self->tick_id != 0;
}
