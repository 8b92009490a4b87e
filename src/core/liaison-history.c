/* liaison-history.c — undo and redo of a document's edits, and whether it differs from its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-document-io.h"
#include "liaison-history.h"

/* Each step keeps the whole document as it was, in its file format: one representation that
 * every edit, present or future (renames, merges, moves, deletions with their relations),
 * round-trips through without an inverse written for it. An article's document is tens of
 * kilobytes, so a long afternoon's edits fit in a few megabytes.
 *
 * States number the versions of the document: every edit makes a new one, undo and redo go
 * back to the one a snapshot was taken in. The document is modified when its state is not the
 * one last saved (or opened). */

typedef struct
{
  GBytes *data;
  guint   state;
} Snapshot;

struct _LiaisonHistory
{
  GArray *undo;          /* Snapshot, oldest first */
  GArray *redo;          /* Snapshot, the next redo last */
  guint   state;         /* the current document's */
  guint   saved_state;   /* the one on disk, or as opened */
  guint   next_state;
};

static void
snapshot_clear (gpointer data)
{
  Snapshot *snapshot = data;

  g_clear_pointer (&snapshot->data, g_bytes_unref);
}

static Snapshot
snapshot_take (LiaisonDocument *document,
               guint            state)
{
  gsize length;
  char *data = liaison_document_save_to_data (document, &length);

  return (Snapshot) { g_bytes_new_take (data, length), state };
}

/**
 * liaison_history_new:
 *
 * Returns: (transfer full): an empty history of a document that is not modified
 */
LiaisonHistory *
liaison_history_new (void)
{
  LiaisonHistory *self = g_new0 (LiaisonHistory, 1);

  self->undo = g_array_new (FALSE, FALSE, sizeof (Snapshot));
  self->redo = g_array_new (FALSE, FALSE, sizeof (Snapshot));
  g_array_set_clear_func (self->undo, snapshot_clear);
  g_array_set_clear_func (self->redo, snapshot_clear);
  return self;
}

void
liaison_history_free (LiaisonHistory *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->undo);
  g_array_unref (self->redo);
  g_free (self);
}

/**
 * liaison_history_reset:
 * @self: a history
 *
 * Forgets every step, for a document just opened. The document is not modified: closing an
 * article or a graph as it was read loses nothing, even if it was never saved.
 */
void
liaison_history_reset (LiaisonHistory *self)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->undo, 0);
  g_array_set_size (self->redo, 0);
  self->state = ++self->next_state;
  self->saved_state = self->state;
}

/**
 * liaison_history_record:
 * @self: a history
 * @before: the document, just before an edit
 *
 * Records @before as the step an undo returns to, and starts a new state for the edit about
 * to be made. What could have been redone is forgotten.
 */
void
liaison_history_record (LiaisonHistory  *self,
                        LiaisonDocument *before)
{
  Snapshot snapshot;

  g_return_if_fail (self != NULL);
  g_return_if_fail (LIAISON_IS_DOCUMENT (before));

  snapshot = snapshot_take (before, self->state);
  g_array_append_val (self->undo, snapshot);
  g_array_set_size (self->redo, 0);
  self->state = ++self->next_state;
}

gboolean
liaison_history_can_undo (LiaisonHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->undo->len > 0;
}

gboolean
liaison_history_can_redo (LiaisonHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->redo->len > 0;
}

/* Moves @current onto @push and returns the document of the last step of @pop. */
static LiaisonDocument *
step (LiaisonHistory   *self,
      GArray           *pop,
      GArray           *push,
      LiaisonDocument  *current,
      GError          **error)
{
  Snapshot *last, current_snapshot;
  LiaisonDocument *restored;
  gsize length;
  const char *data;

  if (pop->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "Nothing to undo or redo");
      return NULL;
    }

  last = &g_array_index (pop, Snapshot, pop->len - 1);
  data = g_bytes_get_data (last->data, &length);
  if (!(restored = liaison_document_load_from_data (data, length, error)))
    return NULL;

  current_snapshot = snapshot_take (current, self->state);
  self->state = last->state;
  g_array_set_size (pop, pop->len - 1);
  g_array_append_val (push, current_snapshot);
  return restored;
}

/**
 * liaison_history_undo:
 * @self: a history that can undo
 * @current: the document as it is now, which redo will return to
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the document as it was before the last edit, a new object, or
 *   %NULL with @error set
 */
LiaisonDocument *
liaison_history_undo (LiaisonHistory   *self,
                      LiaisonDocument  *current,
                      GError          **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (current), NULL);

  return step (self, self->undo, self->redo, current, error);
}

/**
 * liaison_history_redo:
 * @self: a history that can redo
 * @current: the document as it is now, which undo will return to
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the document as it was before the last undo, or %NULL with
 *   @error set
 */
LiaisonDocument *
liaison_history_redo (LiaisonHistory   *self,
                      LiaisonDocument  *current,
                      GError          **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (current), NULL);

  return step (self, self->redo, self->undo, current, error);
}

/**
 * liaison_history_get_state:
 * @self: a history
 *
 * Returns: a number for the document's current version, to hand to
 *   liaison_history_set_saved() once that version is on disk
 */
guint
liaison_history_get_state (LiaisonHistory *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->state;
}

/**
 * liaison_history_set_saved:
 * @self: a history
 * @state: the version that was written, from liaison_history_get_state() when saving began;
 *   0, which is never a version, for a document that was never saved as it is (restored from
 *   a draft)
 */
void
liaison_history_set_saved (LiaisonHistory *self,
                           guint           state)
{
  g_return_if_fail (self != NULL);

  self->saved_state = state;
}

/**
 * liaison_history_is_modified:
 * @self: a history
 *
 * Returns: whether the document differs from what was last saved or opened: closing it would
 *   lose work
 */
gboolean
liaison_history_is_modified (LiaisonHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->state != self->saved_state;
}
