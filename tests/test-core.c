/* test-core.c — what every reader of user files shares: liaison_load_file_bytes()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "liaison-core.h"
#include "liaison-text.h"

static GBytes *
load_path (const char  *path,
           goffset      max_bytes,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return liaison_load_file_bytes (file, max_bytes, NULL, error);
}

static void
test_regular (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = g_dir_make_tmp ("liaison-core-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "ten.txt", NULL);
  g_file_set_contents (path, "0123456789", 10, &error);
  g_assert_no_error (error);

  /* Exactly the limit is allowed, and the contents are nul-terminated for text readers. */
  bytes = load_path (path, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 10);
  g_assert_cmpstr (g_bytes_get_data (bytes, NULL), ==, "0123456789");
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = load_path (path, 9, &error);
  g_assert_null (bytes);
  g_assert_error (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* An empty file is read as empty, not refused here. */
  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
  bytes = load_path (path, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 0);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A regular file whose size the file system does not know: the limit must still hold. */
static void
test_size_not_trusted (void)
{
  const char *path = "/proc/self/status";
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  struct stat st;

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size != 0)
    {
      g_test_skip ("needs /proc/self/status, a regular file of size 0 that is not empty");
      return;
    }

  bytes = load_path (path, 16, &error);
  g_assert_null (bytes);
  g_assert_error (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  bytes = load_path (path, 1024 * 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 16);
}

static void
test_device (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  struct stat st;

  if (g_stat ("/dev/zero", &st) != 0 || !S_ISCHR (st.st_mode))
    {
      g_test_skip ("needs /dev/zero");
      return;
    }

  /* /dev/zero never ends: were it read, the alarm ends the test rather than the memory. */
  alarm (10);
  bytes = load_path ("/dev/zero", 1024, &error);
  alarm (0);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_nonnull (strstr (error->message, "not a regular file"));
}

static void
test_fifo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = g_dir_make_tmp ("liaison-core-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "pipe.liaison", NULL);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);

  /* Opening a pipe with no writer blocks: it must be refused before it is opened. Should it
   * ever be opened, the alarm fails the test instead of hanging the suite. */
  alarm (10);
  bytes = load_path (path, 1024, &error);
  alarm (0);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_folder_and_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = g_dir_make_tmp ("liaison-core-XXXXXX", &error);
  g_autoptr(GFile) link = NULL;

  g_assert_no_error (error);

  bytes = load_path (dir, 1024, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  bytes = load_path ("/nonexistent/liaison/article.txt", 1024, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The file does not exist");
  g_clear_error (&error);

  link = g_file_new_build_filename (dir, "dangling.txt", NULL);
  g_file_make_symbolic_link (link, "missing.txt", NULL, &error);
  g_assert_no_error (error);
  bytes = liaison_load_file_bytes (link, 1024, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_assert_true (g_file_delete (link, NULL, NULL));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Counts the files in @dir, hidden ones included: a leftover temporary file shows here. */
static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_write_atomically (void)
{
  g_autofree char *dir = g_dir_make_tmp ("liaison-write-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *link = g_build_filename (dir, "link.svg", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *missing = g_build_filename (dir, "gone", "map.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) via_link = g_file_new_for_path (link);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  /* A new file: complete, and no temporary file left beside it. */
  g_assert_true (liaison_file_write_atomically (file, "first", 5, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "first");
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_clear_pointer (&contents, g_free);

  /* An existing one, with a backup when asked. */
  g_assert_true (liaison_file_write_atomically (file, "second", 6, TRUE, NULL, &error));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "second");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "first");
  g_clear_pointer (&contents, g_free);

  /* Through a link: the link stays a link, its target gets the contents. */
  g_assert_true (g_file_make_symbolic_link (via_link, "map.svg", NULL, NULL));
  g_assert_true (liaison_file_write_atomically (via_link, "third", 5, FALSE, NULL, &error));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "third");
  g_clear_pointer (&contents, g_free);

  /* A folder that is not there: an error, and nothing written anywhere. */
  g_assert_false (liaison_file_write_atomically (nowhere, "lost", 4, FALSE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (count_files (dir), ==, 3);

  g_assert_cmpint (g_remove (link), ==, 0);
  g_assert_cmpint (g_remove (backup), ==, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/core/load-file-bytes/regular", test_regular);
  g_test_add_func ("/liaison/core/load-file-bytes/size-not-trusted", test_size_not_trusted);
  g_test_add_func ("/liaison/core/load-file-bytes/device", test_device);
  g_test_add_func ("/liaison/core/load-file-bytes/fifo", test_fifo);
  g_test_add_func ("/liaison/core/load-file-bytes/folder-and-missing", test_folder_and_missing);
  g_test_add_func ("/liaison/core/write-atomically", test_write_atomically);

  return g_test_run ();
}
