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
