/* soften-trend-chart.c — tension before and after, session by session
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One column a session, oldest on the left, on a scale of 0 to 10 labelled
 * at 0, 5 and 10. Before is a ring in the text colour, after a disc in the
 * accent colour, joined by a line: a long line down is tension that eased.
 * The dates of the first and last sessions (and the middle one, if there
 * is room) are written under them. Nothing is red and nothing is judged:
 * tension that rose is drawn exactly like tension that eased. Colours come
 * from the theme, sizes from the font, so dark style and large text follow;
 * the page gives the chart an accessible summary in words.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "engine/soften-stats.h"
#include "soften-trend-chart.h"

#define SCALE_MAX  10
#define AXIS_GAP   8
#define DATE_GAP   6
#define LINE_WIDTH 2.0f

struct _SoftenTrendChart
{
  GtkWidget parent_instance;

  GArray *points; /* of SoftenTensionPoint */
};

G_DEFINE_FINAL_TYPE (SoftenTrendChart, soften_trend_chart, GTK_TYPE_WIDGET)

/**
 * soften_trend_chart_format_day:
 * @julian_day: a day, as a Julian day number
 *
 * Returns: (transfer full): the day, short, as under the chart: "3 Mar"
 */
char *
soften_trend_chart_format_day (guint32 julian_day)
{
  g_autoptr (GDateTime) noon = NULL;
  GDate                 date;

  if (!g_date_valid_julian (julian_day))
    return g_strdup ("");

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian_day);
  noon = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 12, 0, 0);

  /* Translators: a short date under the chart of tension; see strftime(3)
   * for the codes: "%-d %b" is "3 Mar", "%b %-d" is "Mar 3" */
  return g_date_time_format (noon, _("%-d %b"));
}

static void
get_colors (GtkWidget *widget, GdkRGBA *text, GdkRGBA *accent)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (context, text);
  if (!gtk_style_context_lookup_color (context, "accent_color", accent))
    gdk_rgba_parse (accent, "#3584e4");
}

static void
draw_text (GtkSnapshot *snapshot, PangoLayout *layout, float x, float y, const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_disc (GtkSnapshot *snapshot, float x, float y, float radius, const GdkRGBA *color)
{
  GskRoundedRect disc;

  gsk_rounded_rect_init_from_rect (
      &disc, &GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &disc);
  gtk_snapshot_append_color (snapshot, color, &disc.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
draw_ring (GtkSnapshot *snapshot, float x, float y, float radius, const GdkRGBA *color)
{
  GskRoundedRect ring;
  const float    widths[4] = { LINE_WIDTH, LINE_WIDTH, LINE_WIDTH, LINE_WIDTH };
  const GdkRGBA  colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (
      &ring, &GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius), radius);
  gtk_snapshot_append_border (snapshot, &ring, widths, colors);
}

/* The width the scale's labels take at the left. */
static int
axis_width (GtkWidget *widget)
{
  g_autoptr (PangoLayout) ten = gtk_widget_create_pango_layout (widget, "10");
  int                     width;

  pango_layout_get_pixel_size (ten, &width, NULL);

  return width + AXIS_GAP;
}

static int
line_height (GtkWidget *widget)
{
  g_autoptr (PangoLayout) digits = gtk_widget_create_pango_layout (widget, "0123456789");
  int                     height;

  pango_layout_get_pixel_size (digits, NULL, &height);

  return height;
}

/* The scale: 0, 5 and 10, each with a faint line across. */
static void
draw_scale (GtkWidget             *widget,
            GtkSnapshot           *snapshot,
            const graphene_rect_t *plot,
            const GdkRGBA         *text)
{
  GdkRGBA dim = *text, faint = *text;

  dim.alpha *= 0.55f;
  faint.alpha *= 0.12f;

  for (int value = 0; value <= SCALE_MAX; value += SCALE_MAX / 2)
    {
      float            y = plot->origin.y + plot->size.height * (1 - (float)value / SCALE_MAX);
      g_autofree char *number = g_strdup_printf ("%d", value);
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, number);
      int                     width, height;

      pango_layout_get_pixel_size (layout, &width, &height);
      draw_text (snapshot, layout, plot->origin.x - AXIS_GAP - width, y - height / 2.0f, &dim);
      gtk_snapshot_append_color (
          snapshot, &faint, &GRAPHENE_RECT_INIT (plot->origin.x, y - 0.5f, plot->size.width, 1));
    }
}

/* The dates under the last, first and middle sessions, in that order of
 * need: each only where it crowds none already written. */
static void
draw_dates (GtkWidget *widget, GtkSnapshot *snapshot, const graphene_rect_t *plot, float top)
{
  SoftenTrendChart *self = SOFTEN_TREND_CHART (widget);
  guint             n = self->points->len;
  float             column = plot->size.width / n;
  guint             wanted[3] = { n - 1, 0, n / 2 };
  float             taken[3][2];
  guint             n_taken = 0;
  GdkRGBA           text;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &text);
  text.alpha *= 0.55f;

  for (guint w = 0; w < G_N_ELEMENTS (wanted); w++)
    {
      const SoftenTensionPoint *point
          = &g_array_index (self->points, SoftenTensionPoint, wanted[w]);
      g_autofree char        *day = soften_trend_chart_format_day (point->day);
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, day);
      float                   middle = plot->origin.x + column * (wanted[w] + 0.5f);
      gboolean                crowded = FALSE;
      int                     width;
      float                   x;

      pango_layout_get_pixel_size (layout, &width, NULL);
      /* Centred under its session, kept inside the chart. */
      x = CLAMP (middle - width / 2.0f, 0, MAX (0, gtk_widget_get_width (widget) - width));
      for (guint t = 0; t < n_taken && !crowded; t++)
        crowded = x < taken[t][1] + 2 * AXIS_GAP && x + width + 2 * AXIS_GAP > taken[t][0];
      if (crowded)
        continue;

      draw_text (snapshot, layout, x, top, &text);
      taken[n_taken][0] = x;
      taken[n_taken][1] = x + width;
      n_taken++;
    }
}

static void
soften_trend_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SoftenTrendChart *self = SOFTEN_TREND_CHART (widget);
  int               lines = line_height (widget);
  float             left = axis_width (widget);
  float             width = gtk_widget_get_width (widget);
  float             height = gtk_widget_get_height (widget);
  GdkRGBA           text, accent, join, before_color;
  graphene_rect_t   plot;
  float             column, radius;

  get_colors (widget, &text, &accent);
  /* Room above for half a label (the 10) and a mark; below for the dates. */
  plot = GRAPHENE_RECT_INIT (left, lines / 2.0f + 4, width - left - 4,
                             height - lines / 2.0f - 4 - lines - DATE_GAP - lines / 2.0f);
  if (plot.size.width <= 0 || plot.size.height <= 0)
    return;

  draw_scale (widget, snapshot, &plot, &text);

  if (self->points == NULL || self->points->len == 0)
    return;

  column = plot.size.width / self->points->len;
  radius = CLAMP (column * 0.28f, 3.0f, 6.0f);
  join = accent;
  join.alpha *= 0.45f;
  before_color = text;
  before_color.alpha *= 0.6f;

  for (guint i = 0; i < self->points->len; i++)
    {
      const SoftenTensionPoint *point = &g_array_index (self->points, SoftenTensionPoint, i);
      float                     x = plot.origin.x + column * (i + 0.5f);
      float y_before = plot.origin.y + plot.size.height * (1 - (float)point->before / SCALE_MAX);
      float y_after = plot.origin.y + plot.size.height * (1 - (float)point->after / SCALE_MAX);

      gtk_snapshot_append_color (snapshot, &join,
                                 &GRAPHENE_RECT_INIT (x - LINE_WIDTH / 2, MIN (y_before, y_after),
                                                      LINE_WIDTH, ABS (y_after - y_before)));
      draw_ring (snapshot, x, y_before, radius, &before_color);
      draw_disc (snapshot, x, y_after, radius - 1, &accent);
    }

  draw_dates (widget, snapshot, &plot, plot.origin.y + plot.size.height + lines / 2.0f + DATE_GAP);
}

static void
soften_trend_chart_measure (GtkWidget     *widget,
                            GtkOrientation orientation,
                            int            for_size,
                            int           *minimum,
                            int           *natural,
                            int           *minimum_baseline,
                            int           *natural_baseline)
{
  int lines = line_height (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Room for the scale, two dates side by side, and a few sessions. */
      *minimum = axis_width (widget) + 160;
      *natural = axis_width (widget) + 480;
    }
  else
    {
      /* The scale 160 px tall, and always five lines at least, so that 0,
       * 5 and 10 never touch (a scrolled page gives its minimum). */
      *minimum = *natural = MAX (160, lines * 5) + lines * 2 + DATE_GAP + 8;
    }
}

static void
soften_trend_chart_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (soften_trend_chart_parent_class)->css_changed (widget, change);

  /* The font (large text) sets the chart's size. */
  gtk_widget_queue_resize (widget);
}

static void
soften_trend_chart_finalize (GObject *object)
{
  SoftenTrendChart *self = (SoftenTrendChart *)object;

  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (soften_trend_chart_parent_class)->finalize (object);
}

static void
soften_trend_chart_class_init (SoftenTrendChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = soften_trend_chart_finalize;
  widget_class->snapshot = soften_trend_chart_snapshot;
  widget_class->measure = soften_trend_chart_measure;
  widget_class->css_changed = soften_trend_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
soften_trend_chart_init (SoftenTrendChart *self)
{
}

/**
 * soften_trend_chart_set_points:
 * @points: (element-type SoftenTensionPoint) (nullable): the sessions, oldest first
 */
void
soften_trend_chart_set_points (SoftenTrendChart *self, GArray *points)
{
  g_return_if_fail (SOFTEN_IS_TREND_CHART (self));

  g_clear_pointer (&self->points, g_array_unref);
  if (points != NULL)
    self->points = g_array_ref (points);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
