/* liaison-application.c — the application: actions, windows, the About window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-application"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-application.h"
#include "liaison-cli.h"
#include "liaison-core.h"
#include "liaison-resources.h"
#include "liaison-window.h"

struct _LiaisonApplication
{
  AdwApplication parent_instance;

  gboolean       drafts_checked;
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
restore_drafts_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            GPtrArray        *drafts)
{
  GtkApplication *app = gtk_window_get_application (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  for (guint i = 0; i < drafts->len; i++)
    {
      LiaisonDraftInfo *draft = g_ptr_array_index (drafts, i);

      if (g_str_equal (response, "restore"))
        {
          LiaisonWindow *window = liaison_window_new (LIAISON_APPLICATION (app));
          g_autoptr(GError) error = NULL;

          if (liaison_window_restore_draft (window, draft, &error))
            gtk_window_present (GTK_WINDOW (window));
          else
            {
              g_autofree char *message = g_strdup_printf (_("Could not restore the unsaved work: %s"),
                                                          error->message);

              gtk_window_destroy (GTK_WINDOW (window));
              liaison_window_add_toast (LIAISON_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog))),
                                        message);
            }
        }
      else if (g_str_equal (response, "discard"))
        liaison_draft_remove (draft->path);
      /* "later": the drafts stay for the next start. */
    }
}

/* Work left unsaved by a crash or a power cut is offered back once per run. */
static void
offer_drafts (LiaisonApplication *self,
              GtkWindow          *window)
{
  g_autoptr(GPtrArray) drafts = NULL;
  GtkWidget *dialog;

  if (self->drafts_checked)
    return;
  self->drafts_checked = TRUE;

  drafts = liaison_drafts_find_orphans ();
  if (drafts->len == 0)
    return;

  dialog = adw_message_dialog_new (window, _("Restore Unsaved Work?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "Liaison closed before a map’s changes were saved. "
                                               "They can be restored.",
                                               "Liaison closed before the changes to %u maps were "
                                               "saved. They can be restored.",
                                               drafts->len),
                                  drafts->len);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "later", _("_Not Now"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_data (dialog, "response", G_CALLBACK (restore_drafts_response_cb),
                         g_steal_pointer (&drafts), (GClosureNotify) g_ptr_array_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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
  offer_drafts (self, window);
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
      offer_drafts (self, GTK_WINDOW (window));
    }
}

static gboolean
is_export_option (const char *arg)
{
  return g_str_has_prefix (arg, "--export") || g_str_has_prefix (arg, "--format") ||
         g_str_has_prefix (arg, "--scale") || g_str_has_prefix (arg, "--width") ||
         g_str_equal (arg, "--dark") || g_str_equal (arg, "--transparent") ||
         g_str_equal (arg, "--no-legend") || g_str_equal (arg, "--no-caption");
}

/* `liaison --export=OUT [INPUT]` runs headless and exits before the application registers on
 * the bus or opens the display, so that it works over SSH and in scripts. It is caught here,
 * before GApplication parses the command line, because GApplication keeps file arguments to
 * itself: handle-local-options never sees INPUT. The options are also registered with the
 * application, so that --help documents them. */
static gboolean
liaison_application_local_command_line (GApplication   *app,
                                        char         ***arguments,
                                        int            *exit_status)
{
  GApplicationClass *parent_class = G_APPLICATION_CLASS (liaison_application_parent_class);
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *output = NULL;
  g_autofree char *format = NULL;
  g_auto(GStrv) inputs = NULL;
  gboolean wanted = FALSE;
  LiaisonImageOptions image;
  GOptionEntry entries[] = {
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &output, NULL, NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, NULL, NULL },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &image.scale, NULL, NULL },
    { "width", 0, 0, G_OPTION_ARG_INT, &image.width, NULL, NULL },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &image.dark, NULL, NULL },
    { "transparent", 0, 0, G_OPTION_ARG_NONE, &image.transparent, NULL, NULL },
    { "no-legend", 0, G_OPTION_FLAG_REVERSE, G_OPTION_ARG_NONE, &image.legend, NULL, NULL },
    { "no-caption", 0, G_OPTION_FLAG_REVERSE, G_OPTION_ARG_NONE, &image.caption, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, NULL },
    { NULL }
  };

  liaison_image_options_init (&image);
  for (guint i = 1; (*arguments)[i] != NULL && !g_str_equal ((*arguments)[i], "--"); i++)
    wanted |= is_export_option ((*arguments)[i]);

  if (!wanted)
    return parent_class->local_command_line (app, arguments, exit_status);

  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);
  args = g_strdupv (*arguments);

  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_printerr ("liaison: %s\n", error->message);
      *exit_status = 2;
    }
  else if (output == NULL)
    {
      g_printerr ("liaison: %s\n", _("--format, --scale and the other export options only apply to --export"));
      *exit_status = 2;
    }
  else if (image.scale <= 0 || image.scale > 16)
    {
      g_printerr ("liaison: %s\n", _("--scale must be between 0 and 16"));
      *exit_status = 2;
    }
  else if (image.width < 0 || image.width > 16000)
    {
      g_printerr ("liaison: %s\n", _("--width must be between 1 and 16000 pixels"));
      *exit_status = 2;
    }
  else if (!liaison_cli_export (output, (const char * const *) inputs, format, &image, &error))
    {
      g_printerr ("liaison: %s\n", error->message);
      *exit_status = liaison_cli_exit_status (error);
    }
  else
    {
      *exit_status = EXIT_SUCCESS;
    }

  return TRUE;
}

static int
liaison_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  GApplicationClass *parent_class = G_APPLICATION_CLASS (liaison_application_parent_class);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "liaison", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return parent_class->handle_local_options (app, options);
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
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.toggle-sidebar", { "F9", NULL } },
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
  app_class->local_command_line = liaison_application_local_command_line;
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
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the map of FILE (or of the example article) to OUT and exit; - writes to "
       "standard output. Several files make one map"), N_("OUT") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Format for --export: liaison, json, graphml, gexf, dot, csv, png, svg or pdf (default: "
       "from OUT’s extension)"), N_("FORMAT") },
  { "scale", 0, 0, G_OPTION_ARG_DOUBLE, NULL,
    N_("For a PNG export, pixels per point of the map (default: 1)"), N_("SCALE") },
  { "width", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("For a PNG export, the image’s width in pixels (instead of --scale)"), N_("PIXELS") },
  { "dark", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Export the map in the dark palette"), NULL },
  { "transparent", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Export without a background (PNG and SVG)"), NULL },
  { "no-legend", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Export the map without its legend"), NULL },
  { "no-caption", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Export the map without the article’s title, date and source"), NULL },
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
                                              "relate.\n\n"
                                              "FILE is an article (plain text), a Liaison "
                                              "document (.liaison or .json) or a graph "
                                              "(.graphml, .gexf, .csv edge list). Without FILE, "
                                              "Liaison opens its example article."));
  g_application_set_option_context_description (G_APPLICATION (self),
                                                _("Examples:\n"
                                                  "  liaison article.txt\n"
                                                  "  liaison --export=map.graphml article.txt\n"
                                                  "  liaison --export=- --format=dot "
                                                  "map.liaison\n\n"
                                                  "CSV export writes two files, as Gephi imports "
                                                  "them: map.csv with the nodes and "
                                                  "map-edges.csv with the edges. --export exits "
                                                  "with status 1 when the input cannot be read "
                                                  "and 2 when the command line is wrong."));
}
