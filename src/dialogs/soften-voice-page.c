/* soften-voice-page.c — the Voice page of Preferences
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Voice guidance on or off, the breath's turns, captions when presenting,
 * and how the voice sounds: which voice, how fast (within a calm range),
 * how loud, and a button to hear it. Every control writes GSettings at
 * once. Opening the page is what first reaches Speech Dispatcher, so that
 * the page can say plainly whether the voice can speak, and why not.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-voice-page.h"

struct _SoftenVoicePage
{
  AdwPreferencesPage parent_instance;

  GSettings           *settings;
  SoftenVoiceGuidance *guidance;
  GtkStringList       *names;
  gboolean             filling_names;

  AdwActionRow        *voice_row;
  GtkSwitch           *voice_switch;
  AdwActionRow        *phases_row;
  GtkSwitch           *phases_switch;
  AdwActionRow        *captions_row;
  GtkSwitch           *captions_switch;
  AdwPreferencesGroup *sound_group;
  AdwComboRow         *name_row;
  GtkScale            *rate_scale;
  GtkScale            *volume_scale;
};

G_DEFINE_FINAL_TYPE (SoftenVoicePage, soften_voice_page, ADW_TYPE_PREFERENCES_PAGE)

static void
update_status (SoftenVoicePage *self)
{
  const char *problem = soften_voice_guidance_get_problem (self->guidance);
  const char *status;

  if (problem != NULL)
    status = problem;
  else if (soften_voice_guidance_get_screen_reader_on (self->guidance))
    status = _("A screen reader is running, and Soften’s voice would speak over it. It stays off "
                "unless you turn it on.");
  else if (soften_voice_guidance_get_ready (self->guidance))
    status = _("Through your desktop’s speech service, in the language of each exercise");
  else
    status = _("Reaching your desktop’s speech service…");
  adw_action_row_set_subtitle (self->voice_row, status);
  /* One may hear the voice before turning it on. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->sound_group), problem == NULL);
}

/* The voices for the app's language: the language's own first. */
static void
fill_names (SoftenVoicePage *self)
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
name_selected_cb (SoftenVoicePage *self)
{
  guint selected = adw_combo_row_get_selected (self->name_row);

  if (self->filling_names || selected == GTK_INVALID_LIST_POSITION)
    return;
  g_settings_set_string (self->settings, "voice-name",
                         selected == 0 ? "" : gtk_string_list_get_string (self->names, selected));
}

static void
ready_cb (SoftenVoicePage *self)
{
  update_status (self);
  fill_names (self);
}

static void
test_clicked_cb (SoftenVoicePage *self)
{
  soften_voice_guidance_test (self->guidance);
}

static void
soften_voice_page_map (GtkWidget *widget)
{
  SoftenVoicePage *self = SOFTEN_VOICE_PAGE (widget);

  GTK_WIDGET_CLASS (soften_voice_page_parent_class)->map (widget);

  /* Only now, with the page in front of the person, is the speech
   * service reached. */
  soften_voice_guidance_prepare (self->guidance);
  update_status (self);
}

static void
soften_voice_page_dispose (GObject *object)
{
  SoftenVoicePage *self = SOFTEN_VOICE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SOFTEN_TYPE_VOICE_PAGE);
  g_clear_object (&self->names);
  g_clear_object (&self->guidance);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (soften_voice_page_parent_class)->dispose (object);
}

static void
soften_voice_page_class_init (SoftenVoicePageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_voice_page_dispose;
  widget_class->map = soften_voice_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-voice-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenVoicePage, voice_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoicePage, voice_switch);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoicePage, phases_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoicePage, phases_switch);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoicePage, captions_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoicePage, captions_switch);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoicePage, sound_group);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoicePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoicePage, rate_scale);
  gtk_widget_class_bind_template_child (widget_class, SoftenVoicePage, volume_scale);
  gtk_widget_class_bind_template_callback (widget_class, test_clicked_cb);
}

static void
soften_voice_page_init (SoftenVoicePage *self)
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
soften_voice_page_new (GSettings *settings, SoftenVoiceGuidance *guidance)
{
  SoftenVoicePage *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (SOFTEN_IS_VOICE_GUIDANCE (guidance), NULL);

  self = g_object_new (SOFTEN_TYPE_VOICE_PAGE, NULL);
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
