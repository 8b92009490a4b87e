/* liaison-sentences.h — the first stage of extraction: sentences and quoted speech
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LiaisonSentence:
 * @start: byte offset of the sentence's first character in the text
 * @end: byte offset just past its last character; surrounding white space is not included
 * @char_start: @start counted in Unicode characters from the start of the text
 * @char_end: @end counted in Unicode characters, as #LiaisonSpan stores offsets
 */
typedef struct
{
  gsize start;
  gsize end;
  guint char_start;
  guint char_end;
} LiaisonSentence;

/**
 * LiaisonQuote:
 * @start: byte offset of the quoted words, after the opening quote mark
 * @end: byte offset just past the quoted words, before the closing quote mark
 * @char_start: @start in Unicode characters
 * @char_end: @end in Unicode characters
 * @speaker_start: byte offset of the words naming the speaker ("Ndlovu", "he", "the minister"),
 *   or 0 if no speaker was found
 * @speaker_end: byte offset just past them, or 0
 * @speaker_char_start: @speaker_start in Unicode characters
 * @speaker_char_end: @speaker_end in Unicode characters
 * @verb_start: byte offset of the speech verb ("said", "added", "pointed out"), or 0
 * @verb_end: byte offset just past it, or 0
 * @sentence_first: index of the sentence the quote starts in
 * @sentence_last: index of the sentence the quote ends in
 */
typedef struct
{
  gsize start;
  gsize end;
  guint char_start;
  guint char_end;
  gsize speaker_start;
  gsize speaker_end;
  guint speaker_char_start;
  guint speaker_char_end;
  gsize verb_start;
  gsize verb_end;
  guint sentence_first;
  guint sentence_last;
} LiaisonQuote;

GArray *liaison_split_sentences (const char *text,
                                 gsize       from);
GArray *liaison_find_quotes     (const char *text,
                                 gsize       from,
                                 GArray     *sentences);

G_END_DECLS
