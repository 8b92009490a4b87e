/* fuzz-common.h — what every libFuzzer target of Liaison shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>
#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

#include <stdio.h>
#include <stdlib.h>

/* Warnings and criticals are findings: a reader must refuse bad input with a GError, never
 * with a g_warning(). GLib's own fatal logs end in a breakpoint trap, which libFuzzer does not
 * catch; abort() it reports, with the input that caused it. */
static GLogWriterOutput
liaison_fuzz_log_writer (GLogLevelFlags   log_level,
                         const GLogField *fields,
                         gsize            n_fields,
                         gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      for (gsize i = 0; i < n_fields; i++)
        if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
          fprintf (stderr, "fatal log message: %s\n", (const char *) fields[i].value);
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

static inline void
liaison_fuzz_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  g_log_set_writer_func (liaison_fuzz_log_writer, NULL, NULL);
  g_setenv ("G_SLICE", "always-malloc", TRUE);
}
