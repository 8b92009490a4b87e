/* liaison-article.c — one news article: its text and what we know about it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-article"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "liaison-article.h"
#include "liaison-core.h"
#include "liaison-text.h"

/* A headline is one short line; a longer first line is the first paragraph. */
#define MAX_HEADLINE_CHARS 200

struct _LiaisonArticle
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *date;
  char       *source;
  char       *text;
  const char *charset;
  gsize       body_offset;
};

G_DEFINE_FINAL_TYPE (LiaisonArticle, liaison_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DATE,
  PROP_SOURCE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
liaison_iso_date_is_valid (const char *date)
{
  guint year, month, day;

  if (date == NULL || strlen (date) != 10)
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (date[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (date[i]))
        {
          return FALSE;
        }
    }

  year = (guint) g_ascii_strtoull (date, NULL, 10);
  month = (guint) g_ascii_strtoull (date + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (date + 8, NULL, 10);

  return year >= 1 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static const char *
skip_blank (const char *p)
{
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

static gboolean
ends_with_punctuation (const char *line,
                       gsize       length)
{
  const char *end = line + length;
  const char *last;
  gunichar c;

  while (end > line && g_ascii_isspace (end[-1]))
    end--;
  if (end == line)
    return FALSE;

  last = g_utf8_find_prev_char (line, end);
  c = g_utf8_get_char (last);

  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' ||
         c == '"' || c == 0x201D || c == 0x2019 || c == 0x2026;
}

/* Reads the optional "date YYYY-MM-DD" marker and the optional headline at the top of the
 * text. The text itself stays as it is, so that offsets into it keep their meaning; the body
 * offset says where the article proper starts. */
static void
parse_header (LiaisonArticle *self)
{
  const char *p = skip_blank (self->text);
  const char *eol;

  if (g_ascii_strncasecmp (p, "date", 4) == 0 && (p[4] == ' ' || p[4] == '\t'))
    {
      const char *d = p + 5;
      g_autofree char *date = NULL;

      while (*d == ' ' || *d == '\t')
        d++;
      date = g_strndup (d, 10);
      if (liaison_iso_date_is_valid (date) &&
          (d[10] == '\0' || g_ascii_isspace (d[10])))
        {
          g_free (self->date);
          self->date = g_steal_pointer (&date);
          p = skip_blank (d + 10);
        }
    }

  eol = strchr (p, '\n');
  if (eol != NULL &&
      *skip_blank (eol) != '\0' &&
      g_utf8_strlen (p, eol - p) <= MAX_HEADLINE_CHARS &&
      !ends_with_punctuation (p, (gsize) (eol - p)))
    {
      g_autofree char *headline = g_strndup (p, (gsize) (eol - p));

      g_free (self->title);
      self->title = g_strdup (g_strstrip (headline));
      p = skip_blank (eol);
    }

  self->body_offset = (gsize) (p - self->text);
}

static void
liaison_article_constructed (GObject *object)
{
  LiaisonArticle *self = LIAISON_ARTICLE (object);

  G_OBJECT_CLASS (liaison_article_parent_class)->constructed (object);

  if (self->text == NULL)
    self->text = g_strdup ("");

  if (self->id == NULL)
    {
      g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, self->text, -1);

      self->id = g_strdup_printf ("article-%.8s", sum);
    }

  parse_header (self);
}

static void
liaison_article_finalize (GObject *object)
{
  LiaisonArticle *self = LIAISON_ARTICLE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (liaison_article_parent_class)->finalize (object);
}

static void
liaison_article_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LiaisonArticle *self = LIAISON_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_article_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LiaisonArticle *self = LIAISON_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      liaison_article_set_title (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      liaison_article_set_date (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      liaison_article_set_source (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_article_class_init (LiaisonArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = liaison_article_constructed;
  object_class->finalize = liaison_article_finalize;
  object_class->get_property = liaison_article_get_property;
  object_class->set_property = liaison_article_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The publication date as an ISO 8601 calendar date, "YYYY-MM-DD". */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_article_init (LiaisonArticle *self)
{
  self->charset = "UTF-8";
}

/**
 * liaison_article_new:
 * @id: (nullable): a stable identifier, or %NULL to derive one from the text
 * @text: the article's text, valid UTF-8
 *
 * Returns: (transfer full): a new article; its date and title come from the text's header
 */
LiaisonArticle *
liaison_article_new (const char *id,
                     const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  return g_object_new (LIAISON_TYPE_ARTICLE,
                       "id", id,
                       "text", text,
                       NULL);
}

LiaisonArticle *
liaison_article_new_from_text (const char *text)
{
  return liaison_article_new (NULL, text);
}

/**
 * liaison_article_new_from_bytes:
 * @bytes: raw bytes from a file, the clipboard or a drop
 * @error: return location for a #LIAISON_TEXT_ERROR
 *
 * Decodes @bytes with liaison_text_decode() and makes an article of them.
 *
 * Returns: (transfer full): a new article, or %NULL with @error set
 */
LiaisonArticle *
liaison_article_new_from_bytes (GBytes  *bytes,
                                GError **error)
{
  g_autofree char *text = NULL;
  LiaisonArticle *self;
  const char *charset = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (!(text = liaison_text_decode (data, length, &charset, error)))
    return NULL;

  self = liaison_article_new (NULL, text);
  self->charset = charset;

  return self;
}

/**
 * liaison_article_new_example:
 *
 * Returns: (transfer full): the article that ships with Liaison, shown when the user has not
 *   opened one of their own
 */
LiaisonArticle *
liaison_article_new_example (void)
{
  g_autoptr(GBytes) bytes = NULL;
  LiaisonArticle *self;

  liaison_core_init ();

  bytes = g_resources_lookup_data (LIAISON_CORE_RESOURCE_PATH
                                   "/articles/kenya-china-2023-07-24.txt",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  /* The example is compiled in: its absence is a packaging bug, not a user error. */
  g_assert (bytes != NULL);

  self = liaison_article_new_from_bytes (bytes, NULL);
  g_assert (self != NULL);

  return self;
}

/**
 * liaison_article_new_from_file:
 * @file: a text file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads and decodes @file, refusing folders and files too large to be an article before
 * reading them. Blocks: from the UI, use liaison_open_file_async().
 *
 * Returns: (transfer full): the article, or %NULL with @error set
 */
LiaisonArticle *
liaison_article_new_from_file (GFile         *file,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(bytes = liaison_load_file_bytes (file, LIAISON_TEXT_MAX_BYTES, cancellable, error)))
    return NULL;

  return liaison_article_new_from_bytes (bytes, error);
}

const char *
liaison_article_get_id (LiaisonArticle *self)
{
  g_return_val_if_fail (LIAISON_IS_ARTICLE (self), NULL);

  return self->id;
}

const char *
liaison_article_get_title (LiaisonArticle *self)
{
  g_return_val_if_fail (LIAISON_IS_ARTICLE (self), NULL);

  return self->title;
}

void
liaison_article_set_title (LiaisonArticle *self,
                           const char     *title)
{
  g_return_if_fail (LIAISON_IS_ARTICLE (self));

  if (liaison_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * liaison_article_get_date:
 * @self: a #LiaisonArticle
 *
 * Returns: (nullable): the publication date as "YYYY-MM-DD", or %NULL when unknown
 */
const char *
liaison_article_get_date (LiaisonArticle *self)
{
  g_return_val_if_fail (LIAISON_IS_ARTICLE (self), NULL);

  return self->date;
}

/**
 * liaison_article_set_date:
 * @self: a #LiaisonArticle
 * @date: (nullable): an ISO 8601 calendar date, "YYYY-MM-DD", or %NULL
 */
void
liaison_article_set_date (LiaisonArticle *self,
                          const char     *date)
{
  g_return_if_fail (LIAISON_IS_ARTICLE (self));
  g_return_if_fail (date == NULL || liaison_iso_date_is_valid (date));

  if (liaison_set_str (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
liaison_article_get_source (LiaisonArticle *self)
{
  g_return_val_if_fail (LIAISON_IS_ARTICLE (self), NULL);

  return self->source;
}

void
liaison_article_set_source (LiaisonArticle *self,
                            const char     *source)
{
  g_return_if_fail (LIAISON_IS_ARTICLE (self));

  if (liaison_set_str (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char *
liaison_article_get_text (LiaisonArticle *self)
{
  g_return_val_if_fail (LIAISON_IS_ARTICLE (self), NULL);

  return self->text;
}

/**
 * liaison_article_get_body_offset:
 * @self: a #LiaisonArticle
 *
 * Returns: the byte offset in the text where the article proper starts, after the date marker
 *   and the headline
 */
gsize
liaison_article_get_body_offset (LiaisonArticle *self)
{
  g_return_val_if_fail (LIAISON_IS_ARTICLE (self), 0);

  return self->body_offset;
}

/**
 * liaison_article_get_charset:
 * @self: a #LiaisonArticle
 *
 * Returns: the character set the article's bytes were read as: "UTF-8", "UTF-16LE" or
 *   "UTF-16BE" as a byte-order mark says, or a legacy encoding if the source was not valid
 *   UTF-8 and had no such mark
 */
const char *
liaison_article_get_charset (LiaisonArticle *self)
{
  g_return_val_if_fail (LIAISON_IS_ARTICLE (self), NULL);

  return self->charset;
}

/**
 * liaison_article_dup_date_label:
 * @self: a #LiaisonArticle
 *
 * Returns: (transfer full) (nullable): the date for people to read, in the user's language
 */
char *
liaison_article_dup_date_label (LiaisonArticle *self)
{
  g_autoptr(GDateTime) dt = NULL;
  guint year, month, day;

  g_return_val_if_fail (LIAISON_IS_ARTICLE (self), NULL);

  if (self->date == NULL)
    return NULL;

  year = (guint) g_ascii_strtoull (self->date, NULL, 10);
  month = (guint) g_ascii_strtoull (self->date + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (self->date + 8, NULL, 10);
  dt = g_date_time_new_utc ((int) year, (int) month, (int) day, 0, 0, 0);
  if (dt == NULL)
    return g_strdup (self->date);

  /* Translators: the date of a news article, see g_date_time_format() */
  return g_date_time_format (dt, C_("article date", "%-d %B %Y"));
}
