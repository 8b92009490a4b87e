/* liaison-drafts.h — unsaved work kept on disk, so that a crash does not lose it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * LiaisonDraftInfo:
 * @path: the draft, a .liaison document
 * @origin: (nullable): the file the work started from, as a URI
 * @display_name: (nullable): what the window called the document
 */
typedef struct
{
  char *path;
  char *origin;
  char *display_name;
} LiaisonDraftInfo;

char      *liaison_drafts_get_dir         (void);
char      *liaison_draft_new_path         (void);
gboolean   liaison_draft_write            (const char     *path,
                                           GBytes         *document,
                                           const char     *origin,
                                           const char     *display_name,
                                           GCancellable   *cancellable,
                                           GError        **error);
void       liaison_draft_remove           (const char     *path);
GPtrArray *liaison_drafts_find_orphans    (void);
void       liaison_draft_info_free        (LiaisonDraftInfo *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonDraftInfo, liaison_draft_info_free)

G_END_DECLS
