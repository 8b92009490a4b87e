/* main.c — the liaison executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "liaison-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app = NULL;
  const char *localedir = g_getenv ("LIAISON_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* LIAISON_LOCALEDIR: the catalogues of a build tree (_build/po), for tests and developers. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = liaison_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
