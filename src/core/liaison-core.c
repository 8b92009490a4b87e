/* liaison-core.c — set-up shared by everything built on the core library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-core"

#include "config.h"

#include <gio/gio.h>

#include "liaison-core.h"
#include "liaison-core-resources.h"

/**
 * liaison_core_init:
 *
 * Registers the core library's resources (the bundled article, gazetteers). The resources are
 * registered by hand because the library is static: a self-registering constructor in an object
 * file that nothing references would be dropped by the linker. Safe to call more than once and
 * from any thread.
 */
void
liaison_core_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      liaison_core_register_resource ();
      g_once_init_leave (&initialized, 1);
    }
}
