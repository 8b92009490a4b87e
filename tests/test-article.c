/* test-article.c — articles: header parsing, the bundled example, loading files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "liaison-article.h"
#include "liaison-text.h"

static void
test_example (void)
{
  g_autoptr(LiaisonArticle) article = liaison_article_new_example ();
  g_autofree char *label = NULL;
  const char *text = liaison_article_get_text (article);
  const char *body = text + liaison_article_get_body_offset (article);

  /* The bundled article starts " date 2023-07-24 Kenyan President …" on one line. */
  g_assert_cmpstr (liaison_article_get_date (article), ==, "2023-07-24");
  g_assert_null (liaison_article_get_title (article));
  g_assert_true (g_str_has_prefix (body, "Kenyan President"));
  g_assert_nonnull (strstr (body, "Belt and Road"));
  g_assert_cmpstr (liaison_article_get_charset (article), ==, "UTF-8");

  label = liaison_article_dup_date_label (article);
  g_assert_cmpstr (label, ==, "24 July 2023");

  /* The id is derived from the text, so the same article always gets the same one. */
  {
    g_autoptr(LiaisonArticle) again = liaison_article_new_example ();

    g_assert_true (g_str_has_prefix (liaison_article_get_id (article), "article-"));
    g_assert_cmpstr (liaison_article_get_id (article), ==, liaison_article_get_id (again));
  }
}

static void
test_header (void)
{
  static const struct {
    const char *text;
    const char *date;
    const char *title;
    const char *body;
  } cases[] = {
    /* Date on its own line, then a headline. */
    { "date 2024-02-29\nLeaders meet in Nairobi\n\nThe president met ...",
      "2024-02-29", "Leaders meet in Nairobi", "The president met ..." },
    /* The bundled article's form: the first sentence follows the date on the same line. */
    { " date 2023-07-24 Kenyan President A met B.\n\nSecond paragraph.",
      "2023-07-24", NULL, "Kenyan President A met B.\n\nSecond paragraph." },
    /* A headline without a date. */
    { "Ministers sign accord\r\nThey signed it.", NULL, "Ministers sign accord", "They signed it." },
    /* A first line ending in punctuation is the first paragraph, not a headline. */
    { "The talks ended.\nThey will resume.", NULL, NULL, "The talks ended.\nThey will resume." },
    /* A single line is the article, not a headline for nothing. */
    { "Summit opens in Addis Ababa", NULL, NULL, "Summit opens in Addis Ababa" },
    /* Impossible dates are not dates. */
    { "date 2023-02-30 Text.", NULL, NULL, "date 2023-02-30 Text." },
    { "date 2023-7-4 Text.", NULL, NULL, "date 2023-7-4 Text." },
    { "dated 2023-07-04 Text.", NULL, NULL, "dated 2023-07-04 Text." },
    /* "date" as the first word of a sentence. */
    { "Date palms grow here.", NULL, NULL, "Date palms grow here." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));
      g_autoptr(LiaisonArticle) article = liaison_article_new_from_bytes (bytes, &error);

      g_assert_no_error (error);
      g_test_message ("case %u: %s", i, cases[i].text);
      g_assert_cmpstr (liaison_article_get_date (article), ==, cases[i].date);
      g_assert_cmpstr (liaison_article_get_title (article), ==, cases[i].title);
      g_assert_cmpstr (liaison_article_get_text (article) +
                       liaison_article_get_body_offset (article), ==, cases[i].body);
    }
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr(LiaisonArticle) article = liaison_article_new ("a1", "Some text.");
  guint notified = 0;

  g_signal_connect (article, "notify", G_CALLBACK (notify_cb), &notified);

  g_assert_cmpstr (liaison_article_get_id (article), ==, "a1");

  liaison_article_set_title (article, "Title");
  liaison_article_set_title (article, "Title");
  g_assert_cmpstr (liaison_article_get_title (article), ==, "Title");
  g_assert_cmpuint (notified, ==, 1);

  liaison_article_set_date (article, "2020-01-31");
  liaison_article_set_source (article, "https://example.org/news/1");
  liaison_article_set_source (article, "https://example.org/news/1");
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpstr (liaison_article_get_source (article), ==, "https://example.org/news/1");

  liaison_article_set_date (article, NULL);
  g_assert_null (liaison_article_get_date (article));
  g_assert_cmpuint (notified, ==, 4);

  g_assert_true (liaison_iso_date_is_valid ("2000-02-29"));
  g_assert_false (liaison_iso_date_is_valid ("1900-02-29"));
  g_assert_false (liaison_iso_date_is_valid ("2023-13-01"));
  g_assert_false (liaison_iso_date_is_valid ("0000-01-01"));
  g_assert_false (liaison_iso_date_is_valid ("2023-01-01T00"));
}

static LiaisonArticle *
load (GFile   *file,
      GError **error)
{
  return liaison_article_new_from_file (file, NULL, error);
}

static GFile *
write_temp (const char *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd;

  fd = g_file_open_tmp ("liaison-test-XXXXXX.txt", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, data, (gssize) length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
test_load (void)
{
  const char legacy[] = "date 2021-05-04\nSommet \xE0 Abidjan\n\nLe pr\xE9sident a re\xE7u ...";
  g_autoptr(GFile) file = write_temp (legacy, sizeof legacy - 1);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/liaison/article.txt");
  g_autoptr(GFile) dir = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(GFile) binary = write_temp ("\x7F" "ELF\x02\x01\x01\0\0\0", 10);
  g_autoptr(LiaisonArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  article = load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_article_get_charset (article), ==, "WINDOWS-1252");
  g_assert_cmpstr (liaison_article_get_title (article), ==, "Sommet \xC3\xA0 Abidjan");
  g_assert_cmpstr (liaison_article_get_date (article), ==, "2021-05-04");
  g_clear_object (&article);

  article = load (missing, &error);
  g_assert_null (article);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  article = load (dir, &error);
  g_assert_null (article);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  article = load (binary, &error);
  g_assert_null (article);
  g_assert_error (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_BINARY);
  g_clear_error (&error);

  g_file_delete (file, NULL, NULL);
  g_file_delete (binary, NULL, NULL);
}

static void
test_load_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonArticle) article = NULL;
  g_autoptr(GFile) file = write_temp ("x", 1);
  g_autoptr(GFileIOStream) stream = NULL;

  /* A sparse file: the size check must refuse it without reading 32 MiB. */
  stream = g_file_open_readwrite (file, NULL, &error);
  g_assert_no_error (error);
  g_seekable_truncate (G_SEEKABLE (stream), 2 * LIAISON_TEXT_MAX_BYTES, NULL, &error);
  g_assert_no_error (error);
  g_io_stream_close (G_IO_STREAM (stream), NULL, &error);
  g_assert_no_error (error);

  article = load (file, &error);
  g_assert_null (article);
  g_assert_error (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_TOO_LARGE);

  g_file_delete (file, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  /* Date labels are checked in English. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/article/example", test_example);
  g_test_add_func ("/liaison/article/header", test_header);
  g_test_add_func ("/liaison/article/properties", test_properties);
  g_test_add_func ("/liaison/article/load", test_load);
  g_test_add_func ("/liaison/article/load-too-large", test_load_too_large);

  return g_test_run ();
}
