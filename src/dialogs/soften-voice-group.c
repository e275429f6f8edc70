/* soften-voice-group.c — voice guidance, in Preferences
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Voice guidance on or off, the breath's turns, captions when presenting,
 * and how the voice sounds: which voice, how fast (within a calm range),
 * how loud, and a button to hear it. Every control writes GSettings at
 * once. Turning voice guidance on (or pressing Test Voice) is what first
 * reaches Speech Dispatcher; the group then says plainly whether the voice
 * can speak, and why not.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-voice-group.h"

struct _SoftenVoiceGroup
{
  AdwPreferencesGroup parent_instance;

  GSettings           *settings;
  SoftenVoiceGuidance *guidance;
  GtkStringList       *names;
  gboolean             filling_names;

  AdwActionRow *voice_row;
  GtkSwitch    *voice_switch;
  AdwActionRow *phases_row;
  GtkSwitch    *phases_switch;
  AdwActionRow *captions_row;
  GtkSwitch    *captions_switch;
  GtkWidget    *test_button;
  AdwComboRow  *name_row;
  GtkScale     *rate_scale;
  GtkScale     *volume_scale;
};

G_DEFINE_FINAL_TYPE (SoftenVoiceGroup, soften_voice_group, ADW_TYPE_PREFERENCES_GROUP)

static void
update_status (SoftenVoiceGroup *self)
{
  const char *problem = soften_voice_guidance_get_problem (self->guidance);
  gboolean    on = g_settings_get_boolean (self->settings, "voice-guidance");
  const char *status;

  if (problem != NULL)
    status = problem;
  else if (soften_voice_guidance_get_screen_reader_on (self->guidance))
    status = _("A screen reader is running, and Soften’s voice would speak over it. It stays off "
                "unless you turn it on.");
  else if (soften_voice_guidance_get_ready (self->guidance))
    status = _("Through your desktop’s speech service, in the language of each exercise");
  else if (on)
    status = _("Reaching your desktop’s speech service…");
  else
    status = _("Through your desktop’s speech service, in the language of each exercise");
  adw_action_row_set_subtitle (self->voice_row, status);

  /* One may hear the voice before turning it on; not when it cannot speak. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), problem == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rate_scale), problem == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->volume_scale), problem == NULL);
  gtk_widget_set_sensitive (self->test_button, problem == NULL);
}

/* The voices for the app's language: the language's own first. */
static void
fill_names (SoftenVoiceGroup *self)
{
  g_auto (GStrv)   names = soften_voice_guidance_list_voices (self->guidance);
  g_autofree char *chosen = g_settings_get_string (self->settings, "voice-name");
  guint            selected = 0;
  guint            n;

  self->filling_names = TRUE;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->names));
  gtk_string_list_splice (self->names, 1, n - 1, (const char *const *)names);
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], chosen))
      selected = i + 1;
  adw_combo_row_set_selected (self->name_row, selected);
  self->filling_names = FALSE;
}

static void
name_selected_cb (SoftenVoiceGroup *self)
{
  guint selected = adw_combo_row_get_selected (self->name_row);

  if (self->filling_names || selected == GTK_INVALID_LIST_POSITION)
    return;
  g_settings_set_string (self->settings, "voice-name",
                         selected == 0 ? "" : gtk_string_list_get_string (self->names, selected));
}

static void
ready_cb (SoftenVoiceGroup *self)
{
  update_status (self);
  fill_names (self);
}

static void
test_clicked_cb (SoftenVoiceGroup *self)
{
  soften_voice_guidance_test (self->guidance);
}

static void
soften_voice_group_map (GtkWidget *widget)
{
  SoftenVoiceGroup *self = SOFTEN_VOICE_GROUP (widget);

  GTK_WIDGET_CLASS (soften_voice_group_parent_class)->map (widget);

  /* The speech service is reached only once voice guidance is on (or
   * Test Voice is pressed), never just by opening Preferences. */
  update_status (self);
}

static void
soften_voice_group_dispose (GObject *object)
{
  SoftenVoiceGroup *self = SOFTEN_VOICE_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SOFTEN_TYPE_VOICE_GROUP);
  g_clear_object (&self->names);
  g_clear_object (&self->guidance);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (soften_voice_group_parent_class)->dispose (object);
}

static void
soften_voice_group_class_init (SoftenVoiceGroupClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_voice_group_dispose;
  widget_class->map = soften_voice_group_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-voice-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenVoiceGroup, voice_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoiceGroup, voice_switch);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoiceGroup, phases_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoiceGroup, phases_switch);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoiceGroup, captions_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoiceGroup, captions_switch);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoiceGroup, test_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoiceGroup, name_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoiceGroup, rate_scale);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoiceGroup, volume_scale);
  gtk_widget_class_bind_template_callback (widget_class, test_clicked_cb);
}

static void
soften_voice_group_init (SoftenVoiceGroup *self)
{
  /* Translators: the first choice of voice: the one Speech Dispatcher
   * picks for the language */
  const char *const first[] = { _("Default voice"), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->names = gtk_string_list_new (first);
  adw_combo_row_set_model (self->name_row, G_LIST_MODEL (self->names));
  g_signal_connect_swapped (self->name_row, "notify::selected", G_CALLBACK (name_selected_cb),
                            self);
}

GtkWidget *
soften_voice_group_new (GSettings *settings, SoftenVoiceGuidance *guidance)
{
  SoftenVoiceGroup *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (SOFTEN_IS_VOICE_GUIDANCE (guidance), NULL);

  self = g_object_new (SOFTEN_TYPE_VOICE_GROUP, NULL);
  self->settings = g_object_ref (settings);
  self->guidance = g_object_ref (guidance);

  g_settings_bind (settings, "voice-guidance", self->voice_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "speak-breath-phases", self->phases_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "voice-captions", self->captions_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "voice-guidance", self->phases_row, "sensitive", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "voice-guidance", self->captions_row, "sensitive",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "voice-rate", gtk_range_get_adjustment (GTK_RANGE (self->rate_scale)),
                   "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "voice-volume",
                   gtk_range_get_adjustment (GTK_RANGE (self->volume_scale)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::voice-guidance", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (guidance, "notify::ready", G_CALLBACK (ready_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (guidance, "notify::problem", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (guidance, "notify::screen-reader-on", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  update_status (self);
  fill_names (self);

  return GTK_WIDGET (self);
}
