/* soften-bench.c — what build-aux/bench measures, reported when it asks
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inert unless the environment asks. SOFTEN_BENCH is a list of words
 * (separated by commas or spaces):
 *   first-frame  report the first frame of the main window: the monotonic
 *                time it was painted, the peak and current resident memory,
 *                and how many widgets the window holds
 *   quit         quit after that first frame
 *   exit         exit at once after that first frame, without tearing
 *                anything down (for profiling start-up alone)
 *   pause        pause the session on screen at that first frame
 *   steps        report when each step change was due, made and shown
 *   memory       report the peak and current resident memory when a
 *                session finishes
 *   pacer        report the size of the breathing pacer at the first frame,
 *                for the floor that animates a circle of the same size
 *   library      report when the person's own exercises have been read
 *                (after the first frame, see SoftenWindow)
 *   voice        report each time the voice asks Speech Dispatcher to say
 *                a step's words (when, and how long asking took)
 *   release      on a writing step followed by a release step: write a
 *                made-up page at the first frame, go on, begin the release
 *                ceremony SOFTEN_BENCH_RITUAL names (burn, tear or
 *                dissolve; burn if unset) and report the card's size
 *
 * The application attaches it, in one place (soften-application.c).
 * SOFTEN_BENCH_CLOCK_RATE=N runs the clock sessions use N times as fast.
 *
 * Reports are lines on standard error beginning "soften-bench ", with
 * times in microseconds of the monotonic clock and memory in KiB. Only
 * numbers are reported, never anything a person wrote or an exercise says.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

#include "engine/soften-real-clock.h"
#include "soften-bench.h"

enum
{
  BENCH_FIRST_FRAME = 1 << 0,
  BENCH_QUIT = 1 << 1,
  BENCH_PAUSE = 1 << 2,
  BENCH_STEPS = 1 << 3,
  BENCH_MEMORY = 1 << 4,
  BENCH_PACER = 1 << 5,
  BENCH_EXIT = 1 << 6,
  BENCH_LIBRARY = 1 << 7,
  BENCH_VOICE = 1 << 8,
  BENCH_RELEASE = 1 << 9,
};

static const GDebugKey bench_keys[] = {
  { "first-frame", BENCH_FIRST_FRAME },
  { "quit", BENCH_QUIT },
  { "pause", BENCH_PAUSE },
  { "steps", BENCH_STEPS },
  { "memory", BENCH_MEMORY },
  { "pacer", BENCH_PACER },
  { "exit", BENCH_EXIT },
  { "library", BENCH_LIBRARY },
  { "voice", BENCH_VOICE },
  { "release", BENCH_RELEASE },
};

/* What the benchmark writes before letting it go: made-up words. */
#define BENCH_PAGE                                                                             \
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt " \
  "ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation "      \
  "ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in "         \
  "reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur."

/* A step change made, waiting for the frame that shows it. */
typedef struct
{
  int    index; /* -1: the session finished */
  gint64 due;
  gint64 changed;
} Change;

typedef struct
{
  GtkWindow     *window;
  SoftenSession *session;
  GArray        *pending; /* of Change */
  gint64         next_due;
  gboolean       first_frame_seen;
} Watch;

static guint
get_flags (void)
{
  static gsize flags;

  if (g_once_init_enter (&flags))
    {
      const char *value = g_getenv ("SOFTEN_BENCH");
      guint       parsed = 0;

      if (value != NULL)
        parsed = g_parse_debug_string (value, bench_keys, G_N_ELEMENTS (bench_keys));
      /* Never zero once set, so that the check above is done once. */
      g_once_init_leave (&flags, parsed | 1u << 31);
    }

  return flags & ~(1u << 31);
}

static long
peak_rss_kib (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return -1;

  return usage.ru_maxrss;
}

static long
current_rss_kib (void)
{
  g_autofree char *statm = NULL;
  unsigned long    size, resident;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL)
      || sscanf (statm, "%lu %lu", &size, &resident) != 2)
    return -1;

  return (long)(resident * (sysconf (_SC_PAGESIZE) / 1024));
}

/* One window is watched: the first main window. */
static Watch the_watch;

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);

  return n;
}

static GtkWidget *
find_mapped (GtkWidget *widget, GType type)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
report_pacer (Watch *watch)
{
  GType      type = g_type_from_name ("SoftenPacer");
  GtkWidget *pacer = type != 0 ? find_mapped (GTK_WIDGET (watch->window), type) : NULL;

  if (pacer != NULL)
    fprintf (stderr, "soften-bench pacer width=%d height=%d\n", gtk_widget_get_width (pacer),
             gtk_widget_get_height (pacer));
}

/* The release step has been shown: begin the ceremony. */
static gboolean
begin_release_cb (gpointer data)
{
  Watch      *watch = data;
  GType       type = g_type_from_name ("SoftenReleaseView");
  GtkWidget  *view = type != 0 ? find_mapped (GTK_WIDGET (watch->window), type) : NULL;
  const char *ritual = g_getenv ("SOFTEN_BENCH_RITUAL");
  guint index = g_strcmp0 (ritual, "tear") == 0 ? 1 : g_strcmp0 (ritual, "dissolve") == 0 ? 2 : 0;
  GtkWidget *button = view != NULL ? find_mapped (view, GTK_TYPE_BUTTON) : NULL;
  GtkWidget *card;

  for (; button != NULL && index > 0; index--)
    button = gtk_widget_get_next_sibling (button);
  if (button == NULL)
    {
      fprintf (stderr, "soften-bench release t=0 width=0 height=0\n");
      return G_SOURCE_REMOVE;
    }

  g_signal_emit_by_name (button, "clicked");
  /* Not yet given its size: it has that of the sheet it stands in. */
  card = find_mapped (view, g_type_from_name ("SoftenReleaseCard"));
  if (card != NULL)
    card = gtk_widget_get_parent (card);
  fprintf (stderr, "soften-bench release t=%" G_GINT64_FORMAT " width=%d height=%d\n",
           g_get_monotonic_time (), card != NULL ? gtk_widget_get_width (card) : 0,
           card != NULL ? gtk_widget_get_height (card) : 0);

  return G_SOURCE_REMOVE;
}

/* On the writing step: made-up words, then on to the release step. */
static void
start_release (Watch *watch)
{
  GtkWidget *text_view = find_mapped (GTK_WIDGET (watch->window), GTK_TYPE_TEXT_VIEW);

  if (text_view == NULL)
    {
      fprintf (stderr, "soften-bench release t=0 width=0 height=0\n");
      return;
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)), BENCH_PAGE, -1);
  gtk_widget_activate_action (text_view, "player.next", NULL);
  /* Once the page has crossed over to the release step. */
  g_timeout_add (1000, begin_release_cb, watch);
}

static void
first_frame (Watch *watch)
{
  guint flags = get_flags ();

  watch->first_frame_seen = TRUE;

  if (flags & BENCH_FIRST_FRAME)
    {
      gint64 t = g_get_monotonic_time ();

      fprintf (stderr,
               "soften-bench first-frame t=%" G_GINT64_FORMAT " maxrss=%ld rss=%ld widgets=%u\n", t,
               peak_rss_kib (), current_rss_kib (), count_widgets (GTK_WIDGET (watch->window)));
    }

  if (flags & BENCH_PACER)
    report_pacer (watch);

  if ((flags & BENCH_PAUSE) && watch->session != NULL)
    soften_session_pause (watch->session);

  if (flags & BENCH_RELEASE)
    start_release (watch);

  if (flags & BENCH_EXIT)
    _exit (0);

  if (flags & BENCH_QUIT)
    g_application_quit (g_application_get_default ());
}

static void
after_paint_cb (GdkFrameClock *frame_clock, Watch *watch)
{
  gint64 shown = g_get_monotonic_time ();

  if (!watch->first_frame_seen && gtk_widget_get_mapped (GTK_WIDGET (watch->window)))
    first_frame (watch);

  for (guint i = 0; i < watch->pending->len; i++)
    {
      Change *change = &g_array_index (watch->pending, Change, i);

      if (change->index < 0)
        fprintf (stderr,
                 "soften-bench finished due=%" G_GINT64_FORMAT " changed=%" G_GINT64_FORMAT
                 " shown=%" G_GINT64_FORMAT "\n",
                 change->due, change->changed, shown);
      else
        fprintf (stderr,
                 "soften-bench step index=%d due=%" G_GINT64_FORMAT " changed=%" G_GINT64_FORMAT
                 " shown=%" G_GINT64_FORMAT "\n",
                 change->index, change->due, change->changed, shown);
    }
  g_array_set_size (watch->pending, 0);
}

static void
realize_cb (GtkWidget *widget, Watch *watch)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (after_paint_cb),
                    watch);
}

/* The schedule is the ideal one: each step due when the one before it has
 * run its whole duration since the session started (at 100 % pace). */
static void
step_changed_cb (SoftenSession *session, Watch *watch)
{
  Change change = { .changed = g_get_monotonic_time () };
  guint  index = soften_session_get_step_index (session);

  if (index == 0)
    watch->next_due = change.changed - soften_session_get_step_elapsed (session);

  change.index = index;
  change.due = watch->next_due;
  g_array_append_val (watch->pending, change);

  watch->next_due += soften_step_get_duration_usec (soften_session_get_step (session));
}

static void
finished_cb (SoftenSession *session, Watch *watch)
{
  Change change = { .index = -1, .due = watch->next_due, .changed = g_get_monotonic_time () };

  if (get_flags () & BENCH_STEPS)
    g_array_append_val (watch->pending, change);

  if (get_flags () & BENCH_MEMORY)
    fprintf (stderr, "soften-bench memory maxrss=%ld rss=%ld\n", peak_rss_kib (),
             current_rss_kib ());
}

/**
 * soften_bench_dup_clock:
 *
 * Returns: (transfer full) (nullable): a clock running faster than real
 *   time when SOFTEN_BENCH_CLOCK_RATE asks for one, or %NULL
 */
SoftenClock *
soften_bench_dup_clock (void)
{
  const char *value = g_getenv ("SOFTEN_BENCH_CLOCK_RATE");
  double      rate;

  if (value == NULL)
    return NULL;

  rate = g_ascii_strtod (value, NULL);
  if (rate < 1.0 || rate > 1000.0)
    return NULL;

  return soften_real_clock_new_with_rate (rate);
}

/* Is anything to be reported? Nothing needs watching otherwise. */
gboolean
soften_bench_enabled (void)
{
  return get_flags () != 0;
}

/* Reports that the person's own exercises have been read, if asked. */
void
soften_bench_library_read (void)
{
  if (get_flags () & BENCH_LIBRARY)
    fprintf (stderr, "soften-bench library t=%" G_GINT64_FORMAT " maxrss=%ld rss=%ld\n",
             g_get_monotonic_time (), peak_rss_kib (), current_rss_kib ());
}

/* Reports that the voice has just asked Speech Dispatcher to say a step's
 * words, at @t, the asking having begun at @asked (monotonic times). Never
 * what was said. */
void
soften_bench_voice_requested (gint64 asked, gint64 t)
{
  if (get_flags () & BENCH_VOICE)
    fprintf (stderr, "soften-bench spoke t=%" G_GINT64_FORMAT " took=%" G_GINT64_FORMAT "\n", t,
             t - asked);
}

/* Reports the first frame of @window, and the step changes it shows. */
void
soften_bench_watch_window (GtkWindow *window)
{
  if (get_flags () == 0 || the_watch.window != NULL)
    return;

  the_watch.window = window;
  the_watch.pending = g_array_new (FALSE, FALSE, sizeof (Change));
  g_signal_connect_after (window, "realize", G_CALLBACK (realize_cb), &the_watch);
}

/* Reports the step changes of @session, if asked. */
void
soften_bench_watch_session (SoftenSession *session)
{
  if (get_flags () == 0 || the_watch.session == session)
    return;

  if (the_watch.session != NULL)
    g_signal_handlers_disconnect_by_data (the_watch.session, &the_watch);
  g_set_object (&the_watch.session, session);
  if (the_watch.pending != NULL)
    g_array_set_size (the_watch.pending, 0);
  if (session == NULL)
    return;

  if (get_flags () & BENCH_STEPS)
    g_signal_connect (session, "step-changed", G_CALLBACK (step_changed_cb), &the_watch);
  if (get_flags () & (BENCH_STEPS | BENCH_MEMORY))
    g_signal_connect (session, "finished", G_CALLBACK (finished_cb), &the_watch);
}
