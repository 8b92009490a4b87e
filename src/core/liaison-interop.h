/* liaison-interop.h — exchanging documents with graph tools: GraphML, GEXF, DOT and CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-document.h"

G_BEGIN_DECLS

typedef enum
{
  LIAISON_GRAPH_FORMAT_GRAPHML,
  LIAISON_GRAPH_FORMAT_GEXF,
  LIAISON_GRAPH_FORMAT_DOT,
  LIAISON_GRAPH_FORMAT_CSV,
} LiaisonGraphFormat;

gboolean         liaison_graph_format_from_extension (const char          *filename,
                                                      LiaisonGraphFormat  *format);

gboolean         liaison_export_graph                (LiaisonDocument     *doc,
                                                      LiaisonGraphFormat   format,
                                                      GOutputStream       *stream,
                                                      GOutputStream       *edges_stream,
                                                      GCancellable        *cancellable,
                                                      GError             **error);

LiaisonDocument *liaison_import_graph                (GBytes              *data,
                                                      LiaisonGraphFormat   format,
                                                      GError             **error);

G_END_DECLS
