/* soften-preferences-window.c — breathing, my breathing pattern, progress, sound, voice
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every control writes GSettings at once. The spin buttons' ranges are the
 * only values the pattern can take (in and out 2–12 s, holds 0–10 s, in half
 * seconds, up to 30 breaths: the application clamps to the same), so an
 * invalid pattern cannot be entered. A pattern that asks a lot of the body
 * within those (a hold over 7 s, a breath under 6 s) is allowed, and said.
 *
 * When a new day begins, for Progress, is chosen among the whole hours from
 * midnight to noon (the key holds minutes: another value shows as the hour
 * before it).
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "engine/soften-breath-risks.h"
#include "engine/soften-stats.h"
#include "soften-preferences-window.h"
#include "soften-voice-group.h"

struct _SoftenPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwPreferencesPage *general_page;
  GtkSpinButton      *inhale_spin;
  GtkSpinButton      *hold_in_spin;
  GtkSpinButton      *exhale_spin;
  GtkSpinButton      *hold_out_spin;
  GtkSpinButton      *cycles_spin;
  AdwActionRow       *risks_row;
  GtkSwitch          *holds_switch;
  GtkSwitch          *sound_switch;
  GtkSwitch          *record_switch;
  GtkSwitch          *streaks_switch;
  AdwComboRow        *day_start_row;

  /* Owned */
  GSettings *settings;
  gboolean   loading;
};

G_DEFINE_FINAL_TYPE (SoftenPreferencesWindow,
                     soften_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

static void
pattern_changed_cb (SoftenPreferencesWindow *self)
{
  if (self->loading || self->settings == NULL)
    return;

  g_settings_set (
      self->settings, "custom-pattern", "(dddd)", gtk_spin_button_get_value (self->inhale_spin),
      gtk_spin_button_get_value (self->hold_in_spin), gtk_spin_button_get_value (self->exhale_spin),
      gtk_spin_button_get_value (self->hold_out_spin));
}

/* Says what the pattern, as it is now, asks too much of, if anything. */
static void
update_risks (SoftenPreferencesWindow *self)
{
  gint64         pattern[SOFTEN_BREATH_N_PHASES];
  GtkSpinButton *spins[]
      = { self->inhale_spin, self->hold_in_spin, self->exhale_spin, self->hold_out_spin };
  SoftenBreathRisks risks;
  g_auto (GStrv)    said = NULL;
  g_autofree char  *joined = NULL;

  for (guint i = 0; i < SOFTEN_BREATH_N_PHASES; i++)
    pattern[i] = (gint64)(gtk_spin_button_get_value (spins[i]) * G_USEC_PER_SEC);
  risks = soften_breath_find_risks (pattern, gtk_spin_button_get_value_as_int (self->cycles_spin));
  said = soften_breath_describe_risks (risks);
  joined = g_strjoinv ("\n", said);

  adw_action_row_set_subtitle (self->risks_row, joined);
  gtk_widget_set_visible (GTK_WIDGET (self->risks_row), risks != SOFTEN_BREATH_RISK_NONE);
}

static void
load_pattern (SoftenPreferencesWindow *self)
{
  double in, hold_in, out, hold_out;

  g_settings_get (self->settings, "custom-pattern", "(dddd)", &in, &hold_in, &out, &hold_out);

  self->loading = TRUE;
  gtk_spin_button_set_value (self->inhale_spin, in);
  gtk_spin_button_set_value (self->hold_in_spin, hold_in);
  gtk_spin_button_set_value (self->exhale_spin, out);
  gtk_spin_button_set_value (self->hold_out_spin, hold_out);
  self->loading = FALSE;
  update_risks (self);
}

/* The hours a day may begin at, as the locale writes a time of day. */
static GListModel *
day_start_hours (void)
{
  GtkStringList *hours = gtk_string_list_new (NULL);

  for (int hour = 0; hour * 60 <= SOFTEN_STATS_MAX_DAY_START; hour++)
    {
      g_autoptr (GDateTime) when = g_date_time_new_utc (2026, 1, 1, hour, 0, 0);
      /* Translators: a time of day; see strftime(3) for the codes. "%H:%M" is
       * 14:05, "%I:%M %p" 2:05 PM */
      g_autofree char *text = g_date_time_format (when, _("%H:%M"));

      gtk_string_list_append (hours, text);
    }

  return G_LIST_MODEL (hours);
}

/* The hours are shown whole: the row's own labels would cut "04:00" short
 * beside a long subtitle. */
static void
setup_hour_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  gtk_list_item_set_child (item, gtk_label_new (NULL));
}

static void
bind_hour_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkStringObject *hour = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (hour));
}

static gboolean
day_start_to_row (GValue *value, GVariant *variant, gpointer user_data)
{
  g_value_set_uint (value, MIN (g_variant_get_uint32 (variant), SOFTEN_STATS_MAX_DAY_START) / 60);

  return TRUE;
}

static GVariant *
row_to_day_start (const GValue *value, const GVariantType *expected_type, gpointer user_data)
{
  guint hour = g_value_get_uint (value);

  /* Nothing chosen (the list being changed): keep the key as it is. */
  if (hour == GTK_INVALID_LIST_POSITION)
    return NULL;

  return g_variant_new_uint32 (MIN (hour * 60, SOFTEN_STATS_MAX_DAY_START));
}

static void
soften_preferences_window_dispose (GObject *object)
{
  SoftenPreferencesWindow *self = (SoftenPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SOFTEN_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (soften_preferences_window_parent_class)->dispose (object);
}

static void
soften_preferences_window_class_init (SoftenPreferencesWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH
                                               "/ui/soften-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, general_page);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, inhale_spin);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, hold_in_spin);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, exhale_spin);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, hold_out_spin);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, cycles_spin);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, risks_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, holds_switch);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, sound_switch);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, record_switch);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, streaks_switch);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, day_start_row);
  gtk_widget_class_bind_template_callback (widget_class, pattern_changed_cb);
}

static void
soften_preferences_window_init (SoftenPreferencesWindow *self)
{
  g_autoptr (GListModel)         hours = day_start_hours ();
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_hour_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_hour_cb), NULL);
  adw_combo_row_set_factory (self->day_start_row, factory);
  adw_combo_row_set_model (self->day_start_row, hours);
}

GtkWidget *
soften_preferences_window_new (GSettings *settings, SoftenVoiceGuidance *guidance)
{
  SoftenPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (SOFTEN_IS_VOICE_GUIDANCE (guidance), NULL);

  self = g_object_new (SOFTEN_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);
  adw_preferences_page_add (self->general_page,
                            ADW_PREFERENCES_GROUP (soften_voice_group_new (settings, guidance)));

  load_pattern (self);
  g_signal_connect_object (settings, "changed::custom-pattern", G_CALLBACK (load_pattern), self,
                           G_CONNECT_SWAPPED);
  g_settings_bind (settings, "custom-cycles", self->cycles_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->cycles_spin, "value-changed", G_CALLBACK (update_risks), self,
                           G_CONNECT_SWAPPED);
  g_settings_bind (settings, "breathe-without-holds", self->holds_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "sound-cues", self->sound_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "record-progress", self->record_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "show-streaks", self->streaks_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "day-starts-at", self->day_start_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, day_start_to_row, row_to_day_start, NULL,
                                NULL);

  return GTK_WIDGET (self);
}
