/* soften-preferences-window.c — my breathing pattern and sound
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every control writes GSettings at once. The spin buttons' ranges are the
 * only values the pattern can take (in and out 1–20 s, holds 0–20 s, in half
 * seconds), so an invalid pattern cannot be entered.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

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
  g_settings_bind (settings, "sound-cues", self->sound_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "record-progress", self->record_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  return GTK_WIDGET (self);
}
