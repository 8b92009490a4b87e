/* liaison-core.c — set-up shared by everything built on the core library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-core"

/* For realpath(). */
#define _XOPEN_SOURCE 700

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <fcntl.h>
#include <unistd.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
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

/* Only a regular file has an end: a device such as /dev/zero or /dev/random reads forever,
 * opening a pipe waits for a writer that may never come, and a socket cannot be opened. */
static gboolean
check_regular_file (GFileInfo  *info,
                    GError    **error)
{
  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_REGULAR:
      return TRUE;

    case G_FILE_TYPE_DIRECTORY:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("This is a folder, not a file"));
      return FALSE;

    case G_FILE_TYPE_SYMBOLIC_LINK:
      /* Only a link whose target is missing is reported as the link itself. */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("This is a link to a file that does not exist"));
      return FALSE;

    case G_FILE_TYPE_UNKNOWN:
    case G_FILE_TYPE_SPECIAL:
    case G_FILE_TYPE_SHORTCUT:
    case G_FILE_TYPE_MOUNTABLE:
    default:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("This is a device, a pipe or another special file, not a regular "
                             "file"));
      return FALSE;
    }
}

static void
set_too_large_error (GError  **error,
                     goffset   max_bytes)
{
  g_set_error (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_TOO_LARGE,
               _("The file is too large (more than %d MB)"),
               (int) (max_bytes / (1024 * 1024)));
}

/**
 * liaison_load_file_bytes:
 * @file: a file the user chose
 * @max_bytes: the largest file to read
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError with a message for the user
 *
 * Reads all of @file, after checking that it is a regular file (not a folder, a device or a
 * pipe) and not larger than @max_bytes, so that opening a disk image by mistake does not read
 * it all into memory. The size the file system reports is only a first check: at most
 * @max_bytes + 1 bytes are read, so a file that grows, or whose size is not known in advance,
 * is refused as well. Every reader of user files goes through here, so they refuse the same
 * things with the same words.
 *
 * Returns: (transfer full): the contents, followed by a nul byte that the #GBytes does not
 *   count, or %NULL with @error set (%LIAISON_TEXT_ERROR_TOO_LARGE for a file over @max_bytes,
 *   %G_IO_ERROR_NOT_REGULAR_FILE for a device or a pipe)
 */
GBytes *
liaison_load_file_bytes (GFile         *file,
                         goffset        max_bytes,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree guint8 *chunk = NULL;
  gsize chunk_size = 64 * 1024;
  goffset size;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (max_bytes >= 0 && (guint64) max_bytes < G_MAXUINT, NULL);
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

  /* Checked before opening, as opening a pipe blocks. */
  if (!check_regular_file (info, error))
    return NULL;

  size = g_file_info_get_size (info);
  if (size > max_bytes)
    {
      set_too_large_error (error, max_bytes);
      return NULL;
    }

  if (!(stream = g_file_read (file, cancellable, error)))
    return NULL;

  /* The file may have been replaced between the two calls: check what was opened too. */
  g_clear_object (&info);
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                         cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_TYPE) &&
      !check_regular_file (info, error))
    return NULL;

  /* The size reported is a good guess, but it can be wrong (files in /proc say 0) or out of
   * date: read at most one byte more than allowed, to tell a file that is too large. */
  contents = g_byte_array_sized_new ((guint) MAX (size, 0) + 1);
  chunk = g_malloc (chunk_size);
  for (;;)
    {
      gsize want = MIN (chunk_size, (gsize) max_bytes + 1 - contents->len);
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, want, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;

      g_byte_array_append (contents, chunk, (guint) n);
      if (contents->len > (gsize) max_bytes)
        {
          set_too_large_error (error, max_bytes);
          return NULL;
        }
    }

  length = contents->len;
  g_byte_array_append (contents, (const guint8 *) "", 1);

  return g_bytes_new_take (g_byte_array_free (g_steal_pointer (&contents), FALSE), length);
}

/* Links are followed this many times at most, as Linux does. */
#define MAX_LINKS 40

/**
 * liaison_file_resolve_links:
 * @file: a file about to be written
 * @error: return location for a #GError
 *
 * Follows @file through symbolic links, as opening it would, to the file that is really
 * written. Saving should replace a file atomically: write a new file beside it and rename it
 * over the old one, so that a crash leaves the old contents or the new, never a truncated
 * file. g_file_replace_contents() does so only when it is given the file itself: given a
 * link, it truncates the link's target and rewrites it in place. Given the file this returns,
 * it writes the new file in the target's folder and renames it there, so the link stays a
 * link and the write is atomic.
 *
 * Returns: (transfer full): the file @file leads to, which may not exist yet; @file itself
 *   when it is not a link or not on a local file system. %NULL with @error set if the links
 *   form a loop.
 */
GFile *
liaison_file_resolve_links (GFile   *file,
                            GError **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_is_native (file) || !(path = g_file_get_path (file)))
    return g_object_ref (file);

  for (guint i = 0; i <= MAX_LINKS; i++)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *real_dir = NULL;
      g_autofree char *target = NULL;

      /* The folder is resolved by the system, not by GFile, which takes "a/../b" as "b" even
       * when "a" is a link to another folder. */
      if (!(real_dir = realpath (dir, NULL)))
        return g_file_new_for_path (path);  /* Writing will say what is wrong. */

      g_free (path);
      path = g_build_filename (real_dir, name, NULL);

      /* Neither a link nor an existing file: this is what gets written. */
      if (!(target = g_file_read_link (path, NULL)))
        return g_file_new_for_path (path);

      g_free (path);
      path = g_path_is_absolute (target) ? g_steal_pointer (&target)
                                         : g_build_filename (real_dir, target, NULL);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
               _("The file is a link that leads to itself"));
  return NULL;
}

/* Flushes a closed file to the disk itself, where it is a local file. */
static gboolean
sync_file (GFile   *file,
           GError **error)
{
  const char *path = g_file_peek_path (file);
  int fd, saved_errno = 0;

  if (path == NULL)
    return TRUE;
  if ((fd = g_open (path, O_RDONLY, 0)) < 0 || (fsync (fd) != 0 && errno != EINVAL))
    saved_errno = errno;
  if (fd >= 0)
    close (fd);
  if (saved_errno != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* The previous version, copied to "@target~" before the new one takes its name. */
static gboolean
make_backup_copy (GFile         *target,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *uri = g_file_get_uri (target);
  g_autofree char *backup_uri = g_strconcat (uri, "~", NULL);
  g_autoptr(GFile) backup = g_file_new_for_uri (backup_uri);

  g_autoptr(GError) local_error = NULL;

  if (!g_file_copy (target, backup, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                    cancellable, NULL, NULL, &local_error))
    {
      /* The code g_file_replace() gives, so that callers can tell it apart. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANT_CREATE_BACKUP,
                   _("Could not keep the previous version as a backup: %s"), local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Writes under a hidden temporary name in the same folder, flushes it to disk, then renames it
 * over @target, so that until it is complete nothing carries the name and the old version stays
 * whole. The new version keeps the old one's permissions.
 *
 * Not g_file_replace_contents(): when a write fails (a full disk), GLib 2.74 closes its stream
 * anyway, and closing renames the partial temporary file over the old one. Found by
 * tests/test-full-disk.py. */
static gboolean
write_and_rename (GFile         *target,
                  const void    *data,
                  gsize          length,
                  gboolean       make_backup,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (target);
  g_autofree char *name = g_file_get_basename (target);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GFileInfo) old = NULL;
  g_autoptr(GFile) temp = NULL;
  gboolean written;

  if (parent == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("Not a file name"));
      return FALSE;
    }

  old = g_file_query_info (target, G_FILE_ATTRIBUTE_UNIX_MODE, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                           cancellable, NULL);

  for (guint attempt = 0; stream == NULL; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *temp_name = g_strdup_printf (".%s.%08x.part", name, g_random_int ());

      g_clear_object (&temp);
      temp = g_file_get_child (parent, temp_name);
      stream = g_file_create (temp, G_FILE_CREATE_NONE, cancellable, &local_error);
      if (stream == NULL && (attempt >= 8 || !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS)))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  written = g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, length, NULL, cancellable, error) &&
            g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error) &&
            sync_file (temp, error);
  if (written && old != NULL && g_file_info_has_attribute (old, G_FILE_ATTRIBUTE_UNIX_MODE))
    written = g_file_set_attribute_uint32 (temp, G_FILE_ATTRIBUTE_UNIX_MODE,
                                           g_file_info_get_attribute_uint32 (old, G_FILE_ATTRIBUTE_UNIX_MODE) & 07777,
                                           G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, error);
  if (written && old != NULL && make_backup)
    written = make_backup_copy (target, cancellable, error);
  if (written)
    written = g_file_move (temp, target, G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_OVERWRITE,
                           cancellable, NULL, NULL, error);
  if (!written)
    {
      /* Closed first, or an open stream's close would come later. */
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      g_file_delete (temp, NULL, NULL);
    }
  return written;
}

/**
 * liaison_file_write_atomically:
 * @file: the file to write, which may be a link
 * @data: (array length=length): the contents
 * @length: their size
 * @make_backup: keep the previous version as "@file~"
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @file so that a reader, a crash or a full disk sees the old contents or the new,
 * never part of them, and no partial file is left behind: the contents are written to a
 * hidden temporary file beside it, flushed to disk and renamed over it, keeping the old file's
 * permissions. A link is followed to its target first (see liaison_file_resolve_links()).
 * Blocks.
 *
 * Returns: %TRUE if written
 */
gboolean
liaison_file_write_atomically (GFile         *file,
                               const void    *data,
                               gsize          length,
                               gboolean       make_backup,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(GFile) target = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(target = liaison_file_resolve_links (file, error)))
    return FALSE;

  return write_and_rename (target, data, length, make_backup, cancellable, error);
}
