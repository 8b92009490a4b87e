/* extract.c — how fast Liaison reads articles
 *
 *   bench/extract [MEGABYTES]
 *
 * Reports, each as a ratio against a baseline measured in the same run on the same text:
 *  - the bundled article: extraction time against validating and tokenising nothing but its
 *    bytes (g_utf8_validate + a character count), median of many runs;
 *  - the bundled article repeated to a large size (default 8 MB): throughput in MB/s when
 *    the actors recur, as in a long report or a file of related ones;
 *  - a generated input of the same size, reports in the genre with two new persons and a new
 *    body every 900 bytes, so that the document keeps growing (a worst case): throughput in
 *    MB/s and the same ratio.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "liaison-core.h"
#include "liaison-extract.h"

static const char *countries[] = {
  "Kenya", "China", "Brazil", "Germany", "India", "Japan", "Nigeria", "France", "Mexico",
  "Indonesia", "Egypt", "Canada", "Chile", "Vietnam", "Ghana", "Norway", "Peru", "Turkey",
};
static const char *demonyms[] = {
  "Kenyan", "Chinese", "Brazilian", "German", "Indian", "Japanese", "Nigerian", "French",
  "Mexican", "Indonesian", "Egyptian", "Canadian", "Chilean", "Vietnamese", "Ghanaian",
  "Norwegian", "Peruvian", "Turkish",
};
static const char *titles[] = { "President", "Foreign Minister", "Prime Minister",
                                "Trade Minister" };
static const char *syllables[] = { "ka", "lo", "mi", "ne", "ru", "sa", "to", "va", "de", "ji",
                                   "ho", "pe", "zu", "ba", "ri", "no" };
static const char *fields[] = { "railway", "agriculture", "tourism", "education", "aviation",
                                "renewable energy", "health", "trade" };

static void
append_name (GString *out,
             guint    seed)
{
  for (guint part = 0; part < 2; part++)
    {
      guint n = 2 + (seed % 2);

      for (guint i = 0; i < n; i++)
        {
          const char *s = syllables[(seed >> (4 * i + 8 * part)) % G_N_ELEMENTS (syllables)];

          g_string_append_c (out, i == 0 ? g_ascii_toupper (s[0]) : s[0]);
          g_string_append (out, s + 1);
        }
      if (part == 0)
        g_string_append_c (out, ' ');
    }
}

/* One report: two persons of two countries meet, speak, pledge cooperation in some fields
 * under a programme of a body with a made-up name. */
static void
append_report (GString *out,
               guint    n)
{
  guint a = n % G_N_ELEMENTS (countries), b = (n * 7 + 3) % G_N_ELEMENTS (countries);
  guint seed_a = g_int_hash (&n) * 2654435761u, seed_b = seed_a ^ 0x9e3779b9u;
  g_autoptr(GString) name_a = g_string_new (NULL);
  g_autoptr(GString) name_b = g_string_new (NULL);

  if (a == b)
    b = (b + 1) % G_N_ELEMENTS (countries);
  append_name (name_a, seed_a);
  append_name (name_b, seed_b);

  g_string_append_printf (out,
    "%s %s %s met %s %s %s in the capital on Monday, with both sides pledging to deepen "
    "cooperation.\n\n"
    "%s said that %s-%s relations have been developing smoothly and that %s supports the "
    "%s Regional Development Programme %u.\n\n"
    "“%s is willing to deepen cooperation with %s in such fields as %s, %s and %s,” he said.\n\n"
    "%s also met the %s Chamber of Commerce %u and said %s is committed to its partnership "
    "with %s.\n\n",
    demonyms[a], titles[n % G_N_ELEMENTS (titles)], name_a->str,
    demonyms[b], titles[(n + 1) % G_N_ELEMENTS (titles)], name_b->str,
    strrchr (name_a->str, ' ') + 1, countries[a], countries[b], countries[a], demonyms[b], n,
    countries[b], countries[a], fields[n % 8], fields[(n + 3) % 8], fields[(n + 5) % 8],
    strrchr (name_b->str, ' ') + 1, demonyms[b], n % 500, countries[b], countries[a]);
}

static double
baseline_seconds (const char *text)
{
  gint64 start = g_get_monotonic_time ();
  volatile glong chars;

  g_assert (g_utf8_validate (text, -1, NULL));
  chars = g_utf8_strlen (text, -1);
  (void) chars;

  return (g_get_monotonic_time () - start) / 1e6;
}

static double
extract_seconds (const char *text,
                 guint      *n_actors,
                 guint      *n_relations)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autoptr(LiaisonArticle) article = liaison_article_new_from_text (text);
  g_autoptr(GError) error = NULL;
  gint64 start;

  liaison_document_add_article (document, article);
  start = g_get_monotonic_time ();
  if (!liaison_extract_article (document, article, &error))
    g_error ("%s", error->message);
  if (n_actors != NULL)
    *n_actors = g_list_model_get_n_items (liaison_document_get_actors (document));
  if (n_relations != NULL)
    *n_relations = g_list_model_get_n_items (liaison_document_get_relations (document));

  return (g_get_monotonic_time () - start) / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, (GCompareFunc) compare_doubles);
  return values[n / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonArticle) example = liaison_article_new_example ();
  const char *seed_text = liaison_article_get_text (example);
  double megabytes = argc > 1 ? g_ascii_strtod (argv[1], NULL) : 8.0;
  g_autoptr(GString) big = g_string_new (NULL);
  double ours[51], base[51], t_big, t_base;
  guint n_actors = 0, n_relations = 0;

  /* Warm up: the knowledge base loads once per process. */
  extract_seconds (seed_text, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (ours); i++)
    {
      ours[i] = extract_seconds (seed_text, NULL, NULL);
      base[i] = baseline_seconds (seed_text);
    }
  g_print ("bundled article (%zu bytes): %.3f ms per extraction; %.0fx a validating pass "
           "(%.4f ms)\n",
           strlen (seed_text), median (ours, G_N_ELEMENTS (ours)) * 1e3,
           median (ours, G_N_ELEMENTS (ours)) / median (base, G_N_ELEMENTS (base)),
           median (base, G_N_ELEMENTS (base)) * 1e3);

  while (big->len < megabytes * 1024 * 1024)
    {
      g_string_append (big, seed_text);
      g_string_append (big, "\n\n");
    }
  t_base = baseline_seconds (big->str);
  t_big = extract_seconds (big->str, &n_actors, &n_relations);
  g_print ("bundled article repeated (%.1f MB, %u actors, %u relations): %.2f s, %.2f MB/s; "
           "%.0fx a validating pass (%.3f s)\n",
           big->len / 1048576.0, n_actors, n_relations, t_big, big->len / 1048576.0 / t_big,
           t_big / t_base, t_base);

  g_string_truncate (big, 0);
  for (guint n = 0; big->len < megabytes * 1024 * 1024; n++)
    append_report (big, n);

  t_base = baseline_seconds (big->str);
  t_big = extract_seconds (big->str, &n_actors, &n_relations);
  g_print ("generated reports (%.1f MB, %u actors, %u relations): %.2f s, %.2f MB/s; %.0fx a "
           "validating pass (%.3f s)\n",
           big->len / 1048576.0, n_actors, n_relations, t_big, big->len / 1048576.0 / t_big,
           t_big / t_base, t_base);

  return 0;
}
