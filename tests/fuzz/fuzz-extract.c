/* fuzz-extract.c — the article extractor, on any text a user could paste or open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"
#include "liaison-document.h"
#include "liaison-open.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  liaison_fuzz_init ();
  document = liaison_open_text (bytes, &error);
  g_assert ((document == NULL) != (error == NULL));
  if (document != NULL)
    g_assert (liaison_document_check (document, NULL));
  return 0;
}
