/* liaison-text.h — decoding article text from bytes of unknown origin
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LIAISON_TEXT_ERROR (liaison_text_error_quark ())

typedef enum
{
  LIAISON_TEXT_ERROR_EMPTY,
  LIAISON_TEXT_ERROR_BINARY,
  LIAISON_TEXT_ERROR_TOO_LARGE,
} LiaisonTextError;

/* The largest article we accept. A long-form feature is well under 1 MiB; anything a hundred
 * times larger is not an article and would make extraction and the text view crawl. */
#define LIAISON_TEXT_MAX_BYTES (16 * 1024 * 1024)

GQuark  liaison_text_error_quark (void);
char   *liaison_text_decode      (const char  *data,
                                  gsize        length,
                                  const char **charset,
                                  GError     **error);

G_END_DECLS
