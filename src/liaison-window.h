/* liaison-window.h — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "liaison-application.h"
#include "liaison-document.h"
#include "liaison-drafts.h"
#include "liaison-export.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_WINDOW (liaison_window_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonWindow, liaison_window, LIAISON, WINDOW, AdwApplicationWindow)

LiaisonWindow  *liaison_window_new          (LiaisonApplication *application);
void            liaison_window_open_file    (LiaisonWindow      *self,
                                             GFile              *file);
void            liaison_window_open_example (LiaisonWindow      *self);
void            liaison_window_add_article  (LiaisonWindow      *self,
                                             GFile              *file);
void            liaison_window_open_text    (LiaisonWindow      *self,
                                             GBytes             *bytes);
LiaisonDocument *liaison_window_get_document (LiaisonWindow      *self);
LiaisonArticle *liaison_window_get_article  (LiaisonWindow      *self);
gboolean        liaison_window_is_modified  (LiaisonWindow      *self);
const char     *liaison_window_get_draft_path (LiaisonWindow    *self);
gboolean        liaison_window_restore_draft (LiaisonWindow          *self,
                                              const LiaisonDraftInfo *draft,
                                              GError                **error);
void            liaison_window_add_toast    (LiaisonWindow      *self,
                                             const char         *text);
void            liaison_window_export       (LiaisonWindow             *self,
                                             GFile                     *file,
                                             LiaisonImageFormat         format,
                                             const LiaisonImageOptions *options);

G_END_DECLS
