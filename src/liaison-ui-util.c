/* liaison-ui-util.c — small pieces the GTK shell's widgets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "liaison-ui-util.h"

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  max_width_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (max_width_chars) > 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (max_width_chars));
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      string ? gtk_string_object_get_string (string) : "");
}

static GtkListItemFactory *
label_factory (int max_width_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (max_width_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  return factory;
}

/**
 * liaison_drop_down_ellipsize:
 * @drop_down: a drop-down of a #GtkStringList
 *
 * Shows the chosen string ellipsized, so that a long actor name or headline does not widen the
 * pane the drop-down is in; the list that pops up shows every string whole.
 */
void
liaison_drop_down_ellipsize (GtkDropDown *drop_down)
{
  g_autoptr(GtkListItemFactory) shown = label_factory (18);
  g_autoptr(GtkListItemFactory) listed = label_factory (0);

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  gtk_drop_down_set_factory (drop_down, shown);
  gtk_drop_down_set_list_factory (drop_down, listed);
}
