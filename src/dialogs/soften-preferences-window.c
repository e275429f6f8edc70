/* soften-preferences-window.c — breathing, my breathing pattern, progress, sound
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every control writes GSettings at once. The spin buttons' ranges are the
 * only values the pattern can take (in and out 2–12 s, holds 0–10 s, in half
 * seconds, up to 30 breaths: the application clamps to the same), so an
 * invalid pattern cannot be entered. A pattern that asks a lot of the body
 * within those (a hold over 7 s, a breath under 6 s) is allowed, and said.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "engine/soften-breath-risks.h"
#include "soften-preferences-window.h"

struct _SoftenPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  GtkSpinButton *inhale_spin;
  GtkSpinButton *hold_in_spin;
  GtkSpinButton *exhale_spin;
  GtkSpinButton *hold_out_spin;
  GtkSpinButton *cycles_spin;
  AdwActionRow  *risks_row;
  GtkSwitch     *holds_switch;
  GtkSwitch     *sound_switch;
  GtkSwitch     *record_switch;

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
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, inhale_spin);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, hold_in_spin);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, exhale_spin);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, hold_out_spin);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, cycles_spin);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, risks_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, holds_switch);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, sound_switch);
  gtk_widget_class_bind_template_child (widget_class, SoftenPreferencesWindow, record_switch);
  gtk_widget_class_bind_template_callback (widget_class, pattern_changed_cb);
}

static void
soften_preferences_window_init (SoftenPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
soften_preferences_window_new (GSettings *settings)
{
  SoftenPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SOFTEN_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);

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

  return GTK_WIDGET (self);
}
