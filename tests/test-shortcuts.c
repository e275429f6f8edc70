/* test-shortcuts.c — every key Soften answers to is in the shortcuts window
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application runs in this process. Its shortcuts window is read from
 * the resource the main window builds it from when first asked for
 * (ui/soften-shortcuts-window.ui), and compared with the keys the app really has:
 *  - every accelerator set for an action (gtk_application_set_accels_for_action,
 *    Ctrl+? for the shortcuts window among them) is shown, by its key or
 *    by its action;
 *  - every key bound on one of Soften's own widgets (binding actions in
 *    class_init, and shortcut controllers such as the player's) is shown;
 *  - every entry names a key that parses or an action that has one, and
 *    every key it shows does something somewhere in the app.
 */

#include "config.h"

#include <adwaita.h>

#include "engine/soften-fake-clock.h"
#include "soften-application.h"
#include "soften-learn-window.h"
#include "soften-notes-window.h"
#include "soften-script-editor.h"
#include "soften-window.h"
#include "ui-test-helpers.h"

#define HELP_OVERLAY_PATH RESOURCE_BASE_PATH "/ui/soften-shortcuts-window.ui"

/* The same key under another name: the keypad's keys, and “=”, which is
 * “+” without Shift. The shortcuts window shows only the first. */
static guint
main_keyval (guint keyval)
{
  static const struct
  {
    guint alias;
    guint keyval;
  } aliases[] = {
    { GDK_KEY_KP_Space, GDK_KEY_space },    { GDK_KEY_KP_Left, GDK_KEY_Left },
    { GDK_KEY_KP_Right, GDK_KEY_Right },    { GDK_KEY_KP_Up, GDK_KEY_Up },
    { GDK_KEY_KP_Down, GDK_KEY_Down },      { GDK_KEY_KP_Home, GDK_KEY_Home },
    { GDK_KEY_KP_Add, GDK_KEY_plus },       { GDK_KEY_equal, GDK_KEY_plus },
    { GDK_KEY_KP_Subtract, GDK_KEY_minus }, { GDK_KEY_KP_Enter, GDK_KEY_Return },
    { GDK_KEY_ISO_Enter, GDK_KEY_Return },
  };

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (aliases[i].alias == keyval)
      return aliases[i].keyval;

  return gdk_keyval_to_lower (keyval);
}

/* A key as a string that compares equal for equal keys. */
static char *
key_id (guint keyval, GdkModifierType modifiers)
{
  return gtk_accelerator_name (main_keyval (keyval),
                               modifiers & gtk_accelerator_get_default_mod_mask ());
}

static char *
accelerator_id (const char *accelerator)
{
  guint           keyval = 0;
  GdkModifierType modifiers = 0;

  if (!gtk_accelerator_parse (accelerator, &keyval, &modifiers) || keyval == 0)
    return NULL;

  return key_id (keyval, modifiers);
}

/* What the shortcuts window shows: keys (as key ids) and action names. */
typedef struct
{
  GHashTable *keys;
  GHashTable *actions;
} Shown;

static void
shown_clear (Shown *shown)
{
  g_clear_pointer (&shown->keys, g_hash_table_unref);
  g_clear_pointer (&shown->actions, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Shown, shown_clear)

static void
read_shortcuts_window (Fixture *f, Shown *shown)
{
  g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource (HELP_OVERLAY_PATH);
  g_autoptr (GSList)     objects = gtk_builder_get_objects (builder);
  GtkWindow             *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  guint                  n_entries = 0;

  shown->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  shown->actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *title = NULL;
      g_autofree char *accelerator = NULL;
      g_autofree char *action_name = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;

      n_entries++;
      g_object_get (l->data, "title", &title, "accelerator", &accelerator, "action-name",
                    &action_name, NULL);

      if (action_name != NULL && action_name[0] != '\0')
        {
          g_auto (GStrv) accels
              = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), action_name);

          g_test_message ("shown: “%s”: action %s", title, action_name);
          /* An action without a key would show an empty row. */
          if (accels[0] == NULL)
            g_error ("“%s” shows the action %s, which has no key", title, action_name);
          g_hash_table_add (shown->actions, g_strdup (action_name));
          for (guint i = 0; accels[i] != NULL; i++)
            g_hash_table_add (shown->keys, accelerator_id (accels[i]));
          continue;
        }

      g_test_message ("shown: “%s”: %s", title, accelerator);
      if (accelerator == NULL || accelerator[0] == '\0')
        g_error ("“%s” shows neither a key nor an action", title);

      {
        g_auto (GStrv) tokens = g_strsplit (accelerator, " ", -1);

        for (guint i = 0; tokens[i] != NULL; i++)
          {
            char *id;

            if (tokens[i][0] == '\0')
              continue;
            id = accelerator_id (tokens[i]);
            if (id == NULL)
              g_error ("“%s” shows “%s”, which is not a key", title, tokens[i]);
            g_hash_table_add (shown->keys, id);
          }
      }
    }

  g_assert_cmpuint (n_entries, >, 0);
  gtk_window_destroy (overlay);
}

/* A key bound on a widget, and what it does. */
typedef struct
{
  char *where;
  char *key;
  char *action;
} Binding;

static void
binding_free (Binding *binding)
{
  g_free (binding->where);
  g_free (binding->key);
  g_free (binding->action);
  g_free (binding);
}

/* The action a shortcut runs, by name: a named action, or a callback given
 * the action's name (as the player's keys are). */
static const char *
shortcut_action_name (GtkShortcut *shortcut)
{
  GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
  GVariant          *arguments = gtk_shortcut_get_arguments (shortcut);

  if (GTK_IS_NAMED_ACTION (action))
    return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));

  if (GTK_IS_CALLBACK_ACTION (action) && arguments != NULL
      && g_variant_is_of_type (arguments, G_VARIANT_TYPE_STRING))
    return g_variant_get_string (arguments, NULL);

  return NULL;
}

static void
add_keyval_binding (GPtrArray   *bindings,
                    GtkWidget   *widget,
                    GtkShortcut *shortcut,
                    const char  *action_name)
{
  GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
  Binding            *binding;

  if (!GTK_IS_KEYVAL_TRIGGER (trigger))
    return;

  binding = g_new0 (Binding, 1);
  binding->where = g_strdup (G_OBJECT_TYPE_NAME (widget));
  binding->key = key_id (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));
  binding->action = g_strdup (action_name != NULL ? action_name : "");
  g_ptr_array_add (bindings, binding);
}

/* Every key under @widget.
 *
 * @ours: keys bound on Soften's own widgets to one of its actions: each of
 *   them must be shown;
 * @anywhere: every key that does something in the app, including what GTK
 *   and libadwaita give (a mnemonic, F10 on the main menu, Alt+← on a
 *   leaflet that goes back, a key a page added on one of its children):
 *   each key shown must be among them. */
static void
collect_keys (GtkWidget *widget, GPtrArray *ours, GPtrArray *anywhere)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean               soften = g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Soften");

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean                       class_keys
          = g_strcmp0 (gtk_event_controller_get_name (controller), "gtk-widget-class-shortcuts")
            == 0;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          const char             *action_name = shortcut_action_name (shortcut);

          if (soften && action_name != NULL)
            add_keyval_binding (ours, widget, shortcut, action_name);
          if (soften || !class_keys)
            add_keyval_binding (anywhere, widget, shortcut, action_name);
        }
    }

  if (GTK_IS_LABEL (widget)
      && gtk_label_get_mnemonic_keyval (GTK_LABEL (widget)) != GDK_KEY_VoidSymbol)
    {
      Binding *binding = g_new0 (Binding, 1);

      binding->where = g_strdup ("mnemonic");
      binding->key = key_id (gtk_label_get_mnemonic_keyval (GTK_LABEL (widget)), GDK_ALT_MASK);
      binding->action = g_strdup (gtk_label_get_label (GTK_LABEL (widget)));
      g_ptr_array_add (anywhere, binding);
    }

  if ((GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
      || (ADW_IS_LEAFLET (widget) && adw_leaflet_get_can_navigate_back (ADW_LEAFLET (widget))))
    {
      Binding *binding = g_new0 (Binding, 1);

      binding->where = g_strdup (G_OBJECT_TYPE_NAME (widget));
      binding->key = GTK_IS_MENU_BUTTON (widget) ? key_id (GDK_KEY_F10, 0)
                                                 : key_id (GDK_KEY_Left, GDK_ALT_MASK);
      binding->action = g_strdup (GTK_IS_MENU_BUTTON (widget) ? "open the main menu" : "go back");
      g_ptr_array_add (anywhere, binding);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_keys (child, ours, anywhere);
}

/* The main window, and the small windows it opens. */
static void
collect_app_keys (Fixture *f, GPtrArray *ours, GPtrArray *anywhere)
{
  SoftenExercise *forgiveness
      = soften_library_lookup (soften_application_get_library (f->app), "forgiveness-ritual");
  g_autoptr (SoftenScript)    script = soften_script_new ();
  g_autoptr (SoftenLearnCard) card = soften_learn_card_lookup ("what-forgiveness-is", NULL);
  GtkWidget                  *notes, *editor, *learn;

  g_assert_nonnull (forgiveness);
  notes = soften_notes_window_new (forgiveness);
  editor = soften_script_editor_new (soften_application_get_scripts (f->app), script);
  g_assert_nonnull (card);
  learn = soften_learn_window_new (card, forgiveness);

  collect_keys (GTK_WIDGET (f->window), ours, anywhere);
  collect_keys (notes, ours, anywhere);
  collect_keys (editor, ours, anywhere);
  collect_keys (learn, ours, anywhere);

  gtk_window_destroy (GTK_WINDOW (notes));
  gtk_window_destroy (GTK_WINDOW (learn));
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Nothing found would make the test pass for nothing. */
  g_assert_cmpuint (ours->len, >, 5);
}

/* Ctrl+? shows the shortcuts window, made the first time it is asked for
 * (not at start-up, where it would cost 3 % of the time to the first frame)
 * and kept with the window after that. */
static void
test_attached (Fixture *f, gconstpointer data)
{
  g_auto (GStrv) accels
      = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), "win.show-help-overlay");
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (f->window);
  GtkShortcutsWindow   *overlay;

  g_assert_cmpstr (accels[0], ==, "<Control>question");
  g_assert_null (gtk_application_window_get_help_overlay (window));

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  iterate ();
  overlay = gtk_application_window_get_help_overlay (window);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));

  /* Closed and asked for again: the same window, shown again. */
  gtk_window_close (GTK_WINDOW (overlay));
  iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  iterate ();
  g_assert_true (gtk_application_window_get_help_overlay (window) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
}

static void
test_app_accelerators (Fixture *f, gconstpointer data)
{
  g_auto (Shown)      shown = { NULL, NULL };
  g_auto (GStrv)      actions = gtk_application_list_action_descriptions (GTK_APPLICATION (f->app));
  g_autoptr (GString) missing = g_string_new (NULL);
  guint               n_accels = 0;

  read_shortcuts_window (f, &shown);

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto (GStrv) accels
          = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), actions[i]);
      g_autofree char     *name = NULL;
      g_autoptr (GVariant) target = NULL;
      g_autoptr (GError)   error = NULL;

      g_assert_true (g_action_parse_detailed_name (actions[i], &name, &target, &error));
      g_assert_no_error (error);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          g_autofree char *id = accelerator_id (accels[j]);

          n_accels++;
          g_test_message ("app: %s for %s", accels[j], actions[i]);
          g_assert_nonnull (id);
          if (!g_hash_table_contains (shown.actions, name)
              && !g_hash_table_contains (shown.keys, id))
            g_string_append_printf (missing, " %s (%s)", accels[j], actions[i]);
        }
    }

  g_assert_cmpuint (n_accels, >=, 4);
  if (missing->len > 0)
    g_test_fail_printf ("not in the shortcuts window (resources/ui/soften-shortcuts-window.ui):%s",
                        missing->str);
}

static void
test_widget_keys (Fixture *f, gconstpointer data)
{
  g_auto (Shown)        shown = { NULL, NULL };
  g_autoptr (GPtrArray) ours = g_ptr_array_new_with_free_func ((GDestroyNotify)binding_free);
  g_autoptr (GPtrArray) anywhere = g_ptr_array_new_with_free_func ((GDestroyNotify)binding_free);
  g_autoptr (GString)   missing = g_string_new (NULL);

  read_shortcuts_window (f, &shown);
  collect_app_keys (f, ours, anywhere);

  for (guint i = 0; i < ours->len; i++)
    {
      Binding *binding = g_ptr_array_index (ours, i);

      g_test_message ("%s: %s for %s", binding->where, binding->key, binding->action);
      if (!g_hash_table_contains (shown.keys, binding->key)
          && !g_hash_table_contains (shown.actions, binding->action))
        g_string_append_printf (missing, " %s (%s, %s)", binding->key, binding->action,
                                binding->where);
    }

  if (missing->len > 0)
    g_test_fail_printf ("not in the shortcuts window (resources/ui/soften-shortcuts-window.ui):%s",
                        missing->str);
}

/* No key is shown that does nothing. */
static void
test_shown_keys_exist (Fixture *f, gconstpointer data)
{
  g_auto (Shown)         shown = { NULL, NULL };
  g_autoptr (GPtrArray)  ours = g_ptr_array_new_with_free_func ((GDestroyNotify)binding_free);
  g_autoptr (GPtrArray)  anywhere = g_ptr_array_new_with_free_func ((GDestroyNotify)binding_free);
  g_autoptr (GHashTable) bound = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto (GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (f->app));
  g_autoptr (GPtrArray) app_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString)   stale = g_string_new (NULL);
  GHashTableIter        iter;
  const char           *key;

  read_shortcuts_window (f, &shown);
  collect_app_keys (f, ours, anywhere);

  for (guint i = 0; i < anywhere->len; i++)
    g_hash_table_add (bound, ((Binding *)g_ptr_array_index (anywhere, i))->key);

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto (GStrv) accels
          = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          char *id = accelerator_id (accels[j]);

          g_ptr_array_add (app_keys, id);
          g_hash_table_add (bound, id);
        }
    }

  g_hash_table_iter_init (&iter, shown.keys);
  while (g_hash_table_iter_next (&iter, (gpointer *)&key, NULL))
    if (!g_hash_table_contains (bound, key))
      g_string_append_printf (stale, " %s", key);

  if (stale->len > 0)
    g_test_fail_printf ("the shortcuts window shows keys that do nothing:%s", stale->str);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) UI_TEST_ADD ("/soften/shortcuts/" path, func)

  ADD ("attached", test_attached);
  ADD ("app-accelerators", test_app_accelerators);
  ADD ("widget-keys", test_widget_keys);
  ADD ("shown-keys-exist", test_shown_keys_exist);

#undef ADD

  ui_app_start ();

  return ui_app_run_tests ();
}
