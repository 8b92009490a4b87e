/* liaison-application.c — the application: actions, windows, the About window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-application"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-application.h"
#include "liaison-core.h"
#include "liaison-resources.h"
#include "liaison-window.h"

struct _LiaisonApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (LiaisonApplication, liaison_application, ADW_TYPE_APPLICATION)

/**
 * liaison_application_new:
 * @application_id: the application ID, normally %APP_ID
 * @flags: #GApplicationFlags; %G_APPLICATION_HANDLES_OPEN is always added
 *
 * Returns: (transfer full): a new #LiaisonApplication
 */
LiaisonApplication *
liaison_application_new (const char        *application_id,
                         GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (LIAISON_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", APP_PATH,
                       NULL);
}

/* The resources are registered by hand because they live in a static library, where a
 * self-registering constructor would be dropped by the linker. Tests start several
 * applications in one process, hence the once. */
static void
register_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      liaison_ui_register_resource ();
      liaison_core_init ();
      g_once_init_leave (&registered, 1);
    }
}

static void
liaison_application_activate (GApplication *app)
{
  LiaisonApplication *self = LIAISON_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      LiaisonWindow *new_window = liaison_window_new (self);

      liaison_window_open_example (new_window);
      window = GTK_WINDOW (new_window);
    }

  gtk_window_present (window);
}

static void
liaison_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  LiaisonApplication *self = LIAISON_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      LiaisonWindow *window = liaison_window_new (self);

      liaison_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static int
liaison_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "liaison", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return G_APPLICATION_CLASS (liaison_application_parent_class)->handle_local_options (app, options);
}

/* Set on the application rather than as widget bindings, so that the shortcuts window and
 * menus show them. */
static const struct {
  const char *action;
  const char *accels[2];
} app_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

static void
liaison_application_startup (GApplication *app)
{
  LiaisonApplication *self = LIAISON_APPLICATION (app);

  /* Registered before chaining up so that AdwApplication finds style.css and GtkApplication
   * finds gtk/help-overlay.ui and the icons under the resource base path. */
  register_resources ();

  G_APPLICATION_CLASS (liaison_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);
  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           app_accels[i].action,
                                           app_accels[i].accels);
}

static void
liaison_application_class_init (LiaisonApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = liaison_application_activate;
  app_class->open = liaison_application_open;
  app_class->startup = liaison_application_startup;
  app_class->handle_local_options = liaison_application_handle_local_options;
}

static void
liaison_application_about_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  static const char *developers[] = { "The Liaison developers", NULL };
  LiaisonApplication *self = user_data;
  GtkWindow *window;
  GtkWidget *about;

  g_assert (LIAISON_IS_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "modal", TRUE,
                        "application-name", _("Liaison"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Map the actors of a news article and how they relate, "
                                      "every line traced to its sentence."),
                        "developer-name", _("The Liaison developers"),
                        "developers", developers,
                        "copyright", "© 2026 The Liaison developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/liaisonapp/liaison",
                        "issue-url", "https://github.com/liaisonapp/liaison/issues",
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static void
liaison_application_quit_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  LiaisonApplication *self = user_data;
  GList *windows;

  g_assert (LIAISON_IS_APPLICATION (self));

  /* Close the windows rather than calling g_application_quit(), so that each one saves its
   * state and, once documents can be edited, asks about unsaved changes. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "about", liaison_application_about_action },
  { "quit", liaison_application_quit_action },
};

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { NULL }
};

static void
liaison_application_init (LiaisonApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Map the actors of a news article and how they "
                                              "relate."));
}
