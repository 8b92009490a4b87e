/* liaison-enums.c — the kinds of actors and relations, and where a relation came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "liaison-enums.h"

G_DEFINE_ENUM_TYPE (LiaisonActorKind, liaison_actor_kind,
  G_DEFINE_ENUM_VALUE (LIAISON_ACTOR_KIND_COUNTRY, "country"),
  G_DEFINE_ENUM_VALUE (LIAISON_ACTOR_KIND_PERSON, "person"),
  G_DEFINE_ENUM_VALUE (LIAISON_ACTOR_KIND_ORGANIZATION, "organization"),
  G_DEFINE_ENUM_VALUE (LIAISON_ACTOR_KIND_PROGRAMME, "programme"),
  G_DEFINE_ENUM_VALUE (LIAISON_ACTOR_KIND_SECTOR, "sector"),
  G_DEFINE_ENUM_VALUE (LIAISON_ACTOR_KIND_PLACE, "place"))

G_DEFINE_ENUM_TYPE (LiaisonRelationKind, liaison_relation_kind,
  G_DEFINE_ENUM_VALUE (LIAISON_RELATION_KIND_MET_WITH, "met_with"),
  G_DEFINE_ENUM_VALUE (LIAISON_RELATION_KIND_HOLDS_OFFICE, "holds_office"),
  G_DEFINE_ENUM_VALUE (LIAISON_RELATION_KIND_MEMBER_OF, "member_of"),
  G_DEFINE_ENUM_VALUE (LIAISON_RELATION_KIND_REPRESENTS, "represents"),
  G_DEFINE_ENUM_VALUE (LIAISON_RELATION_KIND_STATEMENT_ABOUT, "statement_about"),
  G_DEFINE_ENUM_VALUE (LIAISON_RELATION_KIND_SUPPORTS, "supports"),
  G_DEFINE_ENUM_VALUE (LIAISON_RELATION_KIND_PROPOSED, "proposed"),
  G_DEFINE_ENUM_VALUE (LIAISON_RELATION_KIND_PARTICIPATES_IN, "participates_in"),
  G_DEFINE_ENUM_VALUE (LIAISON_RELATION_KIND_COOPERATES_WITH, "cooperates_with"),
  G_DEFINE_ENUM_VALUE (LIAISON_RELATION_KIND_COOPERATION_IN, "cooperation_in"),
  G_DEFINE_ENUM_VALUE (LIAISON_RELATION_KIND_PART_OF, "part_of"))

G_DEFINE_ENUM_TYPE (LiaisonOrigin, liaison_origin,
  G_DEFINE_ENUM_VALUE (LIAISON_ORIGIN_EXTRACTED, "extracted"),
  G_DEFINE_ENUM_VALUE (LIAISON_ORIGIN_USER, "user"))

static const char *
enum_to_nick (GType type,
              int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  g_type_class_unref (klass);  /* static types: the class stays alive */

  return ev ? ev->value_nick : NULL;
}

static gboolean
enum_from_nick (GType       type,
                const char *nick,
                int        *value)
{
  GEnumClass *klass;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (type);
  ev = g_enum_get_value_by_nick (klass, nick);
  g_type_class_unref (klass);

  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

/**
 * liaison_actor_kind_to_string:
 * @kind: a #LiaisonActorKind
 *
 * Returns: the stable name used in files, e.g. "country"
 */
const char *
liaison_actor_kind_to_string (LiaisonActorKind kind)
{
  return enum_to_nick (LIAISON_TYPE_ACTOR_KIND, kind);
}

gboolean
liaison_actor_kind_from_string (const char       *nick,
                                LiaisonActorKind *kind)
{
  int value;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (!enum_from_nick (LIAISON_TYPE_ACTOR_KIND, nick, &value))
    return FALSE;

  *kind = (LiaisonActorKind) value;
  return TRUE;
}

/**
 * liaison_actor_kind_get_label:
 * @kind: a #LiaisonActorKind
 *
 * Returns: the kind's name for people, translated
 */
const char *
liaison_actor_kind_get_label (LiaisonActorKind kind)
{
  switch (kind)
    {
    case LIAISON_ACTOR_KIND_COUNTRY:
      return C_("actor kind", "Country");
    case LIAISON_ACTOR_KIND_PERSON:
      return C_("actor kind", "Person");
    case LIAISON_ACTOR_KIND_ORGANIZATION:
      return C_("actor kind", "Organization");
    case LIAISON_ACTOR_KIND_PROGRAMME:
      return C_("actor kind", "Programme");
    case LIAISON_ACTOR_KIND_SECTOR:
      return C_("actor kind", "Sector");
    case LIAISON_ACTOR_KIND_PLACE:
      return C_("actor kind", "Place");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
liaison_relation_kind_to_string (LiaisonRelationKind kind)
{
  return enum_to_nick (LIAISON_TYPE_RELATION_KIND, kind);
}

gboolean
liaison_relation_kind_from_string (const char          *nick,
                                   LiaisonRelationKind *kind)
{
  int value;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (!enum_from_nick (LIAISON_TYPE_RELATION_KIND, nick, &value))
    return FALSE;

  *kind = (LiaisonRelationKind) value;
  return TRUE;
}

/**
 * liaison_relation_kind_get_label:
 * @kind: a #LiaisonRelationKind
 *
 * Returns: the relation in plain words, to read between the source and the target:
 *   "Kenya" + "cooperation in" + "railway"; translated
 */
const char *
liaison_relation_kind_get_label (LiaisonRelationKind kind)
{
  switch (kind)
    {
    case LIAISON_RELATION_KIND_MET_WITH:
      return C_("relation kind", "met with");
    case LIAISON_RELATION_KIND_HOLDS_OFFICE:
      return C_("relation kind", "holds office in");
    case LIAISON_RELATION_KIND_MEMBER_OF:
      return C_("relation kind", "member of");
    case LIAISON_RELATION_KIND_REPRESENTS:
      return C_("relation kind", "represents");
    case LIAISON_RELATION_KIND_STATEMENT_ABOUT:
      return C_("relation kind", "made a statement about");
    case LIAISON_RELATION_KIND_SUPPORTS:
      return C_("relation kind", "supports");
    case LIAISON_RELATION_KIND_PROPOSED:
      return C_("relation kind", "proposed");
    case LIAISON_RELATION_KIND_PARTICIPATES_IN:
      return C_("relation kind", "participates in");
    case LIAISON_RELATION_KIND_COOPERATES_WITH:
      return C_("relation kind", "cooperates with");
    case LIAISON_RELATION_KIND_COOPERATION_IN:
      return C_("relation kind", "cooperation in");
    case LIAISON_RELATION_KIND_PART_OF:
      return C_("relation kind", "part of");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * liaison_relation_kind_is_symmetric:
 * @kind: a #LiaisonRelationKind
 *
 * Returns: %TRUE when "A kind B" says the same as "B kind A" (met with, cooperates with); such
 *   relations are drawn without arrowheads and matched in either direction
 */
gboolean
liaison_relation_kind_is_symmetric (LiaisonRelationKind kind)
{
  return kind == LIAISON_RELATION_KIND_MET_WITH ||
         kind == LIAISON_RELATION_KIND_COOPERATES_WITH;
}

const char *
liaison_origin_to_string (LiaisonOrigin origin)
{
  return enum_to_nick (LIAISON_TYPE_ORIGIN, origin);
}

gboolean
liaison_origin_from_string (const char    *nick,
                            LiaisonOrigin *origin)
{
  int value;

  g_return_val_if_fail (origin != NULL, FALSE);

  if (!enum_from_nick (LIAISON_TYPE_ORIGIN, nick, &value))
    return FALSE;

  *origin = (LiaisonOrigin) value;
  return TRUE;
}
