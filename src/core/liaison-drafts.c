/* liaison-drafts.c — unsaved work kept on disk, so that a crash does not lose it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _POSIX_C_SOURCE 200809L  /* kill() */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "liaison-core.h"
#include "liaison-drafts.h"

/* A window with unsaved changes writes them, a few seconds after each change, to
 * $XDG_DATA_HOME/liaison/drafts/PID-N.liaison, with PID-N.info beside it saying where the work
 * came from. Saving, discarding or undoing back to the file removes the draft. A draft whose
 * process is no longer running was left by a crash or a power cut: the next start offers it
 * back. */

char *
liaison_drafts_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "liaison", "drafts", NULL);
}

/**
 * liaison_draft_new_path:
 *
 * Returns: (transfer full): a draft path of this process's own, not used before
 */
char *
liaison_draft_new_path (void)
{
  static gint counter;
  g_autofree char *dir = liaison_drafts_get_dir ();
  g_autofree char *name = g_strdup_printf ("%ld-%d.liaison", (long) getpid (),
                                           g_atomic_int_add (&counter, 1));

  return g_build_filename (dir, name, NULL);
}

static char *
info_path (const char *path)
{
  g_autofree char *stem = g_strndup (path, strlen (path) - strlen (".liaison"));

  return g_strconcat (stem, ".info", NULL);
}

/**
 * liaison_draft_write:
 * @path: from liaison_draft_new_path()
 * @document: the document's file contents
 * @origin: (nullable): the URI of the file the work came from
 * @display_name: (nullable): the document's name in the window
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the draft atomically, the folder made if need be. Blocks: call it from a thread.
 *
 * Returns: %TRUE if written
 */
gboolean
liaison_draft_write (const char    *path,
                     GBytes        *document,
                     const char    *origin,
                     const char    *display_name,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *info = info_path (path);
  g_autofree char *info_data = NULL;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) info_file = g_file_new_for_path (info);
  gsize length;
  const void *data;

  g_return_val_if_fail (path != NULL && g_str_has_suffix (path, ".liaison"), FALSE);
  g_return_val_if_fail (document != NULL, FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", dir, g_strerror (saved));
      return FALSE;
    }

  if (origin != NULL)
    g_key_file_set_string (keys, "Draft", "Origin", origin);
  if (display_name != NULL)
    g_key_file_set_string (keys, "Draft", "DisplayName", display_name);
  info_data = g_key_file_to_data (keys, &length, NULL);

  data = g_bytes_get_data (document, &length);
  /* The document first: a draft without its note is still found and restored. */
  return liaison_file_write_atomically (file, data, length, FALSE, cancellable, error) &&
         liaison_file_write_atomically (info_file, info_data, strlen (info_data), FALSE,
                                        cancellable, error);
}

/**
 * liaison_draft_remove:
 * @path: a draft
 *
 * Removes the draft and its note, if they are there.
 */
void
liaison_draft_remove (const char *path)
{
  g_autofree char *info = NULL;

  g_return_if_fail (path != NULL);

  info = info_path (path);
  g_remove (path);
  g_remove (info);
}

void
liaison_draft_info_free (LiaisonDraftInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->path);
  g_free (info->origin);
  g_free (info->display_name);
  g_free (info);
}

/* Whether process @pid is gone. */
static gboolean
process_is_gone (long pid)
{
  if (pid <= 0)
    return TRUE;
  if (pid == (long) getpid ())
    return FALSE;
  return kill ((pid_t) pid, 0) != 0 && errno == ESRCH;
}

/**
 * liaison_drafts_find_orphans:
 *
 * Returns: (transfer full) (element-type LiaisonDraftInfo): the drafts left by processes that
 *   are no longer running, oldest first by name
 */
GPtrArray *
liaison_drafts_find_orphans (void)
{
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) liaison_draft_info_free);
  g_autofree char *dir_path = liaison_drafts_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return found;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GKeyFile) keys = g_key_file_new ();
      LiaisonDraftInfo *info;
      g_autofree char *info_file = NULL;
      char *end = NULL;
      long pid;

      if (!g_str_has_suffix (name, ".liaison") || name[0] == '.')
        continue;
      pid = strtol (name, &end, 10);
      if (end == name || *end != '-' || !process_is_gone (pid))
        continue;

      info = g_new0 (LiaisonDraftInfo, 1);
      info->path = g_build_filename (dir_path, name, NULL);
      info_file = info_path (info->path);
      if (g_key_file_load_from_file (keys, info_file, G_KEY_FILE_NONE, NULL))
        {
          info->origin = g_key_file_get_string (keys, "Draft", "Origin", NULL);
          info->display_name = g_key_file_get_string (keys, "Draft", "DisplayName", NULL);
        }
      g_ptr_array_add (found, info);
    }

  return found;
}
