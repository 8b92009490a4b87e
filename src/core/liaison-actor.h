/* liaison-actor.h — a country, person, organisation, programme, sector or place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "liaison-enums.h"
#include "liaison-span.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_ACTOR (liaison_actor_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonActor, liaison_actor, LIAISON, ACTOR, GObject)

LiaisonActor       *liaison_actor_new             (const char        *id,
                                                   const char        *name,
                                                   LiaisonActorKind   kind);
const char         *liaison_actor_get_id          (LiaisonActor      *self);
const char         *liaison_actor_get_name        (LiaisonActor      *self);
const char         *liaison_actor_get_display_name (LiaisonActor     *self);
void                liaison_actor_set_name        (LiaisonActor      *self,
                                                   const char        *name);
LiaisonActorKind    liaison_actor_get_kind        (LiaisonActor      *self);
void                liaison_actor_set_kind        (LiaisonActor      *self,
                                                   LiaisonActorKind   kind);
const char         *liaison_actor_get_role        (LiaisonActor      *self);
void                liaison_actor_set_role        (LiaisonActor      *self,
                                                   const char        *role);
const char         *liaison_actor_get_notes       (LiaisonActor      *self);
void                liaison_actor_set_notes       (LiaisonActor      *self,
                                                   const char        *notes);
const char * const *liaison_actor_get_aliases     (LiaisonActor      *self);
gboolean            liaison_actor_add_alias       (LiaisonActor      *self,
                                                   const char        *alias);
gboolean            liaison_actor_remove_alias    (LiaisonActor      *self,
                                                   const char        *alias);
gboolean            liaison_actor_has_name        (LiaisonActor      *self,
                                                   const char        *name);
guint               liaison_actor_get_n_mentions  (LiaisonActor      *self);
const LiaisonSpan  *liaison_actor_get_mention     (LiaisonActor      *self,
                                                   guint              position);
gboolean            liaison_actor_add_mention     (LiaisonActor      *self,
                                                   const LiaisonSpan *mention);

guint               liaison_actor_get_n_quotes    (LiaisonActor      *self);
const LiaisonSpan  *liaison_actor_get_quote       (LiaisonActor      *self,
                                                   guint              position);
gboolean            liaison_actor_add_quote       (LiaisonActor      *self,
                                                   const LiaisonSpan *quote);
LiaisonOrigin       liaison_actor_get_origin      (LiaisonActor      *self);
void                liaison_actor_set_origin      (LiaisonActor      *self,
                                                   LiaisonOrigin      origin);
char               *liaison_name_key              (const char        *name);

G_END_DECLS
