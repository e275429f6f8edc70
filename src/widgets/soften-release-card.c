/* soften-release-card.c — a sheet of paper let go of: burnt, torn or dissolved
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The card is where what was written stood, drawn as a sheet of paper with
 * strokes of ink for its words: it takes the shape of the words from the
 * text view that showed them (a box a letter, soften_release_card_take_shape)
 * just before they are wiped, and keeps nothing else. A ceremony runs on
 * the frame clock: each frame, the moment reached is worked out from the
 * frame time (never by counting frames) and the effect draws the whole
 * card for it (soften-release-burn.c, -tear.c, -dissolve.c). With motion
 * reduced, the sheet only fades. Unmapped mid-way, the ceremony finishes
 * at once. "finished" is emitted once at the end of each ceremony, after
 * which the card draws nothing.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-release-card-private.h"

/* Enough for a full card of small type; the rest lies out of sight. */
#define MAX_MARKS 4000

struct _SoftenReleaseCard
{
  GtkWidget parent_instance;

  GArray      *marks; /* of SoftenInkMark */
  SoftenRitual ritual;
  guint32      seed;
  guint        tick_id;
  gint64       started; /* frame time the ceremony began, or 0 */
  double       progress;
  gboolean     running;
  gboolean     fading; /* motion reduced: a fade instead */
  gboolean     done;
};

G_DEFINE_FINAL_TYPE (SoftenReleaseCard, soften_release_card, GTK_TYPE_WIDGET)

enum
{
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
look_up_color (GtkStyleContext *context, const char *name, const char *fallback, GdkRGBA *color)
{
  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
fill_scene (SoftenReleaseCard *self, SoftenReleaseScene *scene)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  *scene = (SoftenReleaseScene){
    .marks = (const SoftenInkMark *)self->marks->data,
    .n_marks = self->marks->len,
    .width = gtk_widget_get_width (GTK_WIDGET (self)),
    .height = gtk_widget_get_height (GTK_WIDGET (self)),
    .radius = 12.0,
    .seed = self->seed,
  };
  look_up_color (context, "soften_paper_color", "#fbf7ee", &scene->paper);
  look_up_color (context, "soften_ink_color", "#3d3a46", &scene->ink);
  look_up_color (context, "soften_ember_color", "#f08a24", &scene->ember);
  look_up_color (context, "soften_char_color", "#3b2a1e", &scene->char_color);
}

static gint64
duration_of (SoftenReleaseCard *self)
{
  if (self->fading)
    return SOFTEN_RELEASE_FADE_USEC;

  switch (self->ritual)
    {
    case SOFTEN_RITUAL_BURN:
      return SOFTEN_RELEASE_BURN_USEC;

    case SOFTEN_RITUAL_TEAR:
      return SOFTEN_RELEASE_TEAR_USEC;

    case SOFTEN_RITUAL_DISSOLVE:
      return SOFTEN_RELEASE_DISSOLVE_USEC;

    default:
      g_return_val_if_reached (SOFTEN_RELEASE_FADE_USEC);
    }
}

/* The sheet as nodes GTK can tell are unchanged from one frame to the
 * next, so that only what moves above it is drawn again. */
static void
append_sheet (GtkSnapshot *snapshot, const SoftenReleaseScene *scene, double alpha)
{
  GskRoundedRect shape;
  GdkRGBA        edge = scene->ink;

  edge.alpha = 0.14;
  gsk_rounded_rect_init_from_rect (&shape, &GRAPHENE_RECT_INIT (0, 0, scene->width, scene->height),
                                   scene->radius);
  gtk_snapshot_push_opacity (snapshot, alpha);
  gtk_snapshot_push_rounded_clip (snapshot, &shape);
  gtk_snapshot_append_color (snapshot, &scene->paper, &shape.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &shape, (float[]){ 1, 1, 1, 1 },
                              (GdkRGBA[]){ edge, edge, edge, edge });
  gtk_snapshot_pop (snapshot);
}

/* Each moment is drawn in a cairo node only as large as what changes in
 * it: with the cairo renderer, all of a node that changes is painted
 * again, and all that lies under it. */
static void
soften_release_card_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SoftenReleaseCard *self = SOFTEN_RELEASE_CARD (widget);
  SoftenReleaseScene scene;
  graphene_rect_t    bounds;
  double             t;
  cairo_t           *cr;

  fill_scene (self, &scene);
  if (self->done || scene.width <= 0 || scene.height <= 0)
    return;

  t = self->running ? self->progress : 0.0;
  if (self->fading || !self->running || self->ritual == SOFTEN_RITUAL_DISSOLVE)
    {
      double alpha = self->fading    ? 1.0 - soften_release_ease (t)
                     : self->running ? soften_release_dissolve_paper (t)
                                     : 1.0;

      append_sheet (snapshot, &scene, alpha);
      soften_release_dissolve_bounds (&scene, &bounds);
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      if (self->fading || !self->running)
        soften_release_draw_marks (cr, &scene, alpha);
      else
        soften_release_dissolve_draw (cr, &scene, t);
      cairo_destroy (cr);
      return;
    }

  if (self->ritual == SOFTEN_RITUAL_BURN)
    soften_release_burn_bounds (&scene, t, &bounds);
  else
    soften_release_tear_bounds (&scene, t, &bounds);
  if (bounds.size.width <= 0 || bounds.size.height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  if (self->ritual == SOFTEN_RITUAL_BURN)
    soften_release_burn_draw (cr, &scene, t);
  else
    soften_release_tear_draw (cr, &scene, t);
  cairo_destroy (cr);
}

static void
stop_ticking (SoftenReleaseCard *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;
}

static void
end_ceremony (SoftenReleaseCard *self)
{
  stop_ticking (self);
  if (!self->running)
    return;

  self->running = FALSE;
  self->done = TRUE;
  self->progress = 1.0;
  g_array_set_size (self->marks, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[FINISHED], 0);
}

static gboolean
tick_cb (GtkWidget *widget, GdkFrameClock *frame_clock, gpointer user_data)
{
  SoftenReleaseCard *self = SOFTEN_RELEASE_CARD (widget);

  soften_release_card_step (self, gdk_frame_clock_get_frame_time (frame_clock));

  return self->running ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
animations_enabled (SoftenReleaseCard *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled,
                NULL);

  return enabled;
}

static void
soften_release_card_unmap (GtkWidget *widget)
{
  /* A ceremony is never left half done. */
  end_ceremony (SOFTEN_RELEASE_CARD (widget));

  GTK_WIDGET_CLASS (soften_release_card_parent_class)->unmap (widget);
}

static void
soften_release_card_dispose (GObject *object)
{
  SoftenReleaseCard *self = SOFTEN_RELEASE_CARD (object);

  stop_ticking (self);
  self->running = FALSE;

  G_OBJECT_CLASS (soften_release_card_parent_class)->dispose (object);
}

static void
soften_release_card_finalize (GObject *object)
{
  SoftenReleaseCard *self = SOFTEN_RELEASE_CARD (object);

  g_array_unref (self->marks);

  G_OBJECT_CLASS (soften_release_card_parent_class)->finalize (object);
}

static void
soften_release_card_class_init (SoftenReleaseCardClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_release_card_dispose;
  object_class->finalize = soften_release_card_finalize;
  widget_class->snapshot = soften_release_card_snapshot;
  widget_class->unmap = soften_release_card_unmap;

  /* Once at the end of each ceremony, however it ended. */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "releasecard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
soften_release_card_init (SoftenReleaseCard *self)
{
  self->marks = g_array_new (FALSE, FALSE, sizeof (SoftenInkMark));
}

/* Keeps where each letter @text_view shows stood, in the pixels of @frame
 * (whose place and size the card takes): boxes only, never the letters. */
void
soften_release_card_take_shape (SoftenReleaseCard *self, GtkTextView *text_view, GtkWidget *frame)
{
  GtkTextBuffer *buffer;
  GtkTextIter    iter;
  int            frame_width, frame_height;

  g_return_if_fail (SOFTEN_IS_RELEASE_CARD (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (text_view));
  g_return_if_fail (GTK_IS_WIDGET (frame));

  g_array_set_size (self->marks, 0);
  self->done = FALSE;
  buffer = gtk_text_view_get_buffer (text_view);
  frame_width = gtk_widget_get_width (frame);
  frame_height = gtk_widget_get_height (frame);

  for (gtk_text_buffer_get_start_iter (buffer, &iter);
       !gtk_text_iter_is_end (&iter) && self->marks->len < MAX_MARKS;
       gtk_text_iter_forward_char (&iter))
    {
      GdkRectangle     box;
      graphene_point_t at;
      int              x, y;

      if (g_unichar_isspace (gtk_text_iter_get_char (&iter)))
        continue;

      gtk_text_view_get_iter_location (text_view, &iter, &box);
      gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET, box.x, box.y, &x,
                                             &y);
      if (!gtk_widget_compute_point (GTK_WIDGET (text_view), frame, &GRAPHENE_POINT_INIT (x, y),
                                     &at))
        continue;
      if (at.x + box.width <= 0 || at.y + box.height <= 0 || at.x >= frame_width
          || at.y >= frame_height || box.width <= 0)
        continue;

      g_array_append_val (self->marks, ((SoftenInkMark){ at.x, at.y, box.width, box.height }));
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Begins letting the sheet go, in the way of @ritual, or with a gentle
 * fade when motion is reduced; at once when the card is not on screen. */
void
soften_release_card_begin (SoftenReleaseCard *self, SoftenRitual ritual)
{
  g_return_if_fail (SOFTEN_IS_RELEASE_CARD (self));

  if (self->running)
    return;

  self->ritual = ritual;
  self->seed = g_random_int ();
  self->fading = !animations_enabled (self);
  self->started = 0;
  self->progress = 0.0;
  self->running = TRUE;
  self->done = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    end_ceremony (self);
  else
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
}

/* Ends a ceremony under way at once. */
void
soften_release_card_finish (SoftenReleaseCard *self)
{
  g_return_if_fail (SOFTEN_IS_RELEASE_CARD (self));

  end_ceremony (self);
}

gboolean
soften_release_card_is_running (SoftenReleaseCard *self)
{
  g_return_val_if_fail (SOFTEN_IS_RELEASE_CARD (self), FALSE);

  return self->running;
}

/* Moves the ceremony on to @frame_time (the frame clock's, in µs): the
 * first step marks its beginning. */
void
soften_release_card_step (SoftenReleaseCard *self, gint64 frame_time)
{
  g_return_if_fail (SOFTEN_IS_RELEASE_CARD (self));

  if (!self->running)
    return;

  if (self->started == 0)
    self->started = frame_time;

  self->progress
      = CLAMP ((double)(frame_time - self->started) / (double)duration_of (self), 0.0, 1.0);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (self->progress >= 1.0)
    end_ceremony (self);
}

double
soften_release_card_get_progress (SoftenReleaseCard *self)
{
  g_return_val_if_fail (SOFTEN_IS_RELEASE_CARD (self), 0.0);

  return self->progress;
}

gint64
soften_release_card_get_duration (SoftenReleaseCard *self)
{
  g_return_val_if_fail (SOFTEN_IS_RELEASE_CARD (self), 0);

  return duration_of (self);
}

/* Returns: the frame time the ceremony began at, or 0 before its first frame */
gint64
soften_release_card_get_started (SoftenReleaseCard *self)
{
  g_return_val_if_fail (SOFTEN_IS_RELEASE_CARD (self), 0);

  return self->started;
}

gboolean
soften_release_card_is_fading (SoftenReleaseCard *self)
{
  g_return_val_if_fail (SOFTEN_IS_RELEASE_CARD (self), FALSE);

  return self->running && self->fading;
}

guint
soften_release_card_get_n_marks (SoftenReleaseCard *self)
{
  g_return_val_if_fail (SOFTEN_IS_RELEASE_CARD (self), 0);

  return self->marks->len;
}

/* Sets the shape directly, for tests and the benchmark. */
void
soften_release_card_set_marks (SoftenReleaseCard *self, const SoftenInkMark *marks, guint n_marks)
{
  g_return_if_fail (SOFTEN_IS_RELEASE_CARD (self));

  g_array_set_size (self->marks, 0);
  g_array_append_vals (self->marks, marks, MIN (n_marks, MAX_MARKS));
  self->done = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
