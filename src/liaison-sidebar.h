/* liaison-sidebar.h — the document's actors as a searchable list, and which kinds the map shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_SIDEBAR (liaison_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonSidebar, liaison_sidebar, LIAISON, SIDEBAR, GtkWidget)

GtkWidget  *liaison_sidebar_new              (void);
void        liaison_sidebar_set_document     (LiaisonSidebar  *self,
                                              LiaisonDocument *document);
void        liaison_sidebar_select_actor     (LiaisonSidebar  *self,
                                              LiaisonActor    *actor);
void        liaison_sidebar_focus_search     (LiaisonSidebar  *self);
guint       liaison_sidebar_get_hidden_kinds (LiaisonSidebar  *self);
GtkWidget  *liaison_sidebar_get_search_entry (LiaisonSidebar  *self);
GListModel *liaison_sidebar_get_model        (LiaisonSidebar  *self);

G_END_DECLS
