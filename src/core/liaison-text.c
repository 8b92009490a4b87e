/* liaison-text.c — decoding article text from bytes of unknown origin
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-text"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "liaison-text.h"

G_DEFINE_QUARK (liaison-text-error-quark, liaison_text_error)

/* Text files may contain tabs, form feeds and line breaks but no other C0 controls; a NUL byte
 * or a high share of controls means we were handed an image, an archive or an executable. */
static gboolean
looks_binary (const char *data,
              gsize       length)
{
  gsize controls = 0;
  gsize sample = MIN (length, 64 * 1024);

  if (memchr (data, '\0', length) != NULL)
    return TRUE;

  for (gsize i = 0; i < sample; i++)
    {
      guchar c = (guchar) data[i];

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        controls++;
    }

  return controls * 100 > sample;
}

/* Normalises line ends to "\n" in place and returns the new length. */
static gsize
normalise_newlines (char *text)
{
  char *w = text;

  for (const char *r = text; *r != '\0'; r++)
    {
      if (r[0] == '\r')
        {
          *w++ = '\n';
          if (r[1] == '\n')
            r++;
        }
      else
        {
          *w++ = *r;
        }
    }
  *w = '\0';

  return (gsize) (w - text);
}

/**
 * liaison_text_decode:
 * @data: the raw bytes
 * @length: the number of bytes in @data
 * @charset: (out) (optional): the character set the bytes were read as
 * @error: return location for a #LIAISON_TEXT_ERROR
 *
 * Turns bytes read from a file, the clipboard or a drop into UTF-8 text with "\n" line ends and
 * no byte-order mark. UTF-16 is read when a byte-order mark says so. Invalid UTF-8 is read
 * as Windows-1252 (what most legacy news sites and
 * word processors write), or as Latin-1 when it is not valid Windows-1252 either; @charset tells
 * the caller so that it can say so to the user. Empty, blank, binary and oversized input is
 * refused with an error that can be shown as is.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
char *
liaison_text_decode (const char  *data,
                     gsize        length,
                     const char **charset,
                     GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *from_utf16 = NULL;
  const char *used = "UTF-8";
  gboolean blank = TRUE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Empty GBytes hand out NULL data. */
  if (data == NULL)
    data = "";

  if (length > LIAISON_TEXT_MAX_BYTES)
    {
      g_set_error (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_TOO_LARGE,
                   _("The text is too large (more than %d MB) to be an article"),
                   LIAISON_TEXT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  /* UTF-16, what Windows' Notepad saves as "Unicode", is known by its byte-order mark (and
   * would otherwise look binary: every other byte of English text is a NUL). */
  else if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0) &&
           !(length >= 4 && memcmp (data, "\xFF\xFE\0\0", 4) == 0))
    {
      gsize written = 0;

      used = data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
      from_utf16 = g_convert (data + 2, (gssize) length - 2, "UTF-8", used, NULL, &written, NULL);
      if (from_utf16 == NULL)
        {
          g_set_error_literal (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_BINARY,
                               _("This text is damaged: it is marked as UTF-16 but is not valid UTF-16"));
          return NULL;
        }
      data = from_utf16;
      length = written;
    }

  if (looks_binary (data, length))
    {
      g_set_error_literal (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_BINARY,
                           _("This is not a text file"));
      return NULL;
    }

  if (g_utf8_validate (data, (gssize) length, NULL))
    {
      text = g_strndup (data, length);
    }
  else
    {
      used = "WINDOWS-1252";
      text = g_convert (data, (gssize) length, "UTF-8", used, NULL, NULL, NULL);
      if (text == NULL)
        {
          /* Latin-1 maps every byte, so this cannot fail. */
          used = "ISO-8859-1";
          text = g_convert (data, (gssize) length, "UTF-8", used, NULL, NULL, NULL);
        }
      g_assert (text != NULL);
    }

  normalise_newlines (text);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* U+00A0 and the other Unicode spaces are blank too. */
      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x2007 && c != 0x202F && c != 0xFEFF)
        {
          blank = FALSE;
          break;
        }
    }

  if (blank)
    {
      g_set_error_literal (error, LIAISON_TEXT_ERROR, LIAISON_TEXT_ERROR_EMPTY,
                           _("The text is empty"));
      return NULL;
    }

  if (charset != NULL)
    *charset = used;

  return g_steal_pointer (&text);
}
