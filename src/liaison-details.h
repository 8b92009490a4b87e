/* liaison-details.h — who is this, and how do we know: the panel beside the map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_DETAILS (liaison_details_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonDetails, liaison_details, LIAISON, DETAILS, GtkWidget)

GtkWidget       *liaison_details_new          (void);
void             liaison_details_set_document (LiaisonDetails  *self,
                                               LiaisonDocument *document);
void             liaison_details_show_actor   (LiaisonDetails  *self,
                                               LiaisonActor    *actor);
void             liaison_details_show_relation (LiaisonDetails  *self,
                                                LiaisonRelation *relation);
void             liaison_details_clear        (LiaisonDetails  *self);

G_END_DECLS
