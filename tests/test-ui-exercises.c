/* test-ui-exercises.c — the newer exercises, each run to its end in the window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs in this process on a fake clock (tests/ui-test-helpers.c).
 * Each exercise is run as a person would: a timed step is left to run out on
 * the clock, a step that waits is answered (a check-in, a few words written
 * and let go) and continued. At the end the completion page shows, and
 * Progress holds the session once.
 */

#include "config.h"

#include "ui-test-helpers.h"

static const char *const exercises[][2] = {
  { "repair-after-a-fight", "Coming back after a fight" },
  { "forgiving-yourself", "Forgiving yourself" },
  { "noticing-safety", "What does safety feel like?" },
  { "letting-kindness-land", "Letting kindness land" },
};

/* Answers a step that waits, as a person might. */
static void
answer (Fixture *f, SoftenStep *step)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  switch (soften_step_get_kind (step))
    {
    case SOFTEN_STEP_CHECK_IN:
      collect (GTK_WIDGET (f->window), GTK_TYPE_TOGGLE_BUTTON, found);
      g_assert_cmpuint (found->len, >, 0);
      gtk_toggle_button_set_active (g_ptr_array_index (found, 0), TRUE);
      break;

    case SOFTEN_STEP_WRITING:
      collect (GTK_WIDGET (f->window), GTK_TYPE_TEXT_VIEW, found);
      g_assert_cmpuint (found->len, ==, 1);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (g_ptr_array_index (found, 0)),
                                "a few words", -1);
      break;

    case SOFTEN_STEP_RELEASE:
      g_assert_nonnull (find_button (f, "Dissolve It"));
      g_signal_emit_by_name (find_button (f, "Dissolve It"), "clicked");
      break;

    case SOFTEN_STEP_SCRIPT:
      collect (GTK_WIDGET (f->window), GTK_TYPE_ENTRY, found);
      if (found->len > 0)
        gtk_editable_set_text (g_ptr_array_index (found, 0), "a few words");
      break;

    case SOFTEN_STEP_INSTRUCTION:
    case SOFTEN_STEP_BREATHING:
    case SOFTEN_STEP_BODY_REGION:
    case SOFTEN_STEP_CHOICE:
    case SOFTEN_N_STEP_KINDS:
    default:
      break;
    }
  settle (f);
}

static void
test_run_to_end (Fixture *f, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (exercises); i++)
    {
      const char    *id = exercises[i][0];
      SoftenSession *session = start (f, id);
      guint          timed = 0;

      g_test_message ("%s", id);
      g_assert_cmpuint (sessions_recorded (f, id), ==, 0);
      while (soften_session_is_active (session))
        {
          SoftenStep *step = soften_session_get_step (session);
          guint       index = soften_session_get_step_index (session);
          gint64      remaining = soften_session_get_step_remaining (session);

          if (remaining > 0)
            {
              /* A timed step moves on by itself when its time is up. */
              advance (f, remaining);
              settle (f);
              g_assert_true (!soften_session_is_active (session)
                             || soften_session_get_step_index (session) == index + 1);
              timed++;
              continue;
            }

          answer (f, step);
          player_action (f, "player.next");
        }

      g_assert_cmpuint (timed, >, 0);
      g_assert_cmpint (soften_session_get_state (session), ==, SOFTEN_SESSION_FINISHED);
      g_assert_cmpstr (soften_window_get_page_name (f->window), ==, "done");
      g_assert_cmpuint (sessions_recorded (f, id), ==, 1);
    }

  /* Progress lists each once, under its title. */
  show_page (f, "progress");
  settle (f);
  for (guint i = 0; i < G_N_ELEMENTS (exercises); i++)
    {
      g_autoptr (GPtrArray) rows = g_ptr_array_new ();
      guint                 recent = 0;

      collect (GTK_WIDGET (f->window), ADW_TYPE_ACTION_ROW, rows);
      for (guint r = 0; r < rows->len; r++)
        recent += g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, r)),
                             exercises[i][1])
                  == 0;
      g_assert_cmpuint (recent, ==, 1);
    }
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-exercises/run-to-end", test_run_to_end);

  ui_app_start ();

  return ui_app_run_tests ();
}
