/* test-interop.c — GraphML, GEXF, DOT and CSV: what graph tools read, and reading theirs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "liaison-document.h"
#include "liaison-interop.h"

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define GEXF_NS "http://gexf.net/1.3"
#define GEXF_VIZ_NS "http://gexf.net/1.3/viz"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* Building documents */

static LiaisonActor *
add_actor (LiaisonDocument  *doc,
           const char       *id,
           const char       *name,
           LiaisonActorKind  kind)
{
  g_autoptr(LiaisonActor) actor = liaison_actor_new (id, name, kind);

  g_assert_true (liaison_document_add_actor (doc, actor));

  return actor;  /* held by the document */
}

static LiaisonRelation *
add_relation (LiaisonDocument     *doc,
              const char          *id,
              LiaisonActor        *source,
              LiaisonActor        *target,
              LiaisonRelationKind  kind)
{
  g_autoptr(LiaisonRelation) relation = liaison_relation_new (id, source, target, kind);

  g_assert_true (liaison_document_add_relation (doc, relation));

  return relation;  /* held by the document */
}

/* Names a reader of each format could trip over: accents, CJK, quotes, ampersands, angle
 * brackets, commas, line breaks, backslashes. */
static LiaisonDocument *
make_document (void)
{
  LiaisonDocument *doc = liaison_document_new ();
  g_autoptr(LiaisonArticle) article = NULL;
  g_autoptr(LiaisonSpan) span1 = liaison_span_new ("article-1", 0, 10, "Wang Yi met Kenya's minister.");
  g_autoptr(LiaisonSpan) span2 = liaison_span_new ("article-1", 20, 30, "They \"agreed\", & more.");
  LiaisonActor *wang, *kenya, *cafe, *comma, *multi, *slash, *nairobi;
  LiaisonRelation *relation;

  article = liaison_article_new ("article-1", "Wang Yi met Kenya's minister. They agreed.");
  liaison_article_set_title (article, "Kenya & China: <talks> \"2023\"");
  liaison_article_set_date (article, "2023-07-24");
  g_assert_true (liaison_document_add_article (doc, article));

  wang = add_actor (doc, "person-wang-yi", "王毅", LIAISON_ACTOR_KIND_PERSON);
  liaison_actor_set_role (wang, "Foreign Minister");
  liaison_actor_add_alias (wang, "Wang Yi");
  liaison_actor_add_alias (wang, "Mr Wang");
  kenya = add_actor (doc, "country-kenya", "Kenya", LIAISON_ACTOR_KIND_COUNTRY);
  cafe = add_actor (doc, "organization-cafe", "Café \"Le Quai\" & Co <Ltd>",
                    LIAISON_ACTOR_KIND_ORGANIZATION);
  liaison_actor_set_notes (cafe, "First line,\nsecond \"line\"\r\nthird\tline");
  comma = add_actor (doc, "organization-comma", "Comma, Inc.", LIAISON_ACTOR_KIND_ORGANIZATION);
  multi = add_actor (doc, "programme-multi", "Multi\nLine", LIAISON_ACTOR_KIND_PROGRAMME);
  slash = add_actor (doc, "sector-slash", "Back\\slash \\n \\", LIAISON_ACTOR_KIND_SECTOR);
  nairobi = add_actor (doc, "place-nairobi", "Nairobi", LIAISON_ACTOR_KIND_PLACE);

  liaison_document_set_position (doc, "person-wang-yi", 10.5, -20.25, TRUE);
  liaison_document_set_position (doc, "country-kenya", 0, 0, FALSE);
  liaison_document_set_position (doc, "organization-cafe", 1e-7, 123456.789, FALSE);
  liaison_document_set_position (doc, "place-nairobi", -0.1, 0.3, FALSE);
  liaison_document_set_position (doc, "organization-comma", 250, -1e6, FALSE);

  relation = add_relation (doc, "rel-1", wang, kenya, LIAISON_RELATION_KIND_MET_WITH);
  liaison_relation_add_evidence (relation, span1);
  liaison_relation_add_evidence (relation, span2);
  relation = add_relation (doc, "rel-2", kenya, cafe, LIAISON_RELATION_KIND_SUPPORTS);
  liaison_relation_set_label (relation, "backs, \"strongly\" & <openly>");
  liaison_relation_set_confidence (relation, 0.75);
  liaison_relation_set_origin (relation, LIAISON_ORIGIN_USER);
  add_relation (doc, "rel-3", comma, cafe, LIAISON_RELATION_KIND_PART_OF);
  add_relation (doc, "rel-4", kenya, multi, LIAISON_RELATION_KIND_PARTICIPATES_IN);
  add_relation (doc, "rel-5", slash, nairobi, LIAISON_RELATION_KIND_COOPERATION_IN);
  add_relation (doc, "rel-6", cafe, comma, LIAISON_RELATION_KIND_COOPERATES_WITH);

  return doc;
}

/* Exporting */

static GBytes *
export (LiaisonDocument     *doc,
        LiaisonGraphFormat   format,
        GBytes             **edges)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) edges_stream = NULL;
  g_autoptr(GError) error = NULL;

  if (format == LIAISON_GRAPH_FORMAT_CSV)
    edges_stream = g_memory_output_stream_new_resizable ();

  g_assert_true (liaison_export_graph (doc, format, stream, edges_stream, NULL, &error));
  g_assert_no_error (error);

  g_output_stream_close (stream, NULL, &error);
  g_assert_no_error (error);
  if (edges_stream != NULL)
    {
      g_output_stream_close (edges_stream, NULL, &error);
      g_assert_no_error (error);
      *edges = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (edges_stream));
    }

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_null (memchr (data, '\0', size));
  g_assert_true (g_utf8_validate (data, (gssize) size, NULL));

  return g_strndup (data, size);
}

/* Checking XML */

static xmlDoc *
parse_strictly (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlDoc *xml = xmlReadMemory (data, (int) size, NULL, NULL, XML_PARSE_NONET);

  g_assert_nonnull (xml);

  return xml;
}

/* xmllint is the validator the project uses for its other XML (libxml2-utils). */
static void
assert_xmllint_accepts (GBytes *bytes)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *path = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int fd, status = -1;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (xmllint == NULL)
    {
      g_test_message ("xmllint not found; well-formedness checked with libxml2 only");
      return;
    }

  fd = g_file_open_tmp ("test-interop-XXXXXX.xml", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, data, (gssize) size, &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { xmllint, "--noout", "--nonet", path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                  NULL, &err, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_unlink (path);
}

static gboolean
is_element (xmlNode    *node,
            const char *ns,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         xmlStrEqual (node->name, BAD_CAST name) &&
         node->ns != NULL && xmlStrEqual (node->ns->href, BAD_CAST ns);
}

static GPtrArray *
children (xmlNode    *parent,
          const char *ns,
          const char *name)
{
  GPtrArray *found = g_ptr_array_new ();

  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (is_element (child, ns, name))
        g_ptr_array_add (found, child);
    }

  return found;
}

static xmlNode *
only_child (xmlNode    *parent,
            const char *ns,
            const char *name)
{
  g_autoptr(GPtrArray) found = children (parent, ns, name);

  g_assert_cmpuint (found->len, ==, 1);

  return g_ptr_array_index (found, 0);
}

static char *
prop (xmlNode    *node,
      const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);

  return copy;
}

static char *
content (xmlNode *node)
{
  xmlChar *value = xmlNodeGetContent (node);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);

  return copy;
}

/* Comparing documents */

typedef enum
{
  SAME_NAMES     = 1 << 0,
  SAME_DETAILS   = 1 << 1,  /* role, aliases, notes */
  SAME_POSITIONS = 1 << 2,
  SAME_LABELS    = 1 << 3,  /* relation labels, confidence, origin */
} Same;

static void
assert_same_graph (LiaisonDocument *expected,
                   LiaisonDocument *actual,
                   Same             same)
{
  GListModel *actors = liaison_document_get_actors (expected);
  GListModel *relations = liaison_document_get_relations (expected);
  g_autoptr(GError) error = NULL;

  liaison_document_check (actual, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_actors (actual)), ==,
                    g_list_model_get_n_items (actors));
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_relations (actual)), ==,
                    g_list_model_get_n_items (relations));

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) a = g_list_model_get_item (actors, i);
      LiaisonActor *b = liaison_document_lookup_actor (actual, liaison_actor_get_id (a));
      double ax, ay, bx, by;
      gboolean a_placed, b_placed;

      g_assert_nonnull (b);
      g_assert_cmpint (liaison_actor_get_kind (a), ==, liaison_actor_get_kind (b));
      if (same & SAME_NAMES)
        g_assert_cmpstr (liaison_actor_get_name (a), ==, liaison_actor_get_name (b));
      if (same & SAME_DETAILS)
        {
          const char * const *aa = liaison_actor_get_aliases (a);
          const char * const *ba = liaison_actor_get_aliases (b);

          g_assert_cmpstr (liaison_actor_get_role (a), ==, liaison_actor_get_role (b));
          g_assert_cmpuint (g_strv_length ((char **) aa), ==, g_strv_length ((char **) ba));
          for (guint j = 0; aa[j] != NULL; j++)
            g_assert_cmpstr (aa[j], ==, ba[j]);
        }
      if (same & SAME_POSITIONS)
        {
          a_placed = liaison_document_get_position (expected, liaison_actor_get_id (a),
                                                    &ax, &ay, NULL);
          b_placed = liaison_document_get_position (actual, liaison_actor_get_id (b),
                                                    &bx, &by, NULL);
          g_assert_cmpint (a_placed, ==, b_placed);
          if (a_placed)
            {
              g_assert_cmpfloat (ax, ==, bx);
              g_assert_cmpfloat (ay, ==, by);
            }
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(LiaisonRelation) a = g_list_model_get_item (relations, i);
      LiaisonRelation *b = liaison_document_lookup_relation (actual, liaison_relation_get_id (a));

      g_assert_nonnull (b);
      g_assert_cmpstr (liaison_actor_get_id (liaison_relation_get_source (a)), ==,
                       liaison_actor_get_id (liaison_relation_get_source (b)));
      g_assert_cmpstr (liaison_actor_get_id (liaison_relation_get_target (a)), ==,
                       liaison_actor_get_id (liaison_relation_get_target (b)));
      g_assert_cmpint (liaison_relation_get_kind (a), ==, liaison_relation_get_kind (b));
      g_assert_cmpstr (liaison_relation_get_label (a), ==, liaison_relation_get_label (b));
      if (same & SAME_LABELS)
        {
          g_assert_cmpfloat (liaison_relation_get_confidence (a), ==,
                             liaison_relation_get_confidence (b));
          g_assert_cmpint (liaison_relation_get_origin (a), ==, liaison_relation_get_origin (b));
        }
    }
}

static LiaisonDocument *
import (const char         *text,
        gssize              length,
        LiaisonGraphFormat  format)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(GError) error = NULL;
  LiaisonDocument *doc = liaison_import_graph (bytes, format, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);

  return doc;
}

/* Tests */

static void
test_extension (void)
{
  static const struct {
    const char         *filename;
    gboolean            known;
    LiaisonGraphFormat  format;
  } cases[] = {
    { "graph.graphml", TRUE, LIAISON_GRAPH_FORMAT_GRAPHML },
    { "/tmp/Graph.GraphML", TRUE, LIAISON_GRAPH_FORMAT_GRAPHML },
    { "file:///home/u/net.gexf", TRUE, LIAISON_GRAPH_FORMAT_GEXF },
    { "g.dot", TRUE, LIAISON_GRAPH_FORMAT_DOT },
    { "g.GV", TRUE, LIAISON_GRAPH_FORMAT_DOT },
    { "edges.csv", TRUE, LIAISON_GRAPH_FORMAT_CSV },
    { "graph.xml", FALSE, 0 },
    { "graphml", FALSE, 0 },
    { "notes.txt", FALSE, 0 },
    { "", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LiaisonGraphFormat format = 99;

      g_assert_cmpint (liaison_graph_format_from_extension (cases[i].filename, &format), ==,
                       cases[i].known);
      if (cases[i].known)
        g_assert_cmpint (format, ==, cases[i].format);
    }
}

static void
test_graphml_structure (void)
{
  g_autoptr(LiaisonDocument) doc = make_document ();
  g_autoptr(GBytes) bytes = export (doc, LIAISON_GRAPH_FORMAT_GRAPHML, NULL);
  g_autoptr(xmlDoc) xml = parse_strictly (bytes);
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  g_autoptr(GHashTable) key_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) node_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  xmlNode *root = xmlDocGetRootElement (xml);
  xmlNode *graph;
  g_autofree char *edgedefault = NULL;
  static const char * const node_keys[] = {
    "label", "kind", "role", "aliases", "notes", "mentions", "x", "y"
  };
  static const char * const edge_keys[] = {
    "kind", "label", "confidence", "origin", "evidence"
  };

  assert_xmllint_accepts (bytes);

  {
    g_autofree char *text = bytes_to_string (bytes);

    /* Numbers as short as they can be while reading back the same. */
    g_assert_nonnull (strstr (text, "<data key=\"x\">250</data>"));
    g_assert_nonnull (strstr (text, "<data key=\"y\">1000000</data>"));
    g_assert_nonnull (strstr (text, "<data key=\"y\">-123456.789</data>"));
    g_assert_nonnull (strstr (text, "<data key=\"x\">1e-07</data>"));
    g_assert_nonnull (strstr (text, "<data key=\"confidence\">0.75</data>"));
  }

  g_assert_true (is_element (root, GRAPHML_NS, "graphml"));

  /* Keys, by "for" and attribute name. */
  keys = children (root, GRAPHML_NS, "key");
  for (guint i = 0; i < keys->len; i++)
    {
      xmlNode *key = g_ptr_array_index (keys, i);
      g_autofree char *id = prop (key, "id");
      g_autofree char *domain = prop (key, "for");
      g_autofree char *name = prop (key, "attr.name");
      g_autofree char *type = prop (key, "attr.type");

      g_assert_nonnull (id);
      g_assert_nonnull (type);
      g_assert_false (g_hash_table_contains (key_names, id));
      g_hash_table_insert (key_names, g_strdup (id), g_strdup_printf ("%s:%s", domain, name));
    }
  for (guint i = 0; i < G_N_ELEMENTS (node_keys); i++)
    {
      g_autofree char *wanted = g_strconcat ("node:", node_keys[i], NULL);
      gboolean found = FALSE;
      GHashTableIter iter;
      const char *value;

      g_hash_table_iter_init (&iter, key_names);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &value))
        found |= strcmp (value, wanted) == 0;
      g_assert_true (found);
    }
  for (guint i = 0; i < G_N_ELEMENTS (edge_keys); i++)
    {
      g_autofree char *wanted = g_strconcat ("edge:", edge_keys[i], NULL);
      gboolean found = FALSE;
      GHashTableIter iter;
      const char *value;

      g_hash_table_iter_init (&iter, key_names);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &value))
        found |= strcmp (value, wanted) == 0;
      g_assert_true (found);
    }

  graph = only_child (root, GRAPHML_NS, "graph");
  edgedefault = prop (graph, "edgedefault");
  g_assert_cmpstr (edgedefault, ==, "directed");

  nodes = children (graph, GRAPHML_NS, "node");
  g_assert_cmpuint (nodes->len, ==, 7);
  for (guint i = 0; i < nodes->len; i++)
    {
      xmlNode *node = g_ptr_array_index (nodes, i);
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (liaison_document_get_actors (doc), i);
      g_autoptr(GPtrArray) data = children (node, GRAPHML_NS, "data");
      char *id = prop (node, "id");
      gboolean labelled = FALSE;

      g_assert_cmpstr (id, ==, liaison_actor_get_id (actor));
      g_assert_true (g_hash_table_add (node_ids, id));

      for (guint j = 0; j < data->len; j++)
        {
          g_autofree char *key = prop (g_ptr_array_index (data, j), "key");
          g_autofree char *value = content (g_ptr_array_index (data, j));
          const char *name = g_hash_table_lookup (key_names, key);

          g_assert_nonnull (name);
          g_assert_true (g_str_has_prefix (name, "node:"));
          if (strcmp (name, "node:label") == 0)
            {
              g_assert_cmpstr (value, ==, liaison_actor_get_name (actor));
              labelled = TRUE;
            }
          else if (strcmp (name, "node:aliases") == 0)
            {
              g_assert_cmpstr (value, ==, "Wang Yi; Mr Wang");
            }
          else if (strcmp (name, "node:notes") == 0)
            {
              g_assert_cmpstr (value, ==, liaison_actor_get_notes (actor));
            }
          else if (strcmp (name, "node:y") == 0 && i == 0)
            {
              /* Gephi's y axis points up. */
              g_assert_cmpstr (value, ==, "20.25");
            }
        }
      g_assert_true (labelled);
    }

  edges = children (graph, GRAPHML_NS, "edge");
  g_assert_cmpuint (edges->len, ==, 6);
  for (guint i = 0; i < edges->len; i++)
    {
      xmlNode *edge = g_ptr_array_index (edges, i);
      g_autoptr(LiaisonRelation) relation =
        g_list_model_get_item (liaison_document_get_relations (doc), i);
      g_autofree char *source = prop (edge, "source");
      g_autofree char *target = prop (edge, "target");
      g_autofree char *directed = prop (edge, "directed");
      g_autoptr(GPtrArray) data = children (edge, GRAPHML_NS, "data");

      g_assert_true (g_hash_table_contains (node_ids, source));
      g_assert_true (g_hash_table_contains (node_ids, target));
      g_assert_cmpstr (directed, ==, liaison_relation_is_symmetric (relation) ? "false" : NULL);

      for (guint j = 0; j < data->len; j++)
        {
          g_autofree char *key = prop (g_ptr_array_index (data, j), "key");
          g_autofree char *value = content (g_ptr_array_index (data, j));
          const char *name = g_hash_table_lookup (key_names, key);

          g_assert_nonnull (name);
          g_assert_true (g_str_has_prefix (name, "edge:"));
          if (strcmp (name, "edge:kind") == 0)
            g_assert_cmpstr (value, ==, liaison_relation_kind_to_string (
                                          liaison_relation_get_kind (relation)));
          if (strcmp (name, "edge:evidence") == 0)
            g_assert_cmpstr (value, ==,
                             "Wang Yi met Kenya's minister.\nThey \"agreed\", & more.");
        }
    }
}

static void
test_gexf_structure (void)
{
  static const struct { guint r, g, b; } colours[LIAISON_N_ACTOR_KINDS] = {
    [LIAISON_ACTOR_KIND_COUNTRY] = { 0x35, 0x84, 0xe4 },
    [LIAISON_ACTOR_KIND_PERSON] = { 0xe6, 0x61, 0x00 },
    [LIAISON_ACTOR_KIND_ORGANIZATION] = { 0x91, 0x41, 0xac },
    [LIAISON_ACTOR_KIND_PROGRAMME] = { 0x2e, 0xc2, 0x7e },
    [LIAISON_ACTOR_KIND_SECTOR] = { 0xc8, 0x88, 0x00 },
    [LIAISON_ACTOR_KIND_PLACE] = { 0x77, 0x76, 0x7b },
  };
  g_autoptr(LiaisonDocument) doc = make_document ();
  g_autoptr(GBytes) bytes = export (doc, LIAISON_GRAPH_FORMAT_GEXF, NULL);
  g_autoptr(xmlDoc) xml = parse_strictly (bytes);
  g_autoptr(GHashTable) node_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) edge_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) attribute_ids = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                               g_free, g_free);
  g_autoptr(GPtrArray) attributes = NULL;
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) edges = NULL;
  xmlNode *root = xmlDocGetRootElement (xml);
  xmlNode *meta, *graph;
  g_autofree char *version = prop (root, "version");
  g_autofree char *date = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *description = NULL;
  g_autofree char *edge_type = NULL;
  g_autofree char *mode = NULL;
  guint n_colours = 0;

  assert_xmllint_accepts (bytes);

  g_assert_true (is_element (root, GEXF_NS, "gexf"));
  g_assert_cmpstr (version, ==, "1.3");
  g_assert_nonnull (xmlSearchNsByHref (xml, root, BAD_CAST GEXF_VIZ_NS));

  /* meta comes first, then graph, and nothing else. */
  meta = xmlFirstElementChild (root);
  g_assert_true (is_element (meta, GEXF_NS, "meta"));
  graph = xmlNextElementSibling (meta);
  g_assert_true (is_element (graph, GEXF_NS, "graph"));
  g_assert_null (xmlNextElementSibling (graph));

  date = prop (meta, "lastmodifieddate");
  g_assert_cmpstr (date, ==, "2023-07-24");
  creator = content (only_child (meta, GEXF_NS, "creator"));
  g_assert_cmpstr (creator, ==, "Liaison");
  description = content (only_child (meta, GEXF_NS, "description"));
  g_assert_cmpstr (description, ==, "Kenya & China: <talks> \"2023\"");

  edge_type = prop (graph, "defaultedgetype");
  g_assert_cmpstr (edge_type, ==, "directed");
  mode = prop (graph, "mode");
  g_assert_cmpstr (mode, ==, "static");

  /* Attribute declarations: one class each, ids unique within the class. */
  attributes = children (graph, GEXF_NS, "attributes");
  g_assert_cmpuint (attributes->len, ==, 2);
  for (guint i = 0; i < attributes->len; i++)
    {
      g_autofree char *klass = prop (g_ptr_array_index (attributes, i), "class");
      g_autoptr(GPtrArray) declared = children (g_ptr_array_index (attributes, i), GEXF_NS,
                                                "attribute");

      g_assert_true (g_strcmp0 (klass, i == 0 ? "node" : "edge") == 0);
      for (guint j = 0; j < declared->len; j++)
        {
          g_autofree char *id = prop (g_ptr_array_index (declared, j), "id");
          g_autofree char *title = prop (g_ptr_array_index (declared, j), "title");
          g_autofree char *type = prop (g_ptr_array_index (declared, j), "type");

          g_assert_nonnull (title);
          g_assert_true (g_strv_contains ((const char * const[]) { "string", "integer", "double",
                                                                   NULL }, type));
          g_assert_true (g_hash_table_insert (attribute_ids,
                                              g_strdup_printf ("%s:%s", klass, id),
                                              g_strdup (title)));
        }
    }

  nodes = children (only_child (graph, GEXF_NS, "nodes"), GEXF_NS, "node");
  g_assert_cmpuint (nodes->len, ==, 7);
  for (guint i = 0; i < nodes->len; i++)
    {
      xmlNode *node = g_ptr_array_index (nodes, i);
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (liaison_document_get_actors (doc), i);
      LiaisonActorKind kind = liaison_actor_get_kind (actor);
      char *id = prop (node, "id");
      g_autofree char *label = prop (node, "label");
      g_autoptr(GPtrArray) values = NULL;
      gboolean placed = FALSE;
      double x, y;

      g_assert_cmpstr (id, ==, liaison_actor_get_id (actor));
      g_assert_true (g_hash_table_add (node_ids, id));
      g_assert_cmpstr (label, ==, liaison_actor_get_name (actor));

      values = children (only_child (node, GEXF_NS, "attvalues"), GEXF_NS, "attvalue");
      for (guint j = 0; j < values->len; j++)
        {
          g_autofree char *key = prop (g_ptr_array_index (values, j), "for");
          g_autofree char *value = prop (g_ptr_array_index (values, j), "value");
          g_autofree char *qualified = g_strconcat ("node:", key, NULL);
          const char *title = g_hash_table_lookup (attribute_ids, qualified);

          g_assert_nonnull (title);
          if (strcmp (title, "kind") == 0)
            g_assert_cmpstr (value, ==, liaison_actor_kind_to_string (kind));
          if (strcmp (title, "role") == 0)
            g_assert_cmpstr (value, ==, liaison_actor_get_role (actor));
        }

      for (xmlNode *child = xmlFirstElementChild (node); child; child = xmlNextElementSibling (child))
        {
          if (is_element (child, GEXF_VIZ_NS, "color"))
            {
              g_autofree char *r = prop (child, "r");
              g_autofree char *g = prop (child, "g");
              g_autofree char *b = prop (child, "b");

              g_assert_cmpuint (atoi (r), ==, colours[kind].r);
              g_assert_cmpuint (atoi (g), ==, colours[kind].g);
              g_assert_cmpuint (atoi (b), ==, colours[kind].b);
              n_colours++;
            }
          else if (is_element (child, GEXF_VIZ_NS, "position"))
            {
              g_autofree char *px = prop (child, "x");
              g_autofree char *py = prop (child, "y");
              g_autofree char *pz = prop (child, "z");

              g_assert_true (liaison_document_get_position (doc, id, &x, &y, NULL));
              g_assert_cmpfloat (g_ascii_strtod (px, NULL), ==, x);
              g_assert_cmpfloat (g_ascii_strtod (py, NULL), ==, y == 0 ? 0 : -y);
              g_assert_cmpstr (pz, ==, "0");
              placed = TRUE;
            }
          else if (is_element (child, GEXF_VIZ_NS, "size"))
            {
              g_autofree char *size = prop (child, "value");

              g_assert_cmpfloat (g_ascii_strtod (size, NULL), >=, 10);
            }
          else
            {
              g_assert_true (is_element (child, GEXF_NS, "attvalues"));
            }
        }
      g_assert_cmpint (placed, ==, liaison_document_get_position (doc, id, NULL, NULL, NULL));
    }
  g_assert_cmpuint (n_colours, ==, 7);

  edges = children (only_child (graph, GEXF_NS, "edges"), GEXF_NS, "edge");
  g_assert_cmpuint (edges->len, ==, 6);
  for (guint i = 0; i < edges->len; i++)
    {
      xmlNode *edge = g_ptr_array_index (edges, i);
      g_autoptr(LiaisonRelation) relation =
        g_list_model_get_item (liaison_document_get_relations (doc), i);
      char *id = prop (edge, "id");
      g_autofree char *source = prop (edge, "source");
      g_autofree char *target = prop (edge, "target");
      g_autofree char *label = prop (edge, "label");
      g_autofree char *type = prop (edge, "type");
      g_autofree char *weight = prop (edge, "weight");
      g_autofree char *kind = prop (edge, "kind");

      g_assert_nonnull (id);
      g_assert_true (g_hash_table_add (edge_ids, id));
      g_assert_false (g_hash_table_contains (node_ids, id));
      g_assert_true (g_hash_table_contains (node_ids, source));
      g_assert_true (g_hash_table_contains (node_ids, target));
      g_assert_nonnull (label);
      g_assert_cmpstr (kind, ==, liaison_relation_kind_to_string (liaison_relation_get_kind (relation)));
      g_assert_cmpstr (type, ==, liaison_relation_is_symmetric (relation) ? "undirected" : NULL);
      g_assert_cmpint (atoi (weight), ==, MAX (1, liaison_relation_get_n_evidence (relation)));
    }

  {
    g_autofree char *text = bytes_to_string (bytes);

    /* Labels: the relation's own, escaped, or its kind's. */
    g_assert_nonnull (strstr (text, "label=\"backs, &quot;strongly&quot; &amp; &lt;openly&gt;\""));
    g_assert_nonnull (strstr (text, "label=\"met with\""));
    g_assert_nonnull (strstr (text, "label=\"Multi&#10;Line\""));
    g_assert_nonnull (strstr (text, "weight=\"2\""));
  }
}

/* A DOT reader small enough to trust: checks that every id and value is a quoted string,
 * escapes are only \" \\ \n, braces balance, and returns node labels by id, decoded. */
static char *
dot_read_string (const char **p)
{
  GString *value = g_string_new (NULL);

  g_assert_cmpint (**p, ==, '"');
  (*p)++;
  while (**p != '"')
    {
      g_assert_cmpint (**p, !=, '\0');
      g_assert_cmpint (**p, !=, '\n');
      if (**p == '\\')
        {
          (*p)++;
          switch (**p)
            {
            case '"':
              g_string_append_c (value, '"');
              break;

            case '\\':
              g_string_append_c (value, '\\');
              break;

            case 'n':
              g_string_append_c (value, '\n');
              break;

            default:
              g_assert_not_reached ();
            }
        }
      else
        {
          g_string_append_c (value, **p);
        }
      (*p)++;
    }
  (*p)++;

  return g_string_free (value, FALSE);
}

static void
dot_skip_space (const char **p)
{
  while (g_ascii_isspace (**p))
    (*p)++;
}

static void
dot_expect (const char **p,
            const char  *token)
{
  dot_skip_space (p);
  g_assert_true (g_str_has_prefix (*p, token));
  *p += strlen (token);
}

/* Reads "[name="value", ...]"; returns the attributes. */
static GHashTable *
dot_read_attributes (const char **p)
{
  GHashTable *attributes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  dot_expect (p, "[");
  for (;;)
    {
      const char *start;
      char *name;

      dot_skip_space (p);
      start = *p;
      while (g_ascii_isalpha (**p))
        (*p)++;
      g_assert_cmpint (*p - start, >, 0);
      name = g_strndup (start, *p - start);
      dot_expect (p, "=");
      dot_skip_space (p);
      g_hash_table_insert (attributes, name, dot_read_string (p));
      dot_skip_space (p);
      if (**p == ']')
        break;
      dot_expect (p, ",");
    }
  (*p)++;

  return attributes;
}

static GHashTable *
dot_parse (const char *text,
           guint      *n_edges,
           char      **title)
{
  GHashTable *labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *p = text;

  *n_edges = 0;
  dot_expect (&p, "digraph");
  dot_skip_space (&p);
  *title = dot_read_string (&p);
  dot_expect (&p, "{");
  dot_expect (&p, "node");
  g_hash_table_unref (dot_read_attributes (&p));
  dot_expect (&p, ";");

  for (;;)
    {
      g_autofree char *id = NULL;
      g_autoptr(GHashTable) attributes = NULL;

      dot_skip_space (&p);
      if (*p == '}')
        break;

      id = dot_read_string (&p);
      dot_skip_space (&p);
      if (g_str_has_prefix (p, "->"))
        {
          g_autofree char *target = NULL;

          p += 2;
          dot_skip_space (&p);
          target = dot_read_string (&p);
          g_assert_true (g_hash_table_contains (labels, id));
          g_assert_true (g_hash_table_contains (labels, target));
          attributes = dot_read_attributes (&p);
          g_assert_true (g_hash_table_contains (attributes, "label"));
          (*n_edges)++;
        }
      else
        {
          attributes = dot_read_attributes (&p);
          g_assert_false (g_hash_table_contains (labels, id));
          g_hash_table_insert (labels, g_steal_pointer (&id),
                               g_strdup (g_hash_table_lookup (attributes, "label")));
        }
      dot_expect (&p, ";");
    }

  dot_expect (&p, "}");
  dot_skip_space (&p);
  g_assert_cmpint (*p, ==, '\0');

  return labels;
}

static void
test_dot (void)
{
  g_autoptr(LiaisonDocument) doc = make_document ();
  g_autoptr(GBytes) bytes = export (doc, LIAISON_GRAPH_FORMAT_DOT, NULL);
  g_autofree char *text = bytes_to_string (bytes);
  g_autoptr(GHashTable) labels = NULL;
  g_autofree char *title = NULL;
  g_autofree char *dot = g_find_program_in_path ("dot");
  GListModel *actors = liaison_document_get_actors (doc);
  guint n_edges;

  labels = dot_parse (text, &n_edges, &title);
  g_assert_cmpstr (title, ==, "Kenya & China: <talks> \"2023\"");
  g_assert_cmpuint (g_hash_table_size (labels), ==, 7);
  g_assert_cmpuint (n_edges, ==, 6);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);

      g_assert_cmpstr (g_hash_table_lookup (labels, liaison_actor_get_id (actor)), ==,
                       liaison_actor_get_name (actor));
    }

  /* Escaping as written, and the attributes that carry meaning. */
  g_assert_nonnull (strstr (text, "[label=\"Café \\\"Le Quai\\\" & Co <Ltd>\", shape=\"box\", "
                                  "color=\"#9141ac\", fillcolor=\"#9141ac33\"];"));
  g_assert_nonnull (strstr (text, "[label=\"Multi\\nLine\""));
  g_assert_nonnull (strstr (text, "[label=\"Back\\\\slash \\\\n \\\\\""));
  g_assert_nonnull (strstr (text, "\"person-wang-yi\" -> \"country-kenya\" "
                                  "[label=\"met with\", dir=\"none\"];"));
  g_assert_nonnull (strstr (text, "\"country-kenya\" -> \"organization-cafe\" "
                                  "[label=\"backs, \\\"strongly\\\" & <openly>\"];"));

  /* Graphviz is not a dependency; when it is there, it must accept the file. */
  if (dot != NULL)
    {
      const char *argv[] = { dot, "-Tsvg", "-o/dev/null", NULL };
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;

      process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE, &error);
      g_assert_no_error (error);
      g_subprocess_communicate (process, bytes, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_successful (process));
    }
}

static void
test_dot_untitled (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  add_actor (doc, "a", "A\"", LIAISON_ACTOR_KIND_PERSON);
  bytes = export (doc, LIAISON_GRAPH_FORMAT_DOT, NULL);
  text = bytes_to_string (bytes);

  g_assert_cmpstr (text, ==,
                   "digraph \"Liaison\" {\n"
                   "  node [style=\"filled\"];\n"
                   "  \"a\" [label=\"A\\\"\", shape=\"ellipse\", color=\"#e66100\", "
                   "fillcolor=\"#e6610033\"];\n"
                   "}\n");
}

static void
test_csv (void)
{
  g_autoptr(LiaisonDocument) doc = make_document ();
  g_autoptr(GBytes) edges = NULL;
  g_autoptr(GBytes) nodes = export (doc, LIAISON_GRAPH_FORMAT_CSV, &edges);
  g_autofree char *nodes_text = bytes_to_string (nodes);
  g_autofree char *edges_text = bytes_to_string (edges);

  g_assert_cmpstr (nodes_text, ==,
                   "Id,Label,Kind,Role,Aliases\r\n"
                   "person-wang-yi,王毅,person,Foreign Minister,Wang Yi; Mr Wang\r\n"
                   "country-kenya,Kenya,country,,\r\n"
                   "organization-cafe,\"Café \"\"Le Quai\"\" & Co <Ltd>\",organization,,\r\n"
                   "organization-comma,\"Comma, Inc.\",organization,,\r\n"
                   "programme-multi,\"Multi\nLine\",programme,,\r\n"
                   "sector-slash,Back\\slash \\n \\,sector,,\r\n"
                   "place-nairobi,Nairobi,place,,\r\n");
  g_assert_cmpstr (edges_text, ==,
                   "Source,Target,Type,Id,Label,Kind,Weight\r\n"
                   "person-wang-yi,country-kenya,Undirected,rel-1,met with,met_with,2\r\n"
                   "country-kenya,organization-cafe,Directed,rel-2,"
                   "\"backs, \"\"strongly\"\" & <openly>\",supports,1\r\n"
                   "organization-comma,organization-cafe,Directed,rel-3,part of,part_of,1\r\n"
                   "country-kenya,programme-multi,Directed,rel-4,participates in,"
                   "participates_in,1\r\n"
                   "sector-slash,place-nairobi,Directed,rel-5,cooperation in,cooperation_in,1\r\n"
                   "organization-cafe,organization-comma,Undirected,rel-6,cooperates with,"
                   "cooperates_with,1\r\n");
}

static void
test_deterministic (void)
{
  for (LiaisonGraphFormat format = LIAISON_GRAPH_FORMAT_GRAPHML;
       format <= LIAISON_GRAPH_FORMAT_CSV; format++)
    {
      g_autoptr(LiaisonDocument) doc1 = make_document ();
      g_autoptr(LiaisonDocument) doc2 = make_document ();
      g_autoptr(GBytes) edges1 = NULL;
      g_autoptr(GBytes) edges2 = NULL;
      g_autoptr(GBytes) once = export (doc1, format, &edges1);
      g_autoptr(GBytes) again = export (doc1, format, &edges2);
      g_autoptr(GBytes) edges3 = NULL;
      g_autoptr(GBytes) other = export (doc2, format, &edges3);

      g_assert_true (g_bytes_equal (once, again));
      g_assert_true (g_bytes_equal (once, other));
      if (edges1 != NULL)
        {
          g_assert_true (g_bytes_equal (edges1, edges2));
          g_assert_true (g_bytes_equal (edges1, edges3));
        }
    }
}

static void
test_cancelled (void)
{
  g_autoptr(LiaisonDocument) doc = make_document ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (liaison_export_graph (doc, LIAISON_GRAPH_FORMAT_GRAPHML, stream, NULL,
                                        cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_roundtrip_xml (gconstpointer data)
{
  LiaisonGraphFormat format = GPOINTER_TO_INT (data);
  g_autoptr(LiaisonDocument) doc = make_document ();
  g_autoptr(GBytes) bytes = export (doc, format, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDocument) back = liaison_import_graph (bytes, format, &error);
  LiaisonActor *cafe;

  g_assert_no_error (error);
  assert_same_graph (doc, back, SAME_NAMES | SAME_DETAILS | SAME_POSITIONS | SAME_LABELS);

  cafe = liaison_document_lookup_actor (back, "organization-cafe");
  g_assert_cmpstr (liaison_actor_get_notes (cafe), ==,
                   "First line,\nsecond \"line\"\r\nthird\tline");

  /* What Liaison does not put in these formats is not invented on the way back. */
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_articles (back)), ==, 0);
}

static void
test_roundtrip_csv (void)
{
  g_autoptr(LiaisonDocument) doc = make_document ();
  g_autoptr(GBytes) edges = NULL;
  g_autoptr(GBytes) nodes = export (doc, LIAISON_GRAPH_FORMAT_CSV, &edges);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDocument) back = liaison_import_graph (edges, LIAISON_GRAPH_FORMAT_CSV, &error);
  GListModel *relations = liaison_document_get_relations (doc);

  g_assert_no_error (error);

  /* An edge list names actors by what its Source and Target columns hold: Gephi's ids. */
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_actors (back)), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_relations (back)), ==, 6);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(LiaisonRelation) a = g_list_model_get_item (relations, i);
      LiaisonRelation *b = liaison_document_lookup_relation (back, liaison_relation_get_id (a));

      g_assert_nonnull (b);
      g_assert_cmpstr (liaison_actor_get_id (liaison_relation_get_source (a)), ==,
                       liaison_actor_get_name (liaison_relation_get_source (b)));
      g_assert_cmpstr (liaison_actor_get_id (liaison_relation_get_target (a)), ==,
                       liaison_actor_get_name (liaison_relation_get_target (b)));
      g_assert_cmpint (liaison_relation_get_kind (a), ==, liaison_relation_get_kind (b));
      g_assert_cmpstr (liaison_relation_get_label (a), ==, liaison_relation_get_label (b));
      g_assert_cmpint (liaison_relation_get_origin (b), ==, LIAISON_ORIGIN_USER);
    }
}

static void
test_import_csv (void)
{
  g_autoptr(LiaisonDocument) doc = NULL;
  LiaisonActor *wang, *kenya, *cafe;
  LiaisonRelation *relation;
  GListModel *relations;

  /* No header, two and three fields, quoted fields with commas, quotes and line breaks, blank
   * lines, blanks around fields, CRLF and LF, a kind written as its label, an unknown kind,
   * the same actor written differently, a repeated edge and a self-loop. */
  doc = import ("\xEF\xBB\xBF"
                "王毅,Kenya,met_with\r\n"
                "\r\n"
                "Kenya , \"Café \"\"Le Quai\"\", Ltd\" , Supports\n"
                "\"Multi\nLine\",kenya\n"
                "KENYA,王毅,met with\n"
                "Kenya,Kenya,supports\n"
                "Kenya,Nairobi,funds",
                -1, LIAISON_GRAPH_FORMAT_CSV);

  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_actors (doc)), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (liaison_document_get_actors (doc), i);

      /* In the order the file names them. */
      g_assert_cmpstr (liaison_actor_get_name (actor), ==,
                       ((const char *[]) { "王毅", "Kenya", "Café \"Le Quai\", Ltd", "Multi\nLine",
                                           "Nairobi" })[i]);
    }
  wang = liaison_document_find_actor (doc, "王毅");
  kenya = liaison_document_find_actor (doc, "Kenya");
  cafe = liaison_document_find_actor (doc, "Café \"Le Quai\", Ltd");
  g_assert_nonnull (wang);
  g_assert_nonnull (kenya);
  g_assert_nonnull (cafe);
  g_assert_nonnull (liaison_document_find_actor (doc, "Multi\nLine"));
  g_assert_cmpint (liaison_actor_get_kind (wang), ==, LIAISON_ACTOR_KIND_ORGANIZATION);
  g_assert_cmpstr (liaison_actor_get_id (kenya), ==, "organization-kenya");

  relations = liaison_document_get_relations (doc);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 4);
  relation = liaison_document_find_relation (doc, wang, kenya, LIAISON_RELATION_KIND_MET_WITH);
  g_assert_nonnull (relation);
  g_assert_null (liaison_relation_get_label (relation));
  g_assert_cmpint (liaison_relation_get_origin (relation), ==, LIAISON_ORIGIN_USER);
  g_assert_nonnull (liaison_document_find_relation (doc, kenya, cafe,
                                                    LIAISON_RELATION_KIND_SUPPORTS));
  relation = liaison_document_find_relation (doc, kenya,
                                             liaison_document_find_actor (doc, "Nairobi"),
                                             LIAISON_RELATION_KIND_COOPERATES_WITH);
  g_assert_nonnull (relation);
  g_assert_cmpstr (liaison_relation_get_label (relation), ==, "funds");

  g_clear_object (&doc);

  /* A header in any case and order, with columns we do not read. */
  doc = import ("Weight,TARGET,Kind,source,Label\n"
                "3,B,part_of,A,a part\n"
                "1,C,,A,\n",
                -1, LIAISON_GRAPH_FORMAT_CSV);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_relations (doc)), ==, 2);
  relation = liaison_document_find_relation (doc, liaison_document_find_actor (doc, "A"),
                                             liaison_document_find_actor (doc, "B"),
                                             LIAISON_RELATION_KIND_PART_OF);
  g_assert_nonnull (relation);
  g_assert_cmpstr (liaison_relation_get_label (relation), ==, "a part");
  g_assert_nonnull (liaison_document_find_relation (doc, liaison_document_find_actor (doc, "A"),
                                                    liaison_document_find_actor (doc, "C"),
                                                    LIAISON_RELATION_KIND_COOPERATES_WITH));

  g_clear_object (&doc);

  /* Windows-1252 from a spreadsheet, and bytes only Latin-1 knows. */
  doc = import ("Caf\xe9,Kenya \x80\n", -1, LIAISON_GRAPH_FORMAT_CSV);
  g_assert_nonnull (liaison_document_find_actor (doc, "Café"));
  g_assert_nonnull (liaison_document_find_actor (doc, "Kenya €"));
  g_clear_object (&doc);
  doc = import ("A\x81,B\n", -1, LIAISON_GRAPH_FORMAT_CSV);
  g_assert_nonnull (liaison_document_find_actor (doc, "A\xc2\x81"));
}

static void
test_import_foreign (void)
{
  g_autoptr(LiaisonDocument) doc = NULL;
  LiaisonActor *actor;
  LiaisonRelation *relation;
  double x, y;

  /* networkx or Gephi style: numeric ids, no namespace on the data, edges before nodes, a
   * default value, an unknown kind, a label that only repeats the kind. */
  doc = import ("<?xml version='1.0' encoding='utf-8'?>\n"
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                "<key id=\"d0\" for=\"node\" attr.name=\"Label\" attr.type=\"string\"/>\n"
                "<key id=\"d1\" for=\"node\" attr.name=\"kind\" attr.type=\"string\">"
                "<default>country</default></key>\n"
                "<key id=\"d2\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
                "<key id=\"d3\" for=\"all\" attr.name=\"label\" attr.type=\"string\"/>\n"
                "<graph edgedefault=\"undirected\">\n"
                "<edge source=\"0\" target=\"1\"><data key=\"d2\">Funds</data></edge>\n"
                "<edge source=\"1\" target=\"2\"><data key=\"d2\">met_with</data>"
                "<data key=\"d3\">met with</data></edge>\n"
                "<node id=\"0\"><data key=\"d0\">  Kenya  </data></node>\n"
                "<node id=\"1\"><data key=\"d1\">Person</data><data key=\"d0\">Ruto</data></node>\n"
                "<node id=\"2\"><data key=\"d1\">planet</data></node>\n"
                "</graph></graphml>",
                -1, LIAISON_GRAPH_FORMAT_GRAPHML);

  actor = liaison_document_find_actor (doc, "Kenya");
  g_assert_nonnull (actor);
  g_assert_cmpstr (liaison_actor_get_id (actor), ==, "country-kenya");
  g_assert_cmpint (liaison_actor_get_kind (actor), ==, LIAISON_ACTOR_KIND_COUNTRY);
  actor = liaison_document_find_actor (doc, "Ruto");
  g_assert_cmpint (liaison_actor_get_kind (actor), ==, LIAISON_ACTOR_KIND_PERSON);
  /* No label: the id is the name. An unknown kind is an organisation. */
  actor = liaison_document_find_actor (doc, "2");
  g_assert_nonnull (actor);
  g_assert_cmpint (liaison_actor_get_kind (actor), ==, LIAISON_ACTOR_KIND_ORGANIZATION);

  relation = liaison_document_find_relation (doc, liaison_document_find_actor (doc, "Kenya"),
                                             liaison_document_find_actor (doc, "Ruto"),
                                             LIAISON_RELATION_KIND_COOPERATES_WITH);
  g_assert_nonnull (relation);
  g_assert_cmpstr (liaison_relation_get_label (relation), ==, "Funds");
  g_assert_cmpint (liaison_relation_get_origin (relation), ==, LIAISON_ORIGIN_USER);
  g_assert_cmpfloat (liaison_relation_get_confidence (relation), ==, 1.0);
  relation = liaison_document_find_relation (doc, liaison_document_find_actor (doc, "Ruto"),
                                             actor, LIAISON_RELATION_KIND_MET_WITH);
  g_assert_nonnull (relation);
  g_assert_null (liaison_relation_get_label (relation));
  g_clear_object (&doc);

  /* yEd: labels and geometry in its own markup. */
  doc = import ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                "xmlns:y=\"http://www.yworks.com/xml/graphml\">\n"
                "  <key for=\"node\" id=\"d6\" yfiles.type=\"nodegraphics\"/>\n"
                "  <graph edgedefault=\"directed\" id=\"G\">\n"
                "    <node id=\"n0\">\n"
                "      <data key=\"d6\">\n"
                "        <y:ShapeNode>\n"
                "          <y:Geometry height=\"30.0\" width=\"40.0\" x=\"100.0\" y=\"-15.0\"/>\n"
                "          <y:NodeLabel>Nairobi</y:NodeLabel>\n"
                "        </y:ShapeNode>\n"
                "      </data>\n"
                "    </node>\n"
                "    <node id=\"n1\"/>\n"
                "    <edge id=\"e0\" source=\"n0\" target=\"n1\"/>\n"
                "  </graph>\n"
                "</graphml>\n",
                -1, LIAISON_GRAPH_FORMAT_GRAPHML);
  actor = liaison_document_lookup_actor (doc, "n0");
  g_assert_cmpstr (liaison_actor_get_name (actor), ==, "Nairobi");
  g_assert_true (liaison_document_get_position (doc, "n0", &x, &y, NULL));
  g_assert_cmpfloat (x, ==, 120.0);
  g_assert_cmpfloat (y, ==, 0.0);
  g_assert_nonnull (liaison_document_lookup_relation (doc, "e0"));
  g_clear_object (&doc);

  /* GEXF 1.2draft as Gephi wrote it: numeric attribute ids, attvalue "for", viz positions. */
  doc = import ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
                "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" version=\"1.2\">\n"
                "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n"
                "    <attributes class=\"node\" mode=\"static\">\n"
                "      <attribute id=\"0\" title=\"Kind\" type=\"string\"/>\n"
                "    </attributes>\n"
                "    <nodes>\n"
                "      <node id=\"0\" label=\"Kenya\">\n"
                "        <attvalues><attvalue for=\"0\" value=\"country\"/></attvalues>\n"
                "        <viz:position x=\"-3.5\" y=\"2.0\" z=\"0.0\"/>\n"
                "      </node>\n"
                "      <node id=\"1\" label=\"Ruto\"/>\n"
                "    </nodes>\n"
                "    <edges>\n"
                "      <edge id=\"0\" source=\"1\" target=\"0\" label=\"leads\" weight=\"2.0\"/>\n"
                "    </edges>\n"
                "  </graph>\n"
                "</gexf>\n",
                -1, LIAISON_GRAPH_FORMAT_GEXF);
  actor = liaison_document_find_actor (doc, "Kenya");
  g_assert_cmpint (liaison_actor_get_kind (actor), ==, LIAISON_ACTOR_KIND_COUNTRY);
  g_assert_true (liaison_document_get_position (doc, liaison_actor_get_id (actor), &x, &y, NULL));
  g_assert_cmpfloat (x, ==, -3.5);
  g_assert_cmpfloat (y, ==, -2.0);
  relation = liaison_document_find_relation (doc, liaison_document_find_actor (doc, "Ruto"),
                                             actor, LIAISON_RELATION_KIND_COOPERATES_WITH);
  g_assert_nonnull (relation);
  g_assert_cmpstr (liaison_relation_get_label (relation), ==, "leads");
}

static void
test_import_malformed (void)
{
  static const char truncated[] =
    "<?xml version=\"1.0\"?><graphml xmlns=\"" GRAPHML_NS "\"><graph><node id=\"a\">";
  static const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe";
  static const struct {
    LiaisonGraphFormat  format;
    const char         *input;
    gssize              length;
    const char         *message;
  } cases[] = {
    { LIAISON_GRAPH_FORMAT_GRAPHML, "", 0, "empty" },
    { LIAISON_GRAPH_FORMAT_GRAPHML, binary, sizeof binary - 1, "line 1: not well-formed XML" },
    { LIAISON_GRAPH_FORMAT_GRAPHML, truncated, -1, "not well-formed XML" },
    { LIAISON_GRAPH_FORMAT_GRAPHML, "<graphml><graph>\xff</graph></graphml>", -1,
      "not well-formed XML" },
    { LIAISON_GRAPH_FORMAT_GRAPHML, "   \n ", -1, "not well-formed XML" },
    { LIAISON_GRAPH_FORMAT_GRAPHML, "<html><body/></html>", -1, "line 1: not a GraphML document" },
    { LIAISON_GRAPH_FORMAT_GRAPHML, "<graphml xmlns=\"urn:other\"><graph/></graphml>", -1,
      "not a GraphML document" },
    { LIAISON_GRAPH_FORMAT_GRAPHML, "<graphml xmlns=\"" GRAPHML_NS "\"/>", -1,
      "no <graph> element" },
    { LIAISON_GRAPH_FORMAT_GRAPHML,
      "<graphml xmlns=\"" GRAPHML_NS "\"><graph>\n"
      "<node id=\"a\"/><node id=\"b\"/>\n"
      "<edge source=\"a\" target=\"b\"/>\n"
      "<edge source=\"b\" target=\"a\"/>\n"
      "<edge source=\"a\" target=\"x\"/>\n"
      "</graph></graphml>", -1, "line 5: edge 3: no node with id \"x\"" },
    { LIAISON_GRAPH_FORMAT_GRAPHML,
      "<graphml xmlns=\"" GRAPHML_NS "\"><graph><node id=\"a\"/>"
      "<edge target=\"a\"/></graph></graphml>", -1, "edge 1: no source" },
    { LIAISON_GRAPH_FORMAT_GRAPHML,
      "<graphml xmlns=\"" GRAPHML_NS "\"><graph><node id=\"a\"/><node/></graph></graphml>", -1,
      "node 2: no id" },
    { LIAISON_GRAPH_FORMAT_GRAPHML,
      "<graphml xmlns=\"" GRAPHML_NS "\"><graph><node id=\"a\"/><node id=\"a\"/></graph>"
      "</graphml>", -1, "node 2: duplicate id \"a\"" },
    { LIAISON_GRAPH_FORMAT_GEXF, "<gexf/>", -1, "no <graph> element" },
    { LIAISON_GRAPH_FORMAT_GEXF, "<graphml/>", -1, "not a GEXF document" },
    { LIAISON_GRAPH_FORMAT_GEXF,
      "<gexf xmlns=\"" GEXF_NS "\" version=\"1.3\"><graph><nodes><node id=\"a\"/></nodes>"
      "<edges><edge id=\"e\" source=\"a\" target=\"&lt;b&gt;\"/></edges></graph></gexf>", -1,
      "edge 1: no node with id \"<b>\"" },
    { LIAISON_GRAPH_FORMAT_GEXF, truncated, -1, "not well-formed XML" },
    { LIAISON_GRAPH_FORMAT_CSV, "", 0, "empty" },
    { LIAISON_GRAPH_FORMAT_CSV, binary, sizeof binary - 1, "not a text file" },
    { LIAISON_GRAPH_FORMAT_CSV, "a,b\x01\x02\x03\x04,c\x05\x06", -1, "not a text file" },
    { LIAISON_GRAPH_FORMAT_CSV, "a,b,c,d\n", -1, "line 1: expected source,target[,kind]" },
    { LIAISON_GRAPH_FORMAT_CSV, "a,b\nb,c\n\"multi\nline\",d\n\nlonely\n", -1,
      "line 6: expected source,target[,kind]" },
    { LIAISON_GRAPH_FORMAT_CSV, "a,b\n\"open,c\n", -1, "line 2: a quoted field does not end" },
    { LIAISON_GRAPH_FORMAT_CSV, "a,\"b\"x\n", -1, "line 1: text after a closing quote" },
    { LIAISON_GRAPH_FORMAT_CSV, "Source,Kind\na,b\n", -1,
      "line 1: the header needs both a Source and a Target column" },
    { LIAISON_GRAPH_FORMAT_CSV, "source,target\na\n", -1,
      "line 2: expected source,target[,kind]" },
    { LIAISON_GRAPH_FORMAT_CSV, "a,b\n,c\n", -1, "line 2: the source or the target is empty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = cases[i].length < 0 ? strlen (cases[i].input) : (gsize) cases[i].length;
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].input, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(LiaisonDocument) doc = NULL;

      g_test_message ("case %u: expecting \"%s\"", i, cases[i].message);
      doc = liaison_import_graph (bytes, cases[i].format, &error);
      g_assert_null (doc);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_test_message ("got \"%s\"", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }

  /* Graphviz files are written, never read. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static ("digraph {}", 10);
    g_autoptr(GError) error = NULL;

    g_assert_null (liaison_import_graph (bytes, LIAISON_GRAPH_FORMAT_DOT, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  }

  /* Every prefix of a valid file fails cleanly (the last byte is a line break, which the
   * document does not need). */
  {
    g_autoptr(LiaisonDocument) doc = make_document ();

    for (LiaisonGraphFormat format = LIAISON_GRAPH_FORMAT_GRAPHML;
         format <= LIAISON_GRAPH_FORMAT_GEXF; format++)
      {
        g_autoptr(GBytes) bytes = export (doc, format, NULL);
        gsize size = g_bytes_get_size (bytes);

        for (gsize cut = 0; cut < size - 1; cut += 7)
          {
            g_autoptr(GBytes) prefix = g_bytes_new_from_bytes (bytes, 0, cut);
            g_autoptr(GError) error = NULL;
            g_autoptr(LiaisonDocument) back = liaison_import_graph (prefix, format, &error);

            g_assert_null (back);
            g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
          }
      }
  }
}

static guint n_entity_loads;

static xmlParserInputPtr
counting_entity_loader (const char       *url,
                        const char       *id,
                        xmlParserCtxtPtr  ctxt)
{
  n_entity_loads++;
  return NULL;
}

static void
test_import_hostile (void)
{
  static const char billion_laughs[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE graphml [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    "<graphml xmlns=\"" GRAPHML_NS "\">"
    "<key id=\"l\" for=\"node\" attr.name=\"label\"/>"
    "<graph><node id=\"a\" name=\"&lol9;\"><data key=\"l\">&lol9;</data></node></graph>"
    "</graphml>";
  static const char external_entity[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE graphml [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
    "<graphml xmlns=\"" GRAPHML_NS "\"><key id=\"l\" for=\"node\" attr.name=\"label\"/>"
    "<graph><node id=\"a\"><data key=\"l\">&xxe;</data></node></graph></graphml>";
  static const char parameter_entity[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE gexf [ <!ENTITY % pe SYSTEM \"file:///etc/passwd\"> %pe; ]>\n"
    "<gexf xmlns=\"" GEXF_NS "\" version=\"1.3\"><graph><nodes/><edges/></graph></gexf>";
  static const char gexf_entity[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE gexf [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
    "<gexf xmlns=\"" GEXF_NS "\" version=\"1.3\"><graph><nodes>"
    "<node id=\"a\" label=\"&xxe;\"/></nodes><edges/></graph></gexf>";
  static const char xinclude[] =
    "<graphml xmlns=\"" GRAPHML_NS "\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
    "<key id=\"l\" for=\"node\" attr.name=\"label\"/>"
    "<graph><node id=\"a\"><data key=\"l\">x<xi:include href=\"file:///etc/passwd\" "
    "parse=\"text\"/></data></node></graph></graphml>";
  static const struct {
    LiaisonGraphFormat  format;
    const char         *input;
  } refused[] = {
    { LIAISON_GRAPH_FORMAT_GRAPHML, billion_laughs },
    { LIAISON_GRAPH_FORMAT_GEXF, billion_laughs },
    { LIAISON_GRAPH_FORMAT_GRAPHML, external_entity },
    { LIAISON_GRAPH_FORMAT_GEXF, parameter_entity },
    { LIAISON_GRAPH_FORMAT_GEXF, gexf_entity },
  };
  xmlExternalEntityLoader saved = xmlGetExternalEntityLoader ();
  g_autofree char *dir = NULL;
  g_autofree char *dtd = NULL;
  g_autofree char *external_dtd = NULL;
  g_autoptr(GError) error = NULL;

  /* Whatever the input, libxml2 must never be asked to load anything. */
  xmlSetExternalEntityLoader (counting_entity_loader);
  n_entity_loads = 0;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (refused[i].input, strlen (refused[i].input));
      g_autoptr(LiaisonDocument) doc = NULL;

      g_test_message ("hostile case %u", i);
      doc = liaison_import_graph (bytes, refused[i].format, &error);
      g_assert_null (doc);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_nonnull (strstr (error->message, "entities"));
      g_clear_error (&error);
    }

  /* An external DTD that would declare an entity: never loaded, so the reference stays
   * unexpanded and the secret never reaches the document. */
  dir = g_dir_make_tmp ("test-interop-XXXXXX", &error);
  g_assert_no_error (error);
  dtd = g_build_filename (dir, "evil.dtd", NULL);
  g_file_set_contents (dtd, "<!ENTITY secret \"SECRET-MARKER\">", -1, &error);
  g_assert_no_error (error);
  external_dtd = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                                  "<!DOCTYPE graphml SYSTEM \"file://%s\">\n"
                                  "<graphml xmlns=\"" GRAPHML_NS "\">"
                                  "<key id=\"l\" for=\"node\" attr.name=\"label\"/>"
                                  "<graph><node id=\"a\"><data key=\"l\">x&secret;y</data></node>"
                                  "</graph></graphml>", dtd);
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (external_dtd, strlen (external_dtd));
    g_autoptr(LiaisonDocument) doc = liaison_import_graph (bytes, LIAISON_GRAPH_FORMAT_GRAPHML,
                                                           &error);

    if (doc != NULL)
      {
        LiaisonActor *actor = liaison_document_lookup_actor (doc, "a");

        g_assert_null (strstr (liaison_actor_get_name (actor), "SECRET"));
      }
    else
      {
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
        g_clear_error (&error);
      }
  }
  g_unlink (dtd);
  g_rmdir (dir);

  /* XInclude is not processed. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (xinclude, strlen (xinclude));
    g_autoptr(LiaisonDocument) doc = liaison_import_graph (bytes, LIAISON_GRAPH_FORMAT_GRAPHML,
                                                           &error);

    g_assert_no_error (error);
    g_assert_cmpstr (liaison_actor_get_name (liaison_document_lookup_actor (doc, "a")), ==, "x");
  }

  g_assert_cmpuint (n_entity_loads, ==, 0);
  xmlSetExternalEntityLoader (saved);
}

static void
test_large (void)
{
  const guint n_nodes = 10000;
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LiaisonDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  guint n_relations = 0;

  for (guint i = 0; i < n_nodes; i++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%u", i);
      g_autofree char *name = g_strdup_printf ("Actor %u «%c»", i, 'a' + i % 26);

      g_ptr_array_add (actors, add_actor (doc, id, name, i % LIAISON_N_ACTOR_KINDS));
      if (i % 3 != 0)
        liaison_document_set_position (doc, id, i * 0.1, -(double) i / 7, FALSE);
    }

  /* Two edges per node, to the next node (symmetric) and the one after (directed). */
  for (guint i = 0; i < n_nodes; i++)
    {
      g_autofree char *id1 = g_strdup_printf ("rel-%u", n_relations++);
      g_autofree char *id2 = g_strdup_printf ("rel-%u", n_relations++);

      add_relation (doc, id1, g_ptr_array_index (actors, i),
                    g_ptr_array_index (actors, (i + 1) % n_nodes),
                    LIAISON_RELATION_KIND_MET_WITH);
      add_relation (doc, id2, g_ptr_array_index (actors, i),
                    g_ptr_array_index (actors, (i + 2) % n_nodes),
                    i % 2 ? LIAISON_RELATION_KIND_SUPPORTS : LIAISON_RELATION_KIND_PART_OF);
    }
  g_assert_cmpuint (n_relations, ==, 20000);

  bytes = export (doc, LIAISON_GRAPH_FORMAT_GRAPHML, NULL);
  back = liaison_import_graph (bytes, LIAISON_GRAPH_FORMAT_GRAPHML, &error);
  g_assert_no_error (error);

  assert_same_graph (doc, back, SAME_NAMES | SAME_DETAILS | SAME_POSITIONS | SAME_LABELS);
}

int
main (int   argc,
      char *argv[])
{
  /* Relation kind labels are checked in English. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/interop/extension", test_extension);
  g_test_add_func ("/liaison/interop/graphml/structure", test_graphml_structure);
  g_test_add_func ("/liaison/interop/gexf/structure", test_gexf_structure);
  g_test_add_func ("/liaison/interop/dot", test_dot);
  g_test_add_func ("/liaison/interop/dot/untitled", test_dot_untitled);
  g_test_add_func ("/liaison/interop/csv", test_csv);
  g_test_add_func ("/liaison/interop/deterministic", test_deterministic);
  g_test_add_func ("/liaison/interop/cancelled", test_cancelled);
  g_test_add_data_func ("/liaison/interop/roundtrip/graphml",
                        GINT_TO_POINTER (LIAISON_GRAPH_FORMAT_GRAPHML), test_roundtrip_xml);
  g_test_add_data_func ("/liaison/interop/roundtrip/gexf",
                        GINT_TO_POINTER (LIAISON_GRAPH_FORMAT_GEXF), test_roundtrip_xml);
  g_test_add_func ("/liaison/interop/roundtrip/csv", test_roundtrip_csv);
  g_test_add_func ("/liaison/interop/import/csv", test_import_csv);
  g_test_add_func ("/liaison/interop/import/foreign", test_import_foreign);
  g_test_add_func ("/liaison/interop/import/malformed", test_import_malformed);
  g_test_add_func ("/liaison/interop/import/hostile", test_import_hostile);
  g_test_add_func ("/liaison/interop/large", test_large);

  return g_test_run ();
}
