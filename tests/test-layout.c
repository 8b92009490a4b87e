/* test-layout.c — where nodes go: deterministic, pinned nodes kept, no overlaps, parts packed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-layout.h"

typedef struct
{
  LiaisonLayoutNode *nodes;
  guint              n_nodes;
  LiaisonLayoutEdge *edges;
  guint              n_edges;
} TestGraph;

static void
test_graph_free (TestGraph *g)
{
  g_free (g->nodes);
  g_free (g->edges);
  g_free (g);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestGraph, test_graph_free)

/* A preferential-attachment graph (Barabási–Albert, @m edges per new node), in @n_parts
 * separate parts, each node with a label box of varied width below it. */
static TestGraph *
generate (guint   n,
          guint   m,
          guint   n_parts,
          guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (LiaisonLayoutEdge));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  TestGraph *g = g_new0 (TestGraph, 1);
  guint part_size = n / n_parts;

  g->n_nodes = n;
  g->nodes = g_new0 (LiaisonLayoutNode, n);
  for (guint v = 0; v < n; v++)
    {
      double label = 30 + g_rand_double (rand) * 90;

      g->nodes[v].box_x = -label / 2;
      g->nodes[v].box_y = -10;
      g->nodes[v].box_width = label;
      g->nodes[v].box_height = 36;

      if (v % part_size == 0)
        {
          g_array_set_size (ends, 0);
          g_array_append_val (ends, v);
          continue;
        }
      for (guint e = 0; e < m && e < ends->len; e++)
        {
          guint u = g_array_index (ends, guint, g_rand_int_range (rand, 0, (gint32) ends->len));
          LiaisonLayoutEdge edge = { v, u };

          g_array_append_val (edges, edge);
          g_array_append_val (ends, u);
          g_array_append_val (ends, v);
        }
    }

  g->n_edges = edges->len;
  g->edges = g_memdup2 (edges->data, sizeof (LiaisonLayoutEdge) * edges->len);
  return g;
}

static void
run (TestGraph *g,
     guint32    seed)
{
  LiaisonLayoutOptions options;

  liaison_layout_options_init (&options);
  options.seed = seed;
  g_assert_true (liaison_layout_run (g->nodes, g->n_nodes, g->edges, g->n_edges, &options,
                                     NULL, NULL, NULL));
}

static double
mean_edge_length (TestGraph *g)
{
  double sum = 0;

  for (guint e = 0; e < g->n_edges; e++)
    {
      LiaisonLayoutNode *a = &g->nodes[g->edges[e].source], *b = &g->nodes[g->edges[e].target];

      sum += hypot (a->x - b->x, a->y - b->y);
    }
  return sum / MAX (1, g->n_edges);
}

static void
test_deterministic (void)
{
  g_autoptr(TestGraph) a = generate (300, 2, 1, 7);
  g_autoptr(TestGraph) b = generate (300, 2, 1, 7);
  g_autoptr(TestGraph) c = generate (300, 2, 1, 7);

  run (a, 42);
  run (b, 42);
  run (c, 43);
  for (guint v = 0; v < a->n_nodes; v++)
    {
      g_assert_cmpfloat (a->nodes[v].x, ==, b->nodes[v].x);
      g_assert_cmpfloat (a->nodes[v].y, ==, b->nodes[v].y);
      g_assert_true (a->nodes[v].placed);
    }
  /* Another seed is another layout. */
  g_assert_true (memcmp (a->nodes, c->nodes, sizeof (LiaisonLayoutNode) * a->n_nodes) != 0);
}

static void
test_no_overlaps (void)
{
  const guint sizes[] = { 2, 12, 60, 400, 2000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(TestGraph) g = generate (sizes[i], 2, 1, i);
      LiaisonLayoutOptions options;
      double length;

      liaison_layout_options_init (&options);
      run (g, 1);
      g_assert_cmpuint (liaison_layout_count_overlaps (g->nodes, g->n_nodes, options.gap), ==, 0);

      /* Edges are about as long as asked: never collapsed; in small maps, not flung apart
       * (big ones grow to make room for their labels). */
      length = mean_edge_length (g);
      g_test_message ("%u nodes: mean edge length %.1f", sizes[i], length);
      g_assert_cmpfloat (length, >, options.edge_length * 0.3);
      if (sizes[i] <= 60)
        g_assert_cmpfloat (length, <, options.edge_length * 2.5);
    }
}

/* Separate parts lie side by side: the whole map is not much bigger than its parts. */
static void
test_components_packed (void)
{
  const guint n_parts = 12, part_size = 20;
  g_autoptr(TestGraph) g = generate (n_parts * part_size, 1, n_parts, 3);
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double parts = 0, width, height;

  run (g, 5);
  for (guint p = 0; p < n_parts; p++)
    {
      double px0 = G_MAXDOUBLE, py0 = G_MAXDOUBLE, px1 = -G_MAXDOUBLE, py1 = -G_MAXDOUBLE;

      for (guint v = p * part_size; v < (p + 1) * part_size; v++)
        {
          LiaisonLayoutNode *node = &g->nodes[v];

          px0 = MIN (px0, node->x + node->box_x);
          py0 = MIN (py0, node->y + node->box_y);
          px1 = MAX (px1, node->x + node->box_x + node->box_width);
          py1 = MAX (py1, node->y + node->box_y + node->box_height);
        }
      parts += (px1 - px0) * (py1 - py0);
      x0 = MIN (x0, px0);
      y0 = MIN (y0, py0);
      x1 = MAX (x1, px1);
      y1 = MAX (y1, py1);
    }
  width = x1 - x0;
  height = y1 - y0;

  g_assert_cmpuint (liaison_layout_count_overlaps (g->nodes, g->n_nodes, 8), ==, 0);
  /* The parts fill most of the map, and the map is not a long strip. */
  g_test_message ("parts fill %.0f%% of the map, %.0f x %.0f", 100 * parts / (width * height),
                  width, height);
  g_assert_cmpfloat (parts / (width * height), >, 0.5);
  g_assert_cmpfloat (width / height, <, 3.0);
  g_assert_cmpfloat (height / width, <, 3.0);
}

/* A node the user put somewhere stays there; adding nodes moves the others only a little. */
static void
test_incremental (void)
{
  g_autoptr(TestGraph) g = generate (80, 2, 1, 9);
  g_autoptr(TestGraph) bigger = generate (84, 2, 1, 9);
  double moved = 0;

  run (g, 1);
  memcpy (bigger->nodes, g->nodes, sizeof (LiaisonLayoutNode) * g->n_nodes);
  bigger->nodes[0].x += 40;
  bigger->nodes[0].y -= 30;
  bigger->nodes[0].pinned = TRUE;
  bigger->nodes[10].pinned = TRUE;
  for (guint v = g->n_nodes; v < bigger->n_nodes; v++)
    g_assert_false (bigger->nodes[v].placed);

  run (bigger, 1);

  g_assert_cmpfloat (bigger->nodes[0].x, ==, g->nodes[0].x + 40);
  g_assert_cmpfloat (bigger->nodes[0].y, ==, g->nodes[0].y - 30);
  g_assert_cmpfloat (bigger->nodes[10].x, ==, g->nodes[10].x);
  g_assert_cmpfloat (bigger->nodes[10].y, ==, g->nodes[10].y);
  g_assert_true (bigger->nodes[0].pinned);
  for (guint v = 1; v < g->n_nodes; v++)
    moved += hypot (bigger->nodes[v].x - g->nodes[v].x, bigger->nodes[v].y - g->nodes[v].y);
  g_test_message ("old nodes moved %.1f on average", moved / (g->n_nodes - 1));
  g_assert_cmpfloat (moved / (g->n_nodes - 1), <, 40);
  for (guint v = g->n_nodes; v < bigger->n_nodes; v++)
    g_assert_true (bigger->nodes[v].placed);
  g_assert_cmpuint (liaison_layout_count_overlaps (bigger->nodes, bigger->n_nodes, 8), ==, 0);

  /* Newcomers land beside what they are linked to, not out at the edge of the map. */
  for (guint v = g->n_nodes; v < bigger->n_nodes; v++)
    {
      double nearest = G_MAXDOUBLE;

      for (guint e = 0; e < bigger->n_edges; e++)
        {
          guint other = bigger->edges[e].source == v ? bigger->edges[e].target
                      : bigger->edges[e].target == v ? bigger->edges[e].source : G_MAXUINT;

          if (other != G_MAXUINT)
            nearest = MIN (nearest, hypot (bigger->nodes[v].x - bigger->nodes[other].x,
                                           bigger->nodes[v].y - bigger->nodes[other].y));
        }
      g_test_message ("new node %u is %.0f from its nearest neighbour", v, nearest);
      g_assert_cmpfloat (nearest, <, 3 * 120);
    }
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_cancel (void)
{
  g_autoptr(TestGraph) g = generate (500, 2, 1, 11);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree LiaisonLayoutNode *before = g_memdup2 (g->nodes, sizeof (LiaisonLayoutNode) * g->n_nodes);
  double last = 0;

  g_cancellable_cancel (cancellable);
  g_assert_false (liaison_layout_run (g->nodes, g->n_nodes, g->edges, g->n_edges, NULL,
                                      cancellable, NULL, NULL));
  g_assert_true (memcmp (before, g->nodes, sizeof (LiaisonLayoutNode) * g->n_nodes) == 0);

  g_assert_true (liaison_layout_run (g->nodes, g->n_nodes, g->edges, g->n_edges, NULL, NULL,
                                     progress_cb, &last));
  g_assert_cmpfloat (last, ==, 1.0);
}

/* Odd graphs: no nodes, one node, self-loops, repeated edges, edges to missing nodes. */
static void
test_odd_graphs (void)
{
  LiaisonLayoutNode nodes[3] = { { 0 } };
  LiaisonLayoutEdge edges[] = { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 0, 1 }, { 2, 99 } };

  g_assert_true (liaison_layout_run (NULL, 0, NULL, 0, NULL, NULL, NULL, NULL));
  g_assert_true (liaison_layout_run (nodes, 1, NULL, 0, NULL, NULL, NULL, NULL));
  g_assert_true (isfinite (nodes[0].x) && isfinite (nodes[0].y));

  for (guint v = 0; v < 3; v++)
    {
      nodes[v] = (LiaisonLayoutNode) { 0 };
      nodes[v].box_width = 40;
      nodes[v].box_height = 20;
      nodes[v].box_x = -20;
      nodes[v].box_y = -10;
    }
  g_assert_true (liaison_layout_run (nodes, 3, edges, G_N_ELEMENTS (edges), NULL, NULL, NULL, NULL));
  for (guint v = 0; v < 3; v++)
    g_assert_true (isfinite (nodes[v].x) && isfinite (nodes[v].y));
  g_assert_cmpuint (liaison_layout_count_overlaps (nodes, 3, 8), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/layout/deterministic", test_deterministic);
  g_test_add_func ("/liaison/layout/no-overlaps", test_no_overlaps);
  g_test_add_func ("/liaison/layout/components-packed", test_components_packed);
  g_test_add_func ("/liaison/layout/incremental", test_incremental);
  g_test_add_func ("/liaison/layout/cancel", test_cancel);
  g_test_add_func ("/liaison/layout/odd-graphs", test_odd_graphs);

  return g_test_run ();
}
