/* liaison-details.c — who is this, and how do we know: the panel beside the map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-details"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "liaison-details.h"
#include "liaison-scene.h"
#include "liaison-ui-util.h"

/* The details of the selection: for an actor, what it is, what it does in the map and what it
 * said; for a relation, what it says and every sentence behind it. Everything here comes from
 * the document; text from the article is escaped before it goes into markup. Links select the
 * other end on the map, "Show in Article" asks the window to scroll the article there. */

struct _LiaisonDetails
{
  GtkWidget        parent_instance;

  LiaisonDocument *document;
  GtkWidget       *stack;
  GtkWidget       *content;     /* the box of the current actor or relation */
  GtkWidget       *scrolled;
};

G_DEFINE_FINAL_TYPE (LiaisonDetails, liaison_details, GTK_TYPE_WIDGET)

enum {
  SELECT_ACTOR,
  SELECT_RELATION,
  SHOW_SPAN,
  EDIT_ACTOR,
  EDIT_RELATION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
add_label (GtkWidget  *box,
           const char *markup,
           const char *style_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static char *
color_hex (const LiaisonColor *color)
{
  return g_strdup_printf ("#%02x%02x%02x", (int) (color->red * 255), (int) (color->green * 255),
                          (int) (color->blue * 255));
}

/* "● Country", in the kind's colour. */
static char *
kind_markup (LiaisonActorKind kind)
{
  LiaisonStyle style;
  g_autofree char *hex = NULL;

  liaison_style_init_default (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  hex = color_hex (&style.actor_colors[kind]);
  return g_markup_printf_escaped ("<span foreground=\"%s\">●</span> %s", hex,
                                  liaison_actor_kind_get_label (kind));
}

static void
link_clicked_cb (GtkButton      *button,
                 LiaisonDetails *self)
{
  GObject *target = g_object_get_data (G_OBJECT (button), "liaison-target");

  if (LIAISON_IS_ACTOR (target))
    g_signal_emit (self, signals[SELECT_ACTOR], 0, target);
  else if (LIAISON_IS_RELATION (target))
    g_signal_emit (self, signals[SELECT_RELATION], 0, target);
}

static GtkWidget *
add_link (GtkWidget  *box,
          const char *text,
          GObject    *target,
          LiaisonDetails *self)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_FILL);
  g_object_set_data_full (G_OBJECT (button), "liaison-target", g_object_ref (target), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (link_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

static void
show_span_clicked_cb (GtkButton      *button,
                      LiaisonDetails *self)
{
  const LiaisonSpan *span = g_object_get_data (G_OBJECT (button), "liaison-span");

  g_signal_emit (self, signals[SHOW_SPAN], 0, span);
}

/* For g_ptr_array_sort(), which hands pointers to the elements. */
static int
compare_actor_names (gconstpointer a,
                     gconstpointer b)
{
  return g_utf8_collate (liaison_actor_get_name (*(LiaisonActor **) a),
                         liaison_actor_get_name (*(LiaisonActor **) b));
}

static LiaisonActor *
actor_of (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "liaison-actor");
}

static void
rename_activate_cb (GtkEntry       *entry,
                    LiaisonDetails *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (*name != '\0')
    g_signal_emit (self, signals[EDIT_ACTOR], 0, actor_of (GTK_WIDGET (entry)), "rename",
                   g_variant_new_string (name));
}

static void
role_activate_cb (GtkEntry       *entry,
                  LiaisonDetails *self)
{
  g_autofree char *role = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  g_signal_emit (self, signals[EDIT_ACTOR], 0, actor_of (GTK_WIDGET (entry)), "role",
                 g_variant_new_string (role));
}

/* Whether @a may be @b under another name: same kind, and a word of three letters or more in
 * common ("Lula da Silva" and "Luiz Inácio Lula da Silva"). */
static gboolean
looks_like (LiaisonActor *a,
            LiaisonActor *b)
{
  g_auto(GStrv) words_a = NULL;
  g_auto(GStrv) words_b = NULL;

  if (liaison_actor_get_kind (a) != liaison_actor_get_kind (b))
    return FALSE;
  words_a = g_str_tokenize_and_fold (liaison_actor_get_name (a), NULL, NULL);
  words_b = g_str_tokenize_and_fold (liaison_actor_get_name (b), NULL, NULL);
  for (guint i = 0; words_a[i] != NULL; i++)
    if (g_utf8_strlen (words_a[i], -1) >= 3 && g_strv_contains ((const char * const *) words_b, words_a[i]))
      return TRUE;
  return FALSE;
}

/* A drop-down of the document's actors but @except, by name, searchable, their ids in
 * "liaison-ids"; the first that looks like @like, if any, chosen. */
static GtkWidget *
new_actor_drop_down (LiaisonDetails *self,
                     LiaisonActor   *except,
                     LiaisonActor   *like,
                     const char     *label)
{
  GListModel *actors = liaison_document_get_actors (self->document);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  GtkStringList *names = gtk_string_list_new (NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *drop_down;

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);

      if (actor != except)
        g_ptr_array_add (sorted, actor);
    }
  g_ptr_array_sort (sorted, compare_actor_names);
  for (guint i = 0; i < sorted->len; i++)
    {
      gtk_string_list_append (names, liaison_actor_get_name (g_ptr_array_index (sorted, i)));
      g_ptr_array_add (ids, g_strdup (liaison_actor_get_id (g_ptr_array_index (sorted, i))));
    }

  drop_down = gtk_drop_down_new (G_LIST_MODEL (names),
                                 gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  if (like != NULL)
    for (guint i = 0; i < sorted->len; i++)
      if (looks_like (g_ptr_array_index (sorted, i), like))
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), i);
          break;
        }
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  liaison_drop_down_ellipsize (GTK_DROP_DOWN (drop_down));
  gtk_widget_set_hexpand (drop_down, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (drop_down), "liaison-ids", ids, (GDestroyNotify) g_ptr_array_unref);
  return drop_down;
}

static const char *
selected_actor_id (GtkWidget *drop_down)
{
  GPtrArray *ids = g_object_get_data (G_OBJECT (drop_down), "liaison-ids");
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down));

  return ids != NULL && selected < ids->len ? g_ptr_array_index (ids, selected) : NULL;
}

static void
merge_clicked_cb (GtkButton      *button,
                  LiaisonDetails *self)
{
  const char *id = selected_actor_id (g_object_get_data (G_OBJECT (button), "liaison-actors"));

  if (id != NULL)
    g_signal_emit (self, signals[EDIT_ACTOR], 0, actor_of (GTK_WIDGET (button)), "merge",
                   g_variant_new_string (id));
}

static void
add_relation_clicked_cb (GtkButton      *button,
                         LiaisonDetails *self)
{
  GtkWidget *kinds = g_object_get_data (G_OBJECT (button), "liaison-kinds");
  const char *id = selected_actor_id (g_object_get_data (G_OBJECT (button), "liaison-actors"));

  if (id != NULL)
    g_signal_emit (self, signals[EDIT_ACTOR], 0, actor_of (GTK_WIDGET (button)), "add-relation",
                   g_variant_new ("(us)", gtk_drop_down_get_selected (GTK_DROP_DOWN (kinds)), id));
}

static void
kind_selected_cb (GtkDropDown    *drop_down,
                  GParamSpec     *pspec,
                  LiaisonDetails *self)
{
  guint kind = gtk_drop_down_get_selected (drop_down);

  if (kind != liaison_actor_get_kind (actor_of (GTK_WIDGET (drop_down))))
    g_signal_emit (self, signals[EDIT_ACTOR], 0, actor_of (GTK_WIDGET (drop_down)), "kind",
                   g_variant_new_uint32 (kind));
}

static void
action_clicked_cb (GtkButton      *button,
                   LiaisonDetails *self)
{
  const char *what = g_object_get_data (G_OBJECT (button), "liaison-action");

  g_signal_emit (self, signals[EDIT_ACTOR], 0, actor_of (GTK_WIDGET (button)), what, NULL);
}

/* Rename, change kind, pin or unpin, hide, delete: what the window does with the map. */
static void
add_actions (LiaisonDetails *self,
             GtkWidget      *box,
             LiaisonActor   *actor)
{
  static const struct { const char *action; const char *label; const char *style; } buttons[] = {
    { "toggle-pin", N_("Pin"), NULL },
    { "hide", N_("Hide"), NULL },
    { "delete", N_("Delete"), "destructive-action" },
  };
  GtkWidget *heading = add_label (box, _("Edit"), "heading");
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkStringList *kinds = gtk_string_list_new (NULL);
  GtkWidget *drop_down;
  gboolean pinned = FALSE;

  gtk_widget_set_margin_top (heading, 12);

  gtk_editable_set_text (GTK_EDITABLE (entry), liaison_actor_get_name (actor));
  g_object_set_data_full (G_OBJECT (entry), "liaison-actor", g_object_ref (actor), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  gtk_widget_set_tooltip_text (entry, _("Type a new name and press Enter"));
  g_signal_connect (entry, "activate", G_CALLBACK (rename_activate_cb), self);
  gtk_box_append (GTK_BOX (box), entry);

  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
    gtk_string_list_append (kinds, liaison_actor_kind_get_label (k));
  drop_down = gtk_drop_down_new (G_LIST_MODEL (kinds), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), liaison_actor_get_kind (actor));
  g_object_set_data_full (G_OBJECT (drop_down), "liaison-actor", g_object_ref (actor), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind"), -1);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (kind_selected_cb), self);
  gtk_box_append (GTK_BOX (box), drop_down);

  {
    GtkWidget *role = gtk_entry_new ();

    gtk_editable_set_text (GTK_EDITABLE (role), liaison_actor_get_role (actor) ? liaison_actor_get_role (actor) : "");
    gtk_entry_set_placeholder_text (GTK_ENTRY (role), _("Role, e.g. President of Kenya"));
    g_object_set_data_full (G_OBJECT (role), "liaison-actor", g_object_ref (actor), g_object_unref);
    gtk_accessible_update_property (GTK_ACCESSIBLE (role), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Role"), -1);
    gtk_widget_set_tooltip_text (role, _("Type the role and press Enter"));
    g_signal_connect (role, "activate", G_CALLBACK (role_activate_cb), self);
    gtk_box_append (GTK_BOX (box), role);
  }

  if (self->document != NULL)
    liaison_document_get_position (self->document, liaison_actor_get_id (actor), NULL, NULL, &pinned);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      const char *label = g_str_equal (buttons[i].action, "toggle-pin") && pinned ? _("Unpin")
                                                                                 : _(buttons[i].label);
      GtkWidget *button = gtk_button_new_with_label (label);

      if (buttons[i].style != NULL)
        gtk_widget_add_css_class (button, buttons[i].style);
      g_object_set_data (G_OBJECT (button), "liaison-action", (gpointer) buttons[i].action);
      g_object_set_data_full (G_OBJECT (button), "liaison-actor", g_object_ref (actor), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (action_clicked_cb), self);
      gtk_box_append (GTK_BOX (row), button);
    }
  gtk_box_append (GTK_BOX (box), row);

  if (self->document == NULL || g_list_model_get_n_items (liaison_document_get_actors (self->document)) < 2)
    return;

  /* Another actor that is this one under another name: merged into this one. */
  {
    GtkWidget *merge_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *others = new_actor_drop_down (self, actor, actor, _("Actor to merge into this one"));
    GtkWidget *button = gtk_button_new_with_label (_("Merge In"));

    heading = add_label (box, _("Merge another actor into this one"), "dim-label");
    gtk_widget_set_margin_top (heading, 6);
    gtk_widget_set_tooltip_text (button, _("The other actor’s names, mentions and relations become this one’s"));
    g_object_set_data (G_OBJECT (button), "liaison-actors", others);
    g_object_set_data_full (G_OBJECT (button), "liaison-actor", g_object_ref (actor), g_object_unref);
    g_signal_connect (button, "clicked", G_CALLBACK (merge_clicked_cb), self);
    gtk_box_append (GTK_BOX (merge_row), others);
    gtk_box_append (GTK_BOX (merge_row), button);
    gtk_box_append (GTK_BOX (box), merge_row);
  }

  /* A relation the extractor missed. */
  {
    GtkWidget *relation_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkStringList *relation_kinds = gtk_string_list_new (NULL);
    GtkWidget *kind_drop_down, *others, *button;

    heading = add_label (box, _("Add a relation"), "dim-label");
    gtk_widget_set_margin_top (heading, 6);
    for (guint k = 0; k < LIAISON_N_RELATION_KINDS; k++)
      gtk_string_list_append (relation_kinds, liaison_relation_kind_get_label (k));
    kind_drop_down = gtk_drop_down_new (G_LIST_MODEL (relation_kinds), NULL);
    gtk_accessible_update_property (GTK_ACCESSIBLE (kind_drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Kind of relation"), -1);
    gtk_box_append (GTK_BOX (box), kind_drop_down);

    others = new_actor_drop_down (self, actor, NULL, _("Other actor of the relation"));
    button = gtk_button_new_with_label (_("Add"));
    g_object_set_data (G_OBJECT (button), "liaison-actors", others);
    g_object_set_data (G_OBJECT (button), "liaison-kinds", kind_drop_down);
    g_object_set_data_full (G_OBJECT (button), "liaison-actor", g_object_ref (actor), g_object_unref);
    g_signal_connect (button, "clicked", G_CALLBACK (add_relation_clicked_cb), self);
    gtk_box_append (GTK_BOX (relation_row), others);
    gtk_box_append (GTK_BOX (relation_row), button);
    gtk_box_append (GTK_BOX (box), relation_row);
  }
}

static GtkWidget *
new_content (LiaisonDetails *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), box);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "details");
  self->content = box;
  return box;
}

static int
compare_relations (gconstpointer a,
                   gconstpointer b)
{
  LiaisonRelation *x = *(LiaisonRelation **) a, *y = *(LiaisonRelation **) b;

  return (int) liaison_relation_get_kind (x) - (int) liaison_relation_get_kind (y);
}

/**
 * liaison_details_show_actor:
 * @self: a details panel
 * @actor: the actor to show
 *
 * Name, kind, role, aliases, mentions and articles; relations grouped by kind, each a link to
 * the relation; the quotes of a person; for a country, its commitments.
 */
void
liaison_details_show_actor (LiaisonDetails *self,
                            LiaisonActor   *actor)
{
  g_autoptr(GPtrArray) relations = NULL;
  g_autofree char *name = NULL;
  g_autofree char *kind = NULL;
  GtkWidget *box;
  const char * const *aliases;
  int last_kind = -1;

  g_return_if_fail (LIAISON_IS_DETAILS (self));
  g_return_if_fail (LIAISON_IS_ACTOR (actor));

  box = new_content (self);
  name = g_markup_escape_text (liaison_actor_get_display_name (actor), -1);
  add_label (box, name, "title-2");
  kind = kind_markup (liaison_actor_get_kind (actor));
  add_label (box, kind, NULL);

  if (liaison_actor_get_role (actor) != NULL)
    {
      g_autofree char *role = g_markup_escape_text (liaison_actor_get_role (actor), -1);

      add_label (box, role, NULL);
    }

  aliases = liaison_actor_get_aliases (actor);
  if (aliases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) aliases);
      g_autofree char *escaped = g_markup_escape_text (joined, -1);
      /* Translators: the other names an actor goes by in the article. */
      g_autofree char *line = g_strdup_printf (_("Also called %s"), escaped);

      add_label (box, line, "dim-label");
    }

  {
    guint n = liaison_actor_get_n_mentions (actor);
    g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mentioned %u time",
                                                          "Mentioned %u times", n), n);

    add_label (box, line, "dim-label");
  }

  if (self->document != NULL)
    {
      GListModel *articles = liaison_document_get_articles (self->document);

      /* The articles that mention it, not every article of the map. */
      for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
        {
          g_autoptr(LiaisonArticle) article = g_list_model_get_item (articles, i);
          const char *title = liaison_article_get_title (article);
          const char *date = liaison_article_get_date (article);
          g_autofree char *line = NULL;
          gboolean mentioned = FALSE;

          for (guint m = 0; !mentioned && m < liaison_actor_get_n_mentions (actor); m++)
            mentioned = g_strcmp0 (liaison_actor_get_mention (actor, m)->article_id,
                                   liaison_article_get_id (article)) == 0;
          if (!mentioned)
            continue;

          line = g_markup_printf_escaped ("%s%s%s", title ? title : _("Untitled Article"),
                                          date ? " · " : "", date ? date : "");
          add_label (box, line, "caption");
        }

      /* Relations by kind, in plain language: "met with Wang Yi". */
      relations = liaison_document_dup_relations_of (self->document, actor);
      g_ptr_array_sort (relations, compare_relations);
      for (guint i = 0; i < relations->len; i++)
        {
          LiaisonRelation *relation = g_ptr_array_index (relations, i);
          LiaisonRelationKind rk = liaison_relation_get_kind (relation);
          gboolean outgoing = liaison_relation_get_source (relation) == actor;
          LiaisonActor *other = outgoing ? liaison_relation_get_target (relation)
                                         : liaison_relation_get_source (relation);
          g_autofree char *text = NULL;

          if ((int) rk != last_kind)
            {
              g_autofree char *heading = g_markup_escape_text (liaison_relation_kind_get_label (rk), -1);
              GtkWidget *label = add_label (box, heading, "heading");

              gtk_widget_set_margin_top (label, 12);
              last_kind = (int) rk;
            }
          /* "→ Belt and Road Initiative" from the actor, "← China" towards it. */
          if (liaison_relation_kind_is_symmetric (rk))
            text = g_strdup (liaison_actor_get_display_name (other));
          else
            text = g_strdup_printf ("%s %s", outgoing ? "→" : "←", liaison_actor_get_display_name (other));
          add_link (box, text, G_OBJECT (relation), self);
        }
    }

  /* What a person said, word for word. */
  if (liaison_actor_get_n_quotes (actor) > 0)
    {
      GtkWidget *heading = add_label (box, _("Statements"), "heading");

      gtk_widget_set_margin_top (heading, 12);
      for (guint i = 0; i < liaison_actor_get_n_quotes (actor); i++)
        {
          const LiaisonSpan *quote = liaison_actor_get_quote (actor, i);
          g_autofree char *markup = g_markup_printf_escaped ("“<i>%s</i>”", quote->text);

          gtk_label_set_selectable (GTK_LABEL (add_label (box, markup, "quote")), TRUE);
        }
    }

  add_actions (self, box, actor);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  liaison_actor_get_name (actor), -1);
}

/* The sentence, with the two actors' names in bold where the sentence uses them. */
static char *
evidence_markup (const char   *sentence,
                 LiaisonActor *a,
                 LiaisonActor *b)
{
  GString *out = g_string_new (NULL);
  const char *p = sentence;

  while (*p != '\0')
    {
      const char *best = NULL;
      gsize best_len = 0;

      for (int which = 0; which < 2; which++)
        {
          LiaisonActor *actor = which == 0 ? a : b;
          const char * const *aliases = liaison_actor_get_aliases (actor);

          for (int k = -1; k < 0 || aliases[k] != NULL; k++)
            {
              const char *name = k < 0 ? liaison_actor_get_name (actor) : aliases[k];
              const char *hit = strstr (p, name);

              if (hit != NULL && (best == NULL || hit < best ||
                                  (hit == best && strlen (name) > best_len)))
                {
                  best = hit;
                  best_len = strlen (name);
                }
            }
        }

      if (best == NULL || best_len == 0)
        {
          g_autofree char *rest = g_markup_escape_text (p, -1);

          g_string_append (out, rest);
          break;
        }
      {
        g_autofree char *before = g_markup_escape_text (p, best - p);
        g_autofree char *word = g_markup_escape_text (best, best_len);

        g_string_append (out, before);
        g_string_append_printf (out, "<b>%s</b>", word);
      }
      p = best + best_len;
    }

  return g_string_free (out, FALSE);
}

static LiaisonRelation *
relation_of (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "liaison-relation");
}

static void
relation_kind_selected_cb (GtkDropDown    *drop_down,
                           GParamSpec     *pspec,
                           LiaisonDetails *self)
{
  guint kind = gtk_drop_down_get_selected (drop_down);

  if (kind != liaison_relation_get_kind (relation_of (GTK_WIDGET (drop_down))))
    g_signal_emit (self, signals[EDIT_RELATION], 0, relation_of (GTK_WIDGET (drop_down)), "kind",
                   g_variant_new_uint32 (kind));
}

static void
relation_delete_clicked_cb (GtkButton      *button,
                            LiaisonDetails *self)
{
  g_signal_emit (self, signals[EDIT_RELATION], 0, relation_of (GTK_WIDGET (button)), "delete", NULL);
}

/* Change the kind of a relation, or delete it. */
static void
add_relation_actions (LiaisonDetails  *self,
                      GtkWidget       *box,
                      LiaisonRelation *relation)
{
  GtkWidget *heading = add_label (box, _("Edit"), "heading");
  GtkStringList *kinds = gtk_string_list_new (NULL);
  GtkWidget *drop_down, *button;

  gtk_widget_set_margin_top (heading, 12);
  for (guint k = 0; k < LIAISON_N_RELATION_KINDS; k++)
    gtk_string_list_append (kinds, liaison_relation_kind_get_label (k));
  drop_down = gtk_drop_down_new (G_LIST_MODEL (kinds), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), liaison_relation_get_kind (relation));
  g_object_set_data_full (G_OBJECT (drop_down), "liaison-relation", g_object_ref (relation), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Kind of relation"), -1);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (relation_kind_selected_cb), self);
  gtk_box_append (GTK_BOX (box), drop_down);

  button = gtk_button_new_with_label (_("Delete Relation"));
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_object_set_data_full (G_OBJECT (button), "liaison-relation", g_object_ref (relation), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (relation_delete_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), button);
}

/**
 * liaison_details_show_relation:
 * @self: a details panel
 * @relation: the relation to show
 *
 * "Kenya — cooperation in → railway", the text's own words, the confidence, and every sentence
 * behind it with a button to find it in the article.
 */
void
liaison_details_show_relation (LiaisonDetails  *self,
                               LiaisonRelation *relation)
{
  LiaisonActor *source, *target;
  g_autofree char *title = NULL;
  g_autofree char *confidence = NULL;
  GtkWidget *box, *heading;

  g_return_if_fail (LIAISON_IS_DETAILS (self));
  g_return_if_fail (LIAISON_IS_RELATION (relation));

  source = liaison_relation_get_source (relation);
  target = liaison_relation_get_target (relation);
  box = new_content (self);

  /* Translators: a relation: "Kenya — cooperation in → railway". */
  title = g_markup_printf_escaped (_("%s — %s → %s"), liaison_actor_get_display_name (source),
                                   liaison_relation_kind_get_label (liaison_relation_get_kind (relation)),
                                   liaison_actor_get_display_name (target));
  add_label (box, title, "title-3");

  if (liaison_relation_get_label (relation) != NULL)
    {
      /* Translators: the article's own words for a relation, e.g. “pledged to deepen”. */
      g_autofree char *words = g_markup_printf_escaped (_("In the article’s words: “%s”"),
                                                        liaison_relation_get_label (relation));

      add_label (box, words, NULL);
    }

  /* Translators: how sure the extractor is of a relation, as a percentage. */
  confidence = g_strdup_printf (_("Confidence %.0f%%"), liaison_relation_get_confidence (relation) * 100);
  add_label (box, confidence, "dim-label");

  add_link (box, liaison_actor_get_display_name (source), G_OBJECT (source), self);
  add_link (box, liaison_actor_get_display_name (target), G_OBJECT (target), self);

  /* A relation added by hand or imported from a graph has no sentence to show: no heading
   * over nothing. */
  if (liaison_relation_get_n_evidence (relation) > 0)
    {
      heading = add_label (box, g_dngettext (GETTEXT_PACKAGE, "Evidence", "Evidence",
                                             liaison_relation_get_n_evidence (relation)), "heading");
      gtk_widget_set_margin_top (heading, 12);
    }
  for (guint i = 0; i < liaison_relation_get_n_evidence (relation); i++)
    {
      const LiaisonSpan *span = liaison_relation_get_evidence (relation, i);
      g_autofree char *markup = evidence_markup (span->text ? span->text : "", source, target);
      GtkWidget *label = add_label (box, markup, "card");
      GtkWidget *button = gtk_button_new_with_label (_("Show in Article"));

      /* Evidence can be copied from, to quote it elsewhere. */
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_add_css_class (label, "evidence");
      gtk_widget_set_halign (button, GTK_ALIGN_END);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "liaison-span", liaison_span_copy (span),
                              (GDestroyNotify) liaison_span_free);
      g_signal_connect (button, "clicked", G_CALLBACK (show_span_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);
    }

  add_relation_actions (self, box, relation);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  liaison_relation_kind_get_label (liaison_relation_get_kind (relation)), -1);
}

/**
 * liaison_details_clear:
 * @self: a details panel
 *
 * Shows the hint of what to do, not an empty box.
 */
void
liaison_details_clear (LiaisonDetails *self)
{
  g_return_if_fail (LIAISON_IS_DETAILS (self));

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
  self->content = NULL;
}

void
liaison_details_set_document (LiaisonDetails  *self,
                              LiaisonDocument *document)
{
  g_return_if_fail (LIAISON_IS_DETAILS (self));

  g_set_object (&self->document, document);
  liaison_details_clear (self);
}

static void
liaison_details_dispose (GObject *object)
{
  LiaisonDetails *self = LIAISON_DETAILS (object);

  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (liaison_details_parent_class)->dispose (object);
}

static void
liaison_details_class_init (LiaisonDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_details_dispose;

  /**
   * LiaisonDetails::select-actor:
   * @actor: the actor a link names
   */
  signals[SELECT_ACTOR] = g_signal_new ("select-actor", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, LIAISON_TYPE_ACTOR);
  /**
   * LiaisonDetails::select-relation:
   * @relation: the relation a link names
   */
  signals[SELECT_RELATION] = g_signal_new ("select-relation", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                           LIAISON_TYPE_RELATION);
  /**
   * LiaisonDetails::show-span:
   * @span: a stretch of an article to show
   */
  signals[SHOW_SPAN] = g_signal_new ("show-span", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, LIAISON_TYPE_SPAN);

  /**
   * LiaisonDetails::edit-actor:
   * @actor: the actor
   * @what: "rename" (@value a string), "kind" (@value a uint32 #LiaisonActorKind), "role"
   *   (@value a string, empty for none), "merge" (@value the id of the actor to merge into
   *   this one), "add-relation" (@value "(us)": a #LiaisonRelationKind and the other actor's
   *   id), "toggle-pin", "hide" or "delete"
   * @value: (nullable): the new value
   */
  signals[EDIT_ACTOR] = g_signal_new ("edit-actor", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 3, LIAISON_TYPE_ACTOR,
                                      G_TYPE_STRING, G_TYPE_VARIANT);

  /**
   * LiaisonDetails::edit-relation:
   * @relation: the relation
   * @what: "kind" (@value a uint32 #LiaisonRelationKind) or "delete"
   * @value: (nullable): the new value
   */
  signals[EDIT_RELATION] = g_signal_new ("edit-relation", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 3, LIAISON_TYPE_RELATION,
                                         G_TYPE_STRING, G_TYPE_VARIANT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "liaison-details");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
liaison_details_init (LiaisonDetails *self)
{
  GtkWidget *empty = adw_status_page_new ();

  self->stack = gtk_stack_new ();
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "find-location-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nothing Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Click an actor or a line on the map to see who it is and "
                                     "the sentences behind it."));
  gtk_widget_add_css_class (empty, "compact");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (GTK_STACK (self->stack), self->scrolled, "details");
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Details"), -1);
}

/**
 * liaison_details_new:
 *
 * Returns: (transfer full): a details panel, showing its hint
 */
GtkWidget *
liaison_details_new (void)
{
  return g_object_new (LIAISON_TYPE_DETAILS, NULL);
}
