/* test-window.c — the application and its window, driven in-process through their actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "liaison-application.h"
#include "liaison-document-io.h"
#include "liaison-canvas.h"
#include "liaison-details.h"
#include "liaison-sidebar.h"
#include "liaison-window.h"

static LiaisonApplication *app;

#define wait_until(done, data) wait_until_at ((done), (data), #done, __LINE__)

/* Spins the main loop until @done returns TRUE, failing the test after ten seconds so that a
 * regression shows up as a failure, not as a hang. */
static void
wait_until_at (gboolean  (*done) (gpointer),
               gpointer    data,
               const char *what,
               int         line)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("line %d: still waiting for %s after ten seconds", line, what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
has_article (gpointer data)
{
  return liaison_window_get_article (data) != NULL;
}

static gboolean
has_document (gpointer data)
{
  return liaison_window_get_document (data) != NULL;
}

static gboolean
shows_page (gpointer data)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (data, LIAISON_TYPE_WINDOW, "stack"));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "error") == 0;
}

static gboolean
window_is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static GtkWidget *
template_child (LiaisonWindow *window,
                const char    *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), LIAISON_TYPE_WINDOW, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static char *
buffer_text (LiaisonWindow *window)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (template_child (window, "text_view")));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Whether a label under @widget shows @text, as a person would read it (markup rendered). */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;

  return FALSE;
}

static void
close_all_windows (void)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_activate_shows_example (void)
{
  LiaisonWindow *window;
  AdwWindowTitle *title;
  g_autofree char *text = NULL;

  g_application_activate (G_APPLICATION (app));

  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (LIAISON_IS_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* The window is never empty: the example is there at once. */
  g_assert_nonnull (liaison_window_get_article (window));
  title = ADW_WINDOW_TITLE (template_child (window, "window_title"));
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Example Article");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "24 July 2023");

  text = buffer_text (window);
  g_assert_true (g_str_has_prefix (text, "Kenyan President"));
  g_assert_nonnull (strstr (text, "Forum on China-Africa Cooperation"));

  /* A second activation presents the same window instead of opening another. */
  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  close_all_windows ();
}

static void
test_actions (void)
{
  LiaisonWindow *window;
  gboolean enabled;
  GListModel *toplevels;
  gboolean found_about = FALSE;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  /* The shortcuts window was found under the resource base path. */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  g_assert_true (g_action_group_query_action (G_ACTION_GROUP (app), "about",
                                              &enabled, NULL, NULL, NULL, NULL));
  g_assert_true (enabled);
  g_assert_true (g_action_group_query_action (G_ACTION_GROUP (app), "quit",
                                              &enabled, NULL, NULL, NULL, NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL));

  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.open");

    g_assert_cmpstr (accels[0], ==, "<Control>o");
  }

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (item))
        {
          AdwAboutWindow *about = ADW_ABOUT_WINDOW (item);

          found_about = TRUE;
          g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
          g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
          g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
          g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (window));
          g_assert_true (gtk_widget_get_visible (GTK_WIDGET (about)));
          gtk_window_destroy (GTK_WINDOW (about));
        }
    }
  g_assert_true (found_about);

  /* app.quit closes every window. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static GFile *
write_temp_named (const char *data,
                  const char *template)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd;

  fd = g_file_open_tmp (template, &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, data, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static GFile *
write_temp (const char *data)
{
  return write_temp_named (data, "liaison-test-XXXXXX.txt");
}

static LiaisonWindow *
open_one (GFile *file)
{
  GFile *files[] = { file };
  GList *windows;

  g_application_open (G_APPLICATION (app), files, 1, "");
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_nonnull (windows);
  /* GtkApplication keeps the most recently focused window first, but a new unfocused window
   * may be last: find it by elimination. */
  for (GList *l = windows; l; l = l->next)
    if (LIAISON_IS_WINDOW (l->data))
      return l->data;

  g_assert_not_reached ();
}

static void
test_open_file (void)
{
  g_autoptr(GFile) file = write_temp ("date 2024-03-08\nMinisters & envoys <meet>\n\nThey met.\n");
  LiaisonWindow *window = open_one (file);
  AdwWindowTitle *title;
  g_autofree char *text = NULL;

  gtk_window_present (GTK_WINDOW (window));
  wait_until (has_article, window);

  title = ADW_WINDOW_TITLE (template_child (window, "window_title"));
  /* The headline is shown as written, markup characters and all: on screen, not only in the
   * title widget's property. */
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Ministers & envoys <meet>");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "8 March 2024");
  g_assert_true (shows_text (GTK_WIDGET (title), "Ministers & envoys <meet>"));
  g_assert_true (shows_text (GTK_WIDGET (title), "8 March 2024"));
  text = buffer_text (window);
  g_assert_cmpstr (text, ==, "They met.\n");

  close_all_windows ();
  g_file_delete (file, NULL, NULL);
}

static void
test_open_document (void)
{
  g_autoptr(GFile) file = write_temp_named (
    "{\"format\": \"liaison/1\","
    " \"articles\": [{\"id\": \"a\", \"title\": \"Talks in Nairobi\", \"date\": \"2024-01-02\","
    "                \"text\": \"The ministers met.\"}],"
    " \"actors\": [{\"id\": \"k\", \"name\": \"Kenya\", \"kind\": \"country\"}]}",
    "liaison-test-XXXXXX.liaison");
  LiaisonWindow *window = open_one (file);
  AdwWindowTitle *title;
  g_autofree char *text = NULL;

  /* A saved document opens as a document, not as JSON text. */
  wait_until (has_document, window);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_actors (liaison_window_get_document (window))), ==, 1);
  title = ADW_WINDOW_TITLE (template_child (window, "window_title"));
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Talks in Nairobi");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "2 January 2024");
  text = buffer_text (window);
  g_assert_cmpstr (text, ==, "The ministers met.");

  close_all_windows ();
  g_file_delete (file, NULL, NULL);
}

static void
test_open_graph (void)
{
  g_autoptr(GFile) file = write_temp_named ("source,target\nKenya,China\nChina,FOCAC\n",
                                            "liaison-test-XXXXXX.csv");
  LiaisonWindow *window = open_one (file);
  GtkStack *stack;

  /* A graph has no article: the map alone, without the article pane. */
  gtk_window_present (GTK_WINDOW (window));
  wait_until (has_document, window);
  stack = GTK_STACK (template_child (window, "stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "map");
  g_assert_null (liaison_window_get_article (window));
  g_assert_false (gtk_widget_get_visible (template_child (window, "article_pane")));
  g_assert_cmpuint (liaison_scene_get_n_nodes (liaison_canvas_get_scene (LIAISON_CANVAS (template_child (window, "canvas")))), ==, 3);

  close_all_windows ();
  g_file_delete (file, NULL, NULL);
}

static void
test_open_missing (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/R&D <notes>.txt");
  LiaisonWindow *window = open_one (file);

  /* Nothing to show: the window explains instead of staying blank, and a file name with
   * markup characters comes out as written. */
  gtk_window_present (GTK_WINDOW (window));
  wait_until (shows_page, window);
  g_assert_null (liaison_window_get_article (window));
  g_assert_true (shows_text (template_child (window, "error_page"),
                             "Could not open “R&D <notes>.txt”: The file does not exist"));

  /* And offers what a start screen does: the example, a file, a pasted article. */
  g_assert_true (shows_text (template_child (window, "error_page"), "Open the Example Article"));
  g_assert_true (shows_text (template_child (window, "error_page"), "Open a File…"));
  g_assert_true (shows_text (template_child (window, "error_page"), "Paste an Article"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL));
  g_assert_nonnull (liaison_window_get_article (window));

  close_all_windows ();
}

/* Hostile files (tests/data/bad) end on the same page, saying what is wrong in the reader's
 * words, with no warning on the way (warnings are fatal here). */
static void
test_open_bad_files (void)
{
  static const struct { const char *name; const char *message; } cases[] = {
    { "binary.bin", "This is not a text file" },
    { "utf16-damaged.txt", "marked as UTF-16 but is not valid UTF-16" },
    { "future-version.liaison", "made by a newer version of Liaison" },
    { "two-values.liaison", "more after the end of the document" },
    { "billion-laughs.graphml", "declares XML entities" },
    { "missing-actor.liaison", "no actor with id" },
  };
  GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK);

  g_log_set_always_fatal (fatal | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      LiaisonWindow *window = open_one (file);

      gtk_window_present (GTK_WINDOW (window));
      wait_until (shows_page, window);
      g_assert_null (liaison_window_get_document (window));
      if (!shows_text (template_child (window, "error_page"), cases[i].message))
        g_error ("%s: the page does not say “%s”", cases[i].name, cases[i].message);
      close_all_windows ();
    }
  g_log_set_always_fatal (fatal);
}

/* The Open dialog as GTK shows it without a portal, as in these tests. */
static GtkWindow *
find_file_chooser (guint *n_found)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  if (n_found != NULL)
    *n_found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          found = window;
          if (n_found != NULL)
            (*n_found)++;
        }
    }

  return found;
}

static gboolean
has_file_chooser (gpointer data)
{
  return find_file_chooser (NULL) != NULL;
}

/* Closing the window while the Open dialog is up takes the dialog with it, and frees both. */
static void
test_open_dialog_closed_with_window (void)
{
  LiaisonWindow *window;
  guint n_choosers;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  wait_until (has_file_chooser, NULL);
  g_assert_true (gtk_window_get_transient_for (find_file_chooser (NULL)) ==
                 GTK_WINDOW (window));

  /* Asking again shows the same dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  find_file_chooser (&n_choosers);
  g_assert_cmpuint (n_choosers, ==, 1);

  close_all_windows ();
  wait_until (window_is_gone, &window);
  g_assert_null (find_file_chooser (NULL));
}

static gboolean
canvas_is_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 200 && liaison_canvas_get_scene (data) != NULL;
}

typedef struct
{
  LiaisonWindow *window;
  const char    *text;
} ToastWait;

static gboolean
shows_toast (gpointer data)
{
  ToastWait *wait = data;

  return shows_text (GTK_WIDGET (wait->window), wait->text);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

/* Selects the option labelled @label in whichever drop-down under @widget offers it. */
static gboolean
choose_option (GtkWidget  *widget,
               const char *label)
{
  if (GTK_IS_DROP_DOWN (widget))
    {
      GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));

      for (guint i = 0; GTK_IS_STRING_LIST (model) && i < g_list_model_get_n_items (model); i++)
        if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
          {
            gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), i);
            return TRUE;
          }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (choose_option (child, label))
      return TRUE;

  return FALSE;
}

static gboolean
chooser_has_file (gpointer data)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (data);

  return file != NULL;
}

/* Fills in the Export dialog as a person would, and presses Export. */
static void
export_through_dialog (LiaisonWindow *window,
                       const char    *folder,
                       const char    *name,
                       const char    *format,
                       const char    *area)
{
  g_autoptr(GFile) dir = g_file_new_for_path (folder);
  g_autofree char *current = NULL;
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  wait_until (has_file_chooser, NULL);
  dialog = find_file_chooser (NULL);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  /* Mapping the dialog starts loading its first folder; let that happen first. */
  wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, dialog);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* It offers the article's headline as the name, in the last format used. */
  current = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  g_assert_true (g_str_has_prefix (current, "Example Article."));
  /* Legend and caption on by default. */
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "legend"), ==, "true");

  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), dir, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  /* Pick the options in their drop-downs, as a person does (GTK 4.8's
   * gtk_file_chooser_set_choice() does not reach a drop-down). */
  g_assert_true (choose_option (GTK_WIDGET (dialog), format));
  g_assert_true (choose_option (GTK_WIDGET (dialog), area));
  /* The dialog takes in the folder asynchronously. */
  wait_until (chooser_has_file, dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
}

/* Export… writes the map as it is on screen, in the chosen format or the one the name asks for,
 * says so in a toast with an Open button, and reports a failure without leaving a file. */
static void
test_export (void)
{
  LiaisonWindow *window;
  g_autofree char *tmp = g_dir_make_tmp ("liaison-export-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (tmp, "map.svg", NULL);
  g_autofree char *pdf = g_build_filename (tmp, "whole.pdf", NULL);
  g_autofree char *kept = g_build_filename (tmp, "kept.svg", NULL);
  g_autofree char *kept_pdf = g_build_filename (tmp, "kept.pdf", NULL);
  g_autofree char *taken = g_build_filename (tmp, "taken.svg", NULL);
  g_autofree char *taken_pdf = g_build_filename (tmp, "taken.pdf", NULL);
  g_autofree char *gone = g_build_filename (tmp, "gone", NULL);
  g_autofree char *lost = g_build_filename (gone, "lost.png", NULL);
  g_autofree char *contents = NULL;
  ToastWait wait;
  gsize length;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  wait_until (canvas_is_allocated, template_child (window, "canvas"));

  /* The folder vanishes before the export: a toast says so and no file appears. */
  g_assert_cmpint (g_mkdir (gone, 0700), ==, 0);
  export_through_dialog (window, gone, "lost.png", "PNG Image", "Whole Map");
  g_assert_cmpint (g_rmdir (gone), ==, 0);
  wait = (ToastWait) { window, "Could not export to lost.png" };
  wait_until (shows_toast, &wait);
  g_assert_false (g_file_test (lost, G_FILE_TEST_EXISTS));

  /* No extension: the format choice decides and names the file. The current view only. */
  export_through_dialog (window, tmp, "map", "SVG Drawing", "Current View");
  wait_until (file_exists, svg);
  wait = (ToastWait) { window, "Exported to map.svg" };
  wait_until (shows_toast, &wait);
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "clip-path=\"url(#view)\""));
  g_assert_nonnull (strstr (contents, ">Kenya</text>"));
  g_clear_pointer (&contents, g_free);

  /* The extension wins over the choice; the whole map. */
  export_through_dialog (window, tmp, "whole.pdf", "PNG Image", "Whole Map");
  wait_until (file_exists, pdf);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (length > 1000 && memcmp (contents, "%PDF", 4) == 0);
  g_clear_pointer (&contents, g_free);

  /* The proposed extension left as it was: the format choice replaces it... */
  export_through_dialog (window, tmp, "kept.pdf", "SVG Drawing", "Whole Map");
  wait_until (file_exists, kept);
  g_assert_false (g_file_test (kept_pdf, G_FILE_TEST_EXISTS));
  /* ...but never over a file the dialog did not ask about. */
  g_assert_true (g_file_set_contents (taken_pdf, "precious", -1, NULL));
  export_through_dialog (window, tmp, "taken.svg", "PDF Document", "Whole Map");
  wait = (ToastWait) { window, "Not exported: taken.pdf already exists" };
  wait_until (shows_toast, &wait);
  g_assert_false (g_file_test (taken, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (taken_pdf, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");


  close_all_windows ();
  g_assert_cmpint (g_remove (svg), ==, 0);
  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_remove (kept), ==, 0);
  g_assert_cmpint (g_remove (taken_pdf), ==, 0);
  g_assert_cmpint (g_rmdir (tmp), ==, 0);
}

/* Clicks the map where @actor's node is, through the canvas's own click gesture and hit test. */
static void
click_node (LiaisonCanvas *canvas,
            LiaisonActor  *actor)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (canvas));
  LiaisonScene *scene = liaison_canvas_get_scene (canvas);
  const LiaisonSceneView *view = liaison_canvas_get_view (canvas);
  const LiaisonSceneNode *node = liaison_scene_get_node (scene, liaison_scene_find_node (scene, actor));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        g_signal_emit_by_name (controller, "pressed", 1, node->x * view->scale + view->offset_x,
                               node->y * view->scale + view->offset_y);
    }
}

static gboolean
tag_at (LiaisonWindow *window,
        const char    *needle)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (template_child (window, "text_view")));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "highlight");
  g_autofree char *text = buffer_text (window);
  const char *found = strstr (text, needle);
  GtkTextIter iter;

  g_assert_nonnull (found);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) g_utf8_pointer_to_offset (text, found));
  return gtk_text_iter_has_tag (&iter, tag);
}

/* Clicking a node shows who it is; a relation link shows its evidence, highlighted in the
 * article; the map and the panel share one selection. */
static void
test_details (void)
{
  LiaisonWindow *window;
  LiaisonCanvas *canvas;
  LiaisonDocument *document;
  LiaisonActor *mutua;
  GtkStack *side_stack;
  LiaisonRelation *office;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  canvas = LIAISON_CANVAS (template_child (window, "canvas"));
  side_stack = GTK_STACK (template_child (window, "side_stack"));
  wait_until (canvas_is_allocated, canvas);
  document = liaison_window_get_document (window);

  /* Before any click: the article, and a hint in the details. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (side_stack), ==, "article");
  g_assert_true (shows_text (template_child (window, "details"), "Nothing Selected") ||
                 !gtk_widget_is_drawable (template_child (window, "details")));

  mutua = liaison_document_find_actor (document, "Alfred Mutua");
  click_node (canvas, mutua);
  g_assert_true (liaison_canvas_get_selected_actor (canvas) == mutua);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (side_stack), ==, "details");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (shows_text (template_child (window, "details"), "Alfred Mutua"));
  g_assert_true (shows_text (template_child (window, "details"),
                             "Cabinet Secretary for Foreign and Diaspora Affairs of Kenya"));
  g_assert_true (shows_text (template_child (window, "details"), "met with"));
  /* His mention in the article is highlighted. */
  g_assert_true (tag_at (window, "Alfred Mutua"));
  g_assert_false (tag_at (window, "Kenyan President"));

  /* A relation: the panel names both ends; its evidence sentence is highlighted. */
  office = liaison_document_find_relation (document, liaison_document_find_actor (document, "William Ruto"),
                                           liaison_document_find_actor (document, "Kenya"),
                                           LIAISON_RELATION_KIND_HOLDS_OFFICE);
  g_assert_nonnull (office);
  liaison_canvas_set_selected_relation (canvas, office);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (liaison_canvas_get_selected_actor (canvas));
  g_assert_true (shows_text (template_child (window, "details"), "William Ruto — holds office in → Kenya"));
  g_assert_true (shows_text (template_child (window, "details"), "Kenyan President William Ruto has met"));
  g_assert_true (tag_at (window, "Kenyan President"));
  g_assert_false (tag_at (window, "Alfred Mutua"));

  /* Every mention is marked in its kind's colour. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (template_child (window, "text_view")));
    GtkTextTag *person = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "mention-person");
    GtkTextIter iter;
    g_autofree char *text = buffer_text (window);

    gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                        (int) g_utf8_pointer_to_offset (text, strstr (text, "Wang Yi")));
    g_assert_true (gtk_text_iter_has_tag (&iter, person));
  }

  /* "Show in Article": the article comes to the front with the sentence highlighted. */
  g_signal_emit_by_name (template_child (window, "details"), "show-span",
                         liaison_relation_get_evidence (office, 0));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (side_stack), ==, "article");
  g_assert_true (tag_at (window, "Kenyan President"));

  /* Esc on the map clears the selection; the panel shows its hint again. */
  liaison_canvas_set_selected_relation (canvas, NULL);
  gtk_stack_set_visible_child_name (side_stack, "details");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (shows_text (template_child (window, "details"), "Nothing Selected"));

  close_all_windows ();
}

static gboolean
sidebar_shows_att (gpointer data)
{
  return shows_text (template_child (data, "sidebar"), "AT&T <script>");
}

/* Names, roles, labels and headlines are shown as written: "AT&T <script>" is no markup, and
 * no GLib warning comes from trying to parse it as such (warnings are fatal here). */
static void
test_markup_in_names (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", "markup-names.liaison", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK);
  LiaisonWindow *window;
  LiaisonCanvas *canvas;
  LiaisonDocument *document;
  LiaisonActor *att;
  GtkWidget *details;

  g_log_set_always_fatal (fatal | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  window = open_one (file);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (has_document, window);
  canvas = LIAISON_CANVAS (template_child (window, "canvas"));
  wait_until (canvas_is_allocated, canvas);
  document = liaison_window_get_document (window);
  details = template_child (window, "details");

  g_assert_true (shows_text (template_child (window, "window_title"), "<b>Bold</b> & <i>co</i>"));
  adw_flap_set_reveal_flap (ADW_FLAP (template_child (window, "flap")), TRUE);
  wait_until (sidebar_shows_att, window);
  g_assert_true (shows_text (template_child (window, "sidebar"), "<span foreground=\"red\">boss</span>"));

  att = liaison_document_find_actor (document, "AT&T <script>");
  g_assert_nonnull (att);
  click_node (canvas, att);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (shows_text (details, "AT&T <script>"));
  g_assert_true (shows_text (details, "<span foreground=\"red\">boss</span>"));
  g_assert_true (shows_text (details, "Procter & Gamble"));

  liaison_canvas_set_selected_relation (canvas, liaison_document_find_relation (
    document, att, liaison_document_find_actor (document, "Procter & Gamble"),
    LIAISON_RELATION_KIND_MET_WITH));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (shows_text (details, "AT&T <script> — met with → Procter & Gamble"));
  g_assert_true (shows_text (details, "a < b & c > d"));
  /* It has no evidence, and no empty "Evidence" heading. */
  g_assert_false (shows_text (details, "Evidence"));

  close_all_windows ();
  g_log_set_always_fatal (fatal);
}

/* The actor list: searching and Enter select on the map; the map's selection selects the row;
 * a kind switched off leaves the list and the map. */
static void
test_sidebar (void)
{
  LiaisonWindow *window;
  LiaisonCanvas *canvas;
  LiaisonSidebar *sidebar;
  GtkWidget *entry;
  GListModel *rows;
  LiaisonDocument *document;
  LiaisonActor *china;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  canvas = LIAISON_CANVAS (template_child (window, "canvas"));
  sidebar = LIAISON_SIDEBAR (template_child (window, "sidebar"));
  wait_until (canvas_is_allocated, canvas);
  document = liaison_window_get_document (window);
  rows = liaison_sidebar_get_model (sidebar);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==,
                    g_list_model_get_n_items (liaison_document_get_actors (document)));

  /* Ctrl+F opens the sidebar on its search entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (adw_flap_get_reveal_flap (ADW_FLAP (template_child (window, "flap"))));

  /* A role matches too: "Cabinet Secretary" finds the minister. */
  entry = liaison_sidebar_get_search_entry (sidebar);
  gtk_editable_set_text (GTK_EDITABLE (entry), "cabinet secretary");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (liaison_canvas_get_selected_actor (canvas) ==
                 liaison_document_find_actor (document, "Alfred Mutua"));

  /* The map's selection selects the row. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  china = liaison_document_find_actor (document, "China");
  liaison_canvas_set_selected_actor (canvas, china);
  g_assert_true (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (rows)) == china);

  /* Sectors off: gone from the list and the map. */
  {
    guint before = g_list_model_get_n_items (rows);

    for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (sidebar)); w != NULL; )
      {
        if (GTK_IS_TOGGLE_BUTTON (w) &&
            g_str_has_prefix (gtk_button_get_label (GTK_BUTTON (w)), "Sector"))
          {
            gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (w), FALSE);
            break;
          }
        /* Depth first through the sidebar's widgets. */
        if (gtk_widget_get_first_child (w) != NULL)
          w = gtk_widget_get_first_child (w);
        else
          {
            while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
              w = gtk_widget_get_parent (w) == GTK_WIDGET (sidebar) ? NULL : gtk_widget_get_parent (w);
            if (w != NULL)
              w = gtk_widget_get_next_sibling (w);
          }
      }
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, before - 6);
    g_assert_cmpuint (liaison_canvas_get_view (canvas)->hidden_kinds, ==, 1u << LIAISON_ACTOR_KIND_SECTOR);
  }

  close_all_windows ();
}

/* The panel's edits: rename, change kind, pin, hide, delete; the map follows. */
static void
test_edit_actor (void)
{
  LiaisonWindow *window;
  LiaisonCanvas *canvas;
  LiaisonDetails *details;
  LiaisonDocument *document;
  LiaisonActor *africa;
  guint n_nodes;
  gboolean pinned = FALSE;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  canvas = LIAISON_CANVAS (template_child (window, "canvas"));
  details = LIAISON_DETAILS (template_child (window, "details"));
  wait_until (canvas_is_allocated, canvas);
  document = liaison_window_get_document (window);
  africa = liaison_document_find_actor (document, "Africa");
  n_nodes = liaison_scene_get_n_nodes (liaison_canvas_get_scene (canvas));
  liaison_canvas_set_selected_actor (canvas, africa);

  g_signal_emit_by_name (details, "edit-actor", africa, "rename", g_variant_new_string ("African continent"));
  g_assert_cmpstr (liaison_actor_get_name (africa), ==, "African continent");
  g_assert_true (liaison_canvas_get_selected_actor (canvas) == africa);
  g_assert_true (shows_text (template_child (window, "details"), "African continent"));

  g_signal_emit_by_name (details, "edit-actor", africa, "kind", g_variant_new_uint32 (LIAISON_ACTOR_KIND_ORGANIZATION));
  g_assert_cmpint (liaison_actor_get_kind (africa), ==, LIAISON_ACTOR_KIND_ORGANIZATION);
  {
    LiaisonScene *scene = liaison_canvas_get_scene (canvas);

    g_assert_cmpint (liaison_scene_get_node (scene, liaison_scene_find_node (scene, africa))->shape, ==,
                     liaison_shape_for_kind (LIAISON_ACTOR_KIND_ORGANIZATION));
  }

  g_signal_emit_by_name (details, "edit-actor", africa, "toggle-pin", NULL);
  g_assert_true (liaison_document_get_position (document, liaison_actor_get_id (africa), NULL, NULL, &pinned));
  g_assert_true (pinned);

  g_signal_emit_by_name (details, "edit-actor", africa, "hide", NULL);
  g_assert_true (liaison_scene_get_node (liaison_canvas_get_scene (canvas),
                                         liaison_scene_find_node (liaison_canvas_get_scene (canvas), africa))->hidden);

  g_signal_emit_by_name (details, "edit-actor", africa, "delete", NULL);
  g_assert_null (liaison_document_find_actor (document, "African continent"));
  g_assert_cmpuint (liaison_scene_get_n_nodes (liaison_canvas_get_scene (canvas)), ==, n_nodes - 1);
  g_assert_null (liaison_canvas_get_selected_actor (canvas));

  close_all_windows ();
}

/* Drags @actor's node by (@dx, @dy) through the canvas's own drag gesture. */
static void
drag_node (LiaisonCanvas *canvas,
           LiaisonActor  *actor,
           double         dx,
           double         dy)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (canvas));
  LiaisonScene *scene = liaison_canvas_get_scene (canvas);
  const LiaisonSceneView *view = liaison_canvas_get_view (canvas);
  const LiaisonSceneNode *node = liaison_scene_get_node (scene, liaison_scene_find_node (scene, actor));
  double x = node->x * view->scale + view->offset_x, y = node->y * view->scale + view->offset_y;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller))
        {
          g_signal_emit_by_name (controller, "drag-begin", x, y);
          for (int step = 1; step <= 4; step++)
            g_signal_emit_by_name (controller, "drag-update", dx * step / 4, dy * step / 4);
          g_signal_emit_by_name (controller, "drag-end", dx, dy);
        }
    }
}

static gboolean
title_starts_with (LiaisonWindow *window,
                   const char    *prefix)
{
  return g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), prefix);
}

/* Every edit is undone and redone exactly, the title shows unsaved work, and undoing back to
 * the document as opened leaves nothing to save. */
static void
test_undo (void)
{
  LiaisonWindow *window;
  LiaisonCanvas *canvas;
  LiaisonDetails *details;
  LiaisonDocument *document;
  LiaisonActor *kenya, *china;
  guint n_relations;
  double x0, y0, x, y;
  gboolean pinned;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  canvas = LIAISON_CANVAS (template_child (window, "canvas"));
  details = LIAISON_DETAILS (template_child (window, "details"));
  wait_until (canvas_is_allocated, canvas);
  document = liaison_window_get_document (window);
  kenya = liaison_document_find_actor (document, "Kenya");
  china = liaison_document_find_actor (document, "China");
  n_relations = g_list_model_get_n_items (liaison_document_get_relations (document));
  g_assert_false (liaison_window_is_modified (window));
  g_assert_false (title_starts_with (window, "•"));
  /* Nothing to undo yet: the action does nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (liaison_window_get_document (window) == document);

  /* Rename, with Kenya selected. */
  liaison_canvas_set_selected_actor (canvas, kenya);
  g_signal_emit_by_name (details, "edit-actor", kenya, "rename", g_variant_new_string ("Republic of Kenya"));
  g_assert_true (liaison_window_is_modified (window));
  g_assert_true (title_starts_with (window, "• "));

  /* Delete China: its relations go with it. */
  g_signal_emit_by_name (details, "edit-actor", china, "delete", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_relations (document)), <, n_relations);

  /* Drag Kenya somewhere else. */
  g_assert_true (liaison_document_get_position (document, "country-kenya", &x0, &y0, NULL));
  drag_node (canvas, kenya, 80, 40);
  g_assert_true (liaison_document_get_position (document, "country-kenya", &x, &y, &pinned));
  g_assert_true (pinned);
  g_assert_cmpfloat (fabs (x - x0) + fabs (y - y0), >, 20);

  /* Undo the move. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  document = liaison_window_get_document (window);
  g_assert_true (liaison_document_get_position (document, "country-kenya", &x, &y, &pinned));
  g_assert_cmpfloat (fabs (x - x0) + fabs (y - y0), <, 1e-6);
  g_assert_false (pinned);
  /* The selection follows the actor into the restored document. */
  g_assert_nonnull (liaison_canvas_get_selected_actor (canvas));
  g_assert_cmpstr (liaison_actor_get_id (liaison_canvas_get_selected_actor (canvas)), ==, "country-kenya");

  /* Undo the deletion: China and every relation are back, on the map too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  document = liaison_window_get_document (window);
  g_assert_nonnull (liaison_document_find_actor (document, "China"));
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_relations (document)), ==, n_relations);
  g_assert_cmpint (liaison_scene_find_node (liaison_canvas_get_scene (canvas),
                                            liaison_document_find_actor (document, "China")), >=, 0);

  /* Undo the rename: as opened, nothing to save. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  document = liaison_window_get_document (window);
  g_assert_nonnull (liaison_document_find_actor (document, "Kenya"));
  g_assert_false (liaison_window_is_modified (window));
  g_assert_false (title_starts_with (window, "•"));

  /* A kind changed and a pin set undo too. */
  kenya = liaison_document_find_actor (document, "Kenya");
  g_signal_emit_by_name (details, "edit-actor", kenya, "kind", g_variant_new_uint32 (LIAISON_ACTOR_KIND_PLACE));
  g_signal_emit_by_name (details, "edit-actor", kenya, "toggle-pin", NULL);
  g_assert_true (liaison_document_get_position (document, "country-kenya", NULL, NULL, &pinned));
  g_assert_true (pinned);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  document = liaison_window_get_document (window);
  g_assert_true (liaison_document_get_position (document, "country-kenya", NULL, NULL, &pinned));
  g_assert_false (pinned);
  g_assert_cmpint (liaison_actor_get_kind (liaison_document_find_actor (document, "Kenya")), ==, LIAISON_ACTOR_KIND_PLACE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  document = liaison_window_get_document (window);
  g_assert_cmpint (liaison_actor_get_kind (liaison_document_find_actor (document, "Kenya")), ==, LIAISON_ACTOR_KIND_COUNTRY);
  g_assert_false (liaison_window_is_modified (window));

  /* Redo all three of the first edits: the new edits above forgot them, so do them again. */
  document = liaison_window_get_document (window);
  g_signal_emit_by_name (details, "edit-actor", liaison_document_find_actor (document, "Kenya"), "rename",
                         g_variant_new_string ("Republic of Kenya"));
  g_signal_emit_by_name (details, "edit-actor", liaison_document_find_actor (document, "China"), "delete", NULL);
  drag_node (canvas, liaison_document_find_actor (document, "Republic of Kenya"), 80, 40);
  for (int i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  for (int i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  document = liaison_window_get_document (window);
  g_assert_nonnull (liaison_document_find_actor (document, "Republic of Kenya"));
  g_assert_null (liaison_document_find_actor (document, "China"));
  g_assert_true (liaison_document_get_position (document, "country-kenya", &x, &y, &pinned));
  g_assert_true (pinned);
  g_assert_true (liaison_window_is_modified (window));

  close_all_windows ();
}

/* The message dialog on screen; the newest, if a closed one is still on its way out. */
static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_object_get_data (G_OBJECT (window), "liaison-test-answered") == NULL)
        found = ADW_MESSAGE_DIALOG (window);
    }
  return found;
}

/* Answers the message dialog on screen as a click on @response would. */
static void
answer_dialog (const char *response)
{
  AdwMessageDialog *dialog = find_message_dialog ();

  g_assert_nonnull (dialog);
  g_object_set_data (G_OBJECT (dialog), "liaison-test-answered", GINT_TO_POINTER (TRUE));
  adw_message_dialog_response (dialog, response);
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_message_dialog () != NULL;
}

static gboolean
is_saved (gpointer data)
{
  return !liaison_window_is_modified (data);
}

static gboolean
recent_menu_lists (gpointer data)
{
  GtkApplication *application = GTK_APPLICATION (app);
  GtkWidget *window = GTK_WIDGET (gtk_application_get_active_window (application));
  GMenuModel *menu = G_MENU_MODEL (gtk_widget_get_template_child (window, LIAISON_TYPE_WINDOW, "recent_menu"));
  g_autofree char *uri = g_file_get_uri (data);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                                           G_VARIANT_TYPE_STRING);

      if (target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), uri) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Fills in the Save As dialog and presses Save. */
static void
save_through_dialog (LiaisonWindow *window,
                     const char    *folder,
                     const char    *name)
{
  g_autoptr(GFile) dir = g_file_new_for_path (folder);
  g_autofree char *current = NULL;
  GtkWindow *dialog;

  wait_until (has_file_chooser, NULL);
  dialog = find_file_chooser (NULL);
  wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, dialog);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  /* It proposes the headline as the name. */
  current = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpstr (current, ==, "Example Article.liaison");
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), dir, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  wait_until (chooser_has_file, dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
}

/* Save As, Save, and closing with unsaved changes: Cancel keeps the window, Save saves then
 * closes, Discard closes. The saved file opens with the edits in it. */
static void
test_save_and_close (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("liaison-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmp, "kenya.liaison", NULL);
  g_autofree char *backup = g_build_filename (tmp, "kenya.liaison~", NULL);
  g_autoptr(LiaisonDocument) reopened = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LiaisonWindow *window;
  LiaisonDetails *details;
  LiaisonDocument *document;
  AdwMessageDialog *dialog;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  details = LIAISON_DETAILS (template_child (window, "details"));
  wait_until (canvas_is_allocated, template_child (window, "canvas"));
  document = liaison_window_get_document (window);

  g_signal_emit_by_name (details, "edit-actor", liaison_document_find_actor (document, "Kenya"),
                         "rename", g_variant_new_string ("Republic of Kenya"));

  /* Ctrl+S on a document never saved asks where, with ".liaison" added to the name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  save_through_dialog (window, tmp, "kenya");
  wait_until (is_saved, window);
  g_assert_false (title_starts_with (window, "•"));
  reopened = liaison_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (liaison_document_find_actor (reopened, "Republic of Kenya"));
  g_clear_object (&reopened);

  /* The saved map is in Open Recent. */
  wait_until (recent_menu_lists, file);

  /* Another edit, and Ctrl+S writes to the same file at once, keeping a backup. */
  document = liaison_window_get_document (window);
  g_signal_emit_by_name (details, "edit-actor", liaison_document_find_actor (document, "China"),
                         "delete", NULL);
  g_assert_true (liaison_window_is_modified (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_null (find_file_chooser (NULL));
  wait_until (is_saved, window);
  reopened = liaison_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (liaison_document_find_actor (reopened, "China"));
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_clear_object (&reopened);

  /* Another program changes the file: saving asks before replacing its changes. */
  {
    g_autofree char *theirs = NULL;
    g_autofree char *now = NULL;

    g_assert_true (g_file_get_contents (path, &theirs, NULL, NULL));
    theirs = g_realloc (theirs, strlen (theirs) + 2);
    strcat (theirs, "\n");
    g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
    g_signal_emit_by_name (details, "edit-actor", liaison_document_find_actor (document, "Republic of Kenya"),
                           "role", g_variant_new_string ("Host"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
    wait_until (has_message_dialog, NULL);
    g_assert_cmpstr (adw_message_dialog_get_heading (find_message_dialog ()), ==, "File Changed on Disk");
    answer_dialog ("cancel");
    while (g_main_context_iteration (NULL, FALSE))
      ;
    g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
    g_assert_cmpstr (now, ==, theirs);
    g_assert_true (liaison_window_is_modified (window));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
    wait_until (has_message_dialog, NULL);
    answer_dialog ("overwrite");
    wait_until (is_saved, window);
  }

  /* Closing with unsaved changes asks; Cancel keeps the window and the changes. */
  g_signal_emit_by_name (details, "edit-actor", liaison_document_find_actor (document, "Africa"),
                         "delete", NULL);
  gtk_window_close (GTK_WINDOW (window));
  wait_until (has_message_dialog, NULL);
  dialog = find_message_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  answer_dialog ("cancel");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_nonnull (window);
  g_assert_true (liaison_window_is_modified (window));

  /* Save: written, then closed. */
  gtk_window_close (GTK_WINDOW (window));
  wait_until (has_message_dialog, NULL);
  answer_dialog ("save");
  wait_until (window_is_gone, &window);
  reopened = liaison_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (liaison_document_find_actor (reopened, "Africa"));
  g_clear_object (&reopened);

  /* Discard: closed, the file as it was. */
  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  /* Reopened from Open Recent. */
  {
    g_autofree char *uri = g_file_get_uri (file);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", uri));
  }
  wait_until (has_document, window);
  while (liaison_document_find_actor (liaison_window_get_document (window), "Republic of Kenya") == NULL)
    g_main_context_iteration (NULL, TRUE);
  document = liaison_window_get_document (window);
  g_assert_false (liaison_window_is_modified (window));
  g_signal_emit_by_name (template_child (window, "details"), "edit-actor",
                         liaison_document_find_actor (document, "Republic of Kenya"),
                         "rename", g_variant_new_string ("Kenya again"));
  gtk_window_close (GTK_WINDOW (window));
  wait_until (has_message_dialog, NULL);
  answer_dialog ("discard");
  wait_until (window_is_gone, &window);
  reopened = liaison_document_load_from_file (file, NULL, &error);
  g_assert_nonnull (liaison_document_find_actor (reopened, "Republic of Kenya"));

  g_assert_cmpint (g_remove (backup), ==, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (tmp), ==, 0);
}

static gboolean
draft_written (gpointer data)
{
  const char *path = liaison_window_get_draft_path (data);

  return path != NULL && g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
draft_gone (gpointer data)
{
  return !g_file_test (data, G_FILE_TEST_EXISTS);
}

/* Unsaved work is on disk a moment after the change and goes once there is nothing unsaved; a
 * draft restored shows as unsaved work, and keeps its draft. */
static void
test_drafts (void)
{
  LiaisonWindow *window, *restored;
  LiaisonDocument *document;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonDraftInfo info = { 0 };

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  wait_until (canvas_is_allocated, template_child (window, "canvas"));
  document = liaison_window_get_document (window);
  g_assert_null (liaison_window_get_draft_path (window));

  g_signal_emit_by_name (template_child (window, "details"), "edit-actor",
                         liaison_document_find_actor (document, "Kenya"),
                         "rename", g_variant_new_string ("Republic of Kenya"));
  wait_until (draft_written, window);
  path = g_strdup (liaison_window_get_draft_path (window));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"Republic of Kenya\""));

  /* Undone back to the document as opened: nothing to keep. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_until (draft_gone, path);

  /* Restoring: the work comes back unsaved, under its name. */
  info.path = path;
  info.display_name = (char *) "Kenya talks";
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  restored = liaison_window_new (app);
  g_assert_true (liaison_window_restore_draft (restored, &info, &error));
  g_assert_no_error (error);
  g_assert_true (liaison_window_is_modified (restored));
  g_assert_true (title_starts_with (restored, "• "));
  g_assert_nonnull (liaison_document_find_actor (liaison_window_get_document (restored),
                                                 "Republic of Kenya"));
  g_assert_cmpstr (liaison_window_get_draft_path (restored), ==, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Discarded on close: the draft goes. */
  gtk_window_present (GTK_WINDOW (restored));
  gtk_window_close (GTK_WINDOW (restored));
  wait_until (has_message_dialog, NULL);
  answer_dialog ("discard");
  wait_until (draft_gone, path);

  /* A draft that cannot be read is an error, not a crash. */
  g_assert_true (g_file_set_contents (path, "not json", -1, NULL));
  restored = liaison_window_new (app);
  g_assert_false (liaison_window_restore_draft (restored, &info, &error));
  g_assert_nonnull (error);
  gtk_window_destroy (GTK_WINDOW (restored));
  g_remove (path);

  close_all_windows ();
}

static gboolean
has_actor_named (gpointer data)
{
  gpointer *args = data;
  LiaisonDocument *document = liaison_window_get_document (args[0]);

  return document != NULL && liaison_document_find_actor (document, args[1]) != NULL;
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* Paste (Ctrl+V) and drop turn text into a map: here, or in a new window when this one holds
 * unsaved work; an empty clipboard says so. */
static void
test_paste_and_drop (void)
{
  LiaisonWindow *window;
  GtkDropTarget *drop;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  gpointer args[2];
  ToastWait wait;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  GSList *files;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  wait_until (canvas_is_allocated, template_child (window, "canvas"));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), "   ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));
  wait = (ToastWait) { window, "The clipboard holds no text to map" };
  wait_until (shows_toast, &wait);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)),
                          "date 2024-05-02\nEnvoys agree on trade\n\n"
                          "The foreign ministers of France and Brazil met in Paris on Monday and "
                          "agreed to deepen cooperation in agriculture.\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));
  args[0] = window;
  args[1] = (gpointer) "Brazil";
  wait_until (has_actor_named, args);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Envoys agree on trade");
  g_assert_false (liaison_window_is_modified (window));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  /* With unsaved work, dropped text opens beside it. */
  g_signal_emit_by_name (template_child (window, "details"), "edit-actor",
                         liaison_document_find_actor (liaison_window_get_document (window), "France"),
                         "rename", g_variant_new_string ("French Republic"));
  drop = find_drop_target (GTK_WIDGET (window));
  g_assert_nonnull (drop);
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "Ghana and Japan signed a port agreement in Accra on Tuesday.\n");
  g_signal_emit_by_name (drop, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_assert_true (accepted);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);
  g_assert_nonnull (liaison_document_find_actor (liaison_window_get_document (window), "French Republic"));
  {
    LiaisonWindow *other = gtk_application_get_windows (GTK_APPLICATION (app))->data;

    g_assert_true (other != window);
    args[0] = other;
    args[1] = (gpointer) "Ghana";
    wait_until (has_actor_named, args);

    /* A dropped file opens as from Open… (in this window: nothing unsaved here). */
    path = g_test_build_filename (G_TEST_DIST, "data", "html", "saved-page.html", NULL);
    file = g_file_new_for_path (path);
    files = g_slist_prepend (NULL, file);
    g_value_init (&value, GDK_TYPE_FILE_LIST);
    g_value_set_boxed (&value, files);
    g_signal_emit_by_name (find_drop_target (GTK_WIDGET (other)), "drop", &value, 10.0, 10.0, &accepted);
    g_value_unset (&value);
    g_slist_free (files);
    g_assert_true (accepted);
    args[1] = (gpointer) "African Union";
    wait_until (has_actor_named, args);
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (other)), ==,
                     "Ghana, Japan agree to expand port cooperation");
  }

  close_all_windows ();
}

/* Corrections from the details panel: role, merge, a relation added, a relation's kind
 * changed, a relation deleted; each on the map at once and undoable. */
static void
test_corrections (void)
{
  LiaisonWindow *window;
  LiaisonCanvas *canvas;
  LiaisonDetails *details;
  LiaisonDocument *document;
  LiaisonActor *kenya, *china, *africa;
  LiaisonRelation *relation;
  guint n_relations, n_actors, n_edges;
  g_autoptr(GPtrArray) of_china = NULL;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  canvas = LIAISON_CANVAS (template_child (window, "canvas"));
  details = LIAISON_DETAILS (template_child (window, "details"));
  wait_until (canvas_is_allocated, canvas);
  document = liaison_window_get_document (window);
  kenya = liaison_document_find_actor (document, "Kenya");
  china = liaison_document_find_actor (document, "China");
  africa = liaison_document_find_actor (document, "Africa");
  n_relations = g_list_model_get_n_items (liaison_document_get_relations (document));
  n_actors = g_list_model_get_n_items (liaison_document_get_actors (document));

  /* The panel offers the corrections. */
  liaison_canvas_set_selected_actor (canvas, kenya);
  g_assert_true (shows_text (GTK_WIDGET (details), "Merge another actor into this one"));
  g_assert_true (shows_text (GTK_WIDGET (details), "Add a relation"));

  g_signal_emit_by_name (details, "edit-actor", kenya, "role", g_variant_new_string ("Host country"));
  g_assert_cmpstr (liaison_actor_get_role (kenya), ==, "Host country");

  /* A relation the extractor missed, marked as the user's. */
  g_signal_emit_by_name (details, "edit-actor", kenya, "add-relation",
                         g_variant_new ("(us)", LIAISON_RELATION_KIND_PART_OF, liaison_actor_get_id (africa)));
  relation = liaison_document_find_relation (document, kenya, africa, LIAISON_RELATION_KIND_PART_OF);
  g_assert_nonnull (relation);
  g_assert_cmpint (liaison_relation_get_origin (relation), ==, LIAISON_ORIGIN_USER);
  g_assert_cmpint (liaison_scene_find_edge (liaison_canvas_get_scene (canvas), relation), >=, 0);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_relations (document)), ==, n_relations + 1);

  /* Its kind changed, then the relation deleted, from the relation's panel. */
  liaison_canvas_set_selected_relation (canvas, relation);
  g_signal_emit_by_name (details, "edit-relation", relation, "kind",
                         g_variant_new_uint32 (LIAISON_RELATION_KIND_SUPPORTS));
  g_assert_cmpint (liaison_relation_get_kind (relation), ==, LIAISON_RELATION_KIND_SUPPORTS);
  g_signal_emit_by_name (details, "edit-relation", relation, "delete", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_relations (document)), ==, n_relations);
  g_assert_null (liaison_canvas_get_selected_relation (canvas));

  /* China merged into Kenya: one actor left, every relation of China now Kenya's. */
  of_china = liaison_document_dup_relations_of (document, china);
  g_assert_cmpuint (of_china->len, >, 0);
  g_signal_emit_by_name (details, "edit-actor", kenya, "merge", g_variant_new_string ("country-china"));
  {
    ToastWait wait = { window, "Merged “China” into “Kenya”" };

    wait_until (shows_toast, &wait);
  }
  g_assert_null (liaison_document_lookup_actor (document, "country-china"));
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_actors (document)), ==, n_actors - 1);
  /* (Relations that became Kenya's with Kenya, or repeated one Kenya had, went.) */
  for (guint i = 0; i < of_china->len; i++)
    {
      LiaisonRelation *r = g_ptr_array_index (of_china, i);

      if (liaison_document_lookup_relation (document, liaison_relation_get_id (r)) == r)
        g_assert_true (liaison_relation_get_source (r) == kenya || liaison_relation_get_target (r) == kenya);
    }
  /* The absorbed name finds the survivor. */
  g_assert_true (liaison_document_find_actor (document, "China") == kenya);
  n_edges = liaison_scene_get_n_nodes (liaison_canvas_get_scene (canvas));
  g_assert_cmpuint (n_edges, ==, n_actors - 1);

  /* Undo the merge: China is back with its own relations; then the rest, to the start. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  document = liaison_window_get_document (window);
  g_assert_nonnull (liaison_document_lookup_actor (document, "country-china"));
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_actors (document)), ==, n_actors);
  for (int i = 0; i < 4; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  document = liaison_window_get_document (window);
  g_assert_null (liaison_actor_get_role (liaison_document_find_actor (document, "Kenya")));
  g_assert_false (liaison_window_is_modified (window));

  close_all_windows ();
}

static gboolean
has_two_articles (gpointer data)
{
  LiaisonDocument *document = liaison_window_get_document (data);

  return g_list_model_get_n_items (liaison_document_get_articles (document)) == 2;
}

/* A second article joins the map: shared actors stay where they are, new ones appear, the
 * article pane offers both; undo takes it out again. */
static void
test_add_article (void)
{
  g_autofree char *first = g_test_build_filename (G_TEST_DIST, "data", "articles", "combine-rail-deal.txt", NULL);
  g_autofree char *second = g_test_build_filename (G_TEST_DIST, "data", "articles", "combine-review.txt", NULL);
  g_autoptr(GFile) first_file = g_file_new_for_path (first);
  g_autoptr(GFile) second_file = g_file_new_for_path (second);
  LiaisonWindow *window;
  LiaisonCanvas *canvas;
  GtkDropDown *chooser;
  GtkWidget *bar;
  LiaisonDocument *document;
  int pane_width;
  double x0, y0, x, y;
  ToastWait wait;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  canvas = LIAISON_CANVAS (template_child (window, "canvas"));
  chooser = GTK_DROP_DOWN (template_child (window, "article_chooser"));
  bar = template_child (window, "article_bar");
  liaison_window_open_file (window, first_file);
  wait_until (has_document, window);
  while (liaison_document_find_actor (liaison_window_get_document (window), "railway") == NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_until (canvas_is_allocated, canvas);
  document = liaison_window_get_document (window);
  g_assert_false (gtk_widget_get_visible (bar));
  /* Let the map settle, then remember where Kenya is. */
  for (int i = 0; i < 200; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_true (liaison_document_get_position (document, "country-kenya", &x0, &y0, NULL));
  pane_width = gtk_widget_get_width (gtk_widget_get_parent (template_child (window, "side_stack")));

  liaison_window_add_article (window, second_file);
  wait_until (has_two_articles, window);
  wait = (ToastWait) { window, "Added “China, Kenya review projects” to the map" };
  wait_until (shows_toast, &wait);
  g_assert_true (liaison_window_is_modified (window));
  g_assert_true (liaison_window_get_document (window) == document);
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (template_child (window, "window_title"))),
                   ==, "2 articles");
  g_assert_nonnull (liaison_document_find_actor (document, "Musalia Mudavadi"));
  g_assert_cmpint (liaison_scene_find_node (liaison_canvas_get_scene (canvas),
                                            liaison_document_find_actor (document, "Musalia Mudavadi")), >=, 0);
  g_assert_true (liaison_document_get_position (document, "country-kenya", &x, &y, NULL));
  g_assert_cmpfloat (fabs (x - x0) + fabs (y - y0), <, 1e-6);

  /* Both articles offered; the new one shown. */
  g_assert_true (gtk_widget_get_visible (bar));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (chooser)), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (chooser), ==, 1);
  g_assert_cmpstr (liaison_article_get_title (liaison_window_get_article (window)), ==, "China, Kenya review projects");
  gtk_drop_down_set_selected (chooser, 0);
  g_assert_cmpstr (liaison_article_get_title (liaison_window_get_article (window)), ==, "Kenya and China sign rail deal");

  /* Long headlines and names do not widen the pane beside the map. */
  liaison_canvas_set_selected_actor (canvas, liaison_document_find_actor (document, "Musalia Mudavadi"));
  for (int i = 0; i < 50; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_cmpint (gtk_widget_get_width (gtk_widget_get_parent (template_child (window, "side_stack"))), <=, pane_width + 2);

  /* Only This Article: the first article's actors and relations, nothing moved. */
  {
    LiaisonScene *scene = liaison_canvas_get_scene (canvas);
    int mudavadi = liaison_scene_find_node (scene, liaison_document_find_actor (document, "Musalia Mudavadi"));
    int ruto = liaison_scene_find_node (scene, liaison_document_find_actor (document, "William Ruto"));
    int trade = liaison_scene_find_edge (scene, liaison_document_find_relation (
      document, liaison_document_find_actor (document, "Kenya"), liaison_document_find_actor (document, "trade"),
      LIAISON_RELATION_KIND_COOPERATION_IN));
    GtkWidget *boxes = template_child (window, "article_filter_box");
    GtkMenuButton *filter = GTK_MENU_BUTTON (template_child (window, "article_filter"));

    g_assert_true (liaison_scene_node_is_shown (scene, mudavadi));
    g_assert_cmpstr (gtk_menu_button_get_label (filter), ==, "All Articles");
    g_signal_emit_by_name (template_child (window, "article_filter_one"), "clicked");
    g_assert_false (liaison_scene_node_is_shown (scene, mudavadi));
    g_assert_false (liaison_scene_edge_is_shown (scene, trade));
    g_assert_true (liaison_scene_node_is_shown (scene, ruto));
    g_assert_cmpstr (gtk_menu_button_get_label (filter), ==, "1 of 2 Articles");

    /* Any subset: the second article's box alone. */
    gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_widget_get_first_child (boxes)), FALSE);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_widget_get_last_child (boxes)), TRUE);
    g_assert_true (liaison_scene_node_is_shown (scene, mudavadi));
    g_assert_false (liaison_scene_node_is_shown (scene, ruto));
    g_assert_true (liaison_document_get_position (document, "country-kenya", &x, &y, NULL));
    g_assert_cmpfloat (fabs (x - x0) + fabs (y - y0), <, 1e-6);

    g_signal_emit_by_name (template_child (window, "article_filter_all"), "clicked");
    g_assert_true (liaison_scene_node_is_shown (scene, ruto));
    g_assert_true (liaison_scene_node_is_shown (scene, mudavadi));
    g_assert_cmpstr (gtk_menu_button_get_label (filter), ==, "All Articles");
  }

  /* Adding it again says so and changes nothing. */
  liaison_window_add_article (window, second_file);
  wait = (ToastWait) { window, "That article is already in the map" };
  wait_until (shows_toast, &wait);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_articles (liaison_window_get_document (window))), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  document = liaison_window_get_document (window);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_articles (document)), ==, 1);
  g_assert_null (liaison_document_find_actor (document, "Musalia Mudavadi"));
  g_assert_false (gtk_widget_get_visible (bar));
  g_assert_false (liaison_window_is_modified (window));

  close_all_windows ();
}

/* Add an Actor…: a name, a kind and a role; selected on the map at once; undoable. */
static void
test_add_actor (void)
{
  LiaisonWindow *window;
  LiaisonCanvas *canvas;
  AdwMessageDialog *dialog;
  LiaisonActor *added;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  canvas = LIAISON_CANVAS (template_child (window, "canvas"));
  wait_until (canvas_is_allocated, canvas);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-actor", NULL));
  wait_until (has_message_dialog, NULL);
  dialog = find_message_dialog ();
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), "liaison-name")), "Samia Suluhu Hassan");
  gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), "liaison-role")), "President of Tanzania");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  answer_dialog ("add");

  added = liaison_document_find_actor (liaison_window_get_document (window), "Samia Suluhu Hassan");
  g_assert_nonnull (added);
  g_assert_cmpint (liaison_actor_get_kind (added), ==, LIAISON_ACTOR_KIND_PERSON);
  g_assert_cmpstr (liaison_actor_get_role (added), ==, "President of Tanzania");
  g_assert_true (liaison_canvas_get_selected_actor (canvas) == added);
  g_assert_cmpint (liaison_scene_find_node (liaison_canvas_get_scene (canvas), added), >=, 0);

  /* A line drawn with Shift from her node to Kenya's asks which relation, and adds it. */
  g_signal_emit_by_name (canvas, "link", added, liaison_document_find_actor (liaison_window_get_document (window), "Kenya"));
  wait_until (has_message_dialog, NULL);
  dialog = find_message_dialog ();
  gtk_drop_down_set_selected (GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog)),
                              LIAISON_RELATION_KIND_MET_WITH);
  answer_dialog ("add");
  g_assert_nonnull (liaison_document_find_relation (liaison_window_get_document (window), added,
                                                    liaison_document_find_actor (liaison_window_get_document (window), "Kenya"),
                                                    LIAISON_RELATION_KIND_MET_WITH));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_null (liaison_document_find_actor (liaison_window_get_document (window), "Samia Suluhu Hassan"));

  /* An actor the article names is found in it at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-actor", NULL));
  wait_until (has_message_dialog, NULL);
  dialog = find_message_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), "liaison-name")), "Political Bureau");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (g_object_get_data (G_OBJECT (dialog), "liaison-kind")),
                              LIAISON_ACTOR_KIND_ORGANIZATION);
  answer_dialog ("add");
  added = liaison_document_find_actor (liaison_window_get_document (window), "Political Bureau");
  g_assert_cmpuint (liaison_actor_get_n_mentions (added), >=, 1);

  close_all_windows ();
}

/* Tidy the Map lays everything out anew but what is pinned, and undoes. */
static void
test_tidy (void)
{
  LiaisonWindow *window;
  LiaisonCanvas *canvas;
  LiaisonDocument *document;
  double kx, ky, cx, cy, x, y;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  canvas = LIAISON_CANVAS (template_child (window, "canvas"));
  wait_until (canvas_is_allocated, canvas);
  document = liaison_window_get_document (window);
  for (int i = 0; i < 200; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }

  /* Kenya pinned somewhere of the user's choosing; China flung far away, not pinned. */
  g_assert_true (liaison_document_get_position (document, "country-kenya", &kx, &ky, NULL));
  liaison_document_set_position (document, "country-kenya", kx + 50, ky + 50, TRUE);
  g_assert_true (liaison_document_get_position (document, "country-china", &cx, &cy, NULL));
  liaison_document_set_position (document, "country-china", cx + 5000, cy, FALSE);
  liaison_canvas_refresh (canvas);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.tidy", NULL));
  g_assert_true (liaison_document_get_position (document, "country-kenya", &x, &y, NULL));
  g_assert_cmpfloat (x, ==, kx + 50);
  g_assert_cmpfloat (y, ==, ky + 50);
  g_assert_true (liaison_document_get_position (document, "country-china", &x, &y, NULL));
  g_assert_cmpfloat (fabs (x - (cx + 5000)), >, 1000);
  g_assert_true (liaison_window_is_modified (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (liaison_document_get_position (liaison_window_get_document (window), "country-china", &x, &y, NULL));
  g_assert_cmpfloat (x, ==, cx + 5000);

  close_all_windows ();
}

/* Extract Again keeps the corrections made in the window, and undoes. */
static void
test_extract_again (void)
{
  LiaisonWindow *window;
  LiaisonDetails *details;
  LiaisonDocument *document;
  ToastWait wait;

  g_application_activate (G_APPLICATION (app));
  window = LIAISON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  details = LIAISON_DETAILS (template_child (window, "details"));
  wait_until (canvas_is_allocated, template_child (window, "canvas"));
  document = liaison_window_get_document (window);

  g_signal_emit_by_name (details, "edit-actor", liaison_document_find_actor (document, "Kenya"), "rename",
                         g_variant_new_string ("Republic of Kenya"));
  g_signal_emit_by_name (details, "edit-actor", liaison_document_find_actor (document, "aviation"), "delete", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.extract-again", NULL));
  wait = (ToastWait) { window, "Extracted again, keeping your corrections" };
  wait_until (shows_toast, &wait);

  document = liaison_window_get_document (window);
  g_assert_nonnull (liaison_document_find_actor (document, "Republic of Kenya"));
  g_assert_null (liaison_document_find_actor (document, "aviation"));
  g_assert_nonnull (liaison_document_find_actor (document, "railway"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_nonnull (liaison_document_find_actor (liaison_window_get_document (window), "Republic of Kenya"));

  close_all_windows ();
}

static void
test_window_state (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  LiaisonWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);

  window = liaison_window_new (app);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  gtk_window_present (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_close (GTK_WINDOW (window));
  wait_until (window_is_gone, &window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);

  app = liaison_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  /* Keep the application alive between tests, which close all its windows. */
  g_application_hold (G_APPLICATION (app));
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/liaison/window/activate-shows-example", test_activate_shows_example);
  g_test_add_func ("/liaison/window/actions", test_actions);
  g_test_add_func ("/liaison/window/details", test_details);
  g_test_add_func ("/liaison/window/sidebar", test_sidebar);
  g_test_add_func ("/liaison/window/markup-in-names", test_markup_in_names);
  g_test_add_func ("/liaison/window/edit-actor", test_edit_actor);
  g_test_add_func ("/liaison/window/open-file", test_open_file);
  g_test_add_func ("/liaison/window/open-document", test_open_document);
  g_test_add_func ("/liaison/window/open-graph", test_open_graph);
  g_test_add_func ("/liaison/window/open-missing", test_open_missing);
  g_test_add_func ("/liaison/window/open-bad-files", test_open_bad_files);
  g_test_add_func ("/liaison/window/open-dialog-closed-with-window",
                   test_open_dialog_closed_with_window);
  g_test_add_func ("/liaison/window/export", test_export);
  g_test_add_func ("/liaison/window/undo", test_undo);
  g_test_add_func ("/liaison/window/save-and-close", test_save_and_close);
  g_test_add_func ("/liaison/window/drafts", test_drafts);
  g_test_add_func ("/liaison/window/paste-and-drop", test_paste_and_drop);
  g_test_add_func ("/liaison/window/corrections", test_corrections);
  g_test_add_func ("/liaison/window/add-article", test_add_article);
  g_test_add_func ("/liaison/window/add-actor", test_add_actor);
  g_test_add_func ("/liaison/window/tidy", test_tidy);
  g_test_add_func ("/liaison/window/extract-again", test_extract_again);
  g_test_add_func ("/liaison/window/state", test_window_state);

  ret = g_test_run ();

  close_all_windows ();
  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);

  return ret;
}
