/* liaison-extract.c — from an article's text to actors, relations and evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-extract"

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "liaison-core.h"
#include "liaison-extract.h"
#include "liaison-gazetteer.h"
#include "liaison-sentences.h"
#include "liaison-tokens.h"

/* The extractor reads an article sentence by sentence, left to right, as a reader does:
 *
 *  1. mentions: the gazetteer's countries, demonyms, organisations, programmes and places
 *     (longest phrase first); persons introduced by a title ("Kenyan President A B"), an
 *     apposition ("A B, a member of ..."), or a verb of speaking or meeting; later surnames,
 *     "the Kenya president", pronouns and "his country", resolved to those actors;
 *  2. relations, from cue words listed in data/extraction/cues.json: offices and memberships
 *     from titles and appositions, meetings, statements (the speaker of a quote or of reported
 *     speech, to every actor the statement is about), support, participation, proposals,
 *     bilateral cooperation and its fields, and part-of from the knowledge base.
 *
 * No person is known in advance: persons come from the text only. Everything is
 * deterministic: the same text gives the same actors, relations, ids and order. */

typedef enum
{
  CUE_SPEECH,
  CUE_MEETING,
  CUE_SUPPORT,
  CUE_PARTICIPATION,
  CUE_FRAME,
  CUE_PROPOSAL_PASSIVE,
  CUE_PROPOSAL_ACTIVE,
  CUE_COOPERATION,
  CUE_SECTOR_LIST,
  CUE_LIST_END,
  CUE_MEMBERSHIP,
  CUE_PERSON_PRONOUN,
  CUE_COUNTRY_REF,
  CUE_NOT_NAME,
  CUE_PARTICLE,
  CUE_ORG_WORD,
  CUE_CLAUSE_END,
  CUE_COUNTRY_WITH_THE,
  CUE_MEETING_PASSIVE,
  CUE_JOINT_MEETING,
  CUE_ORG_HEAD,
  CUE_PROGRAMME_HEAD,
  CUE_ORG_CONNECTOR,
  CUE_PROGRAMME_WORD,
  CUE_PLURAL_REF,
  CUE_PREPOSITION,
  CUE_LIST_STOP,
  CUE_SUPPORT_PASSIVE,
  CUE_REPRESENTATION_PASSIVE,
  CUE_MEETING_HEAD,
  CUE_BODY_REF,
  CUE_MEMBERSHIP_VERB,
  N_CUES
} Cue;

/* A set of cues, one bit each; the top bit of a token's mask means "known". */
typedef guint64 CueMask;
#define CUE_BIT(cue) (((CueMask) 1) << (cue))
#define CUE_KNOWN    CUE_BIT (63)
G_STATIC_ASSERT (N_CUES <= 63);

static const char *cue_lists[N_CUES] = {
  "speech_verbs", "meeting_verbs", "support_verbs", "participation_verbs",
  "participation_frames", "proposal_passive", "proposal_active", "cooperation_words",
  "sector_list_cues", "list_ends", "membership", "person_pronouns", "country_references",
  "not_names", "name_particles", "org_words", "clause_ends", "countries_with_the",
  "meeting_passive", "joint_meetings", "org_heads", "programme_heads", "org_connectors",
  "programme_words", "plural_references", "prepositions", "list_stop_words",
  "support_passive", "representation_passive", "meeting_heads", "body_references",
  "membership_verbs",
};

typedef struct
{
  GHashTable *phrases;     /* token key (owned) -> CueMask (owned) */
  GHashTable *max_tokens;  /* first token key (owned) -> longest phrase */
} Cues;

typedef enum
{
  MENTION_ENTITY,     /* an actor: country, organisation, programme, place, person */
  MENTION_TITLE,      /* an office, waiting for its holder */
} MentionType;

typedef struct
{
  guint                        start;   /* token range, end exclusive */
  guint                        end;
  MentionType                  type;
  LiaisonActor                *actor;
  const LiaisonGazetteerEntry *entry;
  gboolean                     after_with;  /* "cooperation with China": a partner, not a subject */
  gboolean                     after_prep;  /* "the situation in Myanmar": no subject either */
  gboolean                     pair;        /* "the two sides": both parties of the talks */
} Mention;

typedef struct
{
  LiaisonDocument  *document;
  LiaisonArticle   *article;
  const char       *text;
  LiaisonGazetteer *gazetteer;
  Cues             *cues;
  LiaisonTokens    *tokens;
  GArray           *sentences;
  GArray           *quotes;

  /* Coreference state, as a reader keeps it. */
  GHashTable       *name_parts;       /* key of one word of a person's name -> actor, or NULL if several */
  GHashTable       *person_titles;    /* "title|country id" -> the person who holds that office */
  GHashTable       *office_of;        /* person -> title entry of their office */
  GHashTable       *weak_roles;       /* persons whose role is a bare title, without country */
  GHashTable       *office_holders;   /* persons who hold an office in a country or a body */
  GHashTable       *person_country;   /* actor -> country actor of their office */
  GHashTable       *actor_entries;    /* actor -> gazetteer entry it came from */
  GHashTable       *entry_actors;     /* gazetteer entry -> its actor in this document */
  GHashTable       *body_words;       /* first word key of a body named in this article */
  CueMask          *cue_masks;        /* per token: cues that start there, or 0 if not known */
  LiaisonActor    **quote_speakers;   /* per quote: who said it, once known */
  guint             quote_cursor;     /* the first quote that may touch the current sentence */
  GArray           *sentence_quotes;  /* guint: the quotes that touch the current sentence */
  GString          *scratch;
  GHashTable       *first_sentence;   /* actor -> sentence index + 1 of its first mention */
  GHashTable       *represents_votes; /* person -> GHashTable (country -> count) */
  LiaisonActor     *pair[2];          /* the two parties of the talks the text is about */
  LiaisonActor     *last_person;
  LiaisonActor     *last_bloc;         /* the last international body named: "the bloc" */
  LiaisonActor     *last_country;

  /* The sentence being read. */
  guint             sentence;
  GArray           *mentions;         /* Mention */
} Extractor;

static guint body_name_run  (Extractor        *ex,
                             guint             pos,
                             guint             end,
                             LiaisonActorKind *kind);
static guint read_body_name (Extractor        *ex,
                             guint             pos,
                             guint             name_end,
                             guint             end,
                             LiaisonActorKind  kind);

/* Cues ------------------------------------------------------------------------------------ */

static void
cues_add (Cues       *cues,
          const char *phrase,
          Cue         cue)
{
  g_autoptr(LiaisonTokens) tokens = liaison_tokenize (phrase, 0, G_MAXSIZE);
  char *key = liaison_token_key_for (phrase);
  const char *first;
  CueMask *mask;
  guint n;

  n = liaison_tokens_get_length (tokens);
  if (n == 0)
    {
      g_free (key);
      return;
    }

  if ((mask = g_hash_table_lookup (cues->phrases, key)) == NULL)
    {
      mask = g_new0 (CueMask, 1);
      g_hash_table_insert (cues->phrases, key, mask);
    }
  else
    {
      g_free (key);
    }
  *mask |= CUE_BIT (cue);

  first = liaison_tokens_get (tokens, 0)->key;
  if (GPOINTER_TO_UINT (g_hash_table_lookup (cues->max_tokens, first)) < n)
    g_hash_table_replace (cues->max_tokens, g_strdup (first), GUINT_TO_POINTER (n));
}

static Cues *
cues_load (GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;
  JsonObject *root;
  Cues *cues;
  gsize length;
  const char *data;

  liaison_core_init ();
  bytes = g_resources_lookup_data (LIAISON_CORE_RESOURCE_PATH "/extraction/cues.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  if (!json_parser_load_from_data (parser, data, (gssize) length, error))
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "cues.json: not an object");
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));

  cues = g_new0 (Cues, 1);
  cues->phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  cues->max_tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint c = 0; c < N_CUES; c++)
    {
      JsonArray *array;

      if (!json_object_has_member (root, cue_lists[c]))
        continue;
      array = json_object_get_array_member (root, cue_lists[c]);
      for (guint i = 0; array && i < json_array_get_length (array); i++)
        {
          const char *phrase = json_array_get_string_element (array, i);

          if (phrase != NULL)
            cues_add (cues, phrase, c);
        }
    }

  return cues;
}

static Cues *
cues_get_default (void)
{
  static Cues *cues;

  if (g_once_init_enter (&cues))
    {
      g_autoptr(GError) error = NULL;
      Cues *loaded = cues_load (&error);

      /* Compiled in: a failure is a packaging bug. */
      if (loaded == NULL)
        g_error ("Cannot load the extraction cues: %s", error->message);
      g_once_init_leave (&cues, loaded);
    }

  return cues;
}

/* The longest phrase of category @cue starting at token @pos, not reaching past @end. */
static CueMask
phrase_cues (Extractor  *ex,
             const char *key)
{
  CueMask *mask = g_hash_table_lookup (ex->cues->phrases, key);

  return mask != NULL ? *mask : 0;
}

static CueMask
cue_mask (Extractor *ex,
          guint      pos)
{
  CueMask mask = ex->cue_masks[pos];

  if (mask == 0)
    {
      const char *first = liaison_tokens_get (ex->tokens, pos)->key;
      guint max = GPOINTER_TO_UINT (g_hash_table_lookup (ex->cues->max_tokens, first));
      guint n_tokens = liaison_tokens_get_length (ex->tokens);

      mask = CUE_KNOWN;
      g_string_truncate (ex->scratch, 0);
      for (guint n = 1; n <= max && pos + n <= n_tokens; n++)
        {
          if (n > 1)
            g_string_append_c (ex->scratch, ' ');
          g_string_append (ex->scratch, liaison_tokens_get (ex->tokens, pos + n - 1)->key);
          mask |= phrase_cues (ex, ex->scratch->str);
        }
      ex->cue_masks[pos] = mask;
    }

  return mask;
}

/* The longest phrase of category @cue starting at token @pos, not reaching past @end. */
static guint
cue_at (Extractor *ex,
        guint      pos,
        guint      end,
        Cue        cue)
{
  guint max, best = 0;

  if (pos >= end || !(cue_mask (ex, pos) & CUE_BIT (cue)))
    return 0;

  max = GPOINTER_TO_UINT (g_hash_table_lookup (ex->cues->max_tokens,
                                               liaison_tokens_get (ex->tokens, pos)->key));
  g_string_truncate (ex->scratch, 0);
  for (guint n = 1; n <= max && pos + n <= end; n++)
    {
      if (n > 1)
        g_string_append_c (ex->scratch, ' ');
      g_string_append (ex->scratch, liaison_tokens_get (ex->tokens, pos + n - 1)->key);
      if (phrase_cues (ex, ex->scratch->str) & CUE_BIT (cue))
        best = n;
    }

  return best;
}

static gboolean
is_cue (Extractor *ex,
        guint      pos,
        Cue        cue)
{
  return cue_at (ex, pos, liaison_tokens_get_length (ex->tokens), cue) == 1;
}

/* Actors, mentions, relations -------------------------------------------------------------- */

static const LiaisonToken *
tok (Extractor *ex,
     guint      pos)
{
  return liaison_tokens_get (ex->tokens, pos);
}

/* The knowledge base's longest entry starting at @pos, if any. Rules look one token ahead
 * ("of", "the", a comma), so @pos may be the end of the text: nothing starts there (fuzzing
 * found five rules that asked). */
static const LiaisonGazetteerEntry *
gazetteer_at (Extractor *ex,
              guint      pos,
              guint     *n_tokens)
{
  if (pos >= liaison_tokens_get_length (ex->tokens))
    {
      *n_tokens = 0;
      return NULL;
    }
  return liaison_gazetteer_match (ex->gazetteer, ex->text, ex->tokens, pos, n_tokens);
}

static gboolean
tok_is (Extractor  *ex,
        guint       pos,
        guint       end,
        const char *key)
{
  return pos < end && g_str_equal (tok (ex, pos)->key, key);
}

static char *
token_text (Extractor *ex,
            guint      start,
            guint      end)
{
  return g_strndup (ex->text + tok (ex, start)->start,
                    tok (ex, end - 1)->end - tok (ex, start)->start);
}

static LiaisonActor *
ensure_actor (Extractor        *ex,
              const char       *name,
              LiaisonActorKind  kind)
{
  LiaisonActor *actor = liaison_document_find_actor (ex->document, name);

  if (actor == NULL)
    {
      g_autofree char *id = liaison_document_make_id (ex->document,
                                                      liaison_actor_kind_to_string (kind), name);
      g_autoptr(LiaisonActor) created = liaison_actor_new (id, name, kind);

      liaison_document_add_actor (ex->document, created);
      actor = created;
    }

  return actor;
}

static void
add_mention (Extractor    *ex,
             LiaisonActor *actor,
             guint         start,
             guint         end,
             gboolean      as_alias)
{
  g_autofree char *surface = token_text (ex, start, end);
  g_autoptr(LiaisonSpan) span = liaison_span_new (liaison_article_get_id (ex->article),
                                                  tok (ex, start)->char_start,
                                                  tok (ex, end - 1)->char_end,
                                                  surface);

  liaison_actor_add_mention (actor, span);
  if (as_alias)
    liaison_actor_add_alias (actor, surface);

  if (!g_hash_table_contains (ex->first_sentence, actor))
    g_hash_table_insert (ex->first_sentence, actor, GUINT_TO_POINTER (ex->sentence + 1));
}

static LiaisonSpan *
sentence_span (Extractor *ex,
               guint      index)
{
  const LiaisonSentence *s = &g_array_index (ex->sentences, LiaisonSentence, index);
  g_autofree char *text = g_strndup (ex->text + s->start, s->end - s->start);

  return liaison_span_new (liaison_article_get_id (ex->article), s->char_start, s->char_end, text);
}

static LiaisonRelation *
relate_in (Extractor           *ex,
           LiaisonActor        *source,
           LiaisonActor        *target,
           LiaisonRelationKind  kind,
           double               confidence,
           const char          *label,
           guint                sentence)
{
  g_autoptr(LiaisonSpan) evidence = NULL;
  LiaisonRelation *relation;

  if (source == NULL || target == NULL || source == target)
    return NULL;

  relation = liaison_document_find_relation (ex->document, source, target, kind);
  if (relation == NULL)
    {
      g_autofree char *id = liaison_document_make_id (ex->document, "rel", NULL);
      g_autoptr(LiaisonRelation) created = liaison_relation_new (id, source, target, kind);

      liaison_relation_set_confidence (created, confidence);
      liaison_relation_set_label (created, label);
      liaison_document_add_relation (ex->document, created);
      relation = created;
    }
  else if (confidence > liaison_relation_get_confidence (relation))
    {
      liaison_relation_set_confidence (relation, confidence);
    }

  evidence = sentence_span (ex, sentence);
  liaison_relation_add_evidence (relation, evidence);

  return relation;
}

static LiaisonRelation *
relate (Extractor           *ex,
        LiaisonActor        *source,
        LiaisonActor        *target,
        LiaisonRelationKind  kind,
        double               confidence,
        const char          *label)
{
  return relate_in (ex, source, target, kind, confidence, label, ex->sentence);
}

static LiaisonActorKind
kind_of (LiaisonActor *actor)
{
  return liaison_actor_get_kind (actor);
}

static gboolean
is_country (LiaisonActor *actor)
{
  return actor != NULL && kind_of (actor) == LIAISON_ACTOR_KIND_COUNTRY;
}

static gboolean
is_person (LiaisonActor *actor)
{
  return actor != NULL && kind_of (actor) == LIAISON_ACTOR_KIND_PERSON;
}

static gboolean
is_body (LiaisonActor *actor)
{
  return actor != NULL && (kind_of (actor) == LIAISON_ACTOR_KIND_ORGANIZATION ||
                           kind_of (actor) == LIAISON_ACTOR_KIND_PROGRAMME);
}

static Mention *
push_mention (Extractor                   *ex,
              guint                        start,
              guint                        end,
              MentionType                  type,
              LiaisonActor                *actor,
              const LiaisonGazetteerEntry *entry)
{
  Mention m = { start, end, type, actor, entry, FALSE, FALSE, FALSE };
  guint before = start;

  m.after_with = start > 0 && g_str_equal (tok (ex, start - 1)->key, "with");
  /* "in Myanmar", "of the Kenyan side" */
  if (before > 0 && tok_is (ex, before - 1, start, "the"))
    before--;
  m.after_prep = before > 0 && cue_at (ex, before - 1, before, CUE_PREPOSITION) == 1;
  g_array_append_val (ex->mentions, m);

  if (is_person (actor))
    ex->last_person = actor;
  else if (is_country (actor))
    ex->last_country = actor;
  else if (entry != NULL && entry->klass == LIAISON_GAZETTEER_ORGANIZATION && entry->code == NULL)
    ex->last_bloc = actor;

  return &g_array_index (ex->mentions, Mention, ex->mentions->len - 1);
}

/* Persons ------------------------------------------------------------------------------------ */

static gboolean
is_name_word (Extractor *ex,
              guint      pos,
              guint      end)
{
  const LiaisonToken *t;

  if (pos >= end)
    return FALSE;
  t = tok (ex, pos);

  return (t->flags & LIAISON_TOKEN_CAPITALIZED) && !(t->flags & LIAISON_TOKEN_DIGITS) &&
         !is_cue (ex, pos, CUE_ORG_WORD);
}

#define MAX_PERSON_NAME_WORDS 5

/* A run of capitalised words that may be a person's name: "Antony J. Blinken", "Jean-Yves Le
 * Drian", "Mohammed bin Salman". Returns its end, or @pos when there is none. */
static guint
name_run (Extractor *ex,
          guint      pos,
          guint      end)
{
  const LiaisonGazetteerEntry *entry;
  guint i = pos;
  guint n_words = 0;

  if (!is_name_word (ex, pos, end) || is_cue (ex, pos, CUE_NOT_NAME))
    return pos;

  /* Past five words it is no person's name: stop there, rather than follow a line of
   * capitalised words to its end from each of them (quadratic time). */
  while (i < end && n_words <= MAX_PERSON_NAME_WORDS)
    {
      guint n = 0;

      /* A known name ends a person's, except a city's: "Paulo Lima", "Ana Paris". */
      if (n_words > 0 && (entry = gazetteer_at (ex, i, &n)) &&
          entry->klass != LIAISON_GAZETTEER_PLACE)
        break;

      if (is_name_word (ex, i, end))
        {
          /* An initial: one capital letter and a full stop. */
          if (g_utf8_strlen (tok (ex, i)->key, -1) == 1 && tok_is (ex, i + 1, end, "."))
            i += 2;
          else
            i++;
          n_words++;
        }
      else if (n_words > 0 && is_cue (ex, i, CUE_PARTICLE) && is_name_word (ex, i + 1, end))
        {
          i++;
        }
      else if (n_words > 0 && tok_is (ex, i, end, "-") &&
               !(tok (ex, i - 1)->flags & LIAISON_TOKEN_SPACE_AFTER) &&
               !(tok (ex, i)->flags & LIAISON_TOKEN_SPACE_AFTER) && is_name_word (ex, i + 1, end))
        {
          i++;
        }
      else
        {
          break;
        }
    }

  /* "A. B." without a surname is not a name. */
  while (i > pos && tok_is (ex, i - 1, end, "."))
    i -= 2;

  return n_words > 0 && n_words <= MAX_PERSON_NAME_WORDS ? i : pos;
}

static void
remember_name_key (Extractor    *ex,
                   const char   *key,
                   LiaisonActor *person)
{
  LiaisonActor *known = g_hash_table_lookup (ex->name_parts, key);

  /* Two persons of one surname ("the president and his wife, Mrs. X"): a reader takes the
   * surname alone for the one who holds an office, or else for the first one named. */
  if (known == NULL ||
      (!g_hash_table_contains (ex->office_of, known) && g_hash_table_contains (ex->office_of, person)))
    g_hash_table_replace (ex->name_parts, g_strdup (key), person);
}

/* Files the parts of a person's name by which the text may refer to them later: each word
 * ("Wang" of a name written family name first, a surname) and each tail of several words
 * ("Asante-Darko", "Le Drian", "bin Hamad Al-Rawahi"). */
static void
remember_person_names (Extractor    *ex,
                       LiaisonActor *person,
                       guint         start,
                       guint         end)
{
  for (guint i = start; i < end; i++)
    {
      const char *key = tok (ex, i)->key;

      if (!(tok (ex, i)->flags & LIAISON_TOKEN_CAPITALIZED) || g_utf8_strlen (key, -1) < 2)
        continue;

      remember_name_key (ex, key, person);
      if (i > start && end - i > 1)
        {
          g_autofree char *tail = token_text (ex, i, end);
          g_autofree char *tail_key = liaison_token_key_for (tail);

          remember_name_key (ex, tail_key, person);
        }
    }
}

/* The person a run of name words refers to: a known full name, a known surname or given name
 * (a surname for a full name), or nobody yet. */
static LiaisonActor *
known_person (Extractor *ex,
              guint      start,
              guint      end)
{
  g_autofree char *name = token_text (ex, start, end);
  g_autofree char *key = NULL;
  LiaisonActor *actor = liaison_document_find_actor (ex->document, name);

  if (is_person (actor))
    return actor;

  if (end - start == 1)
    return g_hash_table_lookup (ex->name_parts, tok (ex, start)->key);

  key = liaison_token_key_for (name);
  return g_hash_table_lookup (ex->name_parts, key);
}

static LiaisonActor *
new_person (Extractor *ex,
            guint      start,
            guint      end)
{
  g_autofree char *name = token_text (ex, start, end);
  LiaisonActor *person = liaison_document_find_actor (ex->document, name);

  if (!is_person (person))
    {
      g_autofree char *id = liaison_document_make_id (ex->document, "person", name);
      g_autoptr(LiaisonActor) created = liaison_actor_new (id, name, LIAISON_ACTOR_KIND_PERSON);

      liaison_document_add_actor (ex->document, created);
      person = created;
    }

  remember_person_names (ex, person, start, end);
  return person;
}

static char *
capitalise_words (const char *text)
{
  gboolean start = TRUE;
  GString *out = g_string_new (NULL);
  static const char *small[] = { "of", "for", "and", "the", "on", "in", "to", "a", NULL };
  char **words = g_strsplit_set (text, " \t\n\r", -1);

  for (guint i = 0; words[i]; i++)
    {
      /* "Prime  Minister", pasted with two spaces, has an empty word between them (found by
       * fuzzing: reading past its end overflowed). One space between words, always. */
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (!start && g_strv_contains (small, words[i]))
        g_string_append (out, words[i]);
      else
        {
          gunichar c = g_utf8_get_char (words[i]);

          g_string_append_unichar (out, g_unichar_totitle (c));
          g_string_append (out, g_utf8_next_char (words[i]));
        }
      start = FALSE;
    }
  g_strfreev (words);

  return g_string_free (out, FALSE);
}

/* "the United Kingdom", "the Philippines", "the African Union": names that take "the". */
static gboolean
needs_the (Extractor  *ex,
           const char *name)
{
  g_autofree char *key = liaison_token_key_for (name);
  CueMask bits = phrase_cues (ex, key);
  LiaisonActor *actor = liaison_document_find_actor (ex->document, name);
  g_autofree char *upper = g_utf8_strup (name, -1);

  if ((bits & CUE_BIT (CUE_COUNTRY_WITH_THE)) != 0)
    return TRUE;

  /* Bodies take "the", acronyms do not: "the African Union", "FOCAC". */
  return actor != NULL && kind_of (actor) == LIAISON_ACTOR_KIND_ORGANIZATION &&
         !g_str_equal (upper, name);
}

/* Sets @person's role, unless a fuller one is known: a role with its country or body
 * ("President of Kenya") beats a bare title ("President"). */
static void
set_role (Extractor    *ex,
          LiaisonActor *person,
          const char   *role,
          gboolean      weak)
{
  if (liaison_actor_get_role (person) != NULL && !g_hash_table_contains (ex->weak_roles, person))
    return;
  if (liaison_actor_get_role (person) != NULL && weak)
    return;

  liaison_actor_set_role (person, role);
  if (weak)
    g_hash_table_add (ex->weak_roles, person);
  else
    g_hash_table_remove (ex->weak_roles, person);
}

static void
remember_title (Extractor                   *ex,
                LiaisonActor                *person,
                const LiaisonGazetteerEntry *title,
                LiaisonActor                *country)
{
  char *key = g_strdup_printf ("%s|%s", title->name,
                               country ? liaison_actor_get_id (country) : "");

  /* "the Secretary" is the first Secretary the text named, not the latest. */
  if (!g_hash_table_contains (ex->person_titles, key))
    g_hash_table_insert (ex->person_titles, key, person);
  else
    g_free (key);
  if (!g_hash_table_contains (ex->office_of, person) || country != NULL)
    g_hash_table_insert (ex->office_of, person, (gpointer) title);
}

/* The holder of an office: "Kenyan President A B", "Oman's Foreign Minister A B". Records the
 * role ("Foreign Minister of Oman"), the office's country or body and a holds_office
 * relation. A form of address ("Dr.", "Mr.") is no office. */
static void
give_office (Extractor                   *ex,
             LiaisonActor                *person,
             const LiaisonGazetteerEntry *title,
             const char                  *surface,
             LiaisonActor                *of)
{
  g_autofree char *written = NULL;
  g_autofree char *role = NULL;

  if (title->honorific)
    return;

  /* "Sen.", "Lt. Gen.": the title in full. */
  written = capitalise_words (strchr (surface, '.') ? title->name : surface);

  if (of != NULL && strstr (written, liaison_actor_get_name (of)) == NULL)
    role = g_strdup_printf ("%s of %s%s", written,
                            needs_the (ex, liaison_actor_get_name (of)) ? "the " : "",
                            liaison_actor_get_name (of));
  else
    role = g_strdup (written);

  set_role (ex, person, role, of == NULL);
  remember_title (ex, person, title, is_country (of) ? of : NULL);

  /* An official of a national body ("the Communist Party of Vietnam") is of its country, when
   * the text names that country. */
  if (of != NULL && !is_country (of) && !g_hash_table_contains (ex->person_country, person))
    {
      const LiaisonGazetteerEntry *entry = g_hash_table_lookup (ex->actor_entries, of);
      const LiaisonGazetteerEntry *country = entry && entry->code
        ? liaison_gazetteer_get_country (ex->gazetteer, entry->code) : NULL;
      LiaisonActor *named = country ? g_hash_table_lookup (ex->entry_actors, country) : NULL;

      if (named != NULL)
        g_hash_table_insert (ex->person_country, person, named);
    }

  if (of != NULL)
    {
      g_hash_table_add (ex->office_holders, person);
      relate (ex, person, of, LIAISON_RELATION_KIND_HOLDS_OFFICE, 0.9, written);
      if (is_country (of) && !g_hash_table_contains (ex->person_country, person))
        g_hash_table_insert (ex->person_country, person, of);
    }
}

/* "the Kenya president", "the minister": the person who holds that office. */
static LiaisonActor *
person_by_title (Extractor                   *ex,
                 const LiaisonGazetteerEntry *title,
                 LiaisonActor                *country)
{
  g_autofree char *key = g_strdup_printf ("%s|%s", title->name,
                                          country ? liaison_actor_get_id (country) : "");
  LiaisonActor *person = g_hash_table_lookup (ex->person_titles, key);

  if (person == NULL && country == NULL)
    {
      GHashTableIter iter;
      gpointer k, v;
      g_autofree char *prefix = g_strdup_printf ("%s|", title->name);

      /* "the minister" with one minister known: that one. */
      g_hash_table_iter_init (&iter, ex->person_titles);
      while (g_hash_table_iter_next (&iter, &k, &v))
        {
          if (g_str_has_prefix (k, prefix))
            {
              if (person != NULL && person != v)
                return NULL;
              person = v;
            }
        }
    }

  return person;
}

/* Mentions ----------------------------------------------------------------------------------- */

static LiaisonActor *
entity_actor (Extractor                   *ex,
              const LiaisonGazetteerEntry *entry)
{
  LiaisonActor *actor = g_hash_table_lookup (ex->entry_actors, entry);

  if (actor != NULL)
    return actor;

  actor = ensure_actor (ex, entry->name, liaison_gazetteer_class_to_actor_kind (entry->klass));
  g_hash_table_insert (ex->entry_actors, (gpointer) entry, actor);
  if (!g_hash_table_contains (ex->actor_entries, actor))
    g_hash_table_insert (ex->actor_entries, actor, (gpointer) entry);

  return actor;
}

/* “nine programs” of the Forum on China-Africa Cooperation: a quoted, lower-case name of a
 * programme that belongs to an organisation. */
static gboolean
quoted_programme (Extractor *ex,
                  guint      pos,
                  guint      end,
                  guint     *consumed)
{
  guint i = pos + 1, words = 0, close;
  const LiaisonGazetteerEntry *org;
  guint n = 0, of_end;

  if (!tok_is (ex, pos, end, "\""))
    return FALSE;

  while (i < end && !tok_is (ex, i, end, "\"") && words < 6)
    {
      if (!(tok (ex, i)->flags & LIAISON_TOKEN_WORD))
        return FALSE;
      words++;
      i++;
    }
  if (words == 0 || !tok_is (ex, i, end, "\""))
    return FALSE;
  close = i;

  i = close + 1;
  if (!tok_is (ex, i, end, "of"))
    return FALSE;
  i++;
  if (tok_is (ex, i, end, "the"))
    i++;
  if (i >= end)
    return FALSE;

  org = gazetteer_at (ex, i, &n);
  if (org == NULL || (org->klass != LIAISON_GAZETTEER_ORGANIZATION &&
                      org->klass != LIAISON_GAZETTEER_PROGRAMME))
    return FALSE;
  of_end = i + n;

  {
    g_autofree char *short_name = token_text (ex, pos + 1, close);
    g_autofree char *name = g_strdup_printf ("%s of the %s", short_name, org->name);
    LiaisonActor *programme = ensure_actor (ex, name, LIAISON_ACTOR_KIND_PROGRAMME);
    LiaisonActor *owner = entity_actor (ex, org);

    liaison_actor_add_alias (programme, short_name);
    add_mention (ex, programme, pos, of_end, FALSE);
    push_mention (ex, pos, close + 1, MENTION_ENTITY, programme, NULL);
    add_mention (ex, owner, i, of_end, TRUE);
    push_mention (ex, i, of_end, MENTION_ENTITY, owner, org);
    relate (ex, programme, owner, LIAISON_RELATION_KIND_PART_OF, 0.8, NULL);
  }

  *consumed = of_end - pos;
  return TRUE;
}

static guint
skip_apposition_article (Extractor *ex,
                         guint      pos,
                         guint      end)
{
  if (tok_is (ex, pos, end, "a") || tok_is (ex, pos, end, "an") || tok_is (ex, pos, end, "the"))
    return pos + 1;
  return pos;
}

static guint
apposition_end (Extractor *ex,
                guint      pos,
                guint      end)
{
  while (pos < end && !tok_is (ex, pos, end, ",") && !tok_is (ex, pos, end, ";") &&
         !tok_is (ex, pos, end, "\""))
    {
      /* "the Communist Party of Vietnam (CPV) Central Committee" */
      if (tok_is (ex, pos, end, "("))
        {
          if (!(pos + 2 < end && (tok (ex, pos + 1)->flags & LIAISON_TOKEN_ALL_CAPS) &&
                tok_is (ex, pos + 2, end, ")")))
            break;
          pos += 2;
        }
      pos++;
    }
  return pos;
}

/* Words after which an apposition says no more about the office: "X, foreign minister of Y,
 * on Monday ...", "X, the minister who ...". */
static gboolean
ends_role (Extractor *ex,
           guint      pos,
           guint      end)
{
  static const char *words[] = { "on", "at", "during", "who", "whose", "which", "when", "last",
                                 "this", "earlier", "later", "yesterday", "today", NULL };

  return pos < end && g_strv_contains (words, tok (ex, pos)->key);
}

/* A country named just before @pos, as in "Kenyan", "the Kenya", "Oman's": a copy of its
 * mention in @out (a copy: pushing mentions moves them). */
static gboolean
country_before (Extractor *ex,
                guint      pos,
                Mention   *out)
{
  Mention *prev;

  if (ex->mentions->len == 0)
    return FALSE;

  prev = &g_array_index (ex->mentions, Mention, ex->mentions->len - 1);
  if (!is_country (prev->actor))
    return FALSE;
  if (prev->end == pos ||
      (prev->end + 2 == pos && tok_is (ex, prev->end, pos, "'") && tok_is (ex, prev->end + 1, pos, "s")))
    {
      *out = *prev;
      return TRUE;
    }

  return FALSE;
}

/* The entity at @pos, when it is a country or a body, with its mention recorded. */
static LiaisonActor *
read_country_or_body (Extractor *ex,
                      guint      pos,
                      guint     *n_tokens)
{
  const LiaisonGazetteerEntry *entry;
  LiaisonActor *actor;

  LiaisonActorKind kind = LIAISON_ACTOR_KIND_ORGANIZATION;
  guint body_end;

  *n_tokens = 0;
  entry = gazetteer_at (ex, pos, n_tokens);

  /* "the Qatar Fund for Development" is no "Qatar". */
  body_end = body_name_run (ex, pos, liaison_tokens_get_length (ex->tokens), &kind);
  if (body_end > pos + *n_tokens && kind == LIAISON_ACTOR_KIND_ORGANIZATION)
    {
      g_autofree char *name = token_text (ex, pos, body_end);

      read_body_name (ex, pos, body_end, body_end, kind);
      *n_tokens = body_end - pos;
      return liaison_document_find_actor (ex->document, name);
    }

  if (entry == NULL || (entry->klass != LIAISON_GAZETTEER_COUNTRY &&
                        entry->klass != LIAISON_GAZETTEER_DEMONYM &&
                        entry->klass != LIAISON_GAZETTEER_ORGANIZATION))
    return NULL;

  actor = entity_actor (ex, entry);
  add_mention (ex, actor, pos, pos + *n_tokens, TRUE);
  push_mention (ex, pos, pos + *n_tokens, MENTION_ENTITY, actor, entry);

  return actor;
}

/* "Lt. Gen. A B of Vietnam", "Prof. A B of the National University": where a person comes
 * from. Returns the token after it. */
static guint
read_of_country (Extractor    *ex,
                 LiaisonActor *person,
                 guint         pos,
                 guint         end)
{
  LiaisonActor *of;
  guint from = pos + 1, n = 0;

  if (!tok_is (ex, pos, end, "of"))
    return pos;
  if (tok_is (ex, from, end, "the"))
    from++;
  if ((of = read_country_or_body (ex, from, &n)) == NULL)
    return pos;

  if (!is_country (of))
    relate (ex, person, of, LIAISON_RELATION_KIND_MEMBER_OF, 0.6, NULL);
  else if (g_hash_table_contains (ex->weak_roles, person))
    give_office (ex, person, g_hash_table_lookup (ex->office_of, person),
                 liaison_actor_get_role (person), of);
  else if (!g_hash_table_contains (ex->person_country, person))
    relate (ex, person, of, LIAISON_RELATION_KIND_REPRESENTS, 0.7, NULL);

  return from + n;
}

static guint read_office (Extractor    *ex,
                          LiaisonActor *person,
                          guint         start,
                          guint         stop,
                          LiaisonActor *of);

/* "Deputy Prime Minister of Cambodia" as the second office of an apposition. */
static void
read_office_phrase (Extractor    *ex,
                    LiaisonActor *person,
                    guint         start,
                    guint         stop)
{
  read_office (ex, person, start, stop, NULL);
}

/* An office written out from @start: "foreign minister of X", "cabinet secretary for Foreign
 * Affairs of Kenya", of @of when the country came before it. Returns the end of what was read,
 * or G_MAXUINT if no office starts at @start. */
static guint
read_office (Extractor    *ex,
             LiaisonActor *person,
             guint         start,
             guint         stop,
             LiaisonActor *of)
{
  const LiaisonGazetteerEntry *title;
  guint n, m = 0, role_end;

  title = gazetteer_at (ex, start, &m);
  if (title == NULL || title->klass != LIAISON_GAZETTEER_TITLE || title->honorific)
    return G_MAXUINT;

  /* "vice president of the party and Deputy Prime Minister of Cambodia": two offices. */
  for (guint i = start + m; i + 1 < stop; i++)
    {
      const LiaisonGazetteerEntry *second;
      guint k = 0;

      if (!tok_is (ex, i, stop, "and"))
        continue;
      second = gazetteer_at (ex, i + 1, &k);
      if (second != NULL && second->klass == LIAISON_GAZETTEER_TITLE && !second->honorific)
        {
          read_office_phrase (ex, person, i + 1, stop);
          stop = i;
          break;
        }
    }

  /* The office is the country or body the apposition ends with: "... Affairs of Kenya". */
  role_end = start + m;
  for (guint i = start + m; i < stop && !ends_role (ex, i, stop); )
    {
      LiaisonActor *found = read_country_or_body (ex, i, &n);

      if (found != NULL)
        {
          of = found;
          role_end = i + n;
          /* "... People's Party (CPP)" */
          if (tok_is (ex, role_end, stop, "(") && tok_is (ex, role_end + 2, stop, ")"))
            role_end += 3;
        }
      i += n > 0 ? n : 1;
    }

  /* Without "of X", the office is what is written before any time or clause. */
  if (role_end == start + m)
    {
      role_end = start + m;
      while (role_end < stop && !ends_role (ex, role_end, stop))
        role_end++;
      if (of != NULL && role_end > start + m)
        {
          /* "the Philippine defence secretary, ...": the title alone. */
          role_end = start + m;
        }
    }

  {
    g_autofree char *surface = token_text (ex, start, role_end);

    give_office (ex, person, title, surface, of);
  }

  return role_end;
}

/* "A B, a member of X" / "A B, foreign minister of X" / "A B, the Philippine defence
 * secretary": what follows a new person's name. Returns the token after the part read. */
static guint
read_apposition (Extractor    *ex,
                 LiaisonActor *person,
                 guint         pos,
                 guint         end)
{
  LiaisonActor *of = NULL;
  guint start, stop, n, m = 0, role_end;

  if (!tok_is (ex, pos, end, ","))
    return pos;

  start = skip_apposition_article (ex, pos + 1, end);
  stop = apposition_end (ex, start, end);

  /* "…led by Dr. Emiko Sato," at the very end of a text (found by fuzzing). */
  if (start >= stop)
    return pos;

  if ((n = cue_at (ex, start, stop, CUE_MEMBERSHIP)) > 0)
    {
      for (guint i = start + n; i < stop; i++)
        {
          const LiaisonGazetteerEntry *entry;
          LiaisonActorKind kind = LIAISON_ACTOR_KIND_ORGANIZATION;
          guint body_end;

          /* "a member of the governing Party of Action and Solidarity (PAS)" */
          body_end = body_name_run (ex, i, stop, &kind);
          entry = gazetteer_at (ex, i, &m);
          if (body_end > i && (entry == NULL || i + m < body_end))
            {
              g_autofree char *name = token_text (ex, i, body_end);
              g_autofree char *role = NULL;
              guint next = read_body_name (ex, i, body_end, end, kind);
              LiaisonActor *org = liaison_document_find_actor (ex->document, name);

              role = g_strdup_printf ("Member of the %s", liaison_actor_get_name (org));
              relate (ex, person, org, LIAISON_RELATION_KIND_MEMBER_OF, 0.85, "member of");
              set_role (ex, person, role, FALSE);
              return next;
            }

          entry = gazetteer_at (ex, i, &m);
          if (entry != NULL && (entry->klass == LIAISON_GAZETTEER_ORGANIZATION ||
                                entry->klass == LIAISON_GAZETTEER_PROGRAMME))
            {
              LiaisonActor *org = entity_actor (ex, entry);
              g_autofree char *role = g_strdup_printf ("Member of the %s", entry->name);

              add_mention (ex, org, i, i + m, TRUE);
              push_mention (ex, i, i + m, MENTION_ENTITY, org, entry);
              relate (ex, person, org, LIAISON_RELATION_KIND_MEMBER_OF, 0.9, "member of");
              set_role (ex, person, role, FALSE);
              return i + m;
            }
        }
      return pos;
    }

  /* "the Philippine defence secretary", "Kenya's foreign minister" */
  if ((of = read_country_or_body (ex, start, &n)) != NULL)
    {
      start += n;
      if (tok_is (ex, start, stop, "'") && tok_is (ex, start + 1, stop, "s"))
        start += 2;
    }

  role_end = read_office (ex, person, start, stop, of);

  return role_end != G_MAXUINT ? role_end : of != NULL ? start : pos;
}

static LiaisonActor *
country_of_person (Extractor    *ex,
                   LiaisonActor *person)
{
  return person ? g_hash_table_lookup (ex->person_country, person) : NULL;
}

/* Organisations and programmes by the shape of their names --------------------------------- */

static gboolean
is_capitalised_word (Extractor *ex,
                     guint      pos,
                     guint      end)
{
  return pos < end && (tok (ex, pos)->flags & LIAISON_TOKEN_CAPITALIZED) &&
         !(tok (ex, pos)->flags & LIAISON_TOKEN_DIGITS);
}

/* Whether the knowledge base knows a body, programme or title starting at @pos. */
static gboolean
known_name_at (Extractor *ex,
               guint      pos)
{
  const LiaisonGazetteerEntry *entry;
  guint n = 0;

  entry = gazetteer_at (ex, pos, &n);
  return entry != NULL && (entry->klass == LIAISON_GAZETTEER_ORGANIZATION ||
                           entry->klass == LIAISON_GAZETTEER_PROGRAMME ||
                           entry->klass == LIAISON_GAZETTEER_TITLE);
}

/* The body or programme the knowledge base knows at @pos, and its length. */
static const LiaisonGazetteerEntry *
known_body_at (Extractor *ex,
               guint      pos,
               guint     *n_tokens)
{
  const LiaisonGazetteerEntry *entry;

  *n_tokens = 0;
  entry = gazetteer_at (ex, pos, n_tokens);
  if (entry == NULL || (entry->klass != LIAISON_GAZETTEER_ORGANIZATION &&
                        entry->klass != LIAISON_GAZETTEER_PROGRAMME))
    return NULL;

  return entry;
}

/* "(CPV)" inside a name: "the Communist Party of Vietnam (CPV) Central Committee". */
static gboolean
is_inner_acronym (Extractor *ex,
                  guint      pos,
                  guint      end)
{
  return tok_is (ex, pos, end, "(") && pos + 3 < end &&
         (tok (ex, pos + 1)->flags & LIAISON_TOKEN_ALL_CAPS) && tok_is (ex, pos + 2, end, ")") &&
         is_capitalised_word (ex, pos + 3, end);
}

#define MAX_NAME_TOKENS 24

/* A name built like a body's or a programme's: capitalised words joined by "of", "for",
 * "on", "and", hyphens, with a head word that says what it is, and maybe a complement after
 * it: "Senate Foreign Relations Committee", "Ministry of Foreign Affairs", "Enhanced Trade
 * and Investment Partnership", "Political Bureau of the Communist Party of Vietnam (CPV)
 * Central Committee", "the Safe Mobility Offices initiative". Returns the end of the name,
 * or @pos; @kind is set to what it names. */
static guint
body_name_run (Extractor        *ex,
               guint             pos,
               guint             end,
               LiaisonActorKind *kind)
{
  guint i = pos, words = 0, head = G_MAXUINT, head_words = 0, run_end = pos, n;
  gboolean complement = FALSE, in_complement = FALSE;

  if (!is_capitalised_word (ex, pos, end) || is_cue (ex, pos, CUE_NOT_NAME))
    return pos;

  /* "the U.K.-Nigeria Partnership": the second of two joined countries names no body. */
  if (pos > 0 && tok_is (ex, pos - 1, end, "-") && !(tok (ex, pos - 1)->flags & LIAISON_TOKEN_SPACE_AFTER))
    return pos;

  /* "thanked the EU for the plan": a known body followed by a connector and "the" is that
   * body; "General Assembly of the Organization of American States" and "State Department
   * for Diaspora Affairs" are bodies of their own. */
  if (known_body_at (ex, pos, &n) != NULL && !is_capitalised_word (ex, pos + n, end) &&
      !tok_is (ex, pos + n, end, "-") && !tok_is (ex, pos + n, end, "of") &&
      !(cue_at (ex, pos + n, end, CUE_ORG_CONNECTOR) == 1 && is_capitalised_word (ex, pos + n + 1, end)))
    return pos;

  /* No body's name runs to MAX_NAME_TOKENS: a longer run of capitalised words ("Kenya and
   * China and France and …", a 5 MB line of them found by the hostile-input tests) is a list,
   * and following it to its end from every word in it took quadratic time. */
  while (i < end && i - pos < MAX_NAME_TOKENS)
    {
      if (is_capitalised_word (ex, i, end))
        {
          /* A body the knowledge base knows starts a name of its own, unless it is the
           * complement of this one: "Political Bureau of the Communist Party of Vietnam". */
          if (i > pos && known_name_at (ex, i))
            {
              if (!in_complement || known_body_at (ex, i, &n) == NULL)
                break;
              words += n;
              run_end = i += n;
              continue;
            }
          words++;
          if (is_cue (ex, i, CUE_PROGRAMME_HEAD) || is_cue (ex, i, CUE_ORG_HEAD))
            {
              head = i;
              head_words = words;
              complement = in_complement = FALSE;
            }
          run_end = ++i;
          continue;
        }

      if (words > 0 && tok_is (ex, i, end, "-") &&
          !(tok (ex, i - 1)->flags & LIAISON_TOKEN_SPACE_AFTER) &&
          !(tok (ex, i)->flags & LIAISON_TOKEN_SPACE_AFTER) && is_capitalised_word (ex, i + 1, end))
        {
          i++;
          continue;
        }

      if (words > 0 && is_inner_acronym (ex, i, end))
        {
          i += 3;
          continue;
        }

      if (words > 0 && (n = cue_at (ex, i, end, CUE_ORG_CONNECTOR)) > 0 &&
          is_capitalised_word (ex, i + n, end) && !is_cue (ex, i + n, CUE_NOT_NAME))
        {
          /* "the Ministry of Trade and the Central Bank" is two bodies. */
          if (tok_is (ex, i, end, "and") && tok_is (ex, i + 1, end, "the"))
            break;
          if (head != G_MAXUINT && i == head + 1 && !tok_is (ex, i, end, "and"))
            complement = in_complement = TRUE;
          i += n;
          continue;
        }

      /* "Roadmap for the Resolution of the Conflict in Sudan": a programme's complement may
       * say where. */
      if (in_complement && is_cue (ex, head, CUE_PROGRAMME_HEAD) && tok_is (ex, i, end, "in") &&
          is_capitalised_word (ex, i + 1, end))
        {
          i++;
          continue;
        }

      break;
    }

  /* "the Official Security Assistance programme": capitalised words and what they are. */
  if (head == G_MAXUINT && words >= 2 && run_end < end && cue_at (ex, run_end, end, CUE_PROGRAMME_WORD) == 1 &&
      !(tok (ex, run_end)->flags & LIAISON_TOKEN_CAPITALIZED))
    {
      *kind = LIAISON_ACTOR_KIND_PROGRAMME;
      return run_end + 1;
    }

  if (head == G_MAXUINT)
    return pos;

  *kind = is_cue (ex, head, CUE_PROGRAMME_HEAD) ? LIAISON_ACTOR_KIND_PROGRAMME
                                                : LIAISON_ACTOR_KIND_ORGANIZATION;

  /* "Ministry of Commerce": the complement belongs to the name. */
  if (complement)
    return run_end;

  /* A bare head ("the Ministry") is no name. */
  return head_words >= 2 ? head + 1 : pos;
}

/* A body found by the shape of its name, and the acronym that may follow it: "the Kenya
 * Ports Authority (KPA)". Returns the token after what was read. */
static guint
read_body_name (Extractor        *ex,
                guint             pos,
                guint             name_end,
                guint             end,
                LiaisonActorKind  kind)
{
  g_autofree char *name = token_text (ex, pos, name_end);
  g_autofree char *plain = NULL;
  LiaisonActor *actor = liaison_document_find_actor (ex->document, name);
  Mention before_mention;
  Mention *before = country_before (ex, pos, &before_mention) ? &before_mention : NULL;
  guint next = name_end;

  /* "the Communist Party of Vietnam (CPV) Central Committee" reads without the "(CPV)". */
  for (guint j = pos; j + 2 < name_end; j++)
    {
      if (is_inner_acronym (ex, j, name_end))
        {
          g_autofree char *head = token_text (ex, pos, j);
          g_autofree char *tail = token_text (ex, j + 3, name_end);

          plain = g_strdup_printf ("%s %s", head, tail);
          break;
        }
    }
  if (actor == NULL && plain != NULL)
    actor = liaison_document_find_actor (ex->document, plain);
  if (actor == NULL || is_person (actor))
    {
      actor = ensure_actor (ex, plain ? plain : name, kind);
      if (plain != NULL)
        liaison_actor_add_alias (actor, name);
    }
  g_hash_table_add (ex->body_words, g_strdup (tok (ex, pos)->key));
  add_mention (ex, actor, pos, name_end, FALSE);
  push_mention (ex, pos, name_end, MENTION_ENTITY, actor, NULL);

  /* "the Safe Mobility Offices initiative" is also "Safe Mobility Offices". */
  if (!(tok (ex, name_end - 1)->flags & LIAISON_TOKEN_CAPITALIZED))
    {
      g_autofree char *bare = token_text (ex, pos, name_end - 1);

      liaison_actor_add_alias (actor, bare);
    }

  /* A body or programme of a known one: "ASEAN Outlook on the Indo-Pacific", "Political
   * Bureau of the Communist Party of Vietnam". */
  for (guint j = pos; j < name_end; )
    {
      const LiaisonGazetteerEntry *entry;
      guint n = 0;

      if ((j == pos || tok_is (ex, j - 1, name_end, "of") || tok_is (ex, j - 1, name_end, "the")) &&
          (entry = known_body_at (ex, j, &n)) != NULL && j + n < name_end)
        {
          LiaisonActor *owner = entity_actor (ex, entry);

          add_mention (ex, owner, j, j + n, TRUE);
          relate (ex, actor, owner, LIAISON_RELATION_KIND_PART_OF, 0.7, NULL);
        }
      j += n > 0 ? n : 1;
    }

  if (tok_is (ex, name_end, end, "(") && name_end + 2 < end &&
      (tok (ex, name_end + 1)->flags & LIAISON_TOKEN_ALL_CAPS) && tok_is (ex, name_end + 2, end, ")"))
    {
      g_autofree char *acronym = token_text (ex, name_end + 1, name_end + 2);

      liaison_actor_add_alias (actor, acronym);
      g_hash_table_add (ex->body_words, g_strdup (tok (ex, name_end + 1)->key));
      next = name_end + 3;
    }

  /* The countries it belongs to: "China's Ministry of Commerce", "Ministry of Transport of
   * Uganda", "Kenya Ports Authority" are national bodies; "the Norway-Chile Shipping
   * Partnership" is a programme of both. */
  {
    g_autoptr(GPtrArray) countries = g_ptr_array_new ();

    if (before != NULL)
      {
        g_ptr_array_add (countries, before->actor);
        for (guint k = ex->mentions->len - 1; k > 0; k--)
          {
            Mention *m = &g_array_index (ex->mentions, Mention, k - 1);

            if (m->end + 1 == before->start && tok_is (ex, m->end, end, "-") && is_country (m->actor))
              g_ptr_array_add (countries, m->actor);
            if (m->end + 1 <= before->start)
              break;
          }
      }

    for (guint j = pos; j < name_end; )
      {
        const LiaisonGazetteerEntry *entry;
        guint n = 0;

        entry = gazetteer_at (ex, j, &n);
        if (entry != NULL && (entry->klass == LIAISON_GAZETTEER_COUNTRY ||
                              entry->klass == LIAISON_GAZETTEER_DEMONYM) && j + n <= name_end)
          {
            LiaisonActor *country = entity_actor (ex, entry);

            add_mention (ex, country, j, j + n, TRUE);
            if (!g_ptr_array_find (countries, country, NULL))
              g_ptr_array_add (countries, country);
          }
        j += n > 0 ? n : 1;
      }

    for (guint c = 0; c < countries->len; c++)
      {
        if (kind == LIAISON_ACTOR_KIND_PROGRAMME)
          relate (ex, g_ptr_array_index (countries, c), actor,
                  LIAISON_RELATION_KIND_PARTICIPATES_IN, 0.7, NULL);
        else if (countries->len == 1)
          relate (ex, actor, g_ptr_array_index (countries, c), LIAISON_RELATION_KIND_PART_OF, 0.7, NULL);
      }
  }

  return next;
}

/* An organisation or programme this article named before, by name, alias or acronym. */
static guint
known_body (Extractor     *ex,
            guint          pos,
            guint          end,
            LiaisonActor **actor)
{
  if (!is_capitalised_word (ex, pos, end) ||
      !g_hash_table_contains (ex->body_words, tok (ex, pos)->key))
    return 0;

  for (guint n = MIN (end - pos, 8); n > 0; n--)
    {
      g_autofree char *name = NULL;
      LiaisonActor *found;

      if (!is_capitalised_word (ex, pos + n - 1, end) && !tok_is (ex, pos + n - 1, end, ")"))
        continue;
      name = token_text (ex, pos, pos + n);
      found = liaison_document_find_actor (ex->document, name);
      if (is_body (found) && !g_hash_table_contains (ex->actor_entries, found))
        {
          *actor = found;
          return n;
        }
    }

  return 0;
}

static gboolean
country_at (Extractor *ex,
            guint      pos)
{
  const LiaisonGazetteerEntry *entry;
  guint n = 0;

  entry = gazetteer_at (ex, pos, &n);
  return entry != NULL && entry->klass == LIAISON_GAZETTEER_COUNTRY;
}

/* Finds the mentions of one sentence, tokens [@start, @end). */
static void
read_mentions (Extractor *ex,
               guint      start,
               guint      end)
{
  guint i = start;

  while (i < end)
    {
      const LiaisonGazetteerEntry *entry;
      guint n = 0;

      if (quoted_programme (ex, i, end, &n))
        {
          i += n;
          continue;
        }

      entry = gazetteer_at (ex, i, &n);

      /* A body named by its shape, when that name is longer than what the knowledge base
       * knows at this place: "Kenya Ports Authority" is not "Kenya". */
      if (entry == NULL || entry->klass != LIAISON_GAZETTEER_TITLE)
        {
          LiaisonActorKind kind = LIAISON_ACTOR_KIND_ORGANIZATION;
          LiaisonActor *known = NULL;
          guint body_end = body_name_run (ex, i, end, &kind);
          guint k;

          if (body_end > i + (entry ? n : 0))
            {
              i = read_body_name (ex, i, body_end, end, kind);
              continue;
            }
          if ((k = known_body (ex, i, end, &known)) > (entry ? n : 0))
            {
              add_mention (ex, known, i, i + k, FALSE);
              push_mention (ex, i, i + k, MENTION_ENTITY, known, NULL);
              i += k;
              continue;
            }
        }

      /* Sectors are common words; they count only in lists of fields of cooperation. */
      if (entry != NULL && entry->klass == LIAISON_GAZETTEER_SECTOR)
        entry = NULL;

      if (entry != NULL && entry->klass == LIAISON_GAZETTEER_TITLE)
        {
          /* "Kenyan President", "the Kenya president", "Oman's Foreign Minister" */
          Mention before_mention;
          Mention *before = country_before (ex, i, &before_mention) ? &before_mention : NULL;
          LiaisonActor *country = before ? before->actor : NULL;
          const LiaisonGazetteerEntry *office = entry;

          /* "EU High Representative", "the Forum's Secretary General": an office of a body. */
          if (before == NULL && ex->mentions->len > 0)
            {
              Mention *prev = &g_array_index (ex->mentions, Mention, ex->mentions->len - 1);

              if (kind_of (prev->actor) == LIAISON_ACTOR_KIND_ORGANIZATION &&
                  (prev->end == i || (prev->end + 2 == i && tok_is (ex, prev->end, i, "'") &&
                                      tok_is (ex, prev->end + 1, i, "s"))))
                {
                  before_mention = *prev;
                  before = &before_mention;
                  country = prev->actor;
                }
            }
          guint title_end = i + n, name_start, name_end, k = 0;

          /* "Lt. Gen.", "President Dr.": the first title that is an office counts. */
          while (title_end < end &&
                 (entry = gazetteer_at (ex, title_end, &k)) != NULL &&
                 entry->klass == LIAISON_GAZETTEER_TITLE)
            {
              if (office->honorific && !entry->honorific)
                office = entry;
              title_end += k;
            }

          name_start = title_end;
          name_end = name_run (ex, name_start, end);

          /* "Mexico's foreign minister, A B, said", "Kenya's Cabinet Secretary for Labour and
           * Social Protection, A B": the name after a comma, the office maybe spelt out. */
          if (name_end == name_start && !office->honorific)
            {
              guint comma = name_start, after;

              while (comma < end && comma < name_start + 10 &&
                     (is_capitalised_word (ex, comma, end) || tok_is (ex, comma, end, "of") ||
                      tok_is (ex, comma, end, "for") || tok_is (ex, comma, end, "and") ||
                      tok_is (ex, comma, end, "the") || tok_is (ex, comma, end, "-")))
                comma++;
              if (tok_is (ex, comma, end, ",") &&
                  (after = name_run (ex, comma + 1, end)) >= comma + 3 &&
                  (after == end || tok_is (ex, after, end, ",") || tok_is (ex, after, end, ".")))
                {
                  n = comma - i;
                  name_start = comma + 1;
                  name_end = after;

                  /* "the President of the Republic of Senegal, A B": the office's country. */
                  for (guint j = title_end; j < comma && country == NULL; j++)
                    {
                      const LiaisonGazetteerEntry *c;
                      guint m = 0;

                      c = gazetteer_at (ex, j, &m);
                      if (c != NULL && (c->klass == LIAISON_GAZETTEER_COUNTRY ||
                                        c->klass == LIAISON_GAZETTEER_ORGANIZATION) && j + m <= comma)
                        {
                          country = entity_actor (ex, c);
                          add_mention (ex, country, j, j + m, TRUE);
                          push_mention (ex, j, j + m, MENTION_ENTITY, country, c);
                        }
                    }
                }
            }

          if (name_end > name_start)
            {
              LiaisonActor *person = known_person (ex, name_start, name_end);
              g_autofree char *title = token_text (ex, i, i + n);
              g_autofree char *name = token_text (ex, name_start, name_end);

              if (person == NULL)
                person = new_person (ex, name_start, name_end);
              add_mention (ex, person, name_start, name_end,
                           !g_str_equal (name, liaison_actor_get_name (person)));
              push_mention (ex, name_start, name_end, MENTION_ENTITY, person, NULL);
              give_office (ex, person, office, office == entry || !office->honorific ? title
                                                                                       : office->name,
                           country);
              i = read_apposition (ex, person, read_of_country (ex, person, name_end, end), end);
              continue;
            }
          else
            {
              LiaisonActor *person = office->honorific ? NULL : person_by_title (ex, office, country);

              if (person != NULL)
                {
                  guint from = before ? before->start : i;

                  /* "the Kenya president": the whole phrase is the mention. */
                  if (from > start && tok_is (ex, from - 1, end, "the"))
                    from--;
                  add_mention (ex, person, from, title_end, FALSE);
                  push_mention (ex, from, title_end, MENTION_ENTITY, person, NULL);
                }
              i = title_end;
              continue;
            }
        }

      /* "his Iranian counterpart, A B", "his counterparts, A of Germany and B of France":
       * the same office in another country. */
      if ((tok_is (ex, i, end, "counterpart") || tok_is (ex, i, end, "counterparts")) &&
          ex->last_person != NULL && g_hash_table_contains (ex->office_of, ex->last_person))
        {
          const LiaisonGazetteerEntry *office = g_hash_table_lookup (ex->office_of, ex->last_person);
          Mention before_mention;
          Mention *before = country_before (ex, i, &before_mention) ? &before_mention : NULL;
          LiaisonActor *country = before ? before->actor : NULL;
          guint name_start = tok_is (ex, i + 1, end, ",") ? i + 2 : i + 1;
          guint name_end, read = 0;

          while ((name_end = name_run (ex, name_start, end)) > name_start + 1)
            {
              LiaisonActor *person = known_person (ex, name_start, name_end);
              LiaisonActor *of = country;
              guint n_of = 0, next = name_end;

              /* "A of Germany" */
              if (tok_is (ex, name_end, end, "of") &&
                  is_country (of = read_country_or_body (ex, name_end + 1, &n_of)))
                next = name_end + 1 + n_of;
              if (!is_country (of))
                break;

              if (person == NULL)
                person = new_person (ex, name_start, name_end);
              add_mention (ex, person, name_start, name_end, FALSE);
              push_mention (ex, name_start, name_end, MENTION_ENTITY, person, NULL);
              give_office (ex, person, office, office->name, of);
              read = next;

              if (country != NULL || !(tok_is (ex, next, end, "and") || tok_is (ex, next, end, ",")))
                break;
              name_start = next + 1;
              if (tok_is (ex, name_start, end, "and"))
                name_start++;
            }

          if (read > 0)
            {
              i = read;
              continue;
            }
        }

      /* A city where something happens ("in Berlin", "MUSCAT —") is no actor; a capital
       * that acts or owns ("Washington's support", "Tehran valued") is its government. */
      if (entry != NULL && entry->klass == LIAISON_GAZETTEER_PLACE && entry->city)
        {
          gboolean possessive = tok_is (ex, i + n, end, "'") && tok_is (ex, i + n + 1, end, "s");
          gboolean locative = i > start && cue_at (ex, i - 1, i, CUE_PREPOSITION) == 1;
          gboolean dateline = (tok (ex, i)->flags & LIAISON_TOKEN_ALL_CAPS) != 0;
          const LiaisonGazetteerEntry *country = NULL;

          if (entry->code != NULL && entry->part_of != NULL)
            country = liaison_gazetteer_get_country (ex->gazetteer, entry->code);
          if (dateline || (locative && !possessive) || country == NULL)
            {
              if (dateline || locative)
                {
                  i += n;
                  continue;
                }
            }
          else
            {
              LiaisonActor *actor = entity_actor (ex, country);

              add_mention (ex, actor, i, i + n, TRUE);
              push_mention (ex, i, i + n, MENTION_ENTITY, actor, country);
              i += n;
              continue;
            }
        }

      if (entry != NULL)
        {
          LiaisonActor *actor = entity_actor (ex, entry);

          add_mention (ex, actor, i, i + n, TRUE);
          push_mention (ex, i, i + n, MENTION_ENTITY, actor, entry);
          i += n;
          continue;
        }

      if ((n = cue_at (ex, i, end, CUE_COUNTRY_REF)) > 0)
        {
          LiaisonActor *country = NULL;

          if (tok_is (ex, i, end, "the"))
            country = country_of_person (ex, ex->last_person);
          else
            country = country_of_person (ex, ex->last_person);
          if (country == NULL)
            country = ex->last_country;

          if (country != NULL)
            {
              add_mention (ex, country, i, i + n, FALSE);
              push_mention (ex, i, i + n, MENTION_ENTITY, country, NULL);
            }
          i += n;
          continue;
        }

      /* "the bloc": the international body last named. */
      if (ex->last_bloc != NULL && (n = cue_at (ex, i, end, CUE_BODY_REF)) > 0 &&
          !(tok (ex, i + n - 1)->flags & LIAISON_TOKEN_CAPITALIZED))
        {
          LiaisonActor *bloc = ex->last_bloc;

          add_mention (ex, bloc, i, i + n, FALSE);
          push_mention (ex, i, i + n, MENTION_ENTITY, bloc, NULL);
          i += n;
          continue;
        }

      /* "the two sides", "both countries", "they": the parties of the talks. */
      if (ex->pair[0] != NULL && (n = cue_at (ex, i, end, CUE_PLURAL_REF)) > 0)
        {
          Mention *m = push_mention (ex, i, i + n, MENTION_ENTITY, ex->pair[0], NULL);

          m->pair = TRUE;
          i += n;
          continue;
        }

      if (cue_at (ex, i, end, CUE_PERSON_PRONOUN) == 1 && ex->last_person != NULL)
        {
          LiaisonActor *person = ex->last_person;

          add_mention (ex, person, i, i + 1, FALSE);
          push_mention (ex, i, i + 1, MENTION_ENTITY, person, NULL);
          i++;
          continue;
        }

      n = name_run (ex, i, end);
      if (n > i)
        {
          guint name_end = n;
          LiaisonActor *person = known_person (ex, i, name_end);
          gboolean introduced =
            tok_is (ex, name_end, end, ",") ||
            (tok_is (ex, name_end, end, "of") && country_at (ex, name_end + 1)) ||
            cue_at (ex, name_end, end, CUE_SPEECH) > 0 ||
            cue_at (ex, name_end, end, CUE_MEETING) > 0 ||
            (tok_is (ex, name_end, end, "also") && (cue_at (ex, name_end + 1, end, CUE_SPEECH) > 0 ||
                                                    cue_at (ex, name_end + 1, end, CUE_MEETING) > 0));
          gboolean after_meeting = FALSE;

          for (guint back = 1; back <= 6 && back <= i - start; back++)
            if (cue_at (ex, i - back, i, CUE_MEETING) == back)
              after_meeting = TRUE;

          /* "in the Rift Valley, ...", "at Camp David": where, not who. */
          gboolean placed = i > start && (tok_is (ex, i - 1, end, "the") || tok_is (ex, i - 1, end, "in") ||
                                          tok_is (ex, i - 1, end, "at") || tok_is (ex, i - 1, end, "near"));

          if (person == NULL && name_end - i >= 2 && !placed &&
              (introduced || after_meeting ||
               (i >= start + 2 && tok_is (ex, i - 2, end, "according") && tok_is (ex, i - 1, end, "to"))))
            person = new_person (ex, i, name_end);

          if (person != NULL)
            {
              g_autofree char *surface = token_text (ex, i, name_end);

              /* "Wang", "Asante-Darko": a shorter name of someone already named. */
              add_mention (ex, person, i, name_end,
                           !g_str_equal (surface, liaison_actor_get_name (person)));
              push_mention (ex, i, name_end, MENTION_ENTITY, person, NULL);
              i = read_apposition (ex, person, read_of_country (ex, person, name_end, end), end);
              continue;
            }

          i = name_end;
          continue;
        }

      i++;
    }
}

/* Relations ---------------------------------------------------------------------------------- */

static gboolean
is_party (LiaisonActor *actor)
{
  return is_country (actor) || (actor != NULL && kind_of (actor) == LIAISON_ACTOR_KIND_ORGANIZATION);
}

/* A national body and its own country ("the CPV and Vietnam") are one side, not two. */
static gboolean
same_nation (Extractor    *ex,
             LiaisonActor *a,
             LiaisonActor *b)
{
  const LiaisonGazetteerEntry *ea = g_hash_table_lookup (ex->actor_entries, a);
  const LiaisonGazetteerEntry *eb = g_hash_table_lookup (ex->actor_entries, b);

  return ea != NULL && eb != NULL && ea->code != NULL && g_strcmp0 (ea->code, eb->code) == 0;
}

static void
set_pair (Extractor    *ex,
          LiaisonActor *a,
          LiaisonActor *b)
{
  if (a != NULL && b != NULL && a != b && !same_nation (ex, a, b))
    {
      ex->pair[0] = a;
      ex->pair[1] = b;
    }
}

/* "Kenya and China", "Moldova and the EU", "between Egypt and South Africa": two parties
 * named together, the second being mention @k + 1. */
static gboolean
joined_parties (Extractor *ex,
                guint      k)
{
  Mention *m, *next;
  guint gap;

  if (k + 1 >= ex->mentions->len)
    return FALSE;
  m = &g_array_index (ex->mentions, Mention, k);
  next = &g_array_index (ex->mentions, Mention, k + 1);
  if (!is_party (m->actor) || !is_party (next->actor) || m->actor == next->actor || m->pair ||
      same_nation (ex, m->actor, next->actor))
    return FALSE;

  gap = next->start - m->end;
  return (gap == 1 && tok_is (ex, m->end, next->start, "and")) ||
         (gap == 2 && tok_is (ex, m->end, next->start, "and") && tok_is (ex, m->end + 1, next->start, "the"));
}

/* The subject of what comes at @pos, in [@from, @pos): the nearest country or person not
 * governed by a preposition ("the situation in Myanmar") nor a partner ("with China"); both
 * parties for "the two sides" and "Indonesia and Japan". Returns how many (0 to 2). */
static guint
subjects_before (Extractor     *ex,
                 guint          from,
                 guint          pos,
                 LiaisonActor **subjects)
{
  for (guint k = ex->mentions->len; k > 0; k--)
    {
      Mention *m = &g_array_index (ex->mentions, Mention, k - 1);

      if (m->end > pos || m->start < from || m->after_with || m->after_prep)
        continue;
      if (m->pair)
        {
          subjects[0] = ex->pair[0];
          subjects[1] = ex->pair[1];
          return 2;
        }
      if (!is_country (m->actor) && !is_person (m->actor))
        continue;
      if (k >= 2 && joined_parties (ex, k - 2))
        {
          subjects[0] = g_array_index (ex->mentions, Mention, k - 2).actor;
          subjects[1] = m->actor;
          return 2;
        }
      subjects[0] = m->actor;
      return 1;
    }

  return 0;
}

static LiaisonActor *
subject_before (Extractor *ex,
                guint      from,
                guint      pos)
{
  LiaisonActor *subjects[2];

  return subjects_before (ex, from, pos, subjects) > 0 ? subjects[0] : NULL;
}

/* The first mention in [@pos, @stop) whose actor passes @accept. */
static Mention *
first_after (Extractor *ex,
             guint      pos,
             guint      stop,
             gboolean (*accept) (LiaisonActor *))
{
  for (guint k = 0; k < ex->mentions->len; k++)
    {
      Mention *m = &g_array_index (ex->mentions, Mention, k);

      if (m->start >= pos && m->start < stop && accept (m->actor))
        return m;
    }

  return NULL;
}

static gboolean
is_country_person_or_body (LiaisonActor *actor)
{
  return is_country (actor) || is_person (actor) || is_body (actor);
}

static gboolean
is_statement_target (LiaisonActor *actor)
{
  return actor != NULL && kind_of (actor) != LIAISON_ACTOR_KIND_SECTOR &&
         kind_of (actor) != LIAISON_ACTOR_KIND_PERSON;
}

static guint
clause_end (Extractor *ex,
            guint      pos,
            guint      end)
{
  for (guint i = pos; i < end; i++)
    if (cue_at (ex, i, end, CUE_CLAUSE_END) > 0)
      return i;
  return end;
}

static char *
cue_label (Extractor *ex,
           guint      pos,
           guint      n)
{
  return token_text (ex, pos, pos + n);
}

/* The persons who are the subject of a verb at @pos: the nearest person before it, and those
 * joined to it by "and" ("A and B held talks", "Sen. A and Sen. B met ..."). */
static guint
meeting_subjects (Extractor     *ex,
                  guint          start,
                  guint          pos,
                  LiaisonActor **subjects,
                  guint          max)
{
  guint n = 0, left = pos;

  for (guint k = ex->mentions->len; k > 0 && n < max; k--)
    {
      Mention *m = &g_array_index (ex->mentions, Mention, k - 1);
      gboolean joined = FALSE;

      if (m->end > pos || m->start < start || m->after_with)
        continue;
      if (!is_person (m->actor))
        continue;

      if (n > 0)
        {
          /* "A and B", "A, the X minister, and Dr. B": the words just before the later
           * person, past its titles, are "and". */
          guint t = left;

          while (t > m->end && (tok_is (ex, t - 1, pos, ".") ||
                                (tok (ex, t - 1)->flags & LIAISON_TOKEN_CAPITALIZED)))
            t--;
          joined = t > m->end && tok_is (ex, t - 1, pos, "and") && left - m->end <= 16;
          if (!joined)
            break;
        }

      if (n == 0 || subjects[n - 1] != m->actor)
        subjects[n++] = m->actor;
      left = m->start;
    }

  return n;
}

/* The first person after a verb of meeting who is not its subject ("received his counterpart"). */
static Mention *
meeting_object (Extractor     *ex,
                guint          pos,
                guint          stop,
                LiaisonActor **subjects,
                guint          n_subjects)
{
  for (guint k = 0; k < ex->mentions->len; k++)
    {
      Mention *m = &g_array_index (ex->mentions, Mention, k);
      gboolean is_subject = FALSE;

      if (m->start < pos || m->start >= stop || !is_person (m->actor))
        continue;
      for (guint j = 0; j < n_subjects; j++)
        is_subject |= subjects[j] == m->actor;
      if (!is_subject)
        return m;
    }

  return NULL;
}

static void
relate_meeting (Extractor    *ex,
                LiaisonActor *a,
                LiaisonActor *b,
                guint         pos,
                guint         n)
{
  g_autofree char *label = cue_label (ex, pos, n);

  relate (ex, a, b, LIAISON_RELATION_KIND_MET_WITH, 0.9, label);
  set_pair (ex, country_of_person (ex, a), country_of_person (ex, b));
}

/* Whether the words [@from, @to) between two persons join them in one list: "and", "with",
 * commas, their titles and countries ("A of Germany and Foreign Minister B"). */
static gboolean
joins_persons (Extractor *ex,
               guint      from,
               guint      to)
{
  gboolean joined = FALSE;

  if (to < from || to - from > 12)
    return FALSE;

  for (guint t = from; t < to; t++)
    {
      const LiaisonToken *token = tok (ex, t);

      if (tok_is (ex, t, to, "and") || tok_is (ex, t, to, ","))
        joined = TRUE;
      else if (tok_is (ex, t, to, "with") || tok_is (ex, t, to, "of") || tok_is (ex, t, to, "the") ||
               tok_is (ex, t, to, "his") || tok_is (ex, t, to, "her") || tok_is (ex, t, to, ".") ||
               tok_is (ex, t, to, "'") || tok_is (ex, t, to, "s") ||
               (token->flags & LIAISON_TOKEN_CAPITALIZED))
        continue;
      else
        return FALSE;
    }

  return joined;
}

/* The persons a verb of meeting at @pos names as met, after it: "met A", "talks with A and
 * with B", "hosted his counterparts, A of Germany and B of France". Not its subjects. */
static guint
meeting_objects (Extractor     *ex,
                 guint          pos,
                 guint          stop,
                 LiaisonActor **subjects,
                 guint          n_subjects,
                 LiaisonActor **objects,
                 guint          max)
{
  guint n = 0, last_end = 0;

  for (guint k = 0; k < ex->mentions->len && n < max; k++)
    {
      Mention *m = &g_array_index (ex->mentions, Mention, k);
      gboolean is_subject = FALSE;

      if (m->start < pos || !is_person (m->actor))
        continue;
      for (guint j = 0; j < n_subjects; j++)
        is_subject |= subjects[j] == m->actor;
      if (is_subject)
        continue;
      if (n == 0 && m->start >= stop)
        break;
      if (n > 0 && !joins_persons (ex, last_end, m->start))
        break;
      if (n == 0 || objects[n - 1] != m->actor)
        objects[n++] = m->actor;
      last_end = m->end;
    }

  return n;
}

/* "held a phone call on Tuesday with", "spoke today with", "held separate talks with": a verb
 * of meeting spread over a few words. Returns the length up to "with", or 0. */
static guint
loose_meeting_cue (Extractor *ex,
                   guint      pos,
                   guint      end)
{
  if (cue_at (ex, pos, end, CUE_MEETING_HEAD) != 1)
    return 0;

  for (guint i = pos + 1; i < end && i <= pos + 6; i++)
    {
      if (tok_is (ex, i, end, "with"))
        return i + 1 - pos;
      if (tok_is (ex, i, end, ",") || tok_is (ex, i, end, ";") || tok_is (ex, i, end, "\""))
        return 0;
    }

  return 0;
}

/* "X met with Y", "X was received by Y", "X and Y held talks", "talks between X and Y" */
static void
read_meetings (Extractor *ex,
               guint      start,
               guint      end)
{
  for (guint i = start; i < end; i++)
    {
      LiaisonActor *subjects[4], *objects[4];
      guint n_subjects, n_objects;
      Mention *object;
      guint n;

      /* "X was welcomed at the airport by Y" */
      if ((n = cue_at (ex, i, end, CUE_MEETING_PASSIVE)) > 0)
        {
          guint by = i + n;

          while (by < end && by < i + n + 8 && !tok_is (ex, by, end, "by"))
            by++;
          n_subjects = meeting_subjects (ex, start, i, subjects, G_N_ELEMENTS (subjects));
          object = by < end ? meeting_object (ex, by + 1, MIN (end, by + 6), subjects, n_subjects)
                            : NULL;
          for (guint k = 0; k < n_subjects && object != NULL; k++)
            relate_meeting (ex, subjects[k], object->actor, i, n);
          i += n - 1;
          continue;
        }

      /* "talks between A and B" */
      if (tok_is (ex, i, end, "between") && i > start &&
          (tok_is (ex, i - 1, end, "talks") || tok_is (ex, i - 1, end, "meeting") ||
           tok_is (ex, i - 1, end, "call") || tok_is (ex, i - 1, end, "conversation")))
        {
          n_objects = meeting_objects (ex, i + 1, MIN (end, i + 12), NULL, 0, objects,
                                       G_N_ELEMENTS (objects));
          for (guint k = 1; k < n_objects; k++)
            relate_meeting (ex, objects[0], objects[k], i - 1, 2);
          continue;
        }

      if ((n = cue_at (ex, i, end, CUE_MEETING)) > 0 || (n = loose_meeting_cue (ex, i, end)) > 0)
        {
          n_subjects = meeting_subjects (ex, start, i, subjects, G_N_ELEMENTS (subjects));
          n_objects = meeting_objects (ex, i + n, MIN (end, i + n + 12), subjects, n_subjects,
                                       objects, G_N_ELEMENTS (objects));

          for (guint k = 0; k < n_subjects; k++)
            for (guint j = 0; j < n_objects; j++)
              relate_meeting (ex, subjects[k], objects[j], i, n);
          if (n_objects > 0 || n_subjects > 1)
            {
              for (guint k = 1; n_objects == 0 && k < n_subjects; k++)
                relate_meeting (ex, subjects[0], subjects[k], i, n);
              i += n - 1;
              continue;
            }
        }

      /* "A and B held talks": a meeting with no object joins its subjects. */
      if ((n = cue_at (ex, i, end, CUE_JOINT_MEETING)) > 0)
        {
          n_subjects = meeting_subjects (ex, start, i, subjects, G_N_ELEMENTS (subjects));
          for (guint k = 1; k < n_subjects; k++)
            relate_meeting (ex, subjects[0], subjects[k], i, n);
          i += n - 1;
        }
    }
}

static void
vote_represents (Extractor    *ex,
                 LiaisonActor *person,
                 LiaisonActor *country)
{
  GHashTable *votes = g_hash_table_lookup (ex->represents_votes, person);

  if (votes == NULL)
    {
      votes = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (ex->represents_votes, person, votes);
    }
  g_hash_table_insert (votes, country,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (votes, country)) + 1));
}

/* @speaker said the words [@from, @to): a statement about each country, body, programme and
 * place they name, and a vote for the country the speaker speaks for. */
static void
state_about (Extractor    *ex,
             LiaisonActor *speaker,
             guint         from,
             guint         to)
{
  LiaisonActor *subject = NULL;

  for (guint k = 0; k < ex->mentions->len; k++)
    {
      Mention *m = &g_array_index (ex->mentions, Mention, k);

      if (m->start < from || m->end > to)
        continue;
      if (is_statement_target (m->actor))
        relate (ex, speaker, m->actor, LIAISON_RELATION_KIND_STATEMENT_ABOUT, 0.7, NULL);
      /* Who speaks for a country: the subject of what a person says on its behalf. */
      if (subject == NULL && !m->after_with && (is_country (m->actor) || is_person (m->actor)))
        subject = m->actor;
    }

  if (is_country (subject))
    vote_represents (ex, speaker, subject);
}

/* Statements: the speaker of a quote or of reported speech ("A said that ...") made a
 * statement about every country, body, programme and place it names. Returns the first token
 * of what was said, so that commitments inside are read from there. */
static guint
read_statements (Extractor     *ex,
                 guint          start,
                 guint          end,
                 LiaisonActor **speaker_out)
{
  LiaisonActor *speaker = NULL;
  guint content_start = start, content_end = end;

  /* The quotes in this sentence, each with its speaker. */
  for (guint j = 0; j < ex->sentence_quotes->len; j++)
    {
      guint q = g_array_index (ex->sentence_quotes, guint, j);
      const LiaisonQuote *quote = &g_array_index (ex->quotes, LiaisonQuote, q);
      guint from = end, to = end;

      /* Named in this sentence: the person mentioned in the words naming the speaker. */
      for (guint k = 0; k < ex->mentions->len && quote->speaker_end > quote->speaker_start; k++)
        {
          Mention *m = &g_array_index (ex->mentions, Mention, k);

          if (tok (ex, m->start)->start >= quote->speaker_start &&
              tok (ex, m->end - 1)->end <= quote->speaker_end && is_person (m->actor))
            {
              ex->quote_speakers[q] = m->actor;
              break;
            }
        }
      if (ex->quote_speakers[q] == NULL)
        continue;

      speaker = ex->quote_speakers[q];
      {
        g_autofree char *words = g_strndup (ex->text + quote->start, quote->end - quote->start);
        g_autoptr(LiaisonSpan) span = liaison_span_new (liaison_article_get_id (ex->article),
                                                        quote->char_start, quote->char_end, words);

        liaison_actor_add_quote (speaker, span);
      }

      /* The statement is the quote's part of this sentence. */
      for (guint i = start; i < end; i++)
        {
          if (tok (ex, i)->start >= quote->start && tok (ex, i)->start < quote->end)
            {
              from = i;
              break;
            }
        }
      for (to = from; to < end && tok (ex, to)->start < quote->end; to++)
        ;
      if (from < end)
        {
          state_about (ex, speaker, from, to);
          if (content_start == start)
            {
              content_start = from;
              content_end = to;
            }
        }
    }

  if (speaker != NULL)
    {
      *speaker_out = speaker;
      return content_start;
    }

  /* Reported speech: "A (also) said (that) ...", "A, whose country chairs X, said ...";
   * when one report holds another ("the spokesman said A welcomed ..."), the inner speaker. */
  if (speaker == NULL)
    {
      for (guint k = 0; k < ex->mentions->len; k++)
        {
          Mention *m = &g_array_index (ex->mentions, Mention, k);
          guint v = m->end, n;

          if (!is_person (m->actor) || m->start < start || m->after_prep)
            continue;

          /* Past a parenthesis between commas: ", a member of the party," */
          if (tok_is (ex, v, end, ","))
            {
              guint close = v + 1;

              while (close < end && close <= v + 16 && !tok_is (ex, close, end, ","))
                close++;
              if (close < end && close <= v + 16 && cue_at (ex, close + 1, end, CUE_SPEECH) > 0)
                v = close + 1;
            }
          if (tok_is (ex, v, end, "also") || tok_is (ex, v, end, "further") ||
              tok_is (ex, v, end, "then") || tok_is (ex, v, end, "later"))
            v++;
          /* Something said after the verb, not only a full stop. */
          if ((n = cue_at (ex, v, end, CUE_SPEECH)) > 0 && v + n + 1 < end)
            {
              speaker = m->actor;
              content_start = v + n;
              if (tok_is (ex, content_start, end, "that"))
                content_start++;
            }
        }
    }

  /* Reported speech, the speaker last: "The bloc will meet in May, A said." */
  if (speaker == NULL)
    {
      guint last = end;

      while (last > start && (tok (ex, last - 1)->flags & LIAISON_TOKEN_PUNCT) &&
             !tok_is (ex, last - 1, end, ","))
        last--;

      for (guint k = 0; k < ex->mentions->len && speaker == NULL; k++)
        {
          Mention *m = &g_array_index (ex->mentions, Mention, k);
          guint n;

          if (!is_person (m->actor) || m->start <= start + 1)
            continue;
          /* ", A said." */
          if (tok_is (ex, m->start - 1, end, ",") && (n = cue_at (ex, m->end, end, CUE_SPEECH)) > 0 &&
              m->end + n >= last)
            {
              speaker = m->actor;
              content_start = start;
              content_end = m->start - 1;
            }
          /* ", said A." */
          else if (m->end >= last && m->start >= start + 2 &&
                   (n = cue_at (ex, m->start - 1, end, CUE_SPEECH)) == 1 &&
                   tok_is (ex, m->start - 2, end, ","))
            {
              speaker = m->actor;
              content_start = start;
              content_end = m->start - 2;
            }
        }
    }

  *speaker_out = speaker;
  if (speaker == NULL)
    return start;

  state_about (ex, speaker, content_start, content_end);

  return content_start;
}

/* The mention @first and those joined to it by "and" or commas: "the GDI and the GSI",
 * "the SCO, the CSTO and the CIS". Appends them to @out. */
static void
joined_objects (Extractor  *ex,
                Mention    *first,
                guint       end,
                gboolean  (*accept) (LiaisonActor *),
                GPtrArray  *out)
{
  guint k = (guint) (first - &g_array_index (ex->mentions, Mention, 0));
  guint last_end = first->end;

  g_ptr_array_add (out, first->actor);
  for (k++; k < ex->mentions->len; k++)
    {
      Mention *m = &g_array_index (ex->mentions, Mention, k);
      gboolean joined = FALSE;

      if (m->start < last_end)
        continue;
      for (guint t = last_end; t < m->start; t++)
        {
          if (tok_is (ex, t, end, "and") || tok_is (ex, t, end, ","))
            joined = TRUE;
          else if (!tok_is (ex, t, end, "the"))
            {
              joined = FALSE;
              break;
            }
        }
      if (!joined || !accept (m->actor))
        break;
      if (!g_ptr_array_find (out, m->actor, NULL))
        g_ptr_array_add (out, m->actor);
      last_end = m->end;
    }
}

/* "X supports Y", "X will participate in Y", "Y proposed by X", "X proposed Y",
 * "under the frameworks of Y and Z" */
static void
read_commitments (Extractor *ex,
                  guint      start,
                  guint      end)
{
  for (guint i = start; i < end; i++)
    {
      guint n;

      /* "coordinate closely within ASEAN", "whose country chaired ASEAN", "Egypt's accession
       * to BRICS": members of a body. */
      if ((n = cue_at (ex, i, end, CUE_MEMBERSHIP_VERB)) > 0)
        {
          LiaisonActor *subjects[2];
          guint n_subjects = subjects_before (ex, start, i, subjects);
          guint stop = MIN (clause_end (ex, i + n, end), i + n + 12);
          g_autofree char *label = cue_label (ex, i, n);

          for (guint j = 0; j < n_subjects; j++)
            if (is_person (subjects[j]))
              subjects[j] = country_of_person (ex, subjects[j]);

          for (guint k = 0; k < ex->mentions->len; k++)
            {
              Mention *m = &g_array_index (ex->mentions, Mention, k);

              if (m->start < i + n || m->start >= stop ||
                  kind_of (m->actor) != LIAISON_ACTOR_KIND_ORGANIZATION)
                continue;
              for (guint j = 0; j < n_subjects; j++)
                relate (ex, subjects[j], m->actor, LIAISON_RELATION_KIND_MEMBER_OF, 0.75, label);
              /* "within the SCO, the CSTO and the CIS": bodies joined by "and" or commas. */
              if (!tok_is (ex, m->end, end, "and") && !tok_is (ex, m->end, end, ","))
                break;
            }
          i += n - 1;
          continue;
        }

      /* "the mission, which is backed by the Security Council" */
      if ((n = cue_at (ex, i, end, CUE_SUPPORT_PASSIVE)) > 0)
        {
          Mention *backer = first_after (ex, i + n, MIN (end, i + n + 4), is_country_person_or_body);
          LiaisonActor *object = NULL;

          for (guint k = ex->mentions->len; k > 0; k--)
            {
              Mention *m = &g_array_index (ex->mentions, Mention, k - 1);

              if (m->end <= i && m->end + 4 >= i && is_country_person_or_body (m->actor))
                {
                  object = m->actor;
                  break;
                }
            }
          if (backer != NULL && object != NULL)
            {
              g_autofree char *label = cue_label (ex, i, n);

              relate (ex, backer->actor, object, LIAISON_RELATION_KIND_SUPPORTS, 0.8, label);
            }
          i += n - 1;
          continue;
        }

      /* "China was represented by Vice Foreign Minister A" */
      if ((n = cue_at (ex, i, end, CUE_REPRESENTATION_PASSIVE)) > 0)
        {
          LiaisonActor *country = subject_before (ex, start, i);
          Mention *person = first_after (ex, i + n, MIN (end, i + n + 8), is_person);

          if (is_country (country) && person != NULL)
            {
              g_autofree char *label = cue_label (ex, i, n);

              relate (ex, person->actor, country, LIAISON_RELATION_KIND_REPRESENTS, 0.85, label);
            }
          i += n - 1;
          continue;
        }

      if ((n = cue_at (ex, i, end, CUE_PROPOSAL_PASSIVE)) > 0)
        {
          Mention *proposer = first_after (ex, i + n, MIN (end, i + n + 4), is_country_person_or_body);
          LiaisonActor *object = NULL;

          for (guint k = ex->mentions->len; k > 0; k--)
            {
              Mention *m = &g_array_index (ex->mentions, Mention, k - 1);

              if (m->end <= i && m->end + 2 >= i && is_body (m->actor))
                {
                  object = m->actor;
                  break;
                }
            }
          if (proposer != NULL && object != NULL)
            {
              g_autofree char *label = cue_label (ex, i, n);

              relate (ex, proposer->actor, object, LIAISON_RELATION_KIND_PROPOSED, 0.85, label);
            }
          i += n - 1;
          continue;
        }

      if ((n = cue_at (ex, i, end, CUE_FRAME)) > 0)
        {
          LiaisonActor *subjects[2];
          guint n_subjects = subjects_before (ex, start, i, subjects);
          guint stop = clause_end (ex, i + n, end);
          g_autofree char *label = cue_label (ex, i, n);

          for (guint k = 0; k < ex->mentions->len; k++)
            {
              Mention *m = &g_array_index (ex->mentions, Mention, k);

              if (m->start >= i + n && m->start < stop && is_body (m->actor))
                for (guint j = 0; j < n_subjects; j++)
                  relate (ex, subjects[j], m->actor, LIAISON_RELATION_KIND_PARTICIPATES_IN, 0.8, label);
            }
          i += n - 1;
          continue;
        }

      if ((n = cue_at (ex, i, end, CUE_PARTICIPATION)) > 0)
        {
          LiaisonActor *subjects[2];
          guint n_subjects = subjects_before (ex, start, i, subjects);
          Mention *object = first_after (ex, i + n, clause_end (ex, i + n, end), is_body);
          g_autofree char *label = cue_label (ex, i, n);
          g_autoptr(GPtrArray) objects = g_ptr_array_new ();

          if (object != NULL)
            joined_objects (ex, object, end, is_body, objects);
          for (guint j = 0; j < n_subjects; j++)
            for (guint o = 0; o < objects->len; o++)
              relate (ex, subjects[j], g_ptr_array_index (objects, o),
                      LIAISON_RELATION_KIND_PARTICIPATES_IN, 0.85, label);
          i += n - 1;
          continue;
        }

      if ((n = cue_at (ex, i, end, CUE_SUPPORT)) > 0 && i > start &&
          cue_at (ex, i - 1, end, CUE_MEETING_PASSIVE) == n + 1)
        {
          /* "was welcomed by": a meeting, read above */
          i += n - 1;
          continue;
        }

      if ((n = cue_at (ex, i, end, CUE_SUPPORT)) > 0)
        {
          LiaisonActor *subjects[2];
          guint n_subjects = subjects_before (ex, start, i, subjects);
          Mention *object = first_after (ex, i + n, clause_end (ex, i + n, end),
                                         is_country_person_or_body);
          g_autofree char *label = cue_label (ex, i, n);

          /* "supported each other": no object named, no relation. "welcomed South Africa's
           * support": the object's own support, not the subject's. */
          if (object != NULL && (object->start > i + n + 8 ||
                                 (tok_is (ex, object->end, end, "'") &&
                                  cue_at (ex, object->end + 2, end, CUE_SUPPORT) > 0)))
            object = NULL;
          {
            g_autoptr(GPtrArray) objects = g_ptr_array_new ();

            if (object != NULL)
              joined_objects (ex, object, end, is_country_person_or_body, objects);
            for (guint j = 0; j < n_subjects; j++)
              for (guint o = 0; o < objects->len; o++)
                relate (ex, subjects[j], g_ptr_array_index (objects, o),
                        LIAISON_RELATION_KIND_SUPPORTS, 0.85, label);
          }
          i += n - 1;
          continue;
        }

      if ((n = cue_at (ex, i, end, CUE_PROPOSAL_ACTIVE)) > 0)
        {
          LiaisonActor *subject = subject_before (ex, start, i);
          Mention *object = first_after (ex, i + n, MIN (end, i + n + 4), is_body);

          if (subject != NULL && object != NULL && !is_person (subject))
            {
              g_autofree char *label = cue_label (ex, i, n);

              relate (ex, subject, object->actor, LIAISON_RELATION_KIND_PROPOSED, 0.8, label);
            }
          i += n - 1;
          continue;
        }
    }
}

/* One item of a list of fields that the lexicon does not know: one to three lower-case
 * words ending where the list goes on or ends ("transport connectivity"). Returns its end,
 * or @pos. */
static guint
open_list_item (Extractor *ex,
                guint      pos,
                guint      end)
{
  guint i = pos;

  while (i < end && i < pos + 3 && (tok (ex, i)->flags & LIAISON_TOKEN_WORD) &&
         !(tok (ex, i)->flags & (LIAISON_TOKEN_CAPITALIZED | LIAISON_TOKEN_DIGITS)) &&
         cue_at (ex, i, end, CUE_LIST_STOP) == 0 && !tok_is (ex, i, end, "and") &&
         !tok_is (ex, i, end, "or"))
    i++;

  if (i == pos)
    return pos;
  /* The item ends where the list goes on or stops, or before a preposition that opens
   * something else ("digital technology under the framework of"), but not before "of"
   * ("the management of the border" is no field). */
  if (i == end || tok_is (ex, i, end, ",") || tok_is (ex, i, end, "and") || tok_is (ex, i, end, "or") ||
      tok_is (ex, i, end, ".") || tok_is (ex, i, end, ";") || cue_at (ex, i, end, CUE_LIST_END) > 0 ||
      cue_at (ex, i, end, CUE_CLAUSE_END) > 0 ||
      (cue_at (ex, i, end, CUE_PREPOSITION) == 1 && !tok_is (ex, i, end, "of") && !tok_is (ex, i, end, "for")))
    return i;

  return pos;
}

/* A list of fields after a cue: "railway, highway, water conservancy and renewable energy",
 * "maritime security, energy transition and the digital economy". Fields the lexicon does not
 * know count when the list has one it knows. */
static void
read_sector_list (Extractor *ex,
                  guint      pos,
                  guint      end,
                  GPtrArray *sectors)
{
  g_autoptr(GArray) unknown = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  gboolean known = FALSE;
  guint i = pos;

  while (i < end)
    {
      const LiaisonGazetteerEntry *entry;
      guint n = 0, item_end;

      if (cue_at (ex, i, end, CUE_LIST_END) > 0)
        break;

      /* "…such as railway, trade and the" ending a text (found by fuzzing). */
      if (tok_is (ex, i, end, "the") && ++i >= end)
        break;

      entry = gazetteer_at (ex, i, &n);
      if (entry != NULL && entry->klass == LIAISON_GAZETTEER_SECTOR &&
          open_list_item (ex, i, end) <= i + n)
        {
          LiaisonActor *sector = entity_actor (ex, entry);

          add_mention (ex, sector, i, i + n, TRUE);
          g_ptr_array_add (sectors, sector);
          known = TRUE;
          i += n;
        }
      else if ((item_end = open_list_item (ex, i, end)) > i)
        {
          guint range[2] = { i, item_end };

          g_array_append_val (unknown, range);
          i = item_end;
        }
      else
        {
          break;
        }

      /* "a, b and c", "a, b, and c": the list goes on after a comma or "and"; "as well as"
       * ends it. */
      if (tok_is (ex, i, end, ",") && (tok_is (ex, i + 1, end, "and") || tok_is (ex, i + 1, end, "or")))
        i += 2;
      else if (tok_is (ex, i, end, ",") && !tok_is (ex, i + 1, end, "as"))
        i++;
      else if (tok_is (ex, i, end, "and") || tok_is (ex, i, end, "or"))
        i++;
      else if (tok_is (ex, i, end, ",") && (tok_is (ex, i + 2, end, "and") || tok_is (ex, i + 2, end, "or")))
        i += 2;
      else
        break;
    }

  for (guint u = 0; known && u < unknown->len; u++)
    {
      const guint *range = &g_array_index (unknown, guint, u * 2);
      g_autofree char *name = token_text (ex, range[0], range[1]);
      LiaisonActor *sector = ensure_actor (ex, name, LIAISON_ACTOR_KIND_SECTOR);

      add_mention (ex, sector, range[0], range[1], FALSE);
      g_ptr_array_add (sectors, sector);
    }
}

/* Bilateral cooperation and its fields: "Kenya is committed to its partnership with China",
 * "deepen cooperation in such fields as railway and aviation", "Kenya-China relations". */
static void
read_cooperation (Extractor *ex,
                  guint      start,
                  guint      end)
{
  LiaisonActor *subject = NULL, *partner = NULL;
  g_autoptr(GPtrArray) sectors = g_ptr_array_new ();
  guint first_cue = end;
  g_autofree char *label = NULL;

  for (guint i = start; i < end; i++)
    {
      guint n = cue_at (ex, i, end, CUE_COOPERATION);

      if (n > 0 && first_cue == end)
        {
          first_cue = i;
          label = cue_label (ex, i, n);
        }
    }
  if (first_cue == end)
    return;

  for (guint k = 0; k < ex->mentions->len; k++)
    {
      Mention *m = &g_array_index (ex->mentions, Mention, k);

      if (m->start < start || m->end > end)
        continue;

      /* "the two sides agreed to expand cooperation" */
      if (m->pair && subject == NULL && !m->after_prep && !m->after_with)
        {
          subject = ex->pair[0];
          partner = ex->pair[1];
          continue;
        }
      if (!is_party (m->actor))
        continue;

      if (m->after_with)
        {
          if (partner == NULL && m->actor != subject)
            partner = m->actor;
        }
      else if (subject == NULL &&
               (!m->after_prep || (m->start > 0 && tok_is (ex, m->start - 1, end, "between")) ||
                (m->start > 1 && tok_is (ex, m->start - 2, end, "between"))))
        {
          subject = m->actor;
          /* "Indonesia and Japan agreed to step up cooperation" */
          if (joined_parties (ex, k) && partner == NULL)
            partner = g_array_index (ex->mentions, Mention, k + 1).actor;
        }

      /* "Kenya-China relations": two countries joined by a hyphen. */
      if (k + 1 < ex->mentions->len)
        {
          Mention *next = &g_array_index (ex->mentions, Mention, k + 1);

          if (next->start == m->end + 1 && tok_is (ex, m->end, end, "-") && is_party (next->actor) &&
              partner == NULL && next->actor != m->actor)
            {
              subject = subject ? subject : m->actor;
              partner = next->actor == subject ? m->actor : next->actor;
            }
        }
    }

  /* A person's pledge is their country's: "Kenyan President A said Kenya ...", "A agreed". */
  if (subject == NULL)
    {
      LiaisonActor *person = subject_before (ex, start, first_cue);

      subject = is_person (person) ? country_of_person (ex, person) : person;
    }
  /* Subject of the whole statement, when the sentence names only the partner. */
  if (subject == NULL)
    subject = country_of_person (ex, ex->last_person);
  /* One party of the talks named: the other is its partner. */
  if (partner == NULL && subject != NULL && (subject == ex->pair[0] || subject == ex->pair[1]))
    partner = subject == ex->pair[0] ? ex->pair[1] : ex->pair[0];

  set_pair (ex, subject, partner);

  if (subject != NULL && partner != NULL && subject != partner)
    relate (ex, subject, partner, LIAISON_RELATION_KIND_COOPERATES_WITH, 0.8, label);

  for (guint i = first_cue; i < end; i++)
    {
      guint n = cue_at (ex, i, end, CUE_SECTOR_LIST);
      guint m = 0;
      const LiaisonGazetteerEntry *entry;

      if (n == 0)
        continue;

      /* "in trade", "in the digital economy": the list is read if it names a known field. */
      (void) entry;
      (void) m;
      read_sector_list (ex, i + n, end, sectors);
    }

  /* "security and climate cooperation": known fields just before the word. */
  {
    guint i = first_cue;

    while (i > start)
      {
        const LiaisonGazetteerEntry *entry = NULL;
        guint n = 0, from = i;

        if (tok_is (ex, i - 1, end, "and") || tok_is (ex, i - 1, end, ","))
          {
            i--;
            continue;
          }
        /* The longest known field that ends right here. */
        for (guint back = 1; back <= 3 && back <= i - start && entry == NULL; back++)
          {
            const LiaisonGazetteerEntry *e = gazetteer_at (ex, i - back, &n);

            if (e != NULL && e->klass == LIAISON_GAZETTEER_SECTOR && n == back)
              {
                entry = e;
                from = i - back;
              }
          }
        if (entry == NULL)
          break;
        {
          LiaisonActor *sector = entity_actor (ex, entry);

          add_mention (ex, sector, from, i, TRUE);
          if (!g_ptr_array_find (sectors, sector, NULL))
            g_ptr_array_add (sectors, sector);
        }
        i = from;
      }
  }

  for (guint s = 0; s < sectors->len; s++)
    {
      LiaisonActor *sector = g_ptr_array_index (sectors, s);

      relate (ex, subject, sector, LIAISON_RELATION_KIND_COOPERATION_IN, 0.8, label);
      relate (ex, partner, sector, LIAISON_RELATION_KIND_COOPERATION_IN, 0.8, label);
    }
}

/* Part-of from the knowledge base: "Political Bureau" is part of the Central Committee, which
 * is part of the party. Every ancestor becomes an actor, and each body is related to its
 * parent and to the top of its hierarchy. */
static void
read_hierarchies (Extractor *ex)
{
  GListModel *actors = liaison_document_get_actors (ex->document);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    g_ptr_array_add (found, g_list_model_get_item (actors, i));

  for (guint i = 0; i < found->len; i++)
    {
      LiaisonActor *actor = g_ptr_array_index (found, i);
      const LiaisonGazetteerEntry *entry = g_hash_table_lookup (ex->actor_entries, actor);
      guint sentence = GPOINTER_TO_UINT (g_hash_table_lookup (ex->first_sentence, actor));
      LiaisonActor *child = actor;
      guint depth = 0;

      if (entry == NULL || sentence == 0)
        continue;

      while (entry != NULL && entry->part_of != NULL && depth++ < 8)
        {
          const LiaisonGazetteerEntry *parent_entry = liaison_gazetteer_lookup (ex->gazetteer,
                                                                                 entry->part_of);
          LiaisonActor *parent;

          if (parent_entry == NULL || parent_entry->klass == LIAISON_GAZETTEER_COUNTRY ||
              parent_entry->klass == LIAISON_GAZETTEER_PLACE)
            break;

          parent = entity_actor (ex, parent_entry);
          /* "Political Bureau of the CPC Central Committee" names the committee too. */
          if (liaison_actor_get_n_mentions (parent) == 0 && liaison_actor_get_n_mentions (actor) > 0)
            {
              g_autoptr(LiaisonSpan) span = liaison_span_copy (liaison_actor_get_mention (actor, 0));

              liaison_actor_add_mention (parent, span);
            }
          relate_in (ex, child, parent, LIAISON_RELATION_KIND_PART_OF, 0.75, NULL, sentence - 1);
          if (child != actor)
            relate_in (ex, actor, parent, LIAISON_RELATION_KIND_PART_OF, 0.75, NULL, sentence - 1);
          child = parent;
          entry = parent_entry;
        }
    }
}

static int
compare_actor_ids (gconstpointer a,
                   gconstpointer b)
{
  LiaisonActor *const *x = a;
  LiaisonActor *const *y = b;

  return g_strcmp0 (liaison_actor_get_id (*x), liaison_actor_get_id (*y));
}

static void
read_represents (Extractor *ex)
{
  GHashTableIter iter;
  gpointer key, value;
  g_autoptr(GPtrArray) persons = g_ptr_array_new ();

  g_hash_table_iter_init (&iter, ex->represents_votes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (persons, key);
  /* Hash order is not stable: relations must come out in the same order every time. */
  g_ptr_array_sort (persons, compare_actor_ids);

  for (guint p = 0; p < persons->len; p++)
    {
      LiaisonActor *person = g_ptr_array_index (persons, p);
      GHashTable *votes = g_hash_table_lookup (ex->represents_votes, person);
      LiaisonActor *best = NULL;
      guint best_votes = 0;
      guint sentence;

      /* A person with an office already has their country or body. */
      if (g_hash_table_contains (ex->person_country, person) ||
          g_hash_table_contains (ex->office_holders, person))
        continue;

      g_hash_table_iter_init (&iter, votes);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          guint v = GPOINTER_TO_UINT (value);

          if (v > best_votes ||
              (v == best_votes && best != NULL &&
               g_strcmp0 (liaison_actor_get_id (key), liaison_actor_get_id (best)) < 0))
            {
              best = key;
              best_votes = v;
            }
        }

      /* Once is chance: a person speaks for the country they keep making the subject. */
      sentence = GPOINTER_TO_UINT (g_hash_table_lookup (ex->first_sentence, person));
      if (best != NULL && sentence > 0 && best_votes >= 2)
        relate_in (ex, person, best, LIAISON_RELATION_KIND_REPRESENTS, 0.6, NULL, sentence - 1);
    }
}

/* Driver ------------------------------------------------------------------------------------- */

static void
token_range (Extractor             *ex,
             const LiaisonSentence *sentence,
             guint                 *first,
             guint                 *last)
{
  guint lo = 0, hi = liaison_tokens_get_length (ex->tokens);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tok (ex, mid)->start < sentence->start)
        lo = mid + 1;
      else
        hi = mid;
    }
  *first = lo;

  hi = liaison_tokens_get_length (ex->tokens);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tok (ex, mid)->start < sentence->end)
        lo = mid + 1;
      else
        hi = mid;
    }
  *last = lo;
}

static gsize
quote_reach_start (const LiaisonQuote *quote)
{
  return quote->speaker_end > quote->speaker_start ? MIN (quote->start, quote->speaker_start)
                                                   : quote->start;
}

static gsize
quote_reach_end (const LiaisonQuote *quote)
{
  return MAX (quote->end, quote->speaker_end);
}

/* "“..., ...” he added": the speaker of a quote whose words naming the speaker come in a later
 * sentence, from what the reader knows so far. */
static LiaisonActor *
speaker_ahead (Extractor          *ex,
               const LiaisonQuote *quote)
{
  guint n_tokens = liaison_tokens_get_length (ex->tokens);
  guint lo = 0, hi = n_tokens;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (tok (ex, mid)->start < quote->speaker_start)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (guint i = lo; i < n_tokens && tok (ex, i)->end <= quote->speaker_end; i++)
    {
      const LiaisonGazetteerEntry *entry;
      guint n = 0, name_end;

      if (cue_at (ex, i, n_tokens, CUE_PERSON_PRONOUN) == 1)
        return ex->last_person;
      if ((name_end = name_run (ex, i, n_tokens)) > i)
        return known_person (ex, i, name_end);
      entry = gazetteer_at (ex, i, &n);
      if (entry != NULL && entry->klass == LIAISON_GAZETTEER_TITLE && !entry->honorific)
        return person_by_title (ex, entry, NULL);
    }

  return NULL;
}

/* The quotes whose words or speaker are in @sentence. */
static void
find_sentence_quotes (Extractor             *ex,
                      const LiaisonSentence *sentence)
{
  g_array_set_size (ex->sentence_quotes, 0);

  while (ex->quote_cursor < ex->quotes->len &&
         quote_reach_end (&g_array_index (ex->quotes, LiaisonQuote, ex->quote_cursor)) <= sentence->start)
    ex->quote_cursor++;

  for (guint q = ex->quote_cursor; q < ex->quotes->len; q++)
    {
      const LiaisonQuote *quote = &g_array_index (ex->quotes, LiaisonQuote, q);

      if (quote_reach_start (quote) >= sentence->end)
        break;
      if (quote_reach_end (quote) <= sentence->start)
        continue;
      g_array_append_val (ex->sentence_quotes, q);

      if (ex->quote_speakers[q] == NULL && quote->speaker_end > quote->speaker_start &&
          quote->speaker_start >= sentence->end)
        ex->quote_speakers[q] = speaker_ahead (ex, quote);
    }
}

static void
read_sentence (Extractor *ex,
               guint      index)
{
  const LiaisonSentence *sentence = &g_array_index (ex->sentences, LiaisonSentence, index);
  LiaisonActor *speaker = NULL;
  guint start, end;

  ex->sentence = index;
  g_array_set_size (ex->mentions, 0);
  token_range (ex, sentence, &start, &end);
  if (start >= end)
    return;

  find_sentence_quotes (ex, sentence);
  read_mentions (ex, start, end);
  read_meetings (ex, start, end);
  read_statements (ex, start, end, &speaker);
  read_commitments (ex, start, end);
  read_cooperation (ex, start, end);
}

/**
 * liaison_extract_article:
 * @document: the document to fill
 * @article: an article of @document
 * @error: return location for a #GError
 *
 * Reads @article and adds the actors it mentions and the relations it states to @document,
 * each with the spans of text that support it. Actors already in @document (from another
 * article) are found by name and alias and extended, not duplicated.
 *
 * Returns: %TRUE on success
 */
gboolean
liaison_extract_article (LiaisonDocument  *document,
                         LiaisonArticle   *article,
                         GError          **error)
{
  Extractor ex = { 0 };
  const char *text;
  gsize body;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (LIAISON_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (liaison_document_lookup_article (document, liaison_article_get_id (article)) == article, FALSE);

  text = liaison_article_get_text (article);
  body = liaison_article_get_body_offset (article);

  ex.document = document;
  ex.article = article;
  ex.text = text;
  ex.gazetteer = liaison_gazetteer_get_default ();
  ex.cues = cues_get_default ();
  ex.tokens = liaison_tokenize (text, body, G_MAXSIZE);
  ex.sentences = liaison_split_sentences (text, body);
  ex.quotes = liaison_find_quotes (text, body, ex.sentences);
  ex.name_parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ex.person_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ex.office_of = g_hash_table_new (NULL, NULL);
  ex.weak_roles = g_hash_table_new (NULL, NULL);
  ex.office_holders = g_hash_table_new (NULL, NULL);
  ex.person_country = g_hash_table_new (NULL, NULL);
  ex.actor_entries = g_hash_table_new (NULL, NULL);
  ex.entry_actors = g_hash_table_new (NULL, NULL);
  ex.body_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ex.cue_masks = g_new0 (CueMask, liaison_tokens_get_length (ex.tokens) + 1);
  ex.scratch = g_string_new (NULL);
  ex.quote_speakers = g_new0 (LiaisonActor *, ex.quotes->len + 1);
  ex.sentence_quotes = g_array_new (FALSE, FALSE, sizeof (guint));
  ex.first_sentence = g_hash_table_new (NULL, NULL);
  ex.represents_votes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  ex.mentions = g_array_new (FALSE, FALSE, sizeof (Mention));

  for (guint s = 0; s < ex.sentences->len; s++)
    read_sentence (&ex, s);

  read_hierarchies (&ex);
  read_represents (&ex);

  g_array_unref (ex.mentions);
  g_hash_table_unref (ex.represents_votes);
  g_hash_table_unref (ex.first_sentence);
  g_hash_table_unref (ex.actor_entries);
  g_hash_table_unref (ex.entry_actors);
  g_hash_table_unref (ex.body_words);
  g_free (ex.cue_masks);
  g_string_free (ex.scratch, TRUE);
  g_free (ex.quote_speakers);
  g_array_unref (ex.sentence_quotes);
  g_hash_table_unref (ex.person_country);
  g_hash_table_unref (ex.weak_roles);
  g_hash_table_unref (ex.office_holders);
  g_hash_table_unref (ex.office_of);
  g_hash_table_unref (ex.person_titles);
  g_hash_table_unref (ex.name_parts);
  g_array_unref (ex.quotes);
  g_array_unref (ex.sentences);
  liaison_tokens_free (ex.tokens);

  return liaison_document_check (document, error);
}
