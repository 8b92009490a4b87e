/* test-enums.c — kinds: stable file names, labels, symmetry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-enums.h"

static void
test_actor_kinds (void)
{
  /* These strings are in every saved file: changing one breaks old documents. */
  static const char *nicks[LIAISON_N_ACTOR_KINDS] = {
    "country", "person", "organization", "programme", "sector", "place",
  };

  for (guint i = 0; i < LIAISON_N_ACTOR_KINDS; i++)
    {
      LiaisonActorKind kind;

      g_assert_cmpstr (liaison_actor_kind_to_string (i), ==, nicks[i]);
      g_assert_true (liaison_actor_kind_from_string (nicks[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (liaison_actor_kind_get_label (i));
    }

  {
    LiaisonActorKind kind = LIAISON_ACTOR_KIND_PLACE;

    g_assert_false (liaison_actor_kind_from_string ("planet", &kind));
    g_assert_false (liaison_actor_kind_from_string ("Country", &kind));
    g_assert_false (liaison_actor_kind_from_string (NULL, &kind));
    g_assert_cmpint (kind, ==, LIAISON_ACTOR_KIND_PLACE);
  }
}

static void
test_relation_kinds (void)
{
  static const char *nicks[LIAISON_N_RELATION_KINDS] = {
    "met_with", "holds_office", "member_of", "represents", "statement_about", "supports",
    "proposed", "participates_in", "cooperates_with", "cooperation_in", "part_of",
  };

  for (guint i = 0; i < LIAISON_N_RELATION_KINDS; i++)
    {
      LiaisonRelationKind kind;
      gboolean symmetric = g_str_equal (nicks[i], "met_with") ||
                           g_str_equal (nicks[i], "cooperates_with");

      g_assert_cmpstr (liaison_relation_kind_to_string (i), ==, nicks[i]);
      g_assert_true (liaison_relation_kind_from_string (nicks[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpint (liaison_relation_kind_is_symmetric (i), ==, symmetric);
    }

  g_assert_cmpstr (liaison_relation_kind_get_label (LIAISON_RELATION_KIND_HOLDS_OFFICE), ==,
                   "holds office in");
  g_assert_cmpstr (liaison_relation_kind_get_label (LIAISON_RELATION_KIND_MET_WITH), ==,
                   "met with");
}

static void
test_origin (void)
{
  LiaisonOrigin origin;

  g_assert_cmpstr (liaison_origin_to_string (LIAISON_ORIGIN_EXTRACTED), ==, "extracted");
  g_assert_cmpstr (liaison_origin_to_string (LIAISON_ORIGIN_USER), ==, "user");
  g_assert_true (liaison_origin_from_string ("user", &origin));
  g_assert_cmpint (origin, ==, LIAISON_ORIGIN_USER);
  g_assert_false (liaison_origin_from_string ("machine", &origin));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/enums/actor-kinds", test_actor_kinds);
  g_test_add_func ("/liaison/enums/relation-kinds", test_relation_kinds);
  g_test_add_func ("/liaison/enums/origin", test_origin);

  return g_test_run ();
}
