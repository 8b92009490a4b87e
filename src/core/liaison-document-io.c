/* liaison-document-io.c — reading and writing documents as .liaison files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-document-io"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "liaison-core.h"
#include "liaison-document-io.h"

/* A .liaison file is JSON, described in docs/file-format.md.
 *
 * Reading goes through json-glib's parser and then checks every value before it reaches the
 * model, so that a damaged or hand-edited file gives the user a message naming the place
 * ("actors[2].kind: unknown kind "planet"") instead of a critical warning or a half-built
 * document.
 *
 * Writing does not use JsonGenerator: json-glib 1.6 writes doubles with "%.17g" and appends
 * ".0" when the result has no decimal point, which turns 1e+20 into "1e+20.0", invalid JSON,
 * and makes 0.1 "0.10000000000000001". Our writer prints the shortest text that reads back to
 * the same double, in a fixed layout, so that saving is deterministic and files diff well. */

G_DEFINE_QUARK (liaison-document-error-quark, liaison_document_error)

#define FORMAT_PREFIX "liaison/"
#define FORMAT_VERSION 1

/* Our files nest five deep. json-glib 1.6 parses recursively, so a file of a hundred thousand
 * "[" would overflow the stack: such files are refused before parsing, see check_syntax(). */
#define MAX_NESTING 256

/* Reading */

typedef struct
{
  LiaisonDocument *document;
  GHashTable      *text_lengths;  /* article id (borrowed) -> its text's length in characters */
  GString         *path;          /* where in the file the reader is, as "actors[2].mentions[0]" */
} Reader;

static gboolean reader_fail (Reader      *self,
                             const char  *member,
                             GError     **error,
                             const char  *format,
                             ...) G_GNUC_PRINTF (4, 5);

/* Sets an INVALID error naming the current place, or its @member, and returns %FALSE so that
 * callers can `return reader_fail (...)`. */
static gboolean
reader_fail (Reader      *self,
             const char  *member,
             GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *problem = NULL;
  g_autofree char *place = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (member == NULL)
    place = g_strdup (self->path->str);
  else if (self->path->len == 0)
    place = g_strdup (member);
  else
    place = g_strconcat (self->path->str, ".", member, NULL);

  g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_INVALID,
               /* TRANSLATORS: the first %s is a place in a .liaison file such as
                * "actors[2].kind", the second says what is wrong there */
               _("%s: %s"), place, problem);

  return FALSE;
}

/* Appends "member[index]" to the path; returns the length to truncate back to when done. */
static gsize
reader_enter (Reader     *self,
              const char *member,
              guint       index)
{
  gsize mark = self->path->len;

  if (self->path->len > 0)
    g_string_append_c (self->path, '.');
  g_string_append_printf (self->path, "%s[%u]", member, index);

  return mark;
}

static void
reader_leave (Reader *self,
              gsize   mark)
{
  g_string_truncate (self->path, mark);
}

/* Optional members may also be written as null or "", which mean the same as leaving them out. */
static const char *
nonempty (const char *str)
{
  return str != NULL && *str != '\0' ? str : NULL;
}

static gboolean
read_string (Reader      *self,
             JsonObject  *object,
             const char  *member,
             gboolean     required,
             const char **value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    {
      if (required)
        return reader_fail (self, member, error, _("required, but missing"));
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return reader_fail (self, member, error, _("must be a string"));

  *value = json_node_get_string (node);

  /* json-glib 1.6 still understands GScanner's octal escapes, so "\200" in a file gives a
   * string that is not UTF-8 even though the file is. */
  if (!g_utf8_validate (*value, -1, NULL))
    return reader_fail (self, member, error, _("must be valid UTF-8 text"));

  return TRUE;
}

static gboolean
read_id (Reader      *self,
         JsonObject  *object,
         const char  *member,
         const char **value,
         GError     **error)
{
  if (!read_string (self, object, member, TRUE, value, error))
    return FALSE;

  if (**value == '\0')
    return reader_fail (self, member, error, _("must not be empty"));

  return TRUE;
}

static gboolean
node_get_number (JsonNode *node,
                 double   *value)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  /* json_node_get_double() would also turn true into 1 and "2" into 0: check the type first. */
  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *value = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else
    return FALSE;

  return TRUE;
}

/* Leaves *value as it is when an optional number is absent, so callers set the default first. */
#define COORDINATE_RANGE_MESSAGE _("must be between -1000000 and 1000000")

static gboolean
coordinate_in_range (double value)
{
  return fabs (value) <= LIAISON_DOCUMENT_COORDINATE_MAX;
}

static gboolean
read_number (Reader      *self,
             JsonObject  *object,
             const char  *member,
             gboolean     required,
             double      *value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    {
      if (required)
        return reader_fail (self, member, error, _("required, but missing"));
      return TRUE;
    }

  if (!node_get_number (node, value))
    return reader_fail (self, member, error, _("must be a number"));

  /* The parser reads 1e400 as infinity. */
  if (!isfinite (*value))
    return reader_fail (self, member, error, _("must be a finite number"));

  return TRUE;
}

static gboolean
read_offset (Reader      *self,
             JsonObject  *object,
             const char  *member,
             guint       *value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 number;

  if (node == NULL)
    return reader_fail (self, member, error, _("required, but missing"));

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return reader_fail (self, member, error, _("must be a whole number"));

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return reader_fail (self, member, error, _("must be a number"));

  number = json_node_get_int (node);
  if (number < 0)
    return reader_fail (self, member, error, _("must not be negative"));
  if (number > G_MAXUINT)
    return reader_fail (self, member, error, _("is too large"));

  *value = (guint) number;
  return TRUE;
}

static gboolean
read_boolean (Reader      *self,
              JsonObject  *object,
              const char  *member,
              gboolean    *value,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return reader_fail (self, member, error, _("must be true or false"));

  *value = json_node_get_boolean (node);
  return TRUE;
}

/* Optional arrays and objects: absent or null gives NULL and success. */
static gboolean
read_array (Reader      *self,
            JsonObject  *object,
            const char  *member,
            JsonArray  **value,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return reader_fail (self, member, error, _("must be an array"));

  *value = json_node_get_array (node);
  return TRUE;
}

static gboolean
read_object (Reader      *self,
             JsonObject  *object,
             const char  *member,
             JsonObject **value,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return reader_fail (self, member, error, _("must be an object"));

  *value = json_node_get_object (node);
  return TRUE;
}

/* For an element of an array, whose place is already on the path. */
static JsonObject *
element_object (Reader    *self,
                JsonNode  *node,
                GError   **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      reader_fail (self, NULL, error, _("must be an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

static const char *
element_string (Reader    *self,
                JsonNode  *node,
                GError   **error)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      reader_fail (self, NULL, error, _("must be a string"));
      return NULL;
    }

  if (!g_utf8_validate (json_node_get_string (node), -1, NULL))
    {
      reader_fail (self, NULL, error, _("must be valid UTF-8 text"));
      return NULL;
    }

  return json_node_get_string (node);
}

static gboolean
read_article (Reader    *self,
              JsonNode  *node,
              GError   **error)
{
  g_autoptr(LiaisonArticle) article = NULL;
  JsonObject *object;
  const char *id, *title, *date, *source, *text;

  if (!(object = element_object (self, node, error)) ||
      !read_id (self, object, "id", &id, error) ||
      !read_string (self, object, "title", FALSE, &title, error) ||
      !read_string (self, object, "date", FALSE, &date, error) ||
      !read_string (self, object, "source", FALSE, &source, error) ||
      !read_string (self, object, "text", TRUE, &text, error))
    return FALSE;

  if (nonempty (date) != NULL && !liaison_iso_date_is_valid (date))
    return reader_fail (self, "date", error, _("must be a date written YYYY-MM-DD"));

  if (liaison_document_lookup_article (self->document, id) != NULL)
    return reader_fail (self, "id", error, _("duplicate id \"%s\""), id);

  /* The article derives a title and a date from the header of its text; what the file says
   * wins, including that there is none, so that a document reads back as it was saved. */
  article = liaison_article_new (id, text);
  liaison_article_set_title (article, nonempty (title));
  liaison_article_set_date (article, nonempty (date));
  liaison_article_set_source (article, nonempty (source));

  liaison_document_add_article (self->document, article);
  g_hash_table_insert (self->text_lengths,
                       (gpointer) liaison_article_get_id (article),
                       GSIZE_TO_POINTER ((gsize) g_utf8_strlen (text, -1)));

  return TRUE;
}

static LiaisonSpan *
read_span (Reader    *self,
           JsonNode  *node,
           GError   **error)
{
  JsonObject *object;
  const char *article, *text;
  gpointer length;
  guint start, end;

  if (!(object = element_object (self, node, error)) ||
      !read_string (self, object, "article", TRUE, &article, error) ||
      !read_offset (self, object, "start", &start, error) ||
      !read_offset (self, object, "end", &end, error) ||
      !read_string (self, object, "text", FALSE, &text, error))
    return NULL;

  if (!g_hash_table_lookup_extended (self->text_lengths, article, NULL, &length))
    {
      reader_fail (self, "article", error, _("no article with id \"%s\""), article);
      return NULL;
    }

  if (end < start)
    {
      reader_fail (self, "end", error, _("must not be less than start (%u)"), start);
      return NULL;
    }

  /* Offsets count characters, as GtkTextBuffer does, not bytes. */
  if (end > GPOINTER_TO_SIZE (length))
    {
      gulong n = (gulong) GPOINTER_TO_SIZE (length);

      reader_fail (self, "end", error,
                   g_dngettext (GETTEXT_PACKAGE,
                                "is past the end of the article’s text, which has %lu character",
                                "is past the end of the article’s text, which has %lu characters",
                                n),
                   n);
      return NULL;
    }

  return liaison_span_new (article, start, end, nonempty (text));
}

/* Reads the "mentions" or "evidence" array of the object at the current place, passing each
 * span to @add. */
static gboolean
read_spans (Reader      *self,
            JsonObject  *object,
            const char  *member,
            gpointer     owner,
            gboolean   (*add) (gpointer           owner,
                               const LiaisonSpan *span),
            GError     **error)
{
  JsonArray *array;

  if (!read_array (self, object, member, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autoptr(LiaisonSpan) span = NULL;
      gsize mark = reader_enter (self, member, i);

      if (!(span = read_span (self, json_array_get_element (array, i), error)))
        return FALSE;

      /* The model drops a span it already has: a repeated one in the file changes nothing. */
      add (owner, span);
      reader_leave (self, mark);
    }

  return TRUE;
}

static gboolean
add_quote (gpointer           owner,
           const LiaisonSpan *span)
{
  return liaison_actor_add_quote (owner, span);
}

static gboolean
add_mention (gpointer           owner,
             const LiaisonSpan *span)
{
  return liaison_actor_add_mention (owner, span);
}

static gboolean
add_evidence (gpointer           owner,
              const LiaisonSpan *span)
{
  return liaison_relation_add_evidence (owner, span);
}

static gboolean
read_actor (Reader    *self,
            JsonNode  *node,
            GError   **error)
{
  g_autoptr(LiaisonActor) actor = NULL;
  JsonObject *object;
  JsonArray *aliases;
  const char *id, *name, *kind_nick, *role, *notes, *origin_nick;
  LiaisonOrigin origin = LIAISON_ORIGIN_EXTRACTED;
  LiaisonActorKind kind;

  if (!(object = element_object (self, node, error)) ||
      !read_id (self, object, "id", &id, error) ||
      !read_string (self, object, "name", TRUE, &name, error) ||
      !read_string (self, object, "kind", TRUE, &kind_nick, error) ||
      !read_string (self, object, "role", FALSE, &role, error) ||
      !read_array (self, object, "aliases", &aliases, error) ||
      !read_string (self, object, "notes", FALSE, &notes, error) ||
      !read_string (self, object, "origin", FALSE, &origin_nick, error))
    return FALSE;

  if (!liaison_actor_kind_from_string (kind_nick, &kind))
    return reader_fail (self, "kind", error, _("unknown kind \"%s\""), kind_nick);
  if (nonempty (origin_nick) != NULL && !liaison_origin_from_string (origin_nick, &origin))
    return reader_fail (self, "origin", error, _("unknown origin \"%s\""), origin_nick);

  actor = liaison_actor_new (id, name, kind);
  liaison_actor_set_role (actor, role);
  liaison_actor_set_notes (actor, notes);
  liaison_actor_set_origin (actor, origin);

  for (guint i = 0; aliases != NULL && i < json_array_get_length (aliases); i++)
    {
      gsize mark = reader_enter (self, "aliases", i);
      const char *alias;

      if (!(alias = element_string (self, json_array_get_element (aliases, i), error)))
        return FALSE;

      /* The model refuses an alias that repeats the name or another alias: it adds nothing. */
      liaison_actor_add_alias (actor, alias);
      reader_leave (self, mark);
    }

  if (!read_spans (self, object, "mentions", actor, add_mention, error) ||
      !read_spans (self, object, "quotes", actor, add_quote, error))
    return FALSE;

  if (!liaison_document_add_actor (self->document, actor))
    return reader_fail (self, "id", error, _("duplicate id \"%s\""), id);

  return TRUE;
}

static gboolean
read_relation (Reader    *self,
               JsonNode  *node,
               GError   **error)
{
  g_autoptr(LiaisonRelation) relation = NULL;
  JsonObject *object;
  const char *id, *source_id, *target_id, *kind_nick, *label, *origin_nick;
  LiaisonActor *source, *target;
  LiaisonRelationKind kind;
  LiaisonOrigin origin = LIAISON_ORIGIN_EXTRACTED;
  double confidence = 1.0;

  if (!(object = element_object (self, node, error)) ||
      !read_id (self, object, "id", &id, error) ||
      !read_string (self, object, "source", TRUE, &source_id, error) ||
      !read_string (self, object, "target", TRUE, &target_id, error) ||
      !read_string (self, object, "kind", TRUE, &kind_nick, error) ||
      !read_string (self, object, "label", FALSE, &label, error) ||
      !read_number (self, object, "confidence", FALSE, &confidence, error) ||
      !read_string (self, object, "origin", FALSE, &origin_nick, error))
    return FALSE;

  if (!(source = liaison_document_lookup_actor (self->document, source_id)))
    return reader_fail (self, "source", error, _("no actor with id \"%s\""), source_id);
  if (!(target = liaison_document_lookup_actor (self->document, target_id)))
    return reader_fail (self, "target", error, _("no actor with id \"%s\""), target_id);

  if (!liaison_relation_kind_from_string (kind_nick, &kind))
    return reader_fail (self, "kind", error, _("unknown kind \"%s\""), kind_nick);

  if (!(confidence >= 0.0 && confidence <= 1.0))
    return reader_fail (self, "confidence", error, _("must be between 0 and 1"));

  if (nonempty (origin_nick) != NULL && !liaison_origin_from_string (origin_nick, &origin))
    return reader_fail (self, "origin", error, _("unknown origin \"%s\""), origin_nick);

  relation = liaison_relation_new (id, source, target, kind);
  liaison_relation_set_label (relation, label);
  liaison_relation_set_confidence (relation, confidence);
  liaison_relation_set_origin (relation, origin);

  if (!read_spans (self, object, "evidence", relation, add_evidence, error))
    return FALSE;

  if (!liaison_document_add_relation (self->document, relation))
    return reader_fail (self, "id", error, _("duplicate id \"%s\""), id);

  return TRUE;
}

static gboolean
read_list (Reader      *self,
           JsonObject  *root,
           const char  *member,
           gboolean   (*read_item) (Reader    *self,
                                    JsonNode  *node,
                                    GError   **error),
           GError     **error)
{
  JsonArray *array;

  if (!read_array (self, root, member, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      gsize mark = reader_enter (self, member, i);

      if (!read_item (self, json_array_get_element (array, i), error))
        return FALSE;

      reader_leave (self, mark);
    }

  return TRUE;
}

static gboolean
read_layout (Reader      *self,
             JsonObject  *root,
             GError     **error)
{
  g_autoptr(GList) ids = NULL;
  JsonObject *layout;

  if (!read_object (self, root, "layout", &layout, error))
    return FALSE;
  if (layout == NULL)
    return TRUE;

  ids = json_object_get_members (layout);
  for (const GList *l = ids; l != NULL; l = l->next)
    {
      const char *id = l->data;
      JsonObject *object;
      gboolean pinned = FALSE;
      double x, y;
      gsize mark = self->path->len;

      /* The id goes into messages, which must be UTF-8. */
      if (!g_utf8_validate (id, -1, NULL))
        return reader_fail (self, "layout", error, _("actor ids must be valid UTF-8 text"));

      g_string_append_printf (self->path, "layout[\"%s\"]", id);

      if (!(object = element_object (self, json_object_get_member (layout, id), error)) ||
          !read_number (self, object, "x", TRUE, &x, error) ||
          !read_number (self, object, "y", TRUE, &y, error) ||
          !read_boolean (self, object, "pinned", &pinned, error))
        return FALSE;

      if (liaison_document_lookup_actor (self->document, id) == NULL)
        return reader_fail (self, NULL, error, _("no actor with id \"%s\""), id);
      if (!coordinate_in_range (x))
        return reader_fail (self, "x", error, COORDINATE_RANGE_MESSAGE);
      if (!coordinate_in_range (y))
        return reader_fail (self, "y", error, COORDINATE_RANGE_MESSAGE);

      liaison_document_set_position (self->document, id, x, y, pinned);
      reader_leave (self, mark);
    }

  return TRUE;
}

static gboolean
read_dismissed (Reader      *self,
                JsonObject  *root,
                GError     **error)
{
  JsonObject *dismissed;
  JsonArray *actors, *relations;

  if (!read_object (self, root, "dismissed", &dismissed, error))
    return FALSE;
  if (dismissed == NULL)
    return TRUE;

  g_string_assign (self->path, "dismissed");
  if (!read_array (self, dismissed, "actors", &actors, error) ||
      !read_array (self, dismissed, "relations", &relations, error))
    return FALSE;

  for (guint i = 0; actors != NULL && i < json_array_get_length (actors); i++)
    {
      gsize mark = reader_enter (self, "actors", i);
      const char *name;

      if (!(name = element_string (self, json_array_get_element (actors, i), error)))
        return FALSE;
      liaison_document_add_dismissed_actor (self->document, name);
      reader_leave (self, mark);
    }

  for (guint i = 0; relations != NULL && i < json_array_get_length (relations); i++)
    {
      gsize mark = reader_enter (self, "relations", i);
      JsonObject *object;
      const char *source, *target, *kind_nick;
      LiaisonRelationKind kind;

      if (!(object = element_object (self, json_array_get_element (relations, i), error)) ||
          !read_string (self, object, "source", TRUE, &source, error) ||
          !read_string (self, object, "kind", TRUE, &kind_nick, error) ||
          !read_string (self, object, "target", TRUE, &target, error))
        return FALSE;
      if (!liaison_relation_kind_from_string (kind_nick, &kind))
        return reader_fail (self, "kind", error, _("unknown kind \"%s\""), kind_nick);
      liaison_document_add_dismissed_relation (self->document, source, kind, target);
      reader_leave (self, mark);
    }

  g_string_truncate (self->path, 0);
  return TRUE;
}

static gboolean
read_view (Reader      *self,
           JsonObject  *root,
           GError     **error)
{
  JsonObject *view;
  JsonArray *center, *hidden;
  double zoom = 1.0;
  double center_xy[2] = { 0.0, 0.0 };

  if (!read_object (self, root, "view", &view, error))
    return FALSE;
  if (view == NULL)
    return TRUE;

  g_string_assign (self->path, "view");

  if (!read_number (self, view, "zoom", FALSE, &zoom, error) ||
      !read_array (self, view, "center", &center, error) ||
      !read_array (self, view, "hidden_kinds", &hidden, error))
    return FALSE;

  if (zoom <= 0.0)
    return reader_fail (self, "zoom", error, _("must be greater than 0"));

  if (center != NULL)
    {
      if (json_array_get_length (center) != 2 ||
          !node_get_number (json_array_get_element (center, 0), &center_xy[0]) ||
          !node_get_number (json_array_get_element (center, 1), &center_xy[1]))
        return reader_fail (self, "center", error, _("must be an array of two numbers, [x, y]"));

      if (!isfinite (center_xy[0]) || !isfinite (center_xy[1]))
        return reader_fail (self, "center", error, _("must be finite numbers"));
      if (!coordinate_in_range (center_xy[0]) || !coordinate_in_range (center_xy[1]))
        return reader_fail (self, "center", error, COORDINATE_RANGE_MESSAGE);
    }

  liaison_document_set_view (self->document, zoom, center_xy[0], center_xy[1]);

  for (guint i = 0; hidden != NULL && i < json_array_get_length (hidden); i++)
    {
      gsize mark = reader_enter (self, "hidden_kinds", i);
      LiaisonActorKind kind;
      const char *nick;

      if (!(nick = element_string (self, json_array_get_element (hidden, i), error)))
        return FALSE;
      if (!liaison_actor_kind_from_string (nick, &kind))
        return reader_fail (self, NULL, error, _("unknown kind \"%s\""), nick);

      liaison_document_set_kind_hidden (self->document, kind, TRUE);
      reader_leave (self, mark);
    }

  g_string_truncate (self->path, 0);

  return TRUE;
}

/* Reads the "XXXX" of a "\uXXXX" escape starting at @data[@i]. */
static gboolean
read_hex4 (const char *data,
           gsize       length,
           gsize       i,
           guint      *value)
{
  *value = 0;

  if (length < 4 || i > length - 4)
    return FALSE;

  for (gsize k = i; k < i + 4; k++)
    {
      int digit = g_ascii_xdigit_value (data[k]);

      if (digit < 0)
        return FALSE;
      *value = *value * 16 + (guint) digit;
    }

  return TRUE;
}

/* @data[*@i] is the "u" of a "\u" escape: moves *@i to its last character, and to the last of
 * the low surrogate's escape after a high surrogate. */
static gboolean
skip_unicode_escape (const char *data,
                     gsize       length,
                     gsize      *i)
{
  guint unit;

  if (!read_hex4 (data, length, *i + 1, &unit))
    return FALSE;
  *i += 4;

  if (unit >= 0xdc00 && unit <= 0xdfff)
    return FALSE;

  if (unit >= 0xd800 && unit <= 0xdbff)
    {
      if (*i + 2 >= length || data[*i + 1] != '\\' || data[*i + 2] != 'u' ||
          !read_hex4 (data, length, *i + 3, &unit) || unit < 0xdc00 || unit > 0xdfff)
        return FALSE;
      *i += 6;
    }

  return TRUE;
}

/* Whole numbers json-glib reads exactly: below 2^63, which has 19 digits. */
#define MAX_INTEGER_DIGITS 18

#define NOT_AN_OBJECT_MESSAGE _("This is not a Liaison document: it does not hold a JSON object")

/* Refuses, before json-glib sees them, files that would overflow its stack.
 *
 * Counting brackets outside strings is only safe if this scan and the parser agree on where
 * every string starts and ends, and json-glib 1.6 reads more than JSON, differently from later
 * versions: it skips any text between two slashes as a comment (so "/ \" /" or "/ ' /" hides
 * a quote from the parser), it has single-quoted strings, and after "\u" and one hex digit, or
 * after a lone surrogate, it reads on past the closing quote. Each of these lets a file hide
 * deep nesting from a scan that reads plain JSON. None of them is JSON, and no JSON writer
 * produces them, so they are refused here; what is left, json-glib reads as this scan does.
 *
 * A document is one JSON object. Anything else is refused here too: json-glib 1.6 leaks the
 * values it has read when a second top-level value follows the first ("1{…}", "{}{…}"), a
 * finding of fuzzing that this works around. */
static gboolean
check_syntax (const char  *data,
              gsize        length,
              GError     **error)
{
  const char *problem = NULL;
  gboolean in_string = FALSE, started = FALSE, ended = FALSE;
  gboolean in_number = FALSE, in_integer_part = FALSE;
  guint depth = 0, integer_digits = 0;
  gsize i;

  for (i = 0; i < length; i++)
    {
      char c = data[i];

      if (!in_string && c != ' ' && c != '\t' && c != '\n' && c != '\r')
        {
          /* (A comment there is refused as a comment, below.) */
          if (ended && c != '/')
            problem = _("there is more after the end of the document");
          else if (!started && c != '{' && strchr ("[\"-0123456789tfn", c) != NULL)
            {
              g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
                           NOT_AN_OBJECT_MESSAGE);
              return FALSE;
            }
          /* "$da{…}": json-glib skips what it takes for an identifier, then leaks the object
           * after it (found by fuzzing). */
          else if (!started && c != '{')
            problem = _("a document starts with “{”");
          started = TRUE;
          if (problem != NULL)
            break;
        }

      /* json-glib 1.6 wraps integers past 2^63 around to negative numbers: "an offset of
       * 123456789012345678901234567890" would be read as "must not be negative". */
      if (!in_string)
        {
          if (!in_number && (c == '-' || g_ascii_isdigit (c)))
            {
              in_number = in_integer_part = TRUE;
              integer_digits = 0;
            }
          if (in_number && g_ascii_isdigit (c))
            {
              if (in_integer_part && ++integer_digits > MAX_INTEGER_DIGITS)
                problem = _("a number has too many digits: write it with an exponent (1e+20)");
            }
          else if (in_number && (c == '.' || c == 'e' || c == 'E'))
            in_integer_part = FALSE;
          else if (in_number && !((c == '+' || c == '-') && !in_integer_part) &&
                   !(c == '-' && integer_digits == 0))
            in_number = FALSE;
        }

      if (in_string)
        {
          if (c == '"')
            in_string = FALSE;
          else if (c == '\\' && ++i < length && data[i] == 'u' &&
                   !skip_unicode_escape (data, length, &i))
            problem = _("a \\u escape must be four hexadecimal digits, and a surrogate must be "
                        "half of a pair");
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '/')
        problem = _("comments are not allowed");
      else if (c == '\'')
        problem = _("strings must be in double quotes");
      else if ((c == '[' || c == '{') && ++depth > MAX_NESTING)
        {
          g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
                       _("This is not a Liaison document: it nests more than %d levels deep"),
                       MAX_NESTING);
          return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0 && --depth == 0)
        ended = TRUE;

      if (problem != NULL)
        break;
    }

  if (problem != NULL)
    {
      guint line = 1;

      for (gsize k = 0; k < i && k < length; k++)
        if (data[k] == '\n')
          line++;

      g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
                   /* TRANSLATORS: %u is a line number, %s says what is wrong there */
                   _("This is not a Liaison document, or it is damaged: "
                     "it is not valid JSON (line %u: %s)"),
                   line, problem);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_format (JsonObject  *root,
              GError     **error)
{
  JsonNode *node = json_object_get_member (root, "format");
  const char *format, *version;
  guint64 number = 0;

  if (node == NULL)
    {
      g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
                   _("This is not a Liaison document: it has no \"format\""));
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      !g_utf8_validate (json_node_get_string (node), -1, NULL))
    {
      g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
                   _("This is not a Liaison document: its \"format\" is not a string"));
      return FALSE;
    }

  format = json_node_get_string (node);
  version = g_str_has_prefix (format, FORMAT_PREFIX) ? format + strlen (FORMAT_PREFIX) : "";

  for (const char *p = version; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        {
          version = "";
          break;
        }
    }

  /* More digits than fit are a larger version still. */
  if (*version != '\0' && !g_ascii_string_to_unsigned (version, 10, 0, G_MAXUINT, &number, NULL))
    number = G_MAXUINT;

  if (number == 0)
    {
      g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
                   _("This is not a Liaison document: its format is \"%s\""), format);
      return FALSE;
    }

  if (number > FORMAT_VERSION)
    {
      g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NEWER_VERSION,
                   _("This document was made by a newer version of Liaison (format %s). "
                     "Update Liaison to open it."), format);
      return FALSE;
    }

  return TRUE;
}

/**
 * liaison_document_load_from_data:
 * @data: the contents of a .liaison file
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #LIAISON_DOCUMENT_ERROR
 *
 * Reads a document saved by liaison_document_save_to_data(), or written by hand or by another
 * program following docs/file-format.md. Every value is checked: on any error, nothing is
 * returned, and the message names the place in the file ("relations[3].target: …").
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
LiaisonDocument *
liaison_document_load_from_data (const char  *data,
                                 gssize       length,
                                 GError     **error)
{
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root_node;
  JsonObject *root;
  Reader reader;
  gboolean ok;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (data);

  if (!check_syntax (data, (gsize) length, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
                   /* TRANSLATORS: %s is the JSON parser's own description of the problem */
                   _("This is not a Liaison document, or it is damaged: "
                     "it is not valid JSON (%s)"),
                   local_error->message);
      return NULL;
    }

  root_node = json_parser_get_root (parser);
  if (root_node == NULL)
    {
      g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
                   _("This is not a Liaison document: the file is empty"));
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
                   NOT_AN_OBJECT_MESSAGE);
      return NULL;
    }

  root = json_node_get_object (root_node);

  /* The version first: a newer file may break the rules this version checks. */
  if (!check_format (root, error))
    return NULL;

  document = liaison_document_new ();
  reader.document = document;
  reader.text_lengths = g_hash_table_new (g_str_hash, g_str_equal);
  reader.path = g_string_new (NULL);

  /* In dependency order: spans refer to articles, relations to actors, the layout to actors. */
  ok = read_list (&reader, root, "articles", read_article, error) &&
       read_list (&reader, root, "actors", read_actor, error) &&
       read_list (&reader, root, "relations", read_relation, error) &&
       read_layout (&reader, root, error) &&
       read_view (&reader, root, error) &&
       read_dismissed (&reader, root, error);

  g_hash_table_unref (reader.text_lengths);
  g_string_free (reader.path, TRUE);

  if (!ok)
    return NULL;

  /* Everything above went through the model's checks; this only guards against a model bug
   * letting an inconsistent document reach the user. */
  if (!liaison_document_check (document, &local_error))
    {
      g_set_error_literal (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_INVALID,
                           local_error->message);
      return NULL;
    }

  return g_steal_pointer (&document);
}

/**
 * liaison_document_load_from_file:
 * @file: a .liaison file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GIOError or a #LIAISON_DOCUMENT_ERROR
 *
 * Reads @file with liaison_document_load_from_data(). Blocks: run it in a thread from the UI.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
LiaisonDocument *
liaison_document_load_from_file (GFile         *file,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = liaison_load_file_bytes (file, LIAISON_DOCUMENT_MAX_BYTES, cancellable, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return liaison_document_load_from_data (data, (gssize) length, error);
}

/* Writing */

typedef struct
{
  GString *out;
  guint    depth;        /* open objects and arrays */
  guint    flat_depth;   /* how many of them are being written on one line */
  gboolean empty;        /* nothing written yet in the innermost one */
} Writer;

static void
append_quoted (GString    *out,
               const char *str)
{
  g_autofree char *valid = NULL;

  /* The model holds UTF-8, but a file that does not read back is the worst outcome of a save:
   * never write bytes the reader would refuse. */
  if (!g_utf8_validate (str, -1, NULL))
    str = valid = g_utf8_make_valid (str, -1);

  g_string_append_c (out, '"');
  for (const char *p = str; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

/* Writes the shortest decimal that reads back as exactly @value, so that positions and
 * confidences survive any number of load-save cycles and 0.1 stays "0.1". */
static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[16];
  int precision, exponent;

  g_assert (isfinite (value));

  /* "-0" would read back as the integer 0. */
  if (value == 0.0)
    {
      g_string_append (out, signbit (value) ? "-0.0" : "0");
      return;
    }

  /* Seventeen significant digits always suffice. */
  for (precision = 1; ; precision++)
    {
      g_snprintf (format, sizeof format, "%%.%de", precision - 1);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (precision == 17 || g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  /* The same digits without an exponent where that reads better: 40 rather than 4e+01. The
   * bound keeps integers below 2^63, which the parser reads as 64-bit integers. */
  exponent = atoi (strchr (buffer, 'e') + 1);
  if (exponent >= -5 && exponent < 17)
    {
      g_snprintf (format, sizeof format, "%%.%df", MAX (0, precision - 1 - exponent));
      g_ascii_formatd (buffer, sizeof buffer, format, value);
    }

  g_string_append (out, buffer);
}

static void
writer_begin_value (Writer     *self,
                    const char *key)
{
  if (self->depth > 0)
    {
      if (self->flat_depth > 0)
        {
          if (!self->empty)
            g_string_append (self->out, ", ");
        }
      else
        {
          g_string_append (self->out, self->empty ? "\n" : ",\n");
          g_string_append_printf (self->out, "%*s", (int) self->depth * 2, "");
        }

      if (key != NULL)
        {
          append_quoted (self->out, key);
          g_string_append (self->out, ": ");
        }
    }

  self->empty = FALSE;
}

/* Short things, a span or a position, go on one line: one changed value is one changed line. */
static void
writer_open (Writer     *self,
             const char *key,
             char        bracket,
             gboolean    flat)
{
  writer_begin_value (self, key);
  g_string_append_c (self->out, bracket);
  self->depth++;
  if (flat || self->flat_depth > 0)
    self->flat_depth++;
  self->empty = TRUE;
}

static void
writer_close (Writer *self,
              char    bracket)
{
  g_assert (self->depth > 0);

  self->depth--;
  if (self->flat_depth > 0)
    {
      self->flat_depth--;
    }
  else if (!self->empty)
    {
      g_string_append_c (self->out, '\n');
      g_string_append_printf (self->out, "%*s", (int) self->depth * 2, "");
    }
  g_string_append_c (self->out, bracket);
  self->empty = FALSE;
}

static void
writer_string (Writer     *self,
               const char *key,
               const char *value)
{
  writer_begin_value (self, key);
  append_quoted (self->out, value);
}

/* Optional strings are left out when unset or empty. */
static void
writer_optional_string (Writer     *self,
                        const char *key,
                        const char *value)
{
  if (nonempty (value) != NULL)
    writer_string (self, key, value);
}

static void
writer_number (Writer     *self,
               const char *key,
               double      value)
{
  writer_begin_value (self, key);
  append_number (self->out, value);
}

static void
writer_uint (Writer     *self,
             const char *key,
             guint       value)
{
  writer_begin_value (self, key);
  g_string_append_printf (self->out, "%u", value);
}

static void
writer_boolean (Writer     *self,
                const char *key,
                gboolean    value)
{
  writer_begin_value (self, key);
  g_string_append (self->out, value ? "true" : "false");
}

static void
write_span (Writer            *self,
            const LiaisonSpan *span)
{
  writer_open (self, NULL, '{', TRUE);
  writer_string (self, "article", span->article_id);
  writer_uint (self, "start", span->start);
  writer_uint (self, "end", span->end);
  writer_optional_string (self, "text", span->text);
  writer_close (self, '}');
}

static void
write_article (Writer  *self,
               GObject *item)
{
  LiaisonArticle *article = LIAISON_ARTICLE (item);

  writer_open (self, NULL, '{', FALSE);
  writer_string (self, "id", liaison_article_get_id (article));
  writer_optional_string (self, "title", liaison_article_get_title (article));
  writer_optional_string (self, "date", liaison_article_get_date (article));
  writer_optional_string (self, "source", liaison_article_get_source (article));
  writer_string (self, "text", liaison_article_get_text (article));
  writer_close (self, '}');
}

static void
write_actor (Writer  *self,
             GObject *item)
{
  LiaisonActor *actor = LIAISON_ACTOR (item);
  const char * const *aliases = liaison_actor_get_aliases (actor);
  guint n_mentions = liaison_actor_get_n_mentions (actor);
  guint n_quotes = liaison_actor_get_n_quotes (actor);

  writer_open (self, NULL, '{', FALSE);
  writer_string (self, "id", liaison_actor_get_id (actor));
  writer_string (self, "name", liaison_actor_get_name (actor));
  writer_string (self, "kind", liaison_actor_kind_to_string (liaison_actor_get_kind (actor)));
  writer_optional_string (self, "role", liaison_actor_get_role (actor));

  if (aliases[0] != NULL)
    {
      writer_open (self, "aliases", '[', TRUE);
      for (guint i = 0; aliases[i] != NULL; i++)
        writer_string (self, NULL, aliases[i]);
      writer_close (self, ']');
    }

  if (n_mentions > 0)
    {
      writer_open (self, "mentions", '[', FALSE);
      for (guint i = 0; i < n_mentions; i++)
        write_span (self, liaison_actor_get_mention (actor, i));
      writer_close (self, ']');
    }

  if (n_quotes > 0)
    {
      writer_open (self, "quotes", '[', FALSE);
      for (guint i = 0; i < n_quotes; i++)
        write_span (self, liaison_actor_get_quote (actor, i));
      writer_close (self, ']');
    }

  writer_optional_string (self, "notes", liaison_actor_get_notes (actor));
  /* Only corrected actors say so: an extracted one is the default. */
  if (liaison_actor_get_origin (actor) == LIAISON_ORIGIN_USER)
    writer_string (self, "origin", liaison_origin_to_string (LIAISON_ORIGIN_USER));
  writer_close (self, '}');
}

static void
write_relation (Writer  *self,
                GObject *item)
{
  LiaisonRelation *relation = LIAISON_RELATION (item);
  guint n_evidence = liaison_relation_get_n_evidence (relation);

  writer_open (self, NULL, '{', FALSE);
  writer_string (self, "id", liaison_relation_get_id (relation));
  writer_string (self, "source", liaison_actor_get_id (liaison_relation_get_source (relation)));
  writer_string (self, "target", liaison_actor_get_id (liaison_relation_get_target (relation)));
  writer_string (self, "kind",
                 liaison_relation_kind_to_string (liaison_relation_get_kind (relation)));
  writer_optional_string (self, "label", liaison_relation_get_label (relation));
  writer_number (self, "confidence", liaison_relation_get_confidence (relation));
  writer_string (self, "origin", liaison_origin_to_string (liaison_relation_get_origin (relation)));

  if (n_evidence > 0)
    {
      writer_open (self, "evidence", '[', FALSE);
      for (guint i = 0; i < n_evidence; i++)
        write_span (self, liaison_relation_get_evidence (relation, i));
      writer_close (self, ']');
    }

  writer_close (self, '}');
}

typedef void (*WriteItemFunc) (Writer  *self,
                               GObject *item);

static void
write_list (Writer        *self,
            const char    *key,
            GListModel    *model,
            WriteItemFunc  write_item)
{
  guint n = g_list_model_get_n_items (model);

  /* Written even when empty: readers of the format may count on every list being there. */
  writer_open (self, key, '[', FALSE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      write_item (self, item);
    }
  writer_close (self, ']');
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
write_layout (Writer          *self,
              LiaisonDocument *doc)
{
  GListModel *actors = liaison_document_get_actors (doc);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);
      const char *id = liaison_actor_get_id (actor);

      /* Borrowed: the document holds the actor, and with it the id, until we return. */
      if (liaison_document_get_position (doc, id, NULL, NULL, NULL))
        g_ptr_array_add (ids, (gpointer) id);
    }

  if (ids->len == 0)
    return;

  /* Sorted by id rather than in actor order, so that the layout section of two versions of a
   * document lines up in a diff even when actors were added or removed. */
  g_ptr_array_sort (ids, compare_strings);

  writer_open (self, "layout", '{', FALSE);
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      gboolean pinned;
      double x, y;

      liaison_document_get_position (doc, id, &x, &y, &pinned);

      writer_open (self, id, '{', TRUE);
      writer_number (self, "x", x);
      writer_number (self, "y", y);
      writer_boolean (self, "pinned", pinned);
      writer_close (self, '}');
    }
  writer_close (self, '}');
}

static void
write_view (Writer          *self,
            LiaisonDocument *doc)
{
  gboolean any_hidden = FALSE;
  double x, y;

  liaison_document_get_center (doc, &x, &y);

  writer_open (self, "view", '{', FALSE);
  writer_number (self, "zoom", liaison_document_get_zoom (doc));

  writer_open (self, "center", '[', TRUE);
  writer_number (self, NULL, x);
  writer_number (self, NULL, y);
  writer_close (self, ']');

  for (LiaisonActorKind kind = 0; kind < LIAISON_N_ACTOR_KINDS; kind++)
    {
      if (!liaison_document_get_kind_hidden (doc, kind))
        continue;

      if (!any_hidden)
        writer_open (self, "hidden_kinds", '[', TRUE);
      any_hidden = TRUE;
      writer_string (self, NULL, liaison_actor_kind_to_string (kind));
    }
  if (any_hidden)
    writer_close (self, ']');

  writer_close (self, '}');
}

/* What the user deleted, by name, so that extracting again leaves it out. */
static void
write_dismissed (Writer          *self,
                 LiaisonDocument *doc)
{
  GPtrArray *actors = liaison_document_get_dismissed_actors (doc);
  GPtrArray *relations = liaison_document_get_dismissed_relations (doc);

  if (actors->len == 0 && relations->len == 0)
    return;

  writer_open (self, "dismissed", '{', FALSE);
  if (actors->len > 0)
    {
      writer_open (self, "actors", '[', TRUE);
      for (guint i = 0; i < actors->len; i++)
        writer_string (self, NULL, g_ptr_array_index (actors, i));
      writer_close (self, ']');
    }
  if (relations->len > 0)
    {
      writer_open (self, "relations", '[', FALSE);
      for (guint i = 0; i < relations->len; i++)
        {
          LiaisonDismissedRelation *relation = g_ptr_array_index (relations, i);

          writer_open (self, NULL, '{', TRUE);
          writer_string (self, "source", relation->source);
          writer_string (self, "kind", liaison_relation_kind_to_string (relation->kind));
          writer_string (self, "target", relation->target);
          writer_close (self, '}');
        }
      writer_close (self, ']');
    }
  writer_close (self, '}');
}

/**
 * liaison_document_save_to_data:
 * @doc: a #LiaisonDocument
 * @length: (out) (optional): return location for the length of the data in bytes
 *
 * Writes @doc in the .liaison format. The same document always gives the same bytes: members
 * in a fixed order, lists in document order, the layout sorted by actor id, numbers in their
 * shortest exact form, two-space indentation and a final newline.
 *
 * Returns: (transfer full): the file's contents, nul-terminated
 */
char *
liaison_document_save_to_data (LiaisonDocument *doc,
                               gsize           *length)
{
  Writer writer = { NULL, 0, 0, TRUE };

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (doc), NULL);

  writer.out = g_string_new (NULL);

  writer_open (&writer, NULL, '{', FALSE);
  writer_string (&writer, "format", LIAISON_DOCUMENT_FORMAT);
  write_list (&writer, "articles", liaison_document_get_articles (doc),
              write_article);
  write_list (&writer, "actors", liaison_document_get_actors (doc),
              write_actor);
  write_list (&writer, "relations", liaison_document_get_relations (doc),
              write_relation);
  write_layout (&writer, doc);
  write_view (&writer, doc);
  write_dismissed (&writer, doc);
  writer_close (&writer, '}');
  g_string_append_c (writer.out, '\n');

  g_assert (writer.depth == 0);

  if (length != NULL)
    *length = writer.out->len;

  return g_string_free (writer.out, FALSE);
}

/**
 * liaison_document_save_to_file:
 * @doc: a #LiaisonDocument
 * @file: where to save
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GIOError
 *
 * Saves @doc to @file, keeping the previous version as "@file~". The file is replaced
 * atomically: a reader, or a crash, sees the old contents or the new, never a mix. When @file
 * is a symbolic link, the file it leads to is replaced in the same way, and the backup is made
 * beside that file: the link stays as it is. On error, @file is left as it was. Blocks: run it
 * in a thread from the UI.
 *
 * Returns: %TRUE if saved
 */
gboolean
liaison_document_save_to_file (LiaisonDocument  *doc,
                               GFile            *file,
                               GCancellable     *cancellable,
                               GError          **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = liaison_document_save_to_data (doc, &length);

  /* For an existing file, GLib writes a temporary file next to it, syncs it and renames it
   * over the old one, after linking the old one to "file~", keeping the file's permissions (a
   * document about people may well be private). A file with several hard links is still
   * rewritten in place, so that it stays one file. */
  return liaison_file_write_atomically (file, data, length, TRUE, cancellable, error);
}
