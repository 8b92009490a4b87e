/* test-extract.c — from an article's text to actors, relations and evidence
 *
 * The articles under tests/data/articles/ and the sentences below were written for these
 * tests; the bundled article is the one real report. Each test names what a reader finds in
 * a text and checks that the extractor finds the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "liaison-core.h"
#include "liaison-document-io.h"
#include "liaison-extract.h"
#include "liaison-gazetteer.h"
#include "liaison-open.h"

static LiaisonDocument *
extract_text (const char *text)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autoptr(LiaisonArticle) article = liaison_article_new_from_text (text);
  g_autoptr(GError) error = NULL;

  liaison_document_add_article (document, article);
  g_assert_true (liaison_extract_article (document, article, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&document);
}

static LiaisonDocument *
extract_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "articles", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LiaisonDocument *document = liaison_open_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

static LiaisonActor *
assert_actor (LiaisonDocument  *document,
              const char       *name,
              LiaisonActorKind  kind)
{
  LiaisonActor *actor = liaison_document_find_actor (document, name);

  if (actor == NULL)
    g_error ("no actor named “%s”", name);
  if (liaison_actor_get_kind (actor) != kind)
    g_error ("“%s” is a %s, not a %s", name,
             liaison_actor_kind_to_string (liaison_actor_get_kind (actor)),
             liaison_actor_kind_to_string (kind));

  return actor;
}

static void
assert_role (LiaisonDocument *document,
             const char      *name,
             const char      *role)
{
  LiaisonActor *actor = assert_actor (document, name, LIAISON_ACTOR_KIND_PERSON);

  g_assert_cmpstr (liaison_actor_get_role (actor), ==, role);
}

static gboolean
has_relation (LiaisonDocument     *document,
              const char          *source,
              LiaisonRelationKind  kind,
              const char          *target)
{
  LiaisonActor *s = liaison_document_find_actor (document, source);
  LiaisonActor *t = liaison_document_find_actor (document, target);

  if (s == NULL || t == NULL)
    return FALSE;

  return liaison_document_find_relation (document, s, t, kind) != NULL ||
         (liaison_relation_kind_is_symmetric (kind) &&
          liaison_document_find_relation (document, t, s, kind) != NULL);
}

#define assert_relation(doc, s, kind, t) \
  G_STMT_START { \
    if (!has_relation ((doc), (s), LIAISON_RELATION_KIND_##kind, (t))) \
      g_error ("no relation %s —%s→ %s", (s), #kind, (t)); \
  } G_STMT_END

#define assert_no_relation(doc, s, kind, t) \
  G_STMT_START { \
    if (has_relation ((doc), (s), LIAISON_RELATION_KIND_##kind, (t))) \
      g_error ("unexpected relation %s —%s→ %s", (s), #kind, (t)); \
  } G_STMT_END

static guint
count_kind (LiaisonDocument  *document,
            LiaisonActorKind  kind)
{
  GListModel *actors = liaison_document_get_actors (document);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);

      n += liaison_actor_get_kind (actor) == kind;
    }

  return n;
}

/* Every mention and every evidence span covers the article text it claims to cover. */
static void
assert_spans_match_text (LiaisonDocument *document)
{
  GListModel *articles = liaison_document_get_articles (document);
  GListModel *actors = liaison_document_get_actors (document);
  GListModel *relations = liaison_document_get_relations (document);
  g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, 0);
  const char *text = liaison_article_get_text (article);
  glong length = g_utf8_strlen (text, -1);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);

      g_assert_cmpuint (liaison_actor_get_n_mentions (actor), >, 0);
      for (guint m = 0; m < liaison_actor_get_n_mentions (actor); m++)
        {
          const LiaisonSpan *span = liaison_actor_get_mention (actor, m);
          const char *from, *to;

          g_assert_cmpuint (span->start, <, span->end);
          g_assert_cmpint (span->end, <=, length);
          from = g_utf8_offset_to_pointer (text, span->start);
          to = g_utf8_offset_to_pointer (text, span->end);
          g_assert_cmpint (strlen (span->text), ==, to - from);
          g_assert_true (strncmp (from, span->text, to - from) == 0);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(LiaisonRelation) relation = g_list_model_get_item (relations, i);

      g_assert_cmpuint (liaison_relation_get_n_evidence (relation), >, 0);
      g_assert_cmpfloat (liaison_relation_get_confidence (relation), >, 0.0);
      g_assert_cmpfloat (liaison_relation_get_confidence (relation), <=, 1.0);
      g_assert_true (liaison_relation_get_source (relation) != liaison_relation_get_target (relation));
      for (guint e = 0; e < liaison_relation_get_n_evidence (relation); e++)
        {
          const LiaisonSpan *span = liaison_relation_get_evidence (relation, e);
          const char *from = g_utf8_offset_to_pointer (text, span->start);
          const char *to = g_utf8_offset_to_pointer (text, span->end);

          g_assert_cmpint (span->end, <=, length);
          g_assert_true (strncmp (from, span->text, to - from) == 0);
        }
    }
}

/* The bundled article: what a reader of the report finds in it. */
static void
test_example (void)
{
  g_autoptr(LiaisonDocument) document = liaison_open_example ();
  LiaisonActor *ruto;

  assert_actor (document, "Kenya", LIAISON_ACTOR_KIND_COUNTRY);
  assert_actor (document, "China", LIAISON_ACTOR_KIND_COUNTRY);
  assert_role (document, "William Ruto", "President of Kenya");
  assert_role (document, "Wang Yi", "Member of the Political Bureau of the CPC Central Committee");
  assert_role (document, "Alfred Mutua", "Cabinet Secretary for Foreign and Diaspora Affairs of Kenya");
  assert_actor (document, "Belt and Road Initiative", LIAISON_ACTOR_KIND_PROGRAMME);
  assert_actor (document, "Global Development Initiative", LIAISON_ACTOR_KIND_PROGRAMME);
  assert_actor (document, "Forum on China-Africa Cooperation", LIAISON_ACTOR_KIND_ORGANIZATION);
  assert_actor (document, "Africa", LIAISON_ACTOR_KIND_PLACE);
  for (guint i = 0; i < 6; i++)
    {
      const char *sectors[] = { "railway", "highway", "water conservancy", "aviation",
                                "renewable energy", "information" };

      assert_actor (document, sectors[i], LIAISON_ACTOR_KIND_SECTOR);
    }
  g_assert_cmpuint (count_kind (document, LIAISON_ACTOR_KIND_PERSON), ==, 3);
  g_assert_cmpuint (count_kind (document, LIAISON_ACTOR_KIND_COUNTRY), ==, 2);

  /* "Ruto", "the Kenya president", "he" are the same man; "Wang" is Wang Yi. */
  ruto = liaison_document_find_actor (document, "Ruto");
  g_assert_true (ruto == liaison_document_find_actor (document, "William Ruto"));
  g_assert_cmpuint (liaison_actor_get_n_mentions (ruto), >=, 5);
  g_assert_true (liaison_document_find_actor (document, "Wang") ==
                 liaison_document_find_actor (document, "Wang Yi"));

  assert_relation (document, "William Ruto", MET_WITH, "Wang Yi");
  assert_relation (document, "Wang Yi", MET_WITH, "Alfred Mutua");
  assert_relation (document, "William Ruto", HOLDS_OFFICE, "Kenya");
  assert_relation (document, "Alfred Mutua", HOLDS_OFFICE, "Kenya");
  assert_relation (document, "Wang Yi", MEMBER_OF, "Political Bureau of the CPC Central Committee");
  assert_relation (document, "Political Bureau of the CPC Central Committee", PART_OF,
                   "Communist Party of China");
  assert_relation (document, "Wang Yi", REPRESENTS, "China");
  assert_relation (document, "Kenya", COOPERATES_WITH, "China");
  assert_relation (document, "China", SUPPORTS, "Kenya");
  assert_relation (document, "Kenya", SUPPORTS, "Global Development Initiative");
  assert_relation (document, "Kenya", PARTICIPATES_IN, "Global Development Initiative");
  assert_relation (document, "China", PROPOSED, "Global Development Initiative");
  assert_relation (document, "Kenya", PARTICIPATES_IN, "Forum on China-Africa Cooperation");
  assert_relation (document, "China", PARTICIPATES_IN, "Belt and Road Initiative");
  assert_relation (document, "Kenya", COOPERATION_IN, "water conservancy");
  assert_relation (document, "China", COOPERATION_IN, "water conservancy");
  assert_relation (document, "China", COOPERATION_IN, "information");
  assert_relation (document, "Kenya", COOPERATION_IN, "information");
  assert_relation (document, "William Ruto", STATEMENT_ABOUT, "Global Development Initiative");
  assert_relation (document, "Wang Yi", STATEMENT_ABOUT, "Kenya");

  /* A person's own act is not the country's, and no one meets a country. */
  assert_no_relation (document, "Kenya", MET_WITH, "Wang Yi");
  assert_no_relation (document, "William Ruto", PROPOSED, "Global Development Initiative");

  assert_spans_match_text (document);
}

/* Offices before and after names, in the ways reports write them. */
static void
test_offices (void)
{
  g_autoptr(LiaisonDocument) a = NULL;
  g_autoptr(LiaisonDocument) b = NULL;
  g_autoptr(LiaisonDocument) c = NULL;

  a = extract_text ("Omani Foreign Minister Salma Harthy met Indian External Affairs Minister "
                    "Ravi Menon in Muscat on Sunday.\n\n"
                    "Peru's Prime Minister Ana Quispe, speaking in Lima, said Peru would sign.\n\n"
                    "Tomas Lind, the Swedish defence minister, told reporters on Monday that "
                    "Sweden was ready.\n\n"
                    "Mexico's foreign minister, Lucia Vega, said Mexico agreed.\n");
  b = extract_text ("Officials in Lima said Lima's offer stands.\n");
  g_assert_true (liaison_document_find_actor (b, "Lima") == liaison_document_find_actor (b, "Peru"));
  g_clear_object (&b);
  assert_role (a, "Salma Harthy", "Foreign Minister of Oman");
  assert_role (a, "Ana Quispe", "Prime Minister of Peru");
  assert_role (a, "Tomas Lind", "Defence Minister of Sweden");
  assert_role (a, "Lucia Vega", "Foreign Minister of Mexico");
  assert_relation (a, "Salma Harthy", HOLDS_OFFICE, "Oman");
  assert_relation (a, "Ana Quispe", HOLDS_OFFICE, "Peru");
  assert_relation (a, "Tomas Lind", HOLDS_OFFICE, "Sweden");
  assert_relation (a, "Salma Harthy", MET_WITH, "Ravi Menon");
  /* "in Lima" is where; "Lima's" is Peru's government. */
  g_assert_null (liaison_document_find_actor (a, "Lima"));

  /* A form of address is no office; "his counterpart" has the same office elsewhere. */
  b = extract_text ("Egyptian Foreign Minister Karim Nabil received his Jordanian counterpart, "
                    "Omar Haddad, in Cairo. Dr. Leila Aziz, a member of the Arab League, "
                    "joined them.\n");
  assert_role (b, "Karim Nabil", "Foreign Minister of Egypt");
  assert_role (b, "Omar Haddad", "Foreign Minister of Jordan");
  assert_relation (b, "Karim Nabil", MET_WITH, "Omar Haddad");
  assert_relation (b, "Leila Aziz", MEMBER_OF, "League of Arab States");
  g_assert_null (liaison_document_find_actor (b, "Dr"));

  /* A title in the other order: "X, Secretary-General of the United Nations". */
  c = extract_text ("Maria Santos, Secretary-General of the United Nations, met Kenyan "
                    "President John Kamau in Nairobi.\n");
  assert_relation (c, "Maria Santos", HOLDS_OFFICE, "United Nations");
  assert_relation (c, "Maria Santos", MET_WITH, "John Kamau");
  assert_role (c, "John Kamau", "President of Kenya");
}

/* Later mentions: surnames, titles, pronouns and "his country". */
static void
test_coreference (void)
{
  g_autoptr(LiaisonDocument) document = NULL;
  LiaisonActor *president, *minister;

  document = extract_text ("Ghanaian President Kofi Mensah-Boateng met Norwegian Prime Minister "
                           "Ingrid Dahl in Accra on Tuesday.\n\n"
                           "Mensah-Boateng said his country valued the partnership with Norway. "
                           "The Ghanaian president said Ghana would host the next round.\n\n"
                           "Dahl said she was pleased. The prime minister added that Norway "
                           "supports the African Union.\n");

  president = assert_actor (document, "Kofi Mensah-Boateng", LIAISON_ACTOR_KIND_PERSON);
  minister = assert_actor (document, "Ingrid Dahl", LIAISON_ACTOR_KIND_PERSON);
  g_assert_true (liaison_document_find_actor (document, "Mensah-Boateng") == president);
  g_assert_true (liaison_document_find_actor (document, "Dahl") == minister);
  g_assert_cmpuint (count_kind (document, LIAISON_ACTOR_KIND_PERSON), ==, 2);
  /* Name, surname, "the Ghanaian president". */
  g_assert_cmpuint (liaison_actor_get_n_mentions (president), >=, 3);
  /* Name, surname, "she", "the prime minister". */
  g_assert_cmpuint (liaison_actor_get_n_mentions (minister), >=, 4);

  assert_relation (document, "Ghana", COOPERATES_WITH, "Norway");
  assert_relation (document, "Norway", SUPPORTS, "African Union");
  assert_relation (document, "Ingrid Dahl", STATEMENT_ABOUT, "African Union");
  assert_spans_match_text (document);
}

/* Meetings in the active, the passive and with several persons. */
static void
test_meetings (void)
{
  g_autoptr(LiaisonDocument) document = NULL;

  document = extract_text ("Chilean President Rosa Fuentes was received at the palace by "
                           "Spanish King Felipe Ortega.\n\n"
                           "Brazilian Foreign Minister Paulo Lima and Argentine Foreign Minister "
                           "Diego Ruiz held talks in Montevideo.\n\n"
                           "Senator Amy Cole and Senator Ben Ford met Colombian President "
                           "Jorge Rojas on Friday.\n");

  assert_relation (document, "Rosa Fuentes", MET_WITH, "Felipe Ortega");
  assert_relation (document, "Paulo Lima", MET_WITH, "Diego Ruiz");
  assert_relation (document, "Amy Cole", MET_WITH, "Jorge Rojas");
  assert_relation (document, "Ben Ford", MET_WITH, "Jorge Rojas");
  assert_no_relation (document, "Amy Cole", MET_WITH, "Ben Ford");
  assert_no_relation (document, "Rosa Fuentes", SUPPORTS, "Felipe Ortega");
}

/* Bodies and programmes that no list knows, by the shape of their names. */
static void
test_bodies (void)
{
  g_autoptr(LiaisonDocument) document = NULL;
  LiaisonActor *authority;

  document = extract_text ("The Kenya Ports Authority (KPA) signed a deal with the Ministry of "
                           "Transport of Uganda.\n\n"
                           "Officials said the KPA would expand the Lake Victoria Maritime "
                           "Corridor Programme. The Senate Foreign Relations Committee will "
                           "review the Norway-Chile Green Shipping Partnership.\n");

  authority = assert_actor (document, "Kenya Ports Authority", LIAISON_ACTOR_KIND_ORGANIZATION);
  g_assert_true (liaison_document_find_actor (document, "KPA") == authority);
  g_assert_cmpuint (liaison_actor_get_n_mentions (authority), ==, 2);
  assert_actor (document, "Ministry of Transport of Uganda", LIAISON_ACTOR_KIND_ORGANIZATION);
  assert_relation (document, "Ministry of Transport of Uganda", PART_OF, "Uganda");
  assert_actor (document, "Lake Victoria Maritime Corridor Programme", LIAISON_ACTOR_KIND_PROGRAMME);
  assert_actor (document, "Senate Foreign Relations Committee", LIAISON_ACTOR_KIND_ORGANIZATION);
  assert_actor (document, "Norway-Chile Green Shipping Partnership", LIAISON_ACTOR_KIND_PROGRAMME);
  assert_relation (document, "Norway", PARTICIPATES_IN, "Norway-Chile Green Shipping Partnership");
  assert_relation (document, "Chile", PARTICIPATES_IN, "Norway-Chile Green Shipping Partnership");
  assert_spans_match_text (document);
}

/* Fields of cooperation: both partners of a bilateral pledge get each field. */
static void
test_sectors (void)
{
  g_autoptr(LiaisonDocument) document = NULL;

  document = extract_text ("Vietnam is willing to deepen cooperation with Australia in such "
                           "fields as agriculture, education, renewable energy and tourism.\n\n"
                           "Trade and security were also discussed.\n");

  assert_relation (document, "Vietnam", COOPERATES_WITH, "Australia");
  for (guint i = 0; i < 4; i++)
    {
      const char *fields[] = { "agriculture", "education", "renewable energy", "tourism" };

      assert_actor (document, fields[i], LIAISON_ACTOR_KIND_SECTOR);
      assert_relation (document, "Vietnam", COOPERATION_IN, fields[i]);
      assert_relation (document, "Australia", COOPERATION_IN, fields[i]);
    }
  /* Common words are sectors only in a list of fields of cooperation. */
  g_assert_null (liaison_document_find_actor (document, "security"));
}

/* Quoted and reported speech: the speaker made a statement about what it names. */
static void
test_statements (void)
{
  g_autoptr(LiaisonDocument) document = NULL;

  document = extract_text ("Indonesian President Sari Wibowo met Japanese Prime Minister "
                           "Kenji Mori in Jakarta.\n\n"
                           "“Indonesia welcomes investment from Japan in the Nusantara Capital "
                           "Programme,” Wibowo said.\n\n"
                           "Mori said Japan supports ASEAN.\n");

  assert_relation (document, "Sari Wibowo", STATEMENT_ABOUT, "Japan");
  assert_relation (document, "Sari Wibowo", STATEMENT_ABOUT, "Nusantara Capital Programme");
  assert_relation (document, "Kenji Mori", STATEMENT_ABOUT, "Association of Southeast Asian Nations");
  assert_relation (document, "Japan", SUPPORTS, "Association of Southeast Asian Nations");
  assert_no_relation (document, "Kenji Mori", STATEMENT_ABOUT, "Nusantara Capital Programme");

  /* The quoted words are kept on their speaker, without the quotation marks. */
  {
    LiaisonActor *speaker = liaison_document_find_actor (document, "Sari Wibowo");

    g_assert_cmpuint (liaison_actor_get_n_quotes (speaker), ==, 1);
    g_assert_cmpstr (liaison_actor_get_quote (speaker, 0)->text, ==,
                     "Indonesia welcomes investment from Japan in the Nusantara Capital Programme");
    g_assert_cmpuint (liaison_actor_get_n_quotes (liaison_document_find_actor (document, "Kenji Mori")),
                      ==, 0);
  }
}

/* Who "the two sides", "they", "the bloc" are; what "within" and "backed by" say. */
static void
test_parties (void)
{
  g_autoptr(LiaisonDocument) document = NULL;

  document = extract_text ("Ghanaian President Ama Owusu met Danish Prime Minister Lars Holm "
                           "in Accra on Monday.\n\n"
                           "The two sides agreed to expand cooperation in shipping, wind power "
                           "and vocational schools.\n\n"
                           "They also reaffirmed their support for the African Union. The bloc "
                           "will meet in May, Owusu said. Both countries coordinate closely "
                           "within the United Nations.\n\n"
                           "The Accra Port Compact, which is backed by the World Bank, was "
                           "discussed. Denmark was represented by Deputy Minister Ole Berg.\n");

  assert_relation (document, "Ama Owusu", MET_WITH, "Lars Holm");
  assert_relation (document, "Ghana", COOPERATES_WITH, "Denmark");
  /* A field the lexicon may not know counts in a list with one it knows. */
  assert_actor (document, "vocational schools", LIAISON_ACTOR_KIND_SECTOR);
  assert_relation (document, "Ghana", COOPERATION_IN, "shipping");
  assert_relation (document, "Denmark", COOPERATION_IN, "vocational schools");
  assert_relation (document, "Ghana", SUPPORTS, "African Union");
  assert_relation (document, "Denmark", SUPPORTS, "African Union");
  assert_relation (document, "Ama Owusu", STATEMENT_ABOUT, "African Union");
  assert_relation (document, "Ghana", MEMBER_OF, "United Nations");
  assert_relation (document, "Denmark", MEMBER_OF, "United Nations");
  assert_relation (document, "World Bank", SUPPORTS, "Accra Port Compact");
  assert_relation (document, "Ole Berg", REPRESENTS, "Denmark");
  /* "in Accra" is where it happened, not who. */
  g_assert_null (liaison_document_find_actor (document, "Accra"));
  assert_spans_match_text (document);
}

/* Two offices in one apposition; a party and its country are one side. */
static void
test_party_officials (void)
{
  g_autoptr(LiaisonDocument) document = NULL;

  document = extract_text ("Le Van Nam, a member of the Political Bureau of the Communist "
                           "Party of Vietnam (CPV) Central Committee, held talks with Hun Dara, "
                           "vice president of the Cambodian People's Party (CPP) and Deputy "
                           "Prime Minister of Cambodia.\n\n"
                           "Nam said the CPV and the Vietnamese State value the friendship.\n");

  assert_actor (document, "Political Bureau of the Communist Party of Vietnam Central Committee",
                LIAISON_ACTOR_KIND_ORGANIZATION);
  assert_relation (document, "Le Van Nam", MEMBER_OF,
                   "Political Bureau of the Communist Party of Vietnam Central Committee");
  assert_relation (document, "Political Bureau of the Communist Party of Vietnam Central Committee",
                   PART_OF, "Communist Party of Vietnam");
  assert_relation (document, "Hun Dara", HOLDS_OFFICE, "Cambodian People's Party");
  assert_relation (document, "Hun Dara", HOLDS_OFFICE, "Cambodia");
  assert_relation (document, "Le Van Nam", MET_WITH, "Hun Dara");
  assert_no_relation (document, "Communist Party of Vietnam", COOPERATES_WITH, "Vietnam");
}

/* Country names come from the bundled lists and, at run time, from iso-codes. */
static void
test_gazetteer (void)
{
  g_autofree char *dir = g_dir_make_tmp ("liaison-iso-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "iso_3166-1.json", NULL);
  g_autoptr(LiaisonGazetteer) gazetteer = NULL;
  g_autoptr(LiaisonGazetteer) without = NULL;
  g_autoptr(GError) error = NULL;
  const LiaisonGazetteerEntry *entry;

  g_assert_true (g_file_set_contents (path,
                                      "{\"3166-1\": [{\"alpha_2\": \"KE\", \"name\": \"Kenya\", "
                                      "\"official_name\": \"Republic of Testland\"}]}", -1, NULL));
  gazetteer = liaison_gazetteer_new (path, &error);
  g_assert_no_error (error);
  entry = liaison_gazetteer_lookup (gazetteer, "Republic of Testland");
  g_assert_nonnull (entry);
  g_assert_cmpint (entry->klass, ==, LIAISON_GAZETTEER_COUNTRY);
  g_assert_cmpstr (entry->name, ==, "Kenya");

  /* Without iso-codes, the bundled lists still know every country, demonym and title. */
  without = liaison_gazetteer_new ("/nonexistent/iso_3166-1.json", &error);
  g_assert_no_error (error);
  g_assert_null (liaison_gazetteer_lookup (without, "Republic of Testland"));
  g_assert_cmpstr (liaison_gazetteer_lookup (without, "Kenyan")->name, ==, "Kenya");
  g_assert_cmpint (liaison_gazetteer_lookup (without, "Kenyan")->klass, ==, LIAISON_GAZETTEER_DEMONYM);
  g_assert_cmpint (liaison_gazetteer_lookup (without, "Foreign Minister")->klass, ==,
                   LIAISON_GAZETTEER_TITLE);
  g_assert_cmpuint (liaison_gazetteer_get_size (without), >, 1000);

  g_unlink (path);
  g_rmdir (dir);
}

/* The articles written for the tests: each stage finds its part, and nothing invents persons
 * from capitalised words. */
static void
test_articles (void)
{
  g_autoptr(LiaisonDocument) oman = extract_file ("oman-iran-meeting.txt");
  g_autoptr(LiaisonDocument) asean = extract_file ("asean-summit.txt");
  g_autoptr(LiaisonDocument) ghana = extract_file ("ghana-japan-phone-call.txt");
  g_autoptr(LiaisonDocument) senegal = extract_file ("senegal-france-visit.txt");
  g_autoptr(LiaisonDocument) uk = extract_file ("uk-nigeria-downing-street.txt");

  assert_role (oman, "Salim bin Hamad Al-Rawahi", "Foreign Minister of Oman");
  assert_role (oman, "Dariush Farahani", "Foreign Minister of Iran");
  g_assert_true (liaison_document_find_actor (oman, "Al-Rawahi") ==
                 liaison_document_find_actor (oman, "Salim bin Hamad Al-Rawahi"));
  assert_relation (oman, "Salim bin Hamad Al-Rawahi", MET_WITH, "Dariush Farahani");
  assert_actor (oman, "Strait of Hormuz", LIAISON_ACTOR_KIND_PLACE);
  g_assert_cmpuint (count_kind (oman, LIAISON_ACTOR_KIND_PERSON), ==, 2);

  assert_role (asean, "Arturo M. Villanueva", "Defence Secretary of the Philippines");
  assert_relation (asean, "Arturo M. Villanueva", MET_WITH, "Nguyen Van Hoa");
  assert_relation (asean, "Nguyen Van Hoa", HOLDS_OFFICE, "Vietnam");
  assert_actor (asean, "Association of Southeast Asian Nations", LIAISON_ACTOR_KIND_ORGANIZATION);

  assert_relation (ghana, "Kwabena Asante-Darko", MET_WITH, "Haruto Kimura");
  g_assert_true (liaison_document_find_actor (ghana, "Asante-Darko") ==
                 liaison_document_find_actor (ghana, "Kwabena Asante-Darko"));
  assert_relation (ghana, "United Nations General Assembly", PART_OF, "United Nations");

  /* "Sy" alone is the president, not his wife. */
  assert_relation (senegal, "Claire Delorme", MET_WITH, "Mamadou Lamine Sy");
  g_assert_true (liaison_document_find_actor (senegal, "Sy") ==
                 liaison_document_find_actor (senegal, "Mamadou Lamine Sy"));

  assert_role (uk, "Eleanor Whitby", "Prime Minister of the United Kingdom");
  assert_role (uk, "Funmilayo Okonkwo", "Trade Minister of Nigeria");
  assert_relation (uk, "Ibrahim Adewale", MET_WITH, "Eleanor Whitby");

  assert_spans_match_text (oman);
  assert_spans_match_text (asean);
  assert_spans_match_text (ghana);
  assert_spans_match_text (senegal);
  assert_spans_match_text (uk);
}

/* The same text gives the same document, byte for byte. */
static void
test_deterministic (void)
{
  g_autoptr(LiaisonDocument) a = liaison_open_example ();
  g_autoptr(LiaisonDocument) b = liaison_open_example ();
  g_autofree char *data_a = liaison_document_save_to_data (a, NULL);
  g_autofree char *data_b = liaison_document_save_to_data (b, NULL);

  g_assert_cmpstr (data_a, ==, data_b);
}

/* Windows line ends, non-breaking spaces, curly quotes and dashes read as plain ones. */
static void
test_typography (void)
{
  g_autoptr(LiaisonDocument) document = NULL;

  document = extract_text ("Kenyan President\xC2\xA0" "Amos Kiptoo met Indian Prime Minister "
                           "Ravi\xC2\xA0Rao in Nairobi.\r\n\r\n"
                           "\xE2\x80\x9C" "Kenya welcomes India\xE2\x80\x99s support \xE2\x80\x94 "
                           "and the African Union\xE2\x80\x99s,\xE2\x80\x9D Kiptoo said.\r\n");

  assert_role (document, "Amos Kiptoo", "President of Kenya");
  assert_role (document, "Ravi Rao", "Prime Minister of India");
  assert_relation (document, "Amos Kiptoo", MET_WITH, "Ravi Rao");
  assert_relation (document, "Amos Kiptoo", STATEMENT_ABOUT, "India");
  assert_relation (document, "Amos Kiptoo", STATEMENT_ABOUT, "African Union");
  g_assert_null (liaison_document_find_actor (document, "Nairobi"));
  assert_spans_match_text (document);
}

/* Texts with nothing to find, or odd ones, give an empty or small document, never a crash. */
static void
test_odd_texts (void)
{
  const char *texts[] = {
    "",
    "\n\n\n",
    "date 2024-01-01\n",
    "“",
    "He said. She said. They said.",
    "President President President Minister of of of the",
    "A, B, C, D. E and F met G. (H) (I J K) Ministry",
    "Kenya-China-Kenya-China cooperation in in in railway,,,, and",
    "\"unterminated quote Wang said",
    /* Found by fuzzing: an apposition's comma ends the text. */
    "Kimura said Tokyo would send a trade mission led by Dr. Emiko Sato,",
    "China and Kenya agreed to expand cooperation in areas such as railway, trade and the",
    "Kenyan President William Ruto met Wang Yi of the",
    "Kenyan President William Ruto met Wang Yi of",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(LiaisonDocument) document = extract_text (texts[i]);

      assert_spans_match_text (document);
    }
}

/* Found by fuzzing: a title pasted with two spaces ("Prime  Minister") read past the end of a
 * string. Its role is written with one space, as the reader sees it. */
static void
test_title_with_double_space (void)
{
  g_autoptr(LiaisonDocument) document = extract_text (
    "Ghanaian President Kwabena Mensah met Japanese Prime  Minister Haruto Kimura in Accra on "
    "Tuesday.");

  assert_role (document, "Haruto Kimura", "Prime Minister of Japan");
  assert_spans_match_text (document);
}

/* A long article (the bundled one many times over) is read in full, every copy the same. */
static void
test_long_article (void)
{
  g_autoptr(LiaisonArticle) example = liaison_article_new_example ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(LiaisonDocument) document = NULL;
  LiaisonActor *kenya;

  for (guint i = 0; i < 200; i++)
    {
      g_string_append (text, liaison_article_get_text (example));
      g_string_append (text, "\n\n");
    }
  document = extract_text (text->str);

  g_assert_cmpuint (count_kind (document, LIAISON_ACTOR_KIND_PERSON), ==, 3);
  kenya = assert_actor (document, "Kenya", LIAISON_ACTOR_KIND_COUNTRY);
  g_assert_cmpuint (liaison_actor_get_n_mentions (kenya), >=, 200 * 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/extract/example", test_example);
  g_test_add_func ("/liaison/extract/gazetteer", test_gazetteer);
  g_test_add_func ("/liaison/extract/offices", test_offices);
  g_test_add_func ("/liaison/extract/coreference", test_coreference);
  g_test_add_func ("/liaison/extract/meetings", test_meetings);
  g_test_add_func ("/liaison/extract/bodies", test_bodies);
  g_test_add_func ("/liaison/extract/sectors", test_sectors);
  g_test_add_func ("/liaison/extract/statements", test_statements);
  g_test_add_func ("/liaison/extract/parties", test_parties);
  g_test_add_func ("/liaison/extract/party-officials", test_party_officials);
  g_test_add_func ("/liaison/extract/articles", test_articles);
  g_test_add_func ("/liaison/extract/deterministic", test_deterministic);
  g_test_add_func ("/liaison/extract/typography", test_typography);
  g_test_add_func ("/liaison/extract/odd-texts", test_odd_texts);
  g_test_add_func ("/liaison/extract/long-article", test_long_article);
  g_test_add_func ("/liaison/extract/title-with-double-space", test_title_with_double_space);

  return g_test_run ();
}
