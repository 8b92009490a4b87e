/* liaison-export.c — the map as PNG, SVG and PDF, drawn from the same scene as the screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-export"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "liaison-core.h"
#include "liaison-export.h"
#include "liaison-scene.h"

/* A page holds the whole map at one map unit per point (PDF) or pixel (PNG at scale 1): the
 * article's title, date and source above, the map, the legend below. PNG and PDF are drawn by
 * liaison_scene_render(), the same code as the canvas; SVG is written element by element from
 * the scene's geometry (the same paths, through cairo_copy_path()), with real <text>, one <g>
 * per actor and relation, and the colours in a stylesheet. */

#define MARGIN 24.0

typedef struct
{
  LiaisonScene     *scene;
  LiaisonSceneView  view;
  LiaisonStyle      style;
  double            width;
  double            height;
  double            caption_height;
  double            legend_y;
  double            legend_height;
  char             *title;
  char             *meta;
  PangoContext     *pango;
  gboolean          region;
  double            region_x;
  double            region_y;
  double            region_width;
  double            region_height;
} Page;

static void
page_clear (Page *page)
{
  g_clear_pointer (&page->scene, liaison_scene_free);
  g_clear_pointer (&page->title, g_free);
  g_clear_pointer (&page->meta, g_free);
  g_clear_object (&page->pango);
}

void
liaison_image_options_init (LiaisonImageOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->scale = 1;
  options->legend = TRUE;
  options->caption = TRUE;
}

/**
 * liaison_image_format_from_name:
 * @name: "png", "svg" or "pdf", any case
 * @format: (out): the format
 *
 * Returns: whether @name names an image format
 */
gboolean
liaison_image_format_from_name (const char         *name,
                                LiaisonImageFormat *format)
{
  if (g_ascii_strcasecmp (name, "png") == 0)
    *format = LIAISON_IMAGE_FORMAT_PNG;
  else if (g_ascii_strcasecmp (name, "svg") == 0)
    *format = LIAISON_IMAGE_FORMAT_SVG;
  else if (g_ascii_strcasecmp (name, "pdf") == 0)
    *format = LIAISON_IMAGE_FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

/**
 * liaison_image_format_extension:
 * @format: an image format
 *
 * Returns: the file name extension of @format, without the dot
 */
const char *
liaison_image_format_extension (LiaisonImageFormat format)
{
  switch (format)
    {
    case LIAISON_IMAGE_FORMAT_PNG:
      return "png";
    case LIAISON_IMAGE_FORMAT_PDF:
      return "pdf";
    case LIAISON_IMAGE_FORMAT_SVG:
    default:
      return "svg";
    }
}

static PangoLayout *
caption_layout (Page       *page,
                const char *text,
                double      size,
                gboolean    bold)
{
  PangoLayout *layout = pango_layout_new (page->pango);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, page->style.font_family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  return layout;
}

static double
title_size (Page *page)
{
  return page->style.font_size * 1.5;
}

static double
meta_size (Page *page)
{
  return page->style.font_size * 0.95;
}

static void
page_init (Page                      *page,
           LiaisonDocument           *document,
           const LiaisonImageOptions *options)
{
  GListModel *articles = liaison_document_get_articles (document);
  double x0, y0, x1, y1, legend_width = 0;
  guint hidden_kinds = options->hidden_kinds;
  cairo_font_options_t *font_options;

  memset (page, 0, sizeof *page);
  liaison_style_init_default (&page->style, options->dark);
  if (options->transparent)
    page->style.background.alpha = 0;

  page->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (page->pango, font_options);
  cairo_font_options_destroy (font_options);

  page->scene = liaison_scene_new (document, &page->style);
  if (liaison_scene_needs_layout (page->scene))
    liaison_scene_layout (page->scene, TRUE, NULL);

  /* What the user hid stays hidden: whole kinds, and single actors. */
  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
    if (liaison_document_get_kind_hidden (document, k))
      hidden_kinds |= 1u << k;
  for (guint v = 0; v < liaison_scene_get_n_nodes (page->scene); v++)
    {
      LiaisonActor *actor = liaison_scene_get_node (page->scene, v)->actor;

      if ((hidden_kinds & (1u << liaison_actor_get_kind (actor))) != 0 ||
          (options->hidden_actors != NULL && g_ptr_array_find (options->hidden_actors, actor, NULL)))
        liaison_scene_set_node_hidden (page->scene, v, TRUE);
    }

  if (options->article_ids != NULL)
    liaison_scene_filter_articles (page->scene, options->article_ids);

  if (options->region && options->region_width > 0 && options->region_height > 0)
    {
      page->region = TRUE;
      x0 = page->region_x = options->region_x;
      y0 = page->region_y = options->region_y;
      x1 = x0 + (page->region_width = options->region_width);
      y1 = y0 + (page->region_height = options->region_height);
    }
  else
    liaison_scene_get_bounds (page->scene, &x0, &y0, &x1, &y1);

  /* The caption: the first article's headline, date and source. */
  if (options->caption && g_list_model_get_n_items (articles) > 0)
    {
      g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, 0);
      const char *date = liaison_article_get_date (article);
      const char *source = liaison_article_get_source (article);
      GString *meta = g_string_new (date);

      guint n_articles = g_list_model_get_n_items (articles);

      if (n_articles > 1)
        {
          /* A map of several reports: how many, and the dates they span. */
          const char *first = NULL, *last = NULL;

          for (guint i = 0; i < n_articles; i++)
            {
              g_autoptr(LiaisonArticle) each = g_list_model_get_item (articles, i);
              const char *d = liaison_article_get_date (each);

              if (d != NULL && (first == NULL || strcmp (d, first) < 0))
                first = d;
              if (d != NULL && (last == NULL || strcmp (d, last) > 0))
                last = d;
            }
          g_string_truncate (meta, 0);
          g_string_append_printf (meta, g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n_articles),
                                   n_articles);
          if (first != NULL && g_strcmp0 (first, last) != 0)
            /* Translators: the dates a map's articles span, "2024-04-01 – 2024-04-09". */
            g_string_append_printf (meta, " · %s – %s", first, last);
          else if (first != NULL)
            g_string_append_printf (meta, " · %s", first);
        }
      else if (source != NULL)
        g_string_append_printf (meta, "%s%s", meta->len > 0 ? " · " : "", source);
      page->title = g_strdup (liaison_article_get_title (article));
      page->meta = g_string_free (meta, meta->len == 0);
      if (page->title != NULL)
        page->caption_height += title_size (page) * 1.4;
      if (page->meta != NULL)
        page->caption_height += meta_size (page) * 1.5;
      if (page->caption_height > 0)
        page->caption_height += 8;
    }

  page->width = MAX (x1 - x0 + 2 * MARGIN, 320);
  if (options->legend)
    {
      g_autoptr(GArray) items = liaison_scene_legend_layout (page->scene, 0, 0, page->width - 2 * MARGIN,
                                                             &legend_width, &page->legend_height);
    }

  liaison_scene_view_init (&page->view);
  page->view.scale = 1;
  page->view.offset_x = (page->width - (x1 - x0)) / 2 - x0;
  page->view.offset_y = MARGIN + page->caption_height - y0;
  page->view.all_labels = TRUE;
  page->view.vector_halo = TRUE;
  page->legend_y = MARGIN + page->caption_height + (y1 - y0) + (page->legend_height > 0 ? 16 : 0);
  page->height = page->legend_y + page->legend_height + MARGIN;
  page->view.width = page->width;
  page->view.height = page->height;
}

/* PNG and PDF: the canvas's own drawing. */
static void
page_render (Page    *page,
             cairo_t *cr)
{
  const LiaisonColor *fg = &page->style.foreground;
  double y = MARGIN;

  cairo_save (cr);
  if (page->region)
    {
      cairo_rectangle (cr, page->view.offset_x + page->region_x, page->view.offset_y + page->region_y,
                       page->region_width, page->region_height);
      cairo_clip (cr);
    }
  liaison_scene_render (page->scene, cr, &page->view);
  cairo_restore (cr);

  if (page->title != NULL)
    {
      g_autoptr(PangoLayout) layout = caption_layout (page, page->title, title_size (page), TRUE);

      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 1);
      cairo_move_to (cr, MARGIN, y);
      pango_cairo_show_layout (cr, layout);
      y += title_size (page) * 1.4;
    }
  if (page->meta != NULL)
    {
      g_autoptr(PangoLayout) layout = caption_layout (page, page->meta, meta_size (page), FALSE);

      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.7);
      cairo_move_to (cr, MARGIN, y);
      pango_cairo_show_layout (cr, layout);
    }

  if (page->legend_height > 0)
    liaison_scene_render_legend (page->scene, cr, MARGIN, page->legend_y, page->width - 2 * MARGIN,
                                 NULL, NULL);
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
export_png (Page                      *page,
            const LiaisonImageOptions *options,
            GError                   **error)
{
  double scale = options->width > 0 ? options->width / page->width : MAX (options->scale, 0.1);
  double width_px = ceil (page->width * scale), height_px = ceil (page->height * scale);
  int width, height;
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  /* Past 16,000 pixels a side, cairo cannot make the image; say so rather than fail later.
   * Compared as doubles: a map millions of units wide would overflow an int. */
  if (width_px > 16000 || height_px > 16000)
    {
      g_byte_array_unref (bytes);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The image would be %.0f × %.0f pixels, more than a PNG can hold here: use "
                     "a smaller scale"), width_px, height_px);
      return NULL;
    }
  width = (int) width_px;
  height = (int) height_px;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  page_render (page, cr);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png_stream (surface, append_to_bytes, bytes);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (bytes);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the image: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (bytes);
}

#define A3_LONG  1190.55  /* points */
#define A3_SHORT  841.89

static GBytes *
export_pdf (Page    *page,
            GError **error)
{
  GByteArray *bytes = g_byte_array_new ();
  double scale;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  /* A big map on a page that prints: at most A3 (420 × 297 mm), scaled down, still vector. */
  scale = MIN (1.0, MIN (A3_LONG / MAX (page->width, page->height), A3_SHORT / MIN (page->width, page->height)));
  surface = cairo_pdf_surface_create_for_stream (append_to_bytes, bytes, page->width * scale,
                                                 page->height * scale);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Liaison");
  if (page->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, page->title);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (bytes);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the PDF: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (bytes);
}

/* SVG ---------------------------------------------------------------------------------------- */

/* Whether the page shows node @v: not hidden, and with its shape or label in the region. */
static gboolean
node_on_page (Page  *page,
              guint  v)
{
  const LiaisonSceneNode *node = liaison_scene_get_node (page->scene, v);
  double x0, y0, x1, y1;

  if (!liaison_scene_node_is_shown (page->scene, v))
    return FALSE;
  if (!page->region)
    return TRUE;
  x0 = MIN (node->x - node->radius, node->label_x);
  y0 = MIN (node->y - node->radius, node->label_y);
  x1 = MAX (node->x + node->radius, node->label_x + node->label_width);
  y1 = MAX (node->y + node->radius, node->label_y + node->label_height);
  return x1 >= page->region_x && x0 <= page->region_x + page->region_width &&
         y1 >= page->region_y && y0 <= page->region_y + page->region_height;
}

/* Whether the page shows edge @e: both ends shown, or in a region, the curve's box meets it. */
static gboolean
edge_on_page (Page  *page,
              guint  e)
{
  const LiaisonSceneEdge *edge = liaison_scene_get_edge (page->scene, e);

  if (!liaison_scene_edge_is_shown (page->scene, e))
    return FALSE;
  if (!page->region)
    return TRUE;
  return MAX (MAX (edge->x0, edge->x1), edge->cx) >= page->region_x &&
         MIN (MIN (edge->x0, edge->x1), edge->cx) <= page->region_x + page->region_width &&
         MAX (MAX (edge->y0, edge->y1), edge->cy) >= page->region_y &&
         MIN (MIN (edge->y0, edge->y1), edge->cy) <= page->region_y + page->region_height;
}

static void
append_color (GString            *out,
              const LiaisonColor *color)
{
  g_string_append_printf (out, "#%02x%02x%02x", (int) round (color->red * 255),
                          (int) round (color->green * 255), (int) round (color->blue * 255));
}

/* The current path of @cr as SVG path data, then cleared. */
static void
append_path_data (GString *out,
                  cairo_t *cr)
{
  cairo_path_t *path = cairo_copy_path (cr);

  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    {
      cairo_path_data_t *d = &path->data[i];

      switch (d->header.type)
        {
        case CAIRO_PATH_MOVE_TO:
          g_string_append_printf (out, "M%.2f %.2f", d[1].point.x, d[1].point.y);
          break;
        case CAIRO_PATH_LINE_TO:
          g_string_append_printf (out, "L%.2f %.2f", d[1].point.x, d[1].point.y);
          break;
        case CAIRO_PATH_CURVE_TO:
          g_string_append_printf (out, "C%.2f %.2f %.2f %.2f %.2f %.2f", d[1].point.x, d[1].point.y,
                                  d[2].point.x, d[2].point.y, d[3].point.x, d[3].point.y);
          break;
        case CAIRO_PATH_CLOSE_PATH:
        default:
          g_string_append (out, "Z");
          break;
        }
    }
  cairo_path_destroy (path);
  cairo_new_path (cr);
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);

  g_string_append (out, escaped);
}

/* An id that is valid XML and stable: the model's id, "actor-" or "relation-" in front. */
static void
append_id (GString    *out,
           const char *prefix,
           const char *id)
{
  g_string_append (out, prefix);
  for (const char *p = id; *p; p++)
    g_string_append_c (out, g_ascii_isalnum (*p) || *p == '-' || *p == '_' ? *p : '_');
}

static void
append_text (GString     *out,
             const char  *klass,
             double       x,
             double       y,
             double       size,
             const char  *anchor,
             const char  *weight,
             const char  *text)
{
  g_string_append_printf (out, "<text class=\"%s\" x=\"%.2f\" y=\"%.2f\" font-size=\"%.2f\"", klass, x, y, size);
  if (anchor != NULL)
    g_string_append_printf (out, " text-anchor=\"%s\"", anchor);
  if (weight != NULL)
    g_string_append_printf (out, " font-weight=\"%s\"", weight);
  g_string_append_c (out, '>');
  append_escaped (out, text);
  g_string_append (out, "</text>\n");
}

static GBytes *
export_svg (Page                      *page,
            const LiaisonImageOptions *options)
{
  LiaisonScene *scene = page->scene;
  const LiaisonStyle *style = &page->style;
  GString *out = g_string_new (NULL);
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (scratch);
  double line_width = 1.4, y;

  g_string_append_printf (out,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.2f %.2f\" "
    "font-family=\"%s, sans-serif\">\n",
    ceil (page->width), ceil (page->height), page->width, page->height, style->font_family);

  /* Colours by kind, in one place a designer can change. */
  g_string_append (out, "<style>\n.background { fill: ");
  append_color (out, &style->background);
  g_string_append (out, "; }\ntext { fill: ");
  append_color (out, &style->foreground);
  g_string_append (out, "; }\n.label { stroke: ");
  append_color (out, &style->halo);
  g_string_append (out, "; stroke-width: 3px; stroke-linejoin: round; paint-order: stroke; }\n"
                        ".meta { fill-opacity: 0.7; }\n");
  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
    {
      g_string_append_printf (out, ".actor.%s .shape { fill: ", liaison_actor_kind_to_string (k));
      append_color (out, &style->actor_colors[k]);
      g_string_append (out, "; stroke: ");
      append_color (out, &style->background);
      g_string_append (out, "; stroke-width: 1.35px; }\n");
    }
  for (guint k = 0; k < LIAISON_N_RELATION_KINDS; k++)
    {
      double dash[2];

      g_string_append_printf (out, ".relation.%s .line { fill: none; stroke: ", liaison_relation_kind_to_string (k));
      append_color (out, &style->relation_colors[k]);
      g_string_append_printf (out, "; stroke-opacity: 0.85; stroke-width: %.1fpx;", line_width);
      if (liaison_relation_kind_dash (k, dash))
        g_string_append_printf (out, " stroke-dasharray: %.2f %.2f;", dash[0] * 1.2, dash[1] * 1.2);
      g_string_append_printf (out, " }\n.relation.%s .arrow { fill: ", liaison_relation_kind_to_string (k));
      append_color (out, &style->relation_colors[k]);
      g_string_append (out, "; fill-opacity: 0.85; }\n");
    }
  g_string_append (out, ".legend-box { fill: ");
  append_color (out, &style->background);
  g_string_append (out, "; fill-opacity: 0.9; stroke: ");
  append_color (out, &style->foreground);
  g_string_append (out, "; stroke-opacity: 0.15; }\n</style>\n");

  if (!options->transparent)
    g_string_append (out, "<rect class=\"background\" x=\"0\" y=\"0\" width=\"100%\" height=\"100%\"/>\n");

  y = MARGIN;
  if (page->title != NULL)
    {
      /* Top of the text box to baseline, as Pango sets it. */
      g_autoptr(PangoLayout) layout = caption_layout (page, page->title, title_size (page), TRUE);

      append_text (out, "caption", MARGIN, y + pango_layout_get_baseline (layout) / (double) PANGO_SCALE,
                   title_size (page), NULL, "bold", page->title);
      y += title_size (page) * 1.4;
    }
  if (page->meta != NULL)
    {
      g_autoptr(PangoLayout) layout = caption_layout (page, page->meta, meta_size (page), FALSE);

      append_text (out, "caption meta", MARGIN, y + pango_layout_get_baseline (layout) / (double) PANGO_SCALE,
                   meta_size (page), NULL, NULL, page->meta);
    }

  if (page->region)
    g_string_append_printf (out, "<clipPath id=\"view\"><rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" "
                            "height=\"%.2f\"/></clipPath>\n", page->region_x, page->region_y,
                            page->region_width, page->region_height);
  g_string_append_printf (out, "<g class=\"map\" transform=\"translate(%.2f %.2f)\"%s>\n",
                          page->view.offset_x, page->view.offset_y,
                          page->region ? " clip-path=\"url(#view)\"" : "");

  /* Relations under actors, as on screen. */
  for (guint e = 0; e < liaison_scene_get_n_edges (scene); e++)
    {
      const LiaisonSceneEdge *edge = liaison_scene_get_edge (scene, e);
      LiaisonRelation *relation = edge->relation;

      if (!edge_on_page (page, e))
        continue;
      g_string_append (out, "<g id=\"");
      append_id (out, "relation-", liaison_relation_get_id (relation));
      g_string_append_printf (out, "\" class=\"relation %s\"><title>",
                              liaison_relation_kind_to_string (liaison_relation_get_kind (relation)));
      if (liaison_relation_get_n_evidence (relation) > 0)
        append_escaped (out, liaison_relation_get_evidence (relation, 0)->text);
      else
        append_escaped (out, liaison_relation_kind_get_label (liaison_relation_get_kind (relation)));
      g_string_append (out, "</title><path class=\"line\"");
      /* Thicker for a relation found in several articles, as on screen. */
      if (edge->weight > 1)
        g_string_append_printf (out, " style=\"stroke-width: %.2fpx\"",
                                line_width * liaison_scene_edge_weight_factor (edge));
      g_string_append (out, " d=\"");
      liaison_scene_append_edge_path (scene, cr, &page->view, e, FALSE);
      append_path_data (out, cr);
      g_string_append (out, "\"/>");
      if (edge->directed)
        {
          g_string_append (out, "<path class=\"arrow\" d=\"");
          liaison_scene_append_edge_path (scene, cr, &page->view, e, TRUE);
          append_path_data (out, cr);
          g_string_append (out, "\"/>");
        }
      g_string_append (out, "</g>\n");
    }

  for (guint v = 0; v < liaison_scene_get_n_nodes (scene); v++)
    {
      const LiaisonSceneNode *node = liaison_scene_get_node (scene, v);
      PangoLayout *layout = liaison_scene_get_label_layout (scene, v);
      const PangoFontDescription *font = pango_layout_get_font_description (layout);
      double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
      LiaisonActorKind kind = liaison_actor_get_kind (node->actor);
      const char *role = liaison_actor_get_role (node->actor);

      if (!node_on_page (page, v))
        continue;
      g_string_append (out, "<g id=\"");
      append_id (out, "actor-", liaison_actor_get_id (node->actor));
      g_string_append_printf (out, "\" class=\"actor %s\"><title>", liaison_actor_kind_to_string (kind));
      append_escaped (out, role ? role : liaison_actor_kind_get_label (kind));
      g_string_append (out, "</title><path class=\"shape\" d=\"");
      liaison_scene_append_node_path (scene, cr, v);
      append_path_data (out, cr);
      g_string_append (out, "\"/>");
      append_text (out, "label", node->label_x + node->label_width / 2,
                   node->label_y + pango_layout_get_baseline (layout) / (double) PANGO_SCALE,
                   size, "middle", NULL, liaison_actor_get_display_name (node->actor));
      g_string_truncate (out, out->len - 1);  /* the newline of the text */
      g_string_append (out, "</g>\n");
    }
  g_string_append (out, "</g>\n");

  /* The legend, from the same layout as on screen. */
  if (page->legend_height > 0)
    {
      double width, height, size = liaison_scene_legend_font_size (scene);
      g_autoptr(GArray) items = liaison_scene_legend_layout (scene, MARGIN, page->legend_y,
                                                             page->width - 2 * MARGIN, &width, &height);

      g_string_append_printf (out, "<g class=\"legend\"><rect class=\"legend-box\" x=\"%.2f\" y=\"%.2f\" "
                              "width=\"%.2f\" height=\"%.2f\"/>\n", MARGIN, page->legend_y, width, height);
      for (guint i = 0; i < items->len; i++)
        {
          const LiaisonLegendItem *item = &g_array_index (items, LiaisonLegendItem, i);

          if (item->is_actor)
            {
              g_string_append_printf (out, "<g class=\"actor %s\"><path class=\"shape\" style=\"stroke: none\" d=\"",
                                      liaison_actor_kind_to_string (item->kind));
              liaison_scene_append_legend_swatch (scene, cr, item);
              append_path_data (out, cr);
              g_string_append (out, "\"/></g>");
            }
          else
            {
              g_string_append_printf (out, "<g class=\"relation %s\"><path class=\"line\" style=\"stroke-width: 2px; stroke-opacity: 1\" "
                                      "d=\"M%.2f %.2fL%.2f %.2f\"/></g>",
                                      liaison_relation_kind_to_string (item->kind), item->x, item->y + item->row / 2,
                                      item->x + item->swatch, item->y + item->row / 2);
            }
          append_text (out, "legend-text", item->text_x, item->baseline, size, NULL, NULL, item->label);
        }
      g_string_append (out, "</g>\n");
    }

  g_string_append (out, "</svg>\n");
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  return g_string_free_to_bytes (out);
}

/**
 * liaison_export_image:
 * @document: the document whose map to draw
 * @format: PNG, SVG or PDF
 * @options: (nullable): options, or %NULL for the defaults (light, 1×, legend and caption)
 * @error: return location for a #GError
 *
 * Draws the whole map, laid out if it was not yet, fitted to the page, with the article's
 * caption above and the legend below.
 *
 * Returns: (transfer full): the file's contents, or %NULL with @error set
 */
GBytes *
liaison_export_image (LiaisonDocument           *document,
                      LiaisonImageFormat         format,
                      const LiaisonImageOptions *options,
                      GError                   **error)
{
  LiaisonImageOptions defaults;
  Page page;
  GBytes *bytes = NULL;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      liaison_image_options_init (&defaults);
      options = &defaults;
    }

  page_init (&page, document, options);
  switch (format)
    {
    case LIAISON_IMAGE_FORMAT_PNG:
      bytes = export_png (&page, options, error);
      break;
    case LIAISON_IMAGE_FORMAT_PDF:
      bytes = export_pdf (&page, error);
      break;
    case LIAISON_IMAGE_FORMAT_SVG:
    default:
      bytes = export_svg (&page, options);
      break;
    }
  page_clear (&page);
  return bytes;
}
