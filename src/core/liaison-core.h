/* liaison-core.h — set-up shared by everything built on the core library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LIAISON_CORE_RESOURCE_PATH "/io/github/liaisonapp/Liaison/core"

void     liaison_core_init           (void);
GBytes  *liaison_load_file_bytes     (GFile         *file,
                                      goffset        max_bytes,
                                      GCancellable  *cancellable,
                                      GError       **error);
GFile   *liaison_file_resolve_links  (GFile         *file,
                                      GError       **error);
gboolean liaison_file_write_atomically (GFile        *file,
                                        const void   *data,
                                        gsize         length,
                                        gboolean      make_backup,
                                        GCancellable *cancellable,
                                        GError      **error);

/* g_set_str() arrived in GLib 2.76; Debian 12 has 2.74. */
static inline gboolean
liaison_set_str (char       **str_pointer,
                 const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;

  return TRUE;
}

G_END_DECLS
