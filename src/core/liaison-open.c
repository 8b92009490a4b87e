/* liaison-open.c — opening whatever a user hands us: an article, a document or a graph
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-open"

#include "config.h"


#include "liaison-core.h"
#include "liaison-document-io.h"
#include "liaison-extract.h"
#include "liaison-html.h"
#include "liaison-text.h"
#include "liaison-interop.h"
#include "liaison-open.h"

/**
 * liaison_open_example:
 *
 * Returns: (transfer full): a document holding the bundled example article
 */
/* A new document holding @article and what the extractor read in it. */
static LiaisonDocument *
document_for_article (LiaisonArticle  *article,
                      GError         **error)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();

  liaison_document_add_article (document, article);
  if (!liaison_extract_article (document, article, error))
    return NULL;

  return g_steal_pointer (&document);
}

LiaisonDocument *
liaison_open_example (void)
{
  g_autoptr(LiaisonArticle) article = liaison_article_new_example ();
  g_autoptr(GError) error = NULL;
  LiaisonDocument *document = document_for_article (article, &error);

  /* The example and the rules are both compiled in: a failure is a bug. */
  if (document == NULL)
    g_error ("The bundled article cannot be read: %s", error->message);

  return document;
}

static gboolean
has_suffix (GFile      *file,
            const char *suffix)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name ? g_ascii_strdown (name, -1) : NULL;

  return lower != NULL && g_str_has_suffix (lower, suffix);
}

/**
 * liaison_open_file:
 * @file: a Liaison document (.liaison or .json), a graph (.graphml, .gexf, .csv), a saved web
 *   page (.html, .htm) or an article (any other name: plain text or Markdown)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError with a message for the user
 *
 * Reads @file by what its name says it is. An article becomes a document with that one
 * article and the actors and relations extracted from it.
 * Blocks: use liaison_open_file_async() from the UI.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
LiaisonDocument *
liaison_open_file (GFile         *file,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autofree char *basename = NULL;
  LiaisonGraphFormat format;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  basename = g_file_get_basename (file);

  /* `liaison --export=map.json` writes a Liaison document under the name JSON tools expect. */
  if (has_suffix (file, ".liaison") || has_suffix (file, ".json"))
    return liaison_document_load_from_file (file, cancellable, error);

  if (basename != NULL && liaison_graph_format_from_extension (basename, &format) &&
      format != LIAISON_GRAPH_FORMAT_DOT)
    {
      g_autoptr(GBytes) bytes = NULL;

      bytes = liaison_load_file_bytes (file, LIAISON_DOCUMENT_MAX_BYTES, cancellable, error);
      if (bytes == NULL)
        return NULL;

      return liaison_import_graph (bytes, format, error);
    }

  /* A saved web page: the article in it. */
  if (has_suffix (file, ".html") || has_suffix (file, ".htm") || has_suffix (file, ".xhtml"))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(LiaisonArticle) article = NULL;

      if (!(bytes = liaison_load_file_bytes (file, LIAISON_TEXT_MAX_BYTES, cancellable, error)) ||
          !(article = liaison_html_read_article (bytes, error)))
        return NULL;

      return document_for_article (article, error);
    }

  {
    g_autoptr(LiaisonArticle) article = liaison_article_new_from_file (file, cancellable, error);

    if (article == NULL)
      return NULL;

    return document_for_article (article, error);
  }
}

/**
 * liaison_open_text:
 * @bytes: an article's text, from the clipboard or a drop; a web page if it starts like one
 * @error: return location for a #GError with a message for the user
 *
 * Returns: (transfer full): a document of the article and what was extracted from it, or
 *   %NULL with @error set (empty, binary, too large)
 */
LiaisonDocument *
liaison_open_text (GBytes  *bytes,
                   GError **error)
{
  g_autoptr(LiaisonArticle) article = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  /* Copied from a browser's "view source", or dropped from one. */
  data = g_bytes_get_data (bytes, &length);
  while (length > 0 && data != NULL && g_ascii_isspace (*data))
    data++, length--;
  if (length > 5 && data != NULL &&
      (g_ascii_strncasecmp (data, "<!doctype html", MIN (length, 14)) == 0 ||
       g_ascii_strncasecmp (data, "<html", 5) == 0))
    article = liaison_html_read_article (bytes, error);
  else
    article = liaison_article_new_from_bytes (bytes, error);

  if (article == NULL)
    return NULL;
  return document_for_article (article, error);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  LiaisonDocument *document;

  if ((document = liaison_open_file (task_data, cancellable, &error)))
    g_task_return_pointer (task, document, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * liaison_open_file_async:
 * @file: see liaison_open_file()
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Runs liaison_open_file() in a worker thread.
 */
void
liaison_open_file_async (GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, liaison_open_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, open_thread);
}

LiaisonDocument *
liaison_open_file_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == liaison_open_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The actor of @document named @name or having it as an alias, if any. */
static LiaisonActor *
find_named (LiaisonDocument *document,
            LiaisonActor    *like)
{
  const char * const *aliases = liaison_actor_get_aliases (like);
  LiaisonActor *found = liaison_document_find_actor (document, liaison_actor_get_name (like));

  for (guint i = 0; found == NULL && aliases[i] != NULL; i++)
    found = liaison_document_find_actor (document, aliases[i]);
  return found;
}

/**
 * liaison_document_extract_again:
 * @document: a map, corrected by hand or not
 * @error: return location for a #GError
 *
 * Extracts every article of @document anew (with this version's rules) and keeps what the user
 * did by hand: actors they corrected (their name, kind, role and names, and those merged into
 * them) or added, relations they added or corrected, what they deleted (left out again), the
 * positions of actors still there, the view and hidden kinds.
 *
 * Returns: (transfer full): the new document, or %NULL with @error set
 */
LiaisonDocument *
liaison_document_extract_again (LiaisonDocument  *document,
                                GError          **error)
{
  g_autoptr(LiaisonDocument) fresh = liaison_document_new ();
  GListModel *articles, *actors, *relations;
  GPtrArray *dismissed;
  double cx, cy;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);

  articles = liaison_document_get_articles (document);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, i);
      g_autoptr(LiaisonDocument) one = NULL;

      if (!(one = document_for_article (article, error)) ||
          !liaison_document_add_document (fresh, one, error))
        return NULL;
    }

  /* Corrected or added actors, as the user left them. */
  actors = liaison_document_get_actors (document);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) old = g_list_model_get_item (actors, i);
      const char * const *aliases = liaison_actor_get_aliases (old);
      LiaisonActor *mine;

      if (liaison_actor_get_origin (old) != LIAISON_ORIGIN_USER)
        continue;

      if ((mine = find_named (fresh, old)) == NULL)
        {
          g_autofree char *id = liaison_document_make_id (fresh, liaison_actor_kind_to_string (liaison_actor_get_kind (old)),
                                                          liaison_actor_get_name (old));
          g_autoptr(LiaisonActor) copy = liaison_actor_new (id, liaison_actor_get_name (old),
                                                            liaison_actor_get_kind (old));

          liaison_document_add_actor (fresh, copy);
          mine = copy;
        }
      else if (g_strcmp0 (liaison_actor_get_name (mine), liaison_actor_get_name (old)) != 0)
        {
          LiaisonActor *other = liaison_document_find_actor (fresh, liaison_actor_get_name (old));

          g_autofree char *extracted = g_strdup (liaison_actor_get_name (mine));

          if (other != NULL && other != mine)
            liaison_document_merge_actors (fresh, mine, other);
          liaison_document_rename_actor (fresh, mine, liaison_actor_get_name (old));
          /* The article's own name for it still finds it. */
          liaison_actor_add_alias (mine, extracted);
        }

      /* Names merged into it by hand: the extractor's separate actors join it again. */
      for (guint j = 0; aliases[j] != NULL; j++)
        {
          LiaisonActor *other = liaison_document_find_actor (fresh, aliases[j]);

          if (other != NULL && other != mine)
            liaison_document_merge_actors (fresh, mine, other);
          if (!liaison_actor_has_name (mine, aliases[j]))
            liaison_actor_add_alias (mine, aliases[j]);
        }
      liaison_actor_set_kind (mine, liaison_actor_get_kind (old));
      liaison_actor_set_role (mine, liaison_actor_get_role (old));
      liaison_actor_set_notes (mine, liaison_actor_get_notes (old));
      liaison_actor_set_origin (mine, LIAISON_ORIGIN_USER);
      liaison_document_find_mentions (fresh, mine);
    }

  /* Deleted by hand: left out again. */
  dismissed = liaison_document_get_dismissed_actors (document);
  for (guint i = 0; i < dismissed->len; i++)
    {
      const char *name = g_ptr_array_index (dismissed, i);
      LiaisonActor *actor = liaison_document_find_actor (fresh, name);

      if (actor != NULL && liaison_actor_get_origin (actor) != LIAISON_ORIGIN_USER)
        liaison_document_remove_actor (fresh, actor);
      liaison_document_add_dismissed_actor (fresh, name);
    }
  dismissed = liaison_document_get_dismissed_relations (document);
  for (guint i = 0; i < dismissed->len; i++)
    {
      LiaisonDismissedRelation *gone = g_ptr_array_index (dismissed, i);
      LiaisonActor *source = liaison_document_find_actor (fresh, gone->source);
      LiaisonActor *target = liaison_document_find_actor (fresh, gone->target);
      LiaisonRelation *relation;

      if (source != NULL && target != NULL &&
          (relation = liaison_document_find_relation (fresh, source, target, gone->kind)) != NULL)
        liaison_document_remove_relation (fresh, relation);
      liaison_document_add_dismissed_relation (fresh, gone->source, gone->kind, gone->target);
    }

  /* Relations added or corrected by hand. */
  relations = liaison_document_get_relations (document);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(LiaisonRelation) old = g_list_model_get_item (relations, i);
      LiaisonActor *source, *target;

      if (liaison_relation_get_origin (old) != LIAISON_ORIGIN_USER ||
          (source = find_named (fresh, liaison_relation_get_source (old))) == NULL ||
          (target = find_named (fresh, liaison_relation_get_target (old))) == NULL ||
          source == target ||
          liaison_document_find_relation (fresh, source, target, liaison_relation_get_kind (old)) != NULL)
        continue;

      {
        g_autofree char *id = liaison_document_make_id (fresh, "rel", NULL);
        g_autoptr(LiaisonRelation) copy = liaison_relation_new (id, source, target, liaison_relation_get_kind (old));

        liaison_relation_set_label (copy, liaison_relation_get_label (old));
        liaison_relation_set_confidence (copy, liaison_relation_get_confidence (old));
        liaison_relation_set_origin (copy, LIAISON_ORIGIN_USER);
        for (guint j = 0; j < liaison_relation_get_n_evidence (old); j++)
          liaison_relation_add_evidence (copy, liaison_relation_get_evidence (old, j));
        liaison_document_add_relation (fresh, copy);
      }
    }

  /* The map stays where it was. */
  actors = liaison_document_get_actors (fresh);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);
      LiaisonActor *old = find_named (document, actor);
      double x, y;
      gboolean pinned;

      if (old != NULL && liaison_document_get_position (document, liaison_actor_get_id (old), &x, &y, &pinned))
        liaison_document_set_position (fresh, liaison_actor_get_id (actor), x, y, pinned);
    }
  liaison_document_get_center (document, &cx, &cy);
  liaison_document_set_view (fresh, liaison_document_get_zoom (document), cx, cy);
  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
    liaison_document_set_kind_hidden (fresh, k, liaison_document_get_kind_hidden (document, k));

  return g_steal_pointer (&fresh);
}
