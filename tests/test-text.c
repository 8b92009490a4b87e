/* test-text.c — decoding article text from bytes of unknown origin
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liaison-text.h"

static void
test_utf8 (void)
{
  const char *input = "\xEF\xBB\xBF" "Nairobi \xE2\x80\x9CWang\xE2\x80\x9D said\r\nline two\rthree";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *charset = NULL;

  text = liaison_text_decode (input, strlen (input), &charset, &error);
  g_assert_no_error (error);
  /* The byte-order mark is dropped and every line end becomes "\n". */
  g_assert_cmpstr (text, ==, "Nairobi \xE2\x80\x9CWang\xE2\x80\x9D said\nline two\nthree");
  g_assert_cmpstr (charset, ==, "UTF-8");
}

static void
test_windows_1252 (void)
{
  /* "Côte d’Ivoire" as a legacy editor saves it: ô is 0xF4, the apostrophe 0x92. */
  const char input[] = "C\xF4te d\x92Ivoire";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *charset = NULL;

  text = liaison_text_decode (input, sizeof input - 1, &charset, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "C\xC3\xB4te d\xE2\x80\x99Ivoire");
  g_assert_cmpstr (charset, ==, "WINDOWS-1252");
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
test_latin1 (void)
{
  /* 0x81 is undefined in Windows-1252, so only Latin-1 can read this. */
  const char input[] = "caf\xE9 \x81";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *charset = NULL;

  text = liaison_text_decode (input, sizeof input - 1, &charset, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (charset, ==, "ISO-8859-1");
  g_assert_true (g_str_has_prefix (text, "caf\xC3\xA9 "));
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

/* Windows' "Unicode" text: UTF-16 with a byte-order mark, in either byte order. */
static void
test_utf16 (void)
{
  /* "Kenya–China\r\n" with an en dash. */
  const char le[] = "\xFF\xFE" "K\0e\0n\0y\0a\0\x13\x20" "C\0h\0i\0n\0a\0\r\0\n\0";
  const char be[] = "\xFE\xFF" "\0K\0e\0n\0y\0a\x20\x13" "\0C\0h\0i\0n\0a\0\r\0\n";
  const struct { const char *data; gsize length; const char *charset; } cases[] = {
    { le, sizeof le - 1, "UTF-16LE" },
    { be, sizeof be - 1, "UTF-16BE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      const char *charset = NULL;

      text = liaison_text_decode (cases[i].data, cases[i].length, &charset, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (text, ==, "Kenya\xE2\x80\x93" "China\n");
      g_assert_cmpstr (charset, ==, cases[i].charset);
    }
}

static void
test_refused (void)
{
  static const struct {
    const char *data;
    gsize length;
    int code;
  } cases[] = {
    { "", 0, LIAISON_TEXT_ERROR_EMPTY },
    { " \n\t\r\n ", 6, LIAISON_TEXT_ERROR_EMPTY },
    { "\xC2\xA0\xE2\x80\xAF\n", 6, LIAISON_TEXT_ERROR_EMPTY },
    { "\xEF\xBB\xBF", 3, LIAISON_TEXT_ERROR_EMPTY },
    { "\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16, LIAISON_TEXT_ERROR_BINARY },
    { "text\0with a nul", 15, LIAISON_TEXT_ERROR_BINARY },
    { "\x01\x02\x03\x04 abc", 8, LIAISON_TEXT_ERROR_BINARY },
    /* Marked as UTF-16, but an odd number of bytes, or a lone surrogate, or a NUL. */
    { "\xFF\xFEK\0e", 5, LIAISON_TEXT_ERROR_BINARY },
    { "\xFF\xFEK\0\x00\xD8", 6, LIAISON_TEXT_ERROR_BINARY },
    { "\xFE\xFF\0K\0\0\0e", 8, LIAISON_TEXT_ERROR_BINARY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      text = liaison_text_decode (cases[i].data, cases[i].length, NULL, &error);
      g_assert_null (text);
      g_assert_error (error, LIAISON_TEXT_ERROR, cases[i].code);
      g_assert_nonnull (error->message);
      g_assert_cmpstr (error->message, !=, "");
    }
}

static void
test_too_large (void)
{
  gsize length = LIAISON_TEXT_MAX_BYTES + 1;
  g_autofree char *data = g_malloc (length);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  memset (data, 'a', length);
  text = liaison_text_decode (data, length, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_TOO_LARGE);

  /* Right at the limit is still fine. */
  g_clear_error (&error);
  text = liaison_text_decode (data, LIAISON_TEXT_MAX_BYTES, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (text), ==, LIAISON_TEXT_MAX_BYTES);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/text/utf8", test_utf8);
  g_test_add_func ("/liaison/text/windows-1252", test_windows_1252);
  g_test_add_func ("/liaison/text/latin1", test_latin1);
  g_test_add_func ("/liaison/text/utf16", test_utf16);
  g_test_add_func ("/liaison/text/refused", test_refused);
  g_test_add_func ("/liaison/text/too-large", test_too_large);

  return g_test_run ();
}
