/* liaison-sidebar.c — the document's actors as a searchable list, and which kinds the map shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-sidebar"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "liaison-scene.h"
#include "liaison-sidebar.h"

/* A search entry (name, alias, role), a toggle per kind of actor with its count — off hides the
 * kind from the list and the map — and the list itself. The selection is the map's: the window
 * passes it both ways. */

struct _LiaisonSidebar
{
  GtkWidget           parent_instance;

  LiaisonDocument    *document;
  GtkWidget          *box;
  GtkWidget          *search_entry;
  GtkWidget          *kinds_box;
  GtkWidget          *kind_buttons[LIAISON_N_ACTOR_KINDS];
  GtkWidget          *list_view;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  guint               hidden_kinds;
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (LiaisonSidebar, liaison_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HIDDEN_KINDS,
  N_PROPS
};

enum {
  ACTOR_SELECTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  LiaisonSidebar *self = user_data;
  LiaisonActor *actor = item;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *key = NULL;
  g_autofree char *name = NULL;
  const char * const *aliases;

  if (self->hidden_kinds & (1u << liaison_actor_get_kind (actor)))
    return FALSE;
  if (query == NULL || *query == '\0')
    return TRUE;

  key = liaison_name_key (query);
  name = liaison_name_key (liaison_actor_get_name (actor));
  if (strstr (name, key) != NULL)
    return TRUE;
  /* "肯尼亚" finds Kenya as the list shows it. */
  if (liaison_actor_get_display_name (actor) != liaison_actor_get_name (actor))
    {
      g_autofree char *shown = liaison_name_key (liaison_actor_get_display_name (actor));

      if (strstr (shown, key) != NULL)
        return TRUE;
    }
  aliases = liaison_actor_get_aliases (actor);
  for (guint i = 0; aliases[i] != NULL; i++)
    {
      g_autofree char *alias = liaison_name_key (aliases[i]);

      if (strstr (alias, key) != NULL)
        return TRUE;
    }
  if (liaison_actor_get_role (actor) != NULL)
    {
      g_autofree char *role = liaison_name_key (liaison_actor_get_role (actor));

      return strstr (role, key) != NULL;
    }
  return FALSE;
}

static void
search_changed_cb (LiaisonSidebar *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Enter in the search: the first match, as GNOME search entries do. */
static void
search_activate_cb (LiaisonSidebar *self)
{
  g_autoptr(LiaisonActor) first = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    return;
  first = g_list_model_get_item (G_LIST_MODEL (self->filtered), 0);
  gtk_single_selection_set_selected (self->selection, 0);
  g_signal_emit (self, signals[ACTOR_SELECTED], 0, first);
}

static void
selection_changed_cb (LiaisonSidebar *self)
{
  LiaisonActor *actor = gtk_single_selection_get_selected_item (self->selection);

  if (!self->updating && actor != NULL)
    g_signal_emit (self, signals[ACTOR_SELECTED], 0, actor);
}

static void
kind_toggled_cb (GtkToggleButton *button,
                 LiaisonSidebar  *self)
{
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "liaison-kind"));

  if (gtk_toggle_button_get_active (button))
    self->hidden_kinds &= ~(1u << kind);
  else
    self->hidden_kinds |= 1u << kind;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_KINDS]);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              LiaisonSidebar           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *role = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (role), 0);
  gtk_label_set_ellipsize (GTK_LABEL (role), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (role, "caption");
  gtk_widget_add_css_class (role, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), role);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             LiaisonSidebar           *self)
{
  LiaisonActor *actor = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *role = gtk_widget_get_next_sibling (name);
  LiaisonStyle style;
  LiaisonColor *c;
  g_autofree char *markup = NULL;
  const char *subtitle;

  liaison_style_init_default (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  c = &style.actor_colors[liaison_actor_get_kind (actor)];
  markup = g_markup_printf_escaped ("<span foreground=\"#%02x%02x%02x\">●</span> %s",
                                    (int) (c->red * 255), (int) (c->green * 255), (int) (c->blue * 255),
                                    liaison_actor_get_display_name (actor));
  gtk_label_set_markup (GTK_LABEL (name), markup);
  subtitle = liaison_actor_get_role (actor);
  if (subtitle == NULL)
    subtitle = liaison_actor_kind_get_label (liaison_actor_get_kind (actor));
  gtk_label_set_text (GTK_LABEL (role), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_item_get_child (item)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, liaison_actor_get_display_name (actor), -1);
}

static void
update_kind_buttons (LiaisonSidebar *self)
{
  guint counts[LIAISON_N_ACTOR_KINDS] = { 0 };

  if (self->document != NULL)
    {
      GListModel *actors = liaison_document_get_actors (self->document);

      for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
        {
          g_autoptr(LiaisonActor) actor = g_list_model_get_item (actors, i);

          counts[liaison_actor_get_kind (actor)]++;
        }
    }

  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
    {
      /* Translators: a kind of actor and how many the map has: "Country (2)". */
      g_autofree char *label = g_strdup_printf (_("%s (%u)"), liaison_actor_kind_get_label (k), counts[k]);

      gtk_button_set_label (GTK_BUTTON (self->kind_buttons[k]), label);
      gtk_widget_set_visible (self->kind_buttons[k], counts[k] > 0);
    }
}

/**
 * liaison_sidebar_set_document:
 * @self: a sidebar
 * @document: (nullable): the document whose actors to list
 */
void
liaison_sidebar_set_document (LiaisonSidebar  *self,
                              LiaisonDocument *document)
{
  g_return_if_fail (LIAISON_IS_SIDEBAR (self));

  g_set_object (&self->document, document);
  /* Through NULL, so that every row is bound again: after an edit, names and kinds change. */
  gtk_filter_list_model_set_model (self->filtered, NULL);
  gtk_filter_list_model_set_model (self->filtered,
                                   document ? liaison_document_get_actors (document) : NULL);
  update_kind_buttons (self);
}

/**
 * liaison_sidebar_select_actor:
 * @self: a sidebar
 * @actor: (nullable): the actor the map selected
 *
 * Selects its row (if the filters show it) without telling back.
 */
void
liaison_sidebar_select_actor (LiaisonSidebar *self,
                              LiaisonActor   *actor)
{
  guint n;

  g_return_if_fail (LIAISON_IS_SIDEBAR (self));

  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  for (guint i = 0; actor != NULL && i < n; i++)
    {
      g_autoptr(LiaisonActor) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (item == actor)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  self->updating = FALSE;
}

/**
 * liaison_sidebar_focus_search:
 * @self: a sidebar
 */
void
liaison_sidebar_focus_search (LiaisonSidebar *self)
{
  g_return_if_fail (LIAISON_IS_SIDEBAR (self));

  gtk_widget_grab_focus (self->search_entry);
}

guint
liaison_sidebar_get_hidden_kinds (LiaisonSidebar *self)
{
  g_return_val_if_fail (LIAISON_IS_SIDEBAR (self), 0);

  return self->hidden_kinds;
}

GtkWidget *
liaison_sidebar_get_search_entry (LiaisonSidebar *self)
{
  g_return_val_if_fail (LIAISON_IS_SIDEBAR (self), NULL);

  return self->search_entry;
}

GListModel *
liaison_sidebar_get_model (LiaisonSidebar *self)
{
  g_return_val_if_fail (LIAISON_IS_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->selection);
}

static void
liaison_sidebar_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LiaisonSidebar *self = LIAISON_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_HIDDEN_KINDS:
      g_value_set_uint (value, self->hidden_kinds);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_sidebar_dispose (GObject *object)
{
  LiaisonSidebar *self = LIAISON_SIDEBAR (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (liaison_sidebar_parent_class)->dispose (object);
}

static void
liaison_sidebar_class_init (LiaisonSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_sidebar_dispose;
  object_class->get_property = liaison_sidebar_get_property;

  properties[PROP_HIDDEN_KINDS] =
    g_param_spec_uint ("hidden-kinds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LiaisonSidebar::actor-selected:
   * @actor: the actor whose row was chosen
   */
  signals[ACTOR_SELECTED] = g_signal_new ("actor-selected", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                          LIAISON_TYPE_ACTOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "liaison-sidebar");
}

static void
liaison_sidebar_init (LiaisonSidebar *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _("Search Actors"), NULL);
  gtk_widget_set_margin_top (self->search_entry, 6);
  gtk_widget_set_margin_start (self->search_entry, 6);
  gtk_widget_set_margin_end (self->search_entry, 6);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->search_entry);

  /* One toggle per kind: off hides that kind from the list and the map. */
  self->kinds_box = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->kinds_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->kinds_box), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->kinds_box), 2);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->kinds_box), TRUE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->kinds_box), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->kinds_box), 4);
  gtk_widget_set_margin_start (self->kinds_box, 6);
  gtk_widget_set_margin_end (self->kinds_box, 6);
  for (guint k = 0; k < LIAISON_N_ACTOR_KINDS; k++)
    {
      self->kind_buttons[k] = gtk_toggle_button_new_with_label (liaison_actor_kind_get_label (k));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->kind_buttons[k]), TRUE);
      gtk_widget_add_css_class (self->kind_buttons[k], "kind-toggle");
      g_object_set_data (G_OBJECT (self->kind_buttons[k]), "liaison-kind", GUINT_TO_POINTER (k));
      g_signal_connect (self->kind_buttons[k], "toggled", G_CALLBACK (kind_toggled_cb), self);
      gtk_flow_box_append (GTK_FLOW_BOX (self->kinds_box), self->kind_buttons[k]);
    }
  gtk_box_append (GTK_BOX (self->box), self->kinds_box);

  self->filter = gtk_custom_filter_new (matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory);
  gtk_widget_add_css_class (self->list_view, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Actors"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list_view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self->box), scrolled);
  update_kind_buttons (self);
}

/**
 * liaison_sidebar_new:
 *
 * Returns: (transfer full): an empty actor list
 */
GtkWidget *
liaison_sidebar_new (void)
{
  return g_object_new (LIAISON_TYPE_SIDEBAR, NULL);
}
