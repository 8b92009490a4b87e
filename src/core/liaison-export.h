/* liaison-export.h — the map as PNG, SVG and PDF, drawn from the same scene as the screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-document.h"

G_BEGIN_DECLS

typedef enum
{
  LIAISON_IMAGE_FORMAT_PNG,
  LIAISON_IMAGE_FORMAT_SVG,
  LIAISON_IMAGE_FORMAT_PDF,
} LiaisonImageFormat;

/**
 * LiaisonImageOptions:
 * @scale: PNG pixels per map unit (1, 2, 4...); ignored for SVG and PDF
 * @width: if positive, the PNG's width in pixels (overrides @scale)
 * @dark: the dark palette
 * @transparent: no background (PNG)
 * @legend: draw the legend under the map
 * @caption: draw the article's title, date and source above the map
 * @hidden_kinds: bit k set leaves out actors of #LiaisonActorKind k and their relations, as
 *   well as the kinds the document hides
 * @hidden_actors: (element-type LiaisonActor) (nullable): actors to leave out, with their
 *   relations
 * @article_ids: (nullable) (array zero-terminated=1): only what these articles say (see
 *   liaison_scene_filter_articles())
 * @region: draw only the map's rectangle @region_x, @region_y, @region_width, @region_height
 *   (map units), the view on screen; otherwise the whole map
 */
typedef struct
{
  double     scale;
  int        width;
  gboolean   dark;
  gboolean   transparent;
  gboolean   legend;
  gboolean   caption;
  guint      hidden_kinds;
  GPtrArray *hidden_actors;
  const char * const *article_ids;
  gboolean   region;
  double     region_x;
  double     region_y;
  double     region_width;
  double     region_height;
} LiaisonImageOptions;

void     liaison_image_options_init       (LiaisonImageOptions       *options);
gboolean liaison_image_format_from_name   (const char                *name,
                                           LiaisonImageFormat        *format);
const char *liaison_image_format_extension (LiaisonImageFormat      format);
GBytes  *liaison_export_image             (LiaisonDocument           *document,
                                           LiaisonImageFormat         format,
                                           const LiaisonImageOptions *options,
                                           GError                   **error);

G_END_DECLS
