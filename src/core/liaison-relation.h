/* liaison-relation.h — a typed, sourced link between two actors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liaison-actor.h"
#include "liaison-enums.h"
#include "liaison-span.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_RELATION (liaison_relation_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonRelation, liaison_relation, LIAISON, RELATION, GObject)

LiaisonRelation     *liaison_relation_new             (const char          *id,
                                                       LiaisonActor        *source,
                                                       LiaisonActor        *target,
                                                       LiaisonRelationKind  kind);
const char          *liaison_relation_get_id          (LiaisonRelation     *self);
LiaisonActor        *liaison_relation_get_source      (LiaisonRelation     *self);
void                 liaison_relation_set_source      (LiaisonRelation     *self,
                                                       LiaisonActor        *source);
LiaisonActor        *liaison_relation_get_target      (LiaisonRelation     *self);
void                 liaison_relation_set_target      (LiaisonRelation     *self,
                                                       LiaisonActor        *target);
LiaisonRelationKind  liaison_relation_get_kind        (LiaisonRelation     *self);
void                 liaison_relation_set_kind        (LiaisonRelation     *self,
                                                       LiaisonRelationKind  kind);
const char          *liaison_relation_get_label       (LiaisonRelation     *self);
void                 liaison_relation_set_label       (LiaisonRelation     *self,
                                                       const char          *label);
double               liaison_relation_get_confidence  (LiaisonRelation     *self);
void                 liaison_relation_set_confidence  (LiaisonRelation     *self,
                                                       double               confidence);
LiaisonOrigin        liaison_relation_get_origin      (LiaisonRelation     *self);
void                 liaison_relation_set_origin      (LiaisonRelation     *self,
                                                       LiaisonOrigin        origin);
guint                liaison_relation_get_n_evidence  (LiaisonRelation     *self);
const LiaisonSpan   *liaison_relation_get_evidence    (LiaisonRelation     *self,
                                                       guint                position);
gboolean             liaison_relation_add_evidence    (LiaisonRelation     *self,
                                                       const LiaisonSpan   *evidence);
guint                liaison_relation_get_n_articles  (LiaisonRelation     *self);
gboolean             liaison_relation_is_symmetric    (LiaisonRelation     *self);
gboolean             liaison_relation_connects        (LiaisonRelation     *self,
                                                       LiaisonActor        *source,
                                                       LiaisonActor        *target,
                                                       LiaisonRelationKind  kind);
LiaisonActor        *liaison_relation_get_other       (LiaisonRelation     *self,
                                                       LiaisonActor        *actor);

G_END_DECLS
