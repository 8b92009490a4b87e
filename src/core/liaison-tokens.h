/* liaison-tokens.h — words and punctuation of an article, with their offsets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LIAISON_TOKEN_WORD        = 1 << 0,  /* letters and digits */
  LIAISON_TOKEN_PUNCT       = 1 << 1,  /* one punctuation or symbol character */
  LIAISON_TOKEN_CAPITALIZED = 1 << 2,  /* a word starting with an upper-case letter */
  LIAISON_TOKEN_ALL_CAPS    = 1 << 3,  /* a word of two or more letters, all upper case: "CPC" */
  LIAISON_TOKEN_DIGITS      = 1 << 4,  /* a word of digits only */
  LIAISON_TOKEN_SPACE_AFTER = 1 << 5,  /* white space follows (it may join "Kenya-China") */
} LiaisonTokenFlags;

/**
 * LiaisonToken:
 * @start: byte offset of the first byte in the text
 * @end: byte offset past the last byte
 * @char_start: the same in Unicode characters
 * @char_end: the same in Unicode characters
 * @key: the token as gazetteers compare it: case-folded, NFKC, with curly apostrophes and
 *   dashes made plain; points into the owning #LiaisonTokens
 * @flags: #LiaisonTokenFlags
 */
typedef struct
{
  gsize              start;
  gsize              end;
  guint              char_start;
  guint              char_end;
  const char        *key;
  LiaisonTokenFlags  flags;
} LiaisonToken;

typedef struct _LiaisonTokens LiaisonTokens;

LiaisonTokens      *liaison_tokenize           (const char          *text,
                                                gsize                start,
                                                gsize                end);
void                liaison_tokens_free        (LiaisonTokens       *tokens);
guint               liaison_tokens_get_length  (const LiaisonTokens *tokens);
const LiaisonToken *liaison_tokens_get         (const LiaisonTokens *tokens,
                                                guint                position);
char               *liaison_token_key_for      (const char          *phrase);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonTokens, liaison_tokens_free)

G_END_DECLS
