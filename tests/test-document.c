/* test-document.c — the document model: lookups, removal, renaming, merging, the invariant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-document.h"
#include "liaison-document-io.h"
#include "liaison-open.h"

static LiaisonActor *
add_actor (LiaisonDocument  *doc,
           const char       *name,
           LiaisonActorKind  kind)
{
  g_autofree char *id = liaison_document_make_id (doc, liaison_actor_kind_to_string (kind), name);
  g_autoptr(LiaisonActor) actor = liaison_actor_new (id, name, kind);

  g_assert_true (liaison_document_add_actor (doc, actor));
  return actor;  /* the document holds it */
}

static LiaisonRelation *
add_relation (LiaisonDocument     *doc,
              LiaisonActor        *source,
              LiaisonActor        *target,
              LiaisonRelationKind  kind)
{
  g_autofree char *id = liaison_document_make_id (doc, "rel", NULL);
  g_autoptr(LiaisonRelation) relation = liaison_relation_new (id, source, target, kind);

  g_assert_true (liaison_document_add_relation (doc, relation));
  return relation;
}

static void
assert_consistent (LiaisonDocument *doc)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (liaison_document_check (doc, &error));
  g_assert_no_error (error);
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

typedef struct
{
  guint added;
  guint removed;
  guint signals;
} Changes;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->added += added;
  changes->removed += removed;
  changes->signals++;
}

static void
test_lookup (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  LiaisonActor *kenya, *china, *ivoire;
  Changes changes = { 0 };

  g_signal_connect (liaison_document_get_actors (doc), "items-changed",
                    G_CALLBACK (items_changed_cb), &changes);

  kenya = add_actor (doc, "Kenya", LIAISON_ACTOR_KIND_COUNTRY);
  china = add_actor (doc, "China", LIAISON_ACTOR_KIND_COUNTRY);
  ivoire = add_actor (doc, "C\xC3\xB4te d\xE2\x80\x99Ivoire", LIAISON_ACTOR_KIND_COUNTRY);
  liaison_actor_add_alias (china, "People's Republic of China");
  liaison_actor_add_alias (china, "PRC");

  g_assert_cmpuint (changes.added, ==, 3);
  g_assert_cmpuint (changes.signals, ==, 3);
  g_assert_cmpuint (n_items (liaison_document_get_actors (doc)), ==, 3);

  g_assert_cmpstr (liaison_actor_get_id (kenya), ==, "country-kenya");
  g_assert_true (liaison_document_lookup_actor (doc, "country-kenya") == kenya);
  g_assert_null (liaison_document_lookup_actor (doc, "kenya"));

  /* Names match as a reader matches them. */
  g_assert_true (liaison_document_find_actor (doc, "kenya") == kenya);
  g_assert_true (liaison_document_find_actor (doc, "  KENYA ") == kenya);
  g_assert_true (liaison_document_find_actor (doc, "prc") == china);
  g_assert_true (liaison_document_find_actor (doc, "People\xE2\x80\x99s  Republic of China") == china);
  /* "Côte d'Ivoire" with a straight apostrophe and a decomposed ô. */
  g_assert_true (liaison_document_find_actor (doc, "Co\xCC\x82te d'Ivoire") == ivoire);
  g_assert_null (liaison_document_find_actor (doc, "Kenyan"));

  /* The index follows renames and new aliases made directly on the actor. */
  liaison_actor_set_name (kenya, "Republic of Kenya");
  g_assert_null (liaison_document_find_actor (doc, "Kenya"));
  g_assert_true (liaison_document_find_actor (doc, "republic of kenya") == kenya);
  liaison_actor_add_alias (kenya, "Kenya");
  g_assert_true (liaison_document_find_actor (doc, "Kenya") == kenya);

  /* Aliases added or removed after lookups; a later actor's name beats an earlier alias; the
   * first of two aliases wins. */
  liaison_actor_add_alias (ivoire, "Ivory Coast");
  g_assert_true (liaison_document_find_actor (doc, "ivory coast") == ivoire);
  liaison_actor_add_alias (china, "Ivory Coast");
  g_assert_true (liaison_document_find_actor (doc, "Ivory Coast") == ivoire);
  liaison_actor_remove_alias (ivoire, "Ivory Coast");
  g_assert_true (liaison_document_find_actor (doc, "Ivory Coast") == china);
  liaison_actor_remove_alias (china, "Ivory Coast");
  g_assert_null (liaison_document_find_actor (doc, "Ivory Coast"));
  liaison_actor_add_alias (china, "Middle Kingdom");
  g_assert_true (liaison_document_find_actor (doc, "Middle Kingdom") == china);
  {
    LiaisonActor *kingdom = add_actor (doc, "Middle Kingdom", LIAISON_ACTOR_KIND_PLACE);

    g_assert_true (liaison_document_find_actor (doc, "Middle Kingdom") == kingdom);
    liaison_document_remove_actor (doc, kingdom);
    g_assert_true (liaison_document_find_actor (doc, "Middle Kingdom") == china);
  }

  /* Ids are unique across the document. */
  {
    g_autoptr(LiaisonActor) dup = liaison_actor_new ("country-kenya", "Other", LIAISON_ACTOR_KIND_PLACE);

    g_assert_false (liaison_document_add_actor (doc, dup));
    g_assert_cmpuint (n_items (liaison_document_get_actors (doc)), ==, 3);
  }

  assert_consistent (doc);
}

static void
test_make_id (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  g_autofree char *a = liaison_document_make_id (doc, "person", "Wáng Yì (王毅)");
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = liaison_document_make_id (doc, "rel", NULL);
  g_autofree char *e = liaison_document_make_id (doc, "person", "王毅");

  /* ASCII letters, digits and dashes only: valid in XML ids and CSS classes. */
  g_assert_cmpstr (a, ==, "person-wang-yi");
  g_assert_cmpstr (d, ==, "rel-1");
  for (const char *p = e; *p; p++)
    g_assert_true (g_ascii_isalnum (*p) || *p == '-');

  add_actor (doc, "Wáng Yì", LIAISON_ACTOR_KIND_PERSON);
  b = liaison_document_make_id (doc, "person", "Wang Yi");
  g_assert_cmpstr (b, ==, "person-wang-yi-1");

  /* Serials are handed out once, even if the id was not used, so ids never come back. */
  g_assert_cmpstr (liaison_actor_get_id (add_actor (doc, "Wang Yi", LIAISON_ACTOR_KIND_PERSON)),
                   ==, "person-wang-yi-2");
  c = liaison_document_make_id (doc, "person", "wang-yi");
  g_assert_cmpstr (c, ==, "person-wang-yi-3");
}

/* A node dragged or imported far away stays within the bounds every reader accepts. */
static void
test_position_bounds (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  double x, y;

  add_actor (doc, "Kenya", LIAISON_ACTOR_KIND_COUNTRY);
  liaison_document_set_position (doc, "country-kenya", 3e9, -1e300, FALSE);
  g_assert_true (liaison_document_get_position (doc, "country-kenya", &x, &y, NULL));
  g_assert_cmpfloat (x, ==, LIAISON_DOCUMENT_COORDINATE_MAX);
  g_assert_cmpfloat (y, ==, -LIAISON_DOCUMENT_COORDINATE_MAX);

  liaison_document_set_view (doc, 1.0, -5e7, 12.5);
  liaison_document_get_center (doc, &x, &y);
  g_assert_cmpfloat (x, ==, -LIAISON_DOCUMENT_COORDINATE_MAX);
  g_assert_cmpfloat (y, ==, 12.5);
}

static void
test_remove_actor (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  LiaisonActor *kenya = add_actor (doc, "Kenya", LIAISON_ACTOR_KIND_COUNTRY);
  LiaisonActor *china = add_actor (doc, "China", LIAISON_ACTOR_KIND_COUNTRY);
  LiaisonActor *railway = add_actor (doc, "railway", LIAISON_ACTOR_KIND_SECTOR);
  g_autoptr(LiaisonActor) hold = g_object_ref (kenya);
  Changes changes = { 0 };

  add_relation (doc, kenya, china, LIAISON_RELATION_KIND_COOPERATES_WITH);
  add_relation (doc, kenya, railway, LIAISON_RELATION_KIND_COOPERATION_IN);
  add_relation (doc, china, railway, LIAISON_RELATION_KIND_COOPERATION_IN);
  liaison_document_set_position (doc, "country-kenya", 10, 20, TRUE);

  g_signal_connect (liaison_document_get_relations (doc), "items-changed",
                    G_CALLBACK (items_changed_cb), &changes);

  liaison_document_remove_actor (doc, kenya);

  /* Its two relations went first, then the actor; the third relation stays. */
  g_assert_cmpuint (changes.removed, ==, 2);
  g_assert_cmpuint (n_items (liaison_document_get_relations (doc)), ==, 1);
  g_assert_cmpuint (n_items (liaison_document_get_actors (doc)), ==, 2);
  g_assert_null (liaison_document_lookup_actor (doc, "country-kenya"));
  g_assert_null (liaison_document_find_actor (doc, "Kenya"));
  g_assert_false (liaison_document_get_position (doc, "country-kenya", NULL, NULL, NULL));
  assert_consistent (doc);

  /* The id is free again. */
  g_assert_true (liaison_document_add_actor (doc, hold));
  assert_consistent (doc);
}

static void
test_rename (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  LiaisonActor *focac = add_actor (doc, "Forum on China-Africa Cooperation",
                                   LIAISON_ACTOR_KIND_ORGANIZATION);

  liaison_actor_add_alias (focac, "FOCAC");
  liaison_document_rename_actor (doc, focac, "FOCAC");

  /* The new name is no longer also an alias; the old name is gone. */
  g_assert_cmpstr (liaison_actor_get_name (focac), ==, "FOCAC");
  g_assert_null (liaison_actor_get_aliases (focac)[0]);
  g_assert_true (liaison_document_find_actor (doc, "focac") == focac);
  g_assert_null (liaison_document_find_actor (doc, "Forum on China-Africa Cooperation"));
  assert_consistent (doc);
}

/* Two actors called the same could not both be found by their name. */
static void
test_rename_collision (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  LiaisonActor *kenya = add_actor (doc, "Kenya", LIAISON_ACTOR_KIND_COUNTRY);
  LiaisonActor *china = add_actor (doc, "China", LIAISON_ACTOR_KIND_COUNTRY);
  guint changed = 0;

  liaison_actor_add_alias (kenya, "Republic of Kenya");
  g_signal_connect_swapped (doc, "changed", G_CALLBACK (g_atomic_int_inc), &changed);

  /* Another actor's name, however it is written, is refused and nothing changes. */
  g_assert_false (liaison_document_rename_actor (doc, china, "  KENYA "));
  g_assert_cmpstr (liaison_actor_get_name (china), ==, "China");
  g_assert_true (liaison_document_find_actor (doc, "Kenya") == kenya);
  g_assert_true (liaison_document_find_actor (doc, "China") == china);
  g_assert_cmpuint (changed, ==, 0);

  /* Its own name, written differently, is fine. */
  g_assert_true (liaison_document_rename_actor (doc, kenya, "KENYA"));
  g_assert_cmpstr (liaison_actor_get_name (kenya), ==, "KENYA");

  /* Another actor's alias may be taken: a name wins over an alias, so it finds the renamed. */
  g_assert_true (liaison_document_rename_actor (doc, china, "Republic of Kenya"));
  g_assert_true (liaison_document_find_actor (doc, "republic of kenya") == china);
  g_assert_true (liaison_document_find_actor (doc, "Kenya") == kenya);
  g_assert_cmpuint (changed, ==, 2);
  assert_consistent (doc);
}

/* Actors and relations of another document, or of none, are refused where they would leave a
 * relation pointing outside its document. */
static void
test_membership (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  g_autoptr(LiaisonDocument) other = liaison_document_new ();
  LiaisonActor *kenya = add_actor (doc, "Kenya", LIAISON_ACTOR_KIND_COUNTRY);
  LiaisonActor *china = add_actor (doc, "China", LIAISON_ACTOR_KIND_COUNTRY);
  LiaisonActor *outsider = add_actor (other, "Ghana", LIAISON_ACTOR_KIND_COUNTRY);
  LiaisonRelation *met = add_relation (doc, kenya, china, LIAISON_RELATION_KIND_MET_WITH);
  LiaisonRelation *elsewhere = add_relation (other, outsider, outsider,
                                             LIAISON_RELATION_KIND_MET_WITH);
  g_autoptr(LiaisonActor) twin = liaison_actor_new (liaison_actor_get_id (kenya), "Kenya",
                                                    LIAISON_ACTOR_KIND_COUNTRY);
  g_autoptr(LiaisonRelation) stray = liaison_relation_new ("rel-stray", kenya, outsider,
                                                           LIAISON_RELATION_KIND_SUPPORTS);
  guint changed = 0;

  g_signal_connect_swapped (doc, "changed", G_CALLBACK (g_atomic_int_inc), &changed);

  /* Re-pointing within the document. */
  liaison_document_set_relation_ends (doc, met, china, kenya);
  g_assert_true (liaison_relation_get_source (met) == china);
  g_assert_true (liaison_relation_get_target (met) == kenya);
  liaison_document_set_relation_ends (doc, met, china, kenya);
  g_assert_cmpuint (changed, ==, 1);

  /* An end outside the document, even one with the id of an actor inside, is refused. */
  g_test_expect_message ("liaison-document", G_LOG_LEVEL_CRITICAL, "*has_actor*");
  liaison_document_set_relation_ends (doc, met, china, outsider);
  g_test_assert_expected_messages ();
  g_test_expect_message ("liaison-document", G_LOG_LEVEL_CRITICAL, "*has_actor*");
  liaison_document_set_relation_ends (doc, met, twin, china);
  g_test_assert_expected_messages ();
  g_assert_true (liaison_relation_get_source (met) == china);
  g_assert_true (liaison_relation_get_target (met) == kenya);

  /* So is a relation of another document. */
  g_test_expect_message ("liaison-document", G_LOG_LEVEL_CRITICAL, "*has_relation*");
  liaison_document_set_relation_ends (doc, elsewhere, kenya, china);
  g_test_assert_expected_messages ();
  g_assert_true (liaison_relation_get_source (elsewhere) == outsider);

  /* And adding a relation to an outsider. */
  g_test_expect_message ("liaison-document", G_LOG_LEVEL_CRITICAL, "*has_actor*");
  g_assert_false (liaison_document_add_relation (doc, stray));
  g_test_assert_expected_messages ();

  /* Renaming, removing or merging another document's actor changes nothing here. */
  g_test_expect_message ("liaison-document", G_LOG_LEVEL_CRITICAL, "*has_actor*");
  g_assert_false (liaison_document_rename_actor (doc, outsider, "Togo"));
  g_test_assert_expected_messages ();
  g_assert_cmpstr (liaison_actor_get_name (outsider), ==, "Ghana");
  g_test_expect_message ("liaison-document", G_LOG_LEVEL_CRITICAL, "*has_actor*");
  liaison_document_remove_actor (doc, twin);
  g_test_assert_expected_messages ();
  g_test_expect_message ("liaison-document", G_LOG_LEVEL_CRITICAL, "*has_actor*");
  liaison_document_merge_actors (doc, kenya, outsider);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (n_items (liaison_document_get_actors (doc)), ==, 2);
  g_assert_cmpuint (n_items (liaison_document_get_relations (doc)), ==, 1);
  assert_consistent (doc);
  assert_consistent (other);
}

static void
test_merge (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  LiaisonActor *president = add_actor (doc, "William Ruto", LIAISON_ACTOR_KIND_PERSON);
  LiaisonActor *surname = add_actor (doc, "Ruto", LIAISON_ACTOR_KIND_PERSON);
  LiaisonActor *kenya = add_actor (doc, "Kenya", LIAISON_ACTOR_KIND_COUNTRY);
  LiaisonActor *wang = add_actor (doc, "Wang Yi", LIAISON_ACTOR_KIND_PERSON);
  LiaisonActor *gdi = add_actor (doc, "Global Development Initiative", LIAISON_ACTOR_KIND_PROGRAMME);
  LiaisonRelation *met, *met_again, *supports, *self_loop;
  g_autofree char *self_loop_id = NULL;
  g_autoptr(LiaisonSpan) m1 = liaison_span_new ("a", 7, 20, "William Ruto");
  g_autoptr(LiaisonSpan) m2 = liaison_span_new ("a", 240, 244, "Ruto");
  g_autoptr(LiaisonSpan) e1 = liaison_span_new ("a", 0, 100, "first sentence");
  g_autoptr(LiaisonSpan) e2 = liaison_span_new ("a", 500, 600, "later sentence");

  liaison_actor_add_mention (president, m1);
  liaison_actor_add_mention (surname, m2);
  liaison_actor_add_alias (surname, "the Kenyan president");
  liaison_actor_set_role (surname, "President of Kenya");

  met = add_relation (doc, president, wang, LIAISON_RELATION_KIND_MET_WITH);
  liaison_relation_add_evidence (met, e1);
  /* The same meeting found under the surname, written the other way round. */
  met_again = add_relation (doc, wang, surname, LIAISON_RELATION_KIND_MET_WITH);
  liaison_relation_add_evidence (met_again, e2);
  liaison_relation_set_confidence (met, 0.5);
  liaison_relation_set_confidence (met_again, 0.9);
  supports = add_relation (doc, surname, gdi, LIAISON_RELATION_KIND_SUPPORTS);
  self_loop = add_relation (doc, surname, president, LIAISON_RELATION_KIND_MET_WITH);
  add_relation (doc, president, kenya, LIAISON_RELATION_KIND_HOLDS_OFFICE);
  self_loop_id = g_strdup (liaison_relation_get_id (self_loop));

  liaison_document_merge_actors (doc, president, surname);
  assert_consistent (doc);

  g_assert_null (liaison_document_lookup_actor (doc, "person-ruto"));
  g_assert_true (liaison_document_find_actor (doc, "Ruto") == president);
  g_assert_true (liaison_document_find_actor (doc, "the Kenyan president") == president);
  g_assert_cmpstr (liaison_actor_get_role (president), ==, "President of Kenya");
  g_assert_cmpuint (liaison_actor_get_n_mentions (president), ==, 2);
  g_assert_cmpuint (liaison_actor_get_mention (president, 1)->start, ==, 240);

  /* supports re-pointed; the two meetings became one with both sentences; the loop is gone. */
  g_assert_true (liaison_relation_get_source (supports) == president);
  g_assert_true (liaison_document_find_relation (doc, wang, president,
                                                 LIAISON_RELATION_KIND_MET_WITH) == met);
  g_assert_cmpuint (liaison_relation_get_n_evidence (met), ==, 2);
  g_assert_cmpfloat (liaison_relation_get_confidence (met), ==, 0.9);
  g_assert_null (liaison_document_lookup_relation (doc, self_loop_id));
  g_assert_cmpuint (n_items (liaison_document_get_relations (doc)), ==, 3);
}

static void
test_find_relation (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  LiaisonActor *a = add_actor (doc, "A", LIAISON_ACTOR_KIND_COUNTRY);
  LiaisonActor *b = add_actor (doc, "B", LIAISON_ACTOR_KIND_COUNTRY);
  LiaisonRelation *coop = add_relation (doc, a, b, LIAISON_RELATION_KIND_COOPERATES_WITH);
  LiaisonRelation *sup = add_relation (doc, a, b, LIAISON_RELATION_KIND_SUPPORTS);

  /* Symmetric kinds match both ways, directed ones only their way. */
  g_assert_true (liaison_document_find_relation (doc, b, a, LIAISON_RELATION_KIND_COOPERATES_WITH) == coop);
  g_assert_true (liaison_document_find_relation (doc, a, b, LIAISON_RELATION_KIND_SUPPORTS) == sup);
  g_assert_null (liaison_document_find_relation (doc, b, a, LIAISON_RELATION_KIND_SUPPORTS));
  g_assert_true (liaison_relation_get_other (sup, a) == b);
}

static void
test_view (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  guint changed = 0;
  double x, y;

  g_signal_connect_swapped (doc, "changed", G_CALLBACK (g_atomic_int_inc), &changed);

  g_assert_cmpfloat (liaison_document_get_zoom (doc), ==, 1.0);
  liaison_document_set_view (doc, 2.5, -10, 4);
  liaison_document_set_view (doc, 2.5, -10, 4);
  liaison_document_get_center (doc, &x, &y);
  g_assert_cmpfloat (x, ==, -10);
  g_assert_cmpfloat (y, ==, 4);
  g_assert_cmpuint (changed, ==, 1);

  liaison_document_set_kind_hidden (doc, LIAISON_ACTOR_KIND_SECTOR, TRUE);
  liaison_document_set_kind_hidden (doc, LIAISON_ACTOR_KIND_SECTOR, TRUE);
  g_assert_true (liaison_document_get_kind_hidden (doc, LIAISON_ACTOR_KIND_SECTOR));
  g_assert_false (liaison_document_get_kind_hidden (doc, LIAISON_ACTOR_KIND_PERSON));
  g_assert_cmpuint (changed, ==, 2);
}

/* Self-loops are allowed (the file format says a relation's target may be its source, and
 * the random steps below add some), so they are no invariant; but merging must not make new
 * ones: it drops the relations it would turn into loops. */
static GPtrArray *
dup_self_loops (LiaisonDocument *doc)
{
  GListModel *relations = liaison_document_get_relations (doc);
  GPtrArray *loops = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_items (relations); i++)
    {
      g_autoptr(LiaisonRelation) relation = g_list_model_get_item (relations, i);

      if (liaison_relation_get_source (relation) == liaison_relation_get_target (relation))
        g_ptr_array_add (loops, g_steal_pointer (&relation));
    }

  return loops;
}

/* Random operations, the invariant checked after every one: the property the UI relies on. */
static void
test_invariant_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20230724);
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  GListModel *actors = liaison_document_get_actors (doc);
  GListModel *relations = liaison_document_get_relations (doc);
  guint n_loops_seen = 0;

  for (guint step = 0; step < 3000; step++)
    {
      guint n_actors = n_items (actors);
      guint op = g_rand_int_range (rand, 0, 10);

      if (op < 3 || n_actors < 2)
        {
          g_autofree char *name = g_strdup_printf ("Actor %u", g_rand_int_range (rand, 0, 500));

          if (liaison_document_find_actor (doc, name) == NULL)
            add_actor (doc, name, g_rand_int_range (rand, 0, LIAISON_N_ACTOR_KINDS));
        }
      else if (op < 7)
        {
          g_autoptr(LiaisonActor) a = g_list_model_get_item (actors, g_rand_int_range (rand, 0, n_actors));
          g_autoptr(LiaisonActor) b = g_list_model_get_item (actors, g_rand_int_range (rand, 0, n_actors));

          add_relation (doc, a, b, g_rand_int_range (rand, 0, LIAISON_N_RELATION_KINDS));
        }
      else if (op < 8)
        {
          g_autoptr(LiaisonActor) a = g_list_model_get_item (actors, g_rand_int_range (rand, 0, n_actors));

          liaison_document_remove_actor (doc, a);
        }
      else if (op < 9)
        {
          g_autoptr(LiaisonActor) a = g_list_model_get_item (actors, g_rand_int_range (rand, 0, n_actors));
          g_autoptr(LiaisonActor) b = g_list_model_get_item (actors, g_rand_int_range (rand, 0, n_actors));

          g_autoptr(GPtrArray) loops_before = dup_self_loops (doc);
          g_autoptr(GPtrArray) loops_after = NULL;

          liaison_document_merge_actors (doc, a, b);

          /* Merging never leaves a relation from an actor to itself unless one was added so. */
          loops_after = dup_self_loops (doc);
          for (guint i = 0; i < loops_after->len; i++)
            g_assert_true (g_ptr_array_find (loops_before, g_ptr_array_index (loops_after, i),
                                             NULL));
          n_loops_seen += loops_before->len > 0;
        }
      else if (n_items (relations) > 0)
        {
          g_autoptr(LiaisonRelation) r = g_list_model_get_item (relations,
                                                                g_rand_int_range (rand, 0, n_items (relations)));

          liaison_document_remove_relation (doc, r);
        }

      assert_consistent (doc);
    }

  /* The check above saw merges with self-loops around, not only an empty case. */
  g_assert_cmpuint (n_loops_seen, >, 0);
}

static void
test_large (void)
{
  g_autoptr(LiaisonDocument) doc = liaison_document_new ();
  GListModel *actors = liaison_document_get_actors (doc);

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Organisation %u", i);

      add_actor (doc, name, LIAISON_ACTOR_KIND_ORGANIZATION);
    }
  for (guint i = 0; i < 10000; i++)
    {
      g_autoptr(LiaisonActor) a = g_list_model_get_item (actors, i);
      g_autoptr(LiaisonActor) b = g_list_model_get_item (actors, (i * 7919) % 10000);

      add_relation (doc, a, b, LIAISON_RELATION_KIND_COOPERATES_WITH);
    }

  g_assert_cmpuint (n_items (actors), ==, 10000);
  g_assert_nonnull (liaison_document_find_actor (doc, "organisation 9999"));
  assert_consistent (doc);
}

static LiaisonDocument *
open_article (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "articles", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LiaisonDocument *document = liaison_open_file (file, NULL, &error);

  g_assert_no_error (error);
  return document;
}

/* Two reports on the same talks make one map: one node per country and person, evidence from
 * both behind the relations they share, and their weight the number of articles. */
static void
test_add_document (void)
{
  g_autoptr(LiaisonDocument) map = open_article ("combine-rail-deal.txt");
  g_autoptr(LiaisonDocument) second = open_article ("combine-review.txt");
  g_autoptr(LiaisonDocument) again = open_article ("combine-rail-deal.txt");
  g_autoptr(GError) error = NULL;
  LiaisonActor *kenya, *china, *wang, *energy;
  LiaisonRelation *ties, *office, *railway;
  guint n_actors = g_list_model_get_n_items (liaison_document_get_actors (map));
  guint n_second = g_list_model_get_n_items (liaison_document_get_actors (second));
  gboolean kenya_in_second = FALSE;
  double x, y;

  liaison_document_set_position (map, "country-kenya", 10, 20, TRUE);
  g_assert_true (liaison_document_add_document (map, second, &error));
  g_assert_no_error (error);
  g_assert_true (liaison_document_check (map, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_articles (map)), ==, 2);

  /* Kenya, China and Wang Yi once each; the new people and sectors added. */
  kenya = liaison_document_find_actor (map, "Kenya");
  china = liaison_document_find_actor (map, "China");
  wang = liaison_document_find_actor (map, "Wang Yi");
  energy = liaison_document_find_actor (map, "energy");
  g_assert_nonnull (liaison_document_find_actor (map, "Musalia Mudavadi"));
  g_assert_nonnull (liaison_document_find_actor (map, "trade"));
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_actors (map)), ==,
                    n_actors + 2);  /* Mudavadi and trade */
  g_assert_cmpuint (n_second, <, n_actors + 2);
  for (guint i = 0; i < liaison_actor_get_n_mentions (kenya); i++)
    kenya_in_second |= g_strcmp0 (liaison_actor_get_mention (kenya, i)->article_id,
                                  liaison_actor_get_mention (kenya, 0)->article_id) != 0;
  g_assert_true (kenya_in_second);

  /* Shared relations: one each, with two articles behind them. */
  ties = liaison_document_find_relation (map, kenya, china, LIAISON_RELATION_KIND_COOPERATES_WITH);
  office = liaison_document_find_relation (map, wang, china, LIAISON_RELATION_KIND_HOLDS_OFFICE);
  g_assert_nonnull (ties);
  g_assert_nonnull (office);
  g_assert_cmpuint (liaison_relation_get_n_articles (ties), ==, 2);
  g_assert_cmpuint (liaison_relation_get_n_articles (office), ==, 2);
  g_assert_cmpuint (liaison_relation_get_n_articles (liaison_document_find_relation (map, kenya, energy,
                                                                                      LIAISON_RELATION_KIND_COOPERATION_IN)), ==, 2);
  /* One article's relations keep one. */
  railway = liaison_document_find_relation (map, kenya, liaison_document_find_actor (map, "railway"),
                                            LIAISON_RELATION_KIND_COOPERATION_IN);
  g_assert_cmpuint (liaison_relation_get_n_articles (railway), ==, 1);

  /* The map keeps its positions; the second document is unchanged. */
  g_assert_true (liaison_document_get_position (map, "country-kenya", &x, &y, NULL));
  g_assert_cmpfloat (x, ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_actors (second)), ==, n_second);

  /* The same article twice is refused, and nothing changes. */
  g_assert_false (liaison_document_add_document (map, again, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_articles (map)), ==, 2);
}

/* Mentions of an actor added by hand: whole words, same case, name and aliases. */
static void
test_find_mentions (void)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autoptr(LiaisonArticle) article = liaison_article_new (NULL, "Kenya and the Kenyan side met. kenya? KENYA. Nairobi, Kenya.\n");
  g_autoptr(LiaisonActor) actor = liaison_actor_new ("country-kenya", "Kenya", LIAISON_ACTOR_KIND_COUNTRY);

  liaison_document_add_article (document, article);
  liaison_document_add_actor (document, actor);
  liaison_actor_add_alias (actor, "Nairobi");
  g_assert_cmpuint (liaison_document_find_mentions (document, actor), ==, 3);
  g_assert_cmpuint (liaison_actor_get_mention (actor, 0)->start, ==, 0);
  g_assert_cmpuint (liaison_actor_get_mention (actor, 0)->end, ==, 5);
  /* Found again: nothing new. */
  g_assert_cmpuint (liaison_document_find_mentions (document, actor), ==, 0);
}

/* Extracting again keeps every correction made by hand, through a save and a reload. */
static void
test_extract_again (void)
{
  g_autoptr(LiaisonDocument) map = liaison_open_example ();
  g_autoptr(LiaisonDocument) loaded = NULL;
  g_autoptr(LiaisonDocument) fresh = NULL;
  g_autoptr(LiaisonActor) samia = NULL;
  g_autoptr(LiaisonRelation) part = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  LiaisonActor *kenya = liaison_document_find_actor (map, "Kenya");
  LiaisonActor *africa = liaison_document_find_actor (map, "Africa");
  LiaisonActor *wang = liaison_document_find_actor (map, "Wang Yi");
  LiaisonActor *ruto = liaison_document_find_actor (map, "William Ruto");
  LiaisonRelation *met = liaison_document_find_relation (map, wang, ruto, LIAISON_RELATION_KIND_MET_WITH);
  gsize length;
  double x, y;

  g_assert_nonnull (met);
  g_assert_true (liaison_document_rename_actor (map, kenya, "Republic of Kenya"));
  liaison_actor_set_origin (kenya, LIAISON_ORIGIN_USER);
  liaison_actor_set_kind (africa, LIAISON_ACTOR_KIND_ORGANIZATION);
  liaison_actor_set_origin (africa, LIAISON_ORIGIN_USER);
  liaison_document_dismiss_actor (map, liaison_document_find_actor (map, "aviation"));
  liaison_document_dismiss_relation (map, met);
  samia = liaison_actor_new ("person-samia", "Samia Suluhu Hassan", LIAISON_ACTOR_KIND_PERSON);
  liaison_actor_set_origin (samia, LIAISON_ORIGIN_USER);
  liaison_document_add_actor (map, samia);
  part = liaison_relation_new ("rel-user", kenya, africa, LIAISON_RELATION_KIND_PART_OF);
  liaison_relation_set_origin (part, LIAISON_ORIGIN_USER);
  liaison_document_add_relation (map, part);
  liaison_document_set_position (map, "country-china", 123, -45, TRUE);

  /* Through the file format: origins and what was deleted are kept. */
  data = liaison_document_save_to_data (map, &length);
  loaded = liaison_document_load_from_data (data, (gssize) length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_document_get_dismissed_actors (loaded)->len, >=, 1);
  g_assert_cmpuint (liaison_document_get_dismissed_relations (loaded)->len, ==, 1);
  g_assert_cmpint (liaison_actor_get_origin (liaison_document_find_actor (loaded, "Republic of Kenya")), ==,
                   LIAISON_ORIGIN_USER);
  g_assert_cmpint (liaison_actor_get_origin (liaison_document_find_actor (loaded, "China")), ==,
                   LIAISON_ORIGIN_EXTRACTED);

  fresh = liaison_document_extract_again (loaded, &error);
  g_assert_no_error (error);
  g_assert_true (liaison_document_check (fresh, NULL));

  /* The extractor finds "Kenya" again; the user's name for it wins, the old one an alias. */
  kenya = liaison_document_find_actor (fresh, "Republic of Kenya");
  g_assert_nonnull (kenya);
  g_assert_true (liaison_document_find_actor (fresh, "Kenya") == kenya);
  g_assert_cmpuint (liaison_actor_get_n_mentions (kenya), >, 3);
  africa = liaison_document_find_actor (fresh, "Africa");
  g_assert_cmpint (liaison_actor_get_kind (africa), ==, LIAISON_ACTOR_KIND_ORGANIZATION);
  g_assert_null (liaison_document_find_actor (fresh, "aviation"));
  g_assert_nonnull (liaison_document_find_actor (fresh, "Samia Suluhu Hassan"));
  g_assert_nonnull (liaison_document_find_relation (fresh, kenya, africa, LIAISON_RELATION_KIND_PART_OF));
  g_assert_null (liaison_document_find_relation (fresh, liaison_document_find_actor (fresh, "Wang Yi"),
                                                 liaison_document_find_actor (fresh, "William Ruto"),
                                                 LIAISON_RELATION_KIND_MET_WITH));
  /* What the user did not touch is extracted as before, and the map keeps its layout. */
  g_assert_nonnull (liaison_document_find_relation (fresh, liaison_document_find_actor (fresh, "William Ruto"),
                                                    kenya, LIAISON_RELATION_KIND_HOLDS_OFFICE));
  g_assert_true (liaison_document_get_position (fresh, liaison_actor_get_id (liaison_document_find_actor (fresh, "China")),
                                                &x, &y, NULL));
  g_assert_cmpfloat (x, ==, 123);
  g_assert_cmpfloat (y, ==, -45);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/document/lookup", test_lookup);
  g_test_add_func ("/liaison/document/make-id", test_make_id);
  g_test_add_func ("/liaison/document/remove-actor", test_remove_actor);
  g_test_add_func ("/liaison/document/rename", test_rename);
  g_test_add_func ("/liaison/document/rename-collision", test_rename_collision);
  g_test_add_func ("/liaison/document/membership", test_membership);
  g_test_add_func ("/liaison/document/merge", test_merge);
  g_test_add_func ("/liaison/document/find-relation", test_find_relation);
  g_test_add_func ("/liaison/document/view", test_view);
  g_test_add_func ("/liaison/document/invariant-random", test_invariant_random);
  g_test_add_func ("/liaison/document/large", test_large);
  g_test_add_func ("/liaison/document/add-document", test_add_document);
  g_test_add_func ("/liaison/document/find-mentions", test_find_mentions);
  g_test_add_func ("/liaison/document/extract-again", test_extract_again);
  g_test_add_func ("/liaison/document/position-bounds", test_position_bounds);

  return g_test_run ();
}
