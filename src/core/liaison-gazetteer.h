/* liaison-gazetteer.h — world knowledge: countries, demonyms, organisations, places, sectors,
 * titles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "liaison-enums.h"
#include "liaison-tokens.h"

G_BEGIN_DECLS

typedef enum
{
  LIAISON_GAZETTEER_COUNTRY,
  LIAISON_GAZETTEER_DEMONYM,       /* "Kenyan", "Chinese": refers to a country */
  LIAISON_GAZETTEER_ORGANIZATION,
  LIAISON_GAZETTEER_PROGRAMME,
  LIAISON_GAZETTEER_PLACE,
  LIAISON_GAZETTEER_SECTOR,
  LIAISON_GAZETTEER_TITLE,         /* an office that introduces a person: "Foreign Minister" */
} LiaisonGazetteerClass;

/**
 * LiaisonGazetteerEntry:
 * @klass: what the phrase names
 * @name: the canonical name of the actor (for a demonym: the country's name; for a title: the
 *   canonical title)
 * @code: ISO 3166 alpha-2 code of the country a country, demonym, city or national body
 *   belongs to, or %NULL
 * @part_of: (nullable): canonical name of the entity this one is part of
 * @rank: for titles, how senior the office is (head of state 100)
 * @city: for places, a city (a capital's @part_of is its country)
 * @honorific: for titles, a form of address ("Dr.", "Mr.", "H.E.") that introduces a name but
 *   is no office
 */
typedef struct
{
  LiaisonGazetteerClass  klass;
  const char            *name;
  const char            *code;
  const char            *part_of;
  int                    rank;
  gboolean               honorific;
  gboolean               city;
} LiaisonGazetteerEntry;

typedef struct _LiaisonGazetteer LiaisonGazetteer;

LiaisonGazetteer            *liaison_gazetteer_get_default  (void);
LiaisonGazetteer            *liaison_gazetteer_new          (const char            *iso_codes_path,
                                                             GError               **error);
void                         liaison_gazetteer_free         (LiaisonGazetteer      *self);
const LiaisonGazetteerEntry *liaison_gazetteer_match        (LiaisonGazetteer      *self,
                                                             const char            *text,
                                                             const LiaisonTokens   *tokens,
                                                             guint                  position,
                                                             guint                 *n_tokens);
const LiaisonGazetteerEntry *liaison_gazetteer_lookup       (LiaisonGazetteer      *self,
                                                             const char            *phrase);
const LiaisonGazetteerEntry *liaison_gazetteer_get_country  (LiaisonGazetteer      *self,
                                                             const char            *code);
guint                        liaison_gazetteer_get_size     (LiaisonGazetteer      *self);
LiaisonActorKind             liaison_gazetteer_class_to_actor_kind (LiaisonGazetteerClass klass);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonGazetteer, liaison_gazetteer_free)

G_END_DECLS
