/* soften-private-field.c — fields whose words stay in the process
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A private field is one where a person writes something that is theirs:
 * the writing steps (the forgiveness ritual, "getting curious"), the
 * boundary script's fields, the people Help Now reaches. A guarded field:
 *
 * - Does not broadcast what is typed over the accessibility bus unless a
 *   screen reader is on. GTK 4.8 sends an AT-SPI TextChanged signal, with
 *   the text, for every change to a text view's buffer or an editable's
 *   text, to anyone on the bus who listens (on GNOME the bus is always on).
 *   GTK keeps what it connects for this under the widget's
 *   "accessible-text-data"; with no screen reader on, the field blocks
 *   those handlers (on the field, its buffer and its GtkText), each time
 *   it may have been given new ones (realized, mapped, focused, a key
 *   pressed, a buffer set), and unblocks them when a screen reader comes
 *   on, which then hears everything as it must. A client that asks the
 *   field for its text (AT-SPI GetText) is still answered: it shows on
 *   screen.
 * - Never opens the emoji chooser (its recent emoji are kept in dconf):
 *   GTK_INPUT_HINT_NO_EMOJI turns off the context menu's item and the
 *   misc.insert-emoji action, and the "insert-emoji" key binding (Ctrl+.,
 *   Ctrl+;) is refused.
 * - Makes the process non-dumpable while it is mapped (no core dump, no
 *   ptrace by other processes of the same user), then puts back what was
 *   there when the last one goes (see HACKING.md, "Private fields").
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <sys/prctl.h>

#include "soften-private-field.h"

typedef struct
{
  GWeakRef instance;
  gulong   id;
} Blocked;

typedef struct
{
  GtkWidget *field; /* not owned: this is its data */
  GArray    *blocked;
  gboolean   mapped;
} Guard;

static SoftenScreenReader *screen_reader;
static GList              *guards;
static guint               n_mapped;
static int                 dumpable_before;

static gboolean
screen_reader_on (void)
{
  return screen_reader != NULL && soften_screen_reader_get_enabled (screen_reader);
}

/* The GtkText at the end of an editable's delegates. */
static GtkWidget *
text_of (GtkWidget *widget)
{
  while (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget)
         && gtk_editable_get_delegate (GTK_EDITABLE (widget)) != NULL)
    widget = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (widget)));

  return GTK_IS_TEXT (widget) ? widget : NULL;
}

static void
block_on (Guard *guard, gpointer instance, gpointer data)
{
  gulong id;

  while ((id = g_signal_handler_find (instance, G_SIGNAL_MATCH_DATA | G_SIGNAL_MATCH_UNBLOCKED, 0,
                                      0, NULL, NULL, data))
         != 0)
    {
      Blocked blocked = { .id = id };

      g_signal_handler_block (instance, id);
      g_weak_ref_init (&blocked.instance, instance);
      g_array_append_val (guard->blocked, blocked);
    }
}

/* Blocks what GTK connected to tell the accessibility bus of @accessible's
 * text: on itself, its buffer, or the GtkText that holds its text. */
static void
quiet_accessible (Guard *guard, GtkWidget *accessible)
{
  gpointer   data = g_object_get_data (G_OBJECT (accessible), "accessible-text-data");
  GtkWidget *text = text_of (accessible);

  if (data == NULL)
    return;

  block_on (guard, accessible, data);
  if (GTK_IS_TEXT_VIEW (accessible))
    block_on (guard, gtk_text_view_get_buffer (GTK_TEXT_VIEW (accessible)), data);
  if (text != NULL && text != accessible)
    block_on (guard, text, data);
}

static void
quiet (Guard *guard)
{
  GtkWidget *widget = guard->field;

  if (screen_reader_on ())
    return;

  quiet_accessible (guard, widget);
  while (GTK_IS_EDITABLE (widget) && gtk_editable_get_delegate (GTK_EDITABLE (widget)) != NULL
         && GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (widget))) != widget)
    {
      widget = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (widget)));
      quiet_accessible (guard, widget);
    }
}

static void
unquiet (Guard *guard)
{
  gboolean had_any = guard->blocked->len > 0;

  for (guint i = 0; i < guard->blocked->len; i++)
    {
      Blocked            *blocked = &g_array_index (guard->blocked, Blocked, i);
      g_autoptr (GObject) instance = g_weak_ref_get (&blocked->instance);

      if (instance != NULL && g_signal_handler_is_connected (instance, blocked->id))
        g_signal_handler_unblock (instance, blocked->id);
    }
  g_array_set_size (guard->blocked, 0);

  /* GTK did not see the buffers set while it was blocked: tell it. */
  if (had_any && GTK_IS_TEXT_VIEW (guard->field))
    g_object_notify (G_OBJECT (guard->field), "buffer");
}

static void
clear_blocked (gpointer data)
{
  g_weak_ref_clear (&((Blocked *)data)->instance);
}

static void
hold_dumpable (Guard *guard, gboolean hold)
{
  if (guard->mapped == hold)
    return;

  guard->mapped = hold;
  if (hold && n_mapped++ == 0)
    {
      dumpable_before = prctl (PR_GET_DUMPABLE, 0, 0, 0, 0);
      prctl (PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
  else if (!hold && --n_mapped == 0 && dumpable_before > 0)
    prctl (PR_SET_DUMPABLE, dumpable_before, 0, 0, 0);
}

static void
quiet_cb (Guard *guard)
{
  quiet (guard);
}

static void
map_cb (Guard *guard)
{
  quiet (guard);
  hold_dumpable (guard, TRUE);
}

static void
unmap_cb (Guard *guard)
{
  hold_dumpable (guard, FALSE);
}

static gboolean
key_pressed_cb (Guard *guard)
{
  quiet (guard);
  return GDK_EVENT_PROPAGATE;
}

static void
refuse_emoji_cb (GtkWidget *widget)
{
  g_signal_stop_emission_by_name (widget, "insert-emoji");
}

static void
guard_free (gpointer data)
{
  Guard *guard = data;

  hold_dumpable (guard, FALSE);
  guards = g_list_remove (guards, guard);
  g_array_unref (guard->blocked);
  g_free (guard);
}

static void
screen_reader_changed_cb (void)
{
  for (GList *l = guards; l != NULL; l = l->next)
    {
      if (screen_reader_on ())
        unquiet (l->data);
      else
        quiet (l->data);
    }
}

/**
 * soften_private_field_set_screen_reader:
 * @reader: (nullable): says whether a screen reader is on (the
 *   application's); with none, no screen reader is on
 */
void
soften_private_field_set_screen_reader (SoftenScreenReader *reader)
{
  g_return_if_fail (reader == NULL || SOFTEN_IS_SCREEN_READER (reader));

  if (screen_reader != NULL)
    g_signal_handlers_disconnect_by_func (screen_reader, screen_reader_changed_cb, NULL);
  g_set_object (&screen_reader, reader);
  if (screen_reader != NULL)
    g_signal_connect (screen_reader, "notify::enabled", G_CALLBACK (screen_reader_changed_cb),
                      NULL);
  screen_reader_changed_cb ();
}

/**
 * soften_private_field_guard:
 * @field: a GtkTextView or a GtkEditable (an entry, an AdwEntryRow)
 *
 * Keeps what is typed in @field in the process (see above).
 */
void
soften_private_field_guard (GtkWidget *field)
{
  GtkWidget          *text = GTK_IS_TEXT_VIEW (field) ? field : text_of (field);
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  Guard              *guard;

  g_return_if_fail (GTK_IS_TEXT_VIEW (field) || GTK_IS_EDITABLE (field));
  g_return_if_fail (g_object_get_data (G_OBJECT (field), "soften-private-field") == NULL);

  guard = g_new0 (Guard, 1);
  guard->field = field;
  guard->blocked = g_array_new (FALSE, FALSE, sizeof (Blocked));
  g_array_set_clear_func (guard->blocked, clear_blocked);
  g_object_set_data_full (G_OBJECT (field), "soften-private-field", guard, guard_free);
  guards = g_list_prepend (guards, guard);

  if (GTK_IS_TEXT_VIEW (text))
    gtk_text_view_set_input_hints (GTK_TEXT_VIEW (text),
                                   gtk_text_view_get_input_hints (GTK_TEXT_VIEW (text))
                                       | GTK_INPUT_HINT_NO_EMOJI);
  else if (text != NULL)
    gtk_text_set_input_hints (GTK_TEXT (text),
                              gtk_text_get_input_hints (GTK_TEXT (text)) | GTK_INPUT_HINT_NO_EMOJI);
  if (text != NULL)
    {
      g_signal_connect (text, "insert-emoji", G_CALLBACK (refuse_emoji_cb), NULL);
      g_signal_connect_swapped (text, "realize", G_CALLBACK (quiet_cb), guard);
    }

  g_signal_connect_swapped (field, "realize", G_CALLBACK (quiet_cb), guard);
  g_signal_connect_swapped (field, "map", G_CALLBACK (map_cb), guard);
  g_signal_connect_swapped (field, "unmap", G_CALLBACK (unmap_cb), guard);
  if (GTK_IS_TEXT_VIEW (field))
    g_signal_connect_swapped (field, "notify::buffer", G_CALLBACK (quiet_cb), guard);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), guard);
  gtk_widget_add_controller (field, keys);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (quiet_cb), guard);
  gtk_widget_add_controller (field, focus);

  quiet (guard);
}

/* Whether nothing typed in @field goes out: no screen reader is on, and
 * every handler GTK connected to announce its text is blocked. */
gboolean
soften_private_field_is_quiet (GtkWidget *field)
{
  Guard *guard = g_object_get_data (G_OBJECT (field), "soften-private-field");

  g_return_val_if_fail (guard != NULL, FALSE);

  return !screen_reader_on () && guard->blocked->len > 0;
}
