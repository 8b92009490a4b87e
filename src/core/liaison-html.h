/* liaison-html.h — the article in a saved web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-article.h"

G_BEGIN_DECLS

LiaisonArticle *liaison_html_read_article (GBytes  *bytes,
                                           GError **error);

G_END_DECLS
