/* liaison-actor.c — a country, person, organisation, programme, sector or place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-actor"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "liaison-actor.h"
#include "liaison-core.h"

struct _LiaisonActor
{
  GObject           parent_instance;

  char             *id;
  char             *name;
  char             *role;
  char             *notes;
  GPtrArray        *aliases;   /* char*, NULL-terminated for get_aliases */
  GPtrArray        *mentions;  /* LiaisonSpan*, sorted, no duplicates */
  GPtrArray        *quotes;    /* LiaisonSpan*, sorted, no duplicates */
  LiaisonActorKind  kind;
  LiaisonOrigin     origin;    /* the user renamed, re-kinded, added or merged it */
};

G_DEFINE_FINAL_TYPE (LiaisonActor, liaison_actor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_ROLE,
  PROP_NOTES,
  PROP_ALIASES,
  PROP_N_MENTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * liaison_name_key:
 * @name: a name as written
 *
 * Names are matched the way a reader matches them: ignoring case, accents written as combining
 * characters or not, curly or straight apostrophes, and runs of spaces.
 *
 * Returns: (transfer full): the key under which @name is looked up
 */
char *
liaison_name_key (const char *name)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *key;
  gboolean space = FALSE;

  g_return_val_if_fail (name != NULL, NULL);

  normal = g_utf8_normalize (name, -1, G_NORMALIZE_ALL_COMPOSE);
  if (normal == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (normal, -1);

  key = g_string_new (NULL);
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = key->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (key, ' ');
      space = FALSE;
      if (c == 0x2019 || c == 0x2018)
        c = '\'';
      g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

static void
liaison_actor_finalize (GObject *object)
{
  LiaisonActor *self = LIAISON_ACTOR (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->aliases, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_ptr_array_unref);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);

  G_OBJECT_CLASS (liaison_actor_parent_class)->finalize (object);
}

static void
liaison_actor_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LiaisonActor *self = LIAISON_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_ALIASES:
      g_value_set_boxed (value, liaison_actor_get_aliases (self));
      break;

    case PROP_N_MENTIONS:
      g_value_set_uint (value, self->mentions->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_actor_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LiaisonActor *self = LIAISON_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      liaison_actor_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      liaison_actor_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_ROLE:
      liaison_actor_set_role (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      liaison_actor_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_actor_class_init (LiaisonActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_actor_finalize;
  object_class->get_property = liaison_actor_get_property;
  object_class->set_property = liaison_actor_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LIAISON_TYPE_ACTOR_KIND,
                       LIAISON_ACTOR_KIND_ORGANIZATION,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* For persons, the office as the text gives it: "President of Kenya". */
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_MENTIONS] =
    g_param_spec_uint ("n-mentions", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_actor_init (LiaisonActor *self)
{
  self->name = g_strdup ("");
  self->kind = LIAISON_ACTOR_KIND_ORGANIZATION;
  self->aliases = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) liaison_span_free);
  self->quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) liaison_span_free);
}

/**
 * liaison_actor_new:
 * @id: a stable identifier, unique in its document
 * @name: the name to show
 * @kind: what kind of actor it is
 *
 * Returns: (transfer full): a new #LiaisonActor
 */
LiaisonActor *
liaison_actor_new (const char       *id,
                   const char       *name,
                   LiaisonActorKind  kind)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_object_new (LIAISON_TYPE_ACTOR,
                       "id", id,
                       "name", name,
                       "kind", kind,
                       NULL);
}

const char *
liaison_actor_get_id (LiaisonActor *self)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), NULL);

  return self->id;
}

const char *
liaison_actor_get_name (LiaisonActor *self)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), NULL);

  return self->name;
}

static gpointer
bind_iso_codes (gpointer data)
{
  bindtextdomain ("iso_3166-1", ISO_CODES_LOCALEDIR);
  bind_textdomain_codeset ("iso_3166-1", "UTF-8");
  return NULL;
}

/**
 * liaison_actor_get_display_name:
 * @self: a #LiaisonActor
 *
 * The name to show a reader: a country's name in the language of the user interface, as
 * iso-codes translates it (gettext domain "iso_3166-1": "Kenya" is "肯尼亚" in Chinese),
 * when it has that name and Liaison itself is translated into that language; otherwise, and
 * for every other kind of actor, the name as the article writes it. Persons and bodies keep
 * their names as written. Files and exported graphs keep liaison_actor_get_name().
 *
 * Returns: the name to display
 */
const char *
liaison_actor_get_display_name (LiaisonActor *self)
{
  static GOnce bound = G_ONCE_INIT;

  g_return_val_if_fail (LIAISON_IS_ACTOR (self), NULL);

  if (self->kind != LIAISON_ACTOR_KIND_COUNTRY || self->name == NULL)
    return self->name;
  g_once (&bound, bind_iso_codes, NULL);
  return g_dgettext ("iso_3166-1", self->name);
}

/**
 * liaison_actor_set_name:
 * @self: a #LiaisonActor
 * @name: the new name
 *
 * Sets the name shown for the actor. Inside a document, rename through
 * liaison_document_rename_actor(), which also keeps aliases consistent and refuses a name
 * another actor has.
 */
void
liaison_actor_set_name (LiaisonActor *self,
                        const char   *name)
{
  g_return_if_fail (LIAISON_IS_ACTOR (self));
  g_return_if_fail (name != NULL);

  if (liaison_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

LiaisonActorKind
liaison_actor_get_kind (LiaisonActor *self)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), 0);

  return self->kind;
}

void
liaison_actor_set_kind (LiaisonActor     *self,
                        LiaisonActorKind  kind)
{
  g_return_if_fail (LIAISON_IS_ACTOR (self));
  g_return_if_fail (kind < LIAISON_N_ACTOR_KINDS);

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

const char *
liaison_actor_get_role (LiaisonActor *self)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), NULL);

  return self->role;
}

void
liaison_actor_set_role (LiaisonActor *self,
                        const char   *role)
{
  g_return_if_fail (LIAISON_IS_ACTOR (self));

  if (role != NULL && *role == '\0')
    role = NULL;
  if (liaison_set_str (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
liaison_actor_get_notes (LiaisonActor *self)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), NULL);

  return self->notes;
}

void
liaison_actor_set_notes (LiaisonActor *self,
                         const char   *notes)
{
  g_return_if_fail (LIAISON_IS_ACTOR (self));

  if (notes != NULL && *notes == '\0')
    notes = NULL;
  if (liaison_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/**
 * liaison_actor_get_aliases:
 * @self: a #LiaisonActor
 *
 * Returns: (transfer none) (array zero-terminated=1): the other names the text uses for the
 *   actor, in the order they were added
 */
const char * const *
liaison_actor_get_aliases (LiaisonActor *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (LIAISON_IS_ACTOR (self), NULL);

  /* An empty null-terminated GPtrArray may have no storage at all yet. */
  if (self->aliases->pdata == NULL)
    return none;

  return (const char * const *) self->aliases->pdata;
}

/**
 * liaison_actor_has_name:
 * @self: a #LiaisonActor
 * @name: a name
 *
 * Returns: %TRUE if @name is the actor's name or one of its aliases, compared with
 *   liaison_name_key()
 */
gboolean
liaison_actor_has_name (LiaisonActor *self,
                        const char   *name)
{
  g_autofree char *key = NULL;
  g_autofree char *own = NULL;

  g_return_val_if_fail (LIAISON_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  /* As written, first: the common case, without normalising anything. */
  if (strcmp (name, self->name) == 0)
    return TRUE;
  for (guint i = 0; i < self->aliases->len; i++)
    if (strcmp (name, g_ptr_array_index (self->aliases, i)) == 0)
      return TRUE;

  key = liaison_name_key (name);
  own = liaison_name_key (self->name);
  if (strcmp (key, own) == 0)
    return TRUE;

  for (guint i = 0; i < self->aliases->len; i++)
    {
      g_autofree char *alias = liaison_name_key (g_ptr_array_index (self->aliases, i));

      if (strcmp (key, alias) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * liaison_actor_add_alias:
 * @self: a #LiaisonActor
 * @alias: another name for the actor
 *
 * Adds @alias unless it is already the actor's name or an alias.
 *
 * Returns: %TRUE if the alias was added
 */
gboolean
liaison_actor_add_alias (LiaisonActor *self,
                         const char   *alias)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  if (*alias == '\0' || liaison_actor_has_name (self, alias))
    return FALSE;

  g_ptr_array_add (self->aliases, g_strdup (alias));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);

  return TRUE;
}

gboolean
liaison_actor_remove_alias (LiaisonActor *self,
                            const char   *alias)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  for (guint i = 0; i < self->aliases->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->aliases, i), alias) == 0)
        {
          g_ptr_array_remove_index (self->aliases, i);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
          return TRUE;
        }
    }

  return FALSE;
}

guint
liaison_actor_get_n_mentions (LiaisonActor *self)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), 0);

  return self->mentions->len;
}

/**
 * liaison_actor_get_mention:
 * @self: a #LiaisonActor
 * @position: index of the mention, less than liaison_actor_get_n_mentions()
 *
 * Mentions are kept in text order: by article id, then offset.
 *
 * Returns: (transfer none): the mention
 */
const LiaisonSpan *
liaison_actor_get_mention (LiaisonActor *self,
                           guint         position)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), NULL);
  g_return_val_if_fail (position < self->mentions->len, NULL);

  return g_ptr_array_index (self->mentions, position);
}

/**
 * liaison_actor_add_mention:
 * @self: a #LiaisonActor
 * @mention: where the text mentions the actor
 *
 * Returns: %TRUE if the mention was added, %FALSE if the actor already had it
 */
gboolean
liaison_actor_add_mention (LiaisonActor      *self,
                           const LiaisonSpan *mention)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (mention != NULL, FALSE);

  if (!liaison_span_array_insert (self->mentions, mention))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MENTIONS]);

  return TRUE;
}

/**
 * liaison_actor_get_n_quotes:
 * @self: a #LiaisonActor
 *
 * Returns: how many quotes of this person's words the articles give
 */
guint
liaison_actor_get_n_quotes (LiaisonActor *self)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), 0);

  return self->quotes->len;
}

/**
 * liaison_actor_get_quote:
 * @self: a #LiaisonActor
 * @position: index of the quote, less than liaison_actor_get_n_quotes()
 *
 * Returns: (transfer none): the quote: where the article has it, and the words verbatim
 */
const LiaisonSpan *
liaison_actor_get_quote (LiaisonActor *self,
                         guint         position)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), NULL);
  g_return_val_if_fail (position < self->quotes->len, NULL);

  return g_ptr_array_index (self->quotes, position);
}

/**
 * liaison_actor_add_quote:
 * @self: a #LiaisonActor
 * @quote: words the article quotes the actor as saying, inside the quotation marks
 *
 * Returns: %TRUE if the quote was added, %FALSE if the actor already had it
 */
gboolean
liaison_actor_add_quote (LiaisonActor      *self,
                         const LiaisonSpan *quote)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (quote != NULL, FALSE);

  return liaison_span_array_insert (self->quotes, quote);
}

/**
 * liaison_actor_get_origin:
 * @self: a #LiaisonActor
 *
 * Returns: %LIAISON_ORIGIN_USER once the user has corrected the actor by hand (renamed it,
 *   changed its kind or role, added it, merged another into it): re-extraction keeps it so
 */
LiaisonOrigin
liaison_actor_get_origin (LiaisonActor *self)
{
  g_return_val_if_fail (LIAISON_IS_ACTOR (self), LIAISON_ORIGIN_EXTRACTED);

  return self->origin;
}

void
liaison_actor_set_origin (LiaisonActor  *self,
                          LiaisonOrigin  origin)
{
  g_return_if_fail (LIAISON_IS_ACTOR (self));

  self->origin = origin;
}
