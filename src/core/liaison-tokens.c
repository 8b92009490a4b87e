/* liaison-tokens.c — words and punctuation of an article, with their offsets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-tokens"

#include "config.h"

#include <string.h>

#include "liaison-tokens.h"

/* Every rule of the extractor reads tokens, not bytes: a word is a run of letters and digits
 * (with inner apostrophes kept out: "People's" is "people", "'", "s", the same on both sides of
 * a comparison), and every other non-space character is a token of its own, so that
 * "Kenya-China relations" holds "Kenya" and "China" and phrases with hyphens still match. */

struct _LiaisonTokens
{
  GArray       *tokens;  /* LiaisonToken */
  GStringChunk *keys;
};

static gunichar
plain_char (gunichar c)
{
  switch (c)
    {
    case 0x2018: case 0x2019: case 0x02BC: case 0x2032:
      return '\'';
    case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: case 0x201E:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
      return '-';
    default:
      return c;
    }
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007 || c == 0xFEFF ||
         c == 0x200B;
}

static const char *
make_key (LiaisonTokens *self,
          const char    *start,
          gsize          length,
          GString       *scratch)
{
  g_autofree char *folded = NULL;
  g_autofree char *normal = NULL;

  g_string_truncate (scratch, 0);
  for (const char *p = start; p < start + length; p = g_utf8_next_char (p))
    g_string_append_unichar (scratch, plain_char (g_utf8_get_char (p)));

  /* ASCII is the common case; the Unicode routines allocate twice per word. */
  for (gsize i = 0; i < scratch->len; i++)
    if ((guchar) scratch->str[i] >= 0x80)
      goto unicode;

  for (gsize i = 0; i < scratch->len; i++)
    scratch->str[i] = g_ascii_tolower (scratch->str[i]);
  return g_string_chunk_insert_const (self->keys, scratch->str);

unicode:
  normal = g_utf8_normalize (scratch->str, (gssize) scratch->len, G_NORMALIZE_ALL_COMPOSE);
  folded = g_utf8_casefold (normal ? normal : scratch->str, -1);
  return g_string_chunk_insert_const (self->keys, folded);
}

/* The character at @p, if all of it is before @stop; otherwise (gunichar) -1 or -2. Decoding
 * with g_utf8_get_char() would read a character that @stop cuts in two to its end, past
 * @stop, and a nul byte as a character. */
static gunichar
char_before (const char *p,
             const char *stop)
{
  return g_utf8_get_char_validated (p, stop - p);
}

/**
 * liaison_tokenize:
 * @text: valid UTF-8
 * @start: byte offset to start at; it must be at a character boundary
 * @end: byte offset to stop at, or -1 (G_MAXSIZE) for the end of @text
 *
 * Reads no byte at or after @end: a character that @end cuts in two ends the tokens, as does
 * a nul byte, so that @text need not be nul-terminated when @end is given.
 *
 * Returns: (transfer full): the tokens of @text between @start and @end; character offsets
 *   count from the start of @text
 */
LiaisonTokens *
liaison_tokenize (const char *text,
                  gsize       start,
                  gsize       end)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  LiaisonTokens *self;
  const char *p;
  const char *stop;
  guint char_pos;

  g_return_val_if_fail (text != NULL, NULL);

  if (end == G_MAXSIZE)
    end = strlen (text);
  g_return_val_if_fail (start <= end, NULL);

  self = g_new0 (LiaisonTokens, 1);
  self->tokens = g_array_sized_new (FALSE, FALSE, sizeof (LiaisonToken), (end - start) / 5 + 1);
  self->keys = g_string_chunk_new (4096);

  char_pos = (guint) g_utf8_pointer_to_offset (text, text + start);
  p = text + start;
  stop = text + end;

  while (p < stop)
    {
      gunichar c = char_before (p, stop);
      LiaisonToken token = { 0 };

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;

      if (is_space (c))
        {
          if (self->tokens->len > 0)
            {
              LiaisonToken *last = &g_array_index (self->tokens, LiaisonToken,
                                                   self->tokens->len - 1);

              last->flags |= LIAISON_TOKEN_SPACE_AFTER;
            }
          p = g_utf8_next_char (p);
          char_pos++;
          continue;
        }

      token.start = (gsize) (p - text);
      token.char_start = char_pos;

      if (is_word_char (c))
        {
          guint letters = 0, upper = 0, digits = 0;

          token.flags = LIAISON_TOKEN_WORD;
          if (g_unichar_isupper (c) || g_unichar_istitle (c))
            token.flags |= LIAISON_TOKEN_CAPITALIZED;

          while (p < stop && (c = char_before (p, stop)) != (gunichar) -1 &&
                 c != (gunichar) -2 && is_word_char (c))
            {
              if (g_unichar_isdigit (c))
                digits++;
              else if (g_unichar_isalpha (c))
                {
                  letters++;
                  if (g_unichar_isupper (c))
                    upper++;
                }
              p = g_utf8_next_char (p);
              char_pos++;
            }

          if (letters >= 2 && upper == letters)
            token.flags |= LIAISON_TOKEN_ALL_CAPS;
          if (letters == 0 && digits > 0)
            token.flags |= LIAISON_TOKEN_DIGITS;
        }
      else
        {
          token.flags = LIAISON_TOKEN_PUNCT;
          p = g_utf8_next_char (p);
          char_pos++;
        }

      token.end = (gsize) (p - text);
      token.char_end = char_pos;
      token.key = make_key (self, text + token.start, token.end - token.start, scratch);
      g_array_append_val (self->tokens, token);
    }

  return self;
}

void
liaison_tokens_free (LiaisonTokens *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->tokens);
  g_string_chunk_free (self->keys);
  g_free (self);
}

guint
liaison_tokens_get_length (const LiaisonTokens *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->tokens->len;
}

/**
 * liaison_tokens_get:
 * @self: tokens
 * @position: less than liaison_tokens_get_length()
 *
 * Returns: (transfer none): the token
 */
const LiaisonToken *
liaison_tokens_get (const LiaisonTokens *self,
                    guint                position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->tokens->len, NULL);

  return &g_array_index (self->tokens, LiaisonToken, position);
}

/**
 * liaison_token_key_for:
 * @phrase: a phrase as a gazetteer lists it, "People's Republic of China"
 *
 * Returns: (transfer full): the keys of the phrase's tokens joined by spaces, the form under
 *   which gazetteers store phrases: "people ' s republic of china"
 */
char *
liaison_token_key_for (const char *phrase)
{
  g_autoptr(LiaisonTokens) tokens = NULL;
  GString *key;

  g_return_val_if_fail (phrase != NULL, NULL);

  tokens = liaison_tokenize (phrase, 0, G_MAXSIZE);
  key = g_string_new (NULL);
  for (guint i = 0; i < tokens->tokens->len; i++)
    {
      if (i > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, g_array_index (tokens->tokens, LiaisonToken, i).key);
    }

  return g_string_free (key, FALSE);
}
