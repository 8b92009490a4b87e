/* liaison-layout.h — where each node of a graph goes: forces, levels, no overlaps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * LiaisonLayoutNode:
 * @x: the centre of the node, in map units
 * @y: the centre of the node
 * @box_x: left of the box that no other box may overlap (the node and its label), relative to
 *   (@x, @y)
 * @box_y: top of that box, relative to (@x, @y)
 * @box_width: width of that box
 * @box_height: height of that box
 * @placed: whether (@x, @y) is a position to start from (else the layout picks one)
 * @pinned: whether the node must stay where it is (the user put it there)
 */
typedef struct
{
  double   x;
  double   y;
  double   box_x;
  double   box_y;
  double   box_width;
  double   box_height;
  gboolean placed;
  gboolean pinned;
} LiaisonLayoutNode;

typedef struct
{
  guint  source;
  guint  target;
} LiaisonLayoutEdge;

/**
 * LiaisonLayoutOptions:
 * @seed: the seed of every random choice: the same graph and seed give the same layout
 * @edge_length: the length an edge should have, in map units
 * @gap: the space to keep between two boxes
 * @iterations: force iterations at the finest level, or 0 to choose by size
 */
typedef struct
{
  guint32 seed;
  double  edge_length;
  double  gap;
  guint   iterations;
} LiaisonLayoutOptions;

typedef void (*LiaisonLayoutProgress) (double   fraction,
                                       gpointer user_data);

void     liaison_layout_options_init    (LiaisonLayoutOptions     *options);
gboolean liaison_layout_run             (LiaisonLayoutNode        *nodes,
                                         guint                     n_nodes,
                                         const LiaisonLayoutEdge  *edges,
                                         guint                     n_edges,
                                         const LiaisonLayoutOptions *options,
                                         GCancellable             *cancellable,
                                         LiaisonLayoutProgress     progress,
                                         gpointer                  user_data);
guint    liaison_layout_count_overlaps  (const LiaisonLayoutNode  *nodes,
                                         guint                     n_nodes,
                                         double                    gap);

G_END_DECLS
