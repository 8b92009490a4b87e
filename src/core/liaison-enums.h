/* liaison-enums.h — the kinds of actors and relations, and where a relation came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks of these enums ("country", "met_with", ...) are what files store: never change one. */

typedef enum
{
  LIAISON_ACTOR_KIND_COUNTRY,
  LIAISON_ACTOR_KIND_PERSON,
  LIAISON_ACTOR_KIND_ORGANIZATION,
  LIAISON_ACTOR_KIND_PROGRAMME,
  LIAISON_ACTOR_KIND_SECTOR,
  LIAISON_ACTOR_KIND_PLACE,
} LiaisonActorKind;

#define LIAISON_N_ACTOR_KINDS (LIAISON_ACTOR_KIND_PLACE + 1)

typedef enum
{
  LIAISON_RELATION_KIND_MET_WITH,
  LIAISON_RELATION_KIND_HOLDS_OFFICE,
  LIAISON_RELATION_KIND_MEMBER_OF,
  LIAISON_RELATION_KIND_REPRESENTS,
  LIAISON_RELATION_KIND_STATEMENT_ABOUT,
  LIAISON_RELATION_KIND_SUPPORTS,
  LIAISON_RELATION_KIND_PROPOSED,
  LIAISON_RELATION_KIND_PARTICIPATES_IN,
  LIAISON_RELATION_KIND_COOPERATES_WITH,
  LIAISON_RELATION_KIND_COOPERATION_IN,
  LIAISON_RELATION_KIND_PART_OF,
} LiaisonRelationKind;

#define LIAISON_N_RELATION_KINDS (LIAISON_RELATION_KIND_PART_OF + 1)

typedef enum
{
  LIAISON_ORIGIN_EXTRACTED,
  LIAISON_ORIGIN_USER,
} LiaisonOrigin;

#define LIAISON_TYPE_ACTOR_KIND    (liaison_actor_kind_get_type ())
#define LIAISON_TYPE_RELATION_KIND (liaison_relation_kind_get_type ())
#define LIAISON_TYPE_ORIGIN        (liaison_origin_get_type ())

GType        liaison_actor_kind_get_type          (void) G_GNUC_CONST;
GType        liaison_relation_kind_get_type       (void) G_GNUC_CONST;
GType        liaison_origin_get_type              (void) G_GNUC_CONST;

const char  *liaison_actor_kind_to_string         (LiaisonActorKind     kind);
gboolean     liaison_actor_kind_from_string       (const char          *nick,
                                                   LiaisonActorKind    *kind);
const char  *liaison_actor_kind_get_label         (LiaisonActorKind     kind);

const char  *liaison_relation_kind_to_string      (LiaisonRelationKind  kind);
gboolean     liaison_relation_kind_from_string    (const char          *nick,
                                                   LiaisonRelationKind *kind);
const char  *liaison_relation_kind_get_label      (LiaisonRelationKind  kind);
gboolean     liaison_relation_kind_is_symmetric   (LiaisonRelationKind  kind);

const char  *liaison_origin_to_string             (LiaisonOrigin        origin);
gboolean     liaison_origin_from_string           (const char          *nick,
                                                   LiaisonOrigin       *origin);

G_END_DECLS
