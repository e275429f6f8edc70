/* soften-voice-caption.c — what the voice says, as a caption, while presenting
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In a room, a client who is deaf or hard of hearing can read what the
 * voice is saying: while presenting, with voice guidance and "Captions when
 * presenting" on, the sentence being spoken shows at the foot of the
 * screen, and goes when the voice is done. Only an exercise's own words are
 * ever spoken, so only they are ever shown here.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include "soften-voice-caption.h"

struct _SoftenVoiceCaption
{
  AdwBin parent_instance;

  SoftenPractice *practice;
  GSettings      *settings;
  GtkLabel       *label;
};

G_DEFINE_FINAL_TYPE (SoftenVoiceCaption, soften_voice_caption, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PRACTICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (SoftenVoiceCaption *self)
{
  const char *text = soften_voice_caption_get_text (self);

  gtk_label_set_label (self->label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self), text != NULL);
}

static void
settings_changed_cb (SoftenVoiceCaption *self, const char *key)
{
  if (g_str_equal (key, "voice-captions") || g_str_equal (key, "voice-guidance"))
    update (self);
}

static void
soften_voice_caption_dispose (GObject *object)
{
  SoftenVoiceCaption *self = SOFTEN_VOICE_CAPTION (object);

  soften_voice_caption_set_practice (self, NULL);

  G_OBJECT_CLASS (soften_voice_caption_parent_class)->dispose (object);
}

static void
soften_voice_caption_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PRACTICE:
      g_value_set_object (value, SOFTEN_VOICE_CAPTION (object)->practice);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_voice_caption_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_PRACTICE:
      soften_voice_caption_set_practice (SOFTEN_VOICE_CAPTION (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_voice_caption_class_init (SoftenVoiceCaptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = soften_voice_caption_dispose;
  object_class->get_property = soften_voice_caption_get_property;
  object_class->set_property = soften_voice_caption_set_property;

  properties[PROP_PRACTICE]
      = g_param_spec_object ("practice", NULL, NULL, SOFTEN_TYPE_PRACTICE,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
soften_voice_caption_init (SoftenVoiceCaption *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_wrap_mode (self->label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (self->label, GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (self->label, 60);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "voice-caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "osd");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->label));
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_END);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

SoftenPractice *
soften_voice_caption_get_practice (SoftenVoiceCaption *self)
{
  g_return_val_if_fail (SOFTEN_IS_VOICE_CAPTION (self), NULL);

  return self->practice;
}

void
soften_voice_caption_set_practice (SoftenVoiceCaption *self, SoftenPractice *practice)
{
  g_return_if_fail (SOFTEN_IS_VOICE_CAPTION (self));

  if (self->practice == practice)
    return;

  if (self->practice != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->practice, self);
      g_signal_handlers_disconnect_by_data (soften_practice_get_voice_guidance (self->practice),
                                            self);
      g_signal_handlers_disconnect_by_data (self->settings, self);
    }
  g_clear_object (&self->settings);
  g_set_object (&self->practice, practice);
  if (practice != NULL)
    {
      g_object_get (practice, "settings", &self->settings, NULL);
      g_signal_connect_object (practice, "notify::presenting", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (soften_practice_get_voice_guidance (practice), "notify::caption",
                               G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRACTICE]);
}

/* What the caption shows now; %NULL when it is hidden. */
const char *
soften_voice_caption_get_text (SoftenVoiceCaption *self)
{
  g_return_val_if_fail (SOFTEN_IS_VOICE_CAPTION (self), NULL);

  if (self->practice == NULL || !soften_practice_get_presenting (self->practice)
      || !g_settings_get_boolean (self->settings, "voice-captions"))
    return NULL;
  return soften_voice_guidance_get_caption (soften_practice_get_voice_guidance (self->practice));
}
