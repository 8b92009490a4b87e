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

/* Warnings and criticals are findings: a reader must refuse bad input with a GError, never
 * with a g_warning(). libFuzzer reports the abort with the input that caused it. */
static inline void
liaison_fuzz_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  g_setenv ("G_SLICE", "always-malloc", TRUE);
}
