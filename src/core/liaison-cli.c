/* liaison-cli.c — what `liaison --export` does, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "liaison-cli.h"
#include "liaison-export.h"
#include "liaison-core.h"
#include "liaison-document-io.h"
#include "liaison-interop.h"
#include "liaison-open.h"

G_DEFINE_QUARK (liaison-cli-error-quark, liaison_cli_error)

typedef enum
{
  OUTPUT_NATIVE,
  OUTPUT_GRAPH,
  OUTPUT_IMAGE,
} OutputKind;

/**
 * liaison_cli_exit_status:
 * @error: the error liaison_cli_export() set
 *
 * Returns: 2 for a mistake in the command line, 1 for a problem with the input or the output
 */
int
liaison_cli_exit_status (const GError *error)
{
  g_return_val_if_fail (error != NULL, 1);

  return error->domain == LIAISON_CLI_ERROR && error->code == LIAISON_CLI_ERROR_USAGE ? 2 : 1;
}

static const char *
extension_of (const char *path)
{
  const char *base = strrchr (path, '/');
  const char *dot = strrchr (base ? base : path, '.');

  return dot ? dot + 1 : "";
}

/* Prefixes an error's message with the file it is about: "article.txt: The text is empty". */
static void
prefix_error (GError     **error,
              const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_prefix_error (error, "%s: ", display);
}

/**
 * liaison_cli_read_input:
 * @input: (nullable): a path or URI, see liaison_open_file(); %NULL for the bundled example
 * @error: return location for a #GError; its message starts with the file name
 *
 * Returns: (transfer full): a document holding what @input contains
 */
LiaisonDocument *
liaison_cli_read_input (const char  *input,
                        GError     **error)
{
  g_autoptr(GFile) file = NULL;
  LiaisonDocument *document;

  if (input == NULL)
    return liaison_open_example ();

  file = g_file_new_for_commandline_arg (input);
  if (!(document = liaison_open_file (file, NULL, error)))
    prefix_error (error, input);

  return document;
}

static gboolean
parse_format (const char         *output,
              const char         *format,
              OutputKind         *kind,
              LiaisonGraphFormat *graph_format,
              LiaisonImageFormat *image_format,
              GError            **error)
{
  g_autofree char *probe = NULL;
  const char *name = format;

  if (name == NULL)
    {
      if (g_strcmp0 (output, "-") == 0)
        {
          g_set_error_literal (error, LIAISON_CLI_ERROR, LIAISON_CLI_ERROR_USAGE,
                               _("--export=- needs --format to say what to write"));
          return FALSE;
        }
      name = extension_of (output);
    }

  if (g_ascii_strcasecmp (name, "liaison") == 0 || g_ascii_strcasecmp (name, "json") == 0)
    {
      *kind = OUTPUT_NATIVE;
      return TRUE;
    }

  probe = g_strconcat ("x.", name, NULL);
  if (liaison_graph_format_from_extension (probe, graph_format))
    {
      *kind = OUTPUT_GRAPH;
      return TRUE;
    }

  if (liaison_image_format_from_name (name, image_format))
    {
      *kind = OUTPUT_IMAGE;
      return TRUE;
    }

  if (*name == '\0')
    g_set_error_literal (error, LIAISON_CLI_ERROR, LIAISON_CLI_ERROR_USAGE,
                         _("Cannot tell the export format: give the output file an extension "
                           "(.liaison, .json, .graphml, .gexf, .dot, .csv, .png, .svg, .pdf) or "
                           "use --format"));
  else
    g_set_error (error, LIAISON_CLI_ERROR, LIAISON_CLI_ERROR_USAGE,
                 _("Unknown export format “%s”: use liaison, json, graphml, gexf, dot, csv, png, "
                   "svg or pdf"), name);

  return FALSE;
}

/* A file's identity, following links: on a local file system its device and inode, which two
 * hard links share too. */
static char *
dup_file_id (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info ? g_strdup (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE))
              : NULL;
}

/* TRUE if writing @output would overwrite @input, however either is written: a relative or
 * absolute path, a file:// URI, a link or a hard link to it. Both are read as write_output()
 * and liaison_cli_read_input() read them, so that no spelling gets past this check. */
static gboolean
same_file (const char *output,
           const char *input)
{
  g_autoptr(GFile) output_file = NULL;
  g_autoptr(GFile) input_file = NULL;
  g_autofree char *output_id = NULL;
  g_autofree char *input_id = NULL;

  if (input == NULL || g_strcmp0 (output, "-") == 0)
    return FALSE;

  output_file = g_file_new_for_commandline_arg (output);
  input_file = g_file_new_for_commandline_arg (input);
  if (g_file_equal (output_file, input_file))
    return TRUE;

  output_id = dup_file_id (output_file);
  input_id = dup_file_id (input_file);

  return output_id != NULL && input_id != NULL && strcmp (output_id, input_id) == 0;
}

static gboolean
write_output (const char  *output,
              GBytes      *bytes,
              GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GFile) file = NULL;

  if (g_strcmp0 (output, "-") == 0)
    {
      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("standard output: %s"), g_strerror (saved));
          return FALSE;
        }
      return TRUE;
    }

  /* Never a truncated file, even when interrupted. */
  file = g_file_new_for_commandline_arg (output);
  if (!liaison_file_write_atomically (file, data, length, FALSE, NULL, error))
    {
      prefix_error (error, output);
      return FALSE;
    }

  return TRUE;
}

static GBytes *
steal_bytes (GOutputStream *stream)
{
  g_output_stream_close (stream, NULL, NULL);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

/* "map.csv" -> "map-edges.csv": Gephi's spreadsheet import wants nodes and edges apart. */
static char *
edges_path_for (const char *output)
{
  const char *ext = extension_of (output);
  gsize stem = (gsize) (ext - output) - (*ext ? 1 : 0);

  return g_strdup_printf ("%.*s-edges.%s", (int) stem, output, *ext ? ext : "csv");
}

/**
 * liaison_cli_export:
 * @output: where to write: a path, or "-" for standard output
 * @inputs: (nullable) (array zero-terminated=1): what to read, see liaison_cli_read_input();
 *   %NULL or empty for the bundled example; several make one map of them all
 * @format: (nullable): the output format's name; %NULL to take it from @output's extension
 * @image: (nullable): scale and palette for PNG, SVG and PDF, or %NULL for the defaults
 * @error: return location for a #GError, whose message is one line naming the file
 *
 * Reads @inputs and writes them in the output format. CSV writes two files, @output with the
 * nodes and "<stem>-edges.csv" with the edges. Never writes over an input.
 *
 * Returns: %TRUE on success; see liaison_cli_exit_status() for the exit status on failure
 */
gboolean
liaison_cli_export (const char                *output,
                    const char * const        *inputs,
                    const char                *format,
                    const LiaisonImageOptions *image,
                    GError                   **error)
{
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  LiaisonGraphFormat graph_format = LIAISON_GRAPH_FORMAT_GRAPHML;
  LiaisonImageFormat image_format = LIAISON_IMAGE_FORMAT_PNG;
  OutputKind kind;

  g_return_val_if_fail (output != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (*output == '\0')
    {
      g_set_error_literal (error, LIAISON_CLI_ERROR, LIAISON_CLI_ERROR_USAGE,
                           _("--export needs a file name, or - for standard output"));
      return FALSE;
    }

  if (!parse_format (output, format, &kind, &graph_format, &image_format, error))
    return FALSE;

  if (kind == OUTPUT_GRAPH && graph_format == LIAISON_GRAPH_FORMAT_CSV &&
      g_strcmp0 (output, "-") == 0)
    {
      g_set_error_literal (error, LIAISON_CLI_ERROR, LIAISON_CLI_ERROR_USAGE,
                           _("CSV export writes two files, nodes and edges: give a file name"));
      return FALSE;
    }

  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    if (same_file (output, inputs[i]))
      {
        g_set_error (error, LIAISON_CLI_ERROR, LIAISON_CLI_ERROR_USAGE,
                     _("%s: will not overwrite the input file"), output);
        return FALSE;
      }

  if (!(document = liaison_cli_read_input (inputs ? inputs[0] : NULL, error)))
    return FALSE;

  /* Several inputs: one map of them all, as Add an Article does in the window. */
  for (guint i = 1; inputs != NULL && inputs[0] != NULL && inputs[i] != NULL; i++)
    {
      g_autoptr(LiaisonDocument) other = NULL;

      if (!(other = liaison_cli_read_input (inputs[i], error)))
        return FALSE;
      if (!liaison_document_add_document (document, other, error))
        {
          prefix_error (error, inputs[i]);
          return FALSE;
        }
    }

  if (kind == OUTPUT_IMAGE)
    {
      if (!(bytes = liaison_export_image (document, image_format, image, error)))
        {
          prefix_error (error, output);
          return FALSE;
        }
      return write_output (output, bytes, error);
    }

  if (kind == OUTPUT_NATIVE)
    {
      gsize length;
      char *data = liaison_document_save_to_data (document, &length);

      bytes = g_bytes_new_take (data, length);
      return write_output (output, bytes, error);
    }
  else
    {
      g_autoptr(GOutputStream) nodes = g_memory_output_stream_new_resizable ();
      g_autoptr(GOutputStream) edges = NULL;

      if (graph_format == LIAISON_GRAPH_FORMAT_CSV)
        edges = g_memory_output_stream_new_resizable ();

      if (!liaison_export_graph (document, graph_format, nodes, edges, NULL, error))
        {
          prefix_error (error, output);
          return FALSE;
        }

      if (edges != NULL)
        {
          g_autofree char *edges_path = edges_path_for (output);
          g_autoptr(GBytes) edge_bytes = steal_bytes (edges);

          for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
            if (same_file (edges_path, inputs[i]))
              {
                g_set_error (error, LIAISON_CLI_ERROR, LIAISON_CLI_ERROR_USAGE,
                             _("%s: will not overwrite the input file"), edges_path);
                return FALSE;
              }
          if (!write_output (edges_path, edge_bytes, error))
            return FALSE;
        }

      bytes = steal_bytes (nodes);
      return write_output (output, bytes, error);
    }
}
