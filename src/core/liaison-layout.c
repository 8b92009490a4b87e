/* liaison-layout.c — where each node of a graph goes: forces, levels, no overlaps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-layout.h"

/* A force-directed layout in the manner of Fruchterman and Reingold: edges pull their ends
 * together, every pair of nodes pushes apart, and a temperature that cools limits each move.
 *
 *  - Repulsion is approximated with a Barnes–Hut quadtree: a far cell acts as one body at its
 *    centre of mass, so an iteration costs O(n log n).
 *  - Large graphs are first coarsened (nodes merged along a matching of edges, level by level),
 *    the coarsest laid out, and each finer level starts from its parent's place and is refined.
 *  - Each connected component is laid out alone and the components are then packed in rows,
 *    biggest first, so that small ones do not drift to the edges.
 *  - With positions to start from (a map the user already has), nodes stay near where they are
 *    and pinned nodes do not move; new nodes start beside their neighbours.
 *  - Finally the boxes of nodes and labels are pushed apart until none overlap.
 *
 * Every random choice comes from one GRand seeded by the options: same input, same output. */

#define BARNES_HUT_THETA  0.9
/* The strength of repulsion against attraction, as in Hu's spring–electrical model: 1 spreads
 * large graphs far beyond their edge length. */
#define REPULSION         0.2
/* Beyond sqrt (FAR_FIELD) edge lengths, repulsion falls off as 1/d³. */
#define FAR_FIELD         4.0

/* Small maps are read node by node: hubs get room and loose branches stay close (mass by
 * degree, fading far field, a pull to the centre). Big ones are read as a whole, where the
 * plain spring–electrical model keeps distances truest. */
#define SMALL_GRAPH       300

#define COARSEST_SIZE     60
#define MAX_OVERLAP_PASSES 1000

typedef struct
{
  double x;
  double y;
} Point;

/* A graph in compressed rows: the neighbours of v are adj[start[v] .. start[v + 1]). */
typedef struct
{
  guint  n;
  guint *start;
  guint *adj;
} Graph;

static void
graph_clear (Graph *g)
{
  g_clear_pointer (&g->start, g_free);
  g_clear_pointer (&g->adj, g_free);
  g->n = 0;
}

/* Builds @g from @n_pairs pairs of [0, @n) without self-loops or repeated pairs. */
static void
graph_init (Graph       *g,
            guint        n,
            const guint *pairs,
            guint        n_pairs)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree guint *degree = g_new0 (guint, n + 1);
  g_autofree gint64 *keys = g_new (gint64, n_pairs);
  guint *fill;
  guint kept = 0;

  g->n = n;
  for (guint e = 0; e < n_pairs; e++)
    {
      guint a = pairs[2 * e], b = pairs[2 * e + 1];

      keys[e] = -1;
      if (a == b || a >= n || b >= n)
        continue;
      keys[e] = (gint64) MIN (a, b) * (gint64) n + MAX (a, b);
      if (g_hash_table_contains (seen, &keys[e]))
        {
          keys[e] = -1;
          continue;
        }
      g_hash_table_add (seen, &keys[e]);
      degree[a]++;
      degree[b]++;
      kept++;
    }

  g->start = g_new0 (guint, n + 1);
  for (guint v = 0; v < n; v++)
    g->start[v + 1] = g->start[v] + degree[v];
  g->adj = g_new (guint, 2 * kept + 1);

  fill = g_memdup2 (g->start, sizeof (guint) * (n + 1));
  for (guint e = 0; e < n_pairs; e++)
    {
      guint a = pairs[2 * e], b = pairs[2 * e + 1];

      if (keys[e] < 0)
        continue;
      g->adj[fill[a]++] = b;
      g->adj[fill[b]++] = a;
    }
  g_free (fill);
}

static inline guint
graph_degree (const Graph *g,
              guint        v)
{
  return g->start[v + 1] - g->start[v];
}

/* Quadtree ---------------------------------------------------------------------------------- */

typedef struct
{
  double cx, cy, half;     /* square cell */
  double mx, my;           /* centre of mass */
  double mass;
  int    child[4];         /* -1 when absent */
  int    body;             /* the single body of a leaf, -1 when none or several */
} Cell;

typedef struct
{
  GArray *cells;
} Quadtree;

static int
quadtree_new_cell (Quadtree *qt,
                   double    cx,
                   double    cy,
                   double    half)
{
  Cell cell = { cx, cy, half, 0, 0, 0, { -1, -1, -1, -1 }, -1 };

  g_array_append_val (qt->cells, cell);
  return (int) qt->cells->len - 1;
}

static void
quadtree_insert (Quadtree    *qt,
                 int          index,
                 const Point *pos,
                 const double *mass,
                 int          body,
                 guint        depth)
{
  Cell *cell = &g_array_index (qt->cells, Cell, index);

  if (cell->mass == 0)
    {
      cell->body = body;
      cell->mass = mass[body];
      cell->mx = pos[body].x;
      cell->my = pos[body].y;
      return;
    }

  /* Past a depth, bodies at (almost) one place share a leaf. */
  if (depth < 40)
    {
      int old = cell->body;

      cell->body = -1;
      for (int pass = 0; pass < 2; pass++)
        {
          int b = pass == 0 ? old : body;
          int quadrant;
          int child;

          if (b < 0)
            continue;

          cell = &g_array_index (qt->cells, Cell, index);
          quadrant = (pos[b].x >= cell->cx ? 1 : 0) + (pos[b].y >= cell->cy ? 2 : 0);
          child = cell->child[quadrant];
          if (child < 0)
            {
              double h = cell->half / 2;

              child = quadtree_new_cell (qt, cell->cx + (quadrant & 1 ? h : -h),
                                         cell->cy + (quadrant & 2 ? h : -h), h);
              cell = &g_array_index (qt->cells, Cell, index);
              cell->child[quadrant] = child;
            }
          quadtree_insert (qt, child, pos, mass, b, depth + 1);
        }
    }

  cell = &g_array_index (qt->cells, Cell, index);
  cell->mx = (cell->mx * cell->mass + pos[body].x * mass[body]) / (cell->mass + mass[body]);
  cell->my = (cell->my * cell->mass + pos[body].y * mass[body]) / (cell->mass + mass[body]);
  cell->mass += mass[body];
}

static void
quadtree_build (Quadtree     *qt,
                const Point  *pos,
                const double *mass,
                guint         n)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  g_array_set_size (qt->cells, 0);
  for (guint v = 0; v < n; v++)
    {
      x0 = MIN (x0, pos[v].x);
      y0 = MIN (y0, pos[v].y);
      x1 = MAX (x1, pos[v].x);
      y1 = MAX (y1, pos[v].y);
    }
  quadtree_new_cell (qt, (x0 + x1) / 2, (y0 + y1) / 2, MAX (x1 - x0, y1 - y0) / 2 + 1);
  for (guint v = 0; v < n; v++)
    quadtree_insert (qt, 0, pos, mass, (int) v, 0);
}

/* The repulsion on @v from every other body, k² m / d, far cells taken whole. */
static void
quadtree_repulsion (const Quadtree *qt,
                    int             index,
                    const Point    *pos,
                    guint           v,
                    double          k2,
                    gboolean        far_field,
                    double         *fx,
                    double         *fy)
{
  const Cell *cell = &g_array_index (qt->cells, Cell, index);
  double dx, dy, d2;

  if (cell->mass == 0 || cell->body == (int) v)
    return;

  dx = pos[v].x - cell->mx;
  dy = pos[v].y - cell->my;
  d2 = dx * dx + dy * dy;

  if (cell->body >= 0 || (4 * cell->half * cell->half) < BARNES_HUT_THETA * BARNES_HUT_THETA * d2)
    {
      double mass = cell->mass;

      /* A leaf holding v with others at its place: leave v out. */
      if (cell->body < 0 && d2 < 1e-12)
        return;
      if (d2 < 1e-6)
        {
          /* Two bodies at one place: push along a fixed direction of their indices. */
          dx = ((v * 2654435761u) % 1000) / 1000.0 - 0.5;
          dy = ((v * 40503u) % 1000) / 1000.0 - 0.5;
          d2 = dx * dx + dy * dy + 1e-6;
        }
      /* Far away, repulsion fades faster than 1/d: a big cluster must not push a branch
       * that hangs on one edge out to the edge of the map. */
      if (far_field && d2 > FAR_FIELD * k2 / REPULSION)
        mass *= FAR_FIELD * k2 / REPULSION / d2;
      *fx += k2 * mass * dx / d2;
      *fy += k2 * mass * dy / d2;
      return;
    }

  for (int q = 0; q < 4; q++)
    if (cell->child[q] >= 0)
      quadtree_repulsion (qt, cell->child[q], pos, v, k2, far_field, fx, fy);
}

/* Forces ------------------------------------------------------------------------------------ */

/* @iterations of forces on @pos, temperature cooling from @t0 to near zero. Nodes with @fixed
 * set do not move. Returns FALSE if cancelled. */
static gboolean
run_forces (const Graph   *g,
            Point         *pos,
            const double  *mass,
            const gboolean *fixed,
            double         k,
            double         t0,
            guint          iterations,
            double         gravity,
            GCancellable  *cancellable)
{
  Quadtree qt = { g_array_sized_new (FALSE, FALSE, sizeof (Cell), g->n * 2 + 1) };
  g_autofree Point *disp = g_new (Point, g->n);
  double cx = 0, cy = 0;
  gboolean ok = TRUE;

  for (guint it = 0; it < iterations && g->n > 1; it++)
    {
      double t = t0 * (1.0 - (double) it / iterations) + t0 * 0.01;

      if (g_cancellable_is_cancelled (cancellable))
        {
          ok = FALSE;
          break;
        }

      quadtree_build (&qt, pos, mass, g->n);
      cx = cy = 0;
      for (guint v = 0; v < g->n; v++)
        {
          cx += pos[v].x;
          cy += pos[v].y;
        }
      cx /= g->n;
      cy /= g->n;

      for (guint v = 0; v < g->n; v++)
        {
          double fx = 0, fy = 0;

          quadtree_repulsion (&qt, 0, pos, v, REPULSION * k * k * mass[v], g->n <= SMALL_GRAPH,
                              &fx, &fy);
          for (guint i = g->start[v]; i < g->start[v + 1]; i++)
            {
              guint u = g->adj[i];
              double dx = pos[u].x - pos[v].x, dy = pos[u].y - pos[v].y;
              double d = sqrt (dx * dx + dy * dy);

              fx += dx * d / k;
              fy += dy * d / k;
            }
          /* A weak pull to the centre keeps loose parts near the rest. */
          fx += (cx - pos[v].x) * gravity * mass[v];
          fy += (cy - pos[v].y) * gravity * mass[v];
          disp[v].x = fx;
          disp[v].y = fy;
        }

      for (guint v = 0; v < g->n; v++)
        {
          double d = sqrt (disp[v].x * disp[v].x + disp[v].y * disp[v].y);
          double step;

          if (fixed != NULL && fixed[v])
            continue;
          if (d < 1e-9)
            continue;
          step = MIN (d, t);
          pos[v].x += disp[v].x / d * step;
          pos[v].y += disp[v].y / d * step;
        }
    }

  g_array_unref (qt.cells);
  return ok;
}

/* Multilevel -------------------------------------------------------------------------------- */

/* Merges @g's nodes along a matching: @parent[v] is v's node in the coarser graph @coarse.
 * Returns FALSE when the graph barely shrinks. */
static gboolean
coarsen (const Graph *g,
         GRand       *rand,
         guint       *parent,
         Graph       *coarse)
{
  g_autofree guint *order = g_new (guint, g->n);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_coarse = 0;

  for (guint v = 0; v < g->n; v++)
    {
      order[v] = v;
      parent[v] = G_MAXUINT;
    }
  for (guint i = g->n; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      guint tmp = order[i - 1];

      order[i - 1] = order[j];
      order[j] = tmp;
    }

  for (guint i = 0; i < g->n; i++)
    {
      guint v = order[i], best = G_MAXUINT;

      if (parent[v] != G_MAXUINT)
        continue;
      /* The unmatched neighbour of fewest neighbours: hubs stay apart. */
      for (guint a = g->start[v]; a < g->start[v + 1]; a++)
        {
          guint u = g->adj[a];

          if (parent[u] == G_MAXUINT && (best == G_MAXUINT || graph_degree (g, u) < graph_degree (g, best)))
            best = u;
        }
      parent[v] = n_coarse;
      if (best != G_MAXUINT)
        parent[best] = n_coarse;
      n_coarse++;
    }

  if (n_coarse > g->n * 0.9)
    return FALSE;

  for (guint v = 0; v < g->n; v++)
    for (guint a = g->start[v]; a < g->start[v + 1]; a++)
      if (v < g->adj[a] && parent[v] != parent[g->adj[a]])
        {
          g_array_append_val (pairs, parent[v]);
          g_array_append_val (pairs, parent[g->adj[a]]);
        }

  graph_init (coarse, n_coarse, (guint *) pairs->data, pairs->len / 2);
  return TRUE;
}

static guint
iterations_for (guint n,
                guint asked)
{
  if (asked > 0)
    return asked;
  if (n <= 200)
    return 400;
  return MAX (60, MIN (400, 60000 / n));
}

/* Lays out one connected graph from scratch, through coarser levels when it is large. */
static gboolean
layout_fresh (const Graph                *g,
              Point                      *pos,
              const LiaisonLayoutOptions *options,
              GRand                      *rand,
              GCancellable               *cancellable)
{
  g_autofree double *mass = g_new (double, g->n);
  double k = options->edge_length;

  /* Hubs push harder (as in ForceAtlas2), so that their many neighbours get room. */
  for (guint v = 0; v < g->n; v++)
    mass[v] = g->n <= SMALL_GRAPH ? 1.0 + 0.25 * graph_degree (g, v) : 1.0;

  if (g->n > COARSEST_SIZE * 2)
    {
      g_autofree guint *parent = g_new (guint, g->n);
      Graph coarse = { 0 };

      if (coarsen (g, rand, parent, &coarse))
        {
          g_autofree Point *coarse_pos = g_new (Point, coarse.n);
          gboolean ok = layout_fresh (&coarse, coarse_pos, options, rand, cancellable);

          if (ok)
            {
              /* Children start at their parent's place, a little apart. */
              for (guint v = 0; v < g->n; v++)
                {
                  pos[v].x = coarse_pos[parent[v]].x + (g_rand_double (rand) - 0.5) * k * 0.2;
                  pos[v].y = coarse_pos[parent[v]].y + (g_rand_double (rand) - 0.5) * k * 0.2;
                }
              ok = run_forces (g, pos, mass, NULL, k, k * 1.5, g->n > 2000 ? 15 : MAX (30, iterations_for (g->n, 0) / 4),
                               0.01 / k, cancellable);
            }
          graph_clear (&coarse);
          return ok;
        }
      graph_clear (&coarse);
    }

  /* Start on a disc whose area fits the nodes. */
  for (guint v = 0; v < g->n; v++)
    {
      double r = k * sqrt ((double) g->n) * sqrt (g_rand_double (rand));
      double a = g_rand_double (rand) * 2 * G_PI;

      pos[v].x = r * cos (a);
      pos[v].y = r * sin (a);
    }

  return run_forces (g, pos, mass, NULL, k, k * sqrt ((double) g->n) / 2,
                     iterations_for (g->n, options->iterations),
                     (g->n <= SMALL_GRAPH ? 0.12 : 0.01) / k, cancellable);
}

/* Turns a layout so that its longest extent lies across: maps are read on wide screens and
 * pages. The direction is the principal axis of the positions, so it does not depend on the
 * random start. */
static void
lay_flat (Point *pos,
          guint  n)
{
  double cx = 0, cy = 0, sxx = 0, syy = 0, sxy = 0, angle, c, s;

  if (n < 3)
    return;
  for (guint v = 0; v < n; v++)
    {
      cx += pos[v].x;
      cy += pos[v].y;
    }
  cx /= n;
  cy /= n;
  for (guint v = 0; v < n; v++)
    {
      double dx = pos[v].x - cx, dy = pos[v].y - cy;

      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
  angle = 0.5 * atan2 (2 * sxy, sxx - syy);
  c = cos (-angle);
  s = sin (-angle);
  for (guint v = 0; v < n; v++)
    {
      double dx = pos[v].x - cx, dy = pos[v].y - cy;

      pos[v].x = cx + dx * c - dy * s;
      pos[v].y = cy + dx * s + dy * c;
    }
}

/* Components -------------------------------------------------------------------------------- */

static guint
find_root (guint *parent,
           guint  v)
{
  while (parent[v] != v)
    {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
  return v;
}

typedef struct
{
  guint   first;      /* smallest node index, for a stable order */
  GArray *members;    /* guint */
  double  x0, y0, x1, y1;
} Component;

static int
compare_components (gconstpointer a,
                    gconstpointer b)
{
  const Component *x = a, *y = b;
  double ax = (x->x1 - x->x0) * (x->y1 - x->y0), ay = (y->x1 - y->x0) * (y->y1 - y->y0);

  if (x->members->len != y->members->len)
    return x->members->len > y->members->len ? -1 : 1;
  if (ax != ay)
    return ax > ay ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

static void
box_bounds (const LiaisonLayoutNode *node,
            double                   gap,
            double                  *x0,
            double                  *y0,
            double                  *x1,
            double                  *y1)
{
  *x0 = node->x + node->box_x - gap / 2;
  *y0 = node->y + node->box_y - gap / 2;
  *x1 = *x0 + node->box_width + gap;
  *y1 = *y0 + node->box_height + gap;
}

/* Places the components in rows, biggest first, in a block about 4:3 wide. */
static void
pack_components (LiaisonLayoutNode *nodes,
                 GArray            *components,
                 double             spacing)
{
  double area = 0, row_width, x = 0, y = 0, row_height = 0;

  for (guint c = 0; c < components->len; c++)
    {
      Component *comp = &g_array_index (components, Component, c);

      comp->x0 = comp->y0 = G_MAXDOUBLE;
      comp->x1 = comp->y1 = -G_MAXDOUBLE;
      for (guint i = 0; i < comp->members->len; i++)
        {
          double bx0, by0, bx1, by1;

          box_bounds (&nodes[g_array_index (comp->members, guint, i)], 0, &bx0, &by0, &bx1, &by1);
          comp->x0 = MIN (comp->x0, bx0);
          comp->y0 = MIN (comp->y0, by0);
          comp->x1 = MAX (comp->x1, bx1);
          comp->y1 = MAX (comp->y1, by1);
        }
      area += (comp->x1 - comp->x0 + spacing) * (comp->y1 - comp->y0 + spacing);
    }

  g_array_sort (components, compare_components);
  row_width = MAX (sqrt (area * 4.0 / 3.0),
                   g_array_index (components, Component, 0).x1 - g_array_index (components, Component, 0).x0);

  for (guint c = 0; c < components->len; c++)
    {
      Component *comp = &g_array_index (components, Component, c);
      double w = comp->x1 - comp->x0, h = comp->y1 - comp->y0;

      if (x > 0 && x + w > row_width)
        {
          x = 0;
          y += row_height + spacing;
          row_height = 0;
        }
      for (guint i = 0; i < comp->members->len; i++)
        {
          LiaisonLayoutNode *node = &nodes[g_array_index (comp->members, guint, i)];

          node->x += x - comp->x0;
          node->y += y - comp->y0;
        }
      x += w + spacing;
      row_height = MAX (row_height, h);
    }
}

/* Overlaps ---------------------------------------------------------------------------------- */

static gboolean
boxes_overlap (const LiaisonLayoutNode *a,
               const LiaisonLayoutNode *b,
               double                   gap,
               double                  *push_x,
               double                  *push_y)
{
  double ax0, ay0, ax1, ay1, bx0, by0, bx1, by1, ox, oy;

  box_bounds (a, gap, &ax0, &ay0, &ax1, &ay1);
  box_bounds (b, gap, &bx0, &by0, &bx1, &by1);
  ox = MIN (ax1, bx1) - MAX (ax0, bx0);
  oy = MIN (ay1, by1) - MAX (ay0, by0);
  if (ox <= 1e-9 || oy <= 1e-9)
    return FALSE;

  /* The shorter way out: sideways or up and down. */
  if (ox < oy)
    {
      *push_x = (ax0 + ax1 < bx0 + bx1) ? -ox : ox;
      *push_y = 0;
    }
  else
    {
      *push_x = 0;
      *push_y = (ay0 + ay1 < by0 + by1) ? -oy : oy;
    }
  return TRUE;
}

/* Visits the pairs of boxes that may overlap, through a grid of cells as big as the biggest
 * box: near-linear for maps whose boxes are alike. */
typedef gboolean (*PairFunc) (LiaisonLayoutNode *nodes,
                              guint              a,
                              guint              b,
                              double             gap,
                              gpointer           data);

static void
for_each_near_pair (LiaisonLayoutNode *nodes,
                    guint              n,
                    double             gap,
                    const gboolean    *active,
                    PairFunc           func,
                    gpointer           data)
{
  g_autofree guint *cell_of = NULL;
  g_autofree guint *cell_start = NULL;
  g_autofree guint *members = NULL;
  double size = 1, x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  guint cols, rows;

  if (n < 2)
    return;

  for (guint v = 0; v < n; v++)
    {
      double bx0, by0, bx1, by1;

      box_bounds (&nodes[v], gap, &bx0, &by0, &bx1, &by1);
      size = MAX (size, MAX (bx1 - bx0, by1 - by0));
      x0 = MIN (x0, bx0);
      y0 = MIN (y0, by0);
      x1 = MAX (x1, bx0);
      y1 = MAX (y1, by0);
    }

  /* A dense grid of cells at least as big as the biggest box, and no more cells than a few
   * per node: a box can only overlap boxes that start in its cell or the eight around it. */
  while (((x1 - x0) / size + 1) * ((y1 - y0) / size + 1) > 4.0 * n + 16)
    size *= 1.5;
  cols = (guint) ((x1 - x0) / size) + 1;
  rows = (guint) ((y1 - y0) / size) + 1;

  cell_of = g_new (guint, n);
  cell_start = g_new0 (guint, (gsize) cols * rows + 1);
  members = g_new (guint, n);
  for (guint v = 0; v < n; v++)
    {
      guint cx = (guint) ((nodes[v].x + nodes[v].box_x - gap / 2 - x0) / size);
      guint cy = (guint) ((nodes[v].y + nodes[v].box_y - gap / 2 - y0) / size);

      cell_of[v] = MIN (cy, rows - 1) * cols + MIN (cx, cols - 1);
      cell_start[cell_of[v] + 1]++;
    }
  for (guint c = 0; c < cols * rows; c++)
    cell_start[c + 1] += cell_start[c];
  {
    g_autofree guint *fill = g_memdup2 (cell_start, sizeof (guint) * ((gsize) cols * rows + 1));

    for (guint v = 0; v < n; v++)
      members[fill[cell_of[v]]++] = v;
  }

  /* With @active, only pairs where one node is active: after the first passes, only the
   * boxes that just moved can overlap anew. */
  for (guint v = 0; v < n; v++)
    {
      guint cx = cell_of[v] % cols, cy = cell_of[v] / cols;

      if (active != NULL && !active[v])
        continue;

      for (guint ny = cy > 0 ? cy - 1 : 0; ny <= MIN (cy + 1, rows - 1); ny++)
        for (guint nx = cx > 0 ? cx - 1 : 0; nx <= MIN (cx + 1, cols - 1); nx++)
          {
            guint c = ny * cols + nx;

            for (guint i = cell_start[c]; i < cell_start[c + 1]; i++)
              {
                guint u = members[i];

                if (active == NULL ? u <= v : (u == v || (active[u] && u < v)))
                  continue;
                if (!func (nodes, v, u, gap, data))
                  return;
              }
          }
    }
}

static gboolean
count_pair (LiaisonLayoutNode *nodes,
            guint              a,
            guint              b,
            double             gap,
            gpointer           data)
{
  double px, py;

  if (boxes_overlap (&nodes[a], &nodes[b], gap, &px, &py))
    (*(guint *) data)++;
  return TRUE;
}

typedef struct
{
  guint     moved;
  gboolean *moved_nodes;
} Separation;

static gboolean
separate_pair (LiaisonLayoutNode *nodes,
               guint              a,
               guint              b,
               double             gap,
               gpointer           data)
{
  Separation *sep = data;
  double px, py, share_a;

  if (!boxes_overlap (&nodes[a], &nodes[b], gap, &px, &py))
    return TRUE;
  if (nodes[a].pinned && nodes[b].pinned)
    return TRUE;

  /* A pinned node stays; otherwise both move half the way, and a little more to settle. */
  share_a = nodes[a].pinned ? 0 : nodes[b].pinned ? 1 : 0.5;
  px *= 1.02;
  py *= 1.02;
  nodes[a].x += px * share_a;
  nodes[a].y += py * share_a;
  nodes[b].x -= px * (1 - share_a);
  nodes[b].y -= py * (1 - share_a);
  sep->moved++;
  sep->moved_nodes[a] = sep->moved_nodes[a] || share_a > 0;
  sep->moved_nodes[b] = sep->moved_nodes[b] || share_a < 1;
  return TRUE;
}

/**
 * liaison_layout_count_overlaps:
 * @nodes: (array length=n_nodes): the nodes
 * @n_nodes: how many
 * @gap: the space that must separate two boxes
 *
 * Returns: how many pairs of boxes overlap or come closer than @gap
 */
guint
liaison_layout_count_overlaps (const LiaisonLayoutNode *nodes,
                               guint                    n_nodes,
                               double                   gap)
{
  guint count = 0;

  /* Counting reads only; the visitor's signature is shared with the one that moves boxes. */
  for_each_near_pair ((LiaisonLayoutNode *) nodes, n_nodes, gap * 0.999, NULL, count_pair, &count);
  return count;
}

/* Scales a fresh layout up, keeping its shape, until its boxes could fit: pushing boxes apart
 * one pair at a time only works when there is room. */
static void
spread_to_fit (LiaisonLayoutNode *nodes,
               guint              n,
               double             gap)
{
  double boxes = 0, cx = 0, cy = 0, spread = 0, scale;

  if (n < 2)
    return;
  for (guint v = 0; v < n; v++)
    {
      boxes += (nodes[v].box_width + gap) * (nodes[v].box_height + gap);
      cx += nodes[v].x;
      cy += nodes[v].y;
    }
  cx /= n;
  cy /= n;
  for (guint v = 0; v < n; v++)
    spread += (nodes[v].x - cx) * (nodes[v].x - cx) + (nodes[v].y - cy) * (nodes[v].y - cy);

  /* The nodes' mean square distance from the centre, as the area they cover (a disc). */
  spread = G_PI * spread / n * 2;
  if (spread <= 0)
    return;
  scale = sqrt (boxes / 0.35 / spread);
  if (scale <= 1)
    return;
  for (guint v = 0; v < n; v++)
    {
      nodes[v].x = cx + (nodes[v].x - cx) * scale;
      nodes[v].y = cy + (nodes[v].y - cy) * scale;
    }
}

static void
remove_overlaps (LiaisonLayoutNode *nodes,
                 guint              n,
                 double             gap)
{
  g_autofree gboolean *active = g_new (gboolean, n + 1);
  g_autofree gboolean *moved = g_new0 (gboolean, n + 1);

  for (guint pass = 0; pass < MAX_OVERLAP_PASSES; pass++)
    {
      Separation sep = { 0, moved };

      memset (moved, 0, sizeof (gboolean) * n);
      for_each_near_pair (nodes, n, gap, pass == 0 ? NULL : active, separate_pair, &sep);
      if (sep.moved == 0)
        break;
      memcpy (active, moved, sizeof (gboolean) * n);
    }
}

/* Driver ------------------------------------------------------------------------------------ */

/**
 * liaison_layout_options_init:
 * @options: options to fill with the defaults
 */
void
liaison_layout_options_init (LiaisonLayoutOptions *options)
{
  g_return_if_fail (options != NULL);

  options->seed = 1;
  options->edge_length = 120;
  options->gap = 8;
  options->iterations = 0;
}

/* Nodes with positions keep them: new nodes start beside their placed neighbours (or beside
 * the map) and find their place among them; then only overlaps move anything else, and pinned
 * nodes not at all. */
static gboolean
layout_incremental (LiaisonLayoutNode          *nodes,
                    const Graph                *g,
                    const LiaisonLayoutOptions *options,
                    GRand                      *rand,
                    GCancellable               *cancellable)
{
  g_autofree Point *pos = g_new (Point, g->n);
  g_autofree double *mass = g_new (double, g->n);
  g_autofree gboolean *fixed = g_new (gboolean, g->n);
  double k = options->edge_length, x1 = -G_MAXDOUBLE, y0 = G_MAXDOUBLE;
  guint n_new = 0;

  for (guint v = 0; v < g->n; v++)
    {
      mass[v] = 1.0;
      fixed[v] = nodes[v].placed;
      if (nodes[v].placed)
        {
          x1 = MAX (x1, nodes[v].x);
          y0 = MIN (y0, nodes[v].y);
        }
    }

  for (guint v = 0; v < g->n; v++)
    {
      double sx = 0, sy = 0;
      guint count = 0;

      if (nodes[v].placed)
        {
          pos[v].x = nodes[v].x;
          pos[v].y = nodes[v].y;
          continue;
        }
      n_new++;
      for (guint a = g->start[v]; a < g->start[v + 1]; a++)
        if (nodes[g->adj[a]].placed)
          {
            sx += nodes[g->adj[a]].x;
            sy += nodes[g->adj[a]].y;
            count++;
          }
      if (count > 0)
        {
          pos[v].x = sx / count + (g_rand_double (rand) - 0.5) * k;
          pos[v].y = sy / count + (g_rand_double (rand) - 0.5) * k;
        }
      else
        {
          /* Nothing known around it: to the right of the map. */
          pos[v].x = x1 + k * (1 + g_rand_double (rand));
          pos[v].y = y0 + k * g_rand_double (rand) * sqrt ((double) g->n);
        }
    }

  if (n_new > 0 && !run_forces (g, pos, mass, fixed, k, k,
                   MAX (50, iterations_for (g->n, options->iterations) / 3), 0.002 / k, cancellable))
    return FALSE;

  /* The repulsion of a whole fixed map pushes a newcomer far out, where the map's fit makes
   * every label tiny: each one comes back to within reach of its nearest neighbour, those with
   * a placed neighbour first, then those linked only to newcomers. Overlaps are removed after. */
  for (int pass = 0; pass < 2; pass++)
    for (guint v = 0; v < g->n; v++)
      {
        double best = G_MAXDOUBLE, reach = 1.5 * k, dx = 0, dy = 0;
        guint nearest = G_MAXUINT;

        if (nodes[v].placed)
          continue;
        for (guint a = g->start[v]; a < g->start[v + 1]; a++)
          {
            guint u = g->adj[a];
            double d = hypot (pos[v].x - pos[u].x, pos[v].y - pos[u].y);

            if (u != v && (pass == 1 || nodes[u].placed) && d < best)
              {
                best = d;
                nearest = u;
              }
          }
        if (nearest == G_MAXUINT || best <= reach)
          continue;
        dx = (pos[v].x - pos[nearest].x) / best;
        dy = (pos[v].y - pos[nearest].y) / best;
        pos[v].x = pos[nearest].x + dx * reach;
        pos[v].y = pos[nearest].y + dy * reach;
      }

  for (guint v = 0; v < g->n; v++)
    {
      nodes[v].x = pos[v].x;
      nodes[v].y = pos[v].y;
    }
  return TRUE;
}

/**
 * liaison_layout_run:
 * @nodes: (array length=n_nodes) (inout): the nodes; their positions are set
 * @n_nodes: how many
 * @edges: (array length=n_edges): the edges, as node indices; self-loops and repeats are fine
 * @n_edges: how many
 * @options: (nullable): the options, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): told how far the work is, from 0 to 1
 * @user_data: data for @progress
 *
 * Lays out the graph: every node gets a position, no two boxes overlap, each connected part
 * has its own space. If some nodes are placed, the others are added around them and pinned
 * nodes stay. On cancellation @nodes are left as they were.
 *
 * Returns: %TRUE, or %FALSE if cancelled
 */
gboolean
liaison_layout_run (LiaisonLayoutNode          *nodes,
                    guint                       n_nodes,
                    const LiaisonLayoutEdge    *edges,
                    guint                       n_edges,
                    const LiaisonLayoutOptions *options,
                    GCancellable               *cancellable,
                    LiaisonLayoutProgress       progress,
                    gpointer                    user_data)
{
  LiaisonLayoutOptions defaults;
  g_autofree LiaisonLayoutNode *work = NULL;
  g_autoptr(GRand) rand = NULL;
  Graph g = { 0 };
  gboolean any_placed = FALSE, ok = TRUE;

  g_return_val_if_fail (n_nodes == 0 || nodes != NULL, FALSE);
  g_return_val_if_fail (n_edges == 0 || edges != NULL, FALSE);

  if (options == NULL)
    {
      liaison_layout_options_init (&defaults);
      options = &defaults;
    }
  if (n_nodes == 0)
    return TRUE;

  rand = g_rand_new_with_seed (options->seed);
  work = g_memdup2 (nodes, sizeof (LiaisonLayoutNode) * n_nodes);
  graph_init (&g, n_nodes, (const guint *) edges, n_edges);

  for (guint v = 0; v < n_nodes; v++)
    {
      work[v].placed = work[v].placed || work[v].pinned;
      any_placed |= work[v].placed;
    }

  if (progress != NULL)
    progress (0.0, user_data);

  if (any_placed)
    {
      ok = layout_incremental (work, &g, options, rand, cancellable);
    }
  else
    {
      g_autofree guint *root = g_new (guint, n_nodes);
      g_autoptr(GArray) components = g_array_new (FALSE, FALSE, sizeof (Component));
      g_autofree int *component_of = g_new (int, n_nodes);
      guint done = 0;

      for (guint v = 0; v < n_nodes; v++)
        root[v] = v;
      for (guint v = 0; v < n_nodes; v++)
        for (guint a = g.start[v]; a < g.start[v + 1]; a++)
          root[find_root (root, v)] = find_root (root, g.adj[a]);

      for (guint v = 0; v < n_nodes; v++)
        component_of[v] = -1;
      for (guint v = 0; v < n_nodes; v++)
        {
          guint r = find_root (root, v);

          if (component_of[r] < 0)
            {
              Component comp = { v, g_array_new (FALSE, FALSE, sizeof (guint)), 0, 0, 0, 0 };

              component_of[r] = (int) components->len;
              g_array_append_val (components, comp);
            }
          g_array_append_val (g_array_index (components, Component, component_of[r]).members, v);
        }

      /* Each component alone, in node order. */
      for (guint c = 0; c < components->len && ok; c++)
        {
          GArray *members = g_array_index (components, Component, c).members;
          g_autofree guint *local = g_new (guint, n_nodes);
          g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint));
          g_autofree Point *pos = g_new (Point, members->len);
          Graph sub = { 0 };

          for (guint i = 0; i < members->len; i++)
            local[g_array_index (members, guint, i)] = i;
          for (guint i = 0; i < members->len; i++)
            {
              guint v = g_array_index (members, guint, i);

              for (guint a = g.start[v]; a < g.start[v + 1]; a++)
                if (v < g.adj[a])
                  {
                    g_array_append_val (pairs, local[v]);
                    g_array_append_val (pairs, local[g.adj[a]]);
                  }
            }
          graph_init (&sub, members->len, (guint *) pairs->data, pairs->len / 2);

          if (members->len == 1)
            {
              pos[0].x = pos[0].y = 0;
            }
          else
            {
              ok = layout_fresh (&sub, pos, options, rand, cancellable);
              lay_flat (pos, members->len);
            }
          for (guint i = 0; i < members->len && ok; i++)
            {
              work[g_array_index (members, guint, i)].x = pos[i].x;
              work[g_array_index (members, guint, i)].y = pos[i].y;
            }
          graph_clear (&sub);

          done += members->len;
          if (progress != NULL)
            progress (0.9 * done / n_nodes, user_data);
        }

      /* Components apart from each other, each one free of overlaps first. */
      if (ok)
        {
          for (guint c = 0; c < components->len; c++)
            {
              GArray *members = g_array_index (components, Component, c).members;
              g_autofree LiaisonLayoutNode *part = g_new (LiaisonLayoutNode, members->len);

              if (members->len < 2)
                continue;
              for (guint i = 0; i < members->len; i++)
                part[i] = work[g_array_index (members, guint, i)];
              spread_to_fit (part, members->len, options->gap);
              remove_overlaps (part, members->len, options->gap);
              for (guint i = 0; i < members->len; i++)
                work[g_array_index (members, guint, i)] = part[i];
            }
          pack_components (work, components, options->gap * 2 + options->edge_length / 3);
        }

      for (guint c = 0; c < components->len; c++)
        g_array_unref (g_array_index (components, Component, c).members);
    }

  if (ok)
    {
      remove_overlaps (work, n_nodes, options->gap);
      for (guint v = 0; v < n_nodes; v++)
        {
          work[v].placed = TRUE;
          work[v].pinned = nodes[v].pinned;
        }
      memcpy (nodes, work, sizeof (LiaisonLayoutNode) * n_nodes);
      if (progress != NULL)
        progress (1.0, user_data);
    }

  graph_clear (&g);
  return ok;
}
