/* test-drafts.c — unsaved work kept on disk, and found again after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "liaison-drafts.h"

static void
test_write_find_remove (void)
{
  g_autofree char *dir = liaison_drafts_get_dir ();
  g_autofree char *mine = liaison_draft_new_path ();
  g_autofree char *other = liaison_draft_new_path ();
  g_autofree char *orphan = g_build_filename (dir, "2147483646-3.liaison", NULL);
  g_autofree char *orphan_info = g_build_filename (dir, "2147483646-3.info", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"format\": \"liaison/1\"}", 23);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  LiaisonDraftInfo *info;

  /* Drafts live in the user's data folder, one name per window of this process. */
  g_assert_true (g_str_has_prefix (mine, dir));
  g_assert_cmpstr (mine, !=, other);
  g_assert_true (liaison_draft_write (mine, bytes, "file:///tmp/map.liaison", "map.liaison", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (mine, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{\"format\": \"liaison/1\"}");

  /* This process's own drafts are not orphans: it is still running. */
  found = liaison_drafts_find_orphans ();
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A draft of a process that is gone (no process has that number) is, with its note. */
  g_assert_true (liaison_draft_write (orphan, bytes, NULL, "Kenya talks", NULL, &error));
  found = liaison_drafts_find_orphans ();
  g_assert_cmpuint (found->len, ==, 1);
  info = g_ptr_array_index (found, 0);
  g_assert_cmpstr (info->path, ==, orphan);
  g_assert_null (info->origin);
  g_assert_cmpstr (info->display_name, ==, "Kenya talks");
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Removing takes the note too; a draft without a note is still found. */
  liaison_draft_remove (orphan);
  g_assert_false (g_file_test (orphan, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (orphan_info, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_set_contents (orphan, "{}", -1, NULL));
  found = liaison_drafts_find_orphans ();
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_null (((LiaisonDraftInfo *) g_ptr_array_index (found, 0))->display_name);

  liaison_draft_remove (orphan);
  liaison_draft_remove (mine);
  g_assert_false (g_file_test (mine, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  /* A temporary XDG_DATA_HOME of the test's own. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/liaison/drafts/write-find-remove", test_write_find_remove);

  return g_test_run ();
}
