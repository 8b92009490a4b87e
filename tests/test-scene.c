/* test-scene.c — what the map draws for a document, and where a click lands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "liaison-core.h"
#include "liaison-open.h"
#include "liaison-scene.h"

static LiaisonScene *
example_scene (LiaisonDocument **document_out,
               gboolean          dark)
{
  g_autoptr(LiaisonDocument) document = liaison_open_example ();
  LiaisonStyle style;
  LiaisonScene *scene;

  liaison_style_init_default (&style, dark);
  scene = liaison_scene_new (document, &style);
  g_assert_true (liaison_scene_needs_layout (scene));
  g_assert_true (liaison_scene_layout (scene, TRUE, NULL));
  g_assert_false (liaison_scene_needs_layout (scene));
  *document_out = g_steal_pointer (&document);
  return scene;
}

static gboolean
rects_overlap (double ax, double ay, double aw, double ah,
               double bx, double by, double bw, double bh)
{
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

/* One node per actor, shaped by kind; one edge per kind of relation between two actors; no
 * node or label covers another. */
static void
test_example (void)
{
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(LiaisonScene) scene = example_scene (&document, FALSE);
  GListModel *actors = liaison_document_get_actors (document);
  guint n = liaison_scene_get_n_nodes (scene);

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (actors));
  g_assert_cmpuint (liaison_scene_get_n_edges (scene), >, 20);
  g_assert_cmpuint (liaison_scene_get_n_edges (scene), <=,
                    g_list_model_get_n_items (liaison_document_get_relations (document)));

  for (guint i = 0; i < n; i++)
    {
      const LiaisonSceneNode *a = liaison_scene_get_node (scene, i);

      g_assert_cmpint (a->shape, ==, liaison_shape_for_kind (liaison_actor_get_kind (a->actor)));
      g_assert_cmpint (liaison_scene_find_node (scene, a->actor), ==, (int) i);
      g_assert_cmpfloat (a->label_width, >, 10);
      for (guint j = i + 1; j < n; j++)
        {
          const LiaisonSceneNode *b = liaison_scene_get_node (scene, j);

          g_assert_cmpfloat (hypot (a->x - b->x, a->y - b->y), >, a->radius + b->radius);
          g_assert_false (rects_overlap (a->label_x, a->label_y, a->label_width, a->label_height,
                                         b->label_x, b->label_y, b->label_width, b->label_height));
          g_assert_false (rects_overlap (a->label_x, a->label_y, a->label_width, a->label_height,
                                         b->x - b->radius, b->y - b->radius, 2 * b->radius, 2 * b->radius));
        }
    }

  /* The countries and the persons who met matter most: they are drawn biggest. */
  {
    const LiaisonSceneNode *kenya = liaison_scene_get_node (scene, liaison_scene_find_node (scene, liaison_document_find_actor (document, "Kenya")));
    const LiaisonSceneNode *africa = liaison_scene_get_node (scene, liaison_scene_find_node (scene, liaison_document_find_actor (document, "Africa")));

    g_assert_cmpfloat (kenya->radius, >, africa->radius);
  }

  /* Edges: directed kinds have arrowheads, symmetric ones none. */
  for (guint e = 0; e < liaison_scene_get_n_edges (scene); e++)
    {
      const LiaisonSceneEdge *edge = liaison_scene_get_edge (scene, e);

      g_assert_cmpint (edge->directed, ==,
                       !liaison_relation_kind_is_symmetric (liaison_relation_get_kind (edge->relation)));
      g_assert_cmpint (liaison_scene_find_edge (scene, edge->relation), ==, (int) e);
      g_assert_cmpuint (edge->source, !=, edge->target);
    }
}

/* A click on a node's shape or label finds the node; on the middle of an edge, the edge; on
 * empty space, nothing. */
static void
test_hit (void)
{
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(LiaisonScene) scene = example_scene (&document, FALSE);
  LiaisonSceneView view;
  int node, edge;

  liaison_scene_view_init (&view);
  liaison_scene_view_fit (scene, &view, 1000, 700, 20);

  for (guint i = 0; i < liaison_scene_get_n_nodes (scene); i++)
    {
      const LiaisonSceneNode *n = liaison_scene_get_node (scene, i);

      g_assert_true (liaison_scene_hit (scene, &view, n->x * view.scale + view.offset_x,
                                        n->y * view.scale + view.offset_y, &node, &edge));
      g_assert_cmpint (node, ==, (int) i);
      g_assert_cmpint (edge, ==, -1);
    }

  g_assert_false (liaison_scene_hit (scene, &view, 2, 2, &node, &edge));
  g_assert_cmpint (node, ==, -1);
  g_assert_cmpint (edge, ==, -1);

  /* The middle of some edge that no node or label covers there. */
  for (guint e = 0; e < liaison_scene_get_n_edges (scene); e++)
    {
      const LiaisonSceneEdge *ed = liaison_scene_get_edge (scene, e);
      double mx = 0.25 * ed->x0 + 0.5 * ed->cx + 0.25 * ed->x1;
      double my = 0.25 * ed->y0 + 0.5 * ed->cy + 0.25 * ed->y1;

      if (liaison_scene_hit (scene, &view, mx * view.scale + view.offset_x,
                             my * view.scale + view.offset_y, &node, &edge) && node < 0)
        {
          g_assert_cmpint (edge, >=, 0);
          return;
        }
    }
  g_assert_not_reached ();
}

/* Zoom to fit puts everything in the area; hidden kinds are neither drawn nor hit. */
static void
test_view (void)
{
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(LiaisonScene) scene = example_scene (&document, FALSE);
  LiaisonSceneView view;
  double x0, y0, x1, y1;
  int node, edge;
  LiaisonActor *railway = liaison_document_find_actor (document, "railway");
  const LiaisonSceneNode *n = liaison_scene_get_node (scene, liaison_scene_find_node (scene, railway));

  liaison_scene_view_init (&view);
  liaison_scene_view_fit (scene, &view, 640, 480, 10);
  liaison_scene_get_bounds (scene, &x0, &y0, &x1, &y1);
  g_assert_cmpfloat (x0 * view.scale + view.offset_x, >=, 9.9);
  g_assert_cmpfloat (y0 * view.scale + view.offset_y, >=, 9.9);
  g_assert_cmpfloat (x1 * view.scale + view.offset_x, <=, 630.1);
  g_assert_cmpfloat (y1 * view.scale + view.offset_y, <=, 470.1);

  g_assert_true (liaison_scene_hit (scene, &view, n->x * view.scale + view.offset_x,
                                    n->y * view.scale + view.offset_y, &node, &edge));
  view.hidden_kinds = 1u << LIAISON_ACTOR_KIND_SECTOR;
  liaison_scene_hit (scene, &view, n->x * view.scale + view.offset_x,
                     n->y * view.scale + view.offset_y, &node, &edge);
  g_assert_cmpint (node, ==, -1);

  /* Zoomed far out, only the most important labels stay. */
  view.hidden_kinds = 0;
  view.scale = 0.2;
  g_assert_false (liaison_scene_is_label_visible (scene, &view, liaison_scene_find_node (scene, railway)));
  view.scale = 1.5;
  g_assert_true (liaison_scene_is_label_visible (scene, &view, liaison_scene_find_node (scene, railway)));
}

static void
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y,
          double          *r,
          double          *g,
          double          *b)
{
  guint32 *data = (guint32 *) cairo_image_surface_get_data (surface);
  guint32 p = data[y * (cairo_image_surface_get_stride (surface) / 4) + x];

  *r = ((p >> 16) & 0xff) / 255.0;
  *g = ((p >> 8) & 0xff) / 255.0;
  *b = (p & 0xff) / 255.0;
}

/* Drawn: the background everywhere empty, each node in its kind's colour, in light and dark. */
static void
test_render (void)
{
  for (int dark = 0; dark < 2; dark++)
    {
      g_autoptr(LiaisonDocument) document = NULL;
      g_autoptr(LiaisonScene) scene = example_scene (&document, dark);
      const LiaisonStyle *style = liaison_scene_get_style (scene);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 600);
      cairo_t *cr = cairo_create (surface);
      LiaisonSceneView view;
      double r, g, b, lw = 0, lh = 0;

      liaison_scene_view_init (&view);
      liaison_scene_view_fit (scene, &view, 900, 600, 20);
      liaison_scene_render (scene, cr, &view);
      cairo_surface_flush (surface);

      pixel_at (surface, 1, 1, &r, &g, &b);
      g_assert_cmpfloat (fabs (r - style->background.red), <, 0.02);
      g_assert_cmpfloat (fabs (b - style->background.blue), <, 0.02);

      for (guint i = 0; i < liaison_scene_get_n_nodes (scene); i++)
        {
          const LiaisonSceneNode *n = liaison_scene_get_node (scene, i);
          const LiaisonColor *want = &style->actor_colors[liaison_actor_get_kind (n->actor)];

          pixel_at (surface, (int) (n->x * view.scale + view.offset_x),
                    (int) (n->y * view.scale + view.offset_y), &r, &g, &b);
          g_assert_cmpfloat (fabs (r - want->red) + fabs (g - want->green) + fabs (b - want->blue), <, 0.06);
        }

      /* The legend has a row per kind shown. */
      /* The legend has an item per kind shown: in one column when narrow, in a few rows when
       * wide. */
      liaison_scene_render_legend (scene, cr, 10, 10, 100, &lw, &lh);
      g_assert_cmpfloat (lw, >, 60);
      g_assert_cmpfloat (lh, >, 10 * style->font_size);
      liaison_scene_render_legend (scene, cr, 10, 10, 880, &lw, &lh);
      g_assert_cmpfloat (lw, <=, 880);
      g_assert_cmpfloat (lh, <, 6 * style->font_size);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* Moving a node pins it in the document and carries its edges along. */
static void
test_move (void)
{
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(LiaisonScene) scene = example_scene (&document, FALSE);
  LiaisonActor *kenya = liaison_document_find_actor (document, "Kenya");
  int index = liaison_scene_find_node (scene, kenya);
  gboolean pinned = FALSE;
  double x, y;

  liaison_scene_move_node (scene, index, 5000, 4000);
  g_assert_true (liaison_document_get_position (document, liaison_actor_get_id (kenya), &x, &y, &pinned));
  g_assert_cmpfloat (x, ==, 5000);
  g_assert_cmpfloat (y, ==, 4000);
  g_assert_true (pinned);
  for (guint e = 0; e < liaison_scene_get_n_edges (scene); e++)
    {
      const LiaisonSceneEdge *edge = liaison_scene_get_edge (scene, e);

      if ((int) edge->source == index)
        g_assert_cmpfloat (hypot (edge->x0 - 5000, edge->y0 - 4000), <, 40);
      if ((int) edge->target == index)
        g_assert_cmpfloat (hypot (edge->x1 - 5000, edge->y1 - 4000), <, 40);
    }

  /* Laying out again keeps the pinned node where the user put it. */
  g_assert_true (liaison_scene_layout (scene, FALSE, NULL));
  g_assert_true (liaison_document_get_position (document, liaison_actor_get_id (kenya), &x, &y, &pinned));
  g_assert_cmpfloat (x, ==, 5000);
  g_assert_cmpfloat (y, ==, 4000);
}

/* In a map of two reports, what both report is drawn thicker than what one does. */
static void
test_weight (void)
{
  g_autofree char *first_path = g_test_build_filename (G_TEST_DIST, "data", "articles", "combine-rail-deal.txt", NULL);
  g_autofree char *second_path = g_test_build_filename (G_TEST_DIST, "data", "articles", "combine-review.txt", NULL);
  g_autoptr(GFile) first_file = g_file_new_for_path (first_path);
  g_autoptr(GFile) second_file = g_file_new_for_path (second_path);
  g_autoptr(LiaisonDocument) map = liaison_open_file (first_file, NULL, NULL);
  g_autoptr(LiaisonDocument) second = liaison_open_file (second_file, NULL, NULL);
  LiaisonStyle style;
  LiaisonScene *scene;
  LiaisonActor *kenya, *china;
  const LiaisonSceneEdge *both, *one;

  g_assert_true (liaison_document_add_document (map, second, NULL));
  liaison_style_init_default (&style, FALSE);
  scene = liaison_scene_new (map, &style);
  kenya = liaison_document_find_actor (map, "Kenya");
  china = liaison_document_find_actor (map, "China");
  both = liaison_scene_get_edge (scene, liaison_scene_find_edge (scene,
    liaison_document_find_relation (map, kenya, china, LIAISON_RELATION_KIND_COOPERATES_WITH)));
  one = liaison_scene_get_edge (scene, liaison_scene_find_edge (scene,
    liaison_document_find_relation (map, kenya, liaison_document_find_actor (map, "railway"),
                                    LIAISON_RELATION_KIND_COOPERATION_IN)));
  g_assert_cmpuint (both->weight, ==, 2);
  g_assert_cmpuint (one->weight, ==, 1);
  g_assert_cmpfloat (liaison_scene_edge_weight_factor (both), >, liaison_scene_edge_weight_factor (one));
  g_assert_cmpfloat (liaison_scene_edge_weight_factor (one), ==, 1.0);
  liaison_scene_free (scene);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/scene/example", test_example);
  g_test_add_func ("/liaison/scene/hit", test_hit);
  g_test_add_func ("/liaison/scene/view", test_view);
  g_test_add_func ("/liaison/scene/render", test_render);
  g_test_add_func ("/liaison/scene/move", test_move);
  g_test_add_func ("/liaison/scene/weight", test_weight);

  return g_test_run ();
}
