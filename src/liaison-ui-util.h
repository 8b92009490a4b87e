/* liaison-ui-util.h — small pieces the GTK shell's widgets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void liaison_drop_down_ellipsize (GtkDropDown *drop_down);

G_END_DECLS
