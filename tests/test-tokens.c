/* test-tokens.c — tokens: words, punctuation, keys and offsets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liaison-tokens.h"

static void
test_words_and_punctuation (void)
{
  const char *text = "Kenya-China ties: \xE2\x80\x9CPeople\xE2\x80\x99s Republic\xE2\x80\x9D, U.S. and CPC.";
  g_autoptr(LiaisonTokens) tokens = liaison_tokenize (text, 0, G_MAXSIZE);
  static const char *keys[] = {
    "kenya", "-", "china", "ties", ":", "\"", "people", "'", "s", "republic", "\"", ",",
    "u", ".", "s", ".", "and", "cpc", ".",
  };

  g_assert_cmpuint (liaison_tokens_get_length (tokens), ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const LiaisonToken *t = liaison_tokens_get (tokens, i);

      g_assert_cmpstr (t->key, ==, keys[i]);
      /* Character offsets agree with byte offsets. */
      g_assert_cmpuint (t->char_start, ==, g_utf8_pointer_to_offset (text, text + t->start));
      g_assert_cmpuint (t->char_end, ==, g_utf8_pointer_to_offset (text, text + t->end));
    }

  g_assert_true (liaison_tokens_get (tokens, 0)->flags & LIAISON_TOKEN_CAPITALIZED);
  g_assert_false (liaison_tokens_get (tokens, 0)->flags & LIAISON_TOKEN_SPACE_AFTER);
  g_assert_true (liaison_tokens_get (tokens, 2)->flags & LIAISON_TOKEN_SPACE_AFTER);
  g_assert_true (liaison_tokens_get (tokens, 17)->flags & LIAISON_TOKEN_ALL_CAPS);
  g_assert_false (liaison_tokens_get (tokens, 3)->flags & LIAISON_TOKEN_CAPITALIZED);
  g_assert_true (liaison_tokens_get (tokens, 1)->flags & LIAISON_TOKEN_PUNCT);
}

static void
test_keys (void)
{
  g_autofree char *a = liaison_token_key_for ("People\xE2\x80\x99s  Republic of CHINA");
  g_autofree char *b = liaison_token_key_for ("People's Republic of China");
  g_autofree char *c = liaison_token_key_for ("Co\xCC\x82te d\xE2\x80\x99Ivoire");
  g_autofree char *d = liaison_token_key_for ("C\xC3\xB4te d'Ivoire");
  g_autofree char *e = liaison_token_key_for ("");

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (c, ==, d);
  g_assert_cmpstr (e, ==, "");
}

static void
test_range (void)
{
  const char *text = "date 2023-07-24 Nairobi, 2024";
  g_autoptr(LiaisonTokens) tokens = liaison_tokenize (text, 16, G_MAXSIZE);

  /* Offsets count from the start of the text, not of the range. */
  g_assert_cmpuint (liaison_tokens_get_length (tokens), ==, 3);
  g_assert_cmpuint (liaison_tokens_get (tokens, 0)->start, ==, 16);
  g_assert_cmpuint (liaison_tokens_get (tokens, 0)->char_start, ==, 16);
  g_assert_true (liaison_tokens_get (tokens, 2)->flags & LIAISON_TOKEN_DIGITS);

  {
    g_autoptr(LiaisonTokens) empty = liaison_tokenize (text, 4, 5);

    g_assert_cmpuint (liaison_tokens_get_length (empty), ==, 0);
  }
}

/* Tokenizes @length bytes copied to a buffer of exactly that size, without a nul byte, so
 * that the sanitizers catch any read past @end. */
static LiaisonTokens *
tokenize_exact (const char *text,
                gsize       length)
{
  g_autofree char *copy = g_memdup2 (text, length);

  return liaison_tokenize (copy, 0, length);
}

static void
assert_within (const LiaisonTokens *tokens,
               gsize                end)
{
  for (guint i = 0; i < liaison_tokens_get_length (tokens); i++)
    g_assert_cmpuint (liaison_tokens_get (tokens, i)->end, <=, end);
}

static void
test_range_end (void)
{
  /* "Kenya 中国 Côte": 中 is bytes 6 to 8, ô bytes 14 and 15. */
  const char *text = "Kenya \xE4\xB8\xAD\xE5\x9B\xBD C\xC3\xB4te";

  /* An end inside a character: the cut character is not read, nor is anything after it. */
  for (gsize end = 7; end < 9; end++)
    {
      g_autoptr(LiaisonTokens) tokens = tokenize_exact (text, end);

      assert_within (tokens, end);
      g_assert_cmpuint (liaison_tokens_get_length (tokens), ==, 1);
      g_assert_cmpstr (liaison_tokens_get (tokens, 0)->key, ==, "kenya");
    }
  {
    g_autoptr(LiaisonTokens) tokens = tokenize_exact (text, 15);

    assert_within (tokens, 15);
    g_assert_cmpuint (liaison_tokens_get_length (tokens), ==, 3);
    g_assert_cmpstr (liaison_tokens_get (tokens, 2)->key, ==, "c");
  }

  /* An end just after a character of several bytes takes all of it. */
  {
    g_autoptr(LiaisonTokens) tokens = tokenize_exact (text, 9);

    g_assert_cmpuint (liaison_tokens_get_length (tokens), ==, 2);
    g_assert_cmpstr (liaison_tokens_get (tokens, 1)->key, ==, "\xE4\xB8\xAD");
    g_assert_cmpuint (liaison_tokens_get (tokens, 1)->end, ==, 9);
    g_assert_cmpuint (liaison_tokens_get (tokens, 1)->char_end, ==, 7);
  }
  {
    g_autoptr(LiaisonTokens) tokens = tokenize_exact (text, 16);

    g_assert_cmpuint (liaison_tokens_get_length (tokens), ==, 3);
    g_assert_cmpstr (liaison_tokens_get (tokens, 2)->key, ==, "c\xC3\xB4");
    g_assert_cmpuint (liaison_tokens_get (tokens, 2)->end, ==, 16);
  }

  /* A combining accent at the end belongs to the word before it. */
  {
    g_autoptr(LiaisonTokens) tokens = tokenize_exact ("Co\xCC\x82te", 4);

    g_assert_cmpuint (liaison_tokens_get_length (tokens), ==, 1);
    g_assert_cmpstr (liaison_tokens_get (tokens, 0)->key, ==, "c\xC3\xB4");
    g_assert_cmpuint (liaison_tokens_get (tokens, 0)->end, ==, 4);
  }

  /* A nul byte ends the text even when the end says otherwise. */
  {
    g_autoptr(LiaisonTokens) tokens = tokenize_exact ("Kenya\0China", 11);

    g_assert_cmpuint (liaison_tokens_get_length (tokens), ==, 1);
    g_assert_cmpstr (liaison_tokens_get (tokens, 0)->key, ==, "kenya");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/tokens/words-and-punctuation", test_words_and_punctuation);
  g_test_add_func ("/liaison/tokens/keys", test_keys);
  g_test_add_func ("/liaison/tokens/range", test_range);
  g_test_add_func ("/liaison/tokens/range-end", test_range_end);

  return g_test_run ();
}
