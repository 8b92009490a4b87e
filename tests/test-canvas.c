/* test-canvas.c — the map widget: fitted on open, selection by click and keyboard, zoom
 *
 * Events are delivered to the canvas's own controllers, as GTK would after a click or a key
 * press, so the tests exercise the same code as a user.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "liaison-canvas.h"
#include "liaison-open.h"

typedef struct
{
  GtkWindow     *window;
  LiaisonCanvas *canvas;
  guint          activated;
} Fixture;

static void
iterate (guint msec)
{
  gint64 end = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
activate_cb (LiaisonCanvas *canvas,
             Fixture       *fixture)
{
  fixture->activated++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(LiaisonDocument) document = liaison_open_example ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->canvas = LIAISON_CANVAS (liaison_canvas_new ());
  gtk_window_set_default_size (fixture->window, 900, 640);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->canvas));
  g_signal_connect (fixture->canvas, "activate", G_CALLBACK (activate_cb), fixture);
  liaison_canvas_set_document (fixture->canvas, document);
  gtk_window_present (fixture->window);

  for (guint i = 0; i < 200 && gtk_widget_get_width (GTK_WIDGET (fixture->canvas)) < 800; i++)
    iterate (10);
  iterate (100);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->canvas)), >=, 800);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->canvas), (gpointer *) &fixture->canvas);
  gtk_window_destroy (fixture->window);
  iterate (50);
  /* Nothing keeps the canvas alive once its window is gone. */
  g_assert_null (fixture->canvas);
}

static GtkEventController *
find_controller (LiaisonCanvas *canvas,
                 GType          type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (canvas));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  g_assert_not_reached ();
}

static gboolean
press_key (LiaisonCanvas *canvas,
           guint          keyval,
           GdkModifierType state)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (find_controller (canvas, GTK_TYPE_EVENT_CONTROLLER_KEY), "key-pressed",
                         keyval, 0, state, &handled);
  return handled;
}

static void
click (LiaisonCanvas *canvas,
       int            n_press,
       double         x,
       double         y)
{
  g_signal_emit_by_name (find_controller (canvas, GTK_TYPE_GESTURE_CLICK), "pressed", n_press, x, y);
}

static void
node_point (LiaisonCanvas *canvas,
            LiaisonActor  *actor,
            double        *x,
            double        *y)
{
  const LiaisonSceneView *view = liaison_canvas_get_view (canvas);
  LiaisonScene *scene = liaison_canvas_get_scene (canvas);
  const LiaisonSceneNode *node = liaison_scene_get_node (scene, liaison_scene_find_node (scene, actor));

  *x = node->x * view->scale + view->offset_x;
  *y = node->y * view->scale + view->offset_y;
}

/* On open, the whole map is in the widget. */
static void
test_fit (Fixture       *fixture,
          gconstpointer  data)
{
  LiaisonScene *scene = liaison_canvas_get_scene (fixture->canvas);
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (fixture->canvas));

  g_assert_nonnull (scene);
  g_assert_false (liaison_scene_needs_layout (scene));
  for (guint i = 0; i < liaison_scene_get_n_nodes (scene); i++)
    {
      double x, y;

      node_point (fixture->canvas, liaison_scene_get_node (scene, i)->actor, &x, &y);
      g_assert_cmpfloat (x, >, 0);
      g_assert_cmpfloat (x, <, width);
      g_assert_cmpfloat (y, >, 0);
      g_assert_cmpfloat (y, <, height);
    }

  /* "+" zooms in, "0" fits again. */
  {
    double fitted = liaison_canvas_get_zoom (fixture->canvas);

    g_assert_true (press_key (fixture->canvas, GDK_KEY_plus, 0));
    g_assert_cmpfloat (liaison_canvas_get_zoom (fixture->canvas), >, fitted * 1.2);
    g_assert_true (press_key (fixture->canvas, GDK_KEY_minus, 0));
    g_assert_true (press_key (fixture->canvas, GDK_KEY_minus, 0));
    g_assert_cmpfloat (liaison_canvas_get_zoom (fixture->canvas), <, fitted);
    g_assert_true (press_key (fixture->canvas, GDK_KEY_0, 0));
    g_assert_cmpfloat (liaison_canvas_get_zoom (fixture->canvas), ==, fitted);
  }
}

/* A click on a node selects its actor, on empty space clears; a double click activates. */
static void
test_click (Fixture       *fixture,
            gconstpointer  data)
{
  LiaisonDocument *document = liaison_canvas_get_document (fixture->canvas);
  LiaisonActor *china = liaison_document_find_actor (document, "China");
  double x, y;

  node_point (fixture->canvas, china, &x, &y);
  click (fixture->canvas, 1, x, y);
  g_assert_true (liaison_canvas_get_selected_actor (fixture->canvas) == china);
  g_assert_null (liaison_canvas_get_selected_relation (fixture->canvas));
  g_assert_cmpuint (fixture->activated, ==, 0);

  click (fixture->canvas, 2, x, y);
  g_assert_cmpuint (fixture->activated, ==, 1);

  click (fixture->canvas, 1, 2, 2);
  g_assert_null (liaison_canvas_get_selected_actor (fixture->canvas));

  /* The selection is a property: setting it from elsewhere shows on the map. */
  liaison_canvas_set_selected_actor (fixture->canvas, china);
  g_assert_cmpint (liaison_canvas_get_view (fixture->canvas)->selected_node, ==,
                   liaison_scene_find_node (liaison_canvas_get_scene (fixture->canvas), china));
}

/* Tab and the arrows walk the nodes, Enter activates, Esc clears. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  LiaisonScene *scene = liaison_canvas_get_scene (fixture->canvas);
  LiaisonActor *first, *second;
  const LiaisonSceneNode *from, *to;

  g_assert_false (press_key (fixture->canvas, GDK_KEY_Return, 0));
  g_assert_true (press_key (fixture->canvas, GDK_KEY_Tab, 0));
  first = liaison_canvas_get_selected_actor (fixture->canvas);
  g_assert_true (first == liaison_scene_get_node (scene, 0)->actor);
  g_assert_true (press_key (fixture->canvas, GDK_KEY_Tab, 0));
  g_assert_true (liaison_canvas_get_selected_actor (fixture->canvas) == liaison_scene_get_node (scene, 1)->actor);
  g_assert_true (press_key (fixture->canvas, GDK_KEY_Tab, GDK_SHIFT_MASK));
  g_assert_true (liaison_canvas_get_selected_actor (fixture->canvas) == first);

  /* Right goes to a node further right. */
  from = liaison_scene_get_node (scene, liaison_scene_find_node (scene, first));
  g_assert_true (press_key (fixture->canvas, GDK_KEY_Right, 0));
  second = liaison_canvas_get_selected_actor (fixture->canvas);
  if (second != first)
    {
      to = liaison_scene_get_node (scene, liaison_scene_find_node (scene, second));
      g_assert_cmpfloat (to->x, >, from->x);
    }

  g_assert_true (press_key (fixture->canvas, GDK_KEY_Return, 0));
  g_assert_cmpuint (fixture->activated, ==, 1);
  g_assert_true (press_key (fixture->canvas, GDK_KEY_Escape, 0));
  g_assert_null (liaison_canvas_get_selected_actor (fixture->canvas));
  /* With nothing selected, Esc is left to the window. */
  g_assert_false (press_key (fixture->canvas, GDK_KEY_Escape, 0));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/liaison/canvas/fit", Fixture, NULL, fixture_setup, test_fit, fixture_teardown);
  g_test_add ("/liaison/canvas/click", Fixture, NULL, fixture_setup, test_click, fixture_teardown);
  g_test_add ("/liaison/canvas/keyboard", Fixture, NULL, fixture_setup, test_keyboard, fixture_teardown);

  return g_test_run ();
}
