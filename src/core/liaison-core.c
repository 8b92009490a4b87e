/* liaison-core.c — set-up shared by everything built on the core library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-core"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "liaison-core.h"
#include "liaison-core-resources.h"
#include "liaison-text.h"

/**
 * liaison_core_init:
 *
 * Registers the core library's resources (the bundled article, gazetteers). The resources are
 * registered by hand because the library is static: a self-registering constructor in an object
 * file that nothing references would be dropped by the linker. Safe to call more than once and
 * from any thread.
 */
void
liaison_core_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      liaison_core_register_resource ();
      g_once_init_leave (&initialized, 1);
    }
}

/**
 * liaison_load_file_bytes:
 * @file: a file the user chose
 * @max_bytes: the largest file to read
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError with a message for the user
 *
 * Reads all of @file, after checking that it is not a folder and not larger than @max_bytes,
 * so that opening a disk image by mistake does not read it all into memory. Every reader of
 * user files goes through here, so they refuse the same things with the same words.
 *
 * Returns: (transfer full): the contents, or %NULL with @error set (%LIAISON_TEXT_ERROR_TOO_LARGE
 *   for a file over @max_bytes)
 */
GBytes *
liaison_load_file_bytes (GFile         *file,
                         goffset        max_bytes,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      /* GIO's own message repeats the full path, which the caller already shows. */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                             _("The file does not exist"));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("This is a folder, not a file"));
      return NULL;
    }

  if (g_file_info_get_size (info) > max_bytes)
    {
      g_set_error (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_TOO_LARGE,
                   _("The file is too large (more than %d MB)"),
                   (int) (max_bytes / (1024 * 1024)));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}
