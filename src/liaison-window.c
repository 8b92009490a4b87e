/* liaison-window.c — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "liaison-canvas.h"
#include "liaison-core.h"
#include "liaison-document-io.h"
#include "liaison-drafts.h"
#include "liaison-history.h"
#include "liaison-details.h"
#include "liaison-sidebar.h"
#include "liaison-ui-util.h"
#include "liaison-open.h"
#include "liaison-window.h"

struct _LiaisonWindow
{
  AdwApplicationWindow  parent_instance;

  LiaisonDocument      *document;
  LiaisonArticle       *article;      /* the document's first article, shown beside the map */
  char                 *display_name;
  GCancellable         *load_cancellable;
  GSettings            *settings;
  GtkFileChooserNative *open_chooser;  /* while the Open dialog is up */
  GtkFileChooserNative *add_chooser;   /* while the Add Article dialog is up */
  GtkFileChooserNative *export_chooser; /* while the Export dialog is up */
  GtkFileChooserNative *save_chooser;   /* while the Save As dialog is up */
  GFile                *file;           /* the .liaison file Save writes to, if any */
  char                 *file_stamp;     /* its modification time when read or written */
  LiaisonHistory       *history;        /* undo, redo, and unsaved changes */
  gboolean              close_after_save;
  gboolean              discard_changes; /* the user chose to close without saving */
  guint                 n_saving;        /* saves under way */
  char                 *draft_path;      /* where unsaved work is kept, once written */
  guint                 draft_timeout_id;
  gboolean              draft_unwanted;  /* saved, discarded or closed: remove what is written */
  GFile                *export_folder;  /* where the last export went */
  LiaisonImageFormat    export_format;  /* the format of the last export */

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkSpinner           *spinner;
  LiaisonCanvas        *canvas;
  LiaisonDetails       *details;
  LiaisonSidebar       *sidebar;
  AdwFlap              *flap;
  AdwFlap              *side_flap;
  GtkStack             *side_stack;
  GtkWidget            *article_pane;
  GtkWidget            *article_bar;
  GtkDropDown          *article_chooser;
  GtkMenuButton        *article_filter;
  GtkWidget            *article_filter_box;
  GtkWidget            *article_filter_one;
  GtkWidget            *article_filter_all;
  GtkLabel             *article_title;
  GtkLabel             *article_meta;
  GArray               *mention_index;  /* MentionRange, by start: who each mention names */
  GtkTextView          *text_view;
  AdwStatusPage        *error_page;
  AdwStatusPage        *no_article_page;
  GMenu                *recent_menu;
  GtkWidget            *recent_box;
};

G_DEFINE_FINAL_TYPE (LiaisonWindow, liaison_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * liaison_window_new:
 * @application: the #LiaisonApplication, after startup
 *
 * Returns: (transfer full): a new window, not yet showing anything
 */
LiaisonWindow *
liaison_window_new (LiaisonApplication *application)
{
  g_return_val_if_fail (LIAISON_IS_APPLICATION (application), NULL);

  return g_object_new (LIAISON_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/* A toast showing @text, escaped: its title is markup. */
static AdwToast *
new_toast (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 5);
  return toast;
}

/* The outcome of something the user just asked for (an export, a save): shown at once, not
 * queued behind older toasts. */
static void
add_urgent_toast (LiaisonWindow *self,
                  AdwToast      *toast)
{
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Says what an edit did, with a button to take it back. */
static void
add_undo_toast (LiaisonWindow *self,
                const char    *text)
{
  AdwToast *toast = new_toast (text);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  add_urgent_toast (self, toast);
}

/**
 * liaison_window_add_toast:
 * @self: a #LiaisonWindow
 * @text: plain text, which may contain anything taken from an article or a file name
 *
 * Shows @text in a toast. Toast titles are markup in libadwaita 1.2, so the text is escaped
 * here: a file called "R&D.txt" must not turn into a GLib warning and an empty toast.
 */
void
liaison_window_add_toast (LiaisonWindow *self,
                          const char    *text)
{
  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, new_toast (text));
}

static void
update_title (LiaisonWindow *self)
{
  g_autofree char *date = NULL;
  g_autoptr(LiaisonArticle) first = NULL;
  const char *title = NULL;

  guint n_articles = self->document ? g_list_model_get_n_items (liaison_document_get_articles (self->document)) : 0;

  /* A map of one article is named after it; a map of several, after its file once saved (else
   * its first article), with how many articles it holds. */
  if (n_articles > 0)
    {
      first = g_list_model_get_item (liaison_document_get_articles (self->document), 0);
      title = n_articles > 1 && self->file != NULL ? self->display_name : liaison_article_get_title (first);
      date = n_articles > 1 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles",
                                                            n_articles), n_articles)
                            : liaison_article_dup_date_label (first);
    }
  if (title == NULL)
    title = self->display_name;
  if (title == NULL)
    title = _("Liaison");

  /* Unsaved changes show as a dot before the title, as in GNOME's editors. */
  if (self->history != NULL && liaison_history_is_modified (self->history))
    {
      g_autofree char *marked = g_strdup_printf ("• %s", title);

      adw_window_title_set_title (self->window_title, marked);
      gtk_window_set_title (GTK_WINDOW (self), marked);
    }
  else
    {
      adw_window_title_set_title (self->window_title, title);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  adw_window_title_set_subtitle (self->window_title, date ? date : "");
}

/* Drafts ------------------------------------------------------------------------------------ */

/* How long after a change its draft is written: edits in a burst (a drag, a rename typed and
 * confirmed) make one write. */
#define DRAFT_DELAY_SECONDS 2

typedef struct
{
  char   *path;
  GBytes *bytes;
  char   *origin;
  char   *display_name;
} DraftJob;

static void
draft_job_free (DraftJob *job)
{
  g_free (job->path);
  g_bytes_unref (job->bytes);
  g_free (job->origin);
  g_free (job->display_name);
  g_free (job);
}

static void
draft_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  DraftJob *job = task_data;
  GError *error = NULL;

  if (liaison_draft_write (job->path, job->bytes, job->origin, job->display_name, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
draft_written_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LiaisonWindow *self = LIAISON_WINDOW (source);
  DraftJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_warning ("Could not keep a draft of the unsaved changes in %s: %s", job->path, error->message);

  /* Saved or discarded while it was being written. */
  if (self->draft_unwanted || !liaison_history_is_modified (self->history))
    liaison_draft_remove (job->path);
}

static gboolean
write_draft_cb (gpointer data)
{
  LiaisonWindow *self = data;
  g_autoptr(GTask) task = NULL;
  DraftJob *job;
  gsize length;
  char *contents;

  self->draft_timeout_id = 0;
  if (self->document == NULL || !liaison_history_is_modified (self->history))
    return G_SOURCE_REMOVE;

  if (self->draft_path == NULL)
    self->draft_path = liaison_draft_new_path ();
  contents = liaison_document_save_to_data (self->document, &length);
  job = g_new0 (DraftJob, 1);
  job->path = g_strdup (self->draft_path);
  job->bytes = g_bytes_new_take (contents, length);
  job->origin = self->file ? g_file_get_uri (self->file) : NULL;
  job->display_name = g_strdup (self->display_name);

  task = g_task_new (self, NULL, draft_written_cb, NULL);
  g_task_set_source_tag (task, write_draft_cb);
  g_task_set_task_data (task, job, (GDestroyNotify) draft_job_free);
  g_task_run_in_thread (task, draft_thread);
  return G_SOURCE_REMOVE;
}

/* Unsaved work is written to a draft a moment after each change; work saved, or undone back
 * to the file, needs none. */
static void
update_draft (LiaisonWindow *self)
{
  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  if (self->history != NULL && liaison_history_is_modified (self->history))
    self->draft_timeout_id = g_timeout_add_seconds (DRAFT_DELAY_SECONDS, write_draft_cb, self);
  else if (self->draft_path != NULL)
    liaison_draft_remove (self->draft_path);
}

/**
 * liaison_window_get_draft_path:
 * @self: a #LiaisonWindow
 *
 * Returns: (nullable): where this window keeps its unsaved work, once it has written it
 */
const char *
liaison_window_get_draft_path (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return self->draft_path;
}

/* The title and the actions that depend on the history. */
static void
update_history_state (LiaisonWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 liaison_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 liaison_history_can_redo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", self->document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", self->document != NULL);
  update_title (self);
  update_draft (self);
}

/* Call just before changing the document on the user's behalf: the change can be undone, and
 * the window knows there is work to save. */
static void
record_edit (LiaisonWindow *self)
{
  liaison_history_record (self->history, self->document);
  update_history_state (self);
}

/**
 * liaison_window_is_modified:
 * @self: a #LiaisonWindow
 *
 * Returns: whether the map has changes that closing the window would lose
 */
gboolean
liaison_window_is_modified (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), FALSE);

  return liaison_history_is_modified (self->history);
}

typedef struct
{
  int           start;   /* in the view's characters */
  int           end;
  LiaisonActor *actor;   /* owned by the document */
} MentionRange;

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const MentionRange *x = a, *y = b;

  return x->start - y->start;
}

/* Every mention of every actor, tinted in its kind's colour; the index behind clicks. */
static void
mark_mentions (LiaisonWindow *self)
{
  static const char *kinds[LIAISON_N_ACTOR_KINDS] = {
    "mention-country", "mention-person", "mention-organization", "mention-programme",
    "mention-sector", "mention-place" };
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GListModel *actors;
  GtkTextIter start, end;
  glong body;

  g_array_set_size (self->mention_index, 0);
  if (self->article == NULL)
    return;

  body = g_utf8_pointer_to_offset (liaison_article_get_text (self->article),
                                   liaison_article_get_text (self->article) +
                                   liaison_article_get_body_offset (self->article));
  actors = liaison_document_get_actors (self->document);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);
      const char *tag = kinds[liaison_actor_get_kind (actor)];

      for (guint m = 0; m < liaison_actor_get_n_mentions (actor); m++)
        {
          const LiaisonSpan *span = liaison_actor_get_mention (actor, m);
          MentionRange range = { (int) (span->start - body), (int) (span->end - body), actor };

          if (g_strcmp0 (span->article_id, liaison_article_get_id (self->article)) != 0 ||
              range.start < 0 || range.end <= range.start)
            continue;
          gtk_text_buffer_get_iter_at_offset (buffer, &start, range.start);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, range.end);
          gtk_text_buffer_apply_tag_by_name (buffer, tag, &start, &end);
          g_array_append_val (self->mention_index, range);
        }
    }
  g_array_sort (self->mention_index, compare_ranges);
}

/* After an edit: kinds and mentions as the document now has them. */
static void
mark_mentions_again (LiaisonWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
    {
      static const char *kinds[LIAISON_N_ACTOR_KINDS] = {
        "mention-country", "mention-person", "mention-organization", "mention-programme",
        "mention-sector", "mention-place" };

      gtk_text_buffer_remove_tag_by_name (buffer, kinds[k], &start, &end);
    }
  mark_mentions (self);
}

/* A click on a mention selects its actor on the map. */
static void
text_clicked_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 LiaisonWindow   *self)
{
  GtkTextIter iter;
  int bx, by, offset;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return;
  offset = gtk_text_iter_get_offset (&iter);
  for (guint i = 0; i < self->mention_index->len; i++)
    {
      const MentionRange *range = &g_array_index (self->mention_index, MentionRange, i);

      if (range->start > offset)
        break;
      if (offset < range->end)
        {
          liaison_canvas_set_selected_actor (self->canvas, range->actor);
          return;
        }
    }
}

/* Highlights [@start, @end) characters of the article and scrolls there. */
static void
highlight_in_article (LiaisonWindow *self,
                      const GArray  *ranges,
                      gboolean       scroll)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  glong body;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "highlight", &start, &end);
  if (self->article == NULL || ranges == NULL)
    return;

  /* The view shows the article from its body on; spans count from the start of the text. */
  body = g_utf8_pointer_to_offset (liaison_article_get_text (self->article),
                                   liaison_article_get_text (self->article) +
                                   liaison_article_get_body_offset (self->article));
  for (guint i = 0; i < ranges->len; i += 2)
    {
      glong a = g_array_index (ranges, guint, i) - body, b = g_array_index (ranges, guint, i + 1) - body;

      if (a < 0 || b <= a)
        continue;
      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) a);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) b);
      gtk_text_buffer_apply_tag_by_name (buffer, "highlight", &start, &end);
      if (scroll && i == 0)
        gtk_text_view_scroll_to_iter (self->text_view, &start, 0.1, TRUE, 0.0, 0.3);
    }
}

static void
canvas_selection_cb (LiaisonWindow *self)
{
  LiaisonActor *actor = liaison_canvas_get_selected_actor (self->canvas);
  LiaisonRelation *relation = liaison_canvas_get_selected_relation (self->canvas);
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (guint));

  liaison_sidebar_select_actor (self->sidebar, actor);

  /* Something selected: its details come to the front, over the map on a narrow window. */
  if (actor != NULL || relation != NULL)
    {
      gtk_stack_set_visible_child_name (self->side_stack, "details");
      adw_flap_set_reveal_flap (self->side_flap, TRUE);
    }

  if (actor != NULL)
    {
      liaison_details_show_actor (self->details, actor);
      for (guint i = 0; i < liaison_actor_get_n_mentions (actor); i++)
        {
          const LiaisonSpan *span = liaison_actor_get_mention (actor, i);

          g_array_append_val (ranges, span->start);
          g_array_append_val (ranges, span->end);
        }
    }
  else if (relation != NULL)
    {
      liaison_details_show_relation (self->details, relation);
      for (guint i = 0; i < liaison_relation_get_n_evidence (relation); i++)
        {
          const LiaisonSpan *span = liaison_relation_get_evidence (relation, i);

          g_array_append_val (ranges, span->start);
          g_array_append_val (ranges, span->end);
        }
    }
  else
    {
      liaison_details_clear (self->details);
    }

  highlight_in_article (self, ranges, TRUE);
}

static void
canvas_activate_cb (LiaisonWindow *self)
{
  gtk_stack_set_visible_child_name (self->side_stack, "details");
}

static void
sidebar_actor_selected_cb (LiaisonWindow *self,
                           LiaisonActor  *actor)
{
  liaison_canvas_reveal_actor (self->canvas, actor);
}

static void
sidebar_hidden_kinds_cb (LiaisonWindow *self)
{
  liaison_canvas_set_hidden_kinds (self->canvas, liaison_sidebar_get_hidden_kinds (self->sidebar));
}

static void
liaison_window_search_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, TRUE);
  liaison_sidebar_focus_search (self->sidebar);
}

static void
liaison_window_toggle_sidebar_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* What the details panel asks of an actor. Edits change the document; the map and the list are
 * built again from it. Undo comes with the editing issue. */
static void
details_edit_actor_cb (LiaisonWindow *self,
                       LiaisonActor  *actor,
                       const char    *what,
                       GVariant      *value)
{
  g_autoptr(LiaisonActor) hold = g_object_ref (actor);

  if (g_str_equal (what, "rename"))
    {
      const char *name = g_variant_get_string (value, NULL);
      LiaisonActor *other = liaison_document_find_actor (self->document, name);

      if (g_strcmp0 (name, liaison_actor_get_name (actor)) == 0)
        return;
      if (other != NULL && other != actor)
        {
          liaison_window_add_toast (self, _("Another actor already has that name"));
          return;
        }
      record_edit (self);
      liaison_document_rename_actor (self->document, actor, name);
      liaison_actor_set_origin (actor, LIAISON_ORIGIN_USER);
    }
  else if (g_str_equal (what, "kind"))
    {
      LiaisonActorKind kind = (LiaisonActorKind) g_variant_get_uint32 (value);

      if (kind == liaison_actor_get_kind (actor))
        return;
      record_edit (self);
      liaison_actor_set_kind (actor, kind);
      liaison_actor_set_origin (actor, LIAISON_ORIGIN_USER);
    }
  else if (g_str_equal (what, "role"))
    {
      const char *role = g_variant_get_string (value, NULL);

      if (g_strcmp0 (*role ? role : NULL, liaison_actor_get_role (actor)) == 0)
        return;
      record_edit (self);
      liaison_actor_set_role (actor, *role ? role : NULL);
      liaison_actor_set_origin (actor, LIAISON_ORIGIN_USER);
    }
  else if (g_str_equal (what, "merge"))
    {
      LiaisonActor *other = liaison_document_lookup_actor (self->document, g_variant_get_string (value, NULL));

      if (other == NULL || other == actor)
        return;
      {
        /* Translators: after merging "Lula" into "Luiz Inácio Lula da Silva". */
        g_autofree char *message = g_strdup_printf (_("Merged “%s” into “%s”"), liaison_actor_get_name (other),
                                                    liaison_actor_get_name (actor));

        record_edit (self);
        liaison_document_merge_actors (self->document, actor, other);
        liaison_actor_set_origin (actor, LIAISON_ORIGIN_USER);
        add_undo_toast (self, message);
      }
    }
  else if (g_str_equal (what, "add-relation"))
    {
      guint32 kind;
      const char *other_id;
      LiaisonActor *other;
      g_autoptr(LiaisonRelation) relation = NULL;
      g_autofree char *id = NULL;

      g_variant_get (value, "(u&s)", &kind, &other_id);
      other = liaison_document_lookup_actor (self->document, other_id);
      if (other == NULL || kind >= LIAISON_N_RELATION_KINDS)
        return;
      if (liaison_document_find_relation (self->document, actor, other, kind) != NULL)
        {
          liaison_window_add_toast (self, _("These two actors already have that relation"));
          return;
        }
      record_edit (self);
      id = liaison_document_make_id (self->document, "rel", NULL);
      relation = liaison_relation_new (id, actor, other, kind);
      liaison_relation_set_origin (relation, LIAISON_ORIGIN_USER);
      liaison_relation_set_confidence (relation, 1.0);
      liaison_document_add_relation (self->document, relation);
    }
  else if (g_str_equal (what, "toggle-pin"))
    {
      double x, y;
      gboolean pinned = FALSE;

      if (liaison_document_get_position (self->document, liaison_actor_get_id (actor), &x, &y, &pinned))
        {
          record_edit (self);
          liaison_document_set_position (self->document, liaison_actor_get_id (actor), x, y, !pinned);
        }
    }
  else if (g_str_equal (what, "hide"))
    {
      liaison_canvas_hide_actor (self->canvas, actor);
      return;
    }
  else if (g_str_equal (what, "delete"))
    {
      g_autofree char *message = g_strdup_printf (_("Deleted “%s”"), liaison_actor_get_name (actor));

      record_edit (self);
      if (liaison_canvas_get_selected_actor (self->canvas) == actor)
        liaison_canvas_set_selected_actor (self->canvas, NULL);
      /* Remembered, so that extracting again does not bring it back. */
      liaison_document_dismiss_actor (self->document, actor);
      add_undo_toast (self, message);
    }

  liaison_canvas_refresh (self->canvas);
  liaison_sidebar_set_document (self->sidebar, self->document);
  mark_mentions_again (self);
  if (liaison_canvas_get_selected_actor (self->canvas) == actor)
    liaison_details_show_actor (self->details, actor);
}

static void
link_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  LiaisonWindow    *self)
{
  LiaisonActor *source = g_object_get_data (G_OBJECT (dialog), "liaison-source");
  LiaisonActor *target = g_object_get_data (G_OBJECT (dialog), "liaison-target");
  GtkDropDown *kinds = g_object_get_data (G_OBJECT (dialog), "liaison-kind");

  if (!g_str_equal (response, "add") || self->document == NULL ||
      liaison_document_lookup_actor (self->document, liaison_actor_get_id (source)) != source ||
      liaison_document_lookup_actor (self->document, liaison_actor_get_id (target)) != target)
    return;

  {
    /* Sunk here: a signal's emitter would, and nothing else owns it. */
    g_autoptr(GVariant) value = g_variant_ref_sink (
      g_variant_new ("(us)", gtk_drop_down_get_selected (kinds), liaison_actor_get_id (target)));

    details_edit_actor_cb (self, source, "add-relation", value);
  }
}

/* Shift+drag from a node to another: which relation? */
static void
canvas_link_cb (LiaisonWindow *self,
                LiaisonActor  *source,
                LiaisonActor  *target)
{
  GtkStringList *kinds = gtk_string_list_new (NULL);
  GtkWidget *dialog, *drop_down;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add a Relation"), NULL);
  /* Translators: the two ends of a relation being added: "Kenya → railway". */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), _("%s → %s"),
                                  liaison_actor_get_name (source), liaison_actor_get_name (target));
  for (guint k = 0; k < LIAISON_N_RELATION_KINDS; k++)
    gtk_string_list_append (kinds, liaison_relation_kind_get_label (k));
  drop_down = gtk_drop_down_new (G_LIST_MODEL (kinds), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Kind of relation"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), drop_down);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "liaison-source", g_object_ref (source), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "liaison-target", g_object_ref (target), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "liaison-kind", drop_down);
  g_signal_connect_object (dialog, "response", G_CALLBACK (link_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
details_edit_relation_cb (LiaisonWindow   *self,
                          LiaisonRelation *relation,
                          const char      *what,
                          GVariant        *value)
{
  g_autoptr(LiaisonRelation) hold = g_object_ref (relation);

  if (g_str_equal (what, "kind"))
    {
      LiaisonRelationKind kind = (LiaisonRelationKind) g_variant_get_uint32 (value);

      if (kind == liaison_relation_get_kind (relation) || kind >= LIAISON_N_RELATION_KINDS)
        return;
      record_edit (self);
      liaison_relation_set_kind (relation, kind);
      liaison_relation_set_origin (relation, LIAISON_ORIGIN_USER);
    }
  else if (g_str_equal (what, "delete"))
    {
      record_edit (self);
      if (liaison_canvas_get_selected_relation (self->canvas) == relation)
        liaison_canvas_set_selected_relation (self->canvas, NULL);
      liaison_document_dismiss_relation (self->document, relation);
      add_undo_toast (self, _("Deleted the relation"));
    }

  liaison_canvas_refresh (self->canvas);
  liaison_sidebar_set_document (self->sidebar, self->document);
  if (liaison_canvas_get_selected_relation (self->canvas) == relation)
    liaison_details_show_relation (self->details, relation);
  else if (liaison_canvas_get_selected_relation (self->canvas) == NULL &&
           liaison_canvas_get_selected_actor (self->canvas) == NULL)
    liaison_details_clear (self->details);
}

static void
details_select_actor_cb (LiaisonWindow *self,
                         LiaisonActor  *actor)
{
  liaison_canvas_set_selected_actor (self->canvas, actor);
}

static void
details_select_relation_cb (LiaisonWindow   *self,
                            LiaisonRelation *relation)
{
  liaison_canvas_set_selected_relation (self->canvas, relation);
}

static void
details_show_span_cb (LiaisonWindow     *self,
                      const LiaisonSpan *span)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (guint));

  g_array_append_val (ranges, span->start);
  g_array_append_val (ranges, span->end);
  gtk_stack_set_visible_child_name (self->side_stack, "article");
  highlight_in_article (self, ranges, TRUE);
}

/* The article pane: @article's headline, date, source and text, its mentions marked. */
static void
show_article (LiaisonWindow  *self,
              LiaisonArticle *article)
{
  const char *text = liaison_article_get_text (article) + liaison_article_get_body_offset (article);
  const char *headline = liaison_article_get_title (article);
  const char *date = liaison_article_get_date (article);
  const char *source = liaison_article_get_source (article);
  g_autoptr(GString) meta = g_string_new (date);

  g_set_object (&self->article, article);

  /* Headline, date and source above the text (the headline is not in the body). */
  if (source != NULL)
    g_string_append_printf (meta, "%s%s", meta->len > 0 ? " · " : "", source);
  gtk_label_set_text (self->article_title, headline ? headline : self->display_name);
  gtk_label_set_text (self->article_meta, meta->str);
  gtk_widget_set_visible (GTK_WIDGET (self->article_meta), meta->len > 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
  mark_mentions (self);
}

/* The map shows the articles whose boxes are ticked; all of them is no filter at all. */
static void
article_filter_toggled_cb (LiaisonWindow *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint n = 0;

  for (GtkWidget *check = gtk_widget_get_first_child (self->article_filter_box); check != NULL;
       check = gtk_widget_get_next_sibling (check), n++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
      g_ptr_array_add (ids, g_object_get_data (G_OBJECT (check), "liaison-article-id"));
  g_ptr_array_add (ids, NULL);

  if (ids->len - 1 == n)
    {
      liaison_canvas_set_article_filter (self->canvas, NULL);
      gtk_menu_button_set_label (self->article_filter, _("All Articles"));
    }
  else
    {
      g_autofree char *label = g_strdup_printf (_("%u of %u Articles"), ids->len - 1, n);

      liaison_canvas_set_article_filter (self->canvas, (const char * const *) ids->pdata);
      gtk_menu_button_set_label (self->article_filter, label);
    }
}

static void
set_all_article_checks (LiaisonWindow  *self,
                        LiaisonArticle *only)
{
  for (GtkWidget *check = gtk_widget_get_first_child (self->article_filter_box); check != NULL;
       check = gtk_widget_get_next_sibling (check))
    {
      const char *id = g_object_get_data (G_OBJECT (check), "liaison-article-id");

      g_signal_handlers_block_by_func (check, article_filter_toggled_cb, self);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   only == NULL || g_strcmp0 (id, liaison_article_get_id (only)) == 0);
      g_signal_handlers_unblock_by_func (check, article_filter_toggled_cb, self);
    }
  article_filter_toggled_cb (self);
}

static void
article_filter_one_cb (LiaisonWindow *self)
{
  set_all_article_checks (self, self->article);
}

static void
article_filter_all_cb (LiaisonWindow *self)
{
  set_all_article_checks (self, NULL);
}

static void
article_chosen_cb (LiaisonWindow *self)
{
  guint position = gtk_drop_down_get_selected (self->article_chooser);
  g_autoptr(LiaisonArticle) article = NULL;

  if (self->document == NULL ||
      position >= g_list_model_get_n_items (liaison_document_get_articles (self->document)))
    return;
  article = g_list_model_get_item (liaison_document_get_articles (self->document), position);
  if (article != self->article)
    show_article (self, article);
}

/* A map of several articles offers them in a drop-down above the text, by date and headline,
 * keeping the one shown if it is still there. */
static void
update_article_chooser (LiaisonWindow *self)
{
  GListModel *articles = liaison_document_get_articles (self->document);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (articles), shown = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, i);
      const char *title = liaison_article_get_title (article);
      const char *date = liaison_article_get_date (article);
      g_autofree char *name = NULL;

      if (title == NULL)
        title = _("Untitled Article");
      /* Translators: an article in the list of a map's articles: "2023-07-24 · Headline". */
      name = date ? g_strdup_printf (_("%s · %s"), date, title) : g_strdup (title);
      gtk_string_list_append (names, name);
      if (self->article != NULL &&
          g_strcmp0 (liaison_article_get_id (article), liaison_article_get_id (self->article)) == 0)
        shown = i;
    }

  /* One box per article in the filter, all ticked: a changed map shows every article. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->article_filter_box); child != NULL;
       child = gtk_widget_get_first_child (self->article_filter_box))
    gtk_box_remove (GTK_BOX (self->article_filter_box), child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, i);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *label = gtk_label_new (gtk_string_list_get_string (names, i));

      /* A long headline wraps rather than stretching the popover off the screen. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_object_set_data_full (G_OBJECT (check), "liaison-article-id",
                              g_strdup (liaison_article_get_id (article)), g_free);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (article_filter_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->article_filter_box), check);
    }
  liaison_canvas_set_article_filter (self->canvas, NULL);
  gtk_menu_button_set_label (self->article_filter, _("All Articles"));

  g_signal_handlers_block_by_func (self->article_chooser, article_chosen_cb, self);
  gtk_drop_down_set_model (self->article_chooser, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->article_chooser, shown);
  g_signal_handlers_unblock_by_func (self->article_chooser, article_chosen_cb, self);
  gtk_widget_set_visible (self->article_bar, n > 1);

  if (n > 0)
    {
      g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, shown);

      show_article (self, article);
    }
}

static void
set_document (LiaisonWindow   *self,
              LiaisonDocument *document,
              const char      *display_name)
{
  GListModel *articles;

  g_assert (LIAISON_IS_WINDOW (self));
  g_assert (LIAISON_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_free (self->display_name);
  self->display_name = g_strdup (display_name);

  articles = liaison_document_get_articles (document);
  g_clear_object (&self->article);

  liaison_canvas_set_document (self->canvas, document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-article", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-actor", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.tidy", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.extract-again", TRUE);
  liaison_details_set_document (self->details, document);
  liaison_sidebar_set_document (self->sidebar, document);

  if (g_list_model_get_n_items (articles) > 0)
    {
      update_article_chooser (self);
      gtk_widget_set_visible (self->article_pane, TRUE);
      gtk_stack_set_visible_child_name (self->stack, "map");
    }
  else if (g_list_model_get_n_items (liaison_document_get_actors (document)) > 0)
    {
      /* A graph without article text: the map alone. */
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", 0);
      gtk_widget_set_visible (self->article_pane, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "map");
    }
  else
    {
      g_autofree char *escaped = NULL;
      g_autofree char *description = NULL;

      /* Translators: "“notes.liaison” holds no actors and no article text." */
      description = g_strdup_printf (_("“%s” holds no actors and no article text."), display_name);
      escaped = g_markup_escape_text (description, -1);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", 0);
      adw_status_page_set_description (self->no_article_page, escaped);
      gtk_stack_set_visible_child_name (self->stack, "no-article");
    }

  update_title (self);
  gtk_spinner_stop (self->spinner);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* When @file was last modified, as a string to compare; %NULL if it is not there. */
static char *
file_stamp (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return NULL;
  return g_strdup_printf ("%" G_GUINT64_FORMAT ".%06u:%" G_GOFFSET_FORMAT,
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED),
                          g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC),
                          g_file_info_get_size (info));
}

static gboolean
is_liaison_file (GFile *file)
{
  g_autofree char *name = file ? g_file_get_basename (file) : NULL;

  return name != NULL && g_str_has_suffix (name, ".liaison");
}

/* A document was just opened from @file (%NULL for the example): nothing to undo, nothing
 * unsaved. Save writes back to a .liaison file; anything else (an article, a graph) is saved
 * under a new name. */
static void
opened (LiaisonWindow *self,
        GFile         *file)
{
  g_clear_object (&self->file);
  g_clear_pointer (&self->file_stamp, g_free);
  if (is_liaison_file (file))
    {
      g_autofree char *uri = g_file_get_uri (file);

      self->file = g_object_ref (file);
      g_free (self->file_stamp);
      self->file_stamp = file_stamp (file);
      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    }
  liaison_history_reset (self->history);
  update_history_state (self);
}

/* Shows @document, from the history, in place of the current one, keeping the selection. */
static void
restore (LiaisonWindow   *self,
         LiaisonDocument *document)
{
  LiaisonActor *actor = liaison_canvas_get_selected_actor (self->canvas);
  LiaisonRelation *relation = liaison_canvas_get_selected_relation (self->canvas);
  g_autofree char *actor_id = actor ? g_strdup (liaison_actor_get_id (actor)) : NULL;
  g_autofree char *relation_id = relation ? g_strdup (liaison_relation_get_id (relation)) : NULL;
  g_autofree char *name = g_strdup (self->display_name);

  set_document (self, document, name);
  if (actor_id != NULL && (actor = liaison_document_lookup_actor (document, actor_id)) != NULL)
    liaison_canvas_set_selected_actor (self->canvas, actor);
  else if (relation_id != NULL &&
           (relation = liaison_document_lookup_relation (document, relation_id)) != NULL)
    liaison_canvas_set_selected_relation (self->canvas, relation);
  update_history_state (self);
}

static void
liaison_window_undo_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL || !liaison_history_can_undo (self->history))
    return;
  if (!(document = liaison_history_undo (self->history, self->document, &error)))
    {
      liaison_window_add_toast (self, error->message);
      return;
    }
  restore (self, document);
}

static void
liaison_window_redo_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL || !liaison_history_can_redo (self->history))
    return;
  if (!(document = liaison_history_redo (self->history, self->document, &error)))
    {
      liaison_window_add_toast (self, error->message);
      return;
    }
  restore (self, document);
}

/**
 * liaison_window_restore_draft:
 * @self: a new #LiaisonWindow
 * @draft: a draft left by an earlier session
 * @error: return location for a #GError
 *
 * Shows the unsaved work of @draft, as unsaved work: Save writes it back to the file it came
 * from when that was a Liaison document, closing asks. The window keeps the draft up to date
 * from here on.
 *
 * Returns: whether the draft could be read
 */
gboolean
liaison_window_restore_draft (LiaisonWindow          *self,
                              const LiaisonDraftInfo *draft,
                              GError                **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) origin = NULL;
  g_autoptr(LiaisonDocument) document = NULL;

  g_return_val_if_fail (LIAISON_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  file = g_file_new_for_path (draft->path);
  if (!(document = liaison_document_load_from_file (file, NULL, error)))
    return FALSE;

  origin = draft->origin ? g_file_new_for_uri (draft->origin) : NULL;
  set_document (self, document, draft->display_name ? draft->display_name : _("Restored Map"));
  opened (self, origin);
  g_free (self->draft_path);
  self->draft_path = g_strdup (draft->path);
  /* Never saved as it is now. */
  liaison_history_set_saved (self->history, 0);
  update_history_state (self);
  return TRUE;
}

/**
 * liaison_window_open_example:
 * @self: a #LiaisonWindow
 *
 * Shows the article that ships with Liaison.
 */
void
liaison_window_open_example (LiaisonWindow *self)
{
  g_autoptr(LiaisonDocument) document = NULL;

  g_return_if_fail (LIAISON_IS_WINDOW (self));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);

  document = liaison_open_example ();
  set_document (self, document, _("Example Article"));
  opened (self, NULL);
}

typedef struct
{
  LiaisonWindow *window;
  char          *display_name;
  GFile         *file;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_clear_pointer (&data->display_name, g_free);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadData, load_data_free)

static void
liaison_window_load_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(LoadData) data = user_data;
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonWindow *self = data->window;

  document = liaison_open_file_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->load_cancellable);

  if (document == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not open “%s”: %s"),
                                                  data->display_name, error->message);

      g_debug ("%s", message);

      /* Keep what is on screen; only an empty window turns into the error page. */
      if (self->document == NULL)
        {
          /* Status page descriptions are markup, like toast titles. */
          g_autofree char *escaped = g_markup_escape_text (message, -1);

          gtk_spinner_stop (self->spinner);
          adw_status_page_set_description (self->error_page, escaped);
          gtk_stack_set_visible_child_name (self->stack, "error");
        }
      else
        {
          liaison_window_add_toast (self, message);
        }
      return;
    }

  set_document (self, document, data->display_name);
  opened (self, data->file);

  if (self->article != NULL &&
      !g_str_has_prefix (liaison_article_get_charset (self->article), "UTF-"))
    {
      g_autofree char *notice =
        g_strdup_printf (_("“%s” is not valid UTF-8 and was read as %s"),
                         data->display_name, liaison_article_get_charset (self->article));

      liaison_window_add_toast (self, notice);
    }
}

/**
 * liaison_window_open_file:
 * @self: a #LiaisonWindow
 * @file: an article, a .liaison document or a graph, see liaison_open_file()
 *
 * Loads @file in the background and shows it. Errors are shown in the window: as a page if
 * nothing was shown yet, otherwise as a toast over what stays on screen.
 */
void
liaison_window_open_file (LiaisonWindow *self,
                          GFile         *file)
{
  g_autofree char *basename = NULL;
  LoadData *data;

  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  basename = g_file_get_basename (file);
  data = g_new0 (LoadData, 1);
  data->window = g_object_ref (self);
  data->display_name = g_filename_display_name (basename ? basename : "");
  data->file = g_object_ref (file);

  if (self->document == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      gtk_spinner_start (self->spinner);
    }

  liaison_open_file_async (file, self->load_cancellable, liaison_window_load_cb, data);
}

/**
 * liaison_window_get_document:
 * @self: a #LiaisonWindow
 *
 * Returns: (transfer none) (nullable): the document shown, or %NULL while none is
 */
LiaisonDocument *
liaison_window_get_document (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return self->document;
}

/**
 * liaison_window_get_article:
 * @self: a #LiaisonWindow
 *
 * Returns: (transfer none) (nullable): the article shown beside the map, or %NULL
 */
LiaisonArticle *
liaison_window_get_article (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return self->article;
}

static void
liaison_window_open_response_cb (LiaisonWindow        *self,
                                 int                   response,
                                 GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) hold = g_steal_pointer (&self->open_chooser);

  g_assert (hold == chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      /* Unsaved work stays where it is: the file gets a window of its own. */
      if (file != NULL && liaison_history_is_modified (self->history))
        {
          GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
          LiaisonWindow *window = liaison_window_new (LIAISON_APPLICATION (app));

          liaison_window_open_file (window, file);
          gtk_window_present (GTK_WINDOW (window));
        }
      else if (file != NULL)
        liaison_window_open_file (self, file);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
}

/* A dialog is the window's: closing the window closes it. Without this, the response
 * handler, connected with g_signal_connect_object(), went with the window and left the dialog
 * on screen and never freed. */
static void
close_chooser (LiaisonWindow         *self,
               GtkFileChooserNative **slot,
               gpointer               response_cb)
{
  g_autoptr(GtkFileChooserNative) chooser = g_steal_pointer (slot);

  if (chooser == NULL)
    return;

  g_signal_handlers_disconnect_by_func (chooser, response_cb, self);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
}

static void
liaison_window_open_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autoptr(GtkFileFilter) supported = NULL;
  g_autoptr(GtkFileFilter) articles = NULL;
  g_autoptr(GtkFileFilter) documents = NULL;
  g_autoptr(GtkFileFilter) graphs = NULL;
  g_autoptr(GtkFileFilter) all = NULL;
  static const char *article_types[] = { "text/plain", "text/markdown", "text/html" };
  static const char *graph_suffixes[] = { "graphml", "gexf", "csv" };
  GtkFileChooserNative *chooser;

  /* One Open dialog at a time. */
  if (self->open_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->open_chooser));
      return;
    }

  supported = gtk_file_filter_new ();
  articles = gtk_file_filter_new ();
  documents = gtk_file_filter_new ();
  graphs = gtk_file_filter_new ();
  all = gtk_file_filter_new ();

  gtk_file_filter_set_name (supported, _("All Supported Files"));
  gtk_file_filter_set_name (articles, _("Articles (text, Markdown, web pages)"));
  gtk_file_filter_set_name (documents, _("Liaison Documents"));
  gtk_file_filter_set_name (graphs, _("Graphs (GraphML, GEXF, CSV)"));
  gtk_file_filter_set_name (all, _("All Files"));

  for (guint i = 0; i < G_N_ELEMENTS (article_types); i++)
    {
      gtk_file_filter_add_mime_type (articles, article_types[i]);
      gtk_file_filter_add_mime_type (supported, article_types[i]);
    }
  gtk_file_filter_add_suffix (documents, "liaison");
  gtk_file_filter_add_suffix (supported, "liaison");
  for (guint i = 0; i < G_N_ELEMENTS (graph_suffixes); i++)
    {
      gtk_file_filter_add_suffix (graphs, graph_suffixes[i]);
      gtk_file_filter_add_suffix (supported, graph_suffixes[i]);
    }
  gtk_file_filter_add_pattern (all, "*");

  chooser = gtk_file_chooser_native_new (_("Open"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), supported);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), articles);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), documents);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), graphs);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  /* The window owns the dialog, from here until the response or the window's dispose. */
  self->open_chooser = chooser;
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (liaison_window_open_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
liaison_window_open_example_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  /* Unsaved work stays where it is: the example gets a window of its own. */
  if (liaison_history_is_modified (self->history))
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

      self = liaison_window_new (LIAISON_APPLICATION (app));
      gtk_window_present (GTK_WINDOW (self));
    }
  liaison_window_open_example (self);
}

/* A headline as a file name: no folder separators, and at most 60 characters, cut between
 * words. */
static void
shorten_file_name (char *name)
{
  g_strdelimit (name, "/\\:", '-');
  if (g_utf8_strlen (name, -1) > 60)
    {
      char *end = g_utf8_offset_to_pointer (name, 60);
      char *space;

      *end = '\0';
      if ((space = strrchr (name, ' ')) != NULL && space - name > 20)
        *space = '\0';
    }
}

/* Export ---------------------------------------------------------------------------------- */

/* Writing a file in a thread, so that a slow or network folder does not freeze the window:
 * exports and saves. */
typedef struct
{
  GFile  *file;
  GBytes *bytes;
  guint   state;    /* a save: the version being written */
  gboolean backup;  /* a save: keep the previous version as "NAME~" */
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  g_object_unref (job->file);
  g_bytes_unref (job->bytes);
  g_free (job);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;
  gsize length;
  const void *data = g_bytes_get_data (job->bytes, &length);

  if (liaison_file_write_atomically (job->file, data, length, job->backup, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Writes @bytes to @file atomically in a thread; @callback gets the #WriteJob as task data. */
static void
write_in_thread (LiaisonWindow       *self,
                 GFile               *file,
                 GBytes              *bytes,
                 gboolean             backup,
                 guint                state,
                 GAsyncReadyCallback  callback,
                 gpointer             source_tag)
{
  g_autoptr(GTask) task = NULL;
  WriteJob *job = g_new0 (WriteJob, 1);

  job->file = g_object_ref (file);
  job->bytes = bytes;
  job->backup = backup;
  job->state = state;
  task = g_task_new (self, NULL, callback, NULL);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_thread);
}

static void
export_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  LiaisonWindow *self = LIAISON_WINDOW (source);
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not export to %s: %s"), name,
                                                  error->message);

      add_urgent_toast (self, new_toast (message));
    }
  else
    {
      g_autofree char *text = g_strdup_printf (_("Exported to %s"), name);
      g_autofree char *uri = g_file_get_uri (job->file);
      AdwToast *toast = new_toast (text);

      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-exported");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      add_urgent_toast (self, toast);
    }
}

/* The file and format to export to. The dialog proposes a name ending in @proposed's
 * extension: a person who typed another known extension meant that format; otherwise the
 * Format choice decides, and the extension follows it. */
static GFile *
export_target (GFile              *chosen,
               const char         *choice,
               LiaisonImageFormat  proposed,
               LiaisonImageFormat *format)
{
  g_autofree char *name = g_file_get_basename (chosen);
  char *dot = strrchr (name, '.');
  g_autoptr(GFile) parent = NULL;
  g_autofree char *named = NULL;
  LiaisonImageFormat typed;

  if (choice == NULL || !liaison_image_format_from_name (choice, format))
    *format = proposed;
  if (dot != NULL && liaison_image_format_from_name (dot + 1, &typed))
    {
      if (typed != proposed || typed == *format)
        {
          *format = typed;
          return g_object_ref (chosen);
        }
      *dot = '\0';  /* the proposed extension, left as it was: the choice replaces it */
    }

  parent = g_file_get_parent (chosen);
  named = g_strdup_printf ("%s.%s", name, liaison_image_format_extension (*format));
  return g_file_get_child (parent, named);
}

/**
 * liaison_window_export:
 * @self: a #LiaisonWindow showing a map
 * @file: where to write
 * @format: the format
 * @options: what to draw; the map's hidden actors and kinds are added to it
 *
 * Exports the map as the window shows it to @file, through a temporary file renamed over it
 * (liaison_file_write_atomically()) so that a failure leaves no partial file, and says how it
 * went in a toast.
 */
void
liaison_window_export (LiaisonWindow             *self,
                       GFile                     *file,
                       LiaisonImageFormat         format,
                       const LiaisonImageOptions *options)
{
  g_autoptr(GPtrArray) hidden = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  LiaisonImageOptions image = *options;
  LiaisonScene *scene = liaison_canvas_get_scene (self->canvas);
  const LiaisonSceneView *view = liaison_canvas_get_view (self->canvas);
  GBytes *bytes;

  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->document != NULL);

  /* What the user hid on the map stays out of the picture. */
  for (guint v = 0; scene != NULL && v < liaison_scene_get_n_nodes (scene); v++)
    if (liaison_scene_get_node (scene, v)->hidden)
      g_ptr_array_add (hidden, liaison_scene_get_node (scene, v)->actor);
  image.hidden_actors = hidden;
  image.hidden_kinds |= view->hidden_kinds;
  image.article_ids = liaison_canvas_get_article_filter (self->canvas);

  bytes = liaison_export_image (self->document, format, &image, &error);
  if (bytes == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not export: %s"), error->message);

      add_urgent_toast (self, new_toast (message));
      return;
    }

  write_in_thread (self, file, bytes, FALSE, 0, export_written_cb, liaison_window_export);
}

static void
liaison_window_export_response_cb (LiaisonWindow        *self,
                                   int                   response,
                                   GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) hold = g_steal_pointer (&self->export_chooser);
  GtkFileChooser *files = GTK_FILE_CHOOSER (chooser);
  g_autoptr(GFile) chosen = NULL;

  g_assert (hold == chooser);

  if (response == GTK_RESPONSE_ACCEPT && (chosen = gtk_file_chooser_get_file (files)) != NULL)
    {
      const LiaisonSceneView *view = liaison_canvas_get_view (self->canvas);
      LiaisonImageOptions options;
      LiaisonImageFormat format;
      g_autoptr(GFile) target = export_target (chosen, gtk_file_chooser_get_choice (files, "format"),
                                               self->export_format, &format);

      liaison_image_options_init (&options);
      options.scale = g_ascii_strtod (gtk_file_chooser_get_choice (files, "scale"), NULL);
      if (options.scale < 1)
        options.scale = 1;
      options.dark = g_strcmp0 (gtk_file_chooser_get_choice (files, "dark"), "true") == 0;
      options.legend = options.caption =
        g_strcmp0 (gtk_file_chooser_get_choice (files, "legend"), "true") == 0;
      if (g_strcmp0 (gtk_file_chooser_get_choice (files, "area"), "view") == 0 && view->scale > 0)
        {
          options.region = TRUE;
          options.region_x = -view->offset_x / view->scale;
          options.region_y = -view->offset_y / view->scale;
          options.region_width = view->width / view->scale;
          options.region_height = view->height / view->scale;
        }

      g_clear_object (&self->export_folder);
      self->export_folder = g_file_get_parent (target);
      self->export_format = format;

      /* The dialog asked before replacing the file it showed, not this one. */
      if (!g_file_equal (target, chosen) && g_file_query_exists (target, NULL))
        {
          g_autofree char *name = g_file_get_basename (target);
          g_autofree char *message = g_strdup_printf (_("Not exported: %s already exists"), name);

          add_urgent_toast (self, new_toast (message));
        }
      else
        liaison_window_export (self, target, format, &options);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
}

static void
liaison_window_export_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  static const char *area_ids[] = { "map", "view", NULL };
  const char *area_labels[] = { _("Whole Map"), _("Current View"), NULL };
  static const char *scale_ids[] = { "1", "2", "4", NULL };
  const char *scale_labels[] = { _("PNG at 1×"), _("PNG at 2×"), _("PNG at 4×"), NULL };
  const char *format_ids[4], *format_labels[4];
  g_autoptr(GtkFileFilter) images = gtk_file_filter_new ();
  const char *title = self->article ? liaison_article_get_title (self->article) : NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  GtkFileChooser *files;

  if (self->document == NULL)
    return;
  if (self->export_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Export Map"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  files = GTK_FILE_CHOOSER (chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  /* The article's headline, or the document's name, as a file name. */
  if (title == NULL)
    title = self->display_name;
  name = g_strdup (title != NULL && *title != '\0' ? title : _("Map"));
  shorten_file_name (name);
  {
    g_autofree char *file_name = g_strdup_printf ("%s.%s", g_strstrip (name),
                                                  liaison_image_format_extension (self->export_format));

    gtk_file_chooser_set_current_name (files, file_name);
  }
  if (self->export_folder != NULL)
    gtk_file_chooser_set_current_folder (files, self->export_folder, NULL);

  /* GTK 4.8's own dialog ignores gtk_file_chooser_set_choice() for a list of options and
   * starts on the first: so the first is the default, the format used last. */
  for (guint i = 0, n = 0; i < 3; i++)
    {
      LiaisonImageFormat format = (self->export_format + i) % 3;

      format_ids[n] = liaison_image_format_extension (format);
      format_labels[n++] = format == LIAISON_IMAGE_FORMAT_PNG ? _("PNG Image")
                           : format == LIAISON_IMAGE_FORMAT_SVG ? _("SVG Drawing")
                           : _("PDF Document");
      format_ids[n] = format_labels[n] = NULL;
    }
  gtk_file_filter_set_name (images, _("Images (PNG, SVG, PDF)"));
  gtk_file_filter_add_mime_type (images, "image/png");
  gtk_file_filter_add_mime_type (images, "image/svg+xml");
  gtk_file_filter_add_mime_type (images, "application/pdf");
  gtk_file_chooser_add_filter (files, images);
  gtk_file_chooser_add_choice (files, "format", _("Format"), format_ids, format_labels);
  gtk_file_chooser_add_choice (files, "area", _("Area"), area_ids, area_labels);
  gtk_file_chooser_add_choice (files, "scale", _("Size"), scale_ids, scale_labels);
  gtk_file_chooser_add_choice (files, "legend", _("Legend and caption"), NULL, NULL);
  gtk_file_chooser_set_choice (files, "legend", "true");
  gtk_file_chooser_add_choice (files, "dark", _("Dark palette"), NULL, NULL);
  gtk_file_chooser_set_choice (files, "dark",
                               adw_style_manager_get_dark (adw_style_manager_get_default ())
                               ? "true" : "false");

  self->export_chooser = chooser;
  g_signal_connect_object (chooser, "response", G_CALLBACK (liaison_window_export_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
liaison_window_open_exported_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* Paste and drop ------------------------------------------------------------------------- */

/* Where something new opens: here, unless that would replace unsaved work. */
static LiaisonWindow *
target_window (LiaisonWindow *self)
{
  LiaisonWindow *window;

  if (self->document == NULL || !liaison_history_is_modified (self->history))
    return self;

  window = liaison_window_new (LIAISON_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
open_text_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  LiaisonDocument *document;

  if ((document = liaison_open_text (task_data, &error)))
    g_task_return_pointer (task, document, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
open_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  LiaisonWindow *self = LIAISON_WINDOW (source);
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (!(document = g_task_propagate_pointer (G_TASK (result), &error)))
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the text: %s"), error->message);

      /* An empty new window has nothing to show: the message goes where the text came from. */
      if (self->document == NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (message, -1);

          gtk_spinner_stop (self->spinner);
          adw_status_page_set_description (self->error_page, escaped);
          gtk_stack_set_visible_child_name (self->stack, "error");
        }
      else
        add_urgent_toast (self, new_toast (message));
      return;
    }

  set_document (self, document, _("Pasted Article"));
  opened (self, NULL);
}

/**
 * liaison_window_open_text:
 * @self: a #LiaisonWindow
 * @bytes: an article's text (or a web page's source)
 *
 * Makes a map of the article in @bytes, in this window or, when it holds unsaved work, in a
 * new one. Extraction runs in a thread.
 */
void
liaison_window_open_text (LiaisonWindow *self,
                          GBytes        *bytes)
{
  LiaisonWindow *window;
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (bytes != NULL);

  window = target_window (self);
  if (window->document == NULL)
    {
      gtk_stack_set_visible_child_name (window->stack, "loading");
      gtk_spinner_start (window->spinner);
    }
  task = g_task_new (window, NULL, open_text_cb, NULL);
  g_task_set_source_tag (task, liaison_window_open_text);
  g_task_set_task_data (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, open_text_thread);
}

static void
clipboard_text_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(LiaisonWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  if (text == NULL || *g_strstrip (text) == '\0')
    {
      add_urgent_toast (self, new_toast (_("The clipboard holds no text to map")));
      return;
    }
  length = strlen (text);
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  liaison_window_open_text (self, bytes);
}

static void
liaison_window_paste_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, clipboard_text_cb,
                                 g_object_ref (widget));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         LiaisonWindow *self)
{
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      for (GSList *l = files; l != NULL; l = l->next)
        {
          LiaisonWindow *window = l == files ? target_window (self) : NULL;

          if (window == NULL)
            {
              window = liaison_window_new (LIAISON_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
              gtk_window_present (GTK_WINDOW (window));
            }
          liaison_window_open_file (window, l->data);
        }
      return files != NULL;
    }

  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) != NULL)
    {
      const char *text = g_value_get_string (value);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

      liaison_window_open_text (self, bytes);
      return TRUE;
    }

  return FALSE;
}

/* Recent documents ------------------------------------------------------------------------- */

#define MAX_RECENT 8

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified (*(GtkRecentInfo **) a);
  GDateTime *tb = gtk_recent_info_get_modified (*(GtkRecentInfo **) b);

  return -g_date_time_compare (ta, tb);
}

/* Open Recent: the Liaison documents last opened or saved, newest first, that still exist. */
static void
update_recent_menu (LiaisonWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  guint shown = 0;

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (g_str_has_suffix (gtk_recent_info_get_uri (info), ".liaison") &&
          (!gtk_recent_info_is_local (info) || gtk_recent_info_exists (info)))
        g_ptr_array_add (documents, info);
    }
  g_ptr_array_sort (documents, compare_recent);

  g_menu_remove_all (self->recent_menu);
  for (GtkWidget *child = gtk_widget_get_first_child (self->recent_box); child != NULL;
       child = gtk_widget_get_first_child (self->recent_box))
    gtk_box_remove (GTK_BOX (self->recent_box), child);

  for (guint i = 0; i < documents->len && shown < MAX_RECENT; i++, shown++)
    {
      GtkRecentInfo *info = g_ptr_array_index (documents, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      GVariant *target = g_variant_new_string (gtk_recent_info_get_uri (info));
      GtkWidget *button = gtk_button_new_with_label (gtk_recent_info_get_display_name (info));

      g_menu_item_set_action_and_target_value (item, "win.open-recent", target);
      g_menu_append_item (self->recent_menu, item);

      /* And on the start screen. */
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open-recent");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
      gtk_widget_add_css_class (button, "flat");
      gtk_box_append (GTK_BOX (self->recent_box), button);
    }
  if (shown > 0)
    {
      GtkWidget *heading = gtk_label_new (_("Recent Maps"));

      gtk_widget_add_css_class (heading, "heading");
      gtk_box_prepend (GTK_BOX (self->recent_box), heading);
    }
  if (shown == 0)
    g_menu_append (self->recent_menu, _("No Recent Maps"), "win.no-recent");

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
liaison_window_no_recent_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
}

static void
liaison_window_open_recent_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  liaison_window_open_file (target_window (self), file);
}

/* Add an actor ------------------------------------------------------------------------------ */

static void
add_actor_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       LiaisonWindow    *self)
{
  GtkWidget *name_entry = g_object_get_data (G_OBJECT (dialog), "liaison-name");
  GtkWidget *kind_drop_down = g_object_get_data (G_OBJECT (dialog), "liaison-kind");
  GtkWidget *role_entry = g_object_get_data (G_OBJECT (dialog), "liaison-role");
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_autofree char *id = NULL;
  g_autoptr(LiaisonActor) actor = NULL;
  LiaisonActorKind kind;

  if (!g_str_equal (response, "add") || self->document == NULL)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (name_entry))));
  role = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (role_entry))));
  kind = (LiaisonActorKind) gtk_drop_down_get_selected (GTK_DROP_DOWN (kind_drop_down));
  if (*name == '\0' || kind >= LIAISON_N_ACTOR_KINDS)
    return;
  if (liaison_document_find_actor (self->document, name) != NULL)
    {
      liaison_window_add_toast (self, _("Another actor already has that name"));
      return;
    }

  record_edit (self);
  id = liaison_document_make_id (self->document, liaison_actor_kind_to_string (kind), name);
  actor = liaison_actor_new (id, name, kind);
  liaison_actor_set_origin (actor, LIAISON_ORIGIN_USER);
  if (*role != '\0')
    liaison_actor_set_role (actor, role);
  liaison_document_add_actor (self->document, actor);
  liaison_document_find_mentions (self->document, actor);

  liaison_canvas_refresh (self->canvas);
  liaison_sidebar_set_document (self->sidebar, self->document);
  mark_mentions_again (self);
  liaison_canvas_set_selected_actor (self->canvas, actor);
}

static void
add_actor_name_changed_cb (GtkEditable      *name_entry,
                           AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (name_entry)));

  adw_message_dialog_set_response_enabled (dialog, "add", *name != '\0');
}

static void
liaison_window_extract_again_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autoptr(LiaisonDocument) fresh = NULL;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL)
    return;
  if (g_list_model_get_n_items (liaison_document_get_articles (self->document)) == 0)
    {
      add_urgent_toast (self, new_toast (_("This map has no article text to extract from")));
      return;
    }
  if (!(fresh = liaison_document_extract_again (self->document, &error)))
    {
      g_autofree char *message = g_strdup_printf (_("Could not extract again: %s"), error->message);

      add_urgent_toast (self, new_toast (message));
      return;
    }
  record_edit (self);
  restore (self, fresh);
  add_undo_toast (self, _("Extracted again, keeping your corrections"));
}

static void
liaison_window_tidy_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  if (self->document == NULL)
    return;
  record_edit (self);
  liaison_canvas_lay_out_again (self->canvas);
}

static void
liaison_window_add_actor_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  GtkWidget *dialog, *box, *name_entry, *kind_drop_down, *role_entry;
  GtkStringList *kinds = gtk_string_list_new (NULL);

  if (self->document == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add an Actor"),
                                   _("A person, country, organisation, programme, sector or place "
                                     "the extractor missed."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  name_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (name_entry), _("Name"));
  gtk_entry_set_activates_default (GTK_ENTRY (name_entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (name_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
    gtk_string_list_append (kinds, liaison_actor_kind_get_label (k));
  kind_drop_down = gtk_drop_down_new (G_LIST_MODEL (kinds), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind_drop_down), LIAISON_ACTOR_KIND_PERSON);
  gtk_accessible_update_property (GTK_ACCESSIBLE (kind_drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind"), -1);
  role_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (role_entry), _("Role (optional), e.g. Minister of Trade"));
  gtk_entry_set_activates_default (GTK_ENTRY (role_entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (role_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Role"), -1);
  gtk_box_append (GTK_BOX (box), name_entry);
  gtk_box_append (GTK_BOX (box), kind_drop_down);
  gtk_box_append (GTK_BOX (box), role_entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "liaison-name", name_entry);
  g_object_set_data (G_OBJECT (dialog), "liaison-kind", kind_drop_down);
  g_object_set_data (G_OBJECT (dialog), "liaison-role", role_entry);
  g_signal_connect (name_entry, "changed", G_CALLBACK (add_actor_name_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_actor_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (name_entry);
}

/* Add an article ----------------------------------------------------------------------------- */

static void
article_added_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(LiaisonWindow) self = user_data;
  g_autoptr(LiaisonDocument) other = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *articles;
  guint n_before;

  if (!(other = liaison_open_file_finish (result, &error)))
    {
      g_autofree char *message = g_strdup_printf (_("Could not add the article: %s"), error->message);

      add_urgent_toast (self, new_toast (message));
      return;
    }
  if (self->document == NULL)
    return;

  /* The same article twice would add nothing but duplicate evidence. */
  articles = liaison_document_get_articles (other);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, i);

      if (liaison_document_lookup_article (self->document, liaison_article_get_id (article)) != NULL)
        {
          add_urgent_toast (self, new_toast (_("That article is already in the map")));
          return;
        }
    }

  n_before = g_list_model_get_n_items (liaison_document_get_articles (self->document));
  record_edit (self);
  if (!liaison_document_add_document (self->document, other, &error))
    g_warning ("Could not add a checked document: %s", error->message);

  /* The new actors are placed around the others, which stay where they are. */
  liaison_canvas_refresh (self->canvas);
  liaison_sidebar_set_document (self->sidebar, self->document);
  update_article_chooser (self);
  {
    g_autoptr(LiaisonArticle) added = g_list_model_get_item (liaison_document_get_articles (self->document),
                                                             n_before);
    const char *title = liaison_article_get_title (added);
    g_autofree char *message = g_strdup_printf (_("Added “%s” to the map"), title ? title : _("Untitled Article"));

    gtk_drop_down_set_selected (self->article_chooser, n_before);
    add_urgent_toast (self, new_toast (message));
  }
  update_title (self);
}

static void
liaison_window_add_response_cb (LiaisonWindow        *self,
                                int                   response,
                                GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) hold = g_steal_pointer (&self->add_chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        liaison_window_add_article (self, file);
    }
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
}

/**
 * liaison_window_add_article:
 * @self: a #LiaisonWindow showing a map
 * @file: an article (text, Markdown, a web page) or a Liaison document
 *
 * Adds what @file holds to the map: its actors join those with the same names, its relations
 * those it shares; the map keeps its layout. Undoable.
 */
void
liaison_window_add_article (LiaisonWindow *self,
                            GFile         *file)
{
  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->document == NULL)
    {
      liaison_window_open_file (self, file);
      return;
    }
  liaison_open_file_async (file, NULL, article_added_cb, g_object_ref (self));
}

static void
liaison_window_add_article_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
  static const char *types[] = { "text/plain", "text/markdown", "text/html" };
  GtkFileChooserNative *chooser;

  if (self->document == NULL)
    return;
  if (self->add_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->add_chooser));
      return;
    }

  gtk_file_filter_set_name (articles, _("Articles (text, Markdown, web pages)"));
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    gtk_file_filter_add_mime_type (articles, types[i]);
  gtk_file_filter_add_suffix (articles, "liaison");

  chooser = gtk_file_chooser_native_new (_("Add an Article to the Map"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), articles);
  self->add_chooser = chooser;
  g_signal_connect_object (chooser, "response", G_CALLBACK (liaison_window_add_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Save ------------------------------------------------------------------------------------- */

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  LiaisonWindow *self = LIAISON_WINDOW (source);
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);

  self->n_saving--;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save %s: %s"), name, error->message);

      /* Closing waits for a save that works. */
      self->close_after_save = FALSE;
      add_urgent_toast (self, new_toast (message));
      return;
    }

  if (self->file == NULL || !g_file_equal (job->file, self->file))
    {
      g_autofree char *uri = g_file_get_uri (job->file);

      g_set_object (&self->file, job->file);
      g_free (self->display_name);
      self->display_name = g_filename_display_name (name);
      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    }
  g_free (self->file_stamp);
  self->file_stamp = file_stamp (job->file);
  liaison_history_set_saved (self->history, job->state);
  update_history_state (self);

  if (self->close_after_save && !liaison_history_is_modified (self->history))
    gtk_window_close (GTK_WINDOW (self));
}

/* Writes the document as it is now to @file, in a thread, atomically. */
static void
save_to (LiaisonWindow *self,
         GFile         *file)
{
  gsize length;
  char *data = liaison_document_save_to_data (self->document, &length);

  /* The previous version stays as "NAME.liaison~". */
  self->n_saving++;
  write_in_thread (self, file, g_bytes_new_take (data, length), TRUE,
                   liaison_history_get_state (self->history), saved_cb, save_to);
}

static void
liaison_window_save_response_cb (LiaisonWindow        *self,
                                 int                   response,
                                 GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) hold = g_steal_pointer (&self->save_chooser);
  g_autoptr(GFile) chosen = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      g_autoptr(GFile) target = NULL;

      if (is_liaison_file (chosen))
        target = g_object_ref (chosen);
      else
        {
          g_autofree char *name = g_file_get_basename (chosen);
          g_autofree char *named = g_strconcat (name, ".liaison", NULL);
          g_autoptr(GFile) parent = g_file_get_parent (chosen);

          target = g_file_get_child (parent, named);
        }

      /* The dialog asked before replacing the file it showed, not this one. */
      if (!g_file_equal (target, chosen) && g_file_query_exists (target, NULL))
        {
          g_autofree char *name = g_file_get_basename (target);
          g_autofree char *message = g_strdup_printf (_("Not saved: %s already exists"), name);

          self->close_after_save = FALSE;
          add_urgent_toast (self, new_toast (message));
        }
      else
        save_to (self, target);
    }
  else
    self->close_after_save = FALSE;

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
}

static void
liaison_window_save_as_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autoptr(GtkFileFilter) documents = gtk_file_filter_new ();
  const char *title = self->article ? liaison_article_get_title (self->article) : NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->document == NULL)
    return;
  if (self->save_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_chooser));
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Save Map"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (documents, _("Liaison Documents"));
  gtk_file_filter_add_suffix (documents, "liaison");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), documents);

  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
  else
    {
      /* The headline, or the article's file name without its extension. */
      name = g_strdup (title != NULL && *title != '\0' ? title
                       : self->display_name != NULL ? self->display_name : _("Map"));
      if (title == NULL && strrchr (name, '.') != NULL && strrchr (name, '.') != name)
        *strrchr (name, '.') = '\0';
      shorten_file_name (name);
      {
        g_autofree char *file_name = g_strdup_printf ("%s.liaison", g_strstrip (name));

        gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
      }
      if (self->export_folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), self->export_folder, NULL);
    }

  self->save_chooser = chooser;
  g_signal_connect_object (chooser, "response", G_CALLBACK (liaison_window_save_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       LiaisonWindow    *self)
{
  if (g_str_equal (response, "overwrite"))
    save_to (self, self->file);
  else if (g_str_equal (response, "save-as"))
    liaison_window_save_as_action (GTK_WIDGET (self), "win.save-as", NULL);
  else
    self->close_after_save = FALSE;
}

static void
ask_before_overwriting (LiaisonWindow *self)
{
  g_autofree char *name = g_file_get_basename (self->file);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("File Changed on Disk"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Another program changed “%s” after Liaison opened it. "
                                    "Saving replaces its changes with this map."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (overwrite_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
liaison_window_save_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autofree char *stamp = NULL;

  if (self->document == NULL)
    return;
  if (self->file == NULL)
    {
      liaison_window_save_as_action (widget, "win.save-as", NULL);
      return;
    }

  /* Another program changed the file since it was read or saved: saving would lose that. */
  stamp = file_stamp (self->file);
  if (stamp != NULL && self->file_stamp != NULL && g_strcmp0 (stamp, self->file_stamp) != 0)
    {
      ask_before_overwriting (self);
      return;
    }
  save_to (self, self->file);
}

static gboolean
close_later_cb (gpointer data)
{
  gtk_window_close (data);
  return G_SOURCE_REMOVE;
}

static void
close_dialog_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          LiaisonWindow    *self)
{
  /* Closed once the dialog has gone: it is still attached to the window while it responds. */
  if (g_str_equal (response, "discard"))
    {
      self->discard_changes = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_later_cb, g_object_ref (self), g_object_unref);
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      liaison_window_save_action (GTK_WIDGET (self), "win.save", NULL);
    }
}

/* Asks what to do with unsaved changes before closing. */
static void
ask_before_closing (LiaisonWindow *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                   _("The map has changes that are not saved. If you close "
                                     "without saving, they are lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
canvas_will_move_cb (LiaisonWindow *self)
{
  record_edit (self);
}

static gboolean
liaison_window_close_request (GtkWindow *window)
{
  LiaisonWindow *self = LIAISON_WINDOW (window);
  int width, height;

  /* Never lose work silently: ask, and wait for a save under way. */
  if (!self->discard_changes &&
      (liaison_history_is_modified (self->history) || self->n_saving > 0))
    {
      if (self->n_saving > 0)
        self->close_after_save = TRUE;
      else
        ask_before_closing (self);
      return TRUE;
    }

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  /* A maximized window's default size is the size it returns to when unmaximized. */
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (liaison_window_parent_class)->close_request (window);
}

static void
liaison_window_after_paint_cb (LiaisonWindow *self,
                               GdkFrameClock *frame_clock)
{
  g_signal_handlers_disconnect_by_func (frame_clock, liaison_window_after_paint_cb, self);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static void
liaison_window_realize (GtkWidget *widget)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  GTK_WIDGET_CLASS (liaison_window_parent_class)->realize (widget);

  /* bench/startup measures the time from exec to the first painted frame. */
  if (g_getenv ("LIAISON_EXIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (liaison_window_after_paint_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
liaison_window_dispose (GObject *object)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);

  close_chooser (self, &self->open_chooser, liaison_window_open_response_cb);
  close_chooser (self, &self->export_chooser, liaison_window_export_response_cb);
  close_chooser (self, &self->save_chooser, liaison_window_save_response_cb);
  close_chooser (self, &self->add_chooser, liaison_window_add_response_cb);
  g_clear_object (&self->file);
  /* A window closed with unsaved work only if the user discarded it; destroyed otherwise (the
   * session ending), the draft stays for the next start to offer. */
  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  if (self->draft_path != NULL &&
      (self->discard_changes || self->history == NULL || !liaison_history_is_modified (self->history)))
    {
      self->draft_unwanted = TRUE;
      liaison_draft_remove (self->draft_path);
    }
  g_clear_object (&self->export_folder);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->article);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_WINDOW);

  G_OBJECT_CLASS (liaison_window_parent_class)->dispose (object);
}

static void
liaison_window_finalize (GObject *object)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);

  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->mention_index, g_array_unref);
  g_clear_pointer (&self->history, liaison_history_free);
  g_clear_pointer (&self->draft_path, g_free);
  g_clear_pointer (&self->file_stamp, g_free);

  G_OBJECT_CLASS (liaison_window_parent_class)->finalize (object);
}

static void
liaison_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_window_class_init (LiaisonWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = liaison_window_dispose;
  object_class->finalize = liaison_window_finalize;
  object_class->get_property = liaison_window_get_property;

  widget_class->realize = liaison_window_realize;

  window_class->close_request = liaison_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         LIAISON_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIAISON_TYPE_CANVAS);
  g_type_ensure (LIAISON_TYPE_DETAILS);
  g_type_ensure (LIAISON_TYPE_SIDEBAR);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/liaison-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, details);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, side_flap);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, article_pane);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, article_bar);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, article_chooser);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, article_filter);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, article_filter_box);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, article_filter_one);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, article_filter_all);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, article_title);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, article_meta);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, text_view);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, no_article_page);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, recent_box);

  gtk_widget_class_install_action (widget_class, "win.open", NULL,
                                   liaison_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL,
                                   liaison_window_open_example_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL,
                                   liaison_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL,
                                   liaison_window_toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL,
                                   liaison_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.open-exported", "s",
                                   liaison_window_open_exported_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, liaison_window_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL,
                                   liaison_window_save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, liaison_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, liaison_window_redo_action);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, liaison_window_paste_action);
  gtk_widget_class_install_action (widget_class, "win.add-article", NULL,
                                   liaison_window_add_article_action);
  gtk_widget_class_install_action (widget_class, "win.add-actor", NULL,
                                   liaison_window_add_actor_action);
  gtk_widget_class_install_action (widget_class, "win.tidy", NULL, liaison_window_tidy_action);
  gtk_widget_class_install_action (widget_class, "win.extract-again", NULL,
                                   liaison_window_extract_again_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s",
                                   liaison_window_open_recent_action);
  /* Never enabled: the greyed "No Recent Maps" item. */
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, liaison_window_no_recent_action);

  /* Bound on the window rather than as application accelerators, which GTK runs before the
   * focused widget: Ctrl+Z and Ctrl+V in a text entry are the entry's. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "win.paste", NULL);
}

static void
liaison_window_init (LiaisonWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  update_recent_menu (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.no-recent", FALSE);

  /* Nothing to export, save or undo until a map is shown. */
  self->history = liaison_history_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
  update_history_state (self);
  self->export_format = LIAISON_IMAGE_FORMAT_PNG;

  /* The article first; the details come forward when something is selected. */
  gtk_stack_set_visible_child_name (self->side_stack, "article");

  /* One selection, the canvas's: the details and the article follow it. */
  gtk_text_buffer_create_tag (gtk_text_view_get_buffer (self->text_view), "highlight",
                              "background", "rgba(53,132,228,0.30)", NULL);
  {
    /* Mentions underlined in their kind's colour, as on the map. */
    static const char *kinds[LIAISON_N_ACTOR_KINDS] = {
      "mention-country", "mention-person", "mention-organization", "mention-programme",
      "mention-sector", "mention-place" };
    LiaisonStyle style;
    GtkGesture *click = gtk_gesture_click_new ();

    liaison_style_init_default (&style, FALSE);
    for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
      {
        GdkRGBA rgba = { style.actor_colors[k].red, style.actor_colors[k].green,
                         style.actor_colors[k].blue, 1 };

        gtk_text_buffer_create_tag (gtk_text_view_get_buffer (self->text_view), kinds[k],
                                    "underline", PANGO_UNDERLINE_SINGLE,
                                    "underline-rgba", &rgba, NULL);
      }
    self->mention_index = g_array_new (FALSE, FALSE, sizeof (MentionRange));
    g_signal_connect (click, "released", G_CALLBACK (text_clicked_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));
  }
  g_signal_connect_object (self->canvas, "notify::selected-actor",
                           G_CALLBACK (canvas_selection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "notify::selected-relation",
                           G_CALLBACK (canvas_selection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "activate",
                           G_CALLBACK (canvas_activate_cb), self, G_CONNECT_SWAPPED);
  liaison_drop_down_ellipsize (self->article_chooser);
  g_signal_connect_object (self->article_chooser, "notify::selected",
                           G_CALLBACK (article_chosen_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->article_filter_one, "clicked",
                           G_CALLBACK (article_filter_one_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->article_filter_all, "clicked",
                           G_CALLBACK (article_filter_all_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "link",
                           G_CALLBACK (canvas_link_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "will-move",
                           G_CALLBACK (canvas_will_move_cb), self, G_CONNECT_SWAPPED);
  {
    /* Files dropped open as they would from Open…; text dropped becomes an article. */
    GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
    GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_STRING };

    gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
    g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  }
  g_signal_connect_object (self->details, "select-actor",
                           G_CALLBACK (details_select_actor_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->details, "select-relation",
                           G_CALLBACK (details_select_relation_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->details, "edit-actor",
                           G_CALLBACK (details_edit_actor_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->details, "edit-relation",
                           G_CALLBACK (details_edit_relation_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->details, "show-span",
                           G_CALLBACK (details_show_span_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "actor-selected",
                           G_CALLBACK (sidebar_actor_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "notify::hidden-kinds",
                           G_CALLBACK (sidebar_hidden_kinds_cb), self, G_CONNECT_SWAPPED);
}
