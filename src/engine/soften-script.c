/* soften-script.c — a boundary or repair script: what I feel, what I need, who helps me
 *
 * Copyright 2026 The Soften authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A script is short fields the person fills in: a boundary script's five,
 * or a repair script's three and who helps (an exercise asks for one or the
 * other). The text they will say
 * is built from whichever fields are filled, one whole sentence per idea,
 * so that an empty field leaves no dangling "When , I feel". Each sentence
 * is one translatable string with numbered placeholders, so translators can
 * put the parts in their language's order.
 *
 * A script is only ever stored when the person chooses to keep it (see
 * SoftenScriptStore); the draft being written lives in memory.
 */

#define G_LOG_DOMAIN "soften-engine"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "soften-nicks.h"
#include "soften-script.h"

struct _SoftenScript
{
  GObject parent_instance;

  char  *id;
  gint64 created;
  char  *fields[SOFTEN_SCRIPT_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (SoftenScript, soften_script, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
soften_script_finalize (GObject *object)
{
  SoftenScript *self = (SoftenScript *)object;

  g_clear_pointer (&self->id, g_free);
  for (guint i = 0; i < SOFTEN_SCRIPT_N_FIELDS; i++)
    g_clear_pointer (&self->fields[i], g_free);

  G_OBJECT_CLASS (soften_script_parent_class)->finalize (object);
}

static void
soften_script_class_init (SoftenScriptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = soften_script_finalize;

  /* A field changed: the script's text may read differently. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
soften_script_init (SoftenScript *self)
{
  self->id = g_uuid_string_random ();
  self->created = g_get_real_time () / G_USEC_PER_SEC;
}

SoftenScript *
soften_script_new (void)
{
  return g_object_new (SOFTEN_TYPE_SCRIPT, NULL);
}

/* Returns: (transfer full): a copy with the same id, time and fields */
SoftenScript *
soften_script_copy (SoftenScript *self)
{
  SoftenScript *copy;

  g_return_val_if_fail (SOFTEN_IS_SCRIPT (self), NULL);

  copy = soften_script_new ();
  soften_script_set_id (copy, self->id);
  copy->created = self->created;
  for (guint i = 0; i < SOFTEN_SCRIPT_N_FIELDS; i++)
    copy->fields[i] = g_strdup (self->fields[i]);

  return copy;
}

/* Makes @into the same script as @self: its id, date and words. */
void
soften_script_copy_into (SoftenScript *self, SoftenScript *into)
{
  g_return_if_fail (SOFTEN_IS_SCRIPT (self));
  g_return_if_fail (SOFTEN_IS_SCRIPT (into));

  soften_script_set_id (into, self->id);
  soften_script_set_created (into, self->created);
  for (guint f = 0; f < SOFTEN_SCRIPT_N_FIELDS; f++)
    soften_script_set_field (into, f, self->fields[f]);
}

const char *
soften_script_get_id (SoftenScript *self)
{
  g_return_val_if_fail (SOFTEN_IS_SCRIPT (self), NULL);

  return self->id;
}

void
soften_script_set_id (SoftenScript *self, const char *id)
{
  g_return_if_fail (SOFTEN_IS_SCRIPT (self));
  g_return_if_fail (id != NULL);

  g_free (self->id);
  self->id = g_strdup (id);
}

gint64
soften_script_get_created (SoftenScript *self)
{
  g_return_val_if_fail (SOFTEN_IS_SCRIPT (self), 0);

  return self->created;
}

void
soften_script_set_created (SoftenScript *self, gint64 unix_time)
{
  g_return_if_fail (SOFTEN_IS_SCRIPT (self));

  self->created = unix_time;
}

/* Returns: the field's text, "" when empty */
const char *
soften_script_get_field (SoftenScript *self, SoftenScriptField field)
{
  g_return_val_if_fail (SOFTEN_IS_SCRIPT (self), NULL);
  g_return_val_if_fail (field < SOFTEN_SCRIPT_N_FIELDS, NULL);

  return self->fields[field] != NULL ? self->fields[field] : "";
}

void
soften_script_set_field (SoftenScript *self, SoftenScriptField field, const char *text)
{
  g_return_if_fail (SOFTEN_IS_SCRIPT (self));
  g_return_if_fail (field < SOFTEN_SCRIPT_N_FIELDS);

  if (g_strcmp0 (soften_script_get_field (self, field), text != NULL ? text : "") == 0)
    return;

  g_free (self->fields[field]);
  self->fields[field] = g_strdup (text);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Returns: whether every field is empty or blank */
gboolean
soften_script_is_empty (SoftenScript *self)
{
  g_return_val_if_fail (SOFTEN_IS_SCRIPT (self), TRUE);

  for (guint i = 0; i < SOFTEN_SCRIPT_N_FIELDS; i++)
    {
      g_autofree char *copy = g_strdup (soften_script_get_field (self, i));

      if (g_strstrip (copy)[0] != '\0')
        return FALSE;
    }

  return TRUE;
}

/* Empties every field, for a draft that was not kept. */
void
soften_script_clear (SoftenScript *self)
{
  g_return_if_fail (SOFTEN_IS_SCRIPT (self));

  for (guint i = 0; i < SOFTEN_SCRIPT_N_FIELDS; i++)
    {
      if (self->fields[i] != NULL)
        memset (self->fields[i], 0, strlen (self->fields[i]));
      g_clear_pointer (&self->fields[i], g_free);
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

/* A field as it goes into a sentence: trimmed, without the full stop or
 * comma the person may have typed at its end. NULL when blank. */
static char *
clause (SoftenScript *self, SoftenScriptField field)
{
  g_autofree char *text = g_strdup (soften_script_get_field (self, field));
  gsize            length;

  g_strstrip (text);
  length = strlen (text);
  while (length > 0 && strchr (".,;:", text[length - 1]) != NULL)
    text[--length] = '\0';
  g_strchomp (text);

  if (text[0] == '\0')
    return NULL;

  return g_steal_pointer (&text);
}

static void
append_sentence (GString *text, const char *sentence)
{
  if (text->len > 0)
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
}

/* A repair script's sentences, from the fields that are filled. */
static void
append_repair (SoftenScript *self, GString *text)
{
  g_autofree char *because = clause (self, SOFTEN_SCRIPT_BECAUSE);
  g_autofree char *know = clause (self, SOFTEN_SCRIPT_KNOW);
  g_autofree char *next = clause (self, SOFTEN_SCRIPT_NEXT);

  if (because != NULL)
    {
      /* Translators: a repair script's sentence, said after a fight; %s is
       * why the person stepped away ("I was too flooded to listen") */
      g_autofree char *s = g_strdup_printf (_("I stepped away because %s."), because);
      append_sentence (text, s);
    }

  if (know != NULL)
    {
      /* Translators: a repair script's sentence; %s is what the person wants
       * their partner to know ("I still care about you") */
      g_autofree char *s = g_strdup_printf (_("What I want you to know is %s."), know);
      append_sentence (text, s);
    }

  if (next != NULL)
    {
      /* Translators: a repair script's sentence; %s is what the person would
       * like to try next time ("to take a short break and then come back") */
      g_autofree char *s = g_strdup_printf (_("What I’d like us to try next time is %s."), next);
      append_sentence (text, s);
    }
}

/**
 * soften_script_build_text:
 *
 * Returns: (transfer full): what the person will say, in whole first-person
 *   sentences, from the fields that are filled; "" when none is
 */
char *
soften_script_build_text (SoftenScript *self)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char    *when = NULL;
  g_autofree char    *feel = NULL;
  g_autofree char    *line = NULL;
  g_autofree char    *need = NULL;

  g_return_val_if_fail (SOFTEN_IS_SCRIPT (self), NULL);

  when = clause (self, SOFTEN_SCRIPT_WHEN);
  feel = clause (self, SOFTEN_SCRIPT_FEEL);
  line = clause (self, SOFTEN_SCRIPT_LINE);
  need = clause (self, SOFTEN_SCRIPT_NEED);

  if (when != NULL && feel != NULL)
    {
      /* Translators: a boundary script's first sentence. %1$s is what
       * happened ("plans are made without me"), %2$s the feeling ("left
       * out"); reorder them as your language needs */
      g_autofree char *s = g_strdup_printf (_("When %1$s, I feel %2$s."), when, feel);
      append_sentence (text, s);
    }
  else if (feel != NULL)
    {
      /* Translators: a boundary script's sentence; %s is a feeling ("left out") */
      g_autofree char *s = g_strdup_printf (_("I feel %s."), feel);
      append_sentence (text, s);
    }
  else if (when != NULL)
    {
      /* Translators: a boundary script's sentence when no feeling was named;
       * %s is what happened ("plans are made without me") */
      g_autofree char *s = g_strdup_printf (_("When %s, it affects me."), when);
      append_sentence (text, s);
    }

  if (line != NULL)
    {
      /* Translators: a boundary script's sentence; %s is what crossed the line */
      g_autofree char *s = g_strdup_printf (_("It’s not OK with me when %s."), line);
      append_sentence (text, s);
    }

  if (need != NULL)
    {
      /* Translators: a boundary script's sentence; %s is what the person needs
       * ("to be asked before plans are made") */
      g_autofree char *s = g_strdup_printf (_("I need %s."), need);
      append_sentence (text, s);
    }

  append_repair (self, text);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * soften_script_build_support:
 *
 * Returns: (transfer full): a sentence for the person themselves about who
 *   helps them stay grounded; "" when no one is named
 */
char *
soften_script_build_support (SoftenScript *self)
{
  g_autofree char *support = NULL;

  g_return_val_if_fail (SOFTEN_IS_SCRIPT (self), NULL);

  support = clause (self, SOFTEN_SCRIPT_SUPPORT);
  if (support == NULL)
    return g_strdup ("");

  /* Translators: said to oneself after a boundary script; %s names people
   * ("my sister, or my therapist") */
  return g_strdup_printf (_("If this gets hard, I can turn to %s."), support);
}

/* Returns: the key this field has in a kept-scripts file: its nick with a
 * capital, "When" for SOFTEN_SCRIPT_WHEN */
const char *
soften_script_field_to_key (SoftenScriptField field)
{
  const char      *nick = soften_nick_from_value (SOFTEN_TYPE_SCRIPT_FIELD, field);
  g_autofree char *key = NULL;

  g_return_val_if_fail (nick != NULL, NULL);

  key = g_strdup (nick);
  key[0] = g_ascii_toupper (key[0]);

  return g_intern_string (key);
}
