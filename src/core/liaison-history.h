/* liaison-history.h — undo and redo of a document's edits, and whether it differs from its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "liaison-document.h"

G_BEGIN_DECLS

typedef struct _LiaisonHistory LiaisonHistory;

LiaisonHistory  *liaison_history_new            (void);
void             liaison_history_free           (LiaisonHistory   *self);
void             liaison_history_reset          (LiaisonHistory   *self);
void             liaison_history_record         (LiaisonHistory   *self,
                                                 LiaisonDocument  *before);
gboolean         liaison_history_can_undo       (LiaisonHistory   *self);
gboolean         liaison_history_can_redo       (LiaisonHistory   *self);
LiaisonDocument *liaison_history_undo           (LiaisonHistory   *self,
                                                 LiaisonDocument  *current,
                                                 GError          **error);
LiaisonDocument *liaison_history_redo           (LiaisonHistory   *self,
                                                 LiaisonDocument  *current,
                                                 GError          **error);
guint            liaison_history_get_state      (LiaisonHistory   *self);
void             liaison_history_set_saved      (LiaisonHistory   *self,
                                                 guint             state);
gboolean         liaison_history_is_modified    (LiaisonHistory   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonHistory, liaison_history_free)

G_END_DECLS
