/* liaison-document.h — articles, the actors they mention and the relations between them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-actor.h"
#include "liaison-article.h"
#include "liaison-relation.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_DOCUMENT (liaison_document_get_type ())

/* How far from the origin a node may be, in map units. The layout puts 100,000 nodes within
 * ±40,000; the bound keeps every later computation (fitting the view, exporting, Cairo's fixed
 * point coordinates) far from overflow. Files with positions beyond it are refused. */
#define LIAISON_DOCUMENT_COORDINATE_MAX 1e6

/**
 * LiaisonDismissedRelation:
 * @source: the name of the source actor
 * @kind: the relation's kind
 * @target: the name of the target actor
 *
 * A relation the user deleted.
 */
typedef struct
{
  char                *source;
  LiaisonRelationKind  kind;
  char                *target;
} LiaisonDismissedRelation;

void liaison_dismissed_relation_free (LiaisonDismissedRelation *dismissed);

G_DECLARE_FINAL_TYPE (LiaisonDocument, liaison_document, LIAISON, DOCUMENT, GObject)

LiaisonDocument *liaison_document_new                 (void);

GListModel      *liaison_document_get_articles        (LiaisonDocument     *self);
GListModel      *liaison_document_get_actors          (LiaisonDocument     *self);
GListModel      *liaison_document_get_relations       (LiaisonDocument     *self);

gboolean         liaison_document_add_article         (LiaisonDocument     *self,
                                                       LiaisonArticle      *article);
LiaisonArticle  *liaison_document_lookup_article      (LiaisonDocument     *self,
                                                       const char          *id);

char            *liaison_document_make_id             (LiaisonDocument     *self,
                                                       const char          *prefix,
                                                       const char          *name);

gboolean         liaison_document_add_actor           (LiaisonDocument     *self,
                                                       LiaisonActor        *actor);
LiaisonActor    *liaison_document_lookup_actor        (LiaisonDocument     *self,
                                                       const char          *id);
LiaisonActor    *liaison_document_find_actor          (LiaisonDocument     *self,
                                                       const char          *name);
void             liaison_document_remove_actor        (LiaisonDocument     *self,
                                                       LiaisonActor        *actor);
gboolean         liaison_document_rename_actor        (LiaisonDocument     *self,
                                                       LiaisonActor        *actor,
                                                       const char          *name);
void             liaison_document_merge_actors        (LiaisonDocument     *self,
                                                       LiaisonActor        *keep,
                                                       LiaisonActor        *absorb);

gboolean         liaison_document_add_relation        (LiaisonDocument     *self,
                                                       LiaisonRelation     *relation);
LiaisonRelation *liaison_document_lookup_relation     (LiaisonDocument     *self,
                                                       const char          *id);
void             liaison_document_set_relation_ends   (LiaisonDocument     *self,
                                                       LiaisonRelation     *relation,
                                                       LiaisonActor        *source,
                                                       LiaisonActor        *target);
LiaisonRelation *liaison_document_find_relation       (LiaisonDocument     *self,
                                                       LiaisonActor        *source,
                                                       LiaisonActor        *target,
                                                       LiaisonRelationKind  kind);
void             liaison_document_remove_relation     (LiaisonDocument     *self,
                                                       LiaisonRelation     *relation);
GPtrArray       *liaison_document_dup_relations_of    (LiaisonDocument     *self,
                                                       LiaisonActor        *actor);

gboolean         liaison_document_get_position        (LiaisonDocument     *self,
                                                       const char          *actor_id,
                                                       double              *x,
                                                       double              *y,
                                                       gboolean            *pinned);
void             liaison_document_set_position        (LiaisonDocument     *self,
                                                       const char          *actor_id,
                                                       double               x,
                                                       double               y,
                                                       gboolean             pinned);
void             liaison_document_clear_positions     (LiaisonDocument     *self);

double           liaison_document_get_zoom            (LiaisonDocument     *self);
void             liaison_document_get_center          (LiaisonDocument     *self,
                                                       double              *x,
                                                       double              *y);
void             liaison_document_set_view            (LiaisonDocument     *self,
                                                       double               zoom,
                                                       double               center_x,
                                                       double               center_y);
gboolean         liaison_document_get_kind_hidden     (LiaisonDocument     *self,
                                                       LiaisonActorKind     kind);
void             liaison_document_set_kind_hidden     (LiaisonDocument     *self,
                                                       LiaisonActorKind     kind,
                                                       gboolean             hidden);

guint            liaison_document_find_mentions       (LiaisonDocument     *self,
                                                       LiaisonActor        *actor);
gboolean         liaison_document_add_document        (LiaisonDocument     *self,
                                                       LiaisonDocument     *other,
                                                       GError             **error);
void             liaison_document_dismiss_actor       (LiaisonDocument     *self,
                                                       LiaisonActor        *actor);
void             liaison_document_dismiss_relation    (LiaisonDocument     *self,
                                                       LiaisonRelation     *relation);
void             liaison_document_add_dismissed_actor (LiaisonDocument     *self,
                                                       const char          *name);
void             liaison_document_add_dismissed_relation (LiaisonDocument     *self,
                                                          const char          *source,
                                                          LiaisonRelationKind  kind,
                                                          const char          *target);
GPtrArray       *liaison_document_get_dismissed_actors (LiaisonDocument    *self);
GPtrArray       *liaison_document_get_dismissed_relations (LiaisonDocument *self);
gboolean         liaison_document_check               (LiaisonDocument     *self,
                                                       GError             **error);

G_END_DECLS
