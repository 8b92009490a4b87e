/* fuzz-html.c — the article reader of saved web pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"
#include "liaison-html.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(LiaisonArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  liaison_fuzz_init ();
  article = liaison_html_read_article (bytes, &error);
  g_assert ((article == NULL) != (error == NULL));
  if (article != NULL)
    g_assert (g_utf8_validate (liaison_article_get_text (article), -1, NULL));
  return 0;
}
