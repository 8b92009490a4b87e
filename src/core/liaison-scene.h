/* liaison-scene.h — what the map shows: every shape, label, arrow and colour, for any backend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "liaison-document.h"
#include "liaison-layout.h"

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} LiaisonColor;

typedef enum
{
  LIAISON_SHAPE_CIRCLE,
  LIAISON_SHAPE_HEXAGON,
  LIAISON_SHAPE_ROUNDED_SQUARE,
  LIAISON_SHAPE_DIAMOND,
  LIAISON_SHAPE_TRIANGLE,
  LIAISON_SHAPE_SQUARE,
} LiaisonShape;

/**
 * LiaisonStyle:
 * @dark: whether the colours are for a dark background
 * @background: the map's background
 * @foreground: labels and outlines
 * @halo: the outline around labels that keeps them legible over edges
 * @accent: the selection
 * @actor_colors: one colour per #LiaisonActorKind
 * @relation_colors: one colour per #LiaisonRelationKind
 * @font_family: the labels' font family
 * @font_size: the labels' size, in map units (pixels at zoom 1)
 *
 * The look of a map. The window fills it from the theme's named colours; exports and tests use
 * liaison_style_init_default().
 */
typedef struct
{
  gboolean     dark;
  LiaisonColor background;
  LiaisonColor foreground;
  LiaisonColor halo;
  LiaisonColor accent;
  LiaisonColor actor_colors[LIAISON_N_ACTOR_KINDS];
  LiaisonColor relation_colors[LIAISON_N_RELATION_KINDS];
  char         font_family[64];
  double       font_size;
} LiaisonStyle;

/**
 * LiaisonSceneNode:
 * @actor: the actor
 * @x: the centre, in map units
 * @y: the centre
 * @radius: the size of the shape
 * @shape: the shape, by kind
 * @label_x: left of the label box, in map units
 * @label_y: top of the label box
 * @label_width: width of the label box
 * @label_height: height of the label box
 * @importance: from 0 to 1, which labels stay when zoomed out
 * @degree: how many relations touch it
 * @landmark: one of the few most important nodes, whose label shows at every zoom
 * @hidden: the user hid it from the map
 * @filtered: the article filter leaves it out (see liaison_scene_filter_articles())
 */
typedef struct
{
  LiaisonActor *actor;
  double        x;
  double        y;
  double        radius;
  LiaisonShape  shape;
  double        label_x;
  double        label_y;
  double        label_width;
  double        label_height;
  double        importance;
  guint         degree;
  gboolean      landmark;
  gboolean      hidden;
  gboolean      filtered;
} LiaisonSceneNode;

/**
 * LiaisonSceneEdge:
 * @relation: the relation (the first of a bundle)
 * @source: index of the source node
 * @target: index of the target node
 * @count: how many relations of this kind between these two actors this edge stands for
 * @directed: whether it has an arrowhead at the target
 * @x0: where the curve leaves the source's shape
 * @y0: where the curve leaves the source's shape
 * @cx: the quadratic curve's control point
 * @cy: the quadratic curve's control point
 * @x1: where the curve reaches the target's shape
 * @y1: where the curve reaches the target's shape
 * @weight: how many articles the relation is found in (1 for a map of one)
 * @filtered: the article filter leaves it out
 */
typedef struct
{
  LiaisonRelation *relation;
  guint            source;
  guint            target;
  guint            count;
  gboolean         directed;
  double           x0;
  double           y0;
  double           cx;
  double           cy;
  double           x1;
  double           y1;
  guint            weight;
  gboolean         filtered;
} LiaisonSceneEdge;

/**
 * LiaisonSceneView:
 * @scale: device units per map unit
 * @offset_x: device x of map x = 0
 * @offset_y: device y of map y = 0
 * @width: the visible area's width in device units (for culling)
 * @height: the visible area's height
 * @selected_node: index of the selected node, or -1
 * @selected_edge: index of the selected edge, or -1
 * @hovered_node: index of the node under the pointer, or -1: its neighbours stand out
 * @hidden_kinds: bit i set hides actors of #LiaisonActorKind i and their edges
 * @all_labels: draw every label whatever the zoom (exports)
 * @vector_halo: outline labels with a stroke of their glyphs (exact in PDF and SVG, slow);
 *   otherwise with offset copies of the text, twenty times faster on screen
 */
typedef struct
{
  double   scale;
  double   offset_x;
  double   offset_y;
  double   width;
  double   height;
  int      selected_node;
  int      selected_edge;
  int      hovered_node;
  guint    hidden_kinds;
  gboolean all_labels;
  gboolean vector_halo;
} LiaisonSceneView;

/**
 * LiaisonLegendItem:
 * @is_actor: a kind of actor (a shape) or of relation (a line)
 * @kind: the #LiaisonActorKind or #LiaisonRelationKind
 * @label: its name, translated
 * @x: left of the swatch
 * @y: top of the item's row
 * @row: the row's height
 * @swatch: the swatch's width
 * @text_x: left of the text
 * @text_y: top of the text
 * @baseline: the text's baseline
 */
typedef struct
{
  gboolean    is_actor;
  guint       kind;
  const char *label;
  double      x;
  double      y;
  double      row;
  double      swatch;
  double      text_x;
  double      text_y;
  double      baseline;
} LiaisonLegendItem;

typedef struct _LiaisonScene LiaisonScene;

void              liaison_style_init_default     (LiaisonStyle           *style,
                                                  gboolean                dark);
LiaisonShape      liaison_shape_for_kind         (LiaisonActorKind        kind);

LiaisonScene     *liaison_scene_new              (LiaisonDocument        *document,
                                                  const LiaisonStyle     *style);
void              liaison_scene_free             (LiaisonScene           *self);
gboolean          liaison_scene_layout           (LiaisonScene           *self,
                                                  gboolean                keep_positions,
                                                  GCancellable           *cancellable);
void              liaison_scene_update           (LiaisonScene           *self);
gboolean          liaison_scene_needs_layout     (LiaisonScene           *self);
LiaisonLayoutNode *liaison_scene_prepare_layout  (LiaisonScene           *self,
                                                  gboolean                keep_positions,
                                                  guint                  *n_nodes,
                                                  LiaisonLayoutEdge     **edges,
                                                  guint                  *n_edges);
void              liaison_scene_layout_options   (LiaisonLayoutOptions   *options);
void              liaison_scene_apply_layout     (LiaisonScene           *self,
                                                  const LiaisonLayoutNode *nodes);
void              liaison_scene_set_node_hidden  (LiaisonScene           *self,
                                                  guint                   node,
                                                  gboolean                hidden);
gboolean          liaison_scene_node_is_shown    (LiaisonScene           *self,
                                                  guint                   node);
gboolean          liaison_scene_edge_is_shown    (LiaisonScene           *self,
                                                  guint                   edge);
void              liaison_scene_filter_articles  (LiaisonScene           *self,
                                                  const char * const     *article_ids);
void              liaison_scene_place_node       (LiaisonScene           *self,
                                                  guint                   node,
                                                  double                  x,
                                                  double                  y);
void              liaison_scene_move_node        (LiaisonScene           *self,
                                                  guint                   node,
                                                  double                  x,
                                                  double                  y);
guint             liaison_scene_get_n_nodes      (LiaisonScene           *self);
const LiaisonSceneNode *liaison_scene_get_node   (LiaisonScene           *self,
                                                  guint                   index);
int               liaison_scene_find_node        (LiaisonScene           *self,
                                                  LiaisonActor           *actor);
guint             liaison_scene_get_n_edges      (LiaisonScene           *self);
const LiaisonSceneEdge *liaison_scene_get_edge   (LiaisonScene           *self,
                                                  guint                   index);
int               liaison_scene_find_edge        (LiaisonScene           *self,
                                                  LiaisonRelation        *relation);
const LiaisonStyle *liaison_scene_get_style      (LiaisonScene           *self);
void              liaison_scene_set_style        (LiaisonScene           *self,
                                                  const LiaisonStyle     *style);
void              liaison_scene_get_bounds       (LiaisonScene           *self,
                                                  double                 *x0,
                                                  double                 *y0,
                                                  double                 *x1,
                                                  double                 *y1);
double            liaison_scene_edge_weight_factor (const LiaisonSceneEdge *edge);
void              liaison_scene_view_init        (LiaisonSceneView       *view);
void              liaison_scene_view_fit         (LiaisonScene           *self,
                                                  LiaisonSceneView       *view,
                                                  double                  width,
                                                  double                  height,
                                                  double                  margin);
void              liaison_scene_render           (LiaisonScene           *self,
                                                  cairo_t                *cr,
                                                  const LiaisonSceneView *view);
void              liaison_scene_render_highlight (LiaisonScene           *self,
                                                  cairo_t                *cr,
                                                  const LiaisonSceneView *view);
void              liaison_scene_render_legend    (LiaisonScene           *self,
                                                  cairo_t                *cr,
                                                  double                  x,
                                                  double                  y,
                                                  double                  max_width,
                                                  double                 *width,
                                                  double                 *height);
gboolean          liaison_scene_hit              (LiaisonScene           *self,
                                                  const LiaisonSceneView *view,
                                                  double                  device_x,
                                                  double                  device_y,
                                                  int                    *node,
                                                  int                    *edge);
gboolean          liaison_scene_is_label_visible (LiaisonScene           *self,
                                                  const LiaisonSceneView *view,
                                                  guint                   node);

void              liaison_scene_append_node_path (LiaisonScene           *self,
                                                  cairo_t                *cr,
                                                  guint                   node);
void              liaison_scene_append_edge_path (LiaisonScene           *self,
                                                  cairo_t                *cr,
                                                  const LiaisonSceneView *view,
                                                  guint                   edge,
                                                  gboolean                arrow);
PangoLayout      *liaison_scene_get_label_layout (LiaisonScene           *self,
                                                  guint                   node);
GArray           *liaison_scene_legend_layout    (LiaisonScene           *self,
                                                  double                  x,
                                                  double                  y,
                                                  double                  max_width,
                                                  double                 *width,
                                                  double                 *height);
double            liaison_scene_legend_font_size (LiaisonScene           *self);
void              liaison_scene_append_legend_swatch (LiaisonScene            *self,
                                                      cairo_t                 *cr,
                                                      const LiaisonLegendItem *item);
gboolean          liaison_relation_kind_dash     (LiaisonRelationKind     kind,
                                                  double                  dash[2]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonScene, liaison_scene_free)

G_END_DECLS
