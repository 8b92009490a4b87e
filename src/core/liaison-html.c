/* liaison-html.c — the article in a saved web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-html"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "liaison-html.h"
#include "liaison-text.h"

/* A news page holds one article among menus, teasers, share buttons, cookie notices and
 * scripts. The page is parsed with libxml2's HTML parser, which fetches nothing (no network,
 * no DTD) and recovers from broken markup. Then:
 *
 *  - what is never article text is dropped: scripts, styles, navigation, headers and footers,
 *    asides, forms, figures, and elements whose class or id says they are comments, share
 *    buttons, adverts and the like;
 *  - the article's body is the <article> element, or failing one the element whose own
 *    paragraphs hold the most text;
 *  - its paragraphs, subheadings, list items and quotations become the article's text, one
 *    paragraph per block, in page order;
 *  - the headline, date and source come from the page's metadata (Open Graph, article
 *    published time, <time>), else from its <h1> and <title>. */

static const char *const dropped_elements[] = {
  "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
  "button", "select", "textarea", "iframe", "svg", "figure", "menu", "dialog", "object", NULL
};

/* Words in a class or id that mark what is around an article, not in it. */
static const char *const dropped_markers[] = {
  "comment", "share", "social", "advert", "promo", "newsletter", "subscribe", "cookie",
  "related", "recommend", "breadcrumb", "sidebar", "byline-share", "paywall", "outbrain",
  "taboola", NULL
};

static const char *const text_blocks[] = {
  "p", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dd", "dt", NULL
};

static gboolean
name_is (xmlNode    *node,
         const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static gboolean
name_in (xmlNode           *node,
         const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (name_is (node, names[i]))
      return TRUE;
  return FALSE;
}

static char *
get_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

static gboolean
attribute_has_marker (xmlNode    *node,
                      const char *name)
{
  g_autofree char *value = get_attribute (node, name);
  g_autofree char *lower = NULL;

  if (value == NULL)
    return FALSE;
  lower = g_ascii_strdown (value, -1);
  for (guint i = 0; dropped_markers[i] != NULL; i++)
    if (strstr (lower, dropped_markers[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_dropped (xmlNode *node)
{
  g_autofree char *hidden = NULL;

  if (node->type != XML_ELEMENT_NODE)
    return node->type == XML_COMMENT_NODE;
  if (name_in (node, dropped_elements))
    return TRUE;
  if ((hidden = get_attribute (node, "hidden")) != NULL)
    return TRUE;
  return attribute_has_marker (node, "class") || attribute_has_marker (node, "id");
}

/* The text of @node and what it holds, whitespace collapsed, into @out. */
static void
append_text (GString *out,
             xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          for (const char *p = (const char *) child->content; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
            {
              gunichar c = g_utf8_get_char (p);

              if (g_unichar_isspace (c) || c == 0x00A0)
                {
                  if (out->len > 0 && out->str[out->len - 1] != ' ')
                    g_string_append_c (out, ' ');
                }
              else
                g_string_append_unichar (out, c);
            }
        }
      else if (child->type == XML_ELEMENT_NODE && !is_dropped (child))
        {
          if (name_is (child, "br") && out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          else
            append_text (out, child);
        }
    }
}

static char *
text_of (xmlNode *node)
{
  GString *out = g_string_new (NULL);

  append_text (out, node);
  return g_strstrip (g_string_free (out, FALSE));
}

/* Scores every element by the text of the paragraphs directly in it. */
static void
score_paragraphs (xmlNode    *node,
                  GHashTable *scores)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_dropped (child))
        continue;
      if (name_is (child, "p"))
        {
          g_autofree char *text = text_of (child);
          gsize length = strlen (text);

          /* A sentence, not a caption or a "Read more" link. */
          if (length >= 40)
            g_hash_table_insert (scores, node,
                                 GSIZE_TO_POINTER (GPOINTER_TO_SIZE (g_hash_table_lookup (scores, node)) + length));
        }
      else
        score_paragraphs (child, scores);
    }
}

static void
find_articles (xmlNode   *node,
               GPtrArray *found)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_dropped (child))
        continue;
      if (name_is (child, "article") || name_is (child, "main"))
        g_ptr_array_add (found, child);
      find_articles (child, found);
    }
}

/* The element that holds the article's body. */
static xmlNode *
find_body (xmlNode *root)
{
  g_autoptr(GHashTable) scores = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) articles = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;
  xmlNode *best = NULL;
  gsize best_score = 0;

  score_paragraphs (root, scores);

  /* The <article> (or <main>) holding the most paragraph text, if one holds any. */
  find_articles (root, articles);
  for (guint i = 0; i < articles->len; i++)
    {
      xmlNode *article = g_ptr_array_index (articles, i);
      gsize total = 0;

      g_hash_table_iter_init (&iter, scores);
      while (g_hash_table_iter_next (&iter, &key, &value))
        for (xmlNode *up = key; up != NULL; up = up->parent)
          if (up == article)
            {
              total += GPOINTER_TO_SIZE (value);
              break;
            }
      if (total > best_score)
        {
          best = article;
          best_score = total;
        }
    }
  if (best != NULL)
    return best;

  g_hash_table_iter_init (&iter, scores);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_SIZE (value) > best_score)
      {
        best = key;
        best_score = GPOINTER_TO_SIZE (value);
      }
  return best;
}

/* The body's blocks, one paragraph each, into @out. */
static void
append_blocks (GString    *out,
               xmlNode    *node,
               const char *headline)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE || is_dropped (child))
        continue;
      if (name_in (child, text_blocks) || name_is (child, "h1"))
        {
          g_autofree char *text = text_of (child);

          /* The headline is the article's title, not its first paragraph. */
          if (*text == '\0' || (name_is (child, "h1") && g_strcmp0 (text, headline) == 0))
            continue;
          if (out->len > 0)
            g_string_append (out, "\n\n");
          g_string_append (out, text);
        }
      else
        append_blocks (out, child, headline);
    }
}

typedef struct
{
  char *title;
  char *h1;
  char *page_title;
  char *date;
  char *site;
} Meta;

static void
meta_clear (Meta *meta)
{
  g_free (meta->title);
  g_free (meta->h1);
  g_free (meta->page_title);
  g_free (meta->date);
  g_free (meta->site);
}

/* "2023-07-24T10:00:00+03:00" -> "2023-07-24"; %NULL if it does not start with a real date
 * ("2023-13-45" is not one: found by fuzzing). */
static char *
iso_date (const char *value)
{
  g_autofree char *date = NULL;

  if (value == NULL || strlen (value) < 10)
    return NULL;
  date = g_strndup (value, 10);
  return liaison_iso_date_is_valid (date) ? g_steal_pointer (&date) : NULL;
}

static void
read_meta (xmlNode *node,
           Meta    *meta)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (name_is (child, "meta"))
        {
          g_autofree char *property = get_attribute (child, "property");
          g_autofree char *name = get_attribute (child, "name");
          g_autofree char *itemprop = get_attribute (child, "itemprop");
          g_autofree char *content = get_attribute (child, "content");
          const char *key = property ? property : name ? name : itemprop;

          if (key == NULL || content == NULL)
            continue;
          if (meta->title == NULL && (g_ascii_strcasecmp (key, "og:title") == 0 ||
                                      g_ascii_strcasecmp (key, "twitter:title") == 0 ||
                                      g_ascii_strcasecmp (key, "headline") == 0))
            meta->title = g_strstrip (g_strdup (content));
          else if (meta->date == NULL && (g_ascii_strcasecmp (key, "article:published_time") == 0 ||
                                          g_ascii_strcasecmp (key, "datePublished") == 0 ||
                                          g_ascii_strcasecmp (key, "date") == 0 ||
                                          g_ascii_strcasecmp (key, "pubdate") == 0 ||
                                          g_ascii_strcasecmp (key, "DC.date.issued") == 0))
            meta->date = iso_date (content);
          else if (meta->site == NULL && (g_ascii_strcasecmp (key, "og:site_name") == 0 ||
                                          g_ascii_strcasecmp (key, "application-name") == 0))
            meta->site = g_strstrip (g_strdup (content));
        }
      else if (name_is (child, "title") && meta->page_title == NULL)
        meta->page_title = text_of (child);
      else if (name_is (child, "time") && meta->date == NULL)
        {
          g_autofree char *datetime = get_attribute (child, "datetime");

          meta->date = iso_date (datetime);
        }
      else if (name_is (child, "h1") && meta->h1 == NULL && !is_dropped (child))
        meta->h1 = text_of (child);

      if (!name_in (child, (const char *const[]) { "script", "style", NULL }))
        read_meta (child, meta);
    }
}

/**
 * liaison_html_read_article:
 * @bytes: a saved web page
 * @error: return location for a #GError
 *
 * Finds the article in a web page: its text, headline, date and source. Nothing is fetched.
 *
 * Returns: (transfer full): the article, or %NULL with @error set (not text, or no article
 *   text in the page)
 */
LiaisonArticle *
liaison_html_read_article (GBytes  *bytes,
                           GError **error)
{
  g_autofree char *utf8 = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) body = g_string_new (NULL);
  const char *data, *charset = NULL, *headline;
  LiaisonArticle *article;
  xmlDoc *doc;
  xmlNode *root, *container;
  Meta meta = { NULL };
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);

  /* Decoded as every article is (UTF-8, else Windows-1252), and handed to libxml2 as UTF-8
   * whatever the page's <meta charset> claims. */
  data = g_bytes_get_data (bytes, &length);
  if (!(utf8 = liaison_text_decode (data, length, &charset, error)))
    return NULL;

  doc = htmlReadMemory (utf8, (int) MIN (strlen (utf8), G_MAXINT), NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_COMPACT);
  root = doc ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error_literal (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_EMPTY,
                           _("The page holds no article text"));
      return NULL;
    }

  read_meta (root, &meta);
  headline = meta.title ? meta.title : meta.h1 ? meta.h1 : meta.page_title;
  if ((container = find_body (root)) != NULL)
    append_blocks (body, container, meta.h1 ? meta.h1 : headline);
  xmlFreeDoc (doc);

  if (body->len == 0)
    {
      meta_clear (&meta);
      g_set_error_literal (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_EMPTY,
                           _("The page holds no article text"));
      return NULL;
    }

  /* The header every article may have: "date YYYY-MM-DD", then the headline. */
  if (meta.date != NULL)
    g_string_append_printf (text, "date %s\n", meta.date);
  if (headline != NULL && *headline != '\0' && strchr (headline, '\n') == NULL)
    g_string_append_printf (text, "%s\n\n", headline);
  g_string_append (text, body->str);
  g_string_append_c (text, '\n');

  article = liaison_article_new (NULL, text->str);
  if (headline != NULL && *headline != '\0')
    liaison_article_set_title (article, headline);
  if (meta.date != NULL)
    liaison_article_set_date (article, meta.date);
  if (meta.site != NULL && *meta.site != '\0')
    liaison_article_set_source (article, meta.site);

  meta_clear (&meta);
  return article;
}
