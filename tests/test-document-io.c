/* test-document-io.c — the .liaison file format: round trips, validation, atomic saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "liaison-document-io.h"

/* The format as docs/file-format.md shows it: if this changes, the documentation and every
 * saved file's diff change too. */
static const char golden[] =
  "{\n"
  "  \"format\": \"liaison/1\",\n"
  "  \"articles\": [\n"
  "    {\n"
  "      \"id\": \"kenya-china\",\n"
  "      \"title\": \"Kenya and China sign deal\",\n"
  "      \"date\": \"2023-07-24\",\n"
  "      \"source\": \"Example News\",\n"
  "      \"text\": \"date 2023-07-24\\nKenya and China sign deal\\n\\nKenyan President William Ruto met Xi Jinping in Beijing.\"\n"
  "    }\n"
  "  ],\n"
  "  \"actors\": [\n"
  "    {\n"
  "      \"id\": \"country-kenya\",\n"
  "      \"name\": \"Kenya\",\n"
  "      \"kind\": \"country\",\n"
  "      \"aliases\": [\"Kenyan\"],\n"
  "      \"mentions\": [\n"
  "        {\"article\": \"kenya-china\", \"start\": 43, \"end\": 49, \"text\": \"Kenyan\"}\n"
  "      ]\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"person-william-ruto\",\n"
  "      \"name\": \"William Ruto\",\n"
  "      \"kind\": \"person\",\n"
  "      \"role\": \"President of Kenya\",\n"
  "      \"mentions\": [\n"
  "        {\"article\": \"kenya-china\", \"start\": 60, \"end\": 72, \"text\": \"William Ruto\"}\n"
  "      ],\n"
  "      \"notes\": \"Elected in 2022.\"\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"person-xi-jinping\",\n"
  "      \"name\": \"Xi Jinping\",\n"
  "      \"kind\": \"person\",\n"
  "      \"mentions\": [\n"
  "        {\"article\": \"kenya-china\", \"start\": 77, \"end\": 87, \"text\": \"Xi Jinping\"}\n"
  "      ]\n"
  "    }\n"
  "  ],\n"
  "  \"relations\": [\n"
  "    {\n"
  "      \"id\": \"rel-1\",\n"
  "      \"source\": \"person-william-ruto\",\n"
  "      \"target\": \"person-xi-jinping\",\n"
  "      \"kind\": \"met_with\",\n"
  "      \"label\": \"met\",\n"
  "      \"confidence\": 0.9,\n"
  "      \"origin\": \"extracted\",\n"
  "      \"evidence\": [\n"
  "        {\"article\": \"kenya-china\", \"start\": 43, \"end\": 99, \"text\": \"Kenyan President William Ruto met Xi Jinping in Beijing.\"}\n"
  "      ]\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"rel-2\",\n"
  "      \"source\": \"person-william-ruto\",\n"
  "      \"target\": \"country-kenya\",\n"
  "      \"kind\": \"represents\",\n"
  "      \"confidence\": 1,\n"
  "      \"origin\": \"user\"\n"
  "    }\n"
  "  ],\n"
  "  \"layout\": {\n"
  "    \"country-kenya\": {\"x\": 120.5, \"y\": -40, \"pinned\": true},\n"
  "    \"person-william-ruto\": {\"x\": 0, \"y\": 0.1, \"pinned\": false},\n"
  "    \"person-xi-jinping\": {\"x\": -85.25, \"y\": 60, \"pinned\": false}\n"
  "  },\n"
  "  \"view\": {\n"
  "    \"zoom\": 1.25,\n"
  "    \"center\": [10, -2.5],\n"
  "    \"hidden_kinds\": [\"sector\"]\n"
  "  }\n"
  "}\n";

static LiaisonDocument *
make_golden_document (void)
{
  LiaisonDocument *doc = liaison_document_new ();
  g_autoptr(LiaisonArticle) article = NULL;
  g_autoptr(LiaisonActor) kenya = NULL;
  g_autoptr(LiaisonActor) ruto = NULL;
  g_autoptr(LiaisonActor) xi = NULL;
  g_autoptr(LiaisonRelation) met = NULL;
  g_autoptr(LiaisonRelation) represents = NULL;
  g_autoptr(LiaisonSpan) sentence = NULL;
  const char *id = "kenya-china";

  article = liaison_article_new (id, "date 2023-07-24\nKenya and China sign deal\n\n"
                                     "Kenyan President William Ruto met Xi Jinping in Beijing.");
  liaison_article_set_source (article, "Example News");
  g_assert_true (liaison_document_add_article (doc, article));

  kenya = liaison_actor_new ("country-kenya", "Kenya", LIAISON_ACTOR_KIND_COUNTRY);
  liaison_actor_add_alias (kenya, "Kenyan");
  liaison_actor_add_mention (kenya, &(LiaisonSpan) { (char *) id, 43, 49, (char *) "Kenyan" });
  g_assert_true (liaison_document_add_actor (doc, kenya));

  ruto = liaison_actor_new ("person-william-ruto", "William Ruto", LIAISON_ACTOR_KIND_PERSON);
  liaison_actor_set_role (ruto, "President of Kenya");
  liaison_actor_set_notes (ruto, "Elected in 2022.");
  liaison_actor_add_mention (ruto, &(LiaisonSpan) { (char *) id, 60, 72, (char *) "William Ruto" });
  g_assert_true (liaison_document_add_actor (doc, ruto));

  xi = liaison_actor_new ("person-xi-jinping", "Xi Jinping", LIAISON_ACTOR_KIND_PERSON);
  liaison_actor_add_mention (xi, &(LiaisonSpan) { (char *) id, 77, 87, (char *) "Xi Jinping" });
  g_assert_true (liaison_document_add_actor (doc, xi));

  met = liaison_relation_new ("rel-1", ruto, xi, LIAISON_RELATION_KIND_MET_WITH);
  liaison_relation_set_label (met, "met");
  liaison_relation_set_confidence (met, 0.9);
  sentence = liaison_span_new (id, 43, 99,
                               "Kenyan President William Ruto met Xi Jinping in Beijing.");
  liaison_relation_add_evidence (met, sentence);
  g_assert_true (liaison_document_add_relation (doc, met));

  represents = liaison_relation_new ("rel-2", ruto, kenya, LIAISON_RELATION_KIND_REPRESENTS);
  liaison_relation_set_origin (represents, LIAISON_ORIGIN_USER);
  g_assert_true (liaison_document_add_relation (doc, represents));

  liaison_document_set_position (doc, "person-xi-jinping", -85.25, 60, FALSE);
  liaison_document_set_position (doc, "country-kenya", 120.5, -40, TRUE);
  liaison_document_set_position (doc, "person-william-ruto", 0, 0.1, FALSE);
  liaison_document_set_view (doc, 1.25, 10, -2.5);
  liaison_document_set_kind_hidden (doc, LIAISON_ACTOR_KIND_SECTOR, TRUE);

  return doc;
}

/* Random documents */

/* Pieces that make names and texts hard to write: accents precomposed and combining, CJK,
 * emoji, quotes, backslashes, JSON punctuation, control characters, line separators. */
static const char * const pieces[] = {
  "a", "b", "K", "z", "Q", "0", "9", " ", " ", "Kenya", "China", "Ruto",
  "é", "ü", "Ñ", "ø", "e\xcc\x81", "中", "国", "北京", "東京", "한국", "Москва", "عربي",
  "\"", "'", "\\", "\\u0041", "/", "\n", "\t", "\r", "\x01", "\x1f", "\x7f",
  "{", "}", "[", "]", ",", ":", "‘", "’", "«", "»", "😀", "\xe2\x80\xa8", "\xc2\xa0",
};

static char *
random_string (GRand *rand,
               guint  max_pieces)
{
  GString *str = g_string_new (NULL);
  guint n = (guint) g_rand_int_range (rand, 1, (gint32) max_pieces + 1);

  for (guint i = 0; i < n; i++)
    g_string_append (str, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

  return g_string_free (str, FALSE);
}

static char *
maybe_string (GRand *rand,
              guint  max_pieces)
{
  return g_rand_boolean (rand) ? random_string (rand, max_pieces) : NULL;
}

/* Numbers of every shape: fractions, integers, signed zero, huge and tiny magnitudes, and
 * arbitrary bit patterns, which are what positions after a force layout look like. */
static double
random_double (GRand *rand)
{
  guint64 bits;
  double value;

  switch (g_rand_int_range (rand, 0, 8))
    {
    case 0:
      return g_rand_double_range (rand, -2000, 2000);
    case 1:
      return (double) g_rand_int_range (rand, -1000, 1000);
    case 2:
      return -0.0;
    case 3:
      return g_rand_boolean (rand) ? 1e20 : -1e-10;
    case 4:
      return ldexp (g_rand_double_range (rand, -1, 1), g_rand_int_range (rand, -1070, 1020));
    case 5:
      do
        {
          bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
          memcpy (&value, &bits, sizeof value);
        }
      while (!isfinite (value));
      return value;
    default:
      return g_rand_double_range (rand, -1, 1);
    }
}

static double
random_confidence (GRand *rand)
{
  static const double special[] = { 0.0, 1.0, 0.1, 0.7, 0.5, 1e-300, 0.9999999999999999 };

  if (g_rand_boolean (rand))
    return g_rand_double (rand);
  return special[g_rand_int_range (rand, 0, G_N_ELEMENTS (special))];
}

static LiaisonSpan *
random_span (GRand           *rand,
             LiaisonDocument *doc)
{
  GListModel *articles = liaison_document_get_articles (doc);
  g_autoptr(LiaisonArticle) article = NULL;
  g_autofree char *text = NULL;
  glong length;
  guint start, end;

  article = g_list_model_get_item (articles,
                                   g_rand_int_range (rand, 0, g_list_model_get_n_items (articles)));
  length = g_utf8_strlen (liaison_article_get_text (article), -1);
  start = (guint) g_rand_int_range (rand, 0, length + 1);
  end = (guint) g_rand_int_range (rand, start, length + 1);
  text = maybe_string (rand, 6);

  return liaison_span_new (liaison_article_get_id (article), start, end, text);
}

static LiaisonDocument *
random_document (guint32 seed,
                 guint   max_actors)
{
  static const char * const id_prefixes[] = { "actor-", "person-wang-yi-", "名前-", "a\"b\\c-" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  LiaisonDocument *doc = liaison_document_new ();
  guint n_articles = (guint) g_rand_int_range (rand, 0, 4);
  guint n_actors = n_articles > 0 ? (guint) g_rand_int_range (rand, 0, (gint32) max_actors + 1) : 0;
  guint n_relations = n_actors > 0 ? (guint) g_rand_int_range (rand, 0, 2 * n_actors + 1) : 0;

  for (guint i = 0; i < n_articles; i++)
    {
      g_autofree char *id = g_strdup_printf ("article-%u", i);
      g_autofree char *text = g_rand_int_range (rand, 0, 5) ? random_string (rand, 80)
                                                            : g_strdup ("");
      g_autoptr(LiaisonArticle) article = liaison_article_new (id, text);
      g_autofree char *title = maybe_string (rand, 8);
      g_autofree char *source = maybe_string (rand, 4);
      g_autofree char *date = NULL;

      if (g_rand_boolean (rand))
        date = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 1990, 2031),
                                g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));

      liaison_article_set_title (article, title);
      liaison_article_set_date (article, date);
      liaison_article_set_source (article, source);
      g_assert_true (liaison_document_add_article (doc, article));
    }

  for (guint i = 0; i < n_actors; i++)
    {
      const char *prefix = id_prefixes[g_rand_int_range (rand, 0, G_N_ELEMENTS (id_prefixes))];
      g_autofree char *id = g_strdup_printf ("%s%u", prefix, i);
      g_autofree char *name = random_string (rand, 6);
      g_autofree char *role = maybe_string (rand, 6);
      g_autofree char *notes = maybe_string (rand, 20);
      LiaisonActorKind kind = (LiaisonActorKind) g_rand_int_range (rand, 0, LIAISON_N_ACTOR_KINDS);
      g_autoptr(LiaisonActor) actor = liaison_actor_new (id, name, kind);
      guint n_aliases = (guint) g_rand_int_range (rand, 0, 4);
      guint n_mentions = (guint) g_rand_int_range (rand, 0, 5);

      liaison_actor_set_role (actor, role);
      liaison_actor_set_notes (actor, notes);
      for (guint j = 0; j < n_aliases; j++)
        {
          g_autofree char *alias = random_string (rand, 4);

          liaison_actor_add_alias (actor, alias);
        }
      for (guint j = 0; j < n_mentions; j++)
        {
          g_autoptr(LiaisonSpan) span = random_span (rand, doc);

          liaison_actor_add_mention (actor, span);
          if (g_rand_boolean (rand))
            liaison_actor_add_quote (actor, span);
        }
      g_assert_true (liaison_document_add_actor (doc, actor));

      if (g_rand_int_range (rand, 0, 10) < 7)
        liaison_document_set_position (doc, id, random_double (rand), random_double (rand),
                                       g_rand_boolean (rand));
    }

  for (guint i = 0; i < n_relations; i++)
    {
      GListModel *actors = liaison_document_get_actors (doc);
      g_autoptr(LiaisonActor) source = g_list_model_get_item (actors,
                                                              g_rand_int_range (rand, 0, n_actors));
      g_autoptr(LiaisonActor) target = g_list_model_get_item (actors,
                                                              g_rand_int_range (rand, 0, n_actors));
      g_autofree char *id = g_strdup_printf ("rel-%u", i);
      g_autofree char *label = maybe_string (rand, 4);
      LiaisonRelationKind kind = g_rand_int_range (rand, 0, LIAISON_N_RELATION_KINDS);
      g_autoptr(LiaisonRelation) relation = liaison_relation_new (id, source, target, kind);
      guint n_evidence = (guint) g_rand_int_range (rand, 0, 4);

      liaison_relation_set_label (relation, label);
      liaison_relation_set_confidence (relation, random_confidence (rand));
      liaison_relation_set_origin (relation, g_rand_boolean (rand) ? LIAISON_ORIGIN_USER
                                                                   : LIAISON_ORIGIN_EXTRACTED);
      for (guint j = 0; j < n_evidence; j++)
        {
          g_autoptr(LiaisonSpan) span = random_span (rand, doc);

          liaison_relation_add_evidence (relation, span);
        }
      g_assert_true (liaison_document_add_relation (doc, relation));
    }

  liaison_document_set_view (doc, fabs (random_double (rand)) + 1e-3,
                             random_double (rand), random_double (rand));
  for (LiaisonActorKind kind = 0; kind < LIAISON_N_ACTOR_KINDS; kind++)
    liaison_document_set_kind_hidden (doc, kind, g_rand_int_range (rand, 0, 10) < 3);

  return doc;
}

/* Comparing documents */

static void
assert_same_double (double a,
                    double b)
{
  /* Bit for bit: -0 and 0 differ, as do two doubles one ulp apart. */
  if (memcmp (&a, &b, sizeof a) != 0)
    g_error ("%.17g (%a) != %.17g (%a)", a, a, b, b);
}

static void
assert_spans_equal (const LiaisonSpan *a,
                    const LiaisonSpan *b)
{
  g_assert_cmpstr (a->article_id, ==, b->article_id);
  g_assert_cmpuint (a->start, ==, b->start);
  g_assert_cmpuint (a->end, ==, b->end);
  g_assert_cmpstr (a->text, ==, b->text);
}

/* Both objects give the same answer to @getter. */
#define assert_same_str(getter, a, b) g_assert_cmpstr (getter (a), ==, getter (b))
#define assert_same_int(getter, a, b) g_assert_cmpint (getter (a), ==, getter (b))

static void
assert_articles_equal (LiaisonArticle *a,
                       LiaisonArticle *b)
{
  assert_same_str (liaison_article_get_id, a, b);
  assert_same_str (liaison_article_get_title, a, b);
  assert_same_str (liaison_article_get_date, a, b);
  assert_same_str (liaison_article_get_source, a, b);
  assert_same_str (liaison_article_get_text, a, b);
}

static void
assert_actors_equal (LiaisonActor *a,
                     LiaisonActor *b)
{
  assert_same_str (liaison_actor_get_id, a, b);
  assert_same_str (liaison_actor_get_name, a, b);
  assert_same_int (liaison_actor_get_kind, a, b);
  assert_same_str (liaison_actor_get_role, a, b);
  assert_same_str (liaison_actor_get_notes, a, b);
  g_assert_cmpstrv (liaison_actor_get_aliases (a), liaison_actor_get_aliases (b));

  assert_same_int (liaison_actor_get_n_mentions, a, b);
  for (guint i = 0; i < liaison_actor_get_n_mentions (a); i++)
    assert_spans_equal (liaison_actor_get_mention (a, i), liaison_actor_get_mention (b, i));

  assert_same_int (liaison_actor_get_n_quotes, a, b);
  for (guint i = 0; i < liaison_actor_get_n_quotes (a); i++)
    assert_spans_equal (liaison_actor_get_quote (a, i), liaison_actor_get_quote (b, i));
}

static void
assert_relations_equal (LiaisonRelation *a,
                        LiaisonRelation *b)
{
  assert_same_str (liaison_relation_get_id, a, b);
  g_assert_cmpstr (liaison_actor_get_id (liaison_relation_get_source (a)), ==,
                   liaison_actor_get_id (liaison_relation_get_source (b)));
  g_assert_cmpstr (liaison_actor_get_id (liaison_relation_get_target (a)), ==,
                   liaison_actor_get_id (liaison_relation_get_target (b)));
  assert_same_int (liaison_relation_get_kind, a, b);
  assert_same_str (liaison_relation_get_label, a, b);
  assert_same_double (liaison_relation_get_confidence (a), liaison_relation_get_confidence (b));
  assert_same_int (liaison_relation_get_origin, a, b);

  assert_same_int (liaison_relation_get_n_evidence, a, b);
  for (guint i = 0; i < liaison_relation_get_n_evidence (a); i++)
    assert_spans_equal (liaison_relation_get_evidence (a, i), liaison_relation_get_evidence (b, i));
}

/* Compares every field of two documents; doubles bit for bit. */
static void
assert_documents_equal (LiaisonDocument *a,
                        LiaisonDocument *b)
{
  GListModel *lists_a[] = { liaison_document_get_articles (a),
                            liaison_document_get_actors (a),
                            liaison_document_get_relations (a) };
  GListModel *lists_b[] = { liaison_document_get_articles (b),
                            liaison_document_get_actors (b),
                            liaison_document_get_relations (b) };
  double xa, ya, xb, yb;

  for (guint l = 0; l < G_N_ELEMENTS (lists_a); l++)
    {
      g_assert_cmpuint (g_list_model_get_n_items (lists_a[l]), ==,
                        g_list_model_get_n_items (lists_b[l]));

      for (guint i = 0; i < g_list_model_get_n_items (lists_a[l]); i++)
        {
          g_autoptr(GObject) item_a = g_list_model_get_item (lists_a[l], i);
          g_autoptr(GObject) item_b = g_list_model_get_item (lists_b[l], i);

          if (LIAISON_IS_ARTICLE (item_a))
            assert_articles_equal (LIAISON_ARTICLE (item_a), LIAISON_ARTICLE (item_b));
          else if (LIAISON_IS_ACTOR (item_a))
            assert_actors_equal (LIAISON_ACTOR (item_a), LIAISON_ACTOR (item_b));
          else
            assert_relations_equal (LIAISON_RELATION (item_a), LIAISON_RELATION (item_b));
        }
    }

  /* The loaded relations point at the loaded document's actors, not at copies. */
  for (guint i = 0; i < g_list_model_get_n_items (lists_b[2]); i++)
    {
      g_autoptr(LiaisonRelation) relation = g_list_model_get_item (lists_b[2], i);
      LiaisonActor *source = liaison_relation_get_source (relation);
      LiaisonActor *target = liaison_relation_get_target (relation);

      g_assert_true (liaison_document_lookup_actor (b, liaison_actor_get_id (source)) == source);
      g_assert_true (liaison_document_lookup_actor (b, liaison_actor_get_id (target)) == target);
    }

  for (guint i = 0; i < g_list_model_get_n_items (lists_a[1]); i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (lists_a[1], i);
      const char *id = liaison_actor_get_id (actor);
      gboolean pinned_a = FALSE, pinned_b = FALSE;
      gboolean has_a, has_b;

      has_a = liaison_document_get_position (a, id, &xa, &ya, &pinned_a);
      has_b = liaison_document_get_position (b, id, &xb, &yb, &pinned_b);
      g_assert_cmpint (has_a, ==, has_b);
      if (has_a)
        {
          assert_same_double (xa, xb);
          assert_same_double (ya, yb);
          g_assert_cmpint (pinned_a, ==, pinned_b);
        }
    }

  assert_same_double (liaison_document_get_zoom (a), liaison_document_get_zoom (b));
  liaison_document_get_center (a, &xa, &ya);
  liaison_document_get_center (b, &xb, &yb);
  assert_same_double (xa, xb);
  assert_same_double (ya, yb);
  for (LiaisonActorKind kind = 0; kind < LIAISON_N_ACTOR_KINDS; kind++)
    g_assert_cmpint (liaison_document_get_kind_hidden (a, kind), ==,
                     liaison_document_get_kind_hidden (b, kind));
}

/* Saves @doc, loads it back, checks that nothing was lost and that saving again gives the
 * same bytes. */
static void
assert_round_trip (LiaisonDocument *doc)
{
  g_autoptr(LiaisonDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize length;

  first = liaison_document_save_to_data (doc, &length);
  g_assert_cmpuint (length, ==, strlen (first));
  g_assert_true (g_str_has_suffix (first, "}\n"));

  loaded = liaison_document_load_from_data (first, (gssize) length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_true (liaison_document_check (loaded, NULL));
  assert_documents_equal (doc, loaded);

  second = liaison_document_save_to_data (loaded, NULL);
  g_assert_cmpstr (first, ==, second);
}

/* Tests */

static void
test_golden (void)
{
  g_autoptr(LiaisonDocument) doc = make_golden_document ();
  g_autoptr(LiaisonDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = liaison_document_save_to_data (doc, NULL);

  g_assert_cmpstr (data, ==, golden);

  loaded = liaison_document_load_from_data (golden, -1, &error);
  g_assert_no_error (error);
  assert_documents_equal (doc, loaded);
}

static void
test_empty (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  g_autoptr(LiaisonDocument) minimal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = liaison_document_save_to_data (doc, NULL);

  g_assert_cmpstr (data, ==,
                   "{\n"
                   "  \"format\": \"liaison/1\",\n"
                   "  \"articles\": [],\n"
                   "  \"actors\": [],\n"
                   "  \"relations\": [],\n"
                   "  \"view\": {\n"
                   "    \"zoom\": 1,\n"
                   "    \"center\": [0, 0]\n"
                   "  }\n"
                   "}\n");
  assert_round_trip (doc);

  /* Everything but the format is optional. */
  minimal = liaison_document_load_from_data ("{\"format\": \"liaison/1\"}", -1, &error);
  g_assert_no_error (error);
  assert_documents_equal (doc, minimal);
}

static void
test_roundtrip (void)
{
  for (guint32 seed = 0; seed < 200; seed++)
    {
      g_autoptr(LiaisonDocument) doc = random_document (seed, 30);

      g_test_message ("seed %u", seed);
      assert_round_trip (doc);
    }
}

static void
test_doubles (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20230724);
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  g_autoptr(LiaisonActor) actor = liaison_actor_new ("a", "A", LIAISON_ACTOR_KIND_PLACE);
  static const double special[] = {
    0.0, -0.0, 0.1, -0.1, 1.0 / 3.0, 1e20, -1e20, 1e-10, 1e300, -1e-300, 5e-324, -5e-324,
    1.7976931348623157e308, 2.2250738585072014e-308, 9007199254740993.0, 123456789012345678.0,
  };

  liaison_document_add_actor (doc, actor);

  /* json-glib 1.6 would write 1e20 as "1e+20.0", which is not JSON. */
  for (guint i = 0; i < G_N_ELEMENTS (special) + 2000; i++)
    {
      double x = i < G_N_ELEMENTS (special) ? special[i] : random_double (rand);
      double y = i < G_N_ELEMENTS (special) ? -special[i] : random_double (rand);

      liaison_document_set_position (doc, "a", x, y, FALSE);
      assert_round_trip (doc);
    }

  /* The shortest exact form, so that values people see stay readable in the file. */
  {
    g_autofree char *data = NULL;

    liaison_document_set_position (doc, "a", 0.1, -2.5e-7, TRUE);
    data = liaison_document_save_to_data (doc, NULL);
    g_assert_nonnull (strstr (data, "\"a\": {\"x\": 0.1, \"y\": -2.5e-07, \"pinned\": true}"));
  }
}

static void
test_header_fields (void)
{
  g_autoptr(LiaisonDocument) doc = NULL;
  g_autoptr(LiaisonArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  /* The text has a date marker and a headline, but the file says the article has neither
   * title nor date: the file wins, so that a document reads back as it was saved. */
  doc = liaison_document_load_from_data (
    "{\"format\": \"liaison/1\", \"articles\": ["
    "  {\"id\": \"a\", \"text\": \"date 2023-07-24\\nHeadline here\\n\\nBody.\"},"
    "  {\"id\": \"b\", \"title\": \"Own title\", \"date\": \"2020-01-02\", \"source\": \"\","
    "   \"text\": \"date 2023-07-24\\nHeadline here\\n\\nBody.\"}]}", -1, &error);
  g_assert_no_error (error);

  article = g_list_model_get_item (liaison_document_get_articles (doc), 0);
  g_assert_null (liaison_article_get_title (article));
  g_assert_null (liaison_article_get_date (article));
  g_clear_object (&article);

  article = g_list_model_get_item (liaison_document_get_articles (doc), 1);
  g_assert_cmpstr (liaison_article_get_title (article), ==, "Own title");
  g_assert_cmpstr (liaison_article_get_date (article), ==, "2020-01-02");
  g_assert_null (liaison_article_get_source (article));
}

static void
test_unknown_fields (void)
{
  g_autoptr(LiaisonDocument) expected = make_golden_document ();
  g_autoptr(LiaisonDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GString) data = g_string_new (golden);

  /* A later liaison/1 writer may add members anywhere; this reader skips them. */
  g_string_replace (data, "\"format\": \"liaison/1\",",
                    "\"format\": \"liaison/1\", \"generator\": \"Liaison 9\", "
                    "\"future\": {\"nested\": [1, {\"deep\": null}]},", 1);
  g_string_replace (data, "\"id\": \"kenya-china\",",
                    "\"id\": \"kenya-china\", \"lang\": \"en\",", 1);
  g_string_replace (data, "\"kind\": \"country\",",
                    "\"kind\": \"country\", \"colour\": [255, 0, 0],", 1);
  g_string_replace (data, "\"start\": 43, ", "\"start\": 43, \"weight\": 0.5, ", 1);
  g_string_replace (data, "\"label\": \"met\",", "\"label\": \"met\", \"since\": \"2020\",", 1);
  g_string_replace (data, "\"pinned\": true}", "\"pinned\": true, \"z\": 3}", 1);
  g_string_replace (data, "\"zoom\": 1.25,", "\"zoom\": 1.25, \"rotation\": 45,", 1);
  /* Optional members written as null or "" mean the same as absent. */
  g_string_replace (data, "\"kind\": \"person\",\n      \"mentions\"",
                    "\"kind\": \"person\", \"role\": null, \"notes\": \"\", \"aliases\": null,\n"
                    "      \"mentions\"", 1);

  doc = liaison_document_load_from_data (data->str, -1, &error);
  g_assert_no_error (error);
  assert_documents_equal (expected, doc);

  saved = liaison_document_save_to_data (doc, NULL);
  g_assert_cmpstr (saved, ==, golden);
}

/* Pieces of hand-made documents for the malformed table. */
#define ARTICLE "{\"id\": \"a1\", \"text\": \"Kenya met China.\"}"
#define KENYA "{\"id\": \"kenya\", \"name\": \"Kenya\", \"kind\": \"country\"}"
#define CHINA "{\"id\": \"china\", \"name\": \"China\", \"kind\": \"country\"}"
#define DOC(articles, actors, relations, rest) \
  "{\"format\": \"liaison/1\", \"articles\": [" articles "], \"actors\": [" actors "], " \
  "\"relations\": [" relations "]" rest "}"
#define ACTORS(extra) DOC (ARTICLE, KENYA ", " CHINA ", " extra, "", "")
#define RELATION(members) DOC (ARTICLE, KENYA ", " CHINA, \
  "{\"id\": \"r1\", \"source\": \"kenya\", \"target\": \"china\", \"kind\": \"met_with\"}, " \
  "{\"id\": \"r2\", " members "}", "")
#define MENTION(members) ACTORS ("{\"id\": \"x\", \"name\": \"X\", \"kind\": \"place\", " \
  "\"mentions\": [{\"article\": \"a1\", \"start\": 0, \"end\": 5}, {" members "}]}")
#define TAIL(rest) DOC (ARTICLE, KENYA ", " CHINA, "", ", " rest)

static void
test_malformed (void)
{
  static const struct {
    const char *data;
    int code;
    const char *message;
  } cases[] = {
    /* Not a document at all. */
    { "", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "the file is empty" },
    { " \n\t ", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "the file is empty" },
    { "Kenyan President William Ruto met Xi Jinping.", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
      "not valid JSON" },
    { "{\"format\": \"liaison/1\",", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "not valid JSON" },
    { "{\"format\": \"liaison/1\", \"name\": \"\xff\"}", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
      "not valid JSON" },
    { "[1, 2]", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "does not hold a JSON object" },
    { "\"liaison/1\"", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "does not hold a JSON object" },
    /* Two values: json-glib 1.6 would leak the first (found by fuzzing). */
    { "1{\"format\": \"liaison/1\"}", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
      "does not hold a JSON object" },
    { "[1][2]", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "does not hold a JSON object" },
    { "$da{\"format\": \"liaison/1\"}", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
      "a document starts with “{”" },
    { "{\"format\": \"liaison/1\"}\n{\"format\": \"liaison/1\"}",
      LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "more after the end of the document" },
    { "{\"format\": \"liaison/1\", \"title\": \"}\"} x", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
      "more after the end of the document" },
    { "{\"format\": \"liaison/1\"} \n\t\r", 0, NULL },
    { "{}", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "it has no \"format\"" },
    { "{\"actors\": []}", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "it has no \"format\"" },
    { "{\"format\": 1}", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "\"format\" is not a string" },
    { "{\"format\": \"text/plain\"}", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
      "its format is \"text/plain\"" },
    { "{\"format\": \"liaison/\"}", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "its format is" },
    { "{\"format\": \"liaison/0\"}", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "its format is" },
    { "{\"format\": \"liaison/1.5\"}", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "its format is" },
    { "{\"format\": \"liaison/-1\"}", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT, "its format is" },

    /* Top level. */
    { "{\"format\": \"liaison/1\", \"articles\": {}}", LIAISON_DOCUMENT_ERROR_INVALID,
      "articles: must be an array" },
    { "{\"format\": \"liaison/1\", \"actors\": \"kenya\"}", LIAISON_DOCUMENT_ERROR_INVALID,
      "actors: must be an array" },
    { "{\"format\": \"liaison/1\", \"relations\": 3}", LIAISON_DOCUMENT_ERROR_INVALID,
      "relations: must be an array" },
    { "{\"format\": \"liaison/1\", \"layout\": []}", LIAISON_DOCUMENT_ERROR_INVALID,
      "layout: must be an object" },
    { "{\"format\": \"liaison/1\", \"view\": true}", LIAISON_DOCUMENT_ERROR_INVALID,
      "view: must be an object" },

    /* Articles. */
    { "{\"format\": \"liaison/1\", \"articles\": [3]}", LIAISON_DOCUMENT_ERROR_INVALID,
      "articles[0]: must be an object" },
    { DOC (ARTICLE ", {\"text\": \"x\"}", "", "", ""), LIAISON_DOCUMENT_ERROR_INVALID,
      "articles[1].id: required, but missing" },
    { DOC ("{\"id\": \"\", \"text\": \"x\"}", "", "", ""), LIAISON_DOCUMENT_ERROR_INVALID,
      "articles[0].id: must not be empty" },
    { DOC ("{\"id\": 7, \"text\": \"x\"}", "", "", ""), LIAISON_DOCUMENT_ERROR_INVALID,
      "articles[0].id: must be a string" },
    { DOC ("{\"id\": \"a1\"}", "", "", ""), LIAISON_DOCUMENT_ERROR_INVALID,
      "articles[0].text: required, but missing" },
    { DOC ("{\"id\": \"a1\", \"text\": null}", "", "", ""), LIAISON_DOCUMENT_ERROR_INVALID,
      "articles[0].text: must be a string" },
    { DOC ("{\"id\": \"a1\", \"text\": [\"x\"]}", "", "", ""), LIAISON_DOCUMENT_ERROR_INVALID,
      "articles[0].text: must be a string" },
    { DOC ("{\"id\": \"a1\", \"text\": \"x\", \"title\": false}", "", "", ""),
      LIAISON_DOCUMENT_ERROR_INVALID, "articles[0].title: must be a string" },
    { DOC ("{\"id\": \"a1\", \"text\": \"x\", \"date\": \"24 July 2023\"}", "", "", ""),
      LIAISON_DOCUMENT_ERROR_INVALID, "articles[0].date: must be a date written YYYY-MM-DD" },
    { DOC ("{\"id\": \"a1\", \"text\": \"x\", \"date\": \"2023-02-30\"}", "", "", ""),
      LIAISON_DOCUMENT_ERROR_INVALID, "articles[0].date: must be a date" },
    { DOC (ARTICLE ", " ARTICLE, "", "", ""), LIAISON_DOCUMENT_ERROR_INVALID,
      "articles[1].id: duplicate id \"a1\"" },

    /* Actors. */
    { ACTORS ("[]"), LIAISON_DOCUMENT_ERROR_INVALID, "actors[2]: must be an object" },
    { ACTORS ("{\"name\": \"X\", \"kind\": \"place\"}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].id: required, but missing" },
    { ACTORS ("{\"id\": \"x\", \"kind\": \"place\"}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].name: required, but missing" },
    { ACTORS ("{\"id\": \"x\", \"name\": \"X\"}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].kind: required, but missing" },
    { ACTORS ("{\"id\": \"x\", \"name\": 42, \"kind\": \"place\"}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].name: must be a string" },
    /* json-glib 1.6 reads the octal escape "\200" as a lone byte 0x80. */
    { ACTORS ("{\"id\": \"x\", \"name\": \"X\\200\", \"kind\": \"place\"}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].name: must be valid UTF-8 text" },
    { ACTORS ("{\"id\": \"x\", \"name\": \"X\", \"kind\": \"place\", \"aliases\": [\"\\377\"]}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].aliases[0]: must be valid UTF-8 text" },
    { DOC (ARTICLE, "{\"id\": \"x\", \"name\": \"X\", \"kind\": \"planet\"}", "", ""),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[0].kind: unknown kind \"planet\"" },
    { ACTORS ("{\"id\": \"x\", \"name\": \"X\", \"kind\": \"Country\"}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].kind: unknown kind \"Country\"" },
    { ACTORS ("{\"id\": \"kenya\", \"name\": \"Kenya\", \"kind\": \"place\"}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].id: duplicate id \"kenya\"" },
    { ACTORS ("{\"id\": \"a1\", \"name\": \"A\", \"kind\": \"place\"}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].id: duplicate id \"a1\"" },
    { ACTORS ("{\"id\": \"x\", \"name\": \"X\", \"kind\": \"place\", \"role\": 1}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].role: must be a string" },
    { ACTORS ("{\"id\": \"x\", \"name\": \"X\", \"kind\": \"place\", \"notes\": {}}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].notes: must be a string" },
    { ACTORS ("{\"id\": \"x\", \"name\": \"X\", \"kind\": \"place\", \"aliases\": \"Y\"}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].aliases: must be an array" },
    { ACTORS ("{\"id\": \"x\", \"name\": \"X\", \"kind\": \"place\", \"aliases\": [\"Y\", 2]}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].aliases[1]: must be a string" },
    { ACTORS ("{\"id\": \"x\", \"name\": \"X\", \"kind\": \"place\", \"mentions\": {}}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].mentions: must be an array" },

    /* Mentions, and through them every span. */
    { MENTION ("\"article\": \"a1\", \"start\": 6, \"end\": 3"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].mentions[1].end: must not be less than start (6)" },
    { MENTION ("\"article\": \"a1\", \"start\": 6, \"end\": 17"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].mentions[1].end: is past the end of the article’s text, "
      "which has 16 characters" },
    { MENTION ("\"article\": \"a1\", \"start\": 16, \"end\": 16, \"text\": \"\""), -1, NULL },
    { MENTION ("\"article\": \"zz\", \"start\": 0, \"end\": 1"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].mentions[1].article: no article with id \"zz\"" },
    { MENTION ("\"article\": \"kenya\", \"start\": 0, \"end\": 1"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].mentions[1].article: no article with id \"kenya\"" },
    { MENTION ("\"start\": 0, \"end\": 1"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].mentions[1].article: required, but missing" },
    { MENTION ("\"article\": \"a1\", \"end\": 1"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].mentions[1].start: required, but missing" },
    { MENTION ("\"article\": \"a1\", \"start\": 0"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].mentions[1].end: required, but missing" },
    { MENTION ("\"article\": \"a1\", \"start\": -1, \"end\": 1"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].mentions[1].start: must not be negative" },
    { MENTION ("\"article\": \"a1\", \"start\": 1.5, \"end\": 2"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].mentions[1].start: must be a whole number" },
    { MENTION ("\"article\": \"a1\", \"start\": \"1\", \"end\": 2"), LIAISON_DOCUMENT_ERROR_INVALID,
      "actors[2].mentions[1].start: must be a number" },
    { MENTION ("\"article\": \"a1\", \"start\": 0, \"end\": 4294967296"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].mentions[1].end: is too large" },
    { MENTION ("\"article\": \"a1\", \"start\": 0, \"end\": 1, \"text\": 1"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].mentions[1].text: must be a string" },
    { ACTORS ("{\"id\": \"x\", \"name\": \"X\", \"kind\": \"place\", \"mentions\": [\"a1\"]}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "actors[2].mentions[0]: must be an object" },

    /* Relations. */
    { RELATION ("\"source\": \"kenya\", \"target\": \"x\", \"kind\": \"met_with\""),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].target: no actor with id \"x\"" },
    { RELATION ("\"source\": \"a1\", \"target\": \"kenya\", \"kind\": \"met_with\""),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].source: no actor with id \"a1\"" },
    { RELATION ("\"target\": \"kenya\", \"kind\": \"met_with\""),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].source: required, but missing" },
    { RELATION ("\"source\": \"kenya\", \"kind\": \"met_with\""),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].target: required, but missing" },
    { RELATION ("\"source\": \"kenya\", \"target\": \"china\""),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].kind: required, but missing" },
    { RELATION ("\"source\": \"kenya\", \"target\": \"china\", \"kind\": \"hates\""),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].kind: unknown kind \"hates\"" },
    { RELATION ("\"source\": \"kenya\", \"target\": \"china\", \"kind\": \"supports\", "
                "\"confidence\": 1.5"),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].confidence: must be between 0 and 1" },
    { RELATION ("\"source\": \"kenya\", \"target\": \"china\", \"kind\": \"supports\", "
                "\"confidence\": -0.25"),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].confidence: must be between 0 and 1" },
    { RELATION ("\"source\": \"kenya\", \"target\": \"china\", \"kind\": \"supports\", "
                "\"confidence\": \"high\""),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].confidence: must be a number" },
    { RELATION ("\"source\": \"kenya\", \"target\": \"china\", \"kind\": \"supports\", "
                "\"confidence\": true"),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].confidence: must be a number" },
    { RELATION ("\"source\": \"kenya\", \"target\": \"china\", \"kind\": \"supports\", "
                "\"confidence\": 1e400"),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].confidence: must be a finite number" },
    { RELATION ("\"source\": \"kenya\", \"target\": \"china\", \"kind\": \"supports\", "
                "\"origin\": \"guess\""),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].origin: unknown origin \"guess\"" },
    { RELATION ("\"source\": \"kenya\", \"target\": \"china\", \"kind\": \"supports\", "
                "\"label\": [\"x\"]"),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].label: must be a string" },
    { RELATION ("\"source\": \"kenya\", \"target\": \"china\", \"kind\": \"supports\", "
                "\"evidence\": [{\"article\": \"a1\", \"start\": 0, \"end\": 99}]"),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].evidence[0].end: is past the end" },
    { RELATION ("\"source\": \"kenya\", \"target\": \"china\", \"kind\": \"supports\", "
                "\"evidence\": [{\"article\": \"b2\", \"start\": 0, \"end\": 1}]"),
      LIAISON_DOCUMENT_ERROR_INVALID,
      "relations[1].evidence[0].article: no article with id \"b2\"" },
    { RELATION ("\"source\": \"kenya\", \"target\": \"china\", \"kind\": \"supports\", "
                "\"evidence\": {}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].evidence: must be an array" },
    { RELATION ("\"id\": \"r1\", \"source\": \"kenya\", \"target\": \"china\", "
                "\"kind\": \"supports\""),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].id: duplicate id \"r1\"" },
    { RELATION ("\"id\": \"china\", \"source\": \"kenya\", \"target\": \"china\", "
                "\"kind\": \"supports\""),
      LIAISON_DOCUMENT_ERROR_INVALID, "relations[1].id: duplicate id \"china\"" },
    /* Members may come in any order: actors are read before the relations that name them. */
    { "{\"format\": \"liaison/1\", \"relations\": [{\"id\": \"r\", \"source\": \"kenya\", "
      "\"target\": \"kenya\", \"kind\": \"supports\"}], \"actors\": [" KENYA "]}", -1, NULL },

    /* Layout. */
    { TAIL ("\"layout\": {\"ghost\": {\"x\": 1, \"y\": 2}}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "layout[\"ghost\"]: no actor with id \"ghost\"" },
    { TAIL ("\"layout\": {\"k\\377\": {\"x\": 1, \"y\": 2}}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "layout: actor ids must be valid UTF-8 text" },
    { "{\"format\": \"liaison/1\\377\"}", LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT,
      "\"format\" is not a string" },
    { TAIL ("\"layout\": {\"kenya\": {\"y\": 2}}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "layout[\"kenya\"].x: required, but missing" },
    { TAIL ("\"layout\": {\"kenya\": {\"x\": \"1\", \"y\": 2}}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "layout[\"kenya\"].x: must be a number" },
    { TAIL ("\"layout\": {\"kenya\": {\"x\": 1, \"y\": -1e999}}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "layout[\"kenya\"].y: must be a finite number" },
    { TAIL ("\"layout\": {\"kenya\": {\"x\": 1, \"y\": 1e300}}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "layout[\"kenya\"].y: must be between -1000000 and 1000000" },
    { TAIL ("\"layout\": {\"kenya\": {\"x\": -1000001, \"y\": 0}}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "layout[\"kenya\"].x: must be between -1000000 and 1000000" },
    { TAIL ("\"layout\": {\"kenya\": {\"x\": -1000000, \"y\": 1000000}}"), 0, NULL },
    { TAIL ("\"layout\": {\"kenya\": {\"x\": 1, \"y\": 2, \"pinned\": \"yes\"}}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "layout[\"kenya\"].pinned: must be true or false" },
    { TAIL ("\"layout\": {\"kenya\": [1, 2]}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "layout[\"kenya\"]: must be an object" },

    /* View. */
    { TAIL ("\"view\": {\"zoom\": 0}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "view.zoom: must be greater than 0" },
    { TAIL ("\"view\": {\"zoom\": -2}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "view.zoom: must be greater than 0" },
    { TAIL ("\"view\": {\"zoom\": \"2\"}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "view.zoom: must be a number" },
    { TAIL ("\"view\": {\"center\": [1]}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "view.center: must be an array of two numbers" },
    { TAIL ("\"view\": {\"center\": [1, 2, 3]}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "view.center: must be an array of two numbers" },
    { TAIL ("\"view\": {\"center\": [1, null]}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "view.center: must be an array of two numbers" },
    { TAIL ("\"view\": {\"center\": [1, 1e999]}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "view.center: must be finite numbers" },
    { TAIL ("\"view\": {\"center\": [2e6, 0]}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "view.center: must be between -1000000 and 1000000" },
    /* Long fractions and exponents are no long whole numbers. */
    { TAIL ("\"view\": {\"zoom\": 0.12345678901234567890123, \"center\": [-1.5e-300, 2E+5]}"), 0,
      NULL },
    { TAIL ("\"view\": {\"center\": {\"x\": 1, \"y\": 2}}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "view.center: must be an array" },
    { TAIL ("\"view\": {\"hidden_kinds\": [\"sector\", \"planet\"]}"),
      LIAISON_DOCUMENT_ERROR_INVALID, "view.hidden_kinds[1]: unknown kind \"planet\"" },
    { TAIL ("\"view\": {\"hidden_kinds\": [4]}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "view.hidden_kinds[0]: must be a string" },
    { TAIL ("\"view\": {\"hidden_kinds\": \"sector\"}"), LIAISON_DOCUMENT_ERROR_INVALID,
      "view.hidden_kinds: must be an array" },
    { TAIL ("\"view\": {\"zoom\": 2, \"center\": [-1, 0.5], \"hidden_kinds\": []}"), -1, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LiaisonDocument) doc = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u: %s", i, cases[i].data);
      doc = liaison_document_load_from_data (cases[i].data, -1, &error);

      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_nonnull (doc);
          continue;
        }

      g_assert_error (error, LIAISON_DOCUMENT_ERROR, cases[i].code);
      g_assert_null (doc);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: expected “%s” in “%s”", i, cases[i].message, error->message);
    }
}

static void
test_newer_version (void)
{
  static const char * const formats[] = {
    "liaison/2", "liaison/10", "liaison/99999999999999999999",
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(LiaisonDocument) doc = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = g_strdup_printf ("newer version of Liaison (format %s)",
                                                   formats[i]);
      /* A newer file may use anything in ways this version does not know: its version is
       * checked before anything else, so the user learns to update, not that "kind" is odd. */
      g_autofree char *data = g_strdup_printf ("{\"actors\": [{\"id\": 1, \"kind\": \"planet\"}], "
                                               "\"format\": \"%s\"}", formats[i]);

      doc = liaison_document_load_from_data (data, -1, &error);
      g_assert_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NEWER_VERSION);
      g_assert_null (doc);
      g_assert_nonnull (strstr (error->message, expected));
    }
}

static void
test_deep (void)
{
  g_autoptr(GString) data = g_string_new ("{\"format\": \"liaison/1\", \"future\": ");
  g_autoptr(LiaisonDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  /* Brackets in strings do not count. */
  for (guint i = 0; i < 100; i++)
    g_string_append (data, "[\"[[[[\\\"[[[[\", ");
  g_string_append (data, "0");
  for (guint i = 0; i < 100; i++)
    g_string_append (data, "]");
  g_string_append (data, "}");
  doc = liaison_document_load_from_data (data->str, -1, &error);
  g_assert_no_error (error);
  g_clear_object (&doc);

  /* json-glib would recurse once per bracket and overflow the stack. */
  g_string_assign (data, "{\"format\": \"liaison/1\", \"future\": ");
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (data, '[');
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (data, ']');
  g_string_append (data, "}");
  doc = liaison_document_load_from_data (data->str, (gssize) data->len, &error);
  g_assert_null (doc);
  g_assert_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT);
  g_assert_nonnull (strstr (error->message, "nests more than"));
}

/* Nesting that a scan reading plain JSON would not see, because json-glib 1.6 reads more than
 * JSON. Each file nests deep enough to overflow the parser's stack: it must be refused, not
 * parsed. */
static void
test_deep_hidden (void)
{
  static const struct {
    const char *before;
    const char *message;
  } cases[] = {
    /* json-glib 1.6 skips any text between two slashes: the quote inside starts no string. */
    { "/ ' / ", "line 2: comments are not allowed" },
    { "/* \" */ ", "line 2: comments are not allowed" },
    /* After "\u1" it takes the quote as the escape's second digit and reads on. */
    { "\"\\u1\"\", ", "line 2: a \\u escape must be four hexadecimal digits" },
    /* After a lone high surrogate it takes the quote as the start of the low one. */
    { "\"\\ud800\"\", ", "line 2: a \\u escape must be four hexadecimal digits" },
  };

  for (guint i = 0; i <= G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) data = g_string_new ("{\"format\": \"liaison/1\",\n\"future\": [");
      g_autoptr(LiaisonDocument) doc = NULL;
      g_autoptr(GError) error = NULL;
      guint deep = 200000;

      if (i < G_N_ELEMENTS (cases))
        {
          g_string_append (data, cases[i].before);
          for (guint j = 0; j < deep; j++)
            g_string_append_c (data, '[');
        }
      else
        {
          /* Closing brackets in comments, which the parser skips, would keep a count of
           * brackets low while the parser goes ever deeper. */
          for (guint j = 0; j < deep / 200; j++)
            {
              for (guint k = 0; k < 200; k++)
                g_string_append_c (data, '[');
              g_string_append (data, "/ ");
              for (guint k = 0; k < 200; k++)
                g_string_append_c (data, ']');
              g_string_append (data, " /");
            }
        }
      for (guint j = 0; j < deep; j++)
        g_string_append_c (data, ']');
      g_string_append (data, "]}");

      doc = liaison_document_load_from_data (data->str, (gssize) data->len, &error);
      g_assert_null (doc);
      g_assert_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT);
      g_assert_nonnull (strstr (error->message, "not valid JSON"));
      g_assert_nonnull (strstr (error->message, i < G_N_ELEMENTS (cases)
                                                  ? cases[i].message
                                                  : "line 2: comments are not allowed"));
    }
}

/* The same refusals in an ordinary file, whatever the parser would have made of them. */
static void
test_not_json (void)
{
  static const struct {
    const char *data;
    const char *message;
  } cases[] = {
    { "{\"format\": \"liaison/1\"} // saved by hand", "line 1: comments are not allowed" },
    { "{\n\"format\": \"liaison/1\", /* old */\n\"actors\": []}",
      "line 2: comments are not allowed" },
    { "{\"format\": 'liaison/1'}", "line 1: strings must be in double quotes" },
    { "{\"format\": \"liaison/1\", \"x\": \"\\u00e\"}", "line 1: a \\u escape" },
    { "{\"format\": \"liaison/1\", \"x\": \"\\udc00\\ud800\"}", "line 1: a \\u escape" },
    { "{\"format\": \"liaison/1\", \"x\": \"\\ud800\\u0041\"}", "line 1: a \\u escape" },
    { "{\"format\": \"liaison/1\", \"x\": \"\\ud800\"}", "line 1: a \\u escape" },
    { "{\"format\": \"liaison/1\",\n\"view\": {\"zoom\": 1234567890123456789012}}",
      "line 2: a number has too many digits" },
    { "{\"format\": \"liaison/1\", \"view\": {\"center\": [-1234567890123456789, 0]}}",
      "line 1: a number has too many digits" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LiaisonDocument) doc = NULL;
      g_autoptr(GError) error = NULL;

      doc = liaison_document_load_from_data (cases[i].data, -1, &error);
      g_assert_null (doc);
      g_assert_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
}

/* What the check above refuses is only what JSON does not have: slashes, brackets and quotes
 * in strings, and every kind of escape, still read. */
static void
test_strict_json (void)
{
  const char *data =
    "{\"format\": \"liaison/1\", \"articles\": [{\"id\": \"a/1\", \"title\": \"/* [{'\\\"\","
    " \"source\": \"https://example.org/a?b='c'\","
    " \"text\": \"\\u004b\\u00e9\\ud83d\\ude00\\/\\\\\\n\\\"]]}}\"}]}";
  g_autoptr(LiaisonDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonArticle *article;

  doc = liaison_document_load_from_data (data, -1, &error);
  g_assert_no_error (error);
  article = liaison_document_lookup_article (doc, "a/1");
  g_assert_nonnull (article);
  g_assert_cmpstr (liaison_article_get_title (article), ==, "/* [{'\"");
  g_assert_cmpstr (liaison_article_get_source (article), ==, "https://example.org/a?b='c'");
  g_assert_cmpstr (liaison_article_get_text (article), ==,
                   "K\xc3\xa9\xf0\x9f\x98\x80/\\\n\"]]}}");
}

static void
test_truncated (void)
{
  g_autoptr(LiaisonDocument) doc = random_document (7, 12);
  g_autoptr(LiaisonDocument) golden_doc = make_golden_document ();
  g_autofree char *random_data = NULL;
  g_autofree char *golden_data = NULL;
  const char *datas[2];
  gsize lengths[2];

  random_data = liaison_document_save_to_data (doc, &lengths[0]);
  golden_data = liaison_document_save_to_data (golden_doc, &lengths[1]);
  datas[0] = random_data;
  datas[1] = golden_data;
  g_assert_cmpuint (lengths[0], >, 1000);

  for (guint d = 0; d < G_N_ELEMENTS (datas); d++)
    {
      /* Every cut before the closing brace, including in the middle of a UTF-8 sequence or an
       * escape, must fail cleanly. Each prefix is copied to a buffer of exactly its length so
       * that the sanitizers catch any read past it. */
      for (gsize cut = 0; cut < lengths[d] - 1; cut++)
        {
          g_autofree char *prefix = g_memdup2 (datas[d], cut);
          g_autoptr(LiaisonDocument) loaded = NULL;
          g_autoptr(GError) error = NULL;

          loaded = liaison_document_load_from_data (cut > 0 ? prefix : "", (gssize) cut, &error);
          g_assert_null (loaded);
          g_assert_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_NOT_A_DOCUMENT);
        }

      /* Without the final newline it is still the document. */
      {
        g_autofree char *prefix = g_memdup2 (datas[d], lengths[d] - 1);
        g_autoptr(LiaisonDocument) loaded = NULL;
        g_autoptr(GError) error = NULL;

        loaded = liaison_document_load_from_data (prefix, (gssize) lengths[d] - 1, &error);
        g_assert_no_error (error);
        g_assert_nonnull (loaded);
      }
    }
}

static void
test_mutated (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1234);
  g_autoptr(LiaisonDocument) doc = random_document (11, 10);
  g_autofree char *data = NULL;
  static const char replacements[] = "\"{}[],:-0123456789.e \\nulltrue";
  gsize length;
  guint n_loaded = 0;

  data = liaison_document_save_to_data (doc, &length);

  /* Damage one to three bytes at a time. Whatever comes out, loading must not crash or warn
   * (criticals are fatal in tests), and what loads must save and load again. */
  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *copy = g_memdup2 (data, length);
      g_autoptr(LiaisonDocument) loaded = NULL;
      g_autoptr(GError) error = NULL;
      guint n = (guint) g_rand_int_range (rand, 1, 4);

      for (guint j = 0; j < n; j++)
        copy[g_rand_int_range (rand, 0, (gint32) length)] =
          replacements[g_rand_int_range (rand, 0, sizeof replacements - 1)];

      loaded = liaison_document_load_from_data (copy, (gssize) length, &error);
      g_assert_true ((loaded == NULL) != (error == NULL));
      if (error != NULL)
        {
          g_assert_true (error->domain == LIAISON_DOCUMENT_ERROR);
          g_assert_cmpstr (error->message, !=, "");
        }
      else
        {
          n_loaded++;
          assert_round_trip (loaded);
        }
    }

  /* Some damage lands in text, where it is harmless: both paths were taken. */
  g_assert_cmpuint (n_loaded, >, 0);
}

static void
test_large (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  g_autoptr(LiaisonDocument) loaded = NULL;
  g_autoptr(LiaisonArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GString *text = g_string_new (NULL);
  GPtrArray *actors = g_ptr_array_new_with_free_func (g_object_unref);
  gsize length;

  for (guint i = 0; i < 2000; i++)
    g_string_append (text, "Kenya and China signed agreements in Nairobi. ");
  article = liaison_article_new ("article", text->str);
  g_string_free (text, TRUE);
  liaison_document_add_article (doc, article);

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *id = g_strdup_printf ("actor-%05u", i);
      g_autofree char *name = g_strdup_printf ("Actor %u", i);
      LiaisonActor *actor = liaison_actor_new (id, name, i % LIAISON_N_ACTOR_KINDS);
      LiaisonSpan mention = { (char *) "article", i * 9, i * 9 + 5, (char *) "Kenya" };

      liaison_actor_add_mention (actor, &mention);
      g_assert_true (liaison_document_add_actor (doc, actor));
      liaison_document_set_position (doc, id, i * 1.5 - 7000, i / 3.0, i % 7 == 0);
      g_ptr_array_add (actors, actor);
    }

  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *id = g_strdup_printf ("rel-%05u", i);
      g_autoptr(LiaisonRelation) relation =
        liaison_relation_new (id, g_ptr_array_index (actors, i % 10000),
                              g_ptr_array_index (actors, (i * 7 + 1) % 10000),
                              (LiaisonRelationKind) (i % LIAISON_N_RELATION_KINDS));
      LiaisonSpan evidence = { (char *) "article", i, i + 40, NULL };

      liaison_relation_set_confidence (relation, (i % 1000) / 999.0);
      liaison_relation_add_evidence (relation, &evidence);
      g_assert_true (liaison_document_add_relation (doc, relation));
    }
  g_ptr_array_unref (actors);

  first = liaison_document_save_to_data (doc, &length);
  loaded = liaison_document_load_from_data (first, (gssize) length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_actors (loaded)), ==, 10000);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_relations (loaded)), ==, 20000);
  assert_documents_equal (doc, loaded);

  second = liaison_document_save_to_data (loaded, NULL);
  g_assert_cmpstr (first, ==, second);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* Killed at any moment of a save (SIGKILL: no handler runs, nothing is flushed), the file on
 * disk is the old version or the new one, whole. A child saves two versions by turns as fast
 * as it can; the test kills it at random moments, many times, and reads what is left. */
static void
test_killed_while_saving (void)
{
  g_autoptr(LiaisonDocument) small = make_golden_document ();
  g_autoptr(LiaisonDocument) big = random_document (7, 3000);
  g_autofree char *small_data = liaison_document_save_to_data (small, NULL);
  g_autofree char *big_data = liaison_document_save_to_data (big, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("liaison-kill-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "map.liaison", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint n_small = 0, n_big = 0, n_interrupted = 0;

  gint64 start;
  gint32 pair_us;

  g_assert_no_error (error);
  g_assert_cmpuint (strlen (big_data), >, 100 * strlen (small_data));

  /* How long the two saves take here (much longer under a sanitizer): the kills land within a
   * few of them. */
  start = g_get_monotonic_time ();
  g_assert_true (liaison_document_save_to_file (big, file, NULL, &error));
  g_assert_true (liaison_document_save_to_file (small, file, NULL, &error));
  pair_us = (gint32) MAX (g_get_monotonic_time () - start, 1000);

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *contents = NULL;
      g_autoptr(GDir) listing = NULL;
      const char *name;
      pid_t pid;
      int status;

      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          for (guint turn = 0;; turn++)
            if (!liaison_document_save_to_file (turn % 2 ? small : big, file, NULL, NULL))
              _exit (1);
        }

      g_usleep ((gulong) g_test_rand_int_range (0, 4 * pair_us));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));

      g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
      g_assert_no_error (error);
      if (g_str_equal (contents, small_data))
        n_small++;
      else if (g_str_equal (contents, big_data))
        n_big++;
      else
        g_error ("kill %u left a file of %zu bytes that is neither version", i, strlen (contents));

      /* A temporary file beside it shows the kill landed in the middle of a save. */
      listing = g_dir_open (dir, 0, &error);
      g_assert_no_error (error);
      while ((name = g_dir_read_name (listing)) != NULL)
        {
          if (g_str_equal (name, "map.liaison") || g_str_equal (name, "map.liaison~"))
            continue;
          n_interrupted++;
          g_autofree char *stale = g_build_filename (dir, name, NULL);

          g_assert_cmpint (g_remove (stale), ==, 0);
        }
    }

  g_test_message ("%u kills: old version %u times, new %u, %u in the middle of writing",
                  n_small + n_big, n_small, n_big, n_interrupted);
  /* Otherwise the kills did not test what they should. */
  g_assert_cmpuint (n_small, >, 0);
  g_assert_cmpuint (n_big, >, 0);
  g_assert_cmpuint (n_interrupted, >, 0);

  g_assert_cmpint (g_remove (path), ==, 0);
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);

    g_remove (backup);
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_save_file (void)
{
  g_autoptr(LiaisonDocument) first = make_golden_document ();
  g_autoptr(LiaisonDocument) second = random_document (3, 10);
  g_autoptr(LiaisonDocument) third = random_document (4, 10);
  g_autoptr(LiaisonDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) under_file = NULL;
  g_autoptr(GFile) in_missing_dir = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *first_data = liaison_document_save_to_data (first, NULL);
  g_autofree char *second_data = liaison_document_save_to_data (second, NULL);
  const char *name;
  struct stat st;
  guint n_entries = 0;

  dir = g_dir_make_tmp ("liaison-document-io-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "test.liaison", NULL);
  backup = g_strconcat (path, "~", NULL);
  file = g_file_new_for_path (path);

  /* A first save has nothing to back up. */
  g_assert_true (liaison_document_save_to_file (first, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  {
    g_autofree char *contents = read_file (path);

    g_assert_cmpstr (contents, ==, first_data);
  }

  /* The user made the file private; saving keeps it so. */
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);

  /* A second save keeps the first as FILE~. */
  g_assert_true (liaison_document_save_to_file (second, file, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *contents = read_file (path);
    g_autofree char *previous = read_file (backup);

    g_assert_cmpstr (contents, ==, second_data);
    g_assert_cmpstr (previous, ==, first_data);
  }
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A cancelled save leaves both alone. */
  g_cancellable_cancel (cancelled);
  g_assert_false (liaison_document_save_to_file (third, file, cancelled, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Saves that cannot happen fail with an error. */
  under_file = g_file_get_child (file, "inside.liaison");
  g_assert_false (liaison_document_save_to_file (third, under_file, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("saving under a file: %s", error->message);
  g_clear_error (&error);

  in_missing_dir = g_file_new_build_filename (dir, "missing", "x.liaison", NULL);
  g_assert_false (liaison_document_save_to_file (third, in_missing_dir, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  {
    g_autofree char *contents = read_file (path);
    g_autofree char *previous = read_file (backup);

    g_assert_cmpstr (contents, ==, second_data);
    g_assert_cmpstr (previous, ==, first_data);
  }

  /* No temporary file is left behind. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_assert_true (g_str_equal (name, "test.liaison") || g_str_equal (name, "test.liaison~"));
      n_entries++;
    }
  g_assert_cmpuint (n_entries, ==, 2);

  loaded = liaison_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  assert_documents_equal (second, loaded);

  g_assert_cmpint (g_remove (backup), ==, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_save_file_no_backup (void)
{
  g_autoptr(LiaisonDocument) first = make_golden_document ();
  g_autoptr(LiaisonDocument) second = random_document (3, 10);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *first_data = liaison_document_save_to_data (first, NULL);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *blocker = NULL;
  g_autofree char *contents = NULL;

  dir = g_dir_make_tmp ("liaison-document-io-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "test.liaison", NULL);
  backup = g_strconcat (path, "~", NULL);
  blocker = g_build_filename (backup, "blocker", NULL);
  file = g_file_new_for_path (path);

  g_assert_true (liaison_document_save_to_file (first, file, NULL, &error));
  g_assert_no_error (error);

  /* Tests run as root, so permissions cannot make a save fail; a folder where the backup
   * should go can. Without its backup, the save does not happen at all. */
  g_assert_cmpint (g_mkdir_with_parents (blocker, 0755), ==, 0);
  g_assert_false (liaison_document_save_to_file (second, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANT_CREATE_BACKUP);

  contents = read_file (path);
  g_assert_cmpstr (contents, ==, first_data);

  g_assert_cmpint (g_rmdir (blocker), ==, 0);
  g_assert_cmpint (g_rmdir (backup), ==, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
  /* Fails if a temporary file was left behind. */
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n++;

  return n;
}

static void
make_link (const char *path,
           const char *target)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_file_make_symbolic_link (file, target, NULL, &error);
  g_assert_no_error (error);
}

static void
assert_is_link (const char *path,
                const char *target)
{
  g_autofree char *read = g_file_read_link (path, NULL);

  g_assert_cmpstr (read, ==, target);
}

/* Saving through a symbolic link keeps the link and replaces the file it leads to as
 * atomically as any other: a new file renamed over the old one, never the old one truncated
 * and rewritten. */
static void
test_save_file_link (void)
{
  g_autoptr(LiaisonDocument) first = make_golden_document ();
  g_autoptr(LiaisonDocument) second = random_document (3, 10);
  g_autoptr(LiaisonDocument) third = random_document (4, 10);
  g_autoptr(GError) error = NULL;
  g_autofree char *first_data = liaison_document_save_to_data (first, NULL);
  g_autofree char *second_data = liaison_document_save_to_data (second, NULL);
  g_autofree char *third_data = liaison_document_save_to_data (third, NULL);
  g_autofree char *dir = g_dir_make_tmp ("liaison-document-io-XXXXXX", &error);
  g_autofree char *real_dir = NULL, *sub_dir = NULL, *links_dir = NULL, *shortcut = NULL;
  g_autofree char *real = NULL, *backup = NULL, *link = NULL, *new_real = NULL;
  g_autofree char *new_link = NULL, *up_link = NULL, *wrong = NULL, *loop = NULL;
  struct stat before, after;

  g_assert_no_error (error);
  real_dir = g_build_filename (dir, "real", NULL);
  sub_dir = g_build_filename (real_dir, "sub", NULL);
  links_dir = g_build_filename (dir, "links", NULL);
  g_assert_cmpint (g_mkdir_with_parents (sub_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (links_dir, 0700), ==, 0);

  real = g_build_filename (real_dir, "doc.liaison", NULL);
  backup = g_strconcat (real, "~", NULL);
  g_file_set_contents (real, first_data, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (real, 0600), ==, 0);
  link = g_build_filename (links_dir, "doc.liaison", NULL);
  make_link (link, "../real/doc.liaison");

  g_assert_cmpint (g_stat (real, &before), ==, 0);
  {
    g_autoptr(GFile) file = g_file_new_for_path (link);

    g_assert_true (liaison_document_save_to_file (second, file, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (g_stat (real, &after), ==, 0);

  assert_is_link (link, "../real/doc.liaison");
  {
    g_autofree char *contents = read_file (real);
    g_autofree char *previous = read_file (backup);

    g_assert_cmpstr (contents, ==, second_data);
    g_assert_cmpstr (previous, ==, first_data);
  }
  /* A new file took the old one's place, with its permissions. */
  g_assert_cmpuint (after.st_ino, !=, before.st_ino);
  g_assert_cmpint (after.st_mode & 0777, ==, 0600);
  /* Nothing was written beside the link: no backup, no temporary file. */
  g_assert_cmpuint (count_entries (links_dir), ==, 1);

  /* A link to a file that does not exist yet creates that file. */
  new_real = g_build_filename (real_dir, "new.liaison", NULL);
  new_link = g_build_filename (links_dir, "new.liaison", NULL);
  make_link (new_link, new_real);
  {
    g_autoptr(GFile) file = g_file_new_for_path (new_link);
    g_autofree char *contents = NULL;

    g_assert_true (liaison_document_save_to_file (third, file, NULL, &error));
    g_assert_no_error (error);
    assert_is_link (new_link, new_real);
    contents = read_file (new_real);
    g_assert_cmpstr (contents, ==, third_data);
  }

  /* "..", in a link reached through a link to a folder, is the parent of the folder linked
   * to, as the system reads it: shortcut/up.liaison is real/sub/up.liaison, and "../doc.liaison"
   * from there is real/doc.liaison, not doc.liaison beside shortcut. */
  shortcut = g_build_filename (dir, "shortcut", NULL);
  make_link (shortcut, sub_dir);
  up_link = g_build_filename (shortcut, "up.liaison", NULL);
  make_link (up_link, "../doc.liaison");
  wrong = g_build_filename (dir, "doc.liaison", NULL);
  {
    g_autoptr(GFile) file = g_file_new_for_path (up_link);
    g_autofree char *contents = NULL;

    g_assert_true (liaison_document_save_to_file (third, file, NULL, &error));
    g_assert_no_error (error);
    contents = read_file (real);
    g_assert_cmpstr (contents, ==, third_data);
    g_assert_false (g_file_test (wrong, G_FILE_TEST_EXISTS));
  }

  /* A link to itself cannot be saved to. */
  loop = g_build_filename (links_dir, "loop.liaison", NULL);
  make_link (loop, "loop.liaison");
  {
    g_autoptr(GFile) file = g_file_new_for_path (loop);

    g_assert_false (liaison_document_save_to_file (third, file, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS);
    g_clear_error (&error);
    assert_is_link (loop, "loop.liaison");
  }

  g_assert_cmpint (g_remove (loop), ==, 0);
  g_assert_cmpint (g_remove (up_link), ==, 0);
  g_assert_cmpint (g_remove (shortcut), ==, 0);
  g_assert_cmpint (g_remove (new_link), ==, 0);
  g_assert_cmpint (g_remove (new_real), ==, 0);
  g_assert_cmpint (g_remove (link), ==, 0);
  g_assert_cmpint (g_remove (backup), ==, 0);
  g_assert_cmpint (g_remove (real), ==, 0);
  g_assert_cmpint (g_rmdir (sub_dir), ==, 0);
  g_assert_cmpint (g_rmdir (real_dir), ==, 0);
  g_assert_cmpint (g_rmdir (links_dir), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_load_file_errors (void)
{
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/liaison/document.liaison");
  g_autoptr(GFile) folder = g_file_new_for_path (g_get_tmp_dir ());
  g_autoptr(LiaisonDocument) doc = NULL;
  g_autoptr(GError) error = NULL;

  doc = liaison_document_load_from_file (missing, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  doc = liaison_document_load_from_file (folder, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/document-io/golden", test_golden);
  g_test_add_func ("/liaison/document-io/empty", test_empty);
  g_test_add_func ("/liaison/document-io/roundtrip", test_roundtrip);
  g_test_add_func ("/liaison/document-io/doubles", test_doubles);
  g_test_add_func ("/liaison/document-io/header-fields", test_header_fields);
  g_test_add_func ("/liaison/document-io/unknown-fields", test_unknown_fields);
  g_test_add_func ("/liaison/document-io/malformed", test_malformed);
  g_test_add_func ("/liaison/document-io/newer-version", test_newer_version);
  g_test_add_func ("/liaison/document-io/deep", test_deep);
  g_test_add_func ("/liaison/document-io/deep-hidden", test_deep_hidden);
  g_test_add_func ("/liaison/document-io/not-json", test_not_json);
  g_test_add_func ("/liaison/document-io/strict-json", test_strict_json);
  g_test_add_func ("/liaison/document-io/truncated", test_truncated);
  g_test_add_func ("/liaison/document-io/mutated", test_mutated);
  g_test_add_func ("/liaison/document-io/large", test_large);
  g_test_add_func ("/liaison/document-io/save-file", test_save_file);
  g_test_add_func ("/liaison/document-io/killed-while-saving", test_killed_while_saving);
  g_test_add_func ("/liaison/document-io/save-file-no-backup", test_save_file_no_backup);
  g_test_add_func ("/liaison/document-io/save-file-link", test_save_file_link);
  g_test_add_func ("/liaison/document-io/load-file-errors", test_load_file_errors);

  return g_test_run ();
}
