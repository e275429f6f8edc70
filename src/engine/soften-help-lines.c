/* soften-help-lines.c — emergency numbers and crisis lines, by country
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads data/help/crisis-lines.help.desktop.in as the build leaves it
 * (translations merged in), checking every entry as the file's header
 * says: each has its sources and the day it was checked, and every number
 * is well formed. A file that breaks a rule is refused whole, with the
 * group and key named: a wrong number must never reach someone in danger.
 *
 * The place comes from the locale (LC_TELEPHONE, LC_ADDRESS, then LANG),
 * never from the network; the person can choose another.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "soften-help-line-private.h"
#include "soften-help-lines.h"

#define COUNTRY_PREFIX "Country "
#define LINE_PREFIX    "Line "
#define FALLBACK_GROUP "Fallback"

typedef struct
{
  char       *code; /* "GB"; "" for the fallback */
  char       *name; /* translated */
  char      **emergency;
  char       *note;  /* translated, or NULL */
  GListStore *lines; /* of SoftenHelpLine */
} Place;

struct _SoftenHelpLines
{
  GObject parent_instance;

  GPtrArray *places; /* of Place, in the file's order */
  Place     *fallback;
  char      *directory_name;
  char      *directory_web;
  char      *directory_description;
  char      *checked; /* the oldest Checked= */
};

G_DEFINE_FINAL_TYPE (SoftenHelpLines, soften_help_lines, G_TYPE_OBJECT)

/* The quark's name is the text of its first argument: left as written. */
/* clang-format off */
G_DEFINE_QUARK (soften-help-lines-error-quark, soften_help_lines_error)
/* clang-format on */

static void
place_free (Place *place)
{
  g_free (place->code);
  g_free (place->name);
  g_strfreev (place->emergency);
  g_free (place->note);
  g_clear_object (&place->lines);
  g_free (place);
}

static void
soften_help_lines_finalize (GObject *object)
{
  SoftenHelpLines *self = SOFTEN_HELP_LINES (object);

  g_ptr_array_unref (self->places);
  g_clear_pointer (&self->fallback, place_free);
  g_free (self->directory_name);
  g_free (self->directory_web);
  g_free (self->directory_description);
  g_free (self->checked);

  G_OBJECT_CLASS (soften_help_lines_parent_class)->finalize (object);
}

static void
soften_help_lines_class_init (SoftenHelpLinesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = soften_help_lines_finalize;
}

static void
soften_help_lines_init (SoftenHelpLines *self)
{
  self->places = g_ptr_array_new_with_free_func ((GDestroyNotify)place_free);
}

static gboolean
invalid (GError **error, const char *group, const char *key, const char *what)
{
  g_set_error (error, SOFTEN_HELP_LINES_ERROR, SOFTEN_HELP_LINES_ERROR_INVALID,
               "crisis-lines.ini: [%s] %s: %s", group, key, what);
  return FALSE;
}

/* Digits and single spaces, an optional + first: as a phone is dialled. */
static gboolean
is_phone_number (const char *number, gboolean spaces)
{
  const char *c = number;

  if (*c == '+' && spaces)
    c++;
  if (!g_ascii_isdigit (*c))
    return FALSE;

  for (; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c)
        && !(spaces && *c == ' ' && g_ascii_isdigit (c[-1]) && g_ascii_isdigit (c[1])))
      return FALSE;

  return TRUE;
}

static gboolean
check_numbers (GKeyFile   *key_file,
               const char *group,
               const char *key,
               gboolean    spaces,
               GError    **error)
{
  g_auto (GStrv) numbers = g_key_file_get_string_list (key_file, group, key, NULL, NULL);

  for (guint i = 0; numbers != NULL && numbers[i] != NULL; i++)
    if (!is_phone_number (numbers[i], spaces))
      return invalid (error, group, key, "expected digits, single spaces and a + first");

  return TRUE;
}

/* Source= and Checked=, which every entry has; remembers the oldest date. */
static gboolean
check_provenance (SoftenHelpLines *self, GKeyFile *key_file, const char *group, GError **error)
{
  g_auto (GStrv)   sources = g_key_file_get_string_list (key_file, group, "Source", NULL, NULL);
  g_autofree char *checked = g_key_file_get_string (key_file, group, "Checked", NULL);
  int              year = 0, month = 0, day = 0;
  char             tail = 0;

  if (sources == NULL || sources[0] == NULL)
    return invalid (error, group, "Source", "expected the page it was checked against");
  for (guint i = 0; sources[i] != NULL; i++)
    if (!g_str_has_prefix (sources[i], "https://") && !g_str_has_prefix (sources[i], "http://"))
      return invalid (error, group, "Source", "expected a web address");

  if (checked == NULL || strlen (checked) != 10
      || sscanf (checked, "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3
      || !g_date_valid_dmy (day, month, year))
    return invalid (error, group, "Checked", "expected the date it was checked, YYYY-MM-DD");

  if (self->checked == NULL || strcmp (checked, self->checked) < 0)
    {
      g_free (self->checked);
      self->checked = g_steal_pointer (&checked);
    }

  return TRUE;
}

static Place *
read_place (SoftenHelpLines *self,
            GKeyFile        *key_file,
            const char      *group,
            const char      *code,
            GError         **error)
{
  g_autoptr (GError) missing = NULL;
  Place             *place;

  if (!check_provenance (self, key_file, group, error)
      || !check_numbers (key_file, group, "Emergency", FALSE, error))
    return NULL;

  place = g_new0 (Place, 1);
  place->code = g_strdup (code);
  place->name = g_key_file_get_locale_string (key_file, group, "Place", NULL, NULL);
  place->emergency = g_key_file_get_string_list (key_file, group, "Emergency", NULL, &missing);
  place->note = g_key_file_get_locale_string (key_file, group, "EmergencyNote", NULL, NULL);
  place->lines = g_list_store_new (SOFTEN_TYPE_HELP_LINE);

  if (place->emergency == NULL || place->emergency[0] == NULL
      || (code[0] != '\0' && place->name == NULL))
    {
      place_free (place);
      invalid (error, group, missing != NULL ? "Emergency" : "Place", "expected a value");
      return NULL;
    }

  return place;
}

static SoftenHelpLineKind
read_kind (const char *kind, gboolean *valid)
{
  *valid = TRUE;
  if (g_strcmp0 (kind, "crisis") == 0)
    return SOFTEN_HELP_LINE_CRISIS;
  if (g_strcmp0 (kind, "domestic-abuse") == 0)
    return SOFTEN_HELP_LINE_DOMESTIC_ABUSE;

  *valid = FALSE;
  return SOFTEN_HELP_LINE_CRISIS;
}

static SoftenHelpLine *
read_line (SoftenHelpLines *self, GKeyFile *key_file, const char *group, GError **error)
{
  g_autofree char           *kind = g_key_file_get_string (key_file, group, "Kind", NULL);
  g_autoptr (SoftenHelpLine) line = g_object_new (SOFTEN_TYPE_HELP_LINE, NULL);
  gboolean                   valid;

  if (!check_provenance (self, key_file, group, error)
      || !check_numbers (key_file, group, "Phone", TRUE, error)
      || !check_numbers (key_file, group, "SMS", TRUE, error)
      || !check_numbers (key_file, group, "WhatsApp", TRUE, error))
    return NULL;

  line->kind = read_kind (kind, &valid);
  line->name = g_key_file_get_string (key_file, group, "Service", NULL);
  line->description = g_key_file_get_locale_string (key_file, group, "Description", NULL, NULL);
  line->region = g_key_file_get_string (key_file, group, "Region", NULL);
  line->phones = g_key_file_get_string_list (key_file, group, "Phone", NULL, NULL);
  line->sms = g_key_file_get_string (key_file, group, "SMS", NULL);
  line->sms_body = g_key_file_get_string (key_file, group, "SMSBody", NULL);
  line->whatsapp = g_key_file_get_string (key_file, group, "WhatsApp", NULL);
  line->web = g_key_file_get_string (key_file, group, "Web", NULL);
  line->hours = g_key_file_get_locale_string (key_file, group, "Hours", NULL, NULL);
  if (line->phones == NULL)
    line->phones = g_new0 (char *, 1);

  if (!valid)
    return invalid (error, group, "Kind", "expected “crisis” or “domestic-abuse”"), NULL;
  if (line->name == NULL || line->description == NULL)
    return invalid (error, group, line->name == NULL ? "Service" : "Description",
                    "expected a value"),
           NULL;
  if (line->phones[0] == NULL && line->sms == NULL && line->whatsapp == NULL && line->web == NULL)
    return invalid (error, group, "Phone", "expected a way to reach it"), NULL;
  if (line->web != NULL && !g_str_has_prefix (line->web, "https://"))
    return invalid (error, group, "Web", "expected an https:// address"), NULL;

  return g_steal_pointer (&line);
}

static Place *
find_place (SoftenHelpLines *self, const char *code)
{
  for (guint i = 0; code != NULL && i < self->places->len; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);

      if (g_ascii_strcasecmp (place->code, code) == 0)
        return place;
    }

  return NULL;
}

static gboolean
read_fallback (SoftenHelpLines *self, GKeyFile *key_file, GError **error)
{
  self->fallback = read_place (self, key_file, FALLBACK_GROUP, "", error);
  if (self->fallback == NULL)
    return FALSE;

  self->directory_name = g_key_file_get_string (key_file, FALLBACK_GROUP, "DirectoryName", NULL);
  self->directory_web = g_key_file_get_string (key_file, FALLBACK_GROUP, "DirectoryWeb", NULL);
  self->directory_description
      = g_key_file_get_locale_string (key_file, FALLBACK_GROUP, "DirectoryDescription", NULL, NULL);
  if (self->directory_name == NULL || self->directory_description == NULL
      || !g_str_has_prefix (self->directory_web != NULL ? self->directory_web : "", "https://"))
    return invalid (error, FALLBACK_GROUP, "Directory", "expected a name, an address and words");

  return TRUE;
}

/* Lines after their countries: a line's country must have been read. */
static gboolean
read_groups (SoftenHelpLines *self, GKeyFile *key_file, GError **error)
{
  g_auto (GStrv) groups = g_key_file_get_groups (key_file, NULL);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; groups[i] != NULL; i++)
      {
        const char *group = groups[i];

        if (pass == 0 && g_str_has_prefix (group, COUNTRY_PREFIX))
          {
            Place *place
                = read_place (self, key_file, group, group + strlen (COUNTRY_PREFIX), error);

            if (place == NULL)
              return FALSE;
            g_ptr_array_add (self->places, place);
          }
        else if (pass == 1 && g_str_has_prefix (group, LINE_PREFIX))
          {
            g_autofree char *country = g_key_file_get_string (key_file, group, "Country", NULL);
            g_autoptr (SoftenHelpLine) line = read_line (self, key_file, group, error);
            Place                     *place = find_place (self, country);

            if (line == NULL)
              return FALSE;
            if (place == NULL)
              return invalid (error, group, "Country", "expected a country with its own group");
            g_list_store_append (place->lines, line);
          }
      }

  return read_fallback (self, key_file, error);
}

/**
 * soften_help_lines_new_from_bytes:
 * @bytes: crisis-lines.ini, translations merged in
 *
 * Returns: (transfer full): the lines, or %NULL with @error saying which
 *   entry breaks which rule
 */
SoftenHelpLines *
soften_help_lines_new_from_bytes (GBytes *bytes, GError **error)
{
  g_autoptr (SoftenHelpLines) self = g_object_new (SOFTEN_TYPE_HELP_LINES, NULL);
  g_autoptr (GKeyFile)        key_file = g_key_file_new ();
  gsize                       length;
  const char                 *data = g_bytes_get_data (bytes, &length);

  if (!g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_KEEP_TRANSLATIONS, error)
      || !read_groups (self, key_file, error))
    return NULL;

  return g_steal_pointer (&self);
}

guint
soften_help_lines_get_n_places (SoftenHelpLines *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINES (self), 0);

  return self->places->len;
}

/* Returns: the two-letter code of the country at @position, in the file's order */
const char *
soften_help_lines_get_place_code (SoftenHelpLines *self, guint position)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINES (self), NULL);
  g_return_val_if_fail (position < self->places->len, NULL);

  return ((Place *)g_ptr_array_index (self->places, position))->code;
}

/* Returns: the name of the country at @position, translated */
const char *
soften_help_lines_get_place_name (SoftenHelpLines *self, guint position)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINES (self), NULL);
  g_return_val_if_fail (position < self->places->len, NULL);

  return ((Place *)g_ptr_array_index (self->places, position))->name;
}

gboolean
soften_help_lines_has_place (SoftenHelpLines *self, const char *code)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINES (self), FALSE);

  return find_place (self, code) != NULL;
}

static Place *
place_or_fallback (SoftenHelpLines *self, const char *code)
{
  Place *place = find_place (self, code);

  return place != NULL ? place : self->fallback;
}

/* Returns: (transfer none): the emergency numbers of @code, most useful
 * first; those to suggest elsewhere for a country not listed */
const char *const *
soften_help_lines_get_emergency (SoftenHelpLines *self, const char *code)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINES (self), NULL);

  return (const char *const *)place_or_fallback (self, code)->emergency;
}

/* Returns: (nullable): what to know about those numbers, translated */
const char *
soften_help_lines_get_emergency_note (SoftenHelpLines *self, const char *code)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINES (self), NULL);

  return place_or_fallback (self, code)->note;
}

/* Returns: (transfer none): the lines of @code, as SoftenHelpLine; none
 * for a country not listed */
GListModel *
soften_help_lines_get_lines (SoftenHelpLines *self, const char *code)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINES (self), NULL);

  return G_LIST_MODEL (place_or_fallback (self, code)->lines);
}

/* Returns: an international directory of helplines, never translated */
const char *
soften_help_lines_get_directory_name (SoftenHelpLines *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINES (self), NULL);

  return self->directory_name;
}

const char *
soften_help_lines_get_directory_web (SoftenHelpLines *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINES (self), NULL);

  return self->directory_web;
}

const char *
soften_help_lines_get_directory_description (SoftenHelpLines *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINES (self), NULL);

  return self->directory_description;
}

/* Returns: the day the oldest entry was checked, YYYY-MM-DD */
const char *
soften_help_lines_get_checked (SoftenHelpLines *self)
{
  g_return_val_if_fail (SOFTEN_IS_HELP_LINES (self), NULL);

  return self->checked;
}

/* "en_GB.UTF-8@euro" → "GB"; NULL for "C", "POSIX" or no country. */
static char *
country_of (const char *locale)
{
  const char *underscore = locale != NULL ? strchr (locale, '_') : NULL;

  if (underscore == NULL || !g_ascii_isalpha (underscore[1]) || !g_ascii_isalpha (underscore[2])
      || g_ascii_isalnum (underscore[3]))
    return NULL;

  return g_ascii_strup (underscore + 1, 2);
}

/**
 * soften_help_region_from_locale:
 *
 * Returns: (transfer full) (nullable): the country the person's locale
 *   says, from the telephone then the address settings, then LANG
 */
char *
soften_help_region_from_locale (void)
{
  char *code = NULL;

#ifdef LC_TELEPHONE
  code = country_of (setlocale (LC_TELEPHONE, NULL));
#endif
#ifdef LC_ADDRESS
  if (code == NULL)
    code = country_of (setlocale (LC_ADDRESS, NULL));
#endif
  if (code == NULL)
    code = country_of (g_getenv ("LANG"));

  return code;
}
