/* liaison-span.h — a stretch of an article's text: a mention of an actor, or evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_SPAN (liaison_span_get_type ())

/**
 * LiaisonSpan:
 * @article_id: the id of the article the span is in
 * @start: offset of the first character, counted in Unicode characters from the start of the
 *   article's text (as GtkTextBuffer counts them), not in bytes
 * @end: offset just past the last character
 * @text: (nullable): the text covered (a mention's words) or around it (an evidence sentence)
 *
 * Offsets are in characters so that they survive re-encoding and map directly onto text views.
 */
typedef struct
{
  char  *article_id;
  guint  start;
  guint  end;
  char  *text;
} LiaisonSpan;

GType        liaison_span_get_type (void) G_GNUC_CONST;
LiaisonSpan *liaison_span_new      (const char        *article_id,
                                    guint              start,
                                    guint              end,
                                    const char        *text);
LiaisonSpan *liaison_span_copy     (const LiaisonSpan *span);
void         liaison_span_free     (LiaisonSpan       *span);
gboolean     liaison_span_equal    (const LiaisonSpan *a,
                                    const LiaisonSpan *b);
int          liaison_span_compare  (const LiaisonSpan *a,
                                    const LiaisonSpan *b);
gboolean     liaison_span_array_insert (GPtrArray         *spans,
                                        const LiaisonSpan *span);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonSpan, liaison_span_free)

G_END_DECLS
