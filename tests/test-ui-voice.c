/* test-ui-voice.c — voice guidance in the real window, with a fake voice
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "engine/soften-fake-voice.h"
#include "soften-voice-caption.h"
#include "soften-voice-guidance-private.h"
#include "soften-voice-group.h"
#include "ui-test-helpers.h"

static SoftenFakeVoice *
use_fake_voice (Fixture *f, gboolean on)
{
  SoftenPractice *practice = soften_application_get_practice (f->app);
  SoftenVoice    *voice = soften_fake_voice_new ();

  g_settings_set_boolean (soften_application_get_settings (f->app), "voice-guidance", on);
  soften_voice_guidance_use_voice (soften_practice_get_voice_guidance (practice), voice);
  g_object_unref (voice); /* the guidance keeps it */
  return SOFTEN_FAKE_VOICE (voice);
}

static gboolean
said_anything_like (SoftenFakeVoice *voice, const char *words)
{
  for (guint i = 0; i < soften_fake_voice_get_n_said (voice); i++)
    if (strstr (soften_fake_voice_get_said (voice, i), words) != NULL)
      return TRUE;
  return FALSE;
}

/* Presenting with voice guidance: the step is spoken, and shown as a
 * caption while it is, for anyone who cannot hear it; the caption goes
 * when the voice is done, or when captions are turned off. */
static void
test_speaks_and_captions_when_presenting (Fixture *f, gconstpointer data)
{
  SoftenFakeVoice *voice = use_fake_voice (f, TRUE);
  GSettings       *settings = soften_application_get_settings (f->app);
  SoftenSession   *session;
  GtkWidget       *caption;
  const char      *words;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present",
                                  g_variant_new_string ("box-breathing"));
  settle (f);
  session = current_session (f);
  words = soften_step_get_text (soften_session_get_step (session));
  g_assert_cmpuint (soften_fake_voice_get_n_said (voice), >=, 1);
  g_assert_cmpstr (soften_fake_voice_get_said (voice, 0), ==, words);
  g_assert_cmpstr (soften_fake_voice_get_said_language (voice, 0), ==, "en");

  caption = find_widget (f, SOFTEN_TYPE_VOICE_CAPTION);
  g_assert_nonnull (caption);
  g_assert_true (is_showing (caption));
  g_assert_true (shows_text (caption, words));

  /* The step waits at its end for the voice, then moves on. */
  advance (f, soften_step_get_duration_usec (soften_session_get_step (session)) + 2 * SEC);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 0);
  soften_fake_voice_finish (voice);
  settle (f);
  g_assert_cmpuint (soften_session_get_step_index (session), ==, 1);
  g_assert_true (shows_text (caption, soften_step_get_text (soften_session_get_step (session))));

  soften_fake_voice_finish (voice);
  settle (f);
  g_assert_false (is_showing (caption));

  soften_session_next (session);
  settle (f);
  g_assert_true (is_showing (caption));
  g_settings_set_boolean (settings, "voice-captions", FALSE);
  settle (f);
  g_assert_false (is_showing (caption));
  press_key (f, GDK_KEY_Escape);
  settle (f);
}

/* Practising alone, there is no caption: the words are on the screen. */
static void
test_no_caption_when_practising (Fixture *f, gconstpointer data)
{
  SoftenFakeVoice *voice = use_fake_voice (f, TRUE);

  start (f, "body-scan");
  settle (f);
  {
    GtkWidget *caption;

    g_assert_cmpuint (soften_fake_voice_get_n_said (voice), ==, 1);
    /* Something is being said, and could be captioned, but is not. */
    g_assert_nonnull (soften_voice_guidance_get_caption (
        soften_practice_get_voice_guidance (soften_application_get_practice (f->app))));
    caption = find_widget (f, SOFTEN_TYPE_VOICE_CAPTION);
    g_assert_true (caption == NULL || !is_showing (caption));
  }
}

/* Off (as it is unless the person turns it on), nothing is said. */
static void
test_silent_when_off (Fixture *f, gconstpointer data)
{
  SoftenFakeVoice *voice = use_fake_voice (f, FALSE);

  start (f, "box-breathing");
  settle (f);
  advance (f, 40 * SEC);
  g_assert_cmpuint (soften_fake_voice_get_n_said (voice), ==, 0);

  /* Turned on mid-exercise, the step under way is said. */
  g_settings_set_boolean (soften_application_get_settings (f->app), "voice-guidance", TRUE);
  settle (f);
  g_assert_cmpuint (soften_fake_voice_get_n_said (voice), ==, 1);
}

/* What the person writes is never spoken. */
static void
test_never_speaks_what_is_written (Fixture *f, gconstpointer data)
{
  static const char     marker[] = "zebra-quartz-private";
  SoftenFakeVoice      *voice = use_fake_voice (f, TRUE);
  SoftenSession        *session = start (f, "forgiveness-ritual");
  g_autoptr (GPtrArray) views = g_ptr_array_new ();
  GtkTextView          *area = NULL;

  go_to_kind (f, session, SOFTEN_STEP_WRITING);
  settle (f);
  g_assert_true (
      said_anything_like (voice, soften_step_get_text (soften_session_get_step (session))));
  collect (player (f), GTK_TYPE_TEXT_VIEW, views);
  for (guint i = 0; i < views->len && area == NULL; i++)
    if (gtk_text_view_get_editable (g_ptr_array_index (views, i))
        && is_showing (g_ptr_array_index (views, i)))
      area = g_ptr_array_index (views, i);
  g_assert_nonnull (area);
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (area), marker, -1);
  settle (f);

  while (soften_session_is_active (session))
    {
      soften_fake_voice_finish (voice);
      soften_session_next (session);
      settle (f);
    }
  g_assert_false (said_anything_like (voice, marker));
}

/* Preferences has a Voice page: on and off, and it says whether the voice
 * can speak. */
static void
test_preferences_page (Fixture *f, gconstpointer data)
{
  GSettings            *settings = soften_application_get_settings (f->app);
  GtkWindow            *preferences = NULL;
  GtkWidget            *page;
  g_autoptr (GPtrArray) switches = g_ptr_array_new ();
  GtkWidget            *row;

  use_fake_voice (f, FALSE);
  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  settle (f);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

        if (ADW_IS_PREFERENCES_WINDOW (window))
          preferences = window;
      }
  }
  g_assert_nonnull (preferences);

  page = gtk_widget_get_ancestor (find_label_in (GTK_WIDGET (preferences), "Speak the steps"),
                                  SOFTEN_TYPE_VOICE_GROUP);
  g_assert_nonnull (page);
  settle (f);
  g_assert_nonnull (find_label_in (page, "Through your desktop’s speech service, in the language "
                                         "of each exercise"));

  collect (page, GTK_TYPE_SWITCH, switches);
  g_assert_cmpuint (switches->len, ==, 3);
  row = gtk_widget_get_ancestor (find_label_in (page, "Speak the steps"), ADW_TYPE_ACTION_ROW);
  g_assert_true (gtk_widget_get_sensitive (row));
  /* (Activating a switch toggles it at the end of an animation.) */
  gtk_switch_set_active (g_ptr_array_index (switches, 0), TRUE);
  settle (f);
  g_assert_true (g_settings_get_boolean (settings, "voice-guidance"));

  /* With a screen reader running, the page says why the voice stays off. */
  {
    g_autoptr (SoftenScreenReader) reader = soften_fake_screen_reader_new (TRUE);
    SoftenVoiceGuidance           *guidance
        = soften_practice_get_voice_guidance (soften_application_get_practice (f->app));

    soften_voice_guidance_set_screen_reader (guidance, reader);
    settle (f);
    g_assert_nonnull (find_label_in (page, "A screen reader is running, and Soften’s voice would "
                                           "speak over it. It stays off unless you turn it on."));
    soften_screen_reader_set_enabled (reader, FALSE);
    settle (f);
    g_assert_null (find_label_in (page, "A screen reader is running, and Soften’s voice would "
                                        "speak over it. It stays off unless you turn it on."));
    soften_voice_guidance_set_screen_reader (guidance, NULL);
  }

  gtk_window_destroy (preferences);
  settle (f);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-voice/speaks-and-captions-when-presenting",
               test_speaks_and_captions_when_presenting);
  UI_TEST_ADD ("/soften/ui-voice/no-caption-when-practising", test_no_caption_when_practising);
  UI_TEST_ADD ("/soften/ui-voice/silent-when-off", test_silent_when_off);
  UI_TEST_ADD ("/soften/ui-voice/never-speaks-what-is-written", test_never_speaks_what_is_written);
  UI_TEST_ADD ("/soften/ui-voice/preferences-page", test_preferences_page);

  ui_app_start ();

  return ui_app_run_tests ();
}
