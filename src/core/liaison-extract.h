/* liaison-extract.h — from an article's text to actors, relations and evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-document.h"

G_BEGIN_DECLS

gboolean liaison_extract_article (LiaisonDocument  *document,
                                  LiaisonArticle   *article,
                                  GError          **error);

G_END_DECLS
