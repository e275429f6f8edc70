/* soften-script-view.c — a script step: build, rehearse and keep a boundary script
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The draft script belongs to the practice; this view edits it and shows it.
 * The feel, line and support parts show their fields (each with an example
 * in its empty entry) and a live preview of the whole script. Rehearsing
 * shows the script large and counts the times it is said aloud, from the
 * session's time. Keeping asks the practice to keep a copy, only when the
 * person presses "Keep This Script"; nothing is kept otherwise, and
 * nothing while presenting.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "soften-format.h"
#include "soften-script-form.h"
#include "soften-script-view.h"

struct _SoftenScriptView
{
  SoftenStepView parent_instance;

  /* Template widgets */
  GtkStack         *part_stack;
  SoftenScriptForm *form;
  GtkLabel         *rehearse_label;
  GtkLabel         *rehearse_support_label;
  GtkLabel         *rehearsal_label;
  GtkProgressBar   *rehearsal_bar;
  GtkLabel         *keep_preview_label;
  GtkWidget        *keep_button;
  GtkLabel         *keep_status_label;

  /* Owned: the practice's draft, followed */
  SoftenScript *draft;
};

G_DEFINE_FINAL_TYPE (SoftenScriptView, soften_script_view, SOFTEN_TYPE_STEP_VIEW)

static void
update_preview (SoftenScriptView *self)
{
  g_autofree char *preview = NULL;

  if (self->draft == NULL)
    return;

  preview = soften_format_script_preview (self->draft);
  gtk_label_set_text (self->keep_preview_label, preview);
}

static void
update_rehearsal (SoftenScriptView *self, SoftenSession *session, SoftenStep *step)
{
  g_autofree char *count = NULL;
  gint64           each = soften_step_get_rehearsal_usec (step);
  gint64           elapsed = soften_session_get_step_elapsed (session);
  guint            repeat = soften_step_get_repeat (step);
  guint            current;

  if (each <= 0 || repeat == 0)
    return;

  current = MIN (elapsed / each, repeat - 1);
  /* Translators: which time of how many the person says their script aloud */
  count = g_strdup_printf (_("Say it aloud: %u of %u"), current + 1, repeat);
  gtk_label_set_text (self->rehearsal_label, count);
  gtk_progress_bar_set_fraction (self->rehearsal_bar,
                                 (double)(elapsed - current * each) / (double)each);
}

static void
update_rehearse_text (SoftenScriptView *self)
{
  g_autofree char *text = soften_script_build_text (self->draft);
  g_autofree char *support = soften_script_build_support (self->draft);

  gtk_label_set_text (self->rehearse_label,
                      text[0] != '\0' ? text
                                      : _("There is no script here yet. Write one in “Scripting a "
                                           "boundary”, keep it, and rehearse it from My Scripts."));
  gtk_label_set_text (self->rehearse_support_label, support);
  gtk_widget_set_visible (GTK_WIDGET (self->rehearse_support_label), support[0] != '\0');
}

static void
update_keep (SoftenScriptView *self)
{
  SoftenPractice *practice = soften_step_view_get_practice (SOFTEN_STEP_VIEW (self));
  gboolean        presenting = soften_practice_get_presenting (practice);
  gboolean        kept = soften_script_store_lookup (soften_practice_get_scripts (practice),
                                                     soften_script_get_id (self->draft))
                  != NULL;
  gboolean empty = soften_script_is_empty (self->draft);

  /* Presenting, the person's kept scripts are out of reach. */
  gtk_widget_set_visible (self->keep_button, !presenting);
  gtk_widget_set_sensitive (self->keep_button, !empty);
  gtk_label_set_text (self->keep_status_label,
                      presenting ? _("Nothing is kept while presenting.")
                      : empty    ? _("There is nothing to keep yet.")
                      : kept     ? _("Kept. You will find it in My Scripts, to rehearse again.")
                                 : _("Nothing is kept unless you choose to keep it."));
}

static void
draft_changed_cb (SoftenScriptView *self)
{
  SoftenSession *session = soften_step_view_get_session (SOFTEN_STEP_VIEW (self));

  update_preview (self);
  if (session != NULL
      && soften_step_get_kind (soften_session_get_step (session)) == SOFTEN_STEP_SCRIPT)
    {
      update_rehearse_text (self);
      update_keep (self);
    }
}

static void
keep_clicked_cb (SoftenScriptView *self)
{
  SoftenPractice    *practice = soften_step_view_get_practice (SOFTEN_STEP_VIEW (self));
  g_autoptr (GError) error = NULL;

  if (practice == NULL)
    return;

  if (!soften_practice_keep_script (practice, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s says why, e.g. "No space left on device" */
      message = g_strdup_printf (_("It could not be kept: %s"), error->message);
      gtk_label_set_text (self->keep_status_label, message);
      return;
    }

  update_keep (self);
}

/* The exercise's examples for the fields shown, made into the sentence
 * they would be in the script. */
static void
update_example (SoftenScriptView *self,
                SoftenStep       *step,
                SoftenScriptPart  part,
                const gboolean    shown[SOFTEN_SCRIPT_N_FIELDS])
{
  g_autoptr (SoftenScript) example = soften_script_new ();
  g_autofree char         *sentence = NULL;

  for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
    if (shown[f])
      soften_script_set_field (example, f, soften_step_get_example (step, f));

  if (part == SOFTEN_SCRIPT_PART_SUPPORT)
    sentence = soften_script_build_support (example);
  else
    sentence = soften_script_build_text (example);

  soften_script_form_set_example (self->form, sentence);
}

static void
soften_script_view_update (SoftenStepView *view, SoftenSession *session, SoftenStep *step)
{
  SoftenScriptView *self = SOFTEN_SCRIPT_VIEW (view);
  SoftenScriptPart  part = soften_step_get_script_part (step);
  gboolean          shown[SOFTEN_SCRIPT_N_FIELDS] = { FALSE };

  if (self->draft == NULL)
    return;

  switch (part)
    {
    case SOFTEN_SCRIPT_PART_FEEL:
      shown[SOFTEN_SCRIPT_WHEN] = shown[SOFTEN_SCRIPT_FEEL] = TRUE;
      gtk_stack_set_visible_child_name (self->part_stack, "fields");
      break;

    case SOFTEN_SCRIPT_PART_LINE:
      shown[SOFTEN_SCRIPT_LINE] = shown[SOFTEN_SCRIPT_NEED] = TRUE;
      gtk_stack_set_visible_child_name (self->part_stack, "fields");
      break;

    case SOFTEN_SCRIPT_PART_SUPPORT:
      shown[SOFTEN_SCRIPT_SUPPORT] = TRUE;
      gtk_stack_set_visible_child_name (self->part_stack, "fields");
      break;

    case SOFTEN_SCRIPT_PART_STEPPED_AWAY:
      shown[SOFTEN_SCRIPT_BECAUSE] = TRUE;
      gtk_stack_set_visible_child_name (self->part_stack, "fields");
      break;

    case SOFTEN_SCRIPT_PART_WANT_YOU_TO_KNOW:
      shown[SOFTEN_SCRIPT_KNOW] = TRUE;
      gtk_stack_set_visible_child_name (self->part_stack, "fields");
      break;

    case SOFTEN_SCRIPT_PART_NEXT_TIME:
      shown[SOFTEN_SCRIPT_NEXT] = TRUE;
      gtk_stack_set_visible_child_name (self->part_stack, "fields");
      break;

    case SOFTEN_SCRIPT_PART_REHEARSE:
      gtk_stack_set_visible_child_name (self->part_stack, "rehearse");
      update_rehearse_text (self);
      update_rehearsal (self, session, step);
      break;

    case SOFTEN_SCRIPT_PART_KEEP:
      gtk_stack_set_visible_child_name (self->part_stack, "keep");
      update_keep (self);
      break;

    case SOFTEN_N_SCRIPT_PARTS:
    default:
      g_assert_not_reached ();
    }

  for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
    soften_script_form_show_field (self->form, f, shown[f]);
  update_example (self, step, part, shown);
  update_preview (self);
}

static void
soften_script_view_dispose (GObject *object)
{
  SoftenScriptView *self = (SoftenScriptView *)object;

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_func (self->draft, draft_changed_cb, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_SCRIPT_VIEW);
  g_clear_object (&self->draft);

  G_OBJECT_CLASS (soften_script_view_parent_class)->dispose (object);
}

static void
soften_script_view_class_init (SoftenScriptViewClass *klass)
{
  GObjectClass        *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass      *widget_class = GTK_WIDGET_CLASS (klass);
  SoftenStepViewClass *view_class = SOFTEN_STEP_VIEW_CLASS (klass);

  object_class->dispose = soften_script_view_dispose;

  view_class->kind = SOFTEN_STEP_SCRIPT;
  view_class->update = soften_script_view_update;

  g_type_ensure (SOFTEN_TYPE_SCRIPT_FORM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-script-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptView, part_stack);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptView, form);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptView, rehearse_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptView, rehearse_support_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptView, rehearsal_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptView, rehearsal_bar);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptView, keep_preview_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptView, keep_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenScriptView, keep_status_label);
  gtk_widget_class_bind_template_callback (widget_class, keep_clicked_cb);
}

/* The draft is the practice's, for as long as the view shows it. */
static void
practice_changed_cb (SoftenScriptView *self)
{
  SoftenPractice *practice = soften_step_view_get_practice (SOFTEN_STEP_VIEW (self));
  SoftenScript   *draft = practice != NULL ? soften_practice_get_script_draft (practice) : NULL;

  if (self->draft != NULL)
    g_signal_handlers_disconnect_by_func (self->draft, draft_changed_cb, self);
  g_set_object (&self->draft, draft);
  if (draft == NULL)
    return;

  g_signal_connect_swapped (draft, "changed", G_CALLBACK (draft_changed_cb), self);
  soften_script_form_set_draft (self->form, draft);
  update_preview (self);
}

static void
soften_script_view_init (SoftenScriptView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "notify::practice", G_CALLBACK (practice_changed_cb), NULL);
}
