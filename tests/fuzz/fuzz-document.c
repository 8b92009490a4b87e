/* fuzz-document.c — the .liaison loader: any bytes give a document or a GError
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"
#include "liaison-document-io.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  liaison_fuzz_init ();
  document = liaison_document_load_from_data ((const char *) data, (gssize) size, &error);
  g_assert ((document == NULL) != (error == NULL));

  /* What loads must save: the writer trusts what the loader let through. */
  if (document != NULL)
    {
      gsize length;
      g_autofree char *saved = liaison_document_save_to_data (document, &length);

      g_assert (saved != NULL && length > 0);
    }
  return 0;
}
