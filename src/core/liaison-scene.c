/* liaison-scene.c — what the map shows: every shape, label, arrow and colour, for any backend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-scene"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "liaison-layout.h"
#include "liaison-scene.h"

/* One module decides what a map looks like — node shapes and sizes, label places, edge
 * curves, arrowheads, colours, what is left out when zoomed out — and draws it on any cairo
 * surface: the window's canvas, PNG and PDF exports. The scene is in map units; a view maps
 * them to the device. Labels are Pango layouts made once and reused in every frame. */

#define LABEL_GAP          3.0    /* between a shape and its label, map units */
#define PARALLEL_SPACING   22.0   /* between two curves joining the same two actors */
#define EDGE_WIDTH_PX      1.4    /* edges keep this width on screen whatever the zoom */
#define HIT_SLOP_PX        5.0

struct _LiaisonScene
{
  LiaisonDocument *document;
  LiaisonStyle     style;
  GArray          *nodes;      /* LiaisonSceneNode */
  GArray          *edges;      /* LiaisonSceneEdge */
  GArray          *offsets;    /* double: each edge's sideways offset from the straight line */
  GPtrArray       *labels;     /* PangoLayout, one per node */
  GHashTable      *node_of;    /* LiaisonActor -> index + 1 */
  GHashTable      *edge_of;    /* LiaisonRelation -> index + 1 */
  PangoContext    *pango;
};

/* Style ------------------------------------------------------------------------------------- */

static LiaisonColor
rgb (guint32 hex)
{
  LiaisonColor c = { ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0, (hex & 0xff) / 255.0, 1 };

  return c;
}

/**
 * liaison_style_init_default:
 * @style: the style to fill
 * @dark: for a dark background
 *
 * The GNOME palette, as libadwaita's named colours give it, light or dark.
 */
void
liaison_style_init_default (LiaisonStyle *style,
                            gboolean      dark)
{
  /* Country, person, organisation, programme, sector, place: blue, orange, purple, green,
   * brown, slate; in dark mode the lighter shades of the same hues. */
  static const guint32 actors_light[LIAISON_N_ACTOR_KINDS] = {
    0x1c71d8, 0xe66100, 0x813d9c, 0x26a269, 0x986a44, 0x5e5c64 };
  static const guint32 actors_dark[LIAISON_N_ACTOR_KINDS] = {
    0x62a0ea, 0xffa348, 0xc061cb, 0x57e389, 0xcdab8f, 0x9a9996 };
  static const guint32 relations_light[LIAISON_N_RELATION_KINDS] = {
    0x1a5fb4, 0x613583, 0x813d9c, 0x9141ac, 0x77767b, 0x26a269, 0x2ec27e,
    0x33a16a, 0xc64600, 0xe5a50a, 0x5e5c64 };
  static const guint32 relations_dark[LIAISON_N_RELATION_KINDS] = {
    0x99c1f1, 0xc061cb, 0xdc8add, 0xdc8add, 0x9a9996, 0x8ff0a4, 0x57e389,
    0x57e389, 0xffa348, 0xf8e45c, 0xc0bfbc };

  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->dark = dark;
  style->background = rgb (dark ? 0x242424 : 0xfafafa);
  style->foreground = rgb (dark ? 0xffffff : 0x241f31);
  style->halo = style->background;
  style->accent = rgb (dark ? 0x78aeed : 0x1c71d8);
  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
    style->actor_colors[k] = rgb (dark ? actors_dark[k] : actors_light[k]);
  for (guint k = 0; k < LIAISON_N_RELATION_KINDS; k++)
    style->relation_colors[k] = rgb (dark ? relations_dark[k] : relations_light[k]);
  g_strlcpy (style->font_family, "Cantarell", sizeof style->font_family);
  style->font_size = 14;
}

/**
 * liaison_shape_for_kind:
 * @kind: an actor kind
 *
 * Returns: the shape of its nodes
 */
LiaisonShape
liaison_shape_for_kind (LiaisonActorKind kind)
{
  switch (kind)
    {
    case LIAISON_ACTOR_KIND_COUNTRY:      return LIAISON_SHAPE_HEXAGON;
    case LIAISON_ACTOR_KIND_PERSON:       return LIAISON_SHAPE_CIRCLE;
    case LIAISON_ACTOR_KIND_ORGANIZATION: return LIAISON_SHAPE_ROUNDED_SQUARE;
    case LIAISON_ACTOR_KIND_PROGRAMME:    return LIAISON_SHAPE_DIAMOND;
    case LIAISON_ACTOR_KIND_SECTOR:       return LIAISON_SHAPE_TRIANGLE;
    case LIAISON_ACTOR_KIND_PLACE:
    default:                              return LIAISON_SHAPE_SQUARE;
    }
}

static void
set_source (cairo_t            *cr,
            const LiaisonColor *color,
            double              alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Building ---------------------------------------------------------------------------------- */

static PangoLayout *
make_label (LiaisonScene *self,
            const char   *text,
            double        size)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, self->style.font_family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_font_description_free (font);

  return layout;
}

static void
measure_labels (LiaisonScene *self)
{
  g_ptr_array_set_size (self->labels, 0);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, i);
      PangoLayout *layout = make_label (self, liaison_actor_get_display_name (node->actor),
                                        self->style.font_size * (0.9 + 0.3 * node->importance));
      PangoRectangle logical;

      pango_layout_get_extents (layout, NULL, &logical);
      node->label_width = (double) logical.width / PANGO_SCALE;
      node->label_height = (double) logical.height / PANGO_SCALE;
      g_ptr_array_add (self->labels, layout);
    }
}

static void
build (LiaisonScene *self)
{
  GListModel *actors = liaison_document_get_actors (self->document);
  GListModel *relations = liaison_document_get_relations (self->document);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  guint n_actors = g_list_model_get_n_items (actors);
  double max_weight = 1;

  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);
      LiaisonSceneNode node = { 0 };

      node.actor = actor;
      node.shape = liaison_shape_for_kind (liaison_actor_get_kind (actor));
      g_array_append_val (self->nodes, node);
      g_hash_table_insert (self->node_of, actor, GUINT_TO_POINTER (i + 1));
    }

  /* One edge per kind and direction between two actors; the curves of one pair fan out. */
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(LiaisonRelation) relation = g_list_model_get_item (relations, i);
      guint s = GPOINTER_TO_UINT (g_hash_table_lookup (self->node_of, liaison_relation_get_source (relation)));
      guint t = GPOINTER_TO_UINT (g_hash_table_lookup (self->node_of, liaison_relation_get_target (relation)));
      LiaisonRelationKind kind = liaison_relation_get_kind (relation);
      gboolean directed = !liaison_relation_kind_is_symmetric (kind);
      g_autofree char *key = NULL;
      gpointer found;

      if (s == 0 || t == 0 || s == t)
        continue;
      s--;
      t--;
      if (!directed && s > t)
        {
          guint tmp = s;

          s = t;
          t = tmp;
        }

      key = g_strdup_printf ("%u %u %d", s, t, kind);
      if ((found = g_hash_table_lookup (groups, key)) != NULL)
        {
          LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, GPOINTER_TO_UINT (found) - 1);

          edge->count++;
          edge->weight = MAX (edge->weight, MAX (liaison_relation_get_n_articles (relation), 1));
        }
      else
        {
          LiaisonSceneEdge edge = { relation, s, t, 1, directed, 0, 0, 0, 0, 0, 0,
                                    MAX (liaison_relation_get_n_articles (relation), 1) };

          g_array_append_val (self->edges, edge);
          g_hash_table_insert (groups, g_steal_pointer (&key), GUINT_TO_POINTER (self->edges->len));
          g_array_index (self->nodes, LiaisonSceneNode, s).degree++;
          g_array_index (self->nodes, LiaisonSceneNode, t).degree++;
        }
      g_hash_table_insert (self->edge_of, relation, GUINT_TO_POINTER (self->edges->len));
    }

  /* The k-th of m curves between two nodes bends (k - (m - 1) / 2) spacings to its left. */
  g_array_set_size (self->offsets, self->edges->len);
  {
    g_autofree guint *seen = g_new0 (guint, self->edges->len);

    for (guint e = 0; e < self->edges->len; e++)
      {
        LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);
        gint64 key = (gint64) MIN (edge->source, edge->target) * G_MAXUINT32 + MAX (edge->source, edge->target);
        guint *count = g_hash_table_lookup (pairs, &key);

        if (count == NULL)
          {
            count = g_new0 (guint, 1);
            g_hash_table_insert (pairs, g_memdup2 (&key, sizeof key), count);
          }
        seen[e] = (*count)++;
      }
    for (guint e = 0; e < self->edges->len; e++)
      {
        LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);
        gint64 key = (gint64) MIN (edge->source, edge->target) * G_MAXUINT32 + MAX (edge->source, edge->target);
        guint m = *(guint *) g_hash_table_lookup (pairs, &key);
        double offset = (seen[e] - (m - 1) / 2.0) * PARALLEL_SPACING;

        /* Offsets are to the left of source -> target: flip those drawn the other way. */
        if (edge->source > edge->target)
          offset = -offset;
        g_array_index (self->offsets, double, e) = offset;
      }
  }

  /* Importance: relations count most, mentions a little. */
  for (guint i = 0; i < self->nodes->len; i++)
    {
      LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, i);
      double weight = node->degree + 0.2 * liaison_actor_get_n_mentions (node->actor);

      max_weight = MAX (max_weight, weight);
    }
  for (guint i = 0; i < self->nodes->len; i++)
    {
      LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, i);
      double weight = node->degree + 0.2 * liaison_actor_get_n_mentions (node->actor);

      node->importance = sqrt (weight / max_weight);
      node->radius = 9 + 13 * node->importance;
      if (node->shape == LIAISON_SHAPE_TRIANGLE || node->shape == LIAISON_SHAPE_DIAMOND)
        node->radius *= 1.1;
    }

  /* Landmarks: the dozen most important nodes keep their labels when zoomed out. */
  {
    g_autofree guint *order = g_new (guint, self->nodes->len + 1);
    guint n = self->nodes->len;

    for (guint i = 0; i < n; i++)
      order[i] = i;
    for (guint i = 0; i < MIN (n, 12); i++)
      {
        guint best = i;

        for (guint j = i + 1; j < n; j++)
          if (g_array_index (self->nodes, LiaisonSceneNode, order[j]).importance >
              g_array_index (self->nodes, LiaisonSceneNode, order[best]).importance)
            best = j;
        if (best != i)
          {
            guint tmp = order[i];

            order[i] = order[best];
            order[best] = tmp;
          }
        g_array_index (self->nodes, LiaisonSceneNode, order[i]).landmark = TRUE;
      }
  }

  measure_labels (self);
}

/**
 * liaison_scene_new:
 * @document: the document to show
 * @style: (nullable): its look, or %NULL for the light default
 *
 * Builds the scene of @document's actors and relations at the positions the document holds.
 * Call liaison_scene_layout() to place actors that have none.
 *
 * Returns: (transfer full): the scene
 */
LiaisonScene *
liaison_scene_new (LiaisonDocument    *document,
                   const LiaisonStyle *style)
{
  LiaisonScene *self;
  PangoFontMap *font_map;
  cairo_font_options_t *options;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);

  self = g_new0 (LiaisonScene, 1);
  self->document = g_object_ref (document);
  if (style != NULL)
    self->style = *style;
  else
    liaison_style_init_default (&self->style, FALSE);
  self->nodes = g_array_new (FALSE, FALSE, sizeof (LiaisonSceneNode));
  self->edges = g_array_new (FALSE, FALSE, sizeof (LiaisonSceneEdge));
  self->offsets = g_array_new (FALSE, FALSE, sizeof (double));
  self->labels = g_ptr_array_new_with_free_func (g_object_unref);
  self->node_of = g_hash_table_new (NULL, NULL);
  self->edge_of = g_hash_table_new (NULL, NULL);

  /* Unhinted metrics: a label is the same shape at every zoom and on every backend. */
  font_map = pango_cairo_font_map_get_default ();
  self->pango = pango_font_map_create_context (font_map);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, options);
  cairo_font_options_destroy (options);

  build (self);
  liaison_scene_update (self);

  return self;
}

void
liaison_scene_free (LiaisonScene *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->document);
  g_clear_object (&self->pango);
  g_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_array_unref (self->offsets);
  g_ptr_array_unref (self->labels);
  g_hash_table_unref (self->node_of);
  g_hash_table_unref (self->edge_of);
  g_free (self);
}

/* Geometry ---------------------------------------------------------------------------------- */

/* The quadratic curve of edge @e at parameter @t. */
static void
curve_point (const LiaisonSceneEdge *edge,
             double                  t,
             double                 *x,
             double                 *y)
{
  double u = 1 - t;

  *x = u * u * edge->x0 + 2 * u * t * edge->cx + t * t * edge->x1;
  *y = u * u * edge->y0 + 2 * u * t * edge->cy + t * t * edge->y1;
}

static void
update_edge (LiaisonScene *self,
             guint         e)
{
  LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);
  const LiaisonSceneNode *a = &g_array_index (self->nodes, LiaisonSceneNode, edge->source);
  const LiaisonSceneNode *b = &g_array_index (self->nodes, LiaisonSceneNode, edge->target);
  double offset = g_array_index (self->offsets, double, e);
  double dx = b->x - a->x, dy = b->y - a->y, d = hypot (dx, dy), ax, ay, bx, by, la, lb;

  if (d < 1e-6)
    d = 1e-6;
  /* The control point, beside the middle of the straight line. */
  edge->cx = (a->x + b->x) / 2 - dy / d * offset * 2;
  edge->cy = (a->y + b->y) / 2 + dx / d * offset * 2;

  /* Trimmed where the curve meets each shape (its tangent there points at the control point). */
  ax = edge->cx - a->x;
  ay = edge->cy - a->y;
  la = MAX (hypot (ax, ay), 1e-6);
  bx = edge->cx - b->x;
  by = edge->cy - b->y;
  lb = MAX (hypot (bx, by), 1e-6);
  edge->x0 = a->x + ax / la * (a->radius + 1);
  edge->y0 = a->y + ay / la * (a->radius + 1);
  edge->x1 = b->x + bx / lb * (b->radius + 2);
  edge->y1 = b->y + by / lb * (b->radius + 2);
}

static gboolean
segments_cross (double ax, double ay, double bx, double by,
                double cx, double cy, double dx, double dy)
{
  double d1 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  double d2 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  double d3 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  double d4 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);

  return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0));
}

/* Whether edge @e passes through the box: a few straight pieces of its curve against the box's
 * sides and inside. */
static gboolean
edge_crosses_box (const LiaisonSceneEdge *edge,
                  double                  x0,
                  double                  y0,
                  double                  x1,
                  double                  y1)
{
  double px, py;

  curve_point (edge, 0, &px, &py);
  for (int i = 1; i <= 6; i++)
    {
      double qx, qy;

      curve_point (edge, i / 6.0, &qx, &qy);
      if ((qx >= x0 && qx <= x1 && qy >= y0 && qy <= y1) ||
          segments_cross (px, py, qx, qy, x0, y0, x1, y0) ||
          segments_cross (px, py, qx, qy, x1, y0, x1, y1) ||
          segments_cross (px, py, qx, qy, x1, y1, x0, y1) ||
          segments_cross (px, py, qx, qy, x0, y1, x0, y0))
        return TRUE;
      px = qx;
      py = qy;
    }
  return FALSE;
}

static gboolean
boxes_intersect (double ax0, double ay0, double ax1, double ay1,
                 double bx0, double by0, double bx1, double by1)
{
  return ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1;
}

/* Puts each label where it covers no edge and no other node or label: below its node if it
 * can, else above, right or left. Important nodes choose first. */
static void
place_labels (LiaisonScene *self)
{
  guint n = self->nodes->len;
  g_autofree guint *order = g_new (guint, n);
  g_autofree gboolean *placed = g_new0 (gboolean, n);
  gboolean thorough = n <= 600 && self->edges->len <= 3000;

  for (guint i = 0; i < n; i++)
    order[i] = i;
  /* Insertion order by importance, stable: ties keep document order. */
  for (guint i = 1; i < n; i++)
    {
      guint v = order[i], j = i;
      double w = g_array_index (self->nodes, LiaisonSceneNode, v).importance;

      while (j > 0 && g_array_index (self->nodes, LiaisonSceneNode, order[j - 1]).importance < w)
        {
          order[j] = order[j - 1];
          j--;
        }
      order[j] = v;
    }

  for (guint i = 0; i < n; i++)
    {
      LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, order[i]);
      double w = node->label_width, h = node->label_height, r = node->radius;
      double candidates[4][2] = {
        { node->x - w / 2, node->y + r + LABEL_GAP },
        { node->x - w / 2, node->y - r - LABEL_GAP - h },
        { node->x + r + LABEL_GAP, node->y - h / 2 },
        { node->x - r - LABEL_GAP - w, node->y - h / 2 },
      };
      guint best = 0, best_cost = thorough ? G_MAXUINT : 0;

      for (guint c = 0; c < 4 && best_cost > 0; c++)
        {
          double x0 = candidates[c][0], y0 = candidates[c][1], x1 = x0 + w, y1 = y0 + h;
          guint cost = c;   /* below first, then above, right, left */

          for (guint e = 0; e < self->edges->len; e++)
            {
              const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);

              if (edge->source != order[i] && edge->target != order[i] &&
                  edge_crosses_box (edge, x0, y0, x1, y1))
                cost += 10;
            }
          for (guint u = 0; u < n; u++)
            {
              const LiaisonSceneNode *other = &g_array_index (self->nodes, LiaisonSceneNode, u);

              if (u == order[i])
                continue;
              if (boxes_intersect (x0, y0, x1, y1, other->x - other->radius, other->y - other->radius,
                                   other->x + other->radius, other->y + other->radius))
                cost += 1000;
              if (placed[u] &&
                  boxes_intersect (x0, y0, x1, y1, other->label_x, other->label_y,
                                   other->label_x + other->label_width,
                                   other->label_y + other->label_height))
                cost += 1000;
            }
          if (cost < best_cost)
            {
              best_cost = cost;
              best = c;
            }
        }

      node->label_x = candidates[best][0];
      node->label_y = candidates[best][1];
      placed[order[i]] = TRUE;
    }
}

/**
 * liaison_scene_update:
 * @self: a scene
 *
 * Reads the positions from the document again and recomputes curves and label places.
 */
void
liaison_scene_update (LiaisonScene *self)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, i);
      double x = 0, y = 0;

      if (liaison_document_get_position (self->document, liaison_actor_get_id (node->actor), &x, &y, NULL))
        {
          node->x = x;
          node->y = y;
        }
    }
  for (guint e = 0; e < self->edges->len; e++)
    update_edge (self, e);
  place_labels (self);
}

/**
 * liaison_scene_move_node:
 * @self: a scene
 * @node: a node index
 * @x: its new centre
 * @y: its new centre
 *
 * Moves a node (the user drags it), with its edges and label, and pins it in the document.
 */
void
liaison_scene_move_node (LiaisonScene *self,
                         guint         node,
                         double        x,
                         double        y)
{
  LiaisonSceneNode *n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (node < self->nodes->len);

  n = &g_array_index (self->nodes, LiaisonSceneNode, node);
  liaison_document_set_position (self->document, liaison_actor_get_id (n->actor), x, y, TRUE);
  liaison_scene_place_node (self, node, x, y);
}

/**
 * liaison_scene_prepare_layout:
 * @self: a scene
 * @keep_positions: start from the document's positions, or lay everything out anew (pinned
 *   actors still stay)
 * @n_nodes: (out): how many nodes
 * @edges: (out) (transfer full) (array length=n_edges): the edges
 * @n_edges: (out): how many edges
 *
 * The layout problem of this scene, to solve with liaison_layout_run() (in a worker thread if
 * it is big) and hand back to liaison_scene_apply_layout().
 *
 * Returns: (transfer full) (array length=n_nodes): the nodes
 */
LiaisonLayoutNode *
liaison_scene_prepare_layout (LiaisonScene       *self,
                              gboolean            keep_positions,
                              guint              *n_nodes,
                              LiaisonLayoutEdge **edges,
                              guint              *n_edges)
{
  LiaisonLayoutNode *nodes;

  g_return_val_if_fail (self != NULL, NULL);

  nodes = g_new0 (LiaisonLayoutNode, self->nodes->len + 1);
  *edges = g_new0 (LiaisonLayoutEdge, self->edges->len + 1);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, i);
      double half = MAX (node->radius, node->label_width / 2);
      gboolean pinned = FALSE;
      double x, y;

      if (liaison_document_get_position (self->document, liaison_actor_get_id (node->actor), &x, &y, &pinned))
        {
          nodes[i].placed = keep_positions || pinned;
          nodes[i].pinned = pinned;
          nodes[i].x = x;
          nodes[i].y = y;
        }
      /* The node and its label below it: what must not overlap. */
      nodes[i].box_x = -half;
      nodes[i].box_y = -node->radius;
      nodes[i].box_width = 2 * half;
      nodes[i].box_height = 2 * node->radius + LABEL_GAP + node->label_height;
    }
  for (guint e = 0; e < self->edges->len; e++)
    {
      (*edges)[e].source = g_array_index (self->edges, LiaisonSceneEdge, e).source;
      (*edges)[e].target = g_array_index (self->edges, LiaisonSceneEdge, e).target;
    }

  *n_nodes = self->nodes->len;
  *n_edges = self->edges->len;
  return nodes;
}

/**
 * liaison_scene_layout_options:
 * @options: (out): the layout options that suit scenes
 */
void
liaison_scene_layout_options (LiaisonLayoutOptions *options)
{
  liaison_layout_options_init (options);
  options->edge_length = 150;
  options->gap = 14;
}

/**
 * liaison_scene_apply_layout:
 * @self: a scene
 * @nodes: (array): what liaison_scene_prepare_layout() gave, laid out
 *
 * Writes the positions to the document and updates the scene.
 */
void
liaison_scene_apply_layout (LiaisonScene            *self,
                            const LiaisonLayoutNode *nodes)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, i);

      liaison_document_set_position (self->document, liaison_actor_get_id (node->actor),
                                     nodes[i].x, nodes[i].y, nodes[i].pinned);
    }
  liaison_scene_update (self);
}

/**
 * liaison_scene_needs_layout:
 * @self: a scene
 *
 * Returns: whether some actor has no position yet
 */
gboolean
liaison_scene_needs_layout (LiaisonScene *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, i);

      if (!liaison_document_get_position (self->document, liaison_actor_get_id (node->actor), NULL, NULL, NULL))
        return TRUE;
    }
  return FALSE;
}

/**
 * liaison_scene_layout:
 * @self: a scene
 * @keep_positions: start from the document's positions (only new actors are placed), or lay
 *   everything out anew (pinned actors still stay)
 * @cancellable: (nullable): a #GCancellable
 *
 * Places the actors, here and now, writes their positions to the document and updates the
 * scene.
 *
 * Returns: %TRUE, or %FALSE if cancelled
 */
gboolean
liaison_scene_layout (LiaisonScene *self,
                      gboolean      keep_positions,
                      GCancellable *cancellable)
{
  g_autofree LiaisonLayoutNode *nodes = NULL;
  g_autofree LiaisonLayoutEdge *edges = NULL;
  LiaisonLayoutOptions options;
  guint n_nodes, n_edges;

  g_return_val_if_fail (self != NULL, FALSE);

  nodes = liaison_scene_prepare_layout (self, keep_positions, &n_nodes, &edges, &n_edges);
  liaison_scene_layout_options (&options);
  if (!liaison_layout_run (nodes, n_nodes, edges, n_edges, &options, cancellable, NULL, NULL))
    return FALSE;
  liaison_scene_apply_layout (self, nodes);
  return TRUE;
}

/**
 * liaison_scene_set_node_hidden:
 * @self: a scene
 * @node: a node index
 * @hidden: whether the user hid it: neither it nor its edges are drawn or hit
 */
void
liaison_scene_set_node_hidden (LiaisonScene *self,
                               guint         node,
                               gboolean      hidden)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (node < self->nodes->len);

  g_array_index (self->nodes, LiaisonSceneNode, node).hidden = hidden;
}

/**
 * liaison_scene_node_is_shown:
 * @self: a scene
 * @node: a node's index
 *
 * Returns: whether the node is drawn: neither hidden by the user nor left out by the article
 *   filter (hidden kinds are the view's, not the scene's)
 */
gboolean
liaison_scene_node_is_shown (LiaisonScene *self,
                             guint         node)
{
  const LiaisonSceneNode *n;

  g_return_val_if_fail (self != NULL && node < self->nodes->len, FALSE);

  n = &g_array_index (self->nodes, LiaisonSceneNode, node);
  return !n->hidden && !n->filtered;
}

/**
 * liaison_scene_edge_is_shown:
 * @self: a scene
 * @edge: an edge's index
 *
 * Returns: whether the edge is drawn: both ends are, and the article filter keeps it
 */
gboolean
liaison_scene_edge_is_shown (LiaisonScene *self,
                             guint         edge)
{
  const LiaisonSceneEdge *e;

  g_return_val_if_fail (self != NULL && edge < self->edges->len, FALSE);

  e = &g_array_index (self->edges, LiaisonSceneEdge, edge);
  return !e->filtered && liaison_scene_node_is_shown (self, e->source) &&
         liaison_scene_node_is_shown (self, e->target);
}

static gboolean
span_in_articles (const LiaisonSpan  *span,
                  const char * const *article_ids)
{
  return span->article_id != NULL && g_strv_contains (article_ids, span->article_id);
}

/**
 * liaison_scene_filter_articles:
 * @self: a scene
 * @article_ids: (nullable) (array zero-terminated=1): show only what these articles say; %NULL
 *   to show every article's
 *
 * Leaves out the actors the articles do not mention and the relations they give no evidence
 * for. Nothing moves: the map of some articles is the map of all with parts taken away.
 */
void
liaison_scene_filter_articles (LiaisonScene       *self,
                               const char * const *article_ids)
{
  g_return_if_fail (self != NULL);

  for (guint v = 0; v < self->nodes->len; v++)
    {
      LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, v);
      gboolean mentioned = article_ids == NULL;

      for (guint i = 0; !mentioned && i < liaison_actor_get_n_mentions (node->actor); i++)
        mentioned = span_in_articles (liaison_actor_get_mention (node->actor, i), article_ids);
      node->filtered = !mentioned;
    }
  for (guint e = 0; e < self->edges->len; e++)
    {
      LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);
      gboolean evidenced = article_ids == NULL;

      for (guint i = 0; !evidenced && i < liaison_relation_get_n_evidence (edge->relation); i++)
        evidenced = span_in_articles (liaison_relation_get_evidence (edge->relation, i), article_ids);
      edge->filtered = !evidenced;
      /* An actor an article names only through a relation it reports is in it too. */
      if (evidenced && article_ids != NULL)
        {
          g_array_index (self->nodes, LiaisonSceneNode, edge->source).filtered = FALSE;
          g_array_index (self->nodes, LiaisonSceneNode, edge->target).filtered = FALSE;
        }
    }
}

/**
 * liaison_scene_place_node:
 * @self: a scene
 * @node: a node index
 * @x: where to draw it
 * @y: where to draw it
 *
 * Moves a node on the drawing only (an animation's frame): the document keeps its position.
 */
void
liaison_scene_place_node (LiaisonScene *self,
                          guint         node,
                          double        x,
                          double        y)
{
  LiaisonSceneNode *n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (node < self->nodes->len);

  n = &g_array_index (self->nodes, LiaisonSceneNode, node);
  n->label_x += x - n->x;
  n->label_y += y - n->y;
  n->x = x;
  n->y = y;
  for (guint e = 0; e < self->edges->len; e++)
    {
      const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);

      if (edge->source == node || edge->target == node)
        update_edge (self, e);
    }
}

/* Access ------------------------------------------------------------------------------------ */

guint
liaison_scene_get_n_nodes (LiaisonScene *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->nodes->len;
}

const LiaisonSceneNode *
liaison_scene_get_node (LiaisonScene *self,
                        guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return &g_array_index (self->nodes, LiaisonSceneNode, index);
}

/**
 * liaison_scene_find_node:
 * @self: a scene
 * @actor: an actor
 *
 * Returns: the index of @actor's node, or -1
 */
int
liaison_scene_find_node (LiaisonScene *self,
                         LiaisonActor *actor)
{
  g_return_val_if_fail (self != NULL, -1);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->node_of, actor)) - 1;
}

guint
liaison_scene_get_n_edges (LiaisonScene *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->edges->len;
}

const LiaisonSceneEdge *
liaison_scene_get_edge (LiaisonScene *self,
                        guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->edges->len, NULL);
  return &g_array_index (self->edges, LiaisonSceneEdge, index);
}

/**
 * liaison_scene_find_edge:
 * @self: a scene
 * @relation: a relation
 *
 * Returns: the index of the edge that draws @relation, or -1
 */
int
liaison_scene_find_edge (LiaisonScene    *self,
                         LiaisonRelation *relation)
{
  g_return_val_if_fail (self != NULL, -1);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->edge_of, relation)) - 1;
}

const LiaisonStyle *
liaison_scene_get_style (LiaisonScene *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->style;
}

/**
 * liaison_scene_set_style:
 * @self: a scene
 * @style: the new look (the theme changed)
 */
void
liaison_scene_set_style (LiaisonScene       *self,
                         const LiaisonStyle *style)
{
  gboolean same_font;

  g_return_if_fail (self != NULL);
  g_return_if_fail (style != NULL);

  same_font = g_str_equal (style->font_family, self->style.font_family) &&
              style->font_size == self->style.font_size;
  self->style = *style;
  if (!same_font)
    {
      measure_labels (self);
      place_labels (self);
    }
}

/**
 * liaison_scene_get_bounds:
 * @self: a scene
 * @x0: (out): left of everything drawn, in map units
 * @y0: (out): top
 * @x1: (out): right
 * @y1: (out): bottom
 */
void
liaison_scene_get_bounds (LiaisonScene *self,
                          double       *x0,
                          double       *y0,
                          double       *x1,
                          double       *y1)
{
  g_return_if_fail (self != NULL);

  *x0 = *y0 = G_MAXDOUBLE;
  *x1 = *y1 = -G_MAXDOUBLE;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, i);

      if (!liaison_scene_node_is_shown (self, i))
        continue;
      *x0 = MIN (*x0, MIN (node->x - node->radius, node->label_x));
      *y0 = MIN (*y0, MIN (node->y - node->radius, node->label_y));
      *x1 = MAX (*x1, MAX (node->x + node->radius, node->label_x + node->label_width));
      *y1 = MAX (*y1, MAX (node->y + node->radius, node->label_y + node->label_height));
    }
  for (guint e = 0; e < self->edges->len; e++)
    {
      const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);
      double mx, my;

      if (!liaison_scene_edge_is_shown (self, e))
        continue;
      curve_point (edge, 0.5, &mx, &my);
      *x0 = MIN (*x0, mx);
      *y0 = MIN (*y0, my);
      *x1 = MAX (*x1, mx);
      *y1 = MAX (*y1, my);
    }
  if (*x0 > *x1)
    *x0 = *y0 = *x1 = *y1 = 0;
}

/* Views ------------------------------------------------------------------------------------- */

void
liaison_scene_view_init (LiaisonSceneView *view)
{
  g_return_if_fail (view != NULL);

  memset (view, 0, sizeof *view);
  view->scale = 1;
  view->selected_node = view->selected_edge = view->hovered_node = -1;
}

/**
 * liaison_scene_view_fit:
 * @self: a scene
 * @view: the view to set
 * @width: the device area's width
 * @height: its height
 * @margin: space to leave on each side, in device units
 *
 * Sets the scale and offset of @view so that the whole scene fits in the area, centred. Small
 * maps are not blown up past twice their size.
 */
void
liaison_scene_view_fit (LiaisonScene     *self,
                        LiaisonSceneView *view,
                        double            width,
                        double            height,
                        double            margin)
{
  double x0, y0, x1, y1, sx, sy;

  g_return_if_fail (self != NULL);
  g_return_if_fail (view != NULL);

  liaison_scene_get_bounds (self, &x0, &y0, &x1, &y1);
  sx = (width - 2 * margin) / MAX (x1 - x0, 1);
  sy = (height - 2 * margin) / MAX (y1 - y0, 1);
  view->scale = CLAMP (MIN (sx, sy), 0.01, 2.0);
  view->offset_x = width / 2 - (x0 + x1) / 2 * view->scale;
  view->offset_y = height / 2 - (y0 + y1) / 2 * view->scale;
  view->width = width;
  view->height = height;
}

/* Drawing ----------------------------------------------------------------------------------- */

static void
shape_path (cairo_t      *cr,
            LiaisonShape  shape,
            double        x,
            double        y,
            double        r)
{
  switch (shape)
    {
    case LIAISON_SHAPE_HEXAGON:
      for (int i = 0; i < 6; i++)
        {
          double a = G_PI / 3 * i + G_PI / 6;

          if (i == 0)
            cairo_move_to (cr, x + r * cos (a), y + r * sin (a));
          else
            cairo_line_to (cr, x + r * cos (a), y + r * sin (a));
        }
      cairo_close_path (cr);
      break;

    case LIAISON_SHAPE_ROUNDED_SQUARE:
      {
        double s = r * 0.9, c = r * 0.35;

        cairo_new_sub_path (cr);
        cairo_arc (cr, x + s - c, y - s + c, c, -G_PI / 2, 0);
        cairo_arc (cr, x + s - c, y + s - c, c, 0, G_PI / 2);
        cairo_arc (cr, x - s + c, y + s - c, c, G_PI / 2, G_PI);
        cairo_arc (cr, x - s + c, y - s + c, c, G_PI, 3 * G_PI / 2);
        cairo_close_path (cr);
      }
      break;

    case LIAISON_SHAPE_DIAMOND:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;

    case LIAISON_SHAPE_TRIANGLE:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r * 0.93, y + r * 0.6);
      cairo_line_to (cr, x - r * 0.93, y + r * 0.6);
      cairo_close_path (cr);
      break;

    case LIAISON_SHAPE_SQUARE:
      cairo_rectangle (cr, x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
      break;

    case LIAISON_SHAPE_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

static void
set_dash (cairo_t             *cr,
          LiaisonRelationKind  kind,
          double               unit)
{
  double pattern[2];

  if (!liaison_relation_kind_dash (kind, pattern))
    {
      cairo_set_dash (cr, NULL, 0, 0);
      return;
    }
  pattern[0] *= unit;
  pattern[1] *= unit;
  cairo_set_dash (cr, pattern, 2, 0);
}

/* The nodes that stand out while @hovered is hovered: itself and its neighbours. One pass
 * over the edges. Returns NULL when nothing is hovered. */
static gboolean *
near_mask (LiaisonScene *self,
           int           hovered)
{
  gboolean *near;

  if (hovered < 0)
    return NULL;
  near = g_new0 (gboolean, self->nodes->len + 1);
  near[hovered] = TRUE;
  for (guint e = 0; e < self->edges->len; e++)
    {
      const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);

      if (edge->source == (guint) hovered)
        near[edge->target] = TRUE;
      else if (edge->target == (guint) hovered)
        near[edge->source] = TRUE;
    }
  return near;
}

static gboolean
node_hidden (LiaisonScene           *self,
             const LiaisonSceneView *view,
             guint                   v)
{
  const LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, v);
  LiaisonActorKind kind = liaison_actor_get_kind (node->actor);

  return node->hidden || node->filtered || (view->hidden_kinds & (1u << kind)) != 0;
}

/* Whether edge @e is left out with an end, or by the article filter. */
static gboolean
edge_hidden (LiaisonScene           *self,
             const LiaisonSceneView *view,
             guint                   e)
{
  const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);

  return edge->filtered || node_hidden (self, view, edge->source) || node_hidden (self, view, edge->target);
}

/**
 * liaison_scene_is_label_visible:
 * @self: a scene
 * @view: how it is seen
 * @node: a node index
 *
 * Level of detail: when zoomed out, only the labels of the most important actors stay, so
 * that the map does not turn into grey text. A selected or hovered node keeps its label.
 *
 * Returns: whether the label of @node is drawn
 */
gboolean
liaison_scene_is_label_visible (LiaisonScene           *self,
                                const LiaisonSceneView *view,
                                guint                   node)
{
  const LiaisonSceneNode *n;
  double on_screen;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (node < self->nodes->len, FALSE);

  n = &g_array_index (self->nodes, LiaisonSceneNode, node);
  if (view->all_labels || view->selected_node == (int) node || view->hovered_node == (int) node)
    return TRUE;
  on_screen = self->style.font_size * view->scale;
  /* A small map shows every name: that is what it is read for. */
  if (self->nodes->len <= 80 && on_screen >= 5)
    return TRUE;
  return n->landmark || on_screen * (0.55 + n->importance) >= 8.0;
}

/* Text at (@x, @y) with a halo of the background around it, so that it reads over edges. */
static void
draw_haloed_text (LiaisonScene       *self,
                  cairo_t            *cr,
                  PangoLayout        *layout,
                  double              x,
                  double              y,
                  double              scale,
                  const LiaisonColor *color,
                  double              alpha,
                  gboolean            vector_halo)
{
  cairo_save (cr);
  set_source (cr, &self->style.halo, alpha * 0.9);
  if (vector_halo)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_layout_path (cr, layout);
      cairo_set_line_width (cr, 3.0 / scale);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
    }
  else
    {
      /* The text in the halo colour around itself, 1.5 pixels each way: glyphs come from
       * cairo's cache, where stroking their outlines would compute them anew. */
      static const double directions[8][2] = {
        { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 }, { -0.7, -0.7 }, { 0.7, -0.7 }, { -0.7, 0.7 }, { 0.7, 0.7 } };
      double d = 1.5 / scale;

      for (guint i = 0; i < G_N_ELEMENTS (directions); i++)
        {
          cairo_move_to (cr, x + directions[i][0] * d, y + directions[i][1] * d);
          pango_cairo_show_layout (cr, layout);
        }
    }
  cairo_move_to (cr, x, y);
  set_source (cr, color, alpha);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_label (LiaisonScene     *self,
            cairo_t          *cr,
            PangoLayout      *layout,
            double            x,
            double            y,
            double            width,
            double            scale,
            double            alpha,
            gboolean          vector_halo)
{
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  draw_haloed_text (self, cr, layout, x, y, scale, &self->style.foreground, alpha, vector_halo);
}

static double
arrow_size (const LiaisonSceneView *view)
{
  double px = 1.0 / view->scale;

  return CLAMP (9 * px * MIN (view->scale, 1.5), 5 * px, 12 * px);
}

static double
edge_width (const LiaisonSceneView *view,
            gboolean                selected)
{
  return (selected ? 3.0 : EDGE_WIDTH_PX) / view->scale * (view->scale < 0.35 ? 0.7 : 1.0);
}

/**
 * liaison_scene_edge_weight_factor:
 * @edge: an edge
 *
 * Returns: how much thicker @edge is drawn for the articles behind it, so that a map of
 *   several reports shows at a glance what they agree on
 */
double
liaison_scene_edge_weight_factor (const LiaisonSceneEdge *edge)
{
  return 1.0 + 0.6 * (MIN (edge->weight, 4u) - 1);
}

/* Adds edge @e's curve to the path, stopping at its arrowhead's base. */
static void
edge_curve_path (cairo_t                *cr,
                 const LiaisonSceneEdge *edge,
                 double                  arrow)
{
  double ex = edge->x1, ey = edge->y1;

  if (edge->directed)
    {
      double dx = edge->x1 - edge->cx, dy = edge->y1 - edge->cy, d = MAX (hypot (dx, dy), 1e-6);

      ex = edge->x1 - dx / d * arrow * 0.8;
      ey = edge->y1 - dy / d * arrow * 0.8;
    }
  cairo_move_to (cr, edge->x0, edge->y0);
  /* A lone edge between two nodes is straight: a line is much cheaper to stroke than a curve. */
  if (fabs ((edge->cx - edge->x0) * (ey - edge->y0) - (edge->cy - edge->y0) * (ex - edge->x0)) <
      1e-3 * (1 + hypot (ex - edge->x0, ey - edge->y0)))
    {
      cairo_line_to (cr, ex, ey);
      return;
    }
  cairo_curve_to (cr,
                  edge->x0 + 2.0 / 3 * (edge->cx - edge->x0), edge->y0 + 2.0 / 3 * (edge->cy - edge->y0),
                  ex + 2.0 / 3 * (edge->cx - ex), ey + 2.0 / 3 * (edge->cy - ey),
                  ex, ey);
}

static void
edge_arrow_path (cairo_t                *cr,
                 const LiaisonSceneEdge *edge,
                 double                  arrow)
{
  double dx = edge->x1 - edge->cx, dy = edge->y1 - edge->cy, d = MAX (hypot (dx, dy), 1e-6);
  double ux = dx / d, uy = dy / d;

  cairo_move_to (cr, edge->x1, edge->y1);
  cairo_line_to (cr, edge->x1 - ux * arrow - uy * arrow * 0.45, edge->y1 - uy * arrow + ux * arrow * 0.45);
  cairo_line_to (cr, edge->x1 - ux * arrow + uy * arrow * 0.45, edge->y1 - uy * arrow - ux * arrow * 0.45);
  cairo_close_path (cr);
}

static void
draw_edge (LiaisonScene           *self,
           cairo_t                *cr,
           const LiaisonSceneView *view,
           guint                   e,
           double                  alpha)
{
  const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);
  LiaisonRelationKind kind = liaison_relation_get_kind (edge->relation);
  const LiaisonColor *color = &self->style.relation_colors[kind];
  gboolean selected = view->selected_edge == (int) e;
  double arrow = arrow_size (view);

  if (selected)
    {
      /* A glow in the selection colour under the edge. */
      edge_curve_path (cr, edge, arrow);
      set_source (cr, &self->style.accent, 0.35);
      cairo_set_line_width (cr, 8 / view->scale);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_stroke (cr);
    }

  edge_curve_path (cr, edge, arrow);
  set_source (cr, color, alpha);
  cairo_set_line_width (cr, edge_width (view, selected) * liaison_scene_edge_weight_factor (edge));
  set_dash (cr, kind, 1.2 / view->scale);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  if (edge->directed)
    {
      edge_arrow_path (cr, edge, arrow);
      set_source (cr, color, alpha);
      cairo_fill (cr);
    }
}

static void
draw_edge_label (LiaisonScene           *self,
                 cairo_t                *cr,
                 const LiaisonSceneView *view,
                 guint                   e)
{
  const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);
  LiaisonRelationKind kind = liaison_relation_get_kind (edge->relation);
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;
  double mx, my, w, h;

  if (edge->count > 1)
    text = g_strdup_printf ("%s ×%u", liaison_relation_kind_get_label (kind), edge->count);
  else
    text = g_strdup (liaison_relation_kind_get_label (kind));
  layout = make_label (self, text, self->style.font_size * 0.8);
  pango_layout_get_extents (layout, NULL, &logical);
  w = (double) logical.width / PANGO_SCALE;
  h = (double) logical.height / PANGO_SCALE;
  curve_point (edge, 0.5, &mx, &my);

  draw_haloed_text (self, cr, layout, mx - w / 2, my - h / 2, view->scale,
                    &self->style.relation_colors[kind], 1.0, view->vector_halo);
}

static void
draw_node (LiaisonScene           *self,
           cairo_t                *cr,
           const LiaisonSceneView *view,
           guint                   v,
           double                  alpha)
{
  const LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, v);
  LiaisonActorKind kind = liaison_actor_get_kind (node->actor);
  double px = 1.0 / view->scale;

  if (view->selected_node == (int) v || view->hovered_node == (int) v)
    {
      shape_path (cr, node->shape, node->x, node->y, MAX (node->radius, 3.0 * px) + 4 * px);
      set_source (cr, &self->style.accent, view->selected_node == (int) v ? 0.9 : 0.4);
      cairo_fill (cr);
    }
  /* Never smaller than a few pixels, however far out. */
  shape_path (cr, node->shape, node->x, node->y, MAX (node->radius, 3.0 * px));
  set_source (cr, &self->style.actor_colors[kind], alpha);
  cairo_fill_preserve (cr);
  set_source (cr, &self->style.background, alpha);
  cairo_set_line_width (cr, MIN (1.5 * px, node->radius * 0.15));
  cairo_stroke (cr);
}

static void
draw_node_label (LiaisonScene           *self,
                 cairo_t                *cr,
                 const LiaisonSceneView *view,
                 guint                   v,
                 double                  alpha)
{
  const LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, v);

  /* A landmark's label stays readable: at least 11 pixels, grown around its node. Others keep
   * their size, so that they never cover each other. */
  if (node->landmark && self->nodes->len > 80 && self->style.font_size * view->scale < 11)
    {
      double grow = 11 / (self->style.font_size * view->scale);

      cairo_save (cr);
      cairo_translate (cr, node->x, node->y);
      cairo_scale (cr, grow, grow);
      cairo_translate (cr, -node->x, -node->y);
      draw_label (self, cr, g_ptr_array_index (self->labels, v), node->label_x, node->label_y,
                  node->label_width, view->scale * grow, alpha, view->vector_halo);
      cairo_restore (cr);
      return;
    }
  draw_label (self, cr, g_ptr_array_index (self->labels, v), node->label_x, node->label_y,
              node->label_width, view->scale, alpha, view->vector_halo);
}

/**
 * liaison_scene_render:
 * @self: a scene
 * @cr: where to draw, in device units
 * @view: the view: scale, offset, selection, hover, hidden kinds
 *
 * Draws the background, the edges, the nodes and the labels, in that order. What lies outside
 * the view's area is skipped.
 */
void
liaison_scene_render (LiaisonScene           *self,
                      cairo_t                *cr,
                      const LiaisonSceneView *view)
{
  double vx0, vy0, vx1, vy1, px, arrow, fade;
  g_autofree gboolean *visible = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (view != NULL && view->scale > 0);

  cairo_save (cr);
  set_source (cr, &self->style.background, 1);
  cairo_paint (cr);

  cairo_translate (cr, view->offset_x, view->offset_y);
  cairo_scale (cr, view->scale, view->scale);
  px = 1.0 / view->scale;
  arrow = arrow_size (view);
  /* Zoomed far out, edges fade so that the nodes stay visible in a dense map. */
  fade = 0.85 * CLAMP (view->scale * 2.5, 0.3, 1.0);

  /* The visible part of the map, with room for labels that reach in. */
  vx0 = -view->offset_x * px - 200;
  vy0 = -view->offset_y * px - 60;
  vx1 = (view->width > 0 ? view->width - view->offset_x : G_MAXDOUBLE / 4) * px + 200;
  vy1 = (view->height > 0 ? view->height - view->offset_y : G_MAXDOUBLE / 4) * px + 60;
  if (view->width <= 0 || view->height <= 0)
    vx0 = vy0 = -G_MAXDOUBLE / 4;

  visible = g_new0 (gboolean, self->edges->len + 1);
  for (guint e = 0; e < self->edges->len; e++)
    {
      const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);

      visible[e] = !edge_hidden (self, view, e) &&
                   MAX (edge->x0, MAX (edge->x1, edge->cx)) >= vx0 && MIN (edge->x0, MIN (edge->x1, edge->cx)) <= vx1 &&
                   MAX (edge->y0, MAX (edge->y1, edge->cy)) >= vy0 && MIN (edge->y0, MIN (edge->y1, edge->cy)) <= vy1;
    }

  /* Edges one by one (cairo strokes many small paths faster than one that crosses itself),
   * grouped by kind so that colour and dash are set once per kind. */
  cairo_set_line_width (cr, edge_width (view, FALSE));
  for (guint k = 0; k < LIAISON_N_RELATION_KINDS; k++)
    {
      set_source (cr, &self->style.relation_colors[k], fade);
      set_dash (cr, k, 1.2 * px);
      for (guint e = 0; e < self->edges->len; e++)
        {
          const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);

          if (!visible[e] || liaison_relation_get_kind (edge->relation) != k)
            continue;
          edge_curve_path (cr, edge, arrow);
          if (edge->weight > 1)
            {
              cairo_set_line_width (cr, edge_width (view, FALSE) * liaison_scene_edge_weight_factor (edge));
              cairo_stroke (cr);
              cairo_set_line_width (cr, edge_width (view, FALSE));
            }
          else
            cairo_stroke (cr);
        }
      cairo_set_dash (cr, NULL, 0, 0);
      for (guint e = 0; e < self->edges->len; e++)
        {
          const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);

          if (visible[e] && edge->directed && liaison_relation_get_kind (edge->relation) == k)
            edge_arrow_path (cr, edge, arrow);
        }
      cairo_fill (cr);
    }

  /* Nodes, one path per kind, outlined in the background colour. */
  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
    {
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint v = 0; v < self->nodes->len; v++)
        {
          const LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, v);

          if (liaison_actor_get_kind (node->actor) != k || node_hidden (self, view, v) ||
              node->x + node->radius < vx0 || node->x - node->radius > vx1 ||
              node->y + node->radius < vy0 || node->y - node->radius > vy1)
            continue;
          /* Never smaller than a few pixels, however far out. */
          shape_path (cr, node->shape, node->x, node->y, MAX (node->radius, 3.0 * px));
          any = TRUE;
        }
      if (!any)
        continue;
      set_source (cr, &self->style.actor_colors[k], 1);
      cairo_fill_preserve (cr);
      set_source (cr, &self->style.background, 1);
      cairo_set_line_width (cr, MIN (1.5 * px, 1.35));
      cairo_stroke (cr);
    }

  for (guint v = 0; v < self->nodes->len; v++)
    {
      const LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, v);

      if (node_hidden (self, view, v) || !liaison_scene_is_label_visible (self, view, v) ||
          node->label_x + node->label_width < vx0 || node->label_x > vx1 ||
          node->label_y + node->label_height < vy0 || node->label_y > vy1)
        continue;
      draw_node_label (self, cr, view, v, 1.0);
    }

  /* The kind of relation on each edge, when zoomed in enough to read them. */
  if (view->scale >= 2.0 && !view->all_labels)
    for (guint e = 0; e < self->edges->len; e++)
      if (visible[e])
        draw_edge_label (self, cr, view, e);

  cairo_restore (cr);

  /* What hover and selection add. */
  liaison_scene_render_highlight (self, cr, view);
}

/**
 * liaison_scene_render_highlight:
 * @self: a scene
 * @cr: where to draw, over a rendering of the same view without hover or selection
 * @view: the view, with the hovered node and the selection
 *
 * Draws only what hover and selection change: the rest of the map dimmed, the hovered node's
 * neighbourhood, the selected node or edge. A canvas keeps the costly full map in a cache and
 * redraws just this on pointer motion.
 */
void
liaison_scene_render_highlight (LiaisonScene           *self,
                                cairo_t                *cr,
                                const LiaisonSceneView *view)
{
  int hovered, selected = view->selected_node;
  g_autofree gboolean *near = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  hovered = view->hovered_node >= 0 && (guint) view->hovered_node < self->nodes->len ? view->hovered_node : -1;
  if (selected >= (int) self->nodes->len)
    selected = -1;
  if (hovered < 0 && selected < 0 && view->selected_edge < 0)
    return;

  near = near_mask (self, hovered);
  cairo_save (cr);
  if (hovered >= 0)
    {
      set_source (cr, &self->style.background, 0.7);
      cairo_paint (cr);
    }
  cairo_translate (cr, view->offset_x, view->offset_y);
  cairo_scale (cr, view->scale, view->scale);

  for (guint e = 0; e < self->edges->len; e++)
    {
      const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);
      gboolean lit = hovered >= 0 && (edge->source == (guint) hovered || edge->target == (guint) hovered);

      if ((lit || view->selected_edge == (int) e) &&
          !edge_hidden (self, view, e))
        draw_edge (self, cr, view, e, 0.9);
    }
  for (guint v = 0; v < self->nodes->len; v++)
    {
      gboolean lit = near != NULL && near[v];

      if ((lit || (int) v == selected) && !node_hidden (self, view, v))
        draw_node (self, cr, view, v, 1.0);
    }
  /* Labels of the hovered node, the selected one and, if the map shows them at this zoom or
   * there are few, the neighbours'. */
  {
    guint n_near = 0;

    for (guint v = 0; near != NULL && v < self->nodes->len; v++)
      n_near += near[v];
    for (guint v = 0; v < self->nodes->len; v++)
      {
        gboolean lit = near != NULL && near[v] &&
                       ((int) v == hovered || n_near <= 24 || liaison_scene_is_label_visible (self, view, v));

        if ((lit || (int) v == selected) && !node_hidden (self, view, v))
          draw_node_label (self, cr, view, v, 1.0);
      }
  }
  for (guint e = 0; e < self->edges->len; e++)
    {
      const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);

      if (view->selected_edge == (int) e ||
          (hovered >= 0 && (edge->source == (guint) hovered || edge->target == (guint) hovered)))
        draw_edge_label (self, cr, view, e);
    }
  cairo_restore (cr);
}

/**
 * liaison_scene_legend_layout:
 * @self: a scene
 * @x: left of the legend
 * @y: top of the legend
 * @max_width: the widest the legend may be: its items wrap into rows
 * @width: (out) (optional): its width
 * @height: (out) (optional): its height
 *
 * Where each item of the legend goes: a shape per kind of actor and a line per kind of relation
 * that the scene holds, actors on the first rows, relations after. Every backend draws these.
 *
 * Returns: (transfer full) (element-type LiaisonLegendItem): the items
 */
GArray *
liaison_scene_legend_layout (LiaisonScene *self,
                             double        x,
                             double        y,
                             double        max_width,
                             double       *width,
                             double       *height)
{
  gboolean actor_kinds[LIAISON_N_ACTOR_KINDS] = { FALSE };
  gboolean relation_kinds[LIAISON_N_RELATION_KINDS] = { FALSE };
  double size = liaison_scene_legend_font_size (self), row = size * 1.7, pad = 8, swatch = 22;
  double w = 0, h = 0, cx = x + pad, cy = y + pad / 2;
  gboolean first_relation = TRUE;
  GArray *items = g_array_new (FALSE, FALSE, sizeof (LiaisonLegendItem));

  g_return_val_if_fail (self != NULL, items);

  /* The kinds on the map: hidden actors and their relations do not count. */
  for (guint v = 0; v < self->nodes->len; v++)
    {
      const LiaisonSceneNode *node = &g_array_index (self->nodes, LiaisonSceneNode, v);

      if (liaison_scene_node_is_shown (self, v))
        actor_kinds[liaison_actor_get_kind (node->actor)] = TRUE;
    }
  for (guint e = 0; e < self->edges->len; e++)
    {
      const LiaisonSceneEdge *edge = &g_array_index (self->edges, LiaisonSceneEdge, e);

      if (liaison_scene_edge_is_shown (self, e))
        relation_kinds[liaison_relation_get_kind (edge->relation)] = TRUE;
    }

  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS + LIAISON_N_RELATION_KINDS; k++)
    {
      LiaisonLegendItem item = { 0 };
      g_autoptr(PangoLayout) layout = NULL;
      PangoRectangle logical;
      double advance;

      item.is_actor = k < LIAISON_N_ACTOR_KINDS;
      item.kind = item.is_actor ? k : k - LIAISON_N_ACTOR_KINDS;
      if (item.is_actor ? !actor_kinds[item.kind] : !relation_kinds[item.kind])
        continue;
      item.label = item.is_actor ? liaison_actor_kind_get_label (item.kind)
                                 : liaison_relation_kind_get_label (item.kind);
      layout = make_label (self, item.label, size);
      pango_layout_get_extents (layout, NULL, &logical);
      advance = swatch + 6 + (double) logical.width / PANGO_SCALE + 14;

      /* Relations start a row of their own; any item wraps when the row is full. */
      if ((!item.is_actor && first_relation && cx > x + pad) || (cx > x + pad && cx + advance > x + max_width))
        {
          cx = x + pad;
          cy += row;
        }
      if (!item.is_actor)
        first_relation = FALSE;

      item.x = cx;
      item.y = cy;
      item.row = row;
      item.swatch = swatch;
      item.text_x = cx + swatch + 6;
      item.text_y = cy + (row - (double) logical.height / PANGO_SCALE) / 2;
      item.baseline = item.text_y + (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
      g_array_append_val (items, item);

      w = MAX (w, cx + advance - x + pad - 14);
      h = cy + row - y + pad / 2;
      cx += advance;
    }

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
  return items;
}

/**
 * liaison_scene_legend_font_size:
 * @self: a scene
 *
 * Returns: the size of the legend's text, in map units
 */
double
liaison_scene_legend_font_size (LiaisonScene *self)
{
  return self->style.font_size * 0.85;
}

/**
 * liaison_scene_render_legend:
 * @self: a scene
 * @cr: (nullable): where to draw, in device units, or %NULL to measure only
 * @x: left of the legend
 * @y: top of the legend
 * @max_width: the widest the legend may be: its items wrap into rows
 * @width: (out) (optional): its width
 * @height: (out) (optional): its height
 *
 * Draws the key to the map, laid out by liaison_scene_legend_layout().
 */
void
liaison_scene_render_legend (LiaisonScene *self,
                             cairo_t      *cr,
                             double        x,
                             double        y,
                             double        max_width,
                             double       *width,
                             double       *height)
{
  g_autoptr(GArray) items = NULL;
  double w = 0, h = 0, size;

  g_return_if_fail (self != NULL);

  items = liaison_scene_legend_layout (self, x, y, max_width, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
  if (cr == NULL || items->len == 0)
    return;

  size = liaison_scene_legend_font_size (self);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  set_source (cr, &self->style.background, 0.9);
  cairo_fill_preserve (cr);
  set_source (cr, &self->style.foreground, 0.15);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  for (guint i = 0; i < items->len; i++)
    {
      const LiaisonLegendItem *item = &g_array_index (items, LiaisonLegendItem, i);
      g_autoptr(PangoLayout) layout = make_label (self, item->label, size);

      if (item->is_actor)
        {
          shape_path (cr, liaison_shape_for_kind (item->kind), item->x + item->swatch / 2,
                      item->y + item->row / 2, size * 0.55);
          set_source (cr, &self->style.actor_colors[item->kind], 1);
          cairo_fill (cr);
        }
      else
        {
          cairo_move_to (cr, item->x, item->y + item->row / 2);
          cairo_line_to (cr, item->x + item->swatch, item->y + item->row / 2);
          set_source (cr, &self->style.relation_colors[item->kind], 1);
          cairo_set_line_width (cr, 2);
          set_dash (cr, item->kind, 1.2);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      cairo_move_to (cr, item->text_x, item->text_y);
      set_source (cr, &self->style.foreground, 0.9);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_restore (cr);
}

/**
 * liaison_scene_append_legend_swatch:
 * @self: a scene
 * @cr: a cairo context whose current path to extend
 * @item: a legend item of an actor kind
 *
 * The item's shape, for exporters that write their own format.
 */
void
liaison_scene_append_legend_swatch (LiaisonScene            *self,
                                    cairo_t                 *cr,
                                    const LiaisonLegendItem *item)
{
  shape_path (cr, liaison_shape_for_kind (item->kind), item->x + item->swatch / 2,
              item->y + item->row / 2, liaison_scene_legend_font_size (self) * 0.55);
}

/* Hit testing ------------------------------------------------------------------------------- */

/**
 * liaison_scene_hit:
 * @self: a scene
 * @view: how it is seen
 * @device_x: a point, in device units
 * @device_y: a point
 * @node: (out): the node there (its shape or its visible label), or -1
 * @edge: (out): else the edge there, or -1
 *
 * Returns: whether something is at that point
 */
gboolean
liaison_scene_hit (LiaisonScene           *self,
                   const LiaisonSceneView *view,
                   double                  device_x,
                   double                  device_y,
                   int                    *node,
                   int                    *edge)
{
  double x, y, slop;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (view != NULL && view->scale > 0, FALSE);

  *node = *edge = -1;
  x = (device_x - view->offset_x) / view->scale;
  y = (device_y - view->offset_y) / view->scale;
  slop = HIT_SLOP_PX / view->scale;

  /* Nodes drawn last are on top. */
  for (guint i = self->nodes->len; i > 0; i--)
    {
      const LiaisonSceneNode *n = &g_array_index (self->nodes, LiaisonSceneNode, i - 1);

      if (node_hidden (self, view, i - 1))
        continue;
      if (hypot (x - n->x, y - n->y) <= n->radius + slop ||
          (liaison_scene_is_label_visible (self, view, i - 1) &&
           x >= n->label_x && x <= n->label_x + n->label_width &&
           y >= n->label_y && y <= n->label_y + n->label_height))
        {
          *node = (int) i - 1;
          return TRUE;
        }
    }

  for (guint e = self->edges->len; e > 0; e--)
    {
      const LiaisonSceneEdge *ed = &g_array_index (self->edges, LiaisonSceneEdge, e - 1);
      double px, py;

      if (edge_hidden (self, view, e - 1))
        continue;
      curve_point (ed, 0, &px, &py);
      for (int i = 1; i <= 16; i++)
        {
          double qx, qy, dx, dy, t, d;

          curve_point (ed, i / 16.0, &qx, &qy);
          dx = qx - px;
          dy = qy - py;
          t = CLAMP (((x - px) * dx + (y - py) * dy) / MAX (dx * dx + dy * dy, 1e-12), 0, 1);
          d = hypot (x - (px + t * dx), y - (py + t * dy));
          if (d <= slop)
            {
              *edge = (int) e - 1;
              return TRUE;
            }
          px = qx;
          py = qy;
        }
    }

  return FALSE;
}

/* For exporters that write their own format (SVG): the same geometry, as cairo paths. */

/**
 * liaison_scene_append_node_path:
 * @self: a scene
 * @cr: a cairo context whose current path to extend, in map units
 * @node: a node index
 */
void
liaison_scene_append_node_path (LiaisonScene *self,
                                cairo_t      *cr,
                                guint         node)
{
  const LiaisonSceneNode *n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (node < self->nodes->len);

  n = &g_array_index (self->nodes, LiaisonSceneNode, node);
  shape_path (cr, n->shape, n->x, n->y, n->radius);
}

/**
 * liaison_scene_append_edge_path:
 * @self: a scene
 * @cr: a cairo context whose current path to extend, in map units
 * @view: the view (arrowheads are sized for its zoom)
 * @edge: an edge index
 * @arrow: add the arrowhead instead of the line
 */
void
liaison_scene_append_edge_path (LiaisonScene           *self,
                                cairo_t                *cr,
                                const LiaisonSceneView *view,
                                guint                   edge,
                                gboolean                arrow)
{
  const LiaisonSceneEdge *e;

  g_return_if_fail (self != NULL);
  g_return_if_fail (edge < self->edges->len);

  e = &g_array_index (self->edges, LiaisonSceneEdge, edge);
  if (arrow)
    {
      if (e->directed)
        edge_arrow_path (cr, e, arrow_size (view));
    }
  else
    {
      edge_curve_path (cr, e, arrow_size (view));
    }
}

/**
 * liaison_scene_get_label_layout:
 * @self: a scene
 * @node: a node index
 *
 * Returns: (transfer none): the Pango layout of the node's label (its font and size)
 */
PangoLayout *
liaison_scene_get_label_layout (LiaisonScene *self,
                                guint         node)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (node < self->labels->len, NULL);

  return g_ptr_array_index (self->labels, node);
}

/**
 * liaison_relation_kind_dash:
 * @kind: a relation kind
 * @dash: (out caller-allocates) (array fixed-size=2): on and off lengths, in line widths
 *
 * Returns: whether the kind is drawn dashed
 */
gboolean
liaison_relation_kind_dash (LiaisonRelationKind kind,
                            double              dash[2])
{
  switch (kind)
    {
    case LIAISON_RELATION_KIND_STATEMENT_ABOUT: dash[0] = 6; dash[1] = 4; return TRUE;
    case LIAISON_RELATION_KIND_PROPOSED:        dash[0] = 1.5; dash[1] = 3; return TRUE;
    case LIAISON_RELATION_KIND_PART_OF:         dash[0] = 12; dash[1] = 4; return TRUE;
    default: return FALSE;
    }
}
