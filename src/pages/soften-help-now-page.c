/* soften-help-now-page.c — help for someone in crisis or in danger
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One key from anywhere (app.help-now, Alt+H): Stop and Ground at once;
 * what to do when the alarm is about now, with the emergency number for
 * where the person is; the people they chose to add; and the crisis and
 * domestic-abuse lines for their country (data/help). The country comes
 * from the locale, never from the network, and the person can choose
 * another (the help-region setting). Nothing here calls, texts or sends
 * anything: numbers are shown, and copied when asked.
 */

#define G_LOG_DOMAIN "soften"

#include "config.h"

#include <glib/gi18n.h>

#include "engine/soften-contact-store.h"
#include "engine/soften-help-lines.h"
#include "soften-contact-row.h"
#include "soften-help-line-row.h"
#include "soften-help-now-page.h"

#include "soften-private-field.h"

struct _SoftenHelpNowPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkWidget   *ground_button;
  GtkLabel    *emergency_label;
  GtkLabel    *emergency_note_label;
  GtkLabel    *contacts_problem_label;
  GtkListBox  *contacts_list;
  AdwComboRow *place_row;
  GtkListBox  *lines_list;
  GtkLabel    *checked_label;

  /* Owned */
  SoftenContactStore *contacts;
  GSettings          *settings;
  SoftenHelpLines    *lines;
  char               *place; /* the country shown, or NULL for elsewhere */
  /* While adding or changing someone: the dialog and its fields */
  AdwMessageDialog *contact_dialog;
  GtkEditable      *name_row;
  GtkEditable      *number_row;
  GtkLabel         *problem_label;
  SoftenContact    *editing; /* the contact it changes, or NULL to add one */
};

G_DEFINE_FINAL_TYPE (SoftenHelpNowPage, soften_help_now_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTACTS,
  PROP_CONTACTS_PROBLEM,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (SoftenHelpNowPage *self, const char *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

/* ---- Where the person is ------------------------------------------------ */

static void
show_emergency (SoftenHelpNowPage *self)
{
  const char *const *numbers = soften_help_lines_get_emergency (self->lines, self->place);
  const char        *note = soften_help_lines_get_emergency_note (self->lines, self->place);
  g_autofree char   *joined = g_strjoinv (" · ", (char **)numbers);
  g_autofree char   *call = NULL;

  /* Translators: on Help Now, the emergency numbers for where the person is,
   * e.g. "In danger right now: call 999 · 112" */
  call = g_strdup_printf (_("In danger right now: call %s"), joined);
  gtk_label_set_text (self->emergency_label, call);
  gtk_label_set_text (self->emergency_note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->emergency_note_label), note != NULL);
}

static GtkWidget *
create_line_row (gpointer item, gpointer user_data)
{
  return soften_help_line_row_new (item);
}

/* A country not listed: an international directory to find a line. */
static void
show_directory (SoftenHelpNowPage *self)
{
  g_autoptr (GListStore) none = g_list_store_new (SOFTEN_TYPE_HELP_LINE);
  GtkWidget             *row = g_object_new (
                  ADW_TYPE_ACTION_ROW, "title", soften_help_lines_get_directory_name (self->lines), "subtitle",
                  soften_help_lines_get_directory_description (self->lines), "use-markup", FALSE, NULL);
  GtkWidget *address = gtk_label_new (soften_help_lines_get_directory_web (self->lines));

  gtk_label_set_selectable (GTK_LABEL (address), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), address);
  gtk_list_box_bind_model (self->lines_list, NULL, NULL, NULL, NULL);
  gtk_list_box_append (self->lines_list, row);
}

static void
show_place (SoftenHelpNowPage *self)
{
  show_emergency (self);

  if (self->place != NULL)
    gtk_list_box_bind_model (self->lines_list,
                             soften_help_lines_get_lines (self->lines, self->place),
                             create_line_row, NULL, NULL);
  else
    show_directory (self);
}

/* The choice in the list of places: a listed country, or the last entry,
 * "Somewhere Else". */
static void
place_selected_cb (SoftenHelpNowPage *self)
{
  guint selected = adw_combo_row_get_selected (self->place_row);
  guint n = soften_help_lines_get_n_places (self->lines);

  g_clear_pointer (&self->place, g_free);
  if (selected < n)
    self->place = g_strdup (soften_help_lines_get_place_code (self->lines, selected));

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "help-region", self->place != NULL ? self->place : "-");
  show_place (self);
}

/* The place chosen before, or the locale's; "-" is "somewhere else". */
static guint
initial_place (SoftenHelpNowPage *self)
{
  g_autofree char *chosen
      = self->settings != NULL ? g_settings_get_string (self->settings, "help-region") : NULL;
  g_autofree char *guessed = NULL;
  const char      *code = chosen;
  guint            n = soften_help_lines_get_n_places (self->lines);

  if (code == NULL || code[0] == '\0')
    code = guessed = soften_help_region_from_locale ();

  for (guint i = 0; code != NULL && i < n; i++)
    if (g_ascii_strcasecmp (soften_help_lines_get_place_code (self->lines, i), code) == 0)
      return i;

  return n;
}

static void
setup_places (SoftenHelpNowPage *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char          *checked = NULL;

  for (guint i = 0; i < soften_help_lines_get_n_places (self->lines); i++)
    gtk_string_list_append (names, soften_help_lines_get_place_name (self->lines, i));
  /* Translators: on Help Now, the place for a country not listed */
  gtk_string_list_append (names, C_("place", "Somewhere Else"));

  g_signal_handlers_block_by_func (self->place_row, place_selected_cb, self);
  adw_combo_row_set_model (self->place_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->place_row, initial_place (self));
  g_signal_handlers_unblock_by_func (self->place_row, place_selected_cb, self);

  g_clear_pointer (&self->place, g_free);
  if (adw_combo_row_get_selected (self->place_row) < soften_help_lines_get_n_places (self->lines))
    self->place = g_strdup (soften_help_lines_get_place_code (
        self->lines, adw_combo_row_get_selected (self->place_row)));
  show_place (self);

  /* Translators: %s is a date, YYYY-MM-DD */
  checked = g_strdup_printf (_("Every number was checked on %s against the service’s own page or "
                                "an official one. If a line does not answer, the emergency number "
                                "does."),
                             soften_help_lines_get_checked (self->lines));
  gtk_label_set_text (self->checked_label, checked);
}

/* ---- People the person can reach ----------------------------------------- */

static GtkWidget *
create_contact_row (gpointer item, gpointer user_data)
{
  return soften_contact_row_new (item);
}

static void
contact_entries_changed_cb (SoftenHelpNowPage *self)
{
  g_autoptr (GError) error = NULL;
  const char        *name = gtk_editable_get_text (self->name_row);
  const char        *number = gtk_editable_get_text (self->number_row);
  gboolean           ok = soften_contact_check (name, number, &error);

  adw_message_dialog_set_response_enabled (self->contact_dialog, "save", ok);
  /* Said once something is typed, not before. */
  gtk_label_set_text (self->problem_label,
                      !ok && (name[0] != '\0' || number[0] != '\0') ? error->message : "");
}

static void
contact_response_cb (SoftenHelpNowPage *self, const char *response)
{
  g_autoptr (SoftenContact) contact = NULL;
  g_autoptr (SoftenContact) editing = g_steal_pointer (&self->editing);
  g_autoptr (GError)        error = NULL;
  const char               *name = gtk_editable_get_text (self->name_row);
  const char               *number = gtk_editable_get_text (self->number_row);

  self->contact_dialog = NULL;

  if (g_str_equal (response, "remove") && editing != NULL)
    soften_contact_store_remove (self->contacts, soften_contact_get_id (editing), &error);
  else if (g_str_equal (response, "save"))
    {
      contact = editing != NULL ? soften_contact_edit (editing, name, number, &error)
                                : soften_contact_new (name, number, &error);
      if (contact != NULL)
        soften_contact_store_replace (self->contacts, contact, &error);
    }

  if (error != NULL)
    {
      /* Translators: %s says why, e.g. "No space left on device" */
      g_autofree char *message = g_strdup_printf (_("It could not be kept: %s"), error->message);

      toast (self, message);
    }
}

static void
open_contact_dialog (SoftenHelpNowPage *self, SoftenContact *contact)
{
  g_autoptr (GtkBuilder) builder
      = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/soften-contact-dialog.ui");

  if (self->contact_dialog != NULL || self->contacts == NULL)
    return;

  self->contact_dialog = ADW_MESSAGE_DIALOG (gtk_builder_get_object (builder, "dialog"));
  self->name_row = GTK_EDITABLE (gtk_builder_get_object (builder, "name_row"));
  self->number_row = GTK_EDITABLE (gtk_builder_get_object (builder, "number_row"));
  self->problem_label = GTK_LABEL (gtk_builder_get_object (builder, "problem_label"));
  /* The people a person would reach are theirs. */
  soften_private_field_guard (GTK_WIDGET (self->name_row));
  soften_private_field_guard (GTK_WIDGET (self->number_row));
  g_set_object (&self->editing, contact);

  if (contact != NULL)
    {
      gtk_editable_set_text (self->name_row, soften_contact_get_name (contact));
      gtk_editable_set_text (self->number_row, soften_contact_get_number (contact));
    }
  if (contact != NULL)
    {
      /* Translators: removes someone from Help Now's people to reach */
      adw_message_dialog_add_response (self->contact_dialog, "remove", _("_Remove"));
      adw_message_dialog_set_response_appearance (self->contact_dialog, "remove",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_response (self->contact_dialog, "save", _("_Save"));
  adw_message_dialog_set_response_appearance (self->contact_dialog, "save", ADW_RESPONSE_SUGGESTED);

  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (contact_entries_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->number_row, "changed", G_CALLBACK (contact_entries_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->contact_dialog, "response", G_CALLBACK (contact_response_cb), self,
                           G_CONNECT_SWAPPED);
  contact_entries_changed_cb (self);

  gtk_window_set_transient_for (GTK_WINDOW (self->contact_dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (self->contact_dialog));
}

static void
add_contact_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  open_contact_dialog (SOFTEN_HELP_NOW_PAGE (widget), NULL);
}

static void
edit_contact_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  SoftenHelpNowPage *self = SOFTEN_HELP_NOW_PAGE (widget);
  SoftenContact     *contact;

  if (self->contacts == NULL)
    return;

  contact = soften_contact_store_lookup (self->contacts, g_variant_get_string (parameter, NULL));
  if (contact != NULL)
    open_contact_dialog (self, contact);
}

/* At the person's request only: the one way a number leaves the page. */
static void
copy_number_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget),
                          g_variant_get_string (parameter, NULL));
  /* Translators: after a phone number was copied */
  toast (SOFTEN_HELP_NOW_PAGE (widget),
         _("Copied. Paste it into the phone or app you call with."));
}

static void
set_contacts (SoftenHelpNowPage *self, SoftenContactStore *contacts)
{
  if (!g_set_object (&self->contacts, contacts))
    return;

  gtk_list_box_bind_model (self->contacts_list, G_LIST_MODEL (contacts), create_contact_row, NULL,
                           NULL);
}

static void
set_contacts_problem (SoftenHelpNowPage *self, const char *problem)
{
  gtk_label_set_text (self->contacts_problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->contacts_problem_label), problem != NULL);
}

/* Chosen elsewhere (another window, or a test): followed here. */
static void
region_changed_cb (SoftenHelpNowPage *self)
{
  guint place = initial_place (self);

  if (place != adw_combo_row_get_selected (self->place_row))
    adw_combo_row_set_selected (self->place_row, place);
}

static void
set_settings (SoftenHelpNowPage *self, GSettings *settings)
{
  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  if (self->lines == NULL)
    return;

  if (settings != NULL)
    g_signal_connect_object (settings, "changed::help-region", G_CALLBACK (region_changed_cb), self,
                             G_CONNECT_SWAPPED);
  setup_places (self);
}

/* ---- The page ------------------------------------------------------------ */

static void
soften_help_now_page_dispose (GObject *object)
{
  SoftenHelpNowPage *self = SOFTEN_HELP_NOW_PAGE (object);

  if (self->contact_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->contact_dialog));
  self->contact_dialog = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (object), SOFTEN_TYPE_HELP_NOW_PAGE);
  g_clear_object (&self->contacts);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->lines);
  g_clear_object (&self->editing);
  g_clear_pointer (&self->place, g_free);

  G_OBJECT_CLASS (soften_help_now_page_parent_class)->dispose (object);
}

static void
soften_help_now_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SoftenHelpNowPage *self = SOFTEN_HELP_NOW_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTACTS:
      g_value_set_object (value, self->contacts);
      break;

    case PROP_CONTACTS_PROBLEM:
      g_value_set_string (value, gtk_label_get_text (self->contacts_problem_label));
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
soften_help_now_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SoftenHelpNowPage *self = SOFTEN_HELP_NOW_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTACTS:
      set_contacts (self, g_value_get_object (value));
      break;

    case PROP_CONTACTS_PROBLEM:
      set_contacts_problem (self, g_value_get_string (value));
      break;

    case PROP_SETTINGS:
      set_settings (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Someone who comes here in a hurry is one Enter from Stop and Ground. */
static gboolean
soften_help_now_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (SOFTEN_HELP_NOW_PAGE (widget)->ground_button);
}

static void
soften_help_now_page_class_init (SoftenHelpNowPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = soften_help_now_page_dispose;
  object_class->get_property = soften_help_now_page_get_property;
  object_class->set_property = soften_help_now_page_set_property;
  widget_class->grab_focus = soften_help_now_page_grab_focus;

  properties[PROP_CONTACTS]
      = g_param_spec_object ("contacts", NULL, NULL, SOFTEN_TYPE_CONTACT_STORE,
                             G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* Why the people one added could not all be read, if they could not. */
  properties[PROP_CONTACTS_PROBLEM] = g_param_spec_string (
      "contacts-problem", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* Where the place chosen is kept (help-region). */
  properties[PROP_SETTINGS] = g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                                                   G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/soften-help-now-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpNowPage, ground_button);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpNowPage, emergency_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpNowPage, emergency_note_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpNowPage, contacts_problem_label);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpNowPage, contacts_list);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpNowPage, place_row);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpNowPage, lines_list);
  gtk_widget_class_bind_template_child (widget_class, SoftenHelpNowPage, checked_label);
  gtk_widget_class_bind_template_callback (widget_class, place_selected_cb);

  gtk_widget_class_install_action (widget_class, "help-now.add-contact", NULL, add_contact_action);
  gtk_widget_class_install_action (widget_class, "help-now.edit-contact", "s", edit_contact_action);
  gtk_widget_class_install_action (widget_class, "help-now.copy-number", "s", copy_number_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.show-library", NULL);
}

static void
soften_help_now_page_init (SoftenHelpNowPage *self)
{
  g_autoptr (GBytes) bytes = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Part of the app itself, and tested: it can only fail if it is broken. */
  bytes = g_resources_lookup_data (SOFTEN_HELP_LINES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes != NULL)
    self->lines = soften_help_lines_new_from_bytes (bytes, NULL);
  g_return_if_fail (self->lines != NULL);

  setup_places (self);
}
