/* layout.c — how fast and how well Liaison lays out graphs, against igraph and Graphviz
 *
 *   bench/layout [NODES...]      (default: 1000 10000 100000)
 *
 * For each size, a Barabási–Albert graph (m = 2) is laid out by:
 *  - Liaison's layout (liaison_layout_run, boxes of 12×12 so that overlap removal does little);
 *  - igraph's Fruchterman–Reingold (when built with libigraph-dev; up to 20,000 nodes);
 *  - Graphviz sfdp (when it is on PATH; up to 20,000 nodes; its time includes writing and
 *    reading DOT).
 * It prints the time, the normalised stress (sampled shortest paths against distances, after
 * the best scaling; lower is better) and the share of crossing edge pairs (sampled), and each
 * figure as a ratio to igraph's time and to sfdp's stress measured in the same run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "liaison-layout.h"

#ifdef HAVE_IGRAPH
/* igraph's headers test a macro they do not always define. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wundef"
#include <igraph.h>
#pragma GCC diagnostic pop
#endif

typedef struct
{
  guint   n;
  GArray *edges;   /* LiaisonLayoutEdge */
  guint  *start;   /* adjacency, for distances */
  guint  *adj;
} Graph;

static Graph *
generate (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *degree = g_new0 (guint, n + 1);
  guint *fill;
  Graph *g = g_new0 (Graph, 1);

  g->n = n;
  g->edges = g_array_new (FALSE, FALSE, sizeof (LiaisonLayoutEdge));
  for (guint v = 1; v < n; v++)
    {
      guint u0 = G_MAXUINT;

      for (guint e = 0; e < 2; e++)
        {
          guint u = ends->len == 0 ? 0 : g_array_index (ends, guint, g_rand_int_range (rand, 0, (gint32) ends->len));
          LiaisonLayoutEdge edge = { v, u };

          if (u == u0 || u == v)
            continue;
          u0 = u;
          g_array_append_val (g->edges, edge);
          g_array_append_val (ends, u);
          g_array_append_val (ends, v);
          degree[u]++;
          degree[v]++;
        }
    }

  g->start = g_new0 (guint, n + 1);
  for (guint v = 0; v < n; v++)
    g->start[v + 1] = g->start[v] + degree[v];
  g->adj = g_new (guint, g->start[n] + 1);
  fill = g_memdup2 (g->start, sizeof (guint) * (n + 1));
  for (guint e = 0; e < g->edges->len; e++)
    {
      LiaisonLayoutEdge *edge = &g_array_index (g->edges, LiaisonLayoutEdge, e);

      g->adj[fill[edge->source]++] = edge->target;
      g->adj[fill[edge->target]++] = edge->source;
    }
  g_free (fill);
  return g;
}

static void
graph_free (Graph *g)
{
  g_array_unref (g->edges);
  g_free (g->start);
  g_free (g->adj);
  g_free (g);
}

/* Normalised stress over the shortest paths from a sample of sources. */
static double
stress (Graph        *g,
        const double *x,
        const double *y)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autofree int *dist = g_new (int, g->n);
  g_autofree guint *queue = g_new (guint, g->n);
  double num = 0, den = 0, s, total = 0;
  guint sources = MIN (g->n, 60), pairs = 0;
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double) * 2);

  for (guint k = 0; k < sources; k++)
    {
      guint src = (guint) g_rand_int_range (rand, 0, (gint32) g->n), head = 0, tail = 0;

      for (guint v = 0; v < g->n; v++)
        dist[v] = -1;
      dist[src] = 0;
      queue[tail++] = src;
      while (head < tail)
        {
          guint v = queue[head++];

          for (guint a = g->start[v]; a < g->start[v + 1]; a++)
            if (dist[g->adj[a]] < 0)
              {
                dist[g->adj[a]] = dist[v] + 1;
                queue[tail++] = g->adj[a];
              }
        }
      for (guint v = 0; v < g->n; v += MAX (1, g->n / 2000))
        if (v != src && dist[v] > 0)
          {
            double pair[2] = { hypot (x[v] - x[src], y[v] - y[src]), dist[v] };

            g_array_append_val (samples, pair);
            num += pair[0] / pair[1];
            den += pair[0] * pair[0] / (pair[1] * pair[1]);
          }
    }

  /* The scale that fits the distances best. */
  s = den > 0 ? num / den : 1;
  for (guint i = 0; i < samples->len; i++)
    {
      const double *pair = &g_array_index (samples, double, 2 * i);
      double diff = s * pair[0] - pair[1];

      total += diff * diff / (pair[1] * pair[1]);
      pairs++;
    }
  return pairs > 0 ? total / pairs : 0;
}

static gboolean
cross (double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy)
{
  double d1 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  double d2 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  double d3 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  double d4 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);

  return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0));
}

/* The share of pairs of edges without a common end that cross, from 400,000 random pairs. */
static double
crossing_rate (Graph        *g,
               const double *x,
               const double *y)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  guint crossing = 0, tried = 0;

  for (guint i = 0; i < 400000; i++)
    {
      LiaisonLayoutEdge *a = &g_array_index (g->edges, LiaisonLayoutEdge, g_rand_int_range (rand, 0, (gint32) g->edges->len));
      LiaisonLayoutEdge *b = &g_array_index (g->edges, LiaisonLayoutEdge, g_rand_int_range (rand, 0, (gint32) g->edges->len));

      if (a->source == b->source || a->source == b->target || a->target == b->source || a->target == b->target)
        continue;
      tried++;
      crossing += cross (x[a->source], y[a->source], x[a->target], y[a->target],
                         x[b->source], y[b->source], x[b->target], y[b->target]);
    }
  return tried > 0 ? (double) crossing / tried : 0;
}

typedef struct
{
  const char *name;
  double      seconds;
  double      stress;
  double      crossings;
  gboolean    done;
} Result;

static void
run_liaison (Graph  *g,
             Result *r,
             double *x,
             double *y)
{
  g_autofree LiaisonLayoutNode *nodes = g_new0 (LiaisonLayoutNode, g->n);
  gint64 start;

  for (guint v = 0; v < g->n; v++)
    {
      nodes[v].box_x = nodes[v].box_y = -6;
      nodes[v].box_width = nodes[v].box_height = 12;
    }
  start = g_get_monotonic_time ();
  liaison_layout_run (nodes, g->n, (LiaisonLayoutEdge *) g->edges->data, g->edges->len, NULL, NULL, NULL, NULL);
  r->seconds = (g_get_monotonic_time () - start) / 1e6;
  for (guint v = 0; v < g->n; v++)
    {
      x[v] = nodes[v].x;
      y[v] = nodes[v].y;
    }
  r->done = TRUE;
}

#ifdef HAVE_IGRAPH
static void
run_igraph (Graph  *g,
            Result *r,
            double *x,
            double *y)
{
  igraph_t graph;
  igraph_vector_int_t list;
  igraph_matrix_t res;
  gint64 start;

  igraph_vector_int_init (&list, 2 * g->edges->len);
  for (guint e = 0; e < g->edges->len; e++)
    {
      VECTOR (list)[2 * e] = g_array_index (g->edges, LiaisonLayoutEdge, e).source;
      VECTOR (list)[2 * e + 1] = g_array_index (g->edges, LiaisonLayoutEdge, e).target;
    }
  igraph_create (&graph, &list, g->n, IGRAPH_UNDIRECTED);
  igraph_matrix_init (&res, 0, 0);
  igraph_rng_seed (igraph_rng_default (), 42);

  start = g_get_monotonic_time ();
  igraph_layout_fruchterman_reingold (&graph, &res, FALSE, 500, sqrt ((double) g->n),
                                      IGRAPH_LAYOUT_AUTOGRID, NULL, NULL, NULL, NULL, NULL);
  r->seconds = (g_get_monotonic_time () - start) / 1e6;
  for (guint v = 0; v < g->n; v++)
    {
      x[v] = MATRIX (res, v, 0);
      y[v] = MATRIX (res, v, 1);
    }
  igraph_matrix_destroy (&res);
  igraph_destroy (&graph);
  igraph_vector_int_destroy (&list);
  r->done = TRUE;
}
#endif

static void
run_sfdp (Graph  *g,
          Result *r,
          double *x,
          double *y)
{
  g_autofree char *dir = g_dir_make_tmp ("liaison-bench-XXXXXX", NULL);
  g_autofree char *in = g_build_filename (dir, "g.dot", NULL);
  g_autofree char *out = g_build_filename (dir, "out.dot", NULL);
  g_autofree char *command = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) dot = g_string_new ("graph g {\n");
  g_autoptr(GRegex) pos = g_regex_new ("^\\s*(\\d+)\\s*\\[.*?pos=\"([-0-9.e+]+),([-0-9.e+]+)", G_REGEX_MULTILINE | G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *sfdp = g_find_program_in_path ("sfdp");
  gint64 start;
  int status = 0;

  if (sfdp == NULL)
    return;
  for (guint v = 0; v < g->n; v++)
    g_string_append_printf (dot, "%u;\n", v);
  for (guint e = 0; e < g->edges->len; e++)
    g_string_append_printf (dot, "%u -- %u;\n", g_array_index (g->edges, LiaisonLayoutEdge, e).source,
                            g_array_index (g->edges, LiaisonLayoutEdge, e).target);
  g_string_append (dot, "}\n");

  start = g_get_monotonic_time ();
  g_file_set_contents (in, dot->str, -1, NULL);
  command = g_strdup_printf ("%s -Tdot -o %s %s", sfdp, out, in);
  if (!g_spawn_command_line_sync (command, NULL, NULL, &status, NULL) || status != 0)
    return;
  /* Reading our own parse of its output is not sfdp's time. */
  r->seconds = (g_get_monotonic_time () - start) / 1e6;
  if (!g_file_get_contents (out, &text, NULL, NULL))
    return;
  g_regex_match (pos, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *id = g_match_info_fetch (match, 1);
      g_autofree char *sx = g_match_info_fetch (match, 2);
      g_autofree char *sy = g_match_info_fetch (match, 3);
      guint v = (guint) atoi (id);

      if (v < g->n)
        {
          x[v] = g_ascii_strtod (sx, NULL);
          y[v] = g_ascii_strtod (sy, NULL);
        }
      g_match_info_next (match, NULL);
    }
  g_unlink (in);
  g_unlink (out);
  g_rmdir (dir);
  r->done = TRUE;
}

int
main (int   argc,
      char *argv[])
{
  guint sizes[8] = { 1000, 10000, 100000 };
  guint n_sizes = 3;

  if (argc > 1)
    {
      n_sizes = MIN (argc - 1, 8);
      for (guint i = 0; i < n_sizes; i++)
        sizes[i] = (guint) atoi (argv[i + 1]);
    }

  for (guint s = 0; s < n_sizes; s++)
    {
      Graph *g = generate (sizes[s]);
      Result results[3] = { { "liaison" }, { "igraph FR" }, { "sfdp" } };
      g_autofree double *x = g_new0 (double, g->n);
      g_autofree double *y = g_new0 (double, g->n);
      double base_time = 0, base_stress = 0;

      g_print ("Barabási–Albert m=2, %u nodes, %u edges\n", g->n, g->edges->len);
      for (guint k = 0; k < 3; k++)
        {
          if (k == 0)
            run_liaison (g, &results[k], x, y);
#ifdef HAVE_IGRAPH
          else if (k == 1 && g->n <= 20000)
            run_igraph (g, &results[k], x, y);
#endif
          else if (k == 2 && g->n <= 20000)
            run_sfdp (g, &results[k], x, y);
          if (!results[k].done)
            continue;
          results[k].stress = stress (g, x, y);
          results[k].crossings = crossing_rate (g, x, y);
        }
      if (results[1].done)
        base_time = results[1].seconds;
      if (results[2].done)
        base_stress = results[2].stress;

      for (guint k = 0; k < 3; k++)
        {
          if (!results[k].done)
            {
              g_print ("  %-10s  (not run)\n", results[k].name);
              continue;
            }
          g_print ("  %-10s %8.2f s", results[k].name, results[k].seconds);
          if (base_time > 0)
            g_print (" (%5.2fx igraph)", results[k].seconds / base_time);
          g_print ("   stress %.3f", results[k].stress);
          if (base_stress > 0)
            g_print (" (%5.2fx sfdp)", results[k].stress / base_stress);
          g_print ("   crossing pairs %.4f\n", results[k].crossings);
        }
      graph_free (g);
    }

  return 0;
}
