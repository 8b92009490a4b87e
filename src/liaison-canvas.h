/* liaison-canvas.h — the map: a widget that draws a document's scene and lets one explore it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "liaison-document.h"
#include "liaison-scene.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_CANVAS (liaison_canvas_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonCanvas, liaison_canvas, LIAISON, CANVAS, GtkWidget)

GtkWidget       *liaison_canvas_new                   (void);
LiaisonDocument *liaison_canvas_get_document          (LiaisonCanvas   *self);
void             liaison_canvas_set_document          (LiaisonCanvas   *self,
                                                       LiaisonDocument *document);
LiaisonActor    *liaison_canvas_get_selected_actor    (LiaisonCanvas   *self);
void             liaison_canvas_set_selected_actor    (LiaisonCanvas   *self,
                                                       LiaisonActor    *actor);
LiaisonRelation *liaison_canvas_get_selected_relation (LiaisonCanvas   *self);
void             liaison_canvas_set_selected_relation (LiaisonCanvas   *self,
                                                       LiaisonRelation *relation);
double           liaison_canvas_get_zoom              (LiaisonCanvas   *self);
void             liaison_canvas_set_zoom              (LiaisonCanvas   *self,
                                                       double           zoom);
void             liaison_canvas_zoom_to_fit           (LiaisonCanvas   *self);
void             liaison_canvas_set_hidden_kinds      (LiaisonCanvas   *self,
                                                       guint            hidden_kinds);
void             liaison_canvas_reveal_actor          (LiaisonCanvas   *self,
                                                       LiaisonActor    *actor);
void             liaison_canvas_refresh               (LiaisonCanvas   *self);
void             liaison_canvas_lay_out_again         (LiaisonCanvas   *self);
void             liaison_canvas_hide_actor            (LiaisonCanvas   *self,
                                                       LiaisonActor    *actor);
void             liaison_canvas_set_article_filter    (LiaisonCanvas      *self,
                                                       const char * const *article_ids);
const char * const *liaison_canvas_get_article_filter (LiaisonCanvas   *self);
LiaisonScene    *liaison_canvas_get_scene             (LiaisonCanvas   *self);
const LiaisonSceneView *liaison_canvas_get_view       (LiaisonCanvas   *self);

G_END_DECLS
