/* liaison-span.c — a stretch of an article's text: a mention of an actor, or evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-span"

#include "config.h"

#include "liaison-span.h"

G_DEFINE_BOXED_TYPE (LiaisonSpan, liaison_span, liaison_span_copy, liaison_span_free)

/**
 * liaison_span_new:
 * @article_id: the article's id
 * @start: first character offset
 * @end: offset past the last character, at least @start
 * @text: (nullable): the text of the span
 *
 * Returns: (transfer full): a new #LiaisonSpan
 */
LiaisonSpan *
liaison_span_new (const char *article_id,
                  guint       start,
                  guint       end,
                  const char *text)
{
  LiaisonSpan *span;

  g_return_val_if_fail (article_id != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  span = g_new0 (LiaisonSpan, 1);
  span->article_id = g_strdup (article_id);
  span->start = start;
  span->end = end;
  span->text = g_strdup (text);

  return span;
}

LiaisonSpan *
liaison_span_copy (const LiaisonSpan *span)
{
  g_return_val_if_fail (span != NULL, NULL);

  return liaison_span_new (span->article_id, span->start, span->end, span->text);
}

void
liaison_span_free (LiaisonSpan *span)
{
  if (span == NULL)
    return;

  g_free (span->article_id);
  g_free (span->text);
  g_free (span);
}

/* Two spans are the same place in the same article; their text is derived from that. */
gboolean
liaison_span_equal (const LiaisonSpan *a,
                    const LiaisonSpan *b)
{
  return liaison_span_compare (a, b) == 0;
}

/* Orders by article, then position, so that lists of spans read in text order. */
int
liaison_span_compare (const LiaisonSpan *a,
                      const LiaisonSpan *b)
{
  int c;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  if ((c = g_strcmp0 (a->article_id, b->article_id)) != 0)
    return c;
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end < b->end ? -1 : 1;
  return 0;
}

/**
 * liaison_span_array_insert:
 * @spans: (element-type LiaisonSpan): spans in liaison_span_compare() order, without
 *   duplicates, that own their elements
 * @span: a span to add
 *
 * Inserts a copy of @span where it belongs. A binary search keeps adding n spans O(n log n)
 * (plus moves), for actors mentioned and relations stated thousands of times.
 *
 * Returns: %TRUE if added, %FALSE if @spans already had it
 */
gboolean
liaison_span_array_insert (GPtrArray         *spans,
                           const LiaisonSpan *span)
{
  guint lo = 0, hi;

  g_return_val_if_fail (spans != NULL, FALSE);
  g_return_val_if_fail (span != NULL, FALSE);

  hi = spans->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = liaison_span_compare (g_ptr_array_index (spans, mid), span);

      if (c == 0)
        return FALSE;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  g_ptr_array_insert (spans, (int) lo, liaison_span_copy (span));
  return TRUE;
}
