/* render.c — how long the map takes to draw
 *
 *   bench/render [NODES...]      (default: 1000 10000)
 *
 * For each size, a Barabási–Albert graph (m = 2) is laid out, then one frame of a 1600×1000
 * canvas is drawn on a cairo image surface, as the window does, in three ways:
 *  - naive: every edge stroked on its own, antialiased, every node filled — the baseline;
 *  - scene: the whole map through LiaisonScene at the fitted zoom (level of detail on);
 *  - scene 1:1: zoomed to 100 % on the centre (culling leaves most of the map out);
 *  - cached + hover: what the canvas does when the pointer moves: one image blit plus the
 *    highlight of the hovered node's neighbourhood (the first node, a hub);
 *  - cached pan: a pan within the cache's margin, one blit.
 * Times are medians of several frames, printed in ms and as ratios to the naive baseline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "liaison-core.h"
#include "liaison-scene.h"

#define WIDTH  1600
#define HEIGHT 1000
#define FRAMES 7

static LiaisonDocument *
generate (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  LiaisonDocument *document = liaison_document_new ();

  for (guint v = 0; v < n; v++)
    {
      g_autofree char *name = g_strdup_printf ("Actor %u", v);
      g_autofree char *id = g_strdup_printf ("a%u", v);
      g_autoptr(LiaisonActor) actor = liaison_actor_new (id, name, (LiaisonActorKind) (v % LIAISON_N_ACTOR_KINDS));

      liaison_document_add_actor (document, actor);
      g_ptr_array_add (actors, actor);
      for (guint e = 0; e < 2 && ends->len > 0; e++)
        {
          guint u = g_array_index (ends, guint, g_rand_int_range (rand, 0, (gint32) ends->len));
          g_autofree char *rid = g_strdup_printf ("r%u-%u", v, e);
          g_autoptr(LiaisonRelation) relation = NULL;

          if (u == v)
            continue;
          relation = liaison_relation_new (rid, actor, g_ptr_array_index (actors, u),
                                           (LiaisonRelationKind) (g_rand_int_range (rand, 0, LIAISON_N_RELATION_KINDS)));
          liaison_document_add_relation (document, relation);
          g_array_append_val (ends, u);
        }
      g_array_append_val (ends, v);
    }

  return document;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

typedef void (*DrawFunc) (LiaisonScene *scene, cairo_t *cr, gpointer data);

static double
time_frames (LiaisonScene *scene,
             DrawFunc      draw,
             gpointer      data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  double times[FRAMES];

  for (guint f = 0; f < FRAMES; f++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();

      draw (scene, cr, data);
      cairo_surface_flush (surface);
      times[f] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);
  qsort (times, FRAMES, sizeof (double), compare_doubles);
  return times[FRAMES / 2];
}

static void
draw_naive (LiaisonScene *scene,
            cairo_t      *cr,
            gpointer      data)
{
  const LiaisonSceneView *view = data;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, view->offset_x, view->offset_y);
  cairo_scale (cr, view->scale, view->scale);
  cairo_set_line_width (cr, 1.4 / view->scale);
  for (guint e = 0; e < liaison_scene_get_n_edges (scene); e++)
    {
      const LiaisonSceneEdge *edge = liaison_scene_get_edge (scene, e);

      cairo_move_to (cr, edge->x0, edge->y0);
      cairo_line_to (cr, edge->x1, edge->y1);
      cairo_set_source_rgba (cr, 0.2, 0.4, 0.8, 0.8);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < liaison_scene_get_n_nodes (scene); i++)
    {
      const LiaisonSceneNode *node = liaison_scene_get_node (scene, i);

      cairo_arc (cr, node->x, node->y, node->radius, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 0.9, 0.4, 0.1);
      cairo_fill (cr);
    }
}

static void
draw_scene (LiaisonScene *scene,
            cairo_t      *cr,
            gpointer      data)
{
  liaison_scene_render (scene, cr, data);
}

typedef struct
{
  cairo_surface_t  *cache;
  LiaisonSceneView *view;
} Cached;

static void
draw_pan (LiaisonScene *scene,
          cairo_t      *cr,
          gpointer      data)
{
  Cached *cached = data;

  cairo_set_source_surface (cr, cached->cache, -20, 10);
  cairo_paint (cr);
}

static void
draw_cached (LiaisonScene *scene,
             cairo_t      *cr,
             gpointer      data)
{
  Cached *cached = data;

  cairo_set_source_surface (cr, cached->cache, -20, 10);
  cairo_paint (cr);
  liaison_scene_render_highlight (scene, cr, cached->view);
}

int
main (int   argc,
      char *argv[])
{
  guint sizes[8] = { 1000, 10000 };
  guint n_sizes = 2;

  if (argc > 1)
    {
      n_sizes = MIN (argc - 1, 8);
      for (guint i = 0; i < n_sizes; i++)
        sizes[i] = (guint) atoi (argv[i + 1]);
    }

  for (guint s = 0; s < n_sizes; s++)
    {
      g_autoptr(LiaisonDocument) document = generate (sizes[s]);
      g_autoptr(LiaisonScene) scene = liaison_scene_new (document, NULL);
      LiaisonSceneView fitted, close;
      cairo_surface_t *cache;
      Cached cached;
      double naive, full, zoomed, blit, pan;
      gint64 start = g_get_monotonic_time ();
      cairo_t *cr;

      liaison_scene_layout (scene, TRUE, NULL);
      g_print ("%u nodes, %u edges: layout %.2f s\n", liaison_scene_get_n_nodes (scene),
               liaison_scene_get_n_edges (scene), (g_get_monotonic_time () - start) / 1e6);

      liaison_scene_view_init (&fitted);
      liaison_scene_view_fit (scene, &fitted, WIDTH, HEIGHT, 20);
      close = fitted;
      close.scale = 1.0;
      close.offset_x = WIDTH / 2.0 - (WIDTH / 2.0 - fitted.offset_x) / fitted.scale;
      close.offset_y = HEIGHT / 2.0 - (HEIGHT / 2.0 - fitted.offset_y) / fitted.scale;

      naive = time_frames (scene, draw_naive, &fitted);
      full = time_frames (scene, draw_scene, &fitted);
      zoomed = time_frames (scene, draw_scene, &close);

      cache = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
      cr = cairo_create (cache);
      liaison_scene_render (scene, cr, &fitted);
      cairo_destroy (cr);
      fitted.hovered_node = 0;
      cached.cache = cache;
      cached.view = &fitted;
      blit = time_frames (scene, draw_cached, &cached);
      pan = time_frames (scene, draw_pan, &cached);
      cairo_surface_destroy (cache);

      g_print ("  naive (baseline)  %8.1f ms\n", naive);
      g_print ("  scene, fitted     %8.1f ms  (%.2fx baseline)\n", full, full / naive);
      g_print ("  scene, 100%%       %8.1f ms  (%.2fx baseline)\n", zoomed, zoomed / naive);
      g_print ("  cached + hover    %8.1f ms  (%.2fx baseline)\n", blit, blit / naive);
      g_print ("  cached pan        %8.1f ms  (%.2fx baseline)\n", pan, pan / naive);
    }

  return 0;
}
