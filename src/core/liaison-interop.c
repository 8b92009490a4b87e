/* liaison-interop.c — exchanging documents with graph tools: GraphML, GEXF, DOT and CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-interop"

#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlversion.h>

#include "liaison-interop.h"

/* .liaison files keep everything Liaison knows; these formats hand the graph to Gephi, yEd,
 * Cytoscape, Graphviz or a spreadsheet, and take graphs from them.
 *
 * Exports are built in memory and written in one go: a document fits in memory anyway, and a
 * failed write then never leaves half a graph that looks complete. They follow document order
 * and carry no timestamps, so the same document always gives the same bytes. (Edge labels fall
 * back to the relation kind's label, which is translated: the same document in another locale
 * gives other labels, as the user would expect.)
 *
 * Positions: Liaison's canvas has y pointing down, Gephi, the main reader of GEXF positions
 * and of GraphML "x"/"y" data, has y pointing up. Both exports negate y so that the picture is
 * not mirrored, and imports negate it back. yEd's own geometry is y-down and read as it is.
 *
 * Imports parse XML with libxml2 without network access and without loading DTDs, and refuse
 * any document that declares an entity: a hostile file can then neither make us read local
 * files (external entities) nor exhaust memory with nested expansions ("billion laughs").
 * Relations read from foreign files are the user's (LIAISON_ORIGIN_USER) unless the file says
 * otherwise, as Liaison's own exports do. */

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define GEXF_NS    "http://gexf.net/1.3"
#define GEXF_VIZ_NS "http://gexf.net/1.3/viz"

/* A plain link in a foreign graph says only that two actors are connected; "cooperates with"
 * is the kind that claims least beyond that. It is symmetric, so a foreign edge's direction is
 * not kept unless the file names a directed kind. */
#define DEFAULT_RELATION_KIND LIAISON_RELATION_KIND_COOPERATES_WITH

/* Foreign nodes are most often organisations or people; "organization" is the neutral choice,
 * and the user corrects kinds in the side panel. */
#define DEFAULT_ACTOR_KIND LIAISON_ACTOR_KIND_ORGANIZATION

/* One colour per actor kind, from the GNOME palette, for GEXF's viz:color and DOT's node
 * colours. They differ in lightness as well as in hue, so that they stay apart for the common
 * kinds of colour blindness, and every node also carries its kind as data and (in DOT) as a
 * shape: colour is never the only cue. Places are a neutral grey rather than a second green,
 * which would be hard to tell from programmes. */
static const struct
{
  guint32     rgb;
  const char *shape;  /* Graphviz node shape */
} kind_styles[LIAISON_N_ACTOR_KINDS] = {
  [LIAISON_ACTOR_KIND_COUNTRY]      = { 0x3584e4, "hexagon" },    /* Blue 3 */
  [LIAISON_ACTOR_KIND_PERSON]       = { 0xe66100, "ellipse" },    /* Orange 5 */
  [LIAISON_ACTOR_KIND_ORGANIZATION] = { 0x9141ac, "box" },        /* Purple 3 */
  [LIAISON_ACTOR_KIND_PROGRAMME]    = { 0x2ec27e, "component" },  /* Green 4 */
  [LIAISON_ACTOR_KIND_SECTOR]       = { 0xc88800, "folder" },     /* dark yellow */
  [LIAISON_ACTOR_KIND_PLACE]        = { 0x77767b, "house" },      /* Dark 1 */
};

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/**
 * liaison_graph_format_from_extension:
 * @filename: a file name, path or URI
 * @format: (out): where to store the format
 *
 * Returns: %TRUE if @filename ends in .graphml, .gexf, .dot, .gv or .csv (in any case)
 */
gboolean
liaison_graph_format_from_extension (const char         *filename,
                                     LiaisonGraphFormat *format)
{
  static const struct {
    const char         *extension;
    LiaisonGraphFormat  format;
  } extensions[] = {
    { ".graphml", LIAISON_GRAPH_FORMAT_GRAPHML },
    { ".gexf", LIAISON_GRAPH_FORMAT_GEXF },
    { ".dot", LIAISON_GRAPH_FORMAT_DOT },
    { ".gv", LIAISON_GRAPH_FORMAT_DOT },
    { ".csv", LIAISON_GRAPH_FORMAT_CSV },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  lower = g_ascii_strdown (filename, -1);
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      if (g_str_has_suffix (lower, extensions[i].extension))
        {
          *format = extensions[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

/* Writing: text helpers */

static gboolean
format_double_with (char   *buf,
                    int     precision,
                    double  value)
{
  char format[8];

  g_snprintf (format, sizeof format, "%%.%dg", precision);
  g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, format, value);

  return g_ascii_strtod (buf, NULL) == value;
}

/* The shortest text that reads back as the same double, so that positions round-trip exactly
 * and stay readable: "12.5", not "12.5000000000000000". Whole numbers below 10¹⁵ are written
 * out ("100", not "1e+02"); they are exact in a double. @buf holds G_ASCII_DTOSTR_BUF_SIZE. */
static void
format_double (char   *buf,
               double  value)
{
  int precision = 1;

  g_assert (isfinite (value));

  if (value == 0.0)
    value = 0.0;  /* never "-0" */

  while (precision < 17 && !format_double_with (buf, precision, value))
    precision++;

  if (precision == 17)
    format_double_with (buf, precision, value);

  if (fabs (value) >= 1.0 && fabs (value) < 1e15)
    {
      while (strchr (buf, 'e') != NULL && precision < 17)
        format_double_with (buf, ++precision, value);
    }
}

static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD ||
         (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

/* Escapes @text for XML character data or a double-quoted attribute. Line breaks and tabs in
 * attributes become character references, which survive attribute-value normalisation; a
 * carriage return is always one, which survives line-end normalisation. Characters XML 1.0
 * cannot carry at all (most C0 controls) are dropped, and invalid UTF-8 is repaired. */
static void
append_xml (GString    *out,
            const char *text,
            gboolean    attribute)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;

        case '<':
          g_string_append (out, "&lt;");
          break;

        case '>':
          g_string_append (out, "&gt;");
          break;

        case '"':
          g_string_append (out, attribute ? "&quot;" : "\"");
          break;

        case '\n':
          g_string_append (out, attribute ? "&#10;" : "\n");
          break;

        case '\t':
          g_string_append (out, attribute ? "&#9;" : "\t");
          break;

        case '\r':
          g_string_append (out, "&#13;");
          break;

        default:
          if (is_xml_char (c))
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
}

static void
append_xml_attribute (GString    *out,
                      const char *name,
                      const char *value)
{
  g_string_append_printf (out, " %s=\"", name);
  append_xml (out, value, TRUE);
  g_string_append_c (out, '"');
}

/* A DOT double-quoted string. Inside one only \" is an escape for the parser, but Graphviz
 * reads backslashes again in labels ("\n", "\l", "\N"...), so a literal backslash is written
 * "\\", which also keeps a trailing backslash from escaping the closing quote. Ids are escaped
 * the same way everywhere they appear, so they still match. */
static void
append_dot_string (GString    *out,
                   const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (const char *p = valid; *p != '\0'; p++)
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

        case '\t':
          g_string_append_c (out, ' ');
          break;

        default:
          /* Other controls, "\r" included, have no meaning in a label. */
          if ((guchar) *p >= 0x20 && *p != 0x7f)
            g_string_append_c (out, *p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

/* RFC 4180: a field with a comma, a quote or a line break is quoted and its quotes doubled.
 * Fields with leading or trailing spaces are quoted too, since many readers trim bare ones. */
static void
append_csv_field (GString    *out,
                  const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  gsize length = strlen (valid);

  if (strpbrk (valid, ",\"\r\n") == NULL &&
      (length == 0 || (!g_ascii_isspace (valid[0]) && !g_ascii_isspace (valid[length - 1]))))
    {
      g_string_append (out, valid);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Writing: what the formats share */

static char *
dup_aliases (LiaisonActor *actor)
{
  const char * const *aliases = liaison_actor_get_aliases (actor);

  if (aliases[0] == NULL)
    return NULL;

  return g_strjoinv ("; ", (char **) aliases);
}

/* The evidence sentences, one per line. */
static char *
dup_evidence (LiaisonRelation *relation)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < liaison_relation_get_n_evidence (relation); i++)
    {
      const LiaisonSpan *span = liaison_relation_get_evidence (relation, i);

      if (span->text == NULL || *span->text == '\0')
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, span->text);
    }

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }

  return g_string_free (text, FALSE);
}

/* What tools show on an edge: the relation's own words, or else its kind's. */
static const char *
relation_display_label (LiaisonRelation *relation)
{
  const char *label = liaison_relation_get_label (relation);

  if (label != NULL && *label != '\0')
    return label;

  return liaison_relation_kind_get_label (liaison_relation_get_kind (relation));
}

/* Tools weigh edges; ours weigh as much as the sentences that support them, at least 1. */
static guint
relation_weight (LiaisonRelation *relation)
{
  return MAX (1, liaison_relation_get_n_evidence (relation));
}

/* The title of the first article that has one: what the graph is about. */
static char *
dup_title (LiaisonDocument *doc)
{
  GListModel *articles = liaison_document_get_articles (doc);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, i);
      const char *title = liaison_article_get_title (article);

      if (title != NULL && *title != '\0')
        return g_strdup (title);
    }

  return NULL;
}

/* The date of the newest article: the only "last modified" date that does not change each
 * time the same document is exported. */
static char *
dup_newest_date (LiaisonDocument *doc)
{
  GListModel *articles = liaison_document_get_articles (doc);
  const char *newest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, i);
      const char *date = liaison_article_get_date (article);

      /* ISO dates sort as strings. */
      if (date != NULL && liaison_iso_date_is_valid (date) && g_strcmp0 (date, newest) > 0)
        newest = date;
    }

  return g_strdup (newest);
}

/* Positions as tools expect them: y up (see the top of this file). */
static gboolean
get_export_position (LiaisonDocument *doc,
                     LiaisonActor    *actor,
                     double          *x,
                     double          *y)
{
  if (!liaison_document_get_position (doc, liaison_actor_get_id (actor), x, y, NULL))
    return FALSE;

  *y = -*y;
  return TRUE;
}

/* GraphML */

static const struct
{
  const char *id;
  const char *domain;
  const char *name;
  const char *type;
} graphml_keys[] = {
  /* Gephi takes a node key named "label" as the node's label, Cytoscape shows "name". */
  { "label", "node", "label", "string" },
  { "name", "node", "name", "string" },
  { "kind", "node", "kind", "string" },
  { "role", "node", "role", "string" },
  { "aliases", "node", "aliases", "string" },
  { "notes", "node", "notes", "string" },
  { "mentions", "node", "mentions", "int" },
  { "x", "node", "x", "double" },
  { "y", "node", "y", "double" },
  { "edge-label", "edge", "label", "string" },
  { "edge-kind", "edge", "kind", "string" },
  { "confidence", "edge", "confidence", "double" },
  { "origin", "edge", "origin", "string" },
  { "evidence", "edge", "evidence", "string" },
  { "weight", "edge", "weight", "double" },
};

static void
graphml_data (GString    *out,
              const char *key,
              const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  g_string_append_printf (out, "      <data key=\"%s\">", key);
  append_xml (out, value, FALSE);
  g_string_append (out, "</data>\n");
}

static void
graphml_data_double (GString    *out,
                     const char *key,
                     double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  format_double (buf, value);
  graphml_data (out, key, buf);
}

static void
write_graphml (LiaisonDocument *doc,
               GString         *out)
{
  GListModel *actors = liaison_document_get_actors (doc);
  GListModel *relations = liaison_document_get_relations (doc);
  g_autofree char *title = dup_title (doc);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<graphml xmlns=\"" GRAPHML_NS "\"\n"
                   "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                   "         xsi:schemaLocation=\"" GRAPHML_NS " "
                   GRAPHML_NS "/1.0/graphml.xsd\">\n");

  for (guint i = 0; i < G_N_ELEMENTS (graphml_keys); i++)
    g_string_append_printf (out,
                            "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                            graphml_keys[i].id, graphml_keys[i].domain,
                            graphml_keys[i].name, graphml_keys[i].type);

  g_string_append (out, "  <graph id=\"G\" edgedefault=\"directed\">\n");
  if (title != NULL)
    {
      g_string_append (out, "    <desc>");
      append_xml (out, title, FALSE);
      g_string_append (out, "</desc>\n");
    }

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);
      g_autofree char *aliases = dup_aliases (actor);
      char mentions[16];
      double x, y;

      g_string_append (out, "    <node");
      append_xml_attribute (out, "id", liaison_actor_get_id (actor));
      g_string_append (out, ">\n");

      graphml_data (out, "label", liaison_actor_get_name (actor));
      graphml_data (out, "name", liaison_actor_get_name (actor));
      graphml_data (out, "kind", liaison_actor_kind_to_string (liaison_actor_get_kind (actor)));
      graphml_data (out, "role", liaison_actor_get_role (actor));
      graphml_data (out, "aliases", aliases);
      graphml_data (out, "notes", liaison_actor_get_notes (actor));
      g_snprintf (mentions, sizeof mentions, "%u", liaison_actor_get_n_mentions (actor));
      graphml_data (out, "mentions", mentions);
      if (get_export_position (doc, actor, &x, &y))
        {
          graphml_data_double (out, "x", x);
          graphml_data_double (out, "y", y);
        }

      g_string_append (out, "    </node>\n");
    }

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(LiaisonRelation) relation = g_list_model_get_item (relations, i);
      g_autofree char *evidence = dup_evidence (relation);
      LiaisonRelationKind kind = liaison_relation_get_kind (relation);

      g_string_append (out, "    <edge");
      append_xml_attribute (out, "id", liaison_relation_get_id (relation));
      append_xml_attribute (out, "source",
                            liaison_actor_get_id (liaison_relation_get_source (relation)));
      append_xml_attribute (out, "target",
                            liaison_actor_get_id (liaison_relation_get_target (relation)));
      if (liaison_relation_kind_is_symmetric (kind))
        g_string_append (out, " directed=\"false\"");
      g_string_append (out, ">\n");

      graphml_data (out, "edge-label", relation_display_label (relation));
      graphml_data (out, "edge-kind", liaison_relation_kind_to_string (kind));
      graphml_data_double (out, "confidence", liaison_relation_get_confidence (relation));
      graphml_data (out, "origin",
                    liaison_origin_to_string (liaison_relation_get_origin (relation)));
      graphml_data (out, "evidence", evidence);
      graphml_data_double (out, "weight", relation_weight (relation));

      g_string_append (out, "    </edge>\n");
    }

  g_string_append (out, "  </graph>\n</graphml>\n");
}

/* GEXF 1.3 */

typedef struct
{
  const char *id;
  const char *title;
  const char *type;
} GexfAttribute;

static const GexfAttribute gexf_node_attributes[] = {
  { "kind", "kind", "string" },
  { "role", "role", "string" },
  { "aliases", "aliases", "string" },
  { "notes", "notes", "string" },
  { "mentions", "mentions", "integer" },
};

static const GexfAttribute gexf_edge_attributes[] = {
  { "edge-kind", "kind", "string" },
  { "confidence", "confidence", "double" },
  { "origin", "origin", "string" },
  { "evidence", "evidence", "string" },
};

static void
gexf_attvalue (GString    *out,
               const char *id,
               const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  g_string_append_printf (out, "          <attvalue for=\"%s\"", id);
  append_xml_attribute (out, "value", value);
  g_string_append (out, "/>\n");
}

static void
gexf_attributes (GString             *out,
                 const char          *klass,
                 const GexfAttribute *attributes,
                 guint                n_attributes)
{
  g_string_append_printf (out, "    <attributes class=\"%s\">\n", klass);
  for (guint i = 0; i < n_attributes; i++)
    g_string_append_printf (out, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n",
                            attributes[i].id, attributes[i].title, attributes[i].type);
  g_string_append (out, "    </attributes>\n");
}

/* Node sizes grow with the square root of the degree, so that hubs stand out without
 * swallowing their neighbours. */
static double
gexf_node_size (guint degree)
{
  return round ((10.0 + 4.0 * sqrt (degree)) * 100.0) / 100.0;
}

static void
write_gexf (LiaisonDocument *doc,
            GString         *out)
{
  GListModel *actors = liaison_document_get_actors (doc);
  GListModel *relations = liaison_document_get_relations (doc);
  guint n_actors = g_list_model_get_n_items (actors);
  guint n_relations = g_list_model_get_n_items (relations);
  g_autoptr(GHashTable) degrees = g_hash_table_new (NULL, NULL);
  g_autofree char *title = dup_title (doc);
  g_autofree char *date = dup_newest_date (doc);

  for (guint i = 0; i < n_relations; i++)
    {
      g_autoptr(LiaisonRelation) relation = g_list_model_get_item (relations, i);
      LiaisonActor *ends[2] = { liaison_relation_get_source (relation),
                                liaison_relation_get_target (relation) };

      for (guint e = 0; e < 2; e++)
        {
          guint degree = GPOINTER_TO_UINT (g_hash_table_lookup (degrees, ends[e]));

          g_hash_table_insert (degrees, ends[e], GUINT_TO_POINTER (degree + 1));
        }
    }

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<gexf xmlns=\"" GEXF_NS "\"\n"
                   "      xmlns:viz=\"" GEXF_VIZ_NS "\"\n"
                   "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                   "      xsi:schemaLocation=\"" GEXF_NS " " GEXF_NS "/gexf.xsd\"\n"
                   "      version=\"1.3\">\n");

  g_string_append (out, "  <meta");
  if (date != NULL)
    append_xml_attribute (out, "lastmodifieddate", date);
  g_string_append (out, ">\n    <creator>Liaison</creator>\n");
  if (title != NULL)
    {
      g_string_append (out, "    <description>");
      append_xml (out, title, FALSE);
      g_string_append (out, "</description>\n");
    }
  g_string_append (out, "  </meta>\n");

  g_string_append (out, "  <graph defaultedgetype=\"directed\" mode=\"static\">\n");

  gexf_attributes (out, "node", gexf_node_attributes, G_N_ELEMENTS (gexf_node_attributes));
  gexf_attributes (out, "edge", gexf_edge_attributes, G_N_ELEMENTS (gexf_edge_attributes));

  g_string_append_printf (out, "    <nodes count=\"%u\">\n", n_actors);
  for (guint i = 0; i < n_actors; i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);
      LiaisonActorKind kind = liaison_actor_get_kind (actor);
      g_autofree char *aliases = dup_aliases (actor);
      guint32 rgb = kind_styles[kind].rgb;
      char mentions[16];
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      double x, y;

      g_string_append (out, "      <node");
      append_xml_attribute (out, "id", liaison_actor_get_id (actor));
      append_xml_attribute (out, "label", liaison_actor_get_name (actor));
      g_string_append (out, ">\n        <attvalues>\n");
      gexf_attvalue (out, "kind", liaison_actor_kind_to_string (kind));
      gexf_attvalue (out, "role", liaison_actor_get_role (actor));
      gexf_attvalue (out, "aliases", aliases);
      gexf_attvalue (out, "notes", liaison_actor_get_notes (actor));
      g_snprintf (mentions, sizeof mentions, "%u", liaison_actor_get_n_mentions (actor));
      gexf_attvalue (out, "mentions", mentions);
      g_string_append (out, "        </attvalues>\n");

      g_string_append_printf (out, "        <viz:color r=\"%u\" g=\"%u\" b=\"%u\"/>\n",
                              (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
      if (get_export_position (doc, actor, &x, &y))
        {
          format_double (buf, x);
          g_string_append_printf (out, "        <viz:position x=\"%s\"", buf);
          format_double (buf, y);
          g_string_append_printf (out, " y=\"%s\" z=\"0\"/>\n", buf);
        }
      format_double (buf, gexf_node_size (GPOINTER_TO_UINT (g_hash_table_lookup (degrees,
                                                                                   actor))));
      g_string_append_printf (out, "        <viz:size value=\"%s\"/>\n", buf);

      g_string_append (out, "      </node>\n");
    }
  g_string_append (out, "    </nodes>\n");

  g_string_append_printf (out, "    <edges count=\"%u\">\n", n_relations);
  for (guint i = 0; i < n_relations; i++)
    {
      g_autoptr(LiaisonRelation) relation = g_list_model_get_item (relations, i);
      LiaisonRelationKind kind = liaison_relation_get_kind (relation);
      g_autofree char *evidence = dup_evidence (relation);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (out, "      <edge");
      append_xml_attribute (out, "id", liaison_relation_get_id (relation));
      append_xml_attribute (out, "source",
                            liaison_actor_get_id (liaison_relation_get_source (relation)));
      append_xml_attribute (out, "target",
                            liaison_actor_get_id (liaison_relation_get_target (relation)));
      append_xml_attribute (out, "label", relation_display_label (relation));
      /* GEXF's own "kind" tells parallel edges apart; Gephi shows it as the edge type. */
      append_xml_attribute (out, "kind", liaison_relation_kind_to_string (kind));
      if (liaison_relation_kind_is_symmetric (kind))
        g_string_append (out, " type=\"undirected\"");
      g_string_append_printf (out, " weight=\"%u\">\n", relation_weight (relation));

      g_string_append (out, "        <attvalues>\n");
      gexf_attvalue (out, "edge-kind", liaison_relation_kind_to_string (kind));
      format_double (buf, liaison_relation_get_confidence (relation));
      gexf_attvalue (out, "confidence", buf);
      gexf_attvalue (out, "origin",
                     liaison_origin_to_string (liaison_relation_get_origin (relation)));
      gexf_attvalue (out, "evidence", evidence);
      g_string_append (out, "        </attvalues>\n");

      g_string_append (out, "      </edge>\n");
    }
  g_string_append (out, "    </edges>\n");

  g_string_append (out, "  </graph>\n</gexf>\n");
}

/* DOT */

static void
write_dot (LiaisonDocument *doc,
           GString         *out)
{
  GListModel *actors = liaison_document_get_actors (doc);
  GListModel *relations = liaison_document_get_relations (doc);
  g_autofree char *title = dup_title (doc);

  g_string_append (out, "digraph ");
  append_dot_string (out, title != NULL ? title : "Liaison");
  g_string_append (out, " {\n  node [style=\"filled\"];\n");

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);
      LiaisonActorKind kind = liaison_actor_get_kind (actor);

      g_string_append (out, "  ");
      append_dot_string (out, liaison_actor_get_id (actor));
      g_string_append (out, " [label=");
      append_dot_string (out, liaison_actor_get_name (actor));
      /* A light tint of the kind's colour behind black text reads well for every kind, a full
       * fill would not (dark yellow behind white text is hard to read). */
      g_string_append_printf (out,
                              ", shape=\"%s\", color=\"#%06x\", fillcolor=\"#%06x33\"];\n",
                              kind_styles[kind].shape,
                              (guint) kind_styles[kind].rgb, (guint) kind_styles[kind].rgb);
    }

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(LiaisonRelation) relation = g_list_model_get_item (relations, i);

      g_string_append (out, "  ");
      append_dot_string (out, liaison_actor_get_id (liaison_relation_get_source (relation)));
      g_string_append (out, " -> ");
      append_dot_string (out, liaison_actor_get_id (liaison_relation_get_target (relation)));
      g_string_append (out, " [label=");
      append_dot_string (out, relation_display_label (relation));
      if (liaison_relation_is_symmetric (relation))
        g_string_append (out, ", dir=\"none\"");
      g_string_append (out, "];\n");
    }

  g_string_append (out, "}\n");
}

/* CSV, as Gephi's spreadsheet import reads it */

static void
write_csv (LiaisonDocument *doc,
           GString         *nodes,
           GString         *edges)
{
  GListModel *actors = liaison_document_get_actors (doc);
  GListModel *relations = liaison_document_get_relations (doc);

  g_string_append (nodes, "Id,Label,Kind,Role,Aliases\r\n");
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);
      g_autofree char *aliases = dup_aliases (actor);

      append_csv_field (nodes, liaison_actor_get_id (actor));
      g_string_append_c (nodes, ',');
      append_csv_field (nodes, liaison_actor_get_name (actor));
      g_string_append_c (nodes, ',');
      append_csv_field (nodes, liaison_actor_kind_to_string (liaison_actor_get_kind (actor)));
      g_string_append_c (nodes, ',');
      append_csv_field (nodes, liaison_actor_get_role (actor));
      g_string_append_c (nodes, ',');
      append_csv_field (nodes, aliases);
      g_string_append (nodes, "\r\n");
    }

  g_string_append (edges, "Source,Target,Type,Id,Label,Kind,Weight\r\n");
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(LiaisonRelation) relation = g_list_model_get_item (relations, i);

      append_csv_field (edges, liaison_actor_get_id (liaison_relation_get_source (relation)));
      g_string_append_c (edges, ',');
      append_csv_field (edges, liaison_actor_get_id (liaison_relation_get_target (relation)));
      g_string_append (edges, liaison_relation_is_symmetric (relation) ? ",Undirected,"
                                                                       : ",Directed,");
      append_csv_field (edges, liaison_relation_get_id (relation));
      g_string_append_c (edges, ',');
      append_csv_field (edges, relation_display_label (relation));
      g_string_append_c (edges, ',');
      append_csv_field (edges,
                        liaison_relation_kind_to_string (liaison_relation_get_kind (relation)));
      g_string_append_printf (edges, ",%u\r\n", relation_weight (relation));
    }
}

static gboolean
write_string (GOutputStream  *stream,
              GString        *text,
              GCancellable   *cancellable,
              GError        **error)
{
  return g_output_stream_write_all (stream, text->str, text->len, NULL, cancellable, error);
}

/**
 * liaison_export_graph:
 * @doc: a #LiaisonDocument
 * @format: the format to write
 * @stream: where to write the graph, or for %LIAISON_GRAPH_FORMAT_CSV its nodes
 * @edges_stream: (nullable): for %LIAISON_GRAPH_FORMAT_CSV, where to write the edges; %NULL
 *   for the other formats
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an I/O error
 *
 * Writes @doc for graph tools: GraphML for yEd, Cytoscape and Gephi, GEXF 1.3 for Gephi, DOT
 * for Graphviz, or two CSV tables (nodes.csv with Id,Label,Kind,Role,Aliases and edges.csv
 * with Source,Target,Type,Id,Label,Kind,Weight) for Gephi's spreadsheet import. The same
 * document always gives the same bytes. The streams are not closed.
 *
 * Returns: %TRUE on success
 */
gboolean
liaison_export_graph (LiaisonDocument     *doc,
                      LiaisonGraphFormat   format,
                      GOutputStream       *stream,
                      GOutputStream       *edges_stream,
                      GCancellable        *cancellable,
                      GError             **error)
{
  g_autoptr(GString) out = NULL;
  g_autoptr(GString) edges = NULL;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (format <= LIAISON_GRAPH_FORMAT_CSV, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail ((format == LIAISON_GRAPH_FORMAT_CSV) ==
                        G_IS_OUTPUT_STREAM (edges_stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  out = g_string_new (NULL);
  switch (format)
    {
    case LIAISON_GRAPH_FORMAT_GRAPHML:
      write_graphml (doc, out);
      break;

    case LIAISON_GRAPH_FORMAT_GEXF:
      write_gexf (doc, out);
      break;

    case LIAISON_GRAPH_FORMAT_DOT:
      write_dot (doc, out);
      break;

    case LIAISON_GRAPH_FORMAT_CSV:
      edges = g_string_new (NULL);
      write_csv (doc, out, edges);
      break;

    default:
      g_assert_not_reached ();
    }

  if (!write_string (stream, out, cancellable, error))
    return FALSE;

  return edges == NULL || write_string (edges_stream, edges, cancellable, error);
}

/* Reading: building the document */

typedef struct
{
  LiaisonDocument *doc;
  GHashTable      *nodes;  /* id in the file (owned) -> LiaisonActor (held by doc) */
  GHashTable      *names;  /* liaison_name_key() (owned) -> LiaisonActor, for CSV */
  GHashTable      *links;  /* link_key() (owned) -> LiaisonRelation (held by doc) */
} Importer;

static void
importer_init (Importer *self)
{
  self->doc = liaison_document_new ();
  self->nodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
importer_clear (Importer *self)
{
  g_clear_pointer (&self->links, g_hash_table_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->nodes, g_hash_table_unref);
  g_clear_object (&self->doc);
}

static gboolean
id_taken (LiaisonDocument *doc,
          const char      *id)
{
  return liaison_document_lookup_actor (doc, id) != NULL ||
         liaison_document_lookup_relation (doc, id) != NULL ||
         liaison_document_lookup_article (doc, id) != NULL;
}

/* A file's own ids are kept when they look like Liaison's (see liaison_document_make_id()):
 * they then stay valid XML ids and CSS class names in every export. Gephi's "0", "1"... and
 * names with spaces or punctuation used as ids are replaced by ids made from the name. */
static gboolean
is_valid_id (const char *id)
{
  const char *p;

  if (!g_ascii_isalpha (id[0]))
    return FALSE;

  for (p = id; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
        return FALSE;
    }

  return p - id <= 64;
}

static char *
strdup_stripped (const char *text)
{
  if (text == NULL)
    return NULL;

  return g_strstrip (g_strdup (text));
}

/* "Met with", "met-with" and " MET_WITH " all read as the nick "met_with". */
static char *
loose_nick (const char *text)
{
  char *nick = g_ascii_strdown (text, -1);

  g_strstrip (nick);
  for (char *p = nick; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '-')
        *p = '_';
    }

  return nick;
}

static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  g_strstrip (fa);
  g_strstrip (fb);

  return strcmp (fa, fb) == 0;
}

static gboolean
parse_actor_kind (const char       *text,
                  LiaisonActorKind *kind)
{
  g_autofree char *nick = NULL;

  if (text == NULL)
    return FALSE;

  nick = loose_nick (text);
  if (liaison_actor_kind_from_string (nick, kind))
    return TRUE;

  /* The British spelling, which Liaison's own texts use. */
  if (strcmp (nick, "organisation") == 0)
    {
      *kind = LIAISON_ACTOR_KIND_ORGANIZATION;
      return TRUE;
    }

  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
    {
      if (same_words (text, liaison_actor_kind_get_label (k)))
        {
          *kind = k;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
parse_relation_kind (const char          *text,
                     LiaisonRelationKind *kind)
{
  g_autofree char *nick = loose_nick (text);

  if (liaison_relation_kind_from_string (nick, kind))
    return TRUE;

  for (guint k = 0; k < LIAISON_N_RELATION_KINDS; k++)
    {
      if (same_words (text, liaison_relation_kind_get_label (k)))
        {
          *kind = k;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
parse_double (const char *text,
              double     *value)
{
  char *end;

  if (text == NULL)
    return FALSE;

  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return FALSE;

  *value = g_ascii_strtod (text, &end);
  while (g_ascii_isspace (*end))
    end++;

  return *end == '\0' && isfinite (*value);
}

static LiaisonActor *
importer_add_actor (Importer         *self,
                    const char       *file_id,
                    const char       *name,
                    LiaisonActorKind  kind)
{
  g_autofree char *id = NULL;
  LiaisonActor *actor;

  if (file_id != NULL && is_valid_id (file_id) && !id_taken (self->doc, file_id))
    id = g_strdup (file_id);
  else
    id = liaison_document_make_id (self->doc, liaison_actor_kind_to_string (kind), name);

  actor = liaison_actor_new (id, name, kind);
  if (!liaison_document_add_actor (self->doc, actor))
    g_assert_not_reached ();
  g_object_unref (actor);  /* the document holds it */

  return actor;
}

/* What a node or an edge of a foreign file says, by lower-case attribute name ("label",
 * "kind"...), with the file's defaults filled in. */
typedef struct
{
  char     *name;
  char     *default_value;
  gboolean  graphics;  /* a yEd "nodegraphics" key, whose data is markup, not a value */
} ForeignKey;

static void
foreign_key_free (ForeignKey *key)
{
  g_free (key->name);
  g_free (key->default_value);
  g_free (key);
}

static GHashTable *
foreign_keys_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                (GDestroyNotify) foreign_key_free);
}

static void
foreign_keys_add (GHashTable *keys,
                  const char *id,
                  const char *name,
                  const char *default_value,
                  gboolean    graphics)
{
  ForeignKey *key = g_new0 (ForeignKey, 1);

  key->name = g_ascii_strdown (name, -1);
  g_strstrip (key->name);
  key->default_value = g_strdup (default_value);
  key->graphics = graphics;
  g_hash_table_replace (keys, g_strdup (id), key);
}

static GHashTable *
attrs_new (GHashTable *keys)
{
  GHashTable *attrs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  ForeignKey *key;

  g_hash_table_iter_init (&iter, keys);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &key))
    {
      if (key->default_value != NULL)
        g_hash_table_replace (attrs, g_strdup (key->name), g_strdup (key->default_value));
    }

  return attrs;
}

static void
attrs_set (GHashTable *attrs,
           GHashTable *keys,
           const char *key_id,
           const char *value)
{
  ForeignKey *key;

  if (key_id == NULL || value == NULL || !(key = g_hash_table_lookup (keys, key_id)))
    return;

  g_hash_table_replace (attrs, g_strdup (key->name), g_strdup (value));
}

static const char *attrs_get (GHashTable *attrs,
                              ...) G_GNUC_NULL_TERMINATED;

/* The first of the attributes @... (NULL-terminated) that has a value other than blanks. */
static const char *
attrs_get (GHashTable *attrs,
           ...)
{
  const char *name;
  const char *found = NULL;
  va_list args;

  va_start (args, attrs);
  while (found == NULL && (name = va_arg (args, const char *)) != NULL)
    {
      const char *value = g_hash_table_lookup (attrs, name);
      const char *p = value;

      while (p != NULL && g_ascii_isspace (*p))
        p++;
      if (p != NULL && *p != '\0')
        found = value;
    }
  va_end (args);

  return found;
}

/* Adds the node @file_id. @label is the name the element gives itself (GEXF's label, yEd's
 * node label) and wins over "label" and "name" attributes; the id is the last resort. */
static void
importer_add_node (Importer   *self,
                   const char *file_id,
                   const char *label,
                   GHashTable *attrs,
                   gboolean    has_position,
                   double      x,
                   double      y)
{
  g_autofree char *name = strdup_stripped (label);
  g_autofree char *role = strdup_stripped (attrs_get (attrs, "role", NULL));
  g_autofree char *notes = strdup_stripped (attrs_get (attrs, "notes", NULL));
  const char *aliases = attrs_get (attrs, "aliases", NULL);
  LiaisonActorKind kind;
  LiaisonActor *actor;

  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = strdup_stripped (attrs_get (attrs, "label", "name", NULL));
    }
  if (name == NULL)
    name = g_strdup (file_id);

  if (!parse_actor_kind (attrs_get (attrs, "kind", NULL), &kind))
    kind = DEFAULT_ACTOR_KIND;

  actor = importer_add_actor (self, file_id, name, kind);
  g_hash_table_insert (self->nodes, g_strdup (file_id), actor);

  liaison_actor_set_role (actor, role);
  liaison_actor_set_notes (actor, notes);
  if (aliases != NULL)
    {
      g_auto(GStrv) split = g_strsplit (aliases, ";", -1);

      for (guint i = 0; split[i] != NULL; i++)
        liaison_actor_add_alias (actor, g_strstrip (split[i]));
    }

  /* A position far outside any map (another tool's or a damaged file's) is dropped: the
   * layout places that node instead. */
  if (has_position &&
      fabs (x) <= LIAISON_DOCUMENT_COORDINATE_MAX && fabs (y) <= LIAISON_DOCUMENT_COORDINATE_MAX)
    liaison_document_set_position (self->doc, liaison_actor_get_id (actor), x, y, FALSE);
}

/* Identifies "source kind target", in either direction for symmetric kinds. */
static char *
link_key (LiaisonActor        *source,
          LiaisonActor        *target,
          LiaisonRelationKind  kind)
{
  const char *a = liaison_actor_get_id (source);
  const char *b = liaison_actor_get_id (target);

  if (liaison_relation_kind_is_symmetric (kind) && strcmp (a, b) > 0)
    {
      const char *swap = a;

      a = b;
      b = swap;
    }

  return g_strdup_printf ("%s\n%s\n%u", a, b, (guint) kind);
}

/* Adds "source kind target". A relation of an actor to itself says nothing Liaison can draw
 * and is left out, as merging actors does; a repeated relation adds only a missing label.
 * @kind_text is read as a kind; a kind Liaison does not know becomes the label, so that
 * nothing the file says is lost. A label that only repeats the kind is dropped, so that
 * Liaison's own exports, which label every edge, read back unchanged. */
static void
importer_add_edge (Importer     *self,
                   const char   *file_id,
                   LiaisonActor *source,
                   LiaisonActor *target,
                   const char   *kind_text,
                   const char   *label,
                   const char   *confidence_text,
                   const char   *origin_text)
{
  g_autofree char *key = NULL;
  g_autofree char *id = NULL;
  g_autofree char *own_label = NULL;
  g_autoptr(LiaisonRelation) relation = NULL;
  LiaisonRelationKind kind = DEFAULT_RELATION_KIND;
  LiaisonRelation *existing;
  LiaisonOrigin origin;
  double confidence;

  if (source == target)
    return;

  if (kind_text != NULL && !parse_relation_kind (kind_text, &kind))
    own_label = strdup_stripped (kind_text);

  if (label != NULL &&
      !same_words (label, liaison_relation_kind_get_label (kind)) &&
      !same_words (label, liaison_relation_kind_to_string (kind)))
    {
      g_free (own_label);
      own_label = strdup_stripped (label);
    }

  key = link_key (source, target, kind);
  if ((existing = g_hash_table_lookup (self->links, key)) != NULL)
    {
      if (liaison_relation_get_label (existing) == NULL)
        liaison_relation_set_label (existing, own_label);
      return;
    }

  if (file_id != NULL && is_valid_id (file_id) && !id_taken (self->doc, file_id))
    id = g_strdup (file_id);
  else
    id = liaison_document_make_id (self->doc, "rel", NULL);

  relation = liaison_relation_new (id, source, target, kind);
  liaison_relation_set_label (relation, own_label);
  if (parse_double (confidence_text, &confidence))
    liaison_relation_set_confidence (relation, CLAMP (confidence, 0.0, 1.0));
  if (origin_text == NULL || !liaison_origin_from_string (origin_text, &origin))
    origin = LIAISON_ORIGIN_USER;
  liaison_relation_set_origin (relation, origin);

  if (!liaison_document_add_relation (self->doc, relation))
    g_assert_not_reached ();
  g_hash_table_insert (self->links, g_steal_pointer (&key), relation);
}

static void
importer_add_edge_from_attrs (Importer     *self,
                              const char   *file_id,
                              LiaisonActor *source,
                              LiaisonActor *target,
                              GHashTable   *attrs)
{
  /* Gephi's GraphML names its edge label "Edge Label". */
  importer_add_edge (self, file_id, source, target,
                     attrs_get (attrs, "kind", NULL),
                     attrs_get (attrs, "label", "edge label", "edgelabel", NULL),
                     attrs_get (attrs, "confidence", NULL),
                     attrs_get (attrs, "origin", NULL));
}

/* Reading: XML */

/* libxml2 2.12 passes errors as const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *XmlErrorPtr;
#else
typedef xmlError *XmlErrorPtr;
#endif

typedef struct
{
  gboolean  entities;
  long      line;
  char     *message;
} XmlGuard;

/* Any entity declaration stops the parser before the entity can be referenced, expanded or
 * loaded. Graph formats never need one. */
static void
xml_entity_decl_cb (void          *user_data,
                    const xmlChar *name,
                    int            type,
                    const xmlChar *public_id,
                    const xmlChar *system_id,
                    xmlChar       *content)
{
  xmlParserCtxtPtr ctxt = user_data;
  XmlGuard *guard = ctxt->_private;

  guard->entities = TRUE;
  xmlStopParser (ctxt);
}

/* An external DTD is never loaded, whatever the parser's defaults say. */
static void
xml_external_subset_cb (void          *user_data,
                        const xmlChar *name,
                        const xmlChar *external_id,
                        const xmlChar *system_id)
{
}

/* Keeps the first error for the user instead of letting libxml2 print it. */
static void
xml_error_cb (void        *user_data,
              XmlErrorPtr  xml_error)
{
  xmlParserCtxtPtr ctxt = user_data;
  XmlGuard *guard = ctxt->_private;
  const char *message = xml_error->message != NULL ? xml_error->message : "";

  if (xml_error->level < XML_ERR_ERROR || guard->message != NULL)
    return;

  /* libxml2 adds detail lines ("Bytes: 0xFF 0x3C...") that mean nothing to users. */
  guard->line = xml_error->line;
  guard->message = g_strndup (message, strcspn (message, "\r\n"));
}

static xmlDoc *
parse_xml (GBytes  *data,
           GError **error)
{
  /* No XML_PARSE_NOENT (entity substitution), XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR,
   * XML_PARSE_XINCLUDE or XML_PARSE_HUGE: the file gets nothing from outside itself and stays
   * within libxml2's size limits. BIG_LINES keeps line numbers in messages right past 65535. */
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                      XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES;
  XmlGuard guard = { FALSE, 0, NULL };
  g_autofree char *message = NULL;
  xmlParserCtxtPtr ctxt;
  xmlDoc *xml;
  gsize size;
  const char *bytes = g_bytes_get_data (data, &size);
  gboolean well_formed;

  if (size > INT_MAX)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The file is too large"));
      return NULL;
    }

  xmlInitParser ();
  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("%s: out of memory", G_STRFUNC);

  ctxt->_private = &guard;
  ctxt->sax->entityDecl = xml_entity_decl_cb;
  ctxt->sax->externalSubset = xml_external_subset_cb;
  ctxt->sax->serror = xml_error_cb;

  xml = xmlCtxtReadMemory (ctxt, bytes, (int) size, NULL, NULL, options);
  well_formed = ctxt->wellFormed;
  xmlFreeParserCtxt (ctxt);
  message = g_steal_pointer (&guard.message);

  if (guard.entities)
    {
      g_clear_pointer (&xml, xmlFreeDoc);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The file declares XML entities, which are not supported"));
      return NULL;
    }

  if (xml == NULL || !well_formed || xmlDocGetRootElement (xml) == NULL)
    {
      g_clear_pointer (&xml, xmlFreeDoc);
      if (message != NULL && guard.line > 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: %s is libxml2's description of the problem, in English */
                       _("line %ld: not well-formed XML: %s"), guard.line, message);
        }
      else
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("The file is not well-formed XML"));
        }
      return NULL;
    }

  return xml;
}

static gboolean xml_fail (GError     **error,
                          xmlNode     *node,
                          const char  *format,
                          ...) G_GNUC_PRINTF (3, 4);

/* Sets an INVALID_DATA error that names the line of @node; returns %FALSE. */
static gboolean
xml_fail (GError     **error,
          xmlNode     *node,
          const char  *format,
          ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               /* Translators: a line number in a file, then what is wrong there */
               _("line %ld: %s"), xmlGetLineNo (node), problem);
  return FALSE;
}

static const xmlChar *
xml_ns (xmlNode *node)
{
  return node->ns != NULL ? node->ns->href : NULL;
}

/* Whether @node is the element @name in the namespace @ns (%NULL for none). */
static gboolean
xml_is (xmlNode       *node,
        const xmlChar *ns,
        const char    *name)
{
  return node->type == XML_ELEMENT_NODE &&
         xmlStrEqual (node->name, BAD_CAST name) &&
         xmlStrEqual (xml_ns (node), ns);
}

static xmlNode *
xml_child (xmlNode       *parent,
           const xmlChar *ns,
           const char    *name)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (xml_is (child, ns, name))
        return child;
    }

  return NULL;
}

/* The first element named @name below @node, in any namespace. */
static xmlNode *
xml_find (xmlNode    *node,
          const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrEqual (child->name, BAD_CAST name))
        return child;
      if ((found = xml_find (child, name)) != NULL)
        return found;
    }

  return NULL;
}

static char *
xml_dup_prop (xmlNode    *node,
              const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *copy;

  if (value == NULL)
    return NULL;

  copy = g_strdup ((const char *) value);
  xmlFree (value);

  return copy;
}

static char *
xml_dup_content (xmlNode *node)
{
  xmlChar *value = xmlNodeGetContent (node);
  char *copy;

  if (value == NULL)
    return g_strdup ("");

  copy = g_strdup ((const char *) value);
  xmlFree (value);

  return copy;
}

static LiaisonActor *
importer_lookup_end (Importer    *self,
                     xmlNode     *edge,
                     guint        ordinal,
                     const char  *which,
                     GError     **error)
{
  g_autofree char *id = xml_dup_prop (edge, which);
  LiaisonActor *actor;

  if (id == NULL)
    {
      xml_fail (error, edge,
                /* Translators: %s is "source" or "target", the XML attribute's name */
                _("edge %u: no %s"), ordinal, which);
      return NULL;
    }

  if ((actor = g_hash_table_lookup (self->nodes, id)) == NULL)
    xml_fail (error, edge, _("edge %u: no node with id \"%s\""), ordinal, id);

  return actor;
}

static gboolean
importer_check_node_id (Importer    *self,
                        xmlNode     *node,
                        guint        ordinal,
                        const char  *id,
                        GError     **error)
{
  if (id == NULL || *id == '\0')
    return xml_fail (error, node, _("node %u: no id"), ordinal);

  if (g_hash_table_contains (self->nodes, id))
    return xml_fail (error, node, _("node %u: duplicate id \"%s\""), ordinal, id);

  return TRUE;
}

/* Reading: GraphML */

/* yEd keeps a node's label and geometry in its own markup inside a "nodegraphics" key. Its
 * geometry is the top-left corner and size of the node, in y-down coordinates. */
static void
read_yed_graphics (xmlNode   *data,
                   char     **label,
                   gboolean  *has_position,
                   double    *x,
                   double    *y)
{
  xmlNode *node_label = xml_find (data, "NodeLabel");
  xmlNode *geometry = xml_find (data, "Geometry");

  if (node_label != NULL && *label == NULL)
    *label = xml_dup_content (node_label);

  if (geometry != NULL)
    {
      g_autofree char *gx = xml_dup_prop (geometry, "x");
      g_autofree char *gy = xml_dup_prop (geometry, "y");
      g_autofree char *gw = xml_dup_prop (geometry, "width");
      g_autofree char *gh = xml_dup_prop (geometry, "height");
      double left, top, w, h;

      if (parse_double (gx, &left) && parse_double (gy, &top))
        {
          if (parse_double (gw, &w) && parse_double (gh, &h))
            {
              left += w / 2;
              top += h / 2;
            }
          if (isfinite (left) && isfinite (top))
            {
              *x = left;
              *y = top;
              *has_position = TRUE;
            }
        }
    }
}

static gboolean
import_graphml_node (Importer       *self,
                     xmlNode        *node,
                     const xmlChar  *ns,
                     GHashTable     *keys,
                     guint           ordinal,
                     GError        **error)
{
  g_autofree char *id = xml_dup_prop (node, "id");
  g_autofree char *graphics_label = NULL;
  g_autoptr(GHashTable) attrs = NULL;
  gboolean has_position = FALSE;
  double x = 0, y = 0, data_x, data_y;

  if (!importer_check_node_id (self, node, ordinal, id, error))
    return FALSE;

  attrs = attrs_new (keys);
  for (xmlNode *data = node->children; data != NULL; data = data->next)
    {
      g_autofree char *key_id = NULL;
      ForeignKey *key;

      if (!xml_is (data, ns, "data"))
        continue;

      key_id = xml_dup_prop (data, "key");
      if (key_id == NULL || (key = g_hash_table_lookup (keys, key_id)) == NULL)
        continue;

      if (key->graphics)
        {
          read_yed_graphics (data, &graphics_label, &has_position, &x, &y);
        }
      else
        {
          g_autofree char *value = xml_dup_content (data);

          attrs_set (attrs, keys, key_id, value);
        }
    }

  if (parse_double (attrs_get (attrs, "x", NULL), &data_x) &&
      parse_double (attrs_get (attrs, "y", NULL), &data_y))
    {
      x = data_x;
      y = -data_y;
      has_position = TRUE;
    }

  importer_add_node (self, id, graphics_label, attrs, has_position, x, y);
  return TRUE;
}

static gboolean
import_graphml_edge (Importer       *self,
                     xmlNode        *edge,
                     const xmlChar  *ns,
                     GHashTable     *keys,
                     guint           ordinal,
                     GError        **error)
{
  g_autofree char *id = xml_dup_prop (edge, "id");
  g_autoptr(GHashTable) attrs = NULL;
  LiaisonActor *source, *target;

  if (!(source = importer_lookup_end (self, edge, ordinal, "source", error)) ||
      !(target = importer_lookup_end (self, edge, ordinal, "target", error)))
    return FALSE;

  attrs = attrs_new (keys);
  for (xmlNode *data = edge->children; data != NULL; data = data->next)
    {
      g_autofree char *key_id = NULL;
      g_autofree char *value = NULL;

      if (!xml_is (data, ns, "data"))
        continue;

      key_id = xml_dup_prop (data, "key");
      value = xml_dup_content (data);
      attrs_set (attrs, keys, key_id, value);
    }

  importer_add_edge_from_attrs (self, id, source, target, attrs);
  return TRUE;
}

static gboolean
import_graphml (Importer  *self,
                xmlDoc    *xml,
                GError   **error)
{
  xmlNode *root = xmlDocGetRootElement (xml);
  const xmlChar *ns = xml_ns (root);
  g_autoptr(GHashTable) node_keys = foreign_keys_new ();
  g_autoptr(GHashTable) edge_keys = foreign_keys_new ();
  xmlNode *graph;
  guint ordinal;

  if (!xml_is (root, ns, "graphml") || (ns != NULL && !xmlStrEqual (ns, BAD_CAST GRAPHML_NS)))
    return xml_fail (error, root, _("not a GraphML document"));

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *domain = NULL;
      g_autofree char *name = NULL;
      g_autofree char *yfiles = NULL;
      g_autofree char *default_value = NULL;
      xmlNode *default_node;
      gboolean graphics;

      if (!xml_is (child, ns, "key") || (id = xml_dup_prop (child, "id")) == NULL)
        continue;

      domain = xml_dup_prop (child, "for");
      name = xml_dup_prop (child, "attr.name");
      yfiles = xml_dup_prop (child, "yfiles.type");
      graphics = g_strcmp0 (yfiles, "nodegraphics") == 0;
      if ((default_node = xml_child (child, ns, "default")) != NULL)
        default_value = xml_dup_content (default_node);

      if (domain == NULL || strcmp (domain, "all") == 0 || strcmp (domain, "node") == 0)
        foreign_keys_add (node_keys, id, name != NULL ? name : id, default_value, graphics);
      if (domain == NULL || strcmp (domain, "all") == 0 || strcmp (domain, "edge") == 0)
        foreign_keys_add (edge_keys, id, name != NULL ? name : id, default_value, FALSE);
    }

  if ((graph = xml_child (root, ns, "graph")) == NULL)
    return xml_fail (error, root, _("no <graph> element"));

  /* Edges may come before the nodes they join: all nodes first. Nested graphs and hyperedges
   * have no equivalent in Liaison and are skipped. */
  ordinal = 0;
  for (xmlNode *child = graph->children; child != NULL; child = child->next)
    {
      if (xml_is (child, ns, "node") &&
          !import_graphml_node (self, child, ns, node_keys, ++ordinal, error))
        return FALSE;
    }

  ordinal = 0;
  for (xmlNode *child = graph->children; child != NULL; child = child->next)
    {
      if (xml_is (child, ns, "edge") &&
          !import_graphml_edge (self, child, ns, edge_keys, ++ordinal, error))
        return FALSE;
    }

  return TRUE;
}

/* Reading: GEXF (1.1, 1.2 and 1.3 share what we read) */

static void
read_gexf_attvalues (xmlNode       *element,
                     const xmlChar *ns,
                     GHashTable    *keys,
                     GHashTable    *attrs)
{
  xmlNode *attvalues = xml_child (element, ns, "attvalues");

  if (attvalues == NULL)
    return;

  for (xmlNode *child = attvalues->children; child != NULL; child = child->next)
    {
      g_autofree char *key_id = NULL;
      g_autofree char *value = NULL;

      if (!xml_is (child, ns, "attvalue"))
        continue;

      /* GEXF 1.1 named the attribute "id", later versions "for". */
      key_id = xml_dup_prop (child, "for");
      if (key_id == NULL)
        key_id = xml_dup_prop (child, "id");
      value = xml_dup_prop (child, "value");
      attrs_set (attrs, keys, key_id, value);
    }
}

static gboolean
import_gexf_node (Importer       *self,
                  xmlNode        *node,
                  const xmlChar  *ns,
                  GHashTable     *keys,
                  guint           ordinal,
                  GError        **error)
{
  g_autofree char *id = xml_dup_prop (node, "id");
  g_autofree char *label = xml_dup_prop (node, "label");
  g_autoptr(GHashTable) attrs = NULL;
  gboolean has_position = FALSE;
  double x = 0, y = 0;

  if (!importer_check_node_id (self, node, ordinal, id, error))
    return FALSE;

  attrs = attrs_new (keys);
  read_gexf_attvalues (node, ns, keys, attrs);

  /* viz:position, in whichever version's viz namespace. */
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE &&
          xmlStrEqual (child->name, BAD_CAST "position") &&
          !xmlStrEqual (xml_ns (child), ns))
        {
          g_autofree char *px = xml_dup_prop (child, "x");
          g_autofree char *py = xml_dup_prop (child, "y");
          double vx, vy;

          if (parse_double (px, &vx) && parse_double (py, &vy))
            {
              x = vx;
              y = -vy;
              has_position = TRUE;
            }
          break;
        }
    }

  importer_add_node (self, id, label, attrs, has_position, x, y);
  return TRUE;
}

static gboolean
import_gexf_edge (Importer       *self,
                  xmlNode        *edge,
                  const xmlChar  *ns,
                  GHashTable     *keys,
                  guint           ordinal,
                  GError        **error)
{
  g_autofree char *id = xml_dup_prop (edge, "id");
  g_autofree char *label = xml_dup_prop (edge, "label");
  g_autofree char *kind = xml_dup_prop (edge, "kind");
  g_autoptr(GHashTable) attrs = NULL;
  LiaisonActor *source, *target;

  if (!(source = importer_lookup_end (self, edge, ordinal, "source", error)) ||
      !(target = importer_lookup_end (self, edge, ordinal, "target", error)))
    return FALSE;

  attrs = attrs_new (keys);
  /* The element's own label and kind, unless attribute values say more. */
  if (label != NULL)
    g_hash_table_replace (attrs, g_strdup ("label"), g_steal_pointer (&label));
  if (kind != NULL)
    g_hash_table_replace (attrs, g_strdup ("kind"), g_steal_pointer (&kind));
  read_gexf_attvalues (edge, ns, keys, attrs);

  importer_add_edge_from_attrs (self, id, source, target, attrs);
  return TRUE;
}

static gboolean
import_gexf (Importer  *self,
             xmlDoc    *xml,
             GError   **error)
{
  xmlNode *root = xmlDocGetRootElement (xml);
  const xmlChar *ns = xml_ns (root);
  g_autoptr(GHashTable) node_keys = foreign_keys_new ();
  g_autoptr(GHashTable) edge_keys = foreign_keys_new ();
  xmlNode *graph;
  guint ordinal;

  if (!xml_is (root, ns, "gexf"))
    return xml_fail (error, root, _("not a GEXF document"));

  if ((graph = xml_child (root, ns, "graph")) == NULL)
    return xml_fail (error, root, _("no <graph> element"));

  for (xmlNode *child = graph->children; child != NULL; child = child->next)
    {
      g_autofree char *klass = NULL;
      GHashTable *keys;

      if (!xml_is (child, ns, "attributes"))
        continue;

      klass = xml_dup_prop (child, "class");
      if (g_strcmp0 (klass, "node") == 0)
        keys = node_keys;
      else if (g_strcmp0 (klass, "edge") == 0)
        keys = edge_keys;
      else
        continue;

      for (xmlNode *attribute = child->children; attribute != NULL; attribute = attribute->next)
        {
          g_autofree char *id = NULL;
          g_autofree char *title = NULL;
          g_autofree char *default_value = NULL;
          xmlNode *default_node;

          if (!xml_is (attribute, ns, "attribute") ||
              (id = xml_dup_prop (attribute, "id")) == NULL)
            continue;

          title = xml_dup_prop (attribute, "title");
          if ((default_node = xml_child (attribute, ns, "default")) != NULL)
            default_value = xml_dup_content (default_node);
          foreign_keys_add (keys, id, title != NULL ? title : id, default_value, FALSE);
        }
    }

  ordinal = 0;
  for (xmlNode *nodes = graph->children; nodes != NULL; nodes = nodes->next)
    {
      if (!xml_is (nodes, ns, "nodes"))
        continue;

      for (xmlNode *child = nodes->children; child != NULL; child = child->next)
        {
          if (xml_is (child, ns, "node") &&
              !import_gexf_node (self, child, ns, node_keys, ++ordinal, error))
            return FALSE;
        }
    }

  ordinal = 0;
  for (xmlNode *edges = graph->children; edges != NULL; edges = edges->next)
    {
      if (!xml_is (edges, ns, "edges"))
        continue;

      for (xmlNode *child = edges->children; child != NULL; child = child->next)
        {
          if (xml_is (child, ns, "edge") &&
              !import_gexf_edge (self, child, ns, edge_keys, ++ordinal, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Reading: CSV edge lists */

typedef struct
{
  const char *p;
  const char *end;
  guint       line;  /* of p, from 1 */
} CsvReader;

static gboolean
csv_is_blank (char c)
{
  return c == ' ' || c == '\t';
}

/* Reads one record of RFC 4180 CSV into @fields, also accepting bare "\n" and "\r" line ends
 * and blanks around fields, which hand-written files have. @line is set to the line the record
 * starts on. Returns %FALSE at the end of the input, or with @error set. */
static gboolean
csv_read_record (CsvReader  *reader,
                 GPtrArray  *fields,
                 guint      *line,
                 GError    **error)
{
  g_ptr_array_set_size (fields, 0);
  *line = reader->line;

  if (reader->p >= reader->end)
    return FALSE;

  for (;;)
    {
      GString *field = g_string_new (NULL);
      const char *start = reader->p;

      while (reader->p < reader->end && csv_is_blank (*reader->p))
        reader->p++;

      if (reader->p < reader->end && *reader->p == '"')
        {
          reader->p++;
          for (;;)
            {
              if (reader->p >= reader->end)
                {
                  g_string_free (field, TRUE);
                  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("line %u: a quoted field does not end"), *line);
                  return FALSE;
                }
              if (*reader->p == '"')
                {
                  if (reader->p + 1 < reader->end && reader->p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      reader->p += 2;
                      continue;
                    }
                  reader->p++;
                  break;
                }
              if (*reader->p == '\n')
                reader->line++;
              g_string_append_c (field, *reader->p++);
            }

          while (reader->p < reader->end && csv_is_blank (*reader->p))
            reader->p++;
          if (reader->p < reader->end &&
              *reader->p != ',' && *reader->p != '\n' && *reader->p != '\r')
            {
              g_string_free (field, TRUE);
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("line %u: text after a closing quote"), reader->line);
              return FALSE;
            }
        }
      else
        {
          reader->p = start;
          while (reader->p < reader->end &&
                 *reader->p != ',' && *reader->p != '\n' && *reader->p != '\r')
            g_string_append_c (field, *reader->p++);
          g_strstrip (field->str);
          g_string_set_size (field, strlen (field->str));
        }

      g_ptr_array_add (fields, g_string_free (field, FALSE));

      if (reader->p >= reader->end)
        return TRUE;

      switch (*reader->p++)
        {
        case ',':
          break;

        case '\r':
          if (reader->p < reader->end && *reader->p == '\n')
            reader->p++;
          G_GNUC_FALLTHROUGH;
        case '\n':
          reader->line++;
          return TRUE;

        default:
          g_assert_not_reached ();
        }
    }
}

/* Text files have tabs and line breaks but no other C0 controls; a NUL byte or more than a
 * few controls means an image, an archive or an executable, whose bytes would otherwise be
 * read as a list of strangely named actors. */
static gboolean
looks_binary (const char *data,
              gsize       length)
{
  gsize controls = 0;

  if (memchr (data, '\0', length) != NULL)
    return TRUE;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) data[i];

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        controls++;
    }

  return controls * 100 > length;
}

/* Text from a spreadsheet: UTF-8, perhaps with a byte-order mark, or else what Excel writes
 * in Western Europe (Windows-1252), or Latin-1, which maps every byte. */
static char *
decode_csv (GBytes  *data,
            gsize   *length,
            GError **error)
{
  gsize size;
  const char *bytes = g_bytes_get_data (data, &size);
  char *text;

  if (size >= 3 && memcmp (bytes, "\xEF\xBB\xBF", 3) == 0)
    {
      bytes += 3;
      size -= 3;
    }

  if (looks_binary (bytes, size))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The file is not a text file"));
      return NULL;
    }

  if (g_utf8_validate (bytes, (gssize) size, NULL))
    text = g_strndup (bytes, size);
  else if (!(text = g_convert (bytes, (gssize) size, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL)))
    text = g_convert (bytes, (gssize) size, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
  g_assert (text != NULL);

  *length = strlen (text);
  return text;
}

static gboolean
csv_record_is_blank (GPtrArray *fields)
{
  return fields->len == 1 && *(const char *) g_ptr_array_index (fields, 0) == '\0';
}

static LiaisonActor *
importer_actor_by_name (Importer   *self,
                        const char *name)
{
  g_autofree char *key = liaison_name_key (name);
  LiaisonActor *actor;

  /* Our own index rather than liaison_document_find_actor(), whose index is rebuilt after
   * every added actor: that would make reading a long edge list quadratic. The document is
   * new and has no aliases, so both find the same actors. */
  if ((actor = g_hash_table_lookup (self->names, key)) != NULL)
    return actor;

  actor = importer_add_actor (self, NULL, name, DEFAULT_ACTOR_KIND);
  g_hash_table_insert (self->names, g_steal_pointer (&key), actor);

  return actor;
}

enum {
  COLUMN_SOURCE,
  COLUMN_TARGET,
  COLUMN_KIND,
  COLUMN_LABEL,
  COLUMN_ID,
  N_COLUMNS
};

static gboolean
import_csv (Importer  *self,
            GBytes    *data,
            GError   **error)
{
  static const char * const column_names[N_COLUMNS] = {
    "source", "target", "kind", "label", "id"
  };
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  int columns[N_COLUMNS] = { 0, 1, 2, -1, -1 };
  gboolean header = FALSE;
  gboolean first = TRUE;
  CsvReader reader;
  gsize length;
  guint line;

  if ((text = decode_csv (data, &length, error)) == NULL)
    return FALSE;

  reader.p = text;
  reader.end = text + length;
  reader.line = 1;

  while (csv_read_record (&reader, fields, &line, &local_error))
    {
      const char *values[N_COLUMNS] = { NULL, };
      LiaisonActor *source, *target;

      if (csv_record_is_blank (fields))
        continue;

      /* A first record naming a "source" or "target" column is a header. */
      if (first)
        {
          first = FALSE;
          for (guint i = 0; i < fields->len; i++)
            {
              const char *name = g_ptr_array_index (fields, i);

              if (g_ascii_strcasecmp (name, "source") == 0 ||
                  g_ascii_strcasecmp (name, "target") == 0)
                header = TRUE;
            }

          if (header)
            {
              for (guint c = 0; c < N_COLUMNS; c++)
                {
                  columns[c] = -1;
                  for (guint i = 0; i < fields->len && columns[c] < 0; i++)
                    {
                      if (g_ascii_strcasecmp (g_ptr_array_index (fields, i),
                                              column_names[c]) == 0)
                        columns[c] = (int) i;
                    }
                }

              if (columns[COLUMN_SOURCE] < 0 || columns[COLUMN_TARGET] < 0)
                {
                  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("line %u: the header needs both a Source and a Target column"),
                               line);
                  return FALSE;
                }
              continue;
            }
        }

      if ((!header && fields->len != 2 && fields->len != 3) ||
          (int) fields->len <= MAX (columns[COLUMN_SOURCE], columns[COLUMN_TARGET]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("line %u: expected source,target[,kind]"), line);
          return FALSE;
        }

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          if (columns[c] >= 0 && columns[c] < (int) fields->len)
            values[c] = g_ptr_array_index (fields, columns[c]);
          if (values[c] != NULL && *values[c] == '\0')
            values[c] = NULL;
        }

      if (values[COLUMN_SOURCE] == NULL || values[COLUMN_TARGET] == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("line %u: the source or the target is empty"), line);
          return FALSE;
        }

      /* One after the other, so that actors are added in the order the file names them. */
      source = importer_actor_by_name (self, values[COLUMN_SOURCE]);
      target = importer_actor_by_name (self, values[COLUMN_TARGET]);
      importer_add_edge (self, values[COLUMN_ID], source, target,
                         values[COLUMN_KIND], values[COLUMN_LABEL], NULL, NULL);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * liaison_import_graph:
 * @data: the file's content
 * @format: its format: %LIAISON_GRAPH_FORMAT_GRAPHML, %LIAISON_GRAPH_FORMAT_GEXF or
 *   %LIAISON_GRAPH_FORMAT_CSV (an edge list "source,target[,kind]", header optional)
 * @error: return location for a %G_IO_ERROR_INVALID_DATA error naming the place, or
 *   %G_IO_ERROR_NOT_SUPPORTED for DOT
 *
 * Reads a graph written by another tool into a new document. Nodes keep their ids when they
 * are valid Liaison ids; labels become names (the id when there is none); a "kind" attribute
 * naming an actor kind sets it, otherwise actors are organisations. Edges with a "kind" naming
 * a relation kind get it, otherwise they are "cooperates with" and an unknown kind becomes
 * their label. Positions come from GEXF's viz:position, GraphML "x"/"y" data or yEd geometry.
 * In a CSV edge list, actors are found or created by name.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
LiaisonDocument *
liaison_import_graph (GBytes              *data,
                      LiaisonGraphFormat   format,
                      GError             **error)
{
  Importer importer;
  g_autoptr(LiaisonDocument) doc = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (format <= LIAISON_GRAPH_FORMAT_CSV, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (format == LIAISON_GRAPH_FORMAT_DOT)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Graphviz files can be exported but not imported"));
      return NULL;
    }

  if (g_bytes_get_size (data) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The file is empty"));
      return NULL;
    }

  importer_init (&importer);

  if (format == LIAISON_GRAPH_FORMAT_CSV)
    {
      ok = import_csv (&importer, data, error);
    }
  else
    {
      g_autoptr(xmlDoc) xml = parse_xml (data, error);

      if (xml != NULL && format == LIAISON_GRAPH_FORMAT_GRAPHML)
        ok = import_graphml (&importer, xml, error);
      else if (xml != NULL)
        ok = import_gexf (&importer, xml, error);
    }

  /* The importers keep the model's invariants by construction; checking is cheap and keeps a
   * mistake here from reaching the canvas. */
  if (ok && liaison_document_check (importer.doc, error))
    doc = g_steal_pointer (&importer.doc);

  importer_clear (&importer);

  return g_steal_pointer (&doc);
}
