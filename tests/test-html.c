/* test-html.c — the article in a saved web page, and nothing around it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liaison-document.h"
#include "liaison-html.h"
#include "liaison-open.h"
#include "liaison-text.h"

static LiaisonArticle *
read_string (const char  *html,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (html, strlen (html));

  return liaison_html_read_article (bytes, error);
}

/* A news page as a browser saves it: the story, its headline, date and site, and none of the
 * menus, scripts, share buttons, related links, newsletter box, comments or footer. */
static void
test_saved_page (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "html", "saved-page.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(LiaisonArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;
  static const char *const absent[] = {
    "cookies", "Asia", "Share on", "Related", "cedi", "Sign up", "Great article", "rights reserved",
    "Injected", "dataLayer", "tracking", "font-family", "Photo: archive", "staff reporter", NULL
  };

  document = liaison_open_file (file, NULL, &error);
  g_assert_no_error (error);
  article = g_list_model_get_item (liaison_document_get_articles (document), 0);
  text = liaison_article_get_text (article);

  g_assert_cmpstr (liaison_article_get_title (article), ==, "Ghana, Japan agree to expand port cooperation");
  g_assert_cmpstr (liaison_article_get_date (article), ==, "2024-03-12");
  g_assert_cmpstr (liaison_article_get_source (article), ==, "The Coastal Herald");

  /* The story's paragraphs, subheading and quotation, in order, entities decoded. */
  g_assert_nonnull (strstr (text, "Ghanaian President Nana Akufo-Addo met with Japanese"));
  g_assert_true (strstr (text, "met with Japanese") < strstr (text, "praised the Tokyo"));
  g_assert_true (strstr (text, "praised the Tokyo") < strstr (text, "Focus on infrastructure"));
  g_assert_nonnull (strstr (text, "African Union’s agenda"));
  g_assert_nonnull (strstr (text, "infrastructure & skills"));
  g_assert_nonnull (strstr (text, "“Our friendship rests on trust,” Kamikawa said."));
  /* The headline once, as the title, not again as a paragraph. */
  g_assert_true (strstr (text, "expand port cooperation") == g_strrstr (text, "expand port cooperation"));
  for (guint i = 0; absent[i] != NULL; i++)
    if (strstr (text, absent[i]) != NULL)
      g_error ("“%s” from around the article is in its text:\n%s", absent[i], text);

  /* And the extractor reads it like any article. */
  g_assert_nonnull (liaison_document_find_actor (document, "Ghana"));
  g_assert_nonnull (liaison_document_find_actor (document, "Japan"));
  g_assert_nonnull (liaison_document_find_actor (document, "African Union"));
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_relations (document)), >=, 5);
}

/* Without <article>, the element whose paragraphs hold the most text; no metadata, the <h1>. */
static void
test_no_article_element (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonArticle) article = read_string (
    "<html><head><title>Talks | Site</title></head><body>"
    "<div id='menu'><p>Home</p><p>About us and our editorial standards</p></div>"
    "<h1>Envoys meet in Geneva</h1>"
    "<div class='content'><div class='text'>"
    "<p>The envoys of France and Brazil met in Geneva on Monday to discuss trade.</p>"
    "<p>Read more</p>"
    "<p>They agreed to meet again in the spring, a spokesman for the ministry said.</p>"
    "</div></div>"
    "<div class='teaser'><p>Other news: a new bridge opens downtown after years of delays.</p></div>"
    "</body></html>", &error);
  const char *text;

  g_assert_no_error (error);
  text = liaison_article_get_text (article);
  g_assert_cmpstr (liaison_article_get_title (article), ==, "Envoys meet in Geneva");
  g_assert_nonnull (strstr (text, "France and Brazil"));
  g_assert_nonnull (strstr (text, "meet again in the spring"));
  g_assert_null (strstr (text, "editorial standards"));
  g_assert_null (strstr (text, "bridge"));
  g_assert_null (liaison_article_get_date (article));
}

/* A page in Windows-1252, whatever it claims, and entities it declares, never expanded. */
static void
test_encoding_and_entities (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonArticle) latin = NULL;
  g_autoptr(LiaisonArticle) laughs = NULL;
  g_autoptr(GBytes) bytes = NULL;
  static const char page[] =
    "<html><head><meta charset='windows-1252'></head><body><article>"
    "<p>Le pr\xe9sident de la R\xe9publique a re\xe7u le ministre \xe0 Paris lundi.</p>"
    "</article></body></html>";

  bytes = g_bytes_new_static (page, sizeof page - 1);
  latin = liaison_html_read_article (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (liaison_article_get_text (latin), "Le président de la République a reçu"));

  laughs = read_string ("<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                        "<html><body><p>Laughing out loud at the talks, the envoys &b;&b;&b; left.</p>"
                        "</body></html>", &error);
  g_assert_no_error (error);
  g_assert_null (strstr (liaison_article_get_text (laughs), "aaaaaaaaaa"));
}

/* What is not a page with an article says so. */
static void
test_not_an_article (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) binary = g_bytes_new_static ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);

  g_assert_null (read_string ("", &error));
  g_assert_error (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_null (read_string ("<html><head><title>Login</title></head><body><form><input></form>"
                              "<nav><p>Home, world, politics and business news today</p></nav></body></html>",
                              &error));
  g_assert_error (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "no article text"));
  g_clear_error (&error);

  g_assert_null (liaison_html_read_article (binary, &error));
  g_assert_error (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_BINARY);
}

/* Found by fuzzing: a date-shaped string that is no date is ignored, not a critical. */
static void
test_impossible_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonArticle) article = read_string (
    "<html><head><meta property='article:published_time' content='2023-13-45T10:00'></head>"
    "<body><p>The envoys of France and Brazil met in Geneva on Monday to talk about trade.</p>"
    "<time datetime='0000-00-00'>never</time></body></html>", &error);

  g_assert_no_error (error);
  g_assert_null (liaison_article_get_date (article));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/html/saved-page", test_saved_page);
  g_test_add_func ("/liaison/html/no-article-element", test_no_article_element);
  g_test_add_func ("/liaison/html/encoding-and-entities", test_encoding_and_entities);
  g_test_add_func ("/liaison/html/not-an-article", test_not_an_article);
  g_test_add_func ("/liaison/html/impossible-date", test_impossible_date);

  return g_test_run ();
}
