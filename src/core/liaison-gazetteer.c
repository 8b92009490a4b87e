/* liaison-gazetteer.c — world knowledge: countries, demonyms, organisations, places, sectors,
 * titles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-gazetteer"

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "liaison-core.h"
#include "liaison-gazetteer.h"

/* The knowledge lives in the JSON files of data/extraction (see its README.md), compiled into the core
 * library, plus Debian's iso-codes, read at run time for official country names. A phrase is
 * stored under the keys of its tokens (liaison_token_key_for()), so that matching compares
 * token keys, never raw bytes, and "People’s Republic of China" finds "People's Republic of
 * China". */

#define EXTRACTION_PATH LIAISON_CORE_RESOURCE_PATH "/extraction/"
#define DEFAULT_ISO_CODES "/usr/share/iso-codes/json/iso_3166-1.json"

typedef struct
{
  LiaisonGazetteerEntry  pub;
  const char            *surface;        /* exact text required (acronyms), or NULL */
  gboolean               needs_capital;  /* a proper name: the first word must be capitalised */
} Entry;

struct _LiaisonGazetteer
{
  GStringChunk *strings;
  GPtrArray    *entries;     /* Entry*, owned */
  GHashTable   *phrases;     /* key (interned) -> Entry*, first one wins */
  GHashTable   *max_tokens;  /* first token key (interned) -> longest phrase, in tokens */
  GHashTable   *countries;   /* ISO code (interned) -> Entry* of the country */
};

LiaisonActorKind
liaison_gazetteer_class_to_actor_kind (LiaisonGazetteerClass klass)
{
  switch (klass)
    {
    case LIAISON_GAZETTEER_COUNTRY:
    case LIAISON_GAZETTEER_DEMONYM:
      return LIAISON_ACTOR_KIND_COUNTRY;
    case LIAISON_GAZETTEER_ORGANIZATION:
      return LIAISON_ACTOR_KIND_ORGANIZATION;
    case LIAISON_GAZETTEER_PROGRAMME:
      return LIAISON_ACTOR_KIND_PROGRAMME;
    case LIAISON_GAZETTEER_PLACE:
      return LIAISON_ACTOR_KIND_PLACE;
    case LIAISON_GAZETTEER_SECTOR:
      return LIAISON_ACTOR_KIND_SECTOR;
    case LIAISON_GAZETTEER_TITLE:
    default:
      return LIAISON_ACTOR_KIND_PERSON;
    }
}

static const char *
intern (LiaisonGazetteer *self,
        const char       *str)
{
  return str ? g_string_chunk_insert_const (self->strings, str) : NULL;
}

static Entry *
new_entry (LiaisonGazetteer      *self,
           LiaisonGazetteerClass  klass,
           const char            *name,
           const char            *code,
           const char            *part_of,
           int                    rank)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->pub.klass = klass;
  entry->pub.name = intern (self, name);
  entry->pub.code = intern (self, code);
  entry->pub.part_of = intern (self, part_of);
  entry->pub.rank = rank;
  entry->needs_capital = klass != LIAISON_GAZETTEER_SECTOR && klass != LIAISON_GAZETTEER_TITLE;
  g_ptr_array_add (self->entries, entry);

  return entry;
}

/* Files the phrase under its token keys. An acronym ("WHO", "AU") is matched only as written,
 * so that the pronoun "who" or the word "au" never become organisations. */
static void
add_phrase (LiaisonGazetteer *self,
            Entry            *entry,
            const char       *phrase,
            gboolean          exact)
{
  g_autofree char *key = NULL;
  g_autoptr(LiaisonTokens) tokens = NULL;
  const char *first;
  guint n;

  if (phrase == NULL || *phrase == '\0')
    return;

  key = liaison_token_key_for (phrase);
  if (*key == '\0' || g_hash_table_contains (self->phrases, key))
    return;

  if (exact)
    {
      /* One phrase, one entry: an exact acronym gets an entry of its own. */
      Entry *copy = g_new (Entry, 1);

      *copy = *entry;
      copy->surface = intern (self, phrase);
      g_ptr_array_add (self->entries, copy);
      entry = copy;
    }

  g_hash_table_insert (self->phrases, (gpointer) intern (self, key), entry);

  tokens = liaison_tokenize (phrase, 0, G_MAXSIZE);
  n = liaison_tokens_get_length (tokens);
  first = intern (self, liaison_tokens_get (tokens, 0)->key);
  if (GPOINTER_TO_UINT (g_hash_table_lookup (self->max_tokens, first)) < n)
    g_hash_table_insert (self->max_tokens, (gpointer) first, GUINT_TO_POINTER (n));
}

static gboolean
is_acronym (const char *phrase)
{
  guint upper = 0;

  for (const char *p = phrase; *p; p++)
    {
      if (g_ascii_islower (*p) || *p == ' ')
        return FALSE;
      if (g_ascii_isupper (*p))
        upper++;
    }

  return upper >= 2;
}

static void
add_phrases (LiaisonGazetteer *self,
             Entry            *entry,
             JsonObject       *object,
             const char       *member)
{
  JsonArray *array;

  if (!json_object_has_member (object, member) ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, member)))
    return;

  array = json_object_get_array_member (object, member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        {
          const char *phrase = json_node_get_string (node);

          add_phrase (self, entry, phrase, is_acronym (phrase));
        }
    }
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node;

  if (!json_object_has_member (object, member))
    return NULL;
  node = json_object_get_member (object, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonArray *
load_entries (const char  *name,
              JsonParser  *parser,
              GError     **error)
{
  g_autofree char *path = g_strconcat (EXTRACTION_PATH, name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  JsonNode *root;
  gsize length;
  const char *data;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  if (!json_parser_load_from_data (parser, data, (gssize) length, error))
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "entries") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "entries")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: no entries array", name);
      return NULL;
    }

  return json_object_get_array_member (json_node_get_object (root), "entries");
}

typedef void (*EntryLoader) (LiaisonGazetteer *self,
                             JsonObject       *object);

static void
load_country (LiaisonGazetteer *self,
              JsonObject       *object)
{
  const char *code = get_string (object, "code");
  const char *name = get_string (object, "name");
  const char *capital = get_string (object, "capital");
  Entry *country, *demonym;

  if (code == NULL || name == NULL)
    return;

  country = new_entry (self, LIAISON_GAZETTEER_COUNTRY, name, code, NULL, 0);
  g_hash_table_insert (self->countries, (gpointer) country->pub.code, country);
  add_phrase (self, country, name, FALSE);
  add_phrases (self, country, object, "aliases");

  demonym = new_entry (self, LIAISON_GAZETTEER_DEMONYM, name, code, NULL, 0);
  add_phrases (self, demonym, object, "demonyms");

  if (capital != NULL)
    {
      Entry *city = new_entry (self, LIAISON_GAZETTEER_PLACE, capital, code, name, 0);

      city->pub.city = TRUE;

      add_phrase (self, city, capital, FALSE);
    }
}

static void
load_organization (LiaisonGazetteer *self,
                   JsonObject       *object)
{
  const char *name = get_string (object, "name");
  const char *kind = get_string (object, "kind");
  Entry *entry;

  if (name == NULL)
    return;

  entry = new_entry (self,
                     g_strcmp0 (kind, "programme") == 0 ? LIAISON_GAZETTEER_PROGRAMME
                                                         : LIAISON_GAZETTEER_ORGANIZATION,
                     name, get_string (object, "country"), get_string (object, "part_of"), 0);
  add_phrase (self, entry, name, FALSE);
  add_phrases (self, entry, object, "aliases");
  add_phrases (self, entry, object, "acronyms");
}

static void
load_place (LiaisonGazetteer *self,
            JsonObject       *object)
{
  const char *name = get_string (object, "name");
  Entry *entry;

  if (name == NULL)
    return;

  entry = new_entry (self, LIAISON_GAZETTEER_PLACE, name, get_string (object, "country"),
                     get_string (object, "part_of"), 0);
  entry->pub.city = g_strcmp0 (get_string (object, "kind"), "city") == 0;
  add_phrase (self, entry, name, FALSE);
  add_phrases (self, entry, object, "aliases");
}

static void
load_sector (LiaisonGazetteer *self,
             JsonObject       *object)
{
  const char *name = get_string (object, "name");
  Entry *entry;

  if (name == NULL)
    return;

  entry = new_entry (self, LIAISON_GAZETTEER_SECTOR, name, NULL, NULL, 0);
  add_phrase (self, entry, name, FALSE);
  add_phrases (self, entry, object, "variants");
}

static void
load_title (LiaisonGazetteer *self,
            JsonObject       *object)
{
  const char *title = get_string (object, "title");
  Entry *entry;
  int rank = 0;

  if (title == NULL)
    return;

  if (json_object_has_member (object, "rank"))
    rank = (int) json_object_get_int_member_with_default (object, "rank", 0);

  entry = new_entry (self, LIAISON_GAZETTEER_TITLE, title, NULL, NULL, rank);
  entry->pub.honorific = json_object_get_boolean_member_with_default (object, "honorific", FALSE);
  add_phrase (self, entry, title, FALSE);
  add_phrases (self, entry, object, "variants");
}

/* Official and common names from iso-codes, as further names of the countries we know. */
static void
load_iso_codes (LiaisonGazetteer *self,
                const char       *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonArray *array;

  if (!json_parser_load_from_file (parser, path, NULL))
    return;  /* iso-codes adds names; without it the curated list still works */

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "3166-1"))
    return;

  array = json_object_get_array_member (json_node_get_object (root), "3166-1");
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *code = object ? get_string (object, "alpha_2") : NULL;
      Entry *country = code ? g_hash_table_lookup (self->countries, code) : NULL;
      static const char *members[] = { "name", "official_name", "common_name" };

      if (country == NULL)
        continue;

      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        {
          const char *name = get_string (object, members[m]);

          /* "Taiwan, Province of China" and the like are catalogue names, not prose. */
          if (name != NULL && strchr (name, ',') == NULL)
            add_phrase (self, country, name, FALSE);
        }
    }
}

/**
 * liaison_gazetteer_new:
 * @iso_codes_path: (nullable): iso-codes' iso_3166-1.json, or %NULL for Debian's
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the gazetteer built from the bundled data files
 */
LiaisonGazetteer *
liaison_gazetteer_new (const char  *iso_codes_path,
                       GError     **error)
{
  static const struct {
    const char  *file;
    EntryLoader  load;
  } files[] = {
    /* Countries first: on a clash ("Georgia"), the country keeps the phrase. */
    { "countries.json", load_country },
    { "organizations.json", load_organization },
    { "places.json", load_place },
    { "sectors.json", load_sector },
    { "titles.json", load_title },
  };
  g_autoptr(LiaisonGazetteer) self = NULL;

  liaison_core_init ();

  self = g_new0 (LiaisonGazetteer, 1);
  self->strings = g_string_chunk_new (64 * 1024);
  self->entries = g_ptr_array_new_with_free_func (g_free);
  self->phrases = g_hash_table_new (g_str_hash, g_str_equal);
  self->max_tokens = g_hash_table_new (g_str_hash, g_str_equal);
  self->countries = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonArray *entries = load_entries (files[f].file, parser, error);

      if (entries == NULL)
        return NULL;

      for (guint i = 0; i < json_array_get_length (entries); i++)
        {
          JsonNode *node = json_array_get_element (entries, i);

          if (JSON_NODE_HOLDS_OBJECT (node))
            files[f].load (self, json_node_get_object (node));
        }
    }

  load_iso_codes (self, iso_codes_path ? iso_codes_path : DEFAULT_ISO_CODES);

  return g_steal_pointer (&self);
}

void
liaison_gazetteer_free (LiaisonGazetteer *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->countries);
  g_hash_table_unref (self->max_tokens);
  g_hash_table_unref (self->phrases);
  g_ptr_array_unref (self->entries);
  g_string_chunk_free (self->strings);
  g_free (self);
}

/**
 * liaison_gazetteer_get_default:
 *
 * The gazetteer is built once per process, on first use, and never freed: it is read-only
 * afterwards, so threads may share it.
 *
 * Returns: (transfer none): the shared gazetteer
 */
LiaisonGazetteer *
liaison_gazetteer_get_default (void)
{
  static LiaisonGazetteer *gazetteer;

  if (g_once_init_enter (&gazetteer))
    {
      g_autoptr(GError) error = NULL;
      LiaisonGazetteer *loaded = liaison_gazetteer_new (NULL, &error);

      /* The data is compiled in: failing to read it is a packaging bug. */
      if (loaded == NULL)
        g_error ("Cannot load the extraction data: %s", error->message);

      g_once_init_leave (&gazetteer, loaded);
    }

  return gazetteer;
}

guint
liaison_gazetteer_get_size (LiaisonGazetteer *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return g_hash_table_size (self->phrases);
}

static gboolean
entry_accepts (const Entry        *entry,
               const char         *text,
               const LiaisonToken *first,
               const LiaisonToken *last)
{
  if (entry->surface != NULL)
    {
      gsize length = strlen (entry->surface);

      return last->end - first->start == length &&
             memcmp (text + first->start, entry->surface, length) == 0;
    }

  if (entry->needs_capital)
    return (first->flags & (LIAISON_TOKEN_CAPITALIZED | LIAISON_TOKEN_DIGITS)) != 0;

  return TRUE;
}

/**
 * liaison_gazetteer_match:
 * @self: a gazetteer
 * @text: the text @tokens were made from
 * @tokens: the tokens
 * @position: where to look
 * @n_tokens: (out): how many tokens the match covers
 *
 * Finds the longest phrase of the gazetteer starting at @position.
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL
 */
const LiaisonGazetteerEntry *
liaison_gazetteer_match (LiaisonGazetteer    *self,
                         const char          *text,
                         const LiaisonTokens *tokens,
                         guint                position,
                         guint               *n_tokens)
{
  g_autoptr(GString) key = NULL;
  const LiaisonToken *first;
  const Entry *best = NULL;
  guint max, length, best_n = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < liaison_tokens_get_length (tokens), NULL);

  first = liaison_tokens_get (tokens, position);
  max = GPOINTER_TO_UINT (g_hash_table_lookup (self->max_tokens, first->key));
  if (max == 0)
    return NULL;

  length = liaison_tokens_get_length (tokens);
  key = g_string_new (NULL);
  for (guint n = 1; n <= max && position + n <= length; n++)
    {
      const LiaisonToken *last = liaison_tokens_get (tokens, position + n - 1);
      const Entry *entry;

      if (n > 1)
        g_string_append_c (key, ' ');
      g_string_append (key, last->key);

      entry = g_hash_table_lookup (self->phrases, key->str);
      if (entry != NULL && entry_accepts (entry, text, first, last))
        {
          best = entry;
          best_n = n;
        }
    }

  if (n_tokens != NULL)
    *n_tokens = best_n;

  return best ? &best->pub : NULL;
}

/**
 * liaison_gazetteer_lookup:
 * @self: a gazetteer
 * @phrase: a whole phrase
 *
 * Returns: (transfer none) (nullable): the entry for exactly @phrase, or %NULL
 */
const LiaisonGazetteerEntry *
liaison_gazetteer_lookup (LiaisonGazetteer *self,
                          const char       *phrase)
{
  g_autoptr(LiaisonTokens) tokens = NULL;
  const LiaisonGazetteerEntry *entry;
  guint n = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (phrase != NULL, NULL);

  tokens = liaison_tokenize (phrase, 0, G_MAXSIZE);
  if (liaison_tokens_get_length (tokens) == 0)
    return NULL;

  entry = liaison_gazetteer_match (self, phrase, tokens, 0, &n);
  return n == liaison_tokens_get_length (tokens) ? entry : NULL;
}

/**
 * liaison_gazetteer_get_country:
 * @self: a gazetteer
 * @code: an ISO 3166 alpha-2 code
 *
 * Returns: (transfer none) (nullable): the country's entry
 */
const LiaisonGazetteerEntry *
liaison_gazetteer_get_country (LiaisonGazetteer *self,
                               const char       *code)
{
  Entry *entry;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);

  entry = g_hash_table_lookup (self->countries, code);
  return entry ? &entry->pub : NULL;
}
