/* test-ui-writing.c — what a person writes is never kept
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs in this process on a fake clock, so a whole exercise
 * takes milliseconds; each test gets fresh settings and a new window
 * (tests/ui-test-helpers.c). Pages are driven through their actions and
 * signals; keys are pressed for real through the X server (XTest).
 *
 * The forgiveness ritual and the defenses exercise, written in for real,
 * left by every way out; the release; the notes on the ritual's page.
 * tests/test-privacy.py runs the writing tests again under strace, with a
 * marker of its own (SOFTEN_TEST_MARKER).
 */

#include "config.h"

#include <sys/prctl.h>

#include "soften-release-card-private.h"
#include "soften-release-view.h"
#include "ui-test-helpers.h"

/* A marker no one would write, different in every run. */
static char *
make_marker (void)
{
  /* tests/test-privacy.py gives its own, to look for it in every write. */
  if (g_getenv ("SOFTEN_TEST_MARKER") != NULL)
    return g_strdup (g_getenv ("SOFTEN_TEST_MARKER"));

  return g_strdup_printf ("SOFTENMARKER%08x%08x", g_random_int (), g_random_int ());
}

static GtkTextView *
writing_area (Fixture *f)
{
  g_autoptr (GPtrArray) views = g_ptr_array_new ();

  collect (GTK_WIDGET (f->window), GTK_TYPE_TEXT_VIEW, views);
  for (guint i = 0; i < views->len; i++)
    if (gtk_text_view_get_editable (g_ptr_array_index (views, i)))
      return g_ptr_array_index (views, i);

  return NULL;
}

/* Types into the writing area for real, then adds @marker as typing would. */
static GtkTextBuffer *
write_marker (Fixture *f, const char *marker)
{
  GtkTextView   *area = writing_area (f);
  GtkTextBuffer *buffer;

  g_assert_nonnull (area);
  gtk_widget_grab_focus (GTK_WIDGET (area));
  press_key (f, GDK_KEY_h);
  press_key (f, GDK_KEY_space);
  press_key (f, GDK_KEY_i);
  buffer = gtk_text_view_get_buffer (area);
  gtk_text_buffer_insert_at_cursor (buffer, marker, -1);
  settle (f);

  g_assert_true (g_str_has_prefix (text_of (buffer), "h i"));
  g_assert_nonnull (strstr (text_of (buffer), marker));

  /* Copying what was written is refused, and it never becomes the
   * primary selection. */
  {
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    gtk_text_buffer_select_range (buffer, &start, &end);
    g_signal_emit_by_name (area, "copy-clipboard");
    g_signal_emit_by_name (area, "cut-clipboard");
    settle (f);
    g_assert_null (gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (area))));
    g_assert_null (
        gdk_clipboard_get_content (gtk_widget_get_primary_clipboard (GTK_WIDGET (area))));
    g_assert_nonnull (strstr (text_of (buffer), marker));
  }

  return g_object_ref (buffer);
}

static void
assert_wiped (GtkTextBuffer *buffer)
{
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  g_assert_false (gtk_text_buffer_get_can_undo (buffer));
}

static gboolean
file_contains (const char *path, const char *marker)
{
  g_autofree char *contents = NULL;
  gsize            length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  return g_strstr_len (contents, length, marker) != NULL;
}

/* Walks @dir and fails on any file holding @marker. */
static void
assert_no_file_holds (const char *dir, const char *marker)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char      *name;

  if (listing == NULL)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        assert_no_file_holds (path, marker);
      else if (file_contains (path, marker))
        g_error ("%s holds what was written", path);
    }
}

static void
assert_no_setting_holds (Fixture *f, const char *marker)
{
  GSettings                  *settings = soften_application_get_settings (f->app);
  g_autoptr (GSettingsSchema) schema = NULL;
  g_auto (GStrv)              keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr (GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char     *printed = g_variant_print (value, FALSE);

      g_assert_null (strstr (printed, marker));
    }
}

static void
assert_marker_nowhere (Fixture *f, const char *marker)
{
  const char *dirs[] = {
    g_get_home_dir (),       g_get_user_data_dir (),  g_get_user_config_dir (),
    g_get_user_cache_dir (), g_get_user_state_dir (), g_get_user_runtime_dir (),
  };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    assert_no_file_holds (dirs[i], marker);
  assert_no_setting_holds (f, marker);
}

/* Does a text view on screen show @text? */
static gboolean
text_view_shows (Fixture *f, const char *text)
{
  g_autoptr (GPtrArray) views = g_ptr_array_new ();

  collect (GTK_WIDGET (f->window), GTK_TYPE_TEXT_VIEW, views);
  for (guint i = 0; i < views->len; i++)
    if (strstr (text_of (gtk_text_view_get_buffer (g_ptr_array_index (views, i))), text) != NULL)
      return TRUE;

  return FALSE;
}

static SoftenReleaseCard *
release_card (Fixture *f)
{
  GtkWidget *card = find_widget (f, SOFTEN_TYPE_RELEASE_CARD);

  g_assert_nonnull (card);

  return SOFTEN_RELEASE_CARD (card);
}

/* Motion reduced: the words are wiped, the sheet only fades, and the
 * plain confirmation shows at once, the buttons gone. */
static void
release_with_motion_reduced (Fixture *f, SoftenSession *session, GtkTextBuffer *buffer)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  player_action (f, "player.next");
  g_assert_cmpint (soften_step_get_kind (soften_session_get_step (session)), ==,
                   SOFTEN_STEP_RELEASE);
  g_signal_emit_by_name (find_button (f, "Burn It"), "clicked");
  assert_wiped (buffer);
  settle (f);
  g_assert_nonnull (find_label (f, "It’s gone. Nothing you wrote was kept."));
  g_assert_null (find_button (f, "Burn It"));
  g_assert_null (find_button (f, "Tear It Up"));
  g_assert_true (soften_release_card_is_fading (release_card (f)));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  /* Going back shows an empty page: the words are gone for good. */
  player_action (f, "player.previous");
  g_assert_cmpint (gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (writing_area (f))), ==,
                   0);
}

typedef enum
{
  EXIT_FINISH,
  EXIT_RELEASE,
  EXIT_LEAVE,
  EXIT_GROUND,
  EXIT_CLOSE_WINDOW,
  EXIT_QUIT,
} ExitPath;

/* What is written in the forgiveness ritual is wiped by every way out, and
 * reaches no file, no setting and no clipboard. */
static void
test_writing_is_never_kept (Fixture *f, gconstpointer data)
{
  g_autofree char *marker = make_marker ();

  for (ExitPath path = EXIT_FINISH; path <= EXIT_QUIT; path++)
    {
      SoftenSession            *session;
      g_autoptr (GtkTextBuffer) buffer = NULL;

      g_test_message ("exit path %d", path);
      if (f->window == NULL)
        {
          g_application_activate (G_APPLICATION (f->app));
          f->window = SOFTEN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (f->app)));
          settle (f);
        }

      session = start (f, "forgiveness-ritual");
      go_to_kind (f, session, SOFTEN_STEP_WRITING);
      buffer = write_marker (f, marker);

      switch (path)
        {
        case EXIT_FINISH:
          while (soften_session_is_active (session))
            player_action (f, "player.next");
          break;

        case EXIT_RELEASE:
          release_with_motion_reduced (f, session, buffer);
          break;

        case EXIT_LEAVE:
          press_key (f, GDK_KEY_Escape);
          answer_dialog (f, "Leave");
          break;

        case EXIT_GROUND:
          player_action (f, "player.ground");
          break;

        case EXIT_CLOSE_WINDOW:
          gtk_window_close (GTK_WINDOW (f->window));
          iterate ();
          f->window = NULL;
          break;

        case EXIT_QUIT:
          press_key_combo (f, GDK_KEY_Control_L, GDK_KEY_q);
          iterate ();
          g_assert_null (gtk_application_get_windows (GTK_APPLICATION (f->app)));
          f->window = NULL;
          break;

        default:
          g_assert_not_reached ();
        }

      assert_wiped (buffer);
    }

  assert_marker_nowhere (f, marker);
  if (f->window == NULL)
    {
      g_application_activate (G_APPLICATION (f->app));
      f->window = SOFTEN_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (f->app)));
    }
}

/* A burn that is under way finishes at once when the person moves on. */
static void
test_release_never_half_done (Fixture *f, gconstpointer data)
{
  g_autofree char          *marker = make_marker ();
  g_autoptr (GtkTextBuffer) buffer = NULL;
  SoftenSession            *session = start (f, "forgiveness-ritual");
  GtkWidget                *release_view;

  go_to_kind (f, session, SOFTEN_STEP_WRITING);
  buffer = write_marker (f, marker);
  player_action (f, "player.next");

  release_view = find_widget (f, g_type_from_name ("SoftenReleaseView"));
  g_assert_nonnull (release_view);
  g_assert_nonnull (find_button (f, "Tear It Up"));
  g_assert_nonnull (find_button (f, "Dissolve It"));
  g_signal_emit_by_name (find_button (f, "Burn It"), "clicked");
  iterate ();
  g_assert_true (soften_release_view_is_releasing (SOFTEN_RELEASE_VIEW (release_view)));

  player_action (f, "player.next");
  assert_wiped (buffer);
  g_assert_false (soften_release_view_is_releasing (SOFTEN_RELEASE_VIEW (release_view)));
  assert_marker_nowhere (f, marker);
}

/* Each ritual: the words are wiped the moment it begins, and the card that
 * takes their place holds only their shape; the ceremony runs its course
 * on the frame clock (here, made-up frame times); then the spent buttons
 * go and a quiet "It's gone" remains. */
static void
test_release_ceremony (Fixture *f, gconstpointer data)
{
  static const char *const rituals[] = { "Burn It", "Tear It Up", "Dissolve It" };
  g_autofree char         *marker = make_marker ();

  for (guint i = 0; i < G_N_ELEMENTS (rituals); i++)
    {
      SoftenSession            *session = start (f, "forgiveness-ritual");
      g_autoptr (GtkTextBuffer) buffer = NULL;
      SoftenReleaseCard        *card;
      gint64                    duration, began;

      go_to_kind (f, session, SOFTEN_STEP_WRITING);
      buffer = write_marker (f, marker);
      player_action (f, "player.next");
      g_assert_true (text_view_shows (f, marker));

      g_signal_emit_by_name (find_button (f, rituals[i]), "clicked");
      assert_wiped (buffer);
      settle (f);
      g_assert_false (text_view_shows (f, marker));
      card = release_card (f);
      g_assert_true (soften_release_card_is_running (card));
      g_assert_false (soften_release_card_is_fading (card));
      g_assert_cmpuint (soften_release_card_get_n_marks (card), >=, strlen (marker));
      /* Spent, but still where they were while it runs. */
      g_assert_false (gtk_widget_get_sensitive (find_button (f, rituals[i])));
      g_assert_null (find_label (f, "It’s gone. Nothing you wrote was kept."));

      /* The frame clock has begun it; on from there. */
      duration = soften_release_card_get_duration (card);
      began = soften_release_card_get_started (card);
      g_assert_cmpint (began, >, 0);
      soften_release_card_step (card, began + duration / 2);
      g_assert_cmpfloat_with_epsilon (soften_release_card_get_progress (card), 0.5, 1e-9);
      g_assert_true (soften_release_card_is_running (card));
      soften_release_card_step (card, began + duration);
      settle (f);

      g_assert_false (soften_release_card_is_running (card));
      g_assert_true (is_showing (find_label (f, "It’s gone. Nothing you wrote was kept.")));
      for (guint j = 0; j < G_N_ELEMENTS (rituals); j++)
        g_assert_null (find_button (f, rituals[j]));
      g_assert_false (is_showing (GTK_WIDGET (card)));
      g_assert_cmpuint (soften_release_card_get_n_marks (card), ==, 0);

      press_key (f, GDK_KEY_Escape);
      answer_dialog (f, "Leave");
    }
  assert_marker_nowhere (f, marker);
}

/* Defenses: the choice is shown while the exercise is under way and never
 * recorded; the answers to the three questions are kept by nothing. */
static void
test_defense_choice (Fixture *f, gconstpointer data)
{
  g_autofree char     *marker = make_marker ();
  SoftenSession       *session = start (f, "defenses-curiosity");
  g_autoptr (GVariant) defense = NULL;
  g_autoptr (GVariant) history = NULL;
  g_autofree char     *printed = NULL;
  GtkWidget           *control;
  guint                n_written = 0;

  go_to_kind (f, session, SOFTEN_STEP_CHOICE);
  control = find_button (f, "Criticism and control");
  g_assert_nonnull (control);
  gtk_widget_grab_focus (control);
  press_key (f, GDK_KEY_space);
  g_assert_cmpstr (g_variant_get_string (soften_session_get_response (session, "defense"), NULL),
                   ==, "control");

  while (soften_session_is_active (session))
    {
      player_action (f, "player.next");
      if (soften_session_is_active (session)
          && soften_step_get_kind (soften_session_get_step (session)) == SOFTEN_STEP_WRITING)
        {
          g_autoptr (GtkTextBuffer) buffer = write_marker (f, marker);

          /* The choice is named above each question. */
          g_assert_nonnull (find_label (f, "You chose: Criticism and control"));
          n_written++;
        }
    }
  g_assert_cmpuint (n_written, ==, 3);

  /* Recorded: the session, and its check-ins; never the defense chosen. */
  g_assert_cmpuint (sessions_recorded (f, "defenses-curiosity"), ==, 1);
  defense = last_response (f, "defense");
  g_assert_null (defense);
  history = g_settings_get_value (soften_application_get_settings (f->app), "history");
  printed = g_variant_print (history, FALSE);
  g_assert_null (strstr (printed, marker));
  assert_marker_nowhere (f, marker);
}

/* What forgiveness is not: five cards, offered from the ritual's page. */
static void
test_forgiveness_notes (Fixture *f, gconstpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget  *notes = NULL;

  show_exercise (
      f, soften_library_lookup (soften_application_get_library (f->app), "forgiveness-ritual"));
  settle (f);
  g_assert_nonnull (find_button (f, "What forgiveness is not"));
  g_assert_true (gtk_widget_activate_action (
      find_widget (f, g_type_from_name ("SoftenExercisePage")), "exercise.notes", NULL));
  settle (f);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, g_type_from_name ("SoftenNotesWindow")))
        notes = GTK_WIDGET (window);
    }
  g_assert_nonnull (notes);
  {
    g_autoptr (GPtrArray) labels = g_ptr_array_new ();
    guint                 headings = 0;

    collect (notes, GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      headings += gtk_widget_has_css_class (g_ptr_array_index (labels, i), "heading");
    g_assert_cmpuint (headings, ==, 5);
  }
  gtk_window_destroy (GTK_WINDOW (notes));
  g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "exercise");
}

/* Whether an emoji chooser was made anywhere under @widget. */
static gboolean
has_emoji_chooser (GtkWidget *widget)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkEmojiChooser"))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_emoji_chooser (child))
      return TRUE;

  return FALSE;
}

/* Every way to the emoji chooser, tried on @field (whose text is in
 * @text): Ctrl+. and Ctrl+; for real, and the context menu's action. */
static void
assert_no_emoji_chooser (Fixture *f, GtkWidget *field, GtkWidget *text)
{
  GtkInputHints hints;

  g_object_get (text, "input-hints", &hints, NULL);
  g_assert_true (hints & GTK_INPUT_HINT_NO_EMOJI);
  gtk_widget_grab_focus (field);
  settle (f);
  press_key_combo (f, GDK_KEY_Control_L, GDK_KEY_period);
  press_key_combo (f, GDK_KEY_Control_L, GDK_KEY_semicolon);
  gtk_widget_activate_action (text, "misc.insert-emoji", NULL);
  settle (f);
  g_assert_false (has_emoji_chooser (field));
}

/* A private field never opens the emoji chooser (it keeps recent emoji in
 * dconf), and while one shows the process cannot be dumped or traced by
 * another; dumpable again once it is gone. The writing steps and the
 * boundary script's fields here; Help Now's contacts in ui-help-now. */
static void
test_private_fields (Fixture *f, gconstpointer data)
{
  SoftenSession *session;
  GtkWidget     *entry;

  g_assert_cmpint (prctl (PR_GET_DUMPABLE, 0, 0, 0, 0), ==, 1);
  session = start (f, "forgiveness-ritual");
  g_assert_cmpint (prctl (PR_GET_DUMPABLE, 0, 0, 0, 0), ==, 1);
  go_to_kind (f, session, SOFTEN_STEP_WRITING);
  g_assert_cmpint (prctl (PR_GET_DUMPABLE, 0, 0, 0, 0), ==, 0);
  assert_no_emoji_chooser (f, GTK_WIDGET (writing_area (f)), GTK_WIDGET (writing_area (f)));
  player_action (f, "player.ground");
  settle (f);
  g_assert_cmpint (prctl (PR_GET_DUMPABLE, 0, 0, 0, 0), ==, 1);

  session = start (f, "boundary-script");
  go_to_kind (f, session, SOFTEN_STEP_SCRIPT);
  g_assert_cmpint (prctl (PR_GET_DUMPABLE, 0, 0, 0, 0), ==, 0);
  entry = find_widget (f, GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  assert_no_emoji_chooser (f, entry, GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (entry))));
  player_action (f, "player.ground");
  settle (f);
  g_assert_cmpint (prctl (PR_GET_DUMPABLE, 0, 0, 0, 0), ==, 1);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-writing/writing-is-never-kept", test_writing_is_never_kept);
  UI_TEST_ADD ("/soften/ui-writing/release-never-half-done", test_release_never_half_done);
  UI_TEST_ADD ("/soften/ui-writing/release-ceremony", test_release_ceremony);
  UI_TEST_ADD ("/soften/ui-writing/defense-choice", test_defense_choice);
  UI_TEST_ADD ("/soften/ui-writing/forgiveness-notes", test_forgiveness_notes);
  UI_TEST_ADD ("/soften/ui-writing/private-fields", test_private_fields);

  ui_app_start ();

  return ui_app_run_tests ();
}
