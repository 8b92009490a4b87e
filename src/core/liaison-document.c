/* liaison-document.c — articles, the actors they mention and the relations between them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-document"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "liaison-document.h"

/* Every operation below keeps one invariant: each relation's source and target are actors of
 * this document. Removing an actor removes its relations first; merging re-points them. */

typedef struct
{
  double   x;
  double   y;
  gboolean pinned;
} Position;

struct _LiaisonDocument
{
  GObject     parent_instance;

  GListStore *articles;
  GListStore *actors;
  GListStore *relations;

  GHashTable *articles_by_id;   /* id (borrowed from the article) -> LiaisonArticle */
  GHashTable *actors_by_id;     /* id (borrowed) -> LiaisonActor */
  GHashTable *relations_by_id;  /* id (borrowed) -> LiaisonRelation */
  GHashTable *relation_index;   /* RelationKey (owned) -> the first such LiaisonRelation */
  gboolean    relation_index_dirty;

  /* name key -> LiaisonActor, rebuilt lazily when a name or alias changes */
  GHashTable *name_index;        /* name key -> the first actor with that name */
  GHashTable *alias_index;       /* alias key -> the first actor with that alias */
  GHashTable *indexed_aliases;   /* actor -> how many of its aliases are indexed */
  gboolean    name_index_dirty;

  GHashTable *positions;        /* actor id (owned) -> Position */
  GHashTable *serials;          /* id base (owned) -> last serial handed out by make_id */
  double      zoom;
  double      center_x;
  double      center_y;
  guint       hidden_kinds;     /* bit (1 << LiaisonActorKind) */

  /* What the user deleted, so that extracting again does not bring it back. */
  GPtrArray  *dismissed_actors;     /* char*: names and aliases */
  GPtrArray  *dismissed_relations;  /* LiaisonDismissedRelation* */
};

G_DEFINE_FINAL_TYPE (LiaisonDocument, liaison_document, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (LiaisonDocument *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Relations by their ends and kind, so that finding one does not read them all. A symmetric
 * relation is filed under its ends in address order. */
typedef struct
{
  gpointer source;
  gpointer target;
  int      kind;
} RelationKey;

static RelationKey
relation_key (LiaisonActor        *source,
              LiaisonActor        *target,
              LiaisonRelationKind  kind)
{
  RelationKey key = { source, target, (int) kind };

  if (liaison_relation_kind_is_symmetric (kind) && (guintptr) source > (guintptr) target)
    {
      key.source = target;
      key.target = source;
    }

  return key;
}

static guint
relation_key_hash (gconstpointer data)
{
  const RelationKey *key = data;

  return g_direct_hash (key->source) * 31u + g_direct_hash (key->target) * 7u + (guint) key->kind;
}

static gboolean
relation_key_equal (gconstpointer a,
                    gconstpointer b)
{
  const RelationKey *x = a, *y = b;

  return x->source == y->source && x->target == y->target && x->kind == y->kind;
}

static void
index_relation (LiaisonDocument *self,
                LiaisonRelation *relation)
{
  RelationKey key = relation_key (liaison_relation_get_source (relation),
                                  liaison_relation_get_target (relation),
                                  liaison_relation_get_kind (relation));

  if (!g_hash_table_contains (self->relation_index, &key))
    g_hash_table_insert (self->relation_index, g_memdup2 (&key, sizeof key), relation);
}

static void
relation_changed_cb (LiaisonDocument *self)
{
  self->relation_index_dirty = TRUE;
}

static void index_name    (GHashTable      *index,
                           const char      *name,
                           LiaisonActor    *actor);
static void index_aliases (LiaisonDocument *self,
                           LiaisonActor    *actor);

static void
actor_name_changed_cb (LiaisonDocument *self)
{
  self->name_index_dirty = TRUE;
}

/* Extraction adds aliases one by one to many actors: index the new ones instead of
 * rebuilding the whole index, which would make reading a long article quadratic. A removed
 * alias needs the rebuild. */
static void
actor_aliases_changed_cb (LiaisonDocument *self,
                          GParamSpec      *pspec,
                          LiaisonActor    *actor)
{
  guint indexed = GPOINTER_TO_UINT (g_hash_table_lookup (self->indexed_aliases, actor));

  if (self->name_index_dirty)
    return;

  if (g_strv_length ((char **) liaison_actor_get_aliases (actor)) > indexed)
    index_aliases (self, actor);
  else
    self->name_index_dirty = TRUE;
}

static void
unwatch_actor (gpointer data,
               gpointer user_data)
{
  g_signal_handlers_disconnect_by_func (data, actor_name_changed_cb, user_data);
  g_signal_handlers_disconnect_by_func (data, actor_aliases_changed_cb, user_data);
}

static void
liaison_document_dispose (GObject *object)
{
  LiaisonDocument *self = LIAISON_DOCUMENT (object);

  if (self->actors != NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->actors)); i++)
        {
          g_autoptr(LiaisonActor) actor = g_list_model_get_item (G_LIST_MODEL (self->actors), i);

          unwatch_actor (actor, self);
        }
    }

  if (self->relations != NULL)
    {
      GListModel *relations = G_LIST_MODEL (self->relations);

      for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
        {
          g_autoptr(LiaisonRelation) relation = g_list_model_get_item (relations, i);

          g_signal_handlers_disconnect_by_func (relation, relation_changed_cb, self);
        }
    }

  g_clear_pointer (&self->name_index, g_hash_table_unref);
  g_clear_pointer (&self->alias_index, g_hash_table_unref);
  g_clear_pointer (&self->indexed_aliases, g_hash_table_unref);
  g_clear_pointer (&self->relations_by_id, g_hash_table_unref);
  g_clear_pointer (&self->relation_index, g_hash_table_unref);
  g_clear_pointer (&self->actors_by_id, g_hash_table_unref);
  g_clear_pointer (&self->articles_by_id, g_hash_table_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->serials, g_hash_table_unref);
  g_clear_pointer (&self->dismissed_actors, g_ptr_array_unref);
  g_clear_pointer (&self->dismissed_relations, g_ptr_array_unref);
  g_clear_object (&self->relations);
  g_clear_object (&self->actors);
  g_clear_object (&self->articles);

  G_OBJECT_CLASS (liaison_document_parent_class)->dispose (object);
}

static void
liaison_document_class_init (LiaisonDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = liaison_document_dispose;

  /**
   * LiaisonDocument::changed:
   *
   * Emitted after any change to the document's content, layout or view: what makes it differ
   * from its file.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
liaison_document_init (LiaisonDocument *self)
{
  self->articles = g_list_store_new (LIAISON_TYPE_ARTICLE);
  self->actors = g_list_store_new (LIAISON_TYPE_ACTOR);
  self->relations = g_list_store_new (LIAISON_TYPE_RELATION);
  self->articles_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->actors_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->relations_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->dismissed_actors = g_ptr_array_new_with_free_func (g_free);
  self->dismissed_relations = g_ptr_array_new_with_free_func ((GDestroyNotify) liaison_dismissed_relation_free);
  self->relation_index = g_hash_table_new_full (relation_key_hash, relation_key_equal,
                                                g_free, NULL);
  self->name_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->alias_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->indexed_aliases = g_hash_table_new (NULL, NULL);
  self->positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->serials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->zoom = 1.0;
}

LiaisonDocument *
liaison_document_new (void)
{
  return g_object_new (LIAISON_TYPE_DOCUMENT, NULL);
}

/**
 * liaison_document_get_articles:
 * @self: a #LiaisonDocument
 *
 * Returns: (transfer none): a #GListModel of #LiaisonArticle
 */
GListModel *
liaison_document_get_articles (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->articles);
}

/**
 * liaison_document_get_actors:
 * @self: a #LiaisonDocument
 *
 * Returns: (transfer none): a #GListModel of #LiaisonActor, in the order they were added
 */
GListModel *
liaison_document_get_actors (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->actors);
}

/**
 * liaison_document_get_relations:
 * @self: a #LiaisonDocument
 *
 * Returns: (transfer none): a #GListModel of #LiaisonRelation, in the order they were added
 */
GListModel *
liaison_document_get_relations (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->relations);
}

static gboolean
id_taken (LiaisonDocument *self,
          const char      *id)
{
  return g_hash_table_contains (self->actors_by_id, id) ||
         g_hash_table_contains (self->relations_by_id, id) ||
         g_hash_table_contains (self->articles_by_id, id);
}

/* Whether @actor is this document's, not merely an actor with the id of one of them. */
static gboolean
has_actor (LiaisonDocument *self,
           LiaisonActor    *actor)
{
  return LIAISON_IS_ACTOR (actor) &&
         g_hash_table_lookup (self->actors_by_id, liaison_actor_get_id (actor)) == actor;
}

static gboolean
has_relation (LiaisonDocument *self,
              LiaisonRelation *relation)
{
  return LIAISON_IS_RELATION (relation) &&
         g_hash_table_lookup (self->relations_by_id,
                              liaison_relation_get_id (relation)) == relation;
}

/**
 * liaison_document_add_article:
 * @self: a #LiaisonDocument
 * @article: an article
 *
 * Returns: %TRUE if added, %FALSE if the article's id is already used in @self
 */
gboolean
liaison_document_add_article (LiaisonDocument *self,
                              LiaisonArticle  *article)
{
  const char *id;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (LIAISON_IS_ARTICLE (article), FALSE);

  id = liaison_article_get_id (article);
  if (id_taken (self, id))
    return FALSE;

  g_hash_table_insert (self->articles_by_id, (gpointer) id, article);
  g_list_store_append (self->articles, article);
  emit_changed (self);

  return TRUE;
}

/**
 * liaison_document_lookup_article:
 * @self: a #LiaisonDocument
 * @id: an article id
 *
 * Returns: (transfer none) (nullable): the article, or %NULL
 */
LiaisonArticle *
liaison_document_lookup_article (LiaisonDocument *self,
                                 const char      *id)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->articles_by_id, id);
}

/**
 * liaison_document_make_id:
 * @self: a #LiaisonDocument
 * @prefix: what the id is for, e.g. "person" or "rel"
 * @name: (nullable): a name to derive the id from
 *
 * Makes an id unused by any article, actor or relation of @self, readable and stable across
 * runs: "person-wang-yi", "rel-3". Ids are ASCII letters, digits and dashes, so that they are
 * valid XML ids and CSS class names in every export.
 *
 * Returns: (transfer full): the new id
 */
char *
liaison_document_make_id (LiaisonDocument *self,
                          const char      *prefix,
                          const char      *name)
{
  g_autofree char *ascii = NULL;
  GString *base;
  gboolean dash = TRUE;
  char *id;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (prefix != NULL && *prefix != '\0', NULL);

  base = g_string_new (prefix);
  ascii = name ? g_str_to_ascii (name, "C") : g_strdup ("");
  for (const char *p = ascii; *p && base->len < 48; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash)
            g_string_append_c (base, '-');
          g_string_append_c (base, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        {
          dash = TRUE;
        }
    }

  if (ascii[0] != '\0' && !id_taken (self, base->str) && strchr (base->str, '-') != NULL)
    return g_string_free (base, FALSE);

  /* Start after the last serial given for this base, so that making n ids is O(n), not
   * O(n²); ids freed since are not reused, which keeps ids stable in undo and merges. */
  for (guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->serials, base->str)) + 1; ; n++)
    {
      id = g_strdup_printf ("%s-%u", base->str, n);
      if (!id_taken (self, id))
        {
          g_hash_table_replace (self->serials, g_strdup (base->str), GUINT_TO_POINTER (n));
          break;
        }
      g_free (id);
    }

  g_string_free (base, TRUE);
  return id;
}

/**
 * liaison_document_add_actor:
 * @self: a #LiaisonDocument
 * @actor: an actor not in any document
 *
 * Returns: %TRUE if added, %FALSE if the id is already used in @self
 */
gboolean
liaison_document_add_actor (LiaisonDocument *self,
                            LiaisonActor    *actor)
{
  const char *id;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (LIAISON_IS_ACTOR (actor), FALSE);

  id = liaison_actor_get_id (actor);
  if (id_taken (self, id))
    return FALSE;

  g_hash_table_insert (self->actors_by_id, (gpointer) id, actor);
  g_signal_connect_swapped (actor, "notify::name", G_CALLBACK (actor_name_changed_cb), self);
  g_signal_connect_swapped (actor, "notify::aliases", G_CALLBACK (actor_aliases_changed_cb), self);
  /* Appended last, it claims only names no earlier actor has. */
  if (!self->name_index_dirty)
    {
      index_name (self->name_index, liaison_actor_get_name (actor), actor);
      index_aliases (self, actor);
    }
  g_list_store_append (self->actors, actor);
  emit_changed (self);

  return TRUE;
}

/**
 * liaison_document_lookup_actor:
 * @self: a #LiaisonDocument
 * @id: an actor id
 *
 * Returns: (transfer none) (nullable): the actor, or %NULL
 */
LiaisonActor *
liaison_document_lookup_actor (LiaisonDocument *self,
                               const char      *id)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->actors_by_id, id);
}

static void
index_name (GHashTable   *index,
            const char   *name,
            LiaisonActor *actor)
{
  char *key = liaison_name_key (name);

  /* The first actor to claim a name keeps it, as the order of the actors list says. */
  if (*key == '\0' || g_hash_table_contains (index, key))
    g_free (key);
  else
    g_hash_table_insert (index, key, actor);
}

static void
index_aliases (LiaisonDocument *self,
               LiaisonActor    *actor)
{
  const char * const *aliases = liaison_actor_get_aliases (actor);
  guint n = 0;

  for (; aliases[n]; n++)
    index_name (self->alias_index, aliases[n], actor);
  g_hash_table_insert (self->indexed_aliases, actor, GUINT_TO_POINTER (n));
}

static void
ensure_name_index (LiaisonDocument *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->actors));

  if (!self->name_index_dirty)
    return;

  g_hash_table_remove_all (self->name_index);
  g_hash_table_remove_all (self->alias_index);
  g_hash_table_remove_all (self->indexed_aliases);

  for (guint i = 0; i < n; i++)
    {
      LiaisonActor *actor = g_list_model_get_item (G_LIST_MODEL (self->actors), i);

      index_name (self->name_index, liaison_actor_get_name (actor), actor);
      index_aliases (self, actor);
      g_object_unref (actor);
    }

  self->name_index_dirty = FALSE;
}

/**
 * liaison_document_find_actor:
 * @self: a #LiaisonDocument
 * @name: a name as written in a text
 *
 * Finds the actor that has @name as its name or one of its aliases, compared as
 * liaison_name_key() does. When several do, an actor's name wins over another's alias, then
 * the earlier actor wins.
 *
 * Returns: (transfer none) (nullable): the actor, or %NULL
 */
LiaisonActor *
liaison_document_find_actor (LiaisonDocument *self,
                             const char      *name)
{
  g_autofree char *key = NULL;
  LiaisonActor *actor;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  ensure_name_index (self);
  key = liaison_name_key (name);

  /* An actor's own name wins over another's alias. */
  actor = g_hash_table_lookup (self->name_index, key);
  return actor != NULL ? actor : g_hash_table_lookup (self->alias_index, key);
}

static void
remove_from_store (GListStore *store,
                   gpointer    item)
{
  guint position;

  if (g_list_store_find (store, item, &position))
    g_list_store_remove (store, position);
  else
    g_assert_not_reached ();
}

/**
 * liaison_document_remove_relation:
 * @self: a #LiaisonDocument
 * @relation: a relation of @self
 */
void
liaison_document_remove_relation (LiaisonDocument *self,
                                  LiaisonRelation *relation)
{
  g_autoptr(LiaisonRelation) hold = NULL;

  g_return_if_fail (LIAISON_IS_DOCUMENT (self));
  g_return_if_fail (has_relation (self, relation));

  hold = g_object_ref (relation);
  g_signal_handlers_disconnect_by_func (relation, relation_changed_cb, self);
  g_hash_table_remove (self->relations_by_id, liaison_relation_get_id (relation));
  self->relation_index_dirty = TRUE;
  remove_from_store (self->relations, relation);
  emit_changed (self);
}

/**
 * liaison_document_dup_relations_of:
 * @self: a #LiaisonDocument
 * @actor: an actor of @self
 *
 * Returns: (transfer container) (element-type LiaisonRelation): the relations that start or end
 *   at @actor, in document order
 */
GPtrArray *
liaison_document_dup_relations_of (LiaisonDocument *self,
                                   LiaisonActor    *actor)
{
  GPtrArray *found;
  guint n;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (LIAISON_IS_ACTOR (actor), NULL);

  found = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->relations));
  for (guint i = 0; i < n; i++)
    {
      LiaisonRelation *relation = g_list_model_get_item (G_LIST_MODEL (self->relations), i);

      if (liaison_relation_get_source (relation) == actor ||
          liaison_relation_get_target (relation) == actor)
        g_ptr_array_add (found, relation);
      else
        g_object_unref (relation);
    }

  return found;
}

/**
 * liaison_document_remove_actor:
 * @self: a #LiaisonDocument
 * @actor: an actor of @self
 *
 * Removes @actor, its relations and its position.
 */
void
liaison_document_remove_actor (LiaisonDocument *self,
                               LiaisonActor    *actor)
{
  g_autoptr(LiaisonActor) hold = NULL;
  g_autoptr(GPtrArray) relations = NULL;

  g_return_if_fail (LIAISON_IS_DOCUMENT (self));
  g_return_if_fail (has_actor (self, actor));

  hold = g_object_ref (actor);

  relations = liaison_document_dup_relations_of (self, actor);
  for (guint i = 0; i < relations->len; i++)
    liaison_document_remove_relation (self, g_ptr_array_index (relations, i));

  unwatch_actor (actor, self);
  g_hash_table_remove (self->positions, liaison_actor_get_id (actor));
  g_hash_table_remove (self->actors_by_id, liaison_actor_get_id (actor));
  self->name_index_dirty = TRUE;
  remove_from_store (self->actors, actor);
  emit_changed (self);
}

/* The actor whose own name, not an alias, is @key; the first one if several are. */
static LiaisonActor *
find_actor_named (LiaisonDocument *self,
                  const char      *key)
{
  /* The name index holds names only, aliases have their own. */
  ensure_name_index (self);

  return g_hash_table_lookup (self->name_index, key);
}

/**
 * liaison_document_rename_actor:
 * @self: a #LiaisonDocument
 * @actor: an actor of @self
 * @name: its new name
 *
 * Renames @actor. If @name was one of its aliases, it stops being one: a name is not its own
 * alias. A name that another actor already has, compared as liaison_name_key() does, is
 * refused: liaison_document_find_actor() would find only one of the two by it. Two actors
 * that are the same are made one with liaison_document_merge_actors(). Taking a name that is
 * another actor's alias is allowed; the name then finds @actor.
 *
 * Returns: %TRUE if renamed, %FALSE if another actor is called @name
 */
gboolean
liaison_document_rename_actor (LiaisonDocument *self,
                               LiaisonActor    *actor,
                               const char      *name)
{
  const char * const *aliases;
  g_autofree char *key = NULL;
  LiaisonActor *named;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (has_actor (self, actor), FALSE);
  g_return_val_if_fail (name != NULL && *name != '\0', FALSE);

  key = liaison_name_key (name);
  named = find_actor_named (self, key);
  if (named != NULL && named != actor)
    return FALSE;

  aliases = liaison_actor_get_aliases (actor);
  for (guint i = 0; aliases[i]; )
    {
      g_autofree char *a = liaison_name_key (aliases[i]);

      if (strcmp (a, key) == 0)
        liaison_actor_remove_alias (actor, aliases[i]);
      else
        i++;
      aliases = liaison_actor_get_aliases (actor);
    }

  liaison_actor_set_name (actor, name);
  emit_changed (self);

  return TRUE;
}

/**
 * liaison_document_merge_actors:
 * @self: a #LiaisonDocument
 * @keep: the actor that stays
 * @absorb: the actor that is the same as @keep, and goes
 *
 * Makes @absorb part of @keep: @absorb's name and aliases become aliases of @keep, its mentions
 * (and quotes)
 * join @keep's, its role fills in a missing one, and every relation re-points from @absorb to
 * @keep. A relation between the two becomes a self-loop and is dropped; two relations that
 * become the same ("Kenya supports GDI" twice) become one, with the evidence of both and the
 * higher confidence.
 */
void
liaison_document_merge_actors (LiaisonDocument *self,
                               LiaisonActor    *keep,
                               LiaisonActor    *absorb)
{
  g_autoptr(GPtrArray) relations = NULL;
  const char * const *aliases;

  g_return_if_fail (LIAISON_IS_DOCUMENT (self));
  g_return_if_fail (has_actor (self, keep));
  g_return_if_fail (has_actor (self, absorb));

  if (keep == absorb)
    return;

  liaison_actor_add_alias (keep, liaison_actor_get_name (absorb));
  aliases = liaison_actor_get_aliases (absorb);
  for (guint i = 0; aliases[i]; i++)
    liaison_actor_add_alias (keep, aliases[i]);

  for (guint i = 0; i < liaison_actor_get_n_mentions (absorb); i++)
    liaison_actor_add_mention (keep, liaison_actor_get_mention (absorb, i));
  for (guint i = 0; i < liaison_actor_get_n_quotes (absorb); i++)
    liaison_actor_add_quote (keep, liaison_actor_get_quote (absorb, i));

  if (liaison_actor_get_role (keep) == NULL)
    liaison_actor_set_role (keep, liaison_actor_get_role (absorb));

  if (liaison_actor_get_notes (absorb) != NULL)
    {
      g_autofree char *notes = NULL;

      if (liaison_actor_get_notes (keep) != NULL)
        notes = g_strconcat (liaison_actor_get_notes (keep), "\n\n",
                             liaison_actor_get_notes (absorb), NULL);
      else
        notes = g_strdup (liaison_actor_get_notes (absorb));
      liaison_actor_set_notes (keep, notes);
    }

  relations = liaison_document_dup_relations_of (self, absorb);
  for (guint i = 0; i < relations->len; i++)
    {
      LiaisonRelation *relation = g_ptr_array_index (relations, i);
      LiaisonActor *source = liaison_relation_get_source (relation);
      LiaisonActor *target = liaison_relation_get_target (relation);
      LiaisonRelation *twin;

      if (source == absorb)
        source = keep;
      if (target == absorb)
        target = keep;

      if (source == target)
        {
          liaison_document_remove_relation (self, relation);
          continue;
        }

      twin = liaison_document_find_relation (self, source, target,
                                             liaison_relation_get_kind (relation));
      if (twin != NULL && twin != relation)
        {
          for (guint j = 0; j < liaison_relation_get_n_evidence (relation); j++)
            liaison_relation_add_evidence (twin, liaison_relation_get_evidence (relation, j));
          if (liaison_relation_get_confidence (relation) > liaison_relation_get_confidence (twin))
            liaison_relation_set_confidence (twin, liaison_relation_get_confidence (relation));
          if (liaison_relation_get_label (twin) == NULL)
            liaison_relation_set_label (twin, liaison_relation_get_label (relation));
          liaison_document_remove_relation (self, relation);
          continue;
        }

      liaison_relation_set_source (relation, source);
      liaison_relation_set_target (relation, target);
    }

  liaison_document_remove_actor (self, absorb);
}

/**
 * liaison_document_add_relation:
 * @self: a #LiaisonDocument
 * @relation: a relation whose source and target are actors of @self
 *
 * Returns: %TRUE if added, %FALSE if its id is already used in @self
 */
gboolean
liaison_document_add_relation (LiaisonDocument *self,
                               LiaisonRelation *relation)
{
  const char *id;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (LIAISON_IS_RELATION (relation), FALSE);
  g_return_val_if_fail (has_actor (self, liaison_relation_get_source (relation)), FALSE);
  g_return_val_if_fail (has_actor (self, liaison_relation_get_target (relation)), FALSE);

  id = liaison_relation_get_id (relation);
  if (id_taken (self, id))
    return FALSE;

  g_hash_table_insert (self->relations_by_id, (gpointer) id, relation);
  /* Plain handlers, removed on removal and dispose: g_signal_connect_object() would keep a
   * closure per relation on the document, which costs more the more relations there are. */
  g_signal_connect_swapped (relation, "notify::source", G_CALLBACK (relation_changed_cb), self);
  g_signal_connect_swapped (relation, "notify::target", G_CALLBACK (relation_changed_cb), self);
  g_signal_connect_swapped (relation, "notify::kind", G_CALLBACK (relation_changed_cb), self);
  if (!self->relation_index_dirty)
    index_relation (self, relation);
  g_list_store_append (self->relations, relation);
  emit_changed (self);

  return TRUE;
}

/**
 * liaison_document_lookup_relation:
 * @self: a #LiaisonDocument
 * @id: a relation id
 *
 * Returns: (transfer none) (nullable): the relation, or %NULL
 */
LiaisonRelation *
liaison_document_lookup_relation (LiaisonDocument *self,
                                  const char      *id)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->relations_by_id, id);
}

/**
 * liaison_document_set_relation_ends:
 * @self: a #LiaisonDocument
 * @relation: a relation of @self
 * @source: an actor of @self, where @relation now starts
 * @target: an actor of @self, where it now points
 *
 * Re-points @relation. Use this rather than liaison_relation_set_source() and
 * liaison_relation_set_target() on a relation of a document: it keeps every relation between
 * actors of the document.
 */
void
liaison_document_set_relation_ends (LiaisonDocument *self,
                                    LiaisonRelation *relation,
                                    LiaisonActor    *source,
                                    LiaisonActor    *target)
{
  g_return_if_fail (LIAISON_IS_DOCUMENT (self));
  g_return_if_fail (has_relation (self, relation));
  g_return_if_fail (has_actor (self, source));
  g_return_if_fail (has_actor (self, target));

  if (liaison_relation_get_source (relation) == source &&
      liaison_relation_get_target (relation) == target)
    return;

  liaison_relation_set_source (relation, source);
  liaison_relation_set_target (relation, target);
  emit_changed (self);
}

/**
 * liaison_document_find_relation:
 * @self: a #LiaisonDocument
 * @source: an actor
 * @target: an actor
 * @kind: a relation kind
 *
 * Returns: (transfer none) (nullable): the first relation saying "@source @kind @target" (in
 *   either direction for symmetric kinds), or %NULL
 */
LiaisonRelation *
liaison_document_find_relation (LiaisonDocument     *self,
                                LiaisonActor        *source,
                                LiaisonActor        *target,
                                LiaisonRelationKind  kind)
{
  RelationKey key;
  GListModel *relations;
  guint n;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);

  if (self->relation_index_dirty)
    {
      relations = G_LIST_MODEL (self->relations);
      n = g_list_model_get_n_items (relations);
      g_hash_table_remove_all (self->relation_index);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LiaisonRelation) relation = g_list_model_get_item (relations, i);

          index_relation (self, relation);
        }
      self->relation_index_dirty = FALSE;
    }

  key = relation_key (source, target, kind);
  return g_hash_table_lookup (self->relation_index, &key);
}

/**
 * liaison_document_get_position:
 * @self: a #LiaisonDocument
 * @actor_id: an actor id
 * @x: (out) (optional): where its node is
 * @y: (out) (optional): where its node is
 * @pinned: (out) (optional): whether the user placed it
 *
 * Returns: %TRUE if the actor has a position
 */
gboolean
liaison_document_get_position (LiaisonDocument *self,
                               const char      *actor_id,
                               double          *x,
                               double          *y,
                               gboolean        *pinned)
{
  Position *pos;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (actor_id != NULL, FALSE);

  if (!(pos = g_hash_table_lookup (self->positions, actor_id)))
    return FALSE;

  if (x)
    *x = pos->x;
  if (y)
    *y = pos->y;
  if (pinned)
    *pinned = pos->pinned;

  return TRUE;
}

void
liaison_document_set_position (LiaisonDocument *self,
                               const char      *actor_id,
                               double           x,
                               double           y,
                               gboolean         pinned)
{
  Position *pos;

  g_return_if_fail (LIAISON_IS_DOCUMENT (self));
  g_return_if_fail (liaison_document_lookup_actor (self, actor_id) != NULL);
  g_return_if_fail (isfinite (x) && isfinite (y));

  /* A node dragged to the far edge of the world stays at its border. */
  x = CLAMP (x, -LIAISON_DOCUMENT_COORDINATE_MAX, LIAISON_DOCUMENT_COORDINATE_MAX);
  y = CLAMP (y, -LIAISON_DOCUMENT_COORDINATE_MAX, LIAISON_DOCUMENT_COORDINATE_MAX);

  pos = g_new (Position, 1);
  pos->x = x;
  pos->y = y;
  pos->pinned = !!pinned;
  g_hash_table_replace (self->positions, g_strdup (actor_id), pos);
  emit_changed (self);
}

void
liaison_document_clear_positions (LiaisonDocument *self)
{
  g_return_if_fail (LIAISON_IS_DOCUMENT (self));

  g_hash_table_remove_all (self->positions);
  emit_changed (self);
}

double
liaison_document_get_zoom (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), 1.0);

  return self->zoom;
}

void
liaison_document_get_center (LiaisonDocument *self,
                             double          *x,
                             double          *y)
{
  g_return_if_fail (LIAISON_IS_DOCUMENT (self));

  if (x)
    *x = self->center_x;
  if (y)
    *y = self->center_y;
}

void
liaison_document_set_view (LiaisonDocument *self,
                           double           zoom,
                           double           center_x,
                           double           center_y)
{
  g_return_if_fail (LIAISON_IS_DOCUMENT (self));
  g_return_if_fail (isfinite (zoom) && zoom > 0);
  g_return_if_fail (isfinite (center_x) && isfinite (center_y));

  center_x = CLAMP (center_x, -LIAISON_DOCUMENT_COORDINATE_MAX, LIAISON_DOCUMENT_COORDINATE_MAX);
  center_y = CLAMP (center_y, -LIAISON_DOCUMENT_COORDINATE_MAX, LIAISON_DOCUMENT_COORDINATE_MAX);

  if (self->zoom == zoom && self->center_x == center_x && self->center_y == center_y)
    return;

  self->zoom = zoom;
  self->center_x = center_x;
  self->center_y = center_y;
  emit_changed (self);
}

gboolean
liaison_document_get_kind_hidden (LiaisonDocument  *self,
                                  LiaisonActorKind  kind)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (kind < LIAISON_N_ACTOR_KINDS, FALSE);

  return (self->hidden_kinds & (1u << kind)) != 0;
}

void
liaison_document_set_kind_hidden (LiaisonDocument  *self,
                                  LiaisonActorKind  kind,
                                  gboolean          hidden)
{
  guint bits;

  g_return_if_fail (LIAISON_IS_DOCUMENT (self));
  g_return_if_fail (kind < LIAISON_N_ACTOR_KINDS);

  bits = hidden ? (self->hidden_kinds | (1u << kind)) : (self->hidden_kinds & ~(1u << kind));
  if (bits != self->hidden_kinds)
    {
      self->hidden_kinds = bits;
      emit_changed (self);
    }
}

/**
 * liaison_document_check:
 * @self: a #LiaisonDocument
 * @error: return location for a #G_IO_ERROR_INVALID_DATA error
 *
 * Verifies the document's invariants: ids are unique, the indexes agree with the lists, and
 * every relation's source and target are actors of the document. Meant for tests and for
 * checking a document built by an importer before it reaches the user.
 *
 * Returns: %TRUE if the document is consistent
 */
gboolean
liaison_document_check (LiaisonDocument  *self,
                        GError          **error)
{
  GListModel *actors, *relations;
  guint n_actors, n_relations;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);

  actors = G_LIST_MODEL (self->actors);
  relations = G_LIST_MODEL (self->relations);
  n_actors = g_list_model_get_n_items (actors);
  n_relations = g_list_model_get_n_items (relations);

  if (g_hash_table_size (self->actors_by_id) != n_actors ||
      g_hash_table_size (self->relations_by_id) != n_relations)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "the id index does not match the lists");
      return FALSE;
    }

  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);

      if (g_hash_table_lookup (self->actors_by_id, liaison_actor_get_id (actor)) != actor)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "actors[%u]: id \"%s\" is not indexed", i, liaison_actor_get_id (actor));
          return FALSE;
        }
    }

  for (guint i = 0; i < n_relations; i++)
    {
      g_autoptr(LiaisonRelation) relation = g_list_model_get_item (relations, i);
      LiaisonActor *ends[2] = { liaison_relation_get_source (relation),
                                liaison_relation_get_target (relation) };

      for (guint e = 0; e < 2; e++)
        {
          if (ends[e] == NULL ||
              g_hash_table_lookup (self->actors_by_id, liaison_actor_get_id (ends[e])) != ends[e])
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "relations[%u].%s: no actor with id \"%s\"", i,
                           e == 0 ? "source" : "target",
                           ends[e] ? liaison_actor_get_id (ends[e]) : "(null)");
              return FALSE;
            }
        }
    }

  return TRUE;
}

/* The actor of @self that @actor of another document is: same name or alias, same kind. */
static LiaisonActor *
find_counterpart (LiaisonDocument *self,
                  LiaisonActor    *actor)
{
  const char * const *aliases = liaison_actor_get_aliases (actor);
  LiaisonActor *found = liaison_document_find_actor (self, liaison_actor_get_name (actor));

  for (guint i = 0; found == NULL && aliases[i] != NULL; i++)
    found = liaison_document_find_actor (self, aliases[i]);

  /* "Georgia" the country is not Georgia the state. */
  if (found != NULL && liaison_actor_get_kind (found) != liaison_actor_get_kind (actor))
    return NULL;
  return found;
}

/**
 * liaison_document_add_document:
 * @self: a #LiaisonDocument, the map
 * @other: a document to add to it, typically one new article and what was extracted from it
 * @error: return location for a #GError
 *
 * Adds @other's articles, actors and relations to @self. An actor of @other with the name, or
 * one of the names, of an actor of @self of the same kind is that actor: it gains the other's
 * mentions, quotes and names. A relation found in both is one relation with the evidence of
 * both: the number of articles behind it is its weight. Nothing is laid out: actors new to the
 * map have no position yet, and the others keep theirs. @other is left as it was.
 *
 * Returns: %TRUE if added; %FALSE with @error set if an article of @other is already in @self
 */
gboolean
liaison_document_add_document (LiaisonDocument  *self,
                               LiaisonDocument  *other,
                               GError          **error)
{
  GListModel *articles, *actors, *relations;
  g_autoptr(GHashTable) counterparts = NULL;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (other), FALSE);
  g_return_val_if_fail (self != other, FALSE);

  articles = liaison_document_get_articles (other);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, i);

      if (liaison_document_lookup_article (self, liaison_article_get_id (article)) != NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("The article “%s” is already in the map"),
                       liaison_article_get_title (article) ? liaison_article_get_title (article)
                                                           : liaison_article_get_id (article));
          return FALSE;
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, i);

      liaison_document_add_article (self, article);
    }

  /* Actors: the same one, or a copy under an id of this document's. */
  counterparts = g_hash_table_new (NULL, NULL);
  actors = liaison_document_get_actors (other);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);
      LiaisonActor *mine = find_counterpart (self, actor);
      const char * const *aliases = liaison_actor_get_aliases (actor);

      if (mine == NULL)
        {
          g_autoptr(LiaisonActor) copy = NULL;
          g_autofree char *id = NULL;

          if (liaison_document_lookup_actor (self, liaison_actor_get_id (actor)) == NULL &&
              !g_hash_table_contains (self->relations_by_id, liaison_actor_get_id (actor)) &&
              !g_hash_table_contains (self->articles_by_id, liaison_actor_get_id (actor)))
            id = g_strdup (liaison_actor_get_id (actor));
          else
            id = liaison_document_make_id (self, liaison_actor_kind_to_string (liaison_actor_get_kind (actor)),
                                           liaison_actor_get_name (actor));
          copy = liaison_actor_new (id, liaison_actor_get_name (actor), liaison_actor_get_kind (actor));
          liaison_actor_set_role (copy, liaison_actor_get_role (actor));
          liaison_actor_set_notes (copy, liaison_actor_get_notes (actor));
          liaison_document_add_actor (self, copy);
          mine = copy;
        }
      else if (g_strcmp0 (liaison_actor_get_name (mine), liaison_actor_get_name (actor)) != 0)
        liaison_actor_add_alias (mine, liaison_actor_get_name (actor));

      for (guint j = 0; aliases[j] != NULL; j++)
        if (!liaison_actor_has_name (mine, aliases[j]))
          liaison_actor_add_alias (mine, aliases[j]);
      for (guint j = 0; j < liaison_actor_get_n_mentions (actor); j++)
        liaison_actor_add_mention (mine, liaison_actor_get_mention (actor, j));
      for (guint j = 0; j < liaison_actor_get_n_quotes (actor); j++)
        liaison_actor_add_quote (mine, liaison_actor_get_quote (actor, j));
      if (liaison_actor_get_role (mine) == NULL)
        liaison_actor_set_role (mine, liaison_actor_get_role (actor));

      g_hash_table_insert (counterparts, actor, mine);
    }

  /* Relations: one per pair and kind, with the evidence of every article. */
  relations = liaison_document_get_relations (other);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(LiaisonRelation) relation = g_list_model_get_item (relations, i);
      LiaisonActor *source = g_hash_table_lookup (counterparts, liaison_relation_get_source (relation));
      LiaisonActor *target = g_hash_table_lookup (counterparts, liaison_relation_get_target (relation));
      LiaisonRelationKind kind = liaison_relation_get_kind (relation);
      LiaisonRelation *mine;

      if (source == NULL || target == NULL || source == target)
        continue;

      if ((mine = liaison_document_find_relation (self, source, target, kind)) == NULL)
        {
          g_autoptr(LiaisonRelation) copy = NULL;
          g_autofree char *id = liaison_document_make_id (self, "rel", NULL);

          copy = liaison_relation_new (id, source, target, kind);
          liaison_relation_set_label (copy, liaison_relation_get_label (relation));
          liaison_relation_set_confidence (copy, liaison_relation_get_confidence (relation));
          liaison_relation_set_origin (copy, liaison_relation_get_origin (relation));
          liaison_document_add_relation (self, copy);
          mine = copy;
        }
      else if (liaison_relation_get_confidence (relation) > liaison_relation_get_confidence (mine))
        liaison_relation_set_confidence (mine, liaison_relation_get_confidence (relation));

      for (guint j = 0; j < liaison_relation_get_n_evidence (relation); j++)
        liaison_relation_add_evidence (mine, liaison_relation_get_evidence (relation, j));
    }

  emit_changed (self);
  return TRUE;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Adds to @actor every whole-word, same-case occurrence of @name in @article. */
static guint
add_mentions_of (LiaisonActor   *actor,
                 LiaisonArticle *article,
                 const char     *name)
{
  const char *text = liaison_article_get_text (article);
  const char *id = liaison_article_get_id (article);
  gsize length = strlen (name);
  guint added = 0;

  if (length == 0)
    return 0;

  for (const char *p = strstr (text, name); p != NULL; p = strstr (p + 1, name))
    {
      const char *end = p + length;
      g_autoptr(LiaisonSpan) span = NULL;
      glong start;

      if ((p > text && is_word_char (g_utf8_get_char (g_utf8_prev_char (p)))) ||
          (*end != '\0' && is_word_char (g_utf8_get_char (end))))
        continue;
      start = g_utf8_pointer_to_offset (text, p);
      span = liaison_span_new (id, (guint) start, (guint) (start + g_utf8_strlen (name, -1)), name);
      added += liaison_actor_add_mention (actor, span) ? 1 : 0;
    }
  return added;
}

/**
 * liaison_document_find_mentions:
 * @self: a #LiaisonDocument
 * @actor: an actor of @self, typically one the user added by hand
 *
 * Finds where the articles name @actor, by its name and aliases, as whole words in the same
 * case, and adds those mentions to it.
 *
 * Returns: how many mentions were added
 */
guint
liaison_document_find_mentions (LiaisonDocument *self,
                                LiaisonActor    *actor)
{
  GListModel *articles;
  const char * const *aliases;
  guint added = 0;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (has_actor (self, actor), 0);

  articles = liaison_document_get_articles (self);
  aliases = liaison_actor_get_aliases (actor);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, i);

      added += add_mentions_of (actor, article, liaison_actor_get_name (actor));
      for (guint j = 0; aliases[j] != NULL; j++)
        added += add_mentions_of (actor, article, aliases[j]);
    }
  if (added > 0)
    emit_changed (self);
  return added;
}

void
liaison_dismissed_relation_free (LiaisonDismissedRelation *dismissed)
{
  if (dismissed == NULL)
    return;
  g_free (dismissed->source);
  g_free (dismissed->target);
  g_free (dismissed);
}

/**
 * liaison_document_add_dismissed_actor:
 * @self: a #LiaisonDocument
 * @name: the name (or an alias) of an actor the user deleted
 *
 * Remembers that no actor of this name belongs in the map, whatever an extraction finds.
 */
void
liaison_document_add_dismissed_actor (LiaisonDocument *self,
                                      const char      *name)
{
  g_return_if_fail (LIAISON_IS_DOCUMENT (self));
  g_return_if_fail (name != NULL);

  for (guint i = 0; i < self->dismissed_actors->len; i++)
    if (g_str_equal (g_ptr_array_index (self->dismissed_actors, i), name))
      return;
  g_ptr_array_add (self->dismissed_actors, g_strdup (name));
  emit_changed (self);
}

/**
 * liaison_document_add_dismissed_relation:
 * @self: a #LiaisonDocument
 * @source: the name of its source actor
 * @kind: its kind
 * @target: the name of its target actor
 *
 * Remembers that the user deleted this relation.
 */
void
liaison_document_add_dismissed_relation (LiaisonDocument     *self,
                                         const char          *source,
                                         LiaisonRelationKind  kind,
                                         const char          *target)
{
  LiaisonDismissedRelation *dismissed;

  g_return_if_fail (LIAISON_IS_DOCUMENT (self));
  g_return_if_fail (source != NULL && target != NULL);

  dismissed = g_new0 (LiaisonDismissedRelation, 1);
  dismissed->source = g_strdup (source);
  dismissed->target = g_strdup (target);
  dismissed->kind = kind;
  g_ptr_array_add (self->dismissed_relations, dismissed);
  emit_changed (self);
}

/**
 * liaison_document_get_dismissed_actors:
 * @self: a #LiaisonDocument
 *
 * Returns: (transfer none) (element-type utf8): the names of the actors the user deleted
 */
GPtrArray *
liaison_document_get_dismissed_actors (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);

  return self->dismissed_actors;
}

/**
 * liaison_document_get_dismissed_relations:
 * @self: a #LiaisonDocument
 *
 * Returns: (transfer none) (element-type LiaisonDismissedRelation): the relations the user
 *   deleted
 */
GPtrArray *
liaison_document_get_dismissed_relations (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);

  return self->dismissed_relations;
}

/**
 * liaison_document_dismiss_actor:
 * @self: a #LiaisonDocument
 * @actor: an actor of @self the user deletes
 *
 * Removes @actor and its relations, and remembers its names (see
 * liaison_document_add_dismissed_actor()).
 */
void
liaison_document_dismiss_actor (LiaisonDocument *self,
                                LiaisonActor    *actor)
{
  g_autoptr(LiaisonActor) hold = NULL;
  const char * const *aliases;

  g_return_if_fail (LIAISON_IS_DOCUMENT (self));
  g_return_if_fail (has_actor (self, actor));

  hold = g_object_ref (actor);
  liaison_document_add_dismissed_actor (self, liaison_actor_get_name (actor));
  aliases = liaison_actor_get_aliases (actor);
  for (guint i = 0; aliases[i] != NULL; i++)
    liaison_document_add_dismissed_actor (self, aliases[i]);
  liaison_document_remove_actor (self, actor);
}

/**
 * liaison_document_dismiss_relation:
 * @self: a #LiaisonDocument
 * @relation: a relation of @self the user deletes
 *
 * Removes @relation and remembers it (see liaison_document_add_dismissed_relation()).
 */
void
liaison_document_dismiss_relation (LiaisonDocument *self,
                                   LiaisonRelation *relation)
{
  g_autoptr(LiaisonRelation) hold = NULL;

  g_return_if_fail (LIAISON_IS_DOCUMENT (self));
  g_return_if_fail (LIAISON_IS_RELATION (relation));

  hold = g_object_ref (relation);
  liaison_document_add_dismissed_relation (self, liaison_actor_get_name (liaison_relation_get_source (relation)),
                                           liaison_relation_get_kind (relation),
                                           liaison_actor_get_name (liaison_relation_get_target (relation)));
  liaison_document_remove_relation (self, relation);
}
