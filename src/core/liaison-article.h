/* liaison-article.h — one news article: its text and what we know about it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_ARTICLE (liaison_article_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonArticle, liaison_article, LIAISON, ARTICLE, GObject)

LiaisonArticle *liaison_article_new              (const char           *id,
                                                  const char           *text);
LiaisonArticle *liaison_article_new_from_text    (const char           *text);
LiaisonArticle *liaison_article_new_from_bytes   (GBytes               *bytes,
                                                  GError              **error);
LiaisonArticle *liaison_article_new_example      (void);
LiaisonArticle *liaison_article_new_from_file    (GFile                *file,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
const char     *liaison_article_get_id           (LiaisonArticle       *self);
const char     *liaison_article_get_title        (LiaisonArticle       *self);
void            liaison_article_set_title        (LiaisonArticle       *self,
                                                  const char           *title);
const char     *liaison_article_get_date         (LiaisonArticle       *self);
void            liaison_article_set_date         (LiaisonArticle       *self,
                                                  const char           *date);
const char     *liaison_article_get_source       (LiaisonArticle       *self);
void            liaison_article_set_source       (LiaisonArticle       *self,
                                                  const char           *source);
const char     *liaison_article_get_text         (LiaisonArticle       *self);
gsize           liaison_article_get_body_offset  (LiaisonArticle       *self);
const char     *liaison_article_get_charset      (LiaisonArticle       *self);
char           *liaison_article_dup_date_label   (LiaisonArticle       *self);

gboolean        liaison_iso_date_is_valid        (const char           *date);

G_END_DECLS
