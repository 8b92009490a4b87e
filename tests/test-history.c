/* test-history.c — undo, redo and the modified state of a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-history.h"
#include "liaison-open.h"

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

/* Renames, deletes with relations, moves: each undone and redone exactly. */
static void
test_undo_redo (void)
{
  g_autoptr(LiaisonHistory) history = liaison_history_new ();
  g_autoptr(LiaisonDocument) doc = liaison_open_example ();
  g_autoptr(LiaisonDocument) restored = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonActor *kenya = liaison_document_find_actor (doc, "Kenya");
  guint n_actors = n_items (liaison_document_get_actors (doc));
  guint n_relations = n_items (liaison_document_get_relations (doc));
  guint opened;
  double x, y;
  gboolean pinned;

  liaison_history_reset (history);
  opened = liaison_history_get_state (history);
  g_assert_false (liaison_history_is_modified (history));
  g_assert_false (liaison_history_can_undo (history));
  g_assert_nonnull (kenya);

  /* Rename. */
  liaison_history_record (history, doc);
  g_assert_true (liaison_document_rename_actor (doc, kenya, "Republic of Kenya"));
  g_assert_true (liaison_history_is_modified (history));

  /* Delete China, which takes its relations. */
  liaison_history_record (history, doc);
  liaison_document_remove_actor (doc, liaison_document_find_actor (doc, "China"));
  g_assert_cmpuint (n_items (liaison_document_get_relations (doc)), <, n_relations);

  /* Move and pin. */
  liaison_history_record (history, doc);
  liaison_document_set_position (doc, "country-kenya", 12.5, -3, TRUE);

  /* Undo the move: no position (the example had none), then the deletion, then the rename. */
  restored = liaison_history_undo (history, doc, &error);
  g_assert_no_error (error);
  g_set_object (&doc, restored);
  g_clear_object (&restored);
  g_assert_false (liaison_document_get_position (doc, "country-kenya", NULL, NULL, NULL));
  g_assert_true (liaison_history_can_redo (history));

  restored = liaison_history_undo (history, doc, &error);
  g_set_object (&doc, restored);
  g_clear_object (&restored);
  g_assert_nonnull (liaison_document_find_actor (doc, "China"));
  g_assert_cmpuint (n_items (liaison_document_get_actors (doc)), ==, n_actors);
  g_assert_cmpuint (n_items (liaison_document_get_relations (doc)), ==, n_relations);
  g_assert_nonnull (liaison_document_find_actor (doc, "Republic of Kenya"));

  restored = liaison_history_undo (history, doc, &error);
  g_set_object (&doc, restored);
  g_clear_object (&restored);
  g_assert_nonnull (liaison_document_find_actor (doc, "Kenya"));
  g_assert_null (liaison_document_find_actor (doc, "Republic of Kenya"));
  g_assert_false (liaison_history_can_undo (history));
  /* Back where it was opened: nothing to lose. */
  g_assert_cmpuint (liaison_history_get_state (history), ==, opened);
  g_assert_false (liaison_history_is_modified (history));
  g_assert_null (liaison_history_undo (history, doc, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Redo all three. */
  for (int i = 0; i < 3; i++)
    {
      restored = liaison_history_redo (history, doc, &error);
      g_assert_no_error (error);
      g_set_object (&doc, restored);
      g_clear_object (&restored);
    }
  g_assert_false (liaison_history_can_redo (history));
  g_assert_null (liaison_document_find_actor (doc, "China"));
  g_assert_nonnull (liaison_document_find_actor (doc, "Republic of Kenya"));
  g_assert_true (liaison_document_get_position (doc, "country-kenya", &x, &y, &pinned));
  g_assert_cmpfloat (x, ==, 12.5);
  g_assert_cmpfloat (y, ==, -3);
  g_assert_true (pinned);
  g_assert_true (liaison_document_check (doc, NULL));
}

/* Saving makes the current version the clean one; a new edit after an undo forgets the redo. */
static void
test_saved_state (void)
{
  g_autoptr(LiaisonHistory) history = liaison_history_new ();
  g_autoptr(LiaisonDocument) doc = liaison_open_example ();
  g_autoptr(LiaisonDocument) restored = NULL;
  LiaisonActor *kenya = liaison_document_find_actor (doc, "Kenya");
  guint saved;

  liaison_history_reset (history);
  liaison_history_record (history, doc);
  liaison_actor_set_kind (kenya, LIAISON_ACTOR_KIND_PLACE);
  saved = liaison_history_get_state (history);
  liaison_history_set_saved (history, saved);
  g_assert_false (liaison_history_is_modified (history));

  /* Undo past the save: modified; redo back to it: clean again. */
  restored = liaison_history_undo (history, doc, NULL);
  g_assert_true (liaison_history_is_modified (history));
  g_assert_cmpint (liaison_actor_get_kind (liaison_document_find_actor (restored, "Kenya")), ==,
                   LIAISON_ACTOR_KIND_COUNTRY);
  g_set_object (&doc, restored);
  g_clear_object (&restored);
  restored = liaison_history_redo (history, doc, NULL);
  g_assert_false (liaison_history_is_modified (history));
  g_set_object (&doc, restored);
  g_clear_object (&restored);

  /* An edit after an undo: no redo left. */
  restored = liaison_history_undo (history, doc, NULL);
  g_set_object (&doc, restored);
  g_clear_object (&restored);
  liaison_history_record (history, doc);
  g_assert_true (liaison_document_rename_actor (doc, liaison_document_find_actor (doc, "China"), "PRC"));
  g_assert_false (liaison_history_can_redo (history));
  g_assert_true (liaison_history_is_modified (history));
  g_assert_cmpuint (liaison_history_get_state (history), !=, saved);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/history/undo-redo", test_undo_redo);
  g_test_add_func ("/liaison/history/saved-state", test_saved_state);

  return g_test_run ();
}
