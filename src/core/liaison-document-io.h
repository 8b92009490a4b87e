/* liaison-document-io.h — reading and writing documents as .liaison files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-document.h"

G_BEGIN_DECLS

/* What files say in their "format" member. The number is the major version: a reader refuses
 * a larger one and ignores members it does not know. See docs/file-format.md. */
#define LIAISON_DOCUMENT_FORMAT "liaison/1"

/* Documents and graph files are read whole into memory: one bigger than this is not a map a
 * person works on, and would take the machine's memory with it. */
#define LIAISON_DOCUMENT_MAX_BYTES (256 * 1024 * 1024)

#define LIAISON_DOCUMENT_ERROR (liaison_document_error_quark ())

typedef enum
{
  LIAISON_DOCUMENT_ERROR_INVALID,
  LIAISON_DOCUMENT_ERROR_NEWER_VERSION,
  LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
} LiaisonDocumentError;

GQuark           liaison_document_error_quark   (void);

LiaisonDocument *liaison_document_load_from_data (const char       *data,
                                                  gssize            length,
                                                  GError          **error);
LiaisonDocument *liaison_document_load_from_file (GFile            *file,
                                                  GCancellable     *cancellable,
                                                  GError          **error);
char            *liaison_document_save_to_data   (LiaisonDocument  *doc,
                                                  gsize            *length);
gboolean         liaison_document_save_to_file   (LiaisonDocument  *doc,
                                                  GFile            *file,
                                                  GCancellable     *cancellable,
                                                  GError          **error);

G_END_DECLS
