/* liaison-open.h — opening whatever a user hands us: an article, a document or a graph
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-document.h"

G_BEGIN_DECLS

LiaisonDocument *liaison_open_example      (void);
LiaisonDocument *liaison_open_text         (GBytes               *bytes,
                                            GError              **error);
LiaisonDocument *liaison_open_file         (GFile                *file,
                                            GCancellable         *cancellable,
                                            GError              **error);
void             liaison_open_file_async   (GFile                *file,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
LiaisonDocument *liaison_open_file_finish  (GAsyncResult         *result,
                                            GError              **error);
LiaisonDocument *liaison_document_extract_again (LiaisonDocument *document,
                                                 GError         **error);

G_END_DECLS
