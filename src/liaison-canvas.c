/* liaison-canvas.c — the map: a widget that draws a document's scene and lets one explore it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-canvas"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "liaison-canvas.h"
#include "liaison-layout.h"

/* The canvas draws the scene of its document in snapshot() with cairo; the scene, not the
 * widget, knows shapes and hit testing, so exports draw the same map. Small maps are laid out
 * at once and settle with a short animation; big ones in a worker thread. Colours come from the
 * theme's named colours and are read again when the style changes. */

#define ANIMATION_USEC     (350 * 1000)
#define ASYNC_LAYOUT_NODES 1500
#define FIT_MARGIN         24.0
#define LEGEND_MARGIN      12.0
#define MIN_ZOOM           0.02
#define MAX_ZOOM           8.0

typedef struct _LayoutJob LayoutJob;

struct _LiaisonCanvas
{
  GtkWidget         parent_instance;

  LiaisonDocument  *document;
  LiaisonScene     *scene;
  LiaisonSceneView  view;
  LiaisonStyle      style;

  LiaisonActor     *selected_actor;
  LiaisonRelation  *selected_relation;

  gboolean          fit_pending;
  gboolean          auto_fit;         /* until the user pans or zooms, the map fits the widget */
  GCancellable     *layout_cancellable;

  /* Dragging: a node, or the map. */
  int               drag_node;
  gboolean          drag_moved;   /* this drag has moved its node: will-move was emitted */
  GStrv             article_filter; /* show only these articles' actors and relations */
  int               link_from;    /* Shift+drag from this node draws a new relation, or -1 */
  double            link_x;       /* where the pointer is, while linking */
  double            link_y;
  double            drag_start_x;
  double            drag_start_y;
  double            pan_start_x;
  double            pan_start_y;

  /* Zoom gesture, and where the pointer is (-1 when outside) */
  double            zoom_start;
  double            pointer_x;
  double            pointer_y;

  /* The map without hover or selection, drawn once for a zoom and reused while panning within
   * its margin; hover and selection are drawn over it each frame. */
  cairo_surface_t  *cache;
  double            cache_scale;
  double            cache_offset_x;
  double            cache_offset_y;
  int               cache_width;
  int               cache_height;
  int               cache_factor;
  guint             refresh_id;      /* re-renders the cache once zooming stops */

  /* A big map being laid out in a worker */
  LayoutJob        *layout_job;      /* owned by the task */
  guint             progress_id;

  /* Settling animation: the new map grows from the middle to its size. */
  guint             tick_id;
  gint64            animation_start;
  double            settle;           /* 1 when still */
};

G_DEFINE_FINAL_TYPE (LiaisonCanvas, liaison_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED_ACTOR,
  PROP_SELECTED_RELATION,
  PROP_ZOOM,
  N_PROPS
};

enum {
  ACTIVATE,
  WILL_MOVE,
  LINK,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void invalidate_cache (LiaisonCanvas *self);

/* Colours ----------------------------------------------------------------------------------- */

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
lookup_color (GtkWidget    *widget,
              const char   *name,
              LiaisonColor *color)
{
  GdkRGBA rgba;

  /* gtk_style_context_lookup_color() is the way to named colours in GTK 4.8. */
  if (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &rgba))
    {
      color->red = rgba.red;
      color->green = rgba.green;
      color->blue = rgba.blue;
      color->alpha = rgba.alpha;
    }
}
G_GNUC_END_IGNORE_DEPRECATIONS

static void
read_style (LiaisonCanvas *self)
{
  static const char *actor_names[LIAISON_N_ACTOR_KINDS] = {
    "liaison_country_color", "liaison_person_color", "liaison_organization_color",
    "liaison_programme_color", "liaison_sector_color", "liaison_place_color" };
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  liaison_style_init_default (&self->style, dark);
  lookup_color (widget, "view_bg_color", &self->style.background);
  lookup_color (widget, "view_fg_color", &self->style.foreground);
  lookup_color (widget, "view_bg_color", &self->style.halo);
  lookup_color (widget, "accent_color", &self->style.accent);
  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
    lookup_color (widget, actor_names[k], &self->style.actor_colors[k]);

  if (self->scene != NULL)
    liaison_scene_set_style (self->scene, &self->style);
  invalidate_cache (self);
}

/* Cache ------------------------------------------------------------------------------------- */

static void
invalidate_cache (LiaisonCanvas *self)
{
  g_clear_pointer (&self->cache, cairo_surface_destroy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
refresh_cache_cb (gpointer data)
{
  LiaisonCanvas *self = data;

  self->refresh_id = 0;
  invalidate_cache (self);
  return G_SOURCE_REMOVE;
}

/* Renders the map, margin included, at the current zoom. */
static void
render_cache (LiaisonCanvas *self,
              int            width,
              int            height)
{
  int factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double margin_x = width / 2.0, margin_y = height / 2.0;
  LiaisonSceneView view = self->view;
  cairo_t *cr;

  g_clear_pointer (&self->cache, cairo_surface_destroy);
  self->cache = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ((width + 2 * margin_x) * factor),
                                            (int) ((height + 2 * margin_y) * factor));
  cairo_surface_set_device_scale (self->cache, factor, factor);

  view.offset_x += margin_x;
  view.offset_y += margin_y;
  view.width = width + 2 * margin_x;
  view.height = height + 2 * margin_y;
  view.hovered_node = view.selected_node = view.selected_edge = -1;

  cr = cairo_create (self->cache);
  liaison_scene_render (self->scene, cr, &view);
  cairo_destroy (cr);

  self->cache_scale = self->view.scale;
  self->cache_offset_x = self->view.offset_x;
  self->cache_offset_y = self->view.offset_y;
  self->cache_width = width;
  self->cache_height = height;
  self->cache_factor = factor;
}

/* Paints the cache for the current view: shifted when panned within its margin, scaled (and
 * refreshed a moment later) while zooming. Returns FALSE when it cannot serve. */
static gboolean
paint_cache (LiaisonCanvas *self,
             cairo_t       *cr,
             int            width,
             int            height)
{
  double ratio, dx, dy, margin_x = self->cache_width / 2.0, margin_y = self->cache_height / 2.0;

  if (self->cache == NULL || self->cache_width != width || self->cache_height != height ||
      self->cache_factor != gtk_widget_get_scale_factor (GTK_WIDGET (self)))
    return FALSE;

  ratio = self->view.scale / self->cache_scale;
  /* Where the cache's top-left corner lands on screen. */
  dx = self->view.offset_x - (self->cache_offset_x + margin_x) * ratio;
  dy = self->view.offset_y - (self->cache_offset_y + margin_y) * ratio;

  if (fabs (ratio - 1) < 1e-9)
    {
      if (dx > 0 || dy > 0 || dx + self->cache_width + 2 * margin_x < width ||
          dy + self->cache_height + 2 * margin_y < height)
        return FALSE;
    }
  else if (self->refresh_id == 0)
    {
      self->refresh_id = g_timeout_add (150, refresh_cache_cb, self);
    }

  cairo_save (cr);
  cairo_translate (cr, dx, dy);
  cairo_scale (cr, ratio, ratio);
  cairo_set_source_surface (cr, self->cache, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  return TRUE;
}

/* View -------------------------------------------------------------------------------------- */

static void
update_view_size (LiaisonCanvas *self)
{
  self->view.width = gtk_widget_get_width (GTK_WIDGET (self));
  self->view.height = gtk_widget_get_height (GTK_WIDGET (self));
}

/**
 * liaison_canvas_zoom_to_fit:
 * @self: a canvas
 *
 * Shows the whole map. Done by itself when a document is set.
 */
void
liaison_canvas_zoom_to_fit (LiaisonCanvas *self)
{
  int width, height;

  g_return_if_fail (LIAISON_IS_CANVAS (self));

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (self->scene == NULL || width <= 0 || height <= 0)
    {
      self->fit_pending = TRUE;
      return;
    }

  self->fit_pending = FALSE;
  self->auto_fit = TRUE;
  {
    double legend_width = 0, legend_height = 0;

    /* The legend is a strip along the bottom; the map fits above it. */
    liaison_scene_render_legend (self->scene, NULL, 0, 0, width - 2 * LEGEND_MARGIN,
                                 &legend_width, &legend_height);
    if (height > 4 * legend_height)
      liaison_scene_view_fit (self->scene, &self->view, width, height - legend_height - LEGEND_MARGIN,
                              FIT_MARGIN);
    else
      liaison_scene_view_fit (self->scene, &self->view, width, height, FIT_MARGIN);
    self->view.width = width;
    self->view.height = height;
  }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_around (LiaisonCanvas *self,
             double         zoom,
             double         x,
             double         y)
{
  double map_x, map_y;

  self->auto_fit = FALSE;
  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  map_x = (x - self->view.offset_x) / self->view.scale;
  map_y = (y - self->view.offset_y) / self->view.scale;
  self->view.scale = zoom;
  self->view.offset_x = x - map_x * zoom;
  self->view.offset_y = y - map_y * zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
liaison_canvas_get_zoom (LiaisonCanvas *self)
{
  g_return_val_if_fail (LIAISON_IS_CANVAS (self), 1.0);

  return self->view.scale;
}

/**
 * liaison_canvas_set_zoom:
 * @self: a canvas
 * @zoom: device pixels per map unit, around the centre of the canvas
 */
void
liaison_canvas_set_zoom (LiaisonCanvas *self,
                         double         zoom)
{
  g_return_if_fail (LIAISON_IS_CANVAS (self));

  zoom_around (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
               gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

static void
pan_by (LiaisonCanvas *self,
        double         dx,
        double         dy)
{
  self->auto_fit = FALSE;
  self->view.offset_x += dx;
  self->view.offset_y += dy;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Layout ------------------------------------------------------------------------------------ */

static void
stop_animation (LiaisonCanvas *self)
{
  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
  self->settle = 1;
}

static gboolean
animation_tick (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  LiaisonCanvas *self = LIAISON_CANVAS (widget);
  double t;

  if (self->animation_start < 0)
    self->animation_start = gdk_frame_clock_get_frame_time (clock);
  t = (double) (gdk_frame_clock_get_frame_time (clock) - self->animation_start) / ANIMATION_USEC;
  t = CLAMP (t, 0, 1);
  self->settle = 0.7 + 0.3 * (1 - pow (1 - t, 3));
  gtk_widget_queue_draw (widget);

  if (t >= 1)
    {
      self->tick_id = 0;
      self->settle = 1;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* A freshly laid out map opens out from its middle, unless animations are off. */
static void
start_animation (LiaisonCanvas *self)
{
  gboolean animations = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animations, NULL);
  if (!animations || liaison_scene_get_n_nodes (self->scene) == 0)
    return;

  stop_animation (self);
  /* It starts with the first frame: the widget may not be on screen yet. */
  self->animation_start = -1;
  self->settle = 0.7;
  self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), animation_tick, NULL, NULL);
}

struct _LayoutJob
{
  LiaisonLayoutNode *nodes;
  guint              n_nodes;
  LiaisonLayoutEdge *edges;
  guint              n_edges;
  gint               permille;   /* progress, written by the worker, read by the canvas */
};

static void
layout_progress_cb (double   fraction,
                    gpointer user_data)
{
  LayoutJob *job = user_data;

  g_atomic_int_set (&job->permille, (gint) (fraction * 1000));
}

static void
layout_job_free (LayoutJob *job)
{
  g_free (job->nodes);
  g_free (job->edges);
  g_free (job);
}

static void
layout_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  LayoutJob *job = task_data;
  LiaisonLayoutOptions options;

  liaison_scene_layout_options (&options);
  if (liaison_layout_run (job->nodes, job->n_nodes, job->edges, job->n_edges, &options,
                          cancellable, layout_progress_cb, job))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
}

static void
layout_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  LiaisonCanvas *self = LIAISON_CANVAS (object);
  LayoutJob *job = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;

  g_clear_object (&self->layout_cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  self->layout_job = NULL;
  liaison_scene_apply_layout (self->scene, job->nodes);
  invalidate_cache (self);
  liaison_canvas_zoom_to_fit (self);
}

static gboolean
progress_tick_cb (gpointer data)
{
  gtk_widget_queue_draw (GTK_WIDGET (data));
  return G_SOURCE_CONTINUE;
}

/* While a big map is laid out: a progress bar and what is going on, in the middle. */
static void
draw_progress (LiaisonCanvas *self,
               cairo_t       *cr,
               int            width,
               int            height)
{
  double fraction = g_atomic_int_get (&self->layout_job->permille) / 1000.0;
  double bar = MIN (320, width - 48), x = (width - bar) / 2, y = height / 2.0;
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Placing %u actor…",
                                                        "Placing %u actors…",
                                                        self->layout_job->n_nodes),
                                           self->layout_job->n_nodes);
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int text_width, text_height;
  const LiaisonColor *fg = &self->style.foreground;

  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.8);
  cairo_move_to (cr, (width - text_width) / 2.0, y - text_height - 12);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);

  cairo_rectangle (cr, x, y, bar, 6);
  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.15);
  cairo_fill (cr);
  cairo_rectangle (cr, x, y, bar * fraction, 6);
  cairo_set_source_rgba (cr, self->style.accent.red, self->style.accent.green, self->style.accent.blue, 1);
  cairo_fill (cr);
}

/* Places what has no place yet: here and now for small maps, in a worker for big ones. */
static void
lay_out_from (LiaisonCanvas *self,
              gboolean       keep_positions)
{
  guint n = liaison_scene_get_n_nodes (self->scene);

  if (keep_positions && !liaison_scene_needs_layout (self->scene))
    return;

  if (n < ASYNC_LAYOUT_NODES)
    {
      liaison_scene_layout (self->scene, keep_positions, NULL);
      self->fit_pending = TRUE;
      start_animation (self);
      return;
    }

  {
    g_autoptr(GTask) task = NULL;
    LayoutJob *job = g_new0 (LayoutJob, 1);

    job->nodes = liaison_scene_prepare_layout (self->scene, keep_positions, &job->n_nodes, &job->edges,
                                               &job->n_edges);
    self->layout_cancellable = g_cancellable_new ();
    task = g_task_new (self, self->layout_cancellable, layout_done_cb, NULL);
    g_task_set_source_tag (task, lay_out_from);
    g_task_set_task_data (task, job, (GDestroyNotify) layout_job_free);
    self->layout_job = job;
    self->progress_id = g_timeout_add (100, progress_tick_cb, self);
    g_task_run_in_thread (task, layout_thread);
  }
}

static void
lay_out (LiaisonCanvas *self)
{
  lay_out_from (self, TRUE);
}

/**
 * liaison_canvas_lay_out_again:
 * @self: a #LiaisonCanvas
 *
 * Lays the whole map out anew, as for a map just opened; pinned actors stay where they are.
 * The new positions are written to the document.
 */
void
liaison_canvas_lay_out_again (LiaisonCanvas *self)
{
  g_return_if_fail (LIAISON_IS_CANVAS (self));

  if (self->scene == NULL || self->layout_job != NULL)
    return;
  stop_animation (self);
  self->auto_fit = TRUE;
  lay_out_from (self, FALSE);
  invalidate_cache (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Document ---------------------------------------------------------------------------------- */

LiaisonDocument *
liaison_canvas_get_document (LiaisonCanvas *self)
{
  g_return_val_if_fail (LIAISON_IS_CANVAS (self), NULL);

  return self->document;
}

/**
 * liaison_canvas_set_document:
 * @self: a canvas
 * @document: (nullable): the document to show
 *
 * Shows @document's map, laying out the actors that have no position yet, zoomed to fit.
 */
void
liaison_canvas_set_document (LiaisonCanvas   *self,
                             LiaisonDocument *document)
{
  g_return_if_fail (LIAISON_IS_CANVAS (self));
  g_return_if_fail (!document || LIAISON_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->layout_cancellable != NULL)
    {
      g_cancellable_cancel (self->layout_cancellable);
      g_clear_object (&self->layout_cancellable);
    }
  g_clear_handle_id (&self->progress_id, g_source_remove);
  self->layout_job = NULL;
  stop_animation (self);
  liaison_canvas_set_selected_actor (self, NULL);
  liaison_canvas_set_selected_relation (self, NULL);
  g_clear_pointer (&self->scene, liaison_scene_free);
  g_clear_pointer (&self->cache, cairo_surface_destroy);
  g_set_object (&self->document, document);

  liaison_scene_view_init (&self->view);
  if (document != NULL)
    {
      self->scene = liaison_scene_new (document, &self->style);
      g_clear_pointer (&self->article_filter, g_strfreev);
      lay_out (self);
      liaison_canvas_zoom_to_fit (self);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * liaison_canvas_set_article_filter:
 * @self: a #LiaisonCanvas
 * @article_ids: (nullable) (array zero-terminated=1): show only the actors and relations of
 *   these articles; %NULL for all
 *
 * Nothing moves: what the articles do not mention is left out, the rest stays in place.
 */
void
liaison_canvas_set_article_filter (LiaisonCanvas      *self,
                                   const char * const *article_ids)
{
  g_return_if_fail (LIAISON_IS_CANVAS (self));

  if (self->article_filter == NULL && article_ids == NULL)
    return;
  if (self->article_filter != NULL && article_ids != NULL &&
      g_strv_equal ((const char * const *) self->article_filter, article_ids))
    return;
  g_strfreev (self->article_filter);
  self->article_filter = g_strdupv ((char **) article_ids);
  if (self->scene != NULL)
    liaison_scene_filter_articles (self->scene, (const char * const *) self->article_filter);
  invalidate_cache (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char * const *
liaison_canvas_get_article_filter (LiaisonCanvas *self)
{
  g_return_val_if_fail (LIAISON_IS_CANVAS (self), NULL);

  return (const char * const *) self->article_filter;
}

LiaisonScene *
liaison_canvas_get_scene (LiaisonCanvas *self)
{
  g_return_val_if_fail (LIAISON_IS_CANVAS (self), NULL);

  return self->scene;
}

const LiaisonSceneView *
liaison_canvas_get_view (LiaisonCanvas *self)
{
  g_return_val_if_fail (LIAISON_IS_CANVAS (self), NULL);

  return &self->view;
}

/**
 * liaison_canvas_set_hidden_kinds:
 * @self: a canvas
 * @hidden_kinds: bit k set hides actors of #LiaisonActorKind k and their relations
 */
void
liaison_canvas_set_hidden_kinds (LiaisonCanvas *self,
                                 guint          hidden_kinds)
{
  g_return_if_fail (LIAISON_IS_CANVAS (self));

  if (self->view.hidden_kinds == hidden_kinds)
    return;
  self->view.hidden_kinds = hidden_kinds;
  invalidate_cache (self);
}

static void reveal_node (LiaisonCanvas *self,
                         int            node);

/**
 * liaison_canvas_refresh:
 * @self: a canvas
 *
 * Builds the map again from the document after an edit (a rename, a new kind, a deletion),
 * keeping every position, the view and, when it still exists, the selection.
 */
void
liaison_canvas_refresh (LiaisonCanvas *self)
{
  g_autoptr(LiaisonActor) actor = NULL;
  g_autoptr(LiaisonRelation) relation = NULL;
  g_autoptr(GPtrArray) hidden = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (LIAISON_IS_CANVAS (self));

  if (self->document == NULL || self->scene == NULL)
    return;

  for (guint i = 0; i < liaison_scene_get_n_nodes (self->scene); i++)
    if (liaison_scene_get_node (self->scene, i)->hidden)
      g_ptr_array_add (hidden, g_object_ref (liaison_scene_get_node (self->scene, i)->actor));

  actor = self->selected_actor ? g_object_ref (self->selected_actor) : NULL;
  relation = self->selected_relation ? g_object_ref (self->selected_relation) : NULL;
  g_clear_pointer (&self->scene, liaison_scene_free);
  self->scene = liaison_scene_new (self->document, &self->style);
  liaison_scene_layout (self->scene, TRUE, NULL);
  liaison_scene_filter_articles (self->scene, (const char * const *) self->article_filter);
  for (guint i = 0; i < hidden->len; i++)
    {
      int node = liaison_scene_find_node (self->scene, g_ptr_array_index (hidden, i));

      if (node >= 0)
        liaison_scene_set_node_hidden (self->scene, node, TRUE);
    }

  /* The selection survives if its actor or relation is still in the document. */
  self->view.selected_node = actor ? liaison_scene_find_node (self->scene, actor) : -1;
  self->view.selected_edge = relation ? liaison_scene_find_edge (self->scene, relation) : -1;
  self->view.hovered_node = -1;
  if (actor != NULL && self->view.selected_node < 0)
    liaison_canvas_set_selected_actor (self, NULL);
  if (relation != NULL && self->view.selected_edge < 0)
    liaison_canvas_set_selected_relation (self, NULL);
  invalidate_cache (self);
}

/**
 * liaison_canvas_hide_actor:
 * @self: a canvas
 * @actor: an actor to leave off the map (it stays in the document and the list)
 */
void
liaison_canvas_hide_actor (LiaisonCanvas *self,
                           LiaisonActor  *actor)
{
  int node;

  g_return_if_fail (LIAISON_IS_CANVAS (self));

  if (self->scene == NULL || (node = liaison_scene_find_node (self->scene, actor)) < 0)
    return;
  liaison_scene_set_node_hidden (self->scene, node, TRUE);
  if (self->selected_actor == actor)
    liaison_canvas_set_selected_actor (self, NULL);
  invalidate_cache (self);
}

/**
 * liaison_canvas_reveal_actor:
 * @self: a canvas
 * @actor: an actor of the document
 *
 * Selects @actor and brings its node into view if it is outside.
 */
void
liaison_canvas_reveal_actor (LiaisonCanvas *self,
                             LiaisonActor  *actor)
{
  int node;

  g_return_if_fail (LIAISON_IS_CANVAS (self));

  liaison_canvas_set_selected_actor (self, actor);
  if (self->scene != NULL && (node = liaison_scene_find_node (self->scene, actor)) >= 0)
    reveal_node (self, node);
}

/* Selection --------------------------------------------------------------------------------- */

LiaisonActor *
liaison_canvas_get_selected_actor (LiaisonCanvas *self)
{
  g_return_val_if_fail (LIAISON_IS_CANVAS (self), NULL);

  return self->selected_actor;
}

/**
 * liaison_canvas_set_selected_actor:
 * @self: a canvas
 * @actor: (nullable): the actor to select (any selected relation is unselected)
 */
void
liaison_canvas_set_selected_actor (LiaisonCanvas *self,
                                   LiaisonActor  *actor)
{
  g_return_if_fail (LIAISON_IS_CANVAS (self));

  if (!g_set_object (&self->selected_actor, actor))
    return;

  self->view.selected_node = actor && self->scene ? liaison_scene_find_node (self->scene, actor) : -1;
  if (actor != NULL)
    liaison_canvas_set_selected_relation (self, NULL);

  /* Screen readers hear what the map has selected: name, kind and how many relations. */
  if (actor != NULL && self->view.selected_node >= 0)
    {
      guint degree = liaison_scene_get_node (self->scene, self->view.selected_node)->degree;
      /* Translators: what a screen reader says of the selected actor: "Kenya, Country, 12
       * relations". */
      g_autofree char *description =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s, %u relation", "%s, %s, %u relations", degree),
                         liaison_actor_get_display_name (actor),
                         liaison_actor_kind_get_label (liaison_actor_get_kind (actor)), degree);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      description, -1);
    }
  else
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTOR]);
}

LiaisonRelation *
liaison_canvas_get_selected_relation (LiaisonCanvas *self)
{
  g_return_val_if_fail (LIAISON_IS_CANVAS (self), NULL);

  return self->selected_relation;
}

/**
 * liaison_canvas_set_selected_relation:
 * @self: a canvas
 * @relation: (nullable): the relation to select (any selected actor is unselected)
 */
void
liaison_canvas_set_selected_relation (LiaisonCanvas   *self,
                                      LiaisonRelation *relation)
{
  g_return_if_fail (LIAISON_IS_CANVAS (self));

  if (!g_set_object (&self->selected_relation, relation))
    return;

  self->view.selected_edge = relation && self->scene ? liaison_scene_find_edge (self->scene, relation) : -1;
  if (relation != NULL)
    liaison_canvas_set_selected_actor (self, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_RELATION]);
}

static void
select_hit (LiaisonCanvas *self,
            int            node,
            int            edge)
{
  if (node >= 0)
    liaison_canvas_set_selected_actor (self, liaison_scene_get_node (self->scene, node)->actor);
  else if (edge >= 0)
    liaison_canvas_set_selected_relation (self, liaison_scene_get_edge (self->scene, edge)->relation);
  else
    {
      liaison_canvas_set_selected_actor (self, NULL);
      liaison_canvas_set_selected_relation (self, NULL);
    }
}

/* Keeps the selected node in sight. */
static void
reveal_node (LiaisonCanvas *self,
             int            node)
{
  const LiaisonSceneNode *n = liaison_scene_get_node (self->scene, node);
  double x = n->x * self->view.scale + self->view.offset_x;
  double y = n->y * self->view.scale + self->view.offset_y;
  double w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));

  if (x < FIT_MARGIN || x > w - FIT_MARGIN || y < FIT_MARGIN || y > h - FIT_MARGIN)
    pan_by (self, w / 2 - x, h / 2 - y);
}

/* The nearest node in direction (@dx, @dy) from the selected one, favouring straight ahead. */
static int
node_toward (LiaisonCanvas *self,
             double         dx,
             double         dy)
{
  const LiaisonSceneNode *from = liaison_scene_get_node (self->scene, self->view.selected_node);
  double best_score = G_MAXDOUBLE;
  int best = -1;

  for (guint i = 0; i < liaison_scene_get_n_nodes (self->scene); i++)
    {
      const LiaisonSceneNode *to = liaison_scene_get_node (self->scene, i);
      double vx = to->x - from->x, vy = to->y - from->y;
      double along = vx * dx + vy * dy, across = fabs (vx * dy - vy * dx);

      if ((int) i == self->view.selected_node || along <= 0)
        continue;
      if (along + 2 * across < best_score)
        {
          best_score = along + 2 * across;
          best = (int) i;
        }
    }
  return best;
}

/* Input ------------------------------------------------------------------------------------- */

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  LiaisonCanvas   *self)
{
  int node, edge;

  if (self->scene == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  liaison_scene_hit (self->scene, &self->view, x, y, &node, &edge);
  select_hit (self, node, edge);

  if (n_press == 2 && (node >= 0 || edge >= 0))
    g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               LiaisonCanvas  *self)
{
  int node = -1, edge = -1;

  if (self->scene != NULL)
    liaison_scene_hit (self->scene, &self->view, x, y, &node, &edge);
  /* Shift+drag from a node to another asks for a relation between them. */
  self->link_from = -1;
  if (node >= 0 && (gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)) &
                    GDK_SHIFT_MASK))
    {
      self->link_from = node;
      self->link_x = x;
      self->link_y = y;
      node = -1;
    }
  self->drag_node = node;
  self->drag_moved = FALSE;
  self->drag_start_x = x;
  self->drag_start_y = y;
  self->pan_start_x = self->view.offset_x;
  self->pan_start_y = self->view.offset_y;
  if (node >= 0)
    stop_animation (self);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                LiaisonCanvas  *self)
{
  if (self->scene == NULL)
    return;

  if (self->link_from >= 0)
    {
      self->link_x = self->drag_start_x + dx;
      self->link_y = self->drag_start_y + dy;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  if (self->drag_node >= 0)
    {
      /* Move the node with the pointer; it stays where it is dropped (pinned). */
      double x = (self->drag_start_x + dx - self->view.offset_x) / self->view.scale;
      double y = (self->drag_start_y + dy - self->view.offset_y) / self->view.scale;

      if (hypot (dx, dy) < 3)
        return;
      if (!self->drag_moved)
        {
          self->drag_moved = TRUE;
          g_signal_emit (self, signals[WILL_MOVE], 0);
        }
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
      liaison_scene_move_node (self->scene, self->drag_node, x, y);
      invalidate_cache (self);
      return;
    }

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  self->auto_fit = FALSE;
  self->view.offset_x = self->pan_start_x + dx;
  self->view.offset_y = self->pan_start_y + dy;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             LiaisonCanvas  *self)
{
  if (self->link_from >= 0)
    {
      int node = -1, edge = -1, from = self->link_from;

      self->link_from = -1;
      if (self->scene != NULL)
        liaison_scene_hit (self->scene, &self->view, self->drag_start_x + dx, self->drag_start_y + dy,
                           &node, &edge);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      if (node >= 0 && node != from)
        g_signal_emit (self, signals[LINK], 0, liaison_scene_get_node (self->scene, from)->actor,
                       liaison_scene_get_node (self->scene, node)->actor);
      return;
    }

  if (self->drag_node >= 0 && self->scene != NULL && hypot (dx, dy) >= 3)
    {
      liaison_scene_update (self->scene);
      invalidate_cache (self);
    }
  self->drag_node = -1;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           LiaisonCanvas            *self)
{
  int node = -1, edge = -1;

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->scene != NULL)
    liaison_scene_hit (self->scene, &self->view, x, y, &node, &edge);

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), node >= 0 || edge >= 0 ? "pointer" : NULL);
  if (node != self->view.hovered_node)
    {
      self->view.hovered_node = node;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (GtkEventControllerMotion *controller,
          LiaisonCanvas            *self)
{
  self->pointer_x = self->pointer_y = -1;
  if (self->view.hovered_node != -1)
    {
      self->view.hovered_node = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           LiaisonCanvas            *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  /* A mouse wheel zooms, as in graph tools and maps; a touchpad's two fingers pan, Ctrl zooms
   * with either, and Shift turns the wheel into a sideways pan. */
  if ((state & GDK_CONTROL_MASK) || (wheel && !(state & GDK_SHIFT_MASK)))
    {
      /* Around the pointer, where the motion controller last saw it. */
      double x = self->pointer_x >= 0 ? self->pointer_x : gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      double y = self->pointer_y >= 0 ? self->pointer_y : gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

      zoom_around (self, self->view.scale * pow (1.15, -dy), x, y);
      return TRUE;
    }

  if (wheel && dx == 0)
    pan_by (self, -dy * 40, 0);
  else
    pan_by (self, -dx * 40, -dy * 40);
  return TRUE;
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               LiaisonCanvas    *self)
{
  self->zoom_start = self->view.scale;
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          scale,
                       LiaisonCanvas  *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  zoom_around (self, self->zoom_start * scale, x, y);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                LiaisonCanvas         *self)
{
  double step = 60;
  guint n;

  if (self->scene == NULL)
    return FALSE;
  n = liaison_scene_get_n_nodes (self->scene);

  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      liaison_canvas_set_zoom (self, self->view.scale * 1.25);
      return TRUE;

    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      liaison_canvas_set_zoom (self, self->view.scale / 1.25);
      return TRUE;

    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      liaison_canvas_zoom_to_fit (self);
      return TRUE;

    case GDK_KEY_Escape:
      if (self->selected_actor == NULL && self->selected_relation == NULL)
        return FALSE;
      select_hit (self, -1, -1);
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if (self->selected_actor == NULL && self->selected_relation == NULL)
        return FALSE;
      g_signal_emit (self, signals[ACTIVATE], 0);
      return TRUE;

    case GDK_KEY_Tab:
    case GDK_KEY_ISO_Left_Tab:
      {
        gboolean back = keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK);
        int next;

        if (n == 0)
          return FALSE;
        /* Past the last node, focus leaves the map as Tab does everywhere. */
        next = self->view.selected_node < 0 ? (back ? (int) n - 1 : 0)
                                           : self->view.selected_node + (back ? -1 : 1);
        if (next < 0 || next >= (int) n)
          return FALSE;
        select_hit (self, next, -1);
        reveal_node (self, next);
        return TRUE;
      }

    case GDK_KEY_Left:
    case GDK_KEY_Right:
    case GDK_KEY_Up:
    case GDK_KEY_Down:
      {
        double dx = keyval == GDK_KEY_Left ? -1 : keyval == GDK_KEY_Right ? 1 : 0;
        double dy = keyval == GDK_KEY_Up ? -1 : keyval == GDK_KEY_Down ? 1 : 0;

        /* With a node selected, arrows walk to the next node that way; else they pan. */
        if (self->view.selected_node >= 0)
          {
            int next = node_toward (self, dx, dy);

            if (next >= 0)
              {
                select_hit (self, next, -1);
                reveal_node (self, next);
              }
            return TRUE;
          }
        pan_by (self, -dx * step, -dy * step);
        return TRUE;
      }

    default:
      return FALSE;
    }
}

static gboolean
query_tooltip_cb (GtkWidget     *widget,
                  int            x,
                  int            y,
                  gboolean       keyboard,
                  GtkTooltip    *tooltip,
                  LiaisonCanvas *self)
{
  int node, edge;
  g_autofree char *markup = NULL;

  if (self->scene == NULL || keyboard)
    return FALSE;
  if (!liaison_scene_hit (self->scene, &self->view, x, y, &node, &edge))
    return FALSE;

  if (node >= 0)
    {
      LiaisonActor *actor = liaison_scene_get_node (self->scene, node)->actor;
      const char *role = liaison_actor_get_role (actor);
      const char *kind = liaison_actor_kind_get_label (liaison_actor_get_kind (actor));

      if (role != NULL)
        markup = g_markup_printf_escaped ("<b>%s</b>\n%s · %s", liaison_actor_get_display_name (actor), kind, role);
      else
        markup = g_markup_printf_escaped ("<b>%s</b>\n%s", liaison_actor_get_display_name (actor), kind);
    }
  else
    {
      LiaisonRelation *relation = liaison_scene_get_edge (self->scene, edge)->relation;

      /* Translators: a relation on the map: "Kenya — cooperation in → railway". */
      markup = g_markup_printf_escaped (_("%s — %s → %s"),
                                        liaison_actor_get_display_name (liaison_relation_get_source (relation)),
                                        liaison_relation_kind_get_label (liaison_relation_get_kind (relation)),
                                        liaison_actor_get_display_name (liaison_relation_get_target (relation)));
    }
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

/* GtkWidget --------------------------------------------------------------------------------- */

/* The relation being drawn with Shift+drag: a dashed line from its node to the pointer. */
static void
draw_link (LiaisonCanvas *self,
           cairo_t       *cr)
{
  const LiaisonSceneNode *node = liaison_scene_get_node (self->scene, self->link_from);
  const LiaisonColor *accent = &liaison_scene_get_style (self->scene)->accent;
  double dash[] = { 6, 4 };

  cairo_save (cr);
  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.9);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_move_to (cr, node->x * self->view.scale + self->view.offset_x,
                 node->y * self->view.scale + self->view.offset_y);
  cairo_line_to (cr, self->link_x, self->link_y);
  cairo_stroke (cr);
  cairo_arc (cr, self->link_x, self->link_y, 4, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
liaison_canvas_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  LiaisonCanvas *self = LIAISON_CANVAS (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  update_view_size (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->scene != NULL && self->layout_job != NULL)
    {
      cairo_set_source_rgb (cr, self->style.background.red, self->style.background.green,
                            self->style.background.blue);
      cairo_paint (cr);
      draw_progress (self, cr, width, height);
      cairo_destroy (cr);
      return;
    }
  else if (self->scene != NULL && self->settle < 1)
    {
      LiaisonSceneView view = self->view;

      /* While settling, the map is drawn smaller around the middle of the widget. */
      view.scale *= self->settle;
      view.offset_x = width / 2.0 + (self->view.offset_x - width / 2.0) * self->settle;
      view.offset_y = height / 2.0 + (self->view.offset_y - height / 2.0) * self->settle;
      liaison_scene_render (self->scene, cr, &view);
    }
  else if (self->scene != NULL)
    {
      if (!paint_cache (self, cr, width, height))
        {
          render_cache (self, width, height);
          paint_cache (self, cr, width, height);
        }
      liaison_scene_render_highlight (self->scene, cr, &self->view);
      if (self->link_from >= 0)
        draw_link (self, cr);
    }

  /* The key to colours and shapes, along the bottom. */
  if (self->scene != NULL && width > 240 && height > 200)
    {
      double legend_width = 0, legend_height = 0;

      liaison_scene_render_legend (self->scene, NULL, 0, 0, width - 2 * LEGEND_MARGIN,
                                   &legend_width, &legend_height);
      liaison_scene_render_legend (self->scene, cr, LEGEND_MARGIN,
                                   height - legend_height - LEGEND_MARGIN, width - 2 * LEGEND_MARGIN,
                                   NULL, NULL);
    }
  else
    {
      cairo_set_source_rgba (cr, self->style.background.red, self->style.background.green,
                             self->style.background.blue, 1);
      cairo_paint (cr);
    }
  cairo_destroy (cr);
}

static void
liaison_canvas_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  LiaisonCanvas *self = LIAISON_CANVAS (widget);

  update_view_size (self);
  if (self->fit_pending || self->auto_fit)
    liaison_canvas_zoom_to_fit (self);
}

static void
liaison_canvas_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (liaison_canvas_parent_class)->css_changed (widget, change);

  read_style (LIAISON_CANVAS (widget));
  gtk_widget_queue_draw (widget);
}

static void
liaison_canvas_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 600;
}

static void
liaison_canvas_dispose (GObject *object)
{
  LiaisonCanvas *self = LIAISON_CANVAS (object);

  if (self->layout_cancellable != NULL)
    g_cancellable_cancel (self->layout_cancellable);
  g_clear_object (&self->layout_cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  self->layout_job = NULL;
  stop_animation (self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->cache, cairo_surface_destroy);
  g_clear_object (&self->selected_actor);
  g_clear_object (&self->selected_relation);
  g_clear_pointer (&self->scene, liaison_scene_free);
  g_clear_pointer (&self->article_filter, g_strfreev);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (liaison_canvas_parent_class)->dispose (object);
}

static void
liaison_canvas_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LiaisonCanvas *self = LIAISON_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SELECTED_ACTOR:
      g_value_set_object (value, self->selected_actor);
      break;
    case PROP_SELECTED_RELATION:
      g_value_set_object (value, self->selected_relation);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->view.scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_canvas_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LiaisonCanvas *self = LIAISON_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      liaison_canvas_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_ACTOR:
      liaison_canvas_set_selected_actor (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_RELATION:
      liaison_canvas_set_selected_relation (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      liaison_canvas_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_canvas_class_init (LiaisonCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_canvas_dispose;
  object_class->get_property = liaison_canvas_get_property;
  object_class->set_property = liaison_canvas_set_property;

  widget_class->snapshot = liaison_canvas_snapshot;
  widget_class->size_allocate = liaison_canvas_size_allocate;
  widget_class->css_changed = liaison_canvas_css_changed;
  widget_class->measure = liaison_canvas_measure;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, LIAISON_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ACTOR] =
    g_param_spec_object ("selected-actor", NULL, NULL, LIAISON_TYPE_ACTOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_RELATION] =
    g_param_spec_object ("selected-relation", NULL, NULL, LIAISON_TYPE_RELATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LiaisonCanvas::activate:
   *
   * The user asked for the details of the selection (Enter, or a double click).
   */
  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * LiaisonCanvas::will-move:
   *
   * The user is about to move a node by dragging it, which changes the document: emitted once
   * per drag, before the first move, so that the move can be undone.
   */
  signals[WILL_MOVE] = g_signal_new ("will-move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * LiaisonCanvas::link:
   * @source: the actor the drag started on
   * @target: the actor it ended on
   *
   * The user drew a line from one node to another with Shift held: a relation between them.
   */
  signals[LINK] = g_signal_new ("link", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 2, LIAISON_TYPE_ACTOR, LIAISON_TYPE_ACTOR);

  gtk_widget_class_set_css_name (widget_class, "liaison-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
liaison_canvas_init (LiaisonCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click, *drag, *zoom;
  GtkEventController *motion, *scroll, *key;

  self->drag_node = -1;
  self->link_from = -1;
  self->settle = 1;
  self->pointer_x = self->pointer_y = -1;
  liaison_scene_view_init (&self->view);
  liaison_style_init_default (&self->style, FALSE);

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map"), -1);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (zoom));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, motion);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, scroll);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (widget, key);

  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
}

/**
 * liaison_canvas_new:
 *
 * Returns: (transfer full): a new, empty map
 */
GtkWidget *
liaison_canvas_new (void)
{
  return g_object_new (LIAISON_TYPE_CANVAS, NULL);
}
