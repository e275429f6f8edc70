/* test-ui-together.c — an exercise for two people in one room, in the real window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "soften-speaker-badge.h"
#include "ui-test-helpers.h"

static const char *
badge_text (Fixture *f)
{
  GtkWidget *badge = find_widget (f, SOFTEN_TYPE_SPEAKER_BADGE);

  if (badge == NULL || !is_showing (badge))
    return NULL;
  return soften_speaker_badge_get_text (SOFTEN_SPEAKER_BADGE (badge));
}

/* Listening to each other runs to its end on its own: each turn says
 * whose it is, large, and the steps between turns say nothing of the
 * kind; it is recorded once, and nothing else is kept (no answers). */
static void
test_runs_to_its_end (Fixture *f, gconstpointer data)
{
  guint          before = sessions_recorded (f, "together-listening");
  SoftenSession *session = start (f, "together-listening");
  guint          turns_a = 0;
  guint          turns_b = 0;

  while (soften_session_is_active (session))
    {
      SoftenStep *step = soften_session_get_step (session);
      const char *said = badge_text (f);

      switch (soften_step_get_speaker (step))
        {
        case SOFTEN_SPEAKER_FIRST:
          g_assert_cmpstr (said, ==, "A is speaking");
          g_assert_nonnull (find_label (f, "A is speaking"));
          turns_a++;
          break;
        case SOFTEN_SPEAKER_SECOND:
          g_assert_cmpstr (said, ==, "B is speaking");
          turns_b++;
          break;
        case SOFTEN_SPEAKER_NONE:
        default:
          g_assert_null (said);
          break;
        }

      if (soften_step_is_timed (step))
        advance (f, soften_session_get_step_remaining (session) + SEC / 10);
      else
        player_action (f, "player.next");
      settle (f);
    }

  g_assert_cmpuint (turns_a, ==, 2);
  g_assert_cmpuint (turns_b, ==, 2);
  g_assert_cmpuint (sessions_recorded (f, "together-listening"), ==, before + 1);
  g_assert_null (last_response (f, "tension-after"));
}

/* Presented (a therapist's session with a couple), the turns show the
 * same, and nothing is recorded. */
static void
test_presented (Fixture *f, gconstpointer data)
{
  guint          before = sessions_recorded (f, "together-listening");
  SoftenSession *session;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "present",
                                  g_variant_new_string ("together-listening"));
  settle (f);
  session = current_session (f);
  g_assert_true (presenting (f));
  while (soften_step_get_speaker (soften_session_get_step (session)) == SOFTEN_SPEAKER_NONE)
    soften_session_next (session);
  settle (f);
  g_assert_cmpstr (badge_text (f), ==, "A is speaking");

  while (soften_session_is_active (session))
    soften_session_next (session);
  settle (f);
  g_assert_cmpuint (sessions_recorded (f, "together-listening"), ==, before);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  UI_TEST_ADD ("/soften/ui-together/runs-to-its-end", test_runs_to_its_end);
  UI_TEST_ADD ("/soften/ui-together/presented", test_presented);

  ui_app_start ();

  return ui_app_run_tests ();
}
