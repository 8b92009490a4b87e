/* liaison-cli.h — what `liaison --export` does, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-document.h"
#include "liaison-export.h"

G_BEGIN_DECLS

#define LIAISON_CLI_ERROR (liaison_cli_error_quark ())

typedef enum
{
  LIAISON_CLI_ERROR_USAGE,
} LiaisonCliError;

GQuark            liaison_cli_error_quark    (void);
LiaisonDocument  *liaison_cli_read_input     (const char    *input,
                                              GError       **error);
gboolean          liaison_cli_export         (const char                *output,
                                              const char * const        *inputs,
                                              const char                *format,
                                              const LiaisonImageOptions *image,
                                              GError                   **error);
int               liaison_cli_exit_status    (const GError  *error);

G_END_DECLS
