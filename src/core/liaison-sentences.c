/* liaison-sentences.c — the first stage of extraction: sentences and quoted speech
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pango's sentence boundaries follow Unicode's UAX #29, which breaks after "Sen." before a
 * capitalised name and after every initial, so this is a scanner of its own, written for the
 * way news agencies write English. Its rules:
 *
 * Sentences
 * - A sentence ends at ".", "!", "?", "…" or a run of them ("...", "?!"), together with the
 *   closing quote marks and brackets right after it, when white space follows. A full stop
 *   glued to the next character ("U.S", "3.5", "a.m.,") never ends one, and neither does one
 *   followed by a single non-breaking space, which writers use to keep "Mr. X" together.
 * - It does not end when the next word starts in lower case or with ",", ";" or ":".
 * - A full stop after a single capital letter (an initial, "J.") or after a title in
 *   data/extraction/abbreviations.json ("Mr.", "Gen.", "Jan.") does not end a sentence.
 *   "No." and the like are abbreviations only before a number.
 * - An abbreviation that may close a sentence ("U.S.", "a.m.", "Inc.", and any dotted letter
 *   group such as "N.A.T.O.") ends it only when the next word typically starts a sentence:
 *   "The", "He", "In", "According", an opening quote mark... "talks in the U.S. The
 *   minister" splits, "the U.S. Secretary of State" and "10 a.m. Monday" do not. A proper
 *   noun after a sentence-final "U.S." is therefore joined to it: the cheaper error, since a
 *   split inside a sentence loses its relations while a join only lengthens the evidence.
 * - A closing quote ending in a full stop followed by a short speaker tag ("…results.” Ndlovu
 *   said.") is one sentence with its tag, as journalists read it; "…,” he added." is one
 *   sentence anyway, since "he" is lower case.
 * - A paragraph break always ends a sentence. A blank line is a paragraph break, and so is a
 *   single line break, as in text copied from a web page, unless the text plainly runs on
 *   across it: the next line starts in lower case, or the line ends with a comma, a dash, a
 *   title abbreviation or a word like "the" or "of". Hard-wrapped text that breaks a line
 *   right before a capitalised word is split there.
 * - No sentence is longer than MAX_SENTENCE_BYTES: text that runs on past it without a full
 *   stop (a list, a table pasted as one line) is cut at the next space. News sentences are a
 *   few hundred characters; later stages may take time quadratic in a sentence's length, and
 *   the detail panel shows sentences whole.
 *
 * Quotes
 * - Double quote marks open and close quotes: “ ” „ « » and the straight ", whose role comes
 *   from its position and from whether a quote is open. Single quotes are left alone: they
 *   double as apostrophes, and nested quotes use them, so they stay inside the quote.
 * - A quote that is not closed by the end of its paragraph ends there, unless the next
 *   paragraph opens with a quote mark: the press convention for a quote running over several
 *   paragraphs. An opening mark inside an open quote closes the open one where it stands.
 * - The quoted words exclude the marks, surrounding white space and a trailing comma.
 * - The speaker is found after the quote ("…,” he added.", "…” Ndlovu said.", "…,” said the
 *   minister.", "…,” Ndlovu, the minister, told reporters.", "…,” according to Ndlovu.") or before
 *   it ("Ndlovu said, “…”", "Ndlovu said: “…”", "According to Ndlovu, “…”"). After a quote that ends
 *   in a full stop, the tag must also end soon after its verb, so that "“…” Ndlovu said the
 *   deal…" is not taken as a tag. A quote with no tag of its own right after a tagged one
 *   ("“…,” Ndlovu said. “…”") has the same speaker. Quoted terms ("the “nine programs”") are
 *   quotes too, without a speaker.
 *
 * Every look-around is bounded, so both passes are linear in the length of the text.
 */

#define G_LOG_DOMAIN "liaison-sentences"

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "liaison-sentences.h"
#include "liaison-core.h"

#define ABBREVIATIONS_PATH LIAISON_CORE_RESOURCE_PATH "/extraction/abbreviations.json"
#define EXTRACTION_FORMAT  "liaison-extraction/1"

/* About ten times the longest sentence of the evaluation articles. */
#define MAX_SENTENCE_BYTES 2048

/* Longer than any word in the lists below: a longer word is in none of them. */
#define MAX_WORD_BYTES   32
/* How far a speaker tag may reach from its quote. */
#define TAG_MAX_BYTES    400
#define TAG_MAX_TOKENS   32
#define PRE_TAG_TOKENS   16
/* "the Kenyan president", "Foreign Minister X", "a spokesperson for the ministry". */
#define NP_MAX_WORDS     6
#define APPOSITION_WORDS 8
#define ADJUNCT_WORDS    6
#define OBJECT_WORDS     3

/* The grammar of speaker tags is a closed set of words, kept here with the code that reads
 * it; the abbreviations, which grow with the articles read, are a data file. */

/* Matched as written, in lower case, so that "the United States said" is not "States". */
static const char * const speech_verbs[] = {
  "acknowledged", "added", "adds", "admitted", "affirmed", "agreed", "announced", "argued",
  "asked", "asks", "assured", "cautioned", "claimed", "commented", "conceded", "concluded",
  "confirmed", "continued", "countered", "declared", "demanded", "disagreed", "emphasised",
  "emphasises", "emphasized", "emphasizes", "explained", "highlighted", "informed", "insisted",
  "maintained", "noted", "notes", "observed", "pledged", "pointed", "posted", "predicted",
  "promised", "proposed", "quipped", "reaffirmed", "recalled", "reiterated", "remarked",
  "reminded", "replied", "responded", "said", "say", "says", "stated", "states", "stressed",
  "stresses", "suggested", "tell", "tells", "told", "tweeted", "underlined", "underscored",
  "urged", "vowed", "warned", "wrote", "writes",
  NULL
};

/* Verbs that may take the person spoken to: "told reporters", "assured the delegation". */
static const char * const object_verbs[] = {
  "asked", "assured", "informed", "reminded", "tell", "tells", "told", "urged", "warned",
  NULL
};

/* Between a speaker and the verb: "Ndlovu also said". */
static const char * const adverbs[] = {
  "additionally", "again", "also", "earlier", "firmly", "further", "later", "once",
  "previously", "privately", "publicly", "quietly", "recently", "repeatedly", "reportedly",
  "separately", "similarly", "simply", "subsequently", "then",
  NULL
};

/* Words that start what may follow a tag's verb: "said on Monday", "told reporters after". */
static const char * const adjunct_starters[] = {
  "according", "addressing", "afterward", "afterwards", "after", "again", "ahead", "also",
  "as", "at", "before", "by", "during", "earlier", "following", "friday", "from", "here",
  "in", "last", "late", "later", "monday", "now", "on", "once", "over", "recently",
  "referring", "saturday", "speaking", "sunday", "then", "there", "this", "through",
  "thursday", "to", "today", "tomorrow", "tonight", "tuesday", "upon", "via", "wednesday",
  "when", "while", "with", "yesterday",
  NULL
};

static const char * const determiners[] = {
  "a", "an", "another", "her", "his", "its", "my", "our", "the", "their", "these", "this",
  "those", "your",
  NULL
};

static const char * const pronouns[] = {
  "he", "i", "it", "she", "they", "we", "you",
  NULL
};

/* Words that cannot start or (going backwards from the verb) extend a speaker's name. */
static const char * const np_stops[] = {
  "about", "additionally", "after", "against", "also", "and", "are", "as", "at", "be",
  "because", "been", "before", "being", "between", "but", "by", "can", "could", "did", "do",
  "does", "during", "earlier", "finally", "for", "from", "furthermore", "had", "has", "have",
  "here", "however", "if", "in", "into", "is", "later", "may", "meanwhile", "might",
  "moreover", "must", "nor", "not", "now", "of", "on", "or", "over", "separately", "should",
  "since", "so", "subsequently", "than", "that", "then", "there", "to", "today", "under",
  "until", "was", "were", "when", "where", "which", "while", "who", "whom", "whose", "will",
  "with", "without", "would", "yesterday",
  NULL
};

/* Words that end a speaker's name placed after the verb: "said Ndlovu, who…". */
static const char * const clause_words[] = {
  "adding", "although", "as", "because", "noting", "saying", "stressing", "that", "though",
  "which", "while", "who", "whom", "whose",
  NULL
};

/* A line ending in one of these runs on into the next. */
static const char * const line_end_words[] = {
  "a", "about", "after", "an", "and", "are", "as", "at", "before", "between", "but", "by",
  "for", "from", "had", "has", "have", "her", "his", "in", "into", "is", "its", "of", "on",
  "or", "our", "over", "said", "says", "than", "that", "the", "their", "to", "told", "under",
  "was", "were", "which", "who", "will", "with", "would",
  NULL
};

/* Words that typically open a sentence, matched as written: after "U.S." they tell a new
 * sentence from a proper noun ("the U.S. The" against "the U.S. Senate"). */
static const char * const sentence_starters[] = {
  "A", "According", "After", "Also", "Although", "An", "And", "As", "Asked", "At", "Because",
  "Before", "Both", "But", "During", "Each", "Earlier", "For", "Furthermore", "He", "Her",
  "Here", "His", "How", "However", "I", "If", "In", "It", "Its", "Last", "Later", "Many",
  "Meanwhile", "Moreover", "Most", "My", "Neither", "Nevertheless", "Next", "Now", "On", "Our",
  "Over", "Several", "She", "Since", "So", "Some", "Speaking", "Still", "Such", "That",
  "The", "Their", "Then", "There", "These", "They", "This", "Those", "Though", "Today",
  "Tomorrow", "Under", "We", "What", "When", "Where", "While", "Who", "Why", "With",
  "Without", "Yesterday", "Yet", "You",
  NULL
};

typedef struct
{
  GHashTable *titles;
  GHashTable *may_end;
  GHashTable *before_number;
  GHashTable *speech_verbs;
  GHashTable *object_verbs;
  GHashTable *adverbs;
  GHashTable *adjunct_starters;
  GHashTable *determiners;
  GHashTable *pronouns;
  GHashTable *np_stops;
  GHashTable *clause_words;
  GHashTable *line_end_words;
  GHashTable *sentence_starters;
} Lexicon;

typedef enum
{
  DOT_PLAIN,
  DOT_TITLE,
  DOT_BEFORE_NUMBER,
  DOT_MAY_END,
} DotKind;

typedef enum
{
  TOKEN_NONE,
  TOKEN_WORD,
  TOKEN_PUNCT,
  TOKEN_END,
} TokenKind;

/* A word or a punctuation mark; TOKEN_END marks a paragraph break or the end of the text,
 * TOKEN_NONE a position past what was read. */
typedef struct
{
  TokenKind kind;
  gsize     start;
  gsize     end;
  gunichar  ch;
} Token;

typedef struct
{
  const Token *tokens;
  guint        n_tokens;
} TokenList;

/* Where a speaker tag names the speaker and its verb; end is where the tag stops. */
typedef struct
{
  gsize speaker_start;
  gsize speaker_end;
  gsize verb_start;
  gsize verb_end;
  gsize end;
} Attribution;

/* Converts byte offsets to character offsets by counting from the last conversion, so that a
 * pass over the text converts in linear time overall. */
typedef struct
{
  const char *text;
  gsize       byte;
  guint       chr;
} OffsetCursor;

typedef struct
{
  gsize    open_mark;
  gsize    start;
  gsize    end;
  gsize    close_end;
  gunichar last;
  gboolean closed;
} RawQuote;

/* Lexicon */

static GHashTable *
string_set_new (const char * const *words)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (; *words != NULL; words++)
    g_hash_table_add (set, (gpointer) *words);

  return set;
}

static GHashTable *
read_string_set (JsonObject *root,
                 const char *member)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  if (!json_object_has_member (root, member) ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, member)))
    {
      g_critical ("%s: no “%s” list", ABBREVIATIONS_PATH, member);
      return set;
    }

  array = json_object_get_array_member (root, member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *entry;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_critical ("%s: “%s” item %u is not a string", ABBREVIATIONS_PATH, member, i);
          continue;
        }

      entry = json_node_get_string (node);
      if (strlen (entry) > MAX_WORD_BYTES || !g_str_has_suffix (entry, "."))
        {
          g_critical ("%s: “%s” is not an abbreviation", ABBREVIATIONS_PATH, entry);
          continue;
        }

      g_hash_table_add (set, g_strdup (entry));
    }

  return set;
}

static void
load_abbreviations (Lexicon *lex)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  JsonObject *root;
  gpointer key;

  lex->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  liaison_core_init ();
  bytes = g_resources_lookup_data (ABBREVIATIONS_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), &error))
    {
      /* Compiled in: a broken list is a packaging bug, which the tests catch. */
      g_critical ("Cannot read %s: %s", ABBREVIATIONS_PATH, error->message);
      lex->may_end = g_hash_table_new (g_str_hash, g_str_equal);
      lex->before_number = g_hash_table_new (g_str_hash, g_str_equal);
      return;
    }

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ||
      g_strcmp0 (json_object_get_string_member_with_default (
                   json_node_get_object (json_parser_get_root (parser)), "format", NULL),
                 EXTRACTION_FORMAT) != 0)
    {
      g_critical ("%s: the format is not %s", ABBREVIATIONS_PATH, EXTRACTION_FORMAT);
      lex->may_end = g_hash_table_new (g_str_hash, g_str_equal);
      lex->before_number = g_hash_table_new (g_str_hash, g_str_equal);
      return;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  entries = read_string_set (root, "entries");
  lex->may_end = read_string_set (root, "may-end-sentence");
  lex->before_number = read_string_set (root, "before-number");

  /* The two special lists refine "entries"; everything else in it is a title. */
  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (!g_hash_table_contains (lex->may_end, key) &&
          !g_hash_table_contains (lex->before_number, key))
        g_hash_table_add (lex->titles, g_strdup (key));
    }

  g_hash_table_iter_init (&iter, lex->may_end);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (entries, key))
      g_critical ("%s: “%s” is not among the entries", ABBREVIATIONS_PATH, (char *) key);

  g_hash_table_iter_init (&iter, lex->before_number);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (entries, key))
      g_critical ("%s: “%s” is not among the entries", ABBREVIATIONS_PATH, (char *) key);
}

static gpointer
lexicon_new (gpointer data)
{
  Lexicon *lex = g_new0 (Lexicon, 1);

  load_abbreviations (lex);
  lex->speech_verbs = string_set_new (speech_verbs);
  lex->object_verbs = string_set_new (object_verbs);
  lex->adverbs = string_set_new (adverbs);
  lex->adjunct_starters = string_set_new (adjunct_starters);
  lex->determiners = string_set_new (determiners);
  lex->pronouns = string_set_new (pronouns);
  lex->np_stops = string_set_new (np_stops);
  lex->clause_words = string_set_new (clause_words);
  lex->line_end_words = string_set_new (line_end_words);
  lex->sentence_starters = string_set_new (sentence_starters);

  return lex;
}

/* The lexicon is built once and kept for the life of the process, like the resources it
 * comes from. */
static const Lexicon *
get_lexicon (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, lexicon_new, NULL);
}

/* Characters */

static inline gunichar
char_at (const char *text,
         gsize       pos)
{
  return g_utf8_get_char (text + pos);
}

static inline gsize
char_len (const char *text,
          gsize       pos)
{
  return (gsize) g_utf8_skip[(guchar) text[pos]];
}

static inline gboolean
is_continuation_byte (char byte)
{
  return ((guchar) byte & 0xC0) == 0x80;
}

/* The position of the character before @pos, never before @bound. */
static gsize
prev_pos (const char *text,
          gsize       bound,
          gsize       pos)
{
  g_assert (pos > bound);

  pos--;
  while (pos > bound && is_continuation_byte (text[pos]))
    pos--;

  return pos;
}

static inline gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}

static inline gboolean
is_space (gunichar c)
{
  /* Zero-width spaces and stray byte-order marks come with text copied from web pages. */
  return g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF;
}

static inline gboolean
is_nobreak_space (gunichar c)
{
  return c == 0xA0 || c == 0x2007 || c == 0x202F;
}

static inline gboolean
is_terminator (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x203C || c == 0x2047 ||
         c == 0x2048 || c == 0x2049;
}

static inline gboolean
is_double_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F ||
         c == 0xAB || c == 0xBB;
}

/* What may follow a sentence's final punctuation and still belong to it. */
static inline gboolean
is_closer (gunichar c)
{
  return c == '"' || c == 0x201D || c == '\'' || c == 0x2019 || c == 0xBB || c == 0x203A ||
         c == ')' || c == ']' || c == '}';
}

static inline gboolean
is_dash (gunichar c)
{
  return c == '-' || (c >= 0x2010 && c <= 0x2015);
}

/* What may come right before a word that starts something: a quote, a bracket, a dash. */
static inline gboolean
is_opening_punct (gunichar c)
{
  return c == '(' || c == '[' || c == '{' || c == '"' || c == 0x201C || c == 0x201E ||
         c == 0x201F || c == 0x2018 || c == 0xAB || c == 0x2039 || c == 0x2013 || c == 0x2014;
}

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static inline gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static inline gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Words */

static gboolean
word_in (GHashTable *set,
         const char *text,
         gsize       start,
         gsize       end,
         gboolean    fold)
{
  char word[MAX_WORD_BYTES + 1];
  gsize length = end - start;

  if (length == 0 || length > MAX_WORD_BYTES)
    return FALSE;

  memcpy (word, text + start, length);
  word[length] = '\0';
  if (fold)
    {
      for (gsize i = 0; i < length; i++)
        word[i] = g_ascii_tolower (word[i]);
    }

  return g_hash_table_contains (set, word);
}

/* Finds the word that ends right before @dot: back to white space or an opening mark. */
static gboolean
word_before (const char *text,
             gsize       bound,
             gsize       dot,
             gsize      *word_start)
{
  gsize p = dot;

  while (p > bound)
    {
      gsize q = prev_pos (text, bound, p);
      gunichar c = char_at (text, q);

      if (is_space (c) || is_opening_punct (c))
        break;
      p = q;
      if (dot - p > MAX_WORD_BYTES)
        return FALSE;
    }

  *word_start = p;

  return p < dot;
}

/* "U.S.", "a.m.", "N.A.T.O.": single letters, each followed by a full stop. */
static gboolean
is_dotted (const char *word)
{
  guint letters = 0;

  while (*word != '\0')
    {
      gunichar c = g_utf8_get_char (word);

      if (!g_unichar_isalpha (c))
        return FALSE;
      word = g_utf8_next_char (word);
      if (*word != '.')
        return FALSE;
      word++;
      letters++;
    }

  return letters >= 2;
}

/* What kind of word the full stop at @dot ends. */
static DotKind
classify_dot (const Lexicon *lex,
              const char    *text,
              gsize          bound,
              gsize          dot)
{
  char word[MAX_WORD_BYTES + 2];
  gsize start;

  if (!word_before (text, bound, dot, &start))
    return DOT_PLAIN;

  if (start + char_len (text, start) == dot && g_unichar_isupper (char_at (text, start)))
    return DOT_TITLE;

  memcpy (word, text + start, dot - start);
  word[dot - start] = '.';
  word[dot - start + 1] = '\0';

  if (g_hash_table_contains (lex->titles, word))
    return DOT_TITLE;
  if (g_hash_table_contains (lex->before_number, word))
    return DOT_BEFORE_NUMBER;
  if (g_hash_table_contains (lex->may_end, word) || is_dotted (word))
    return DOT_MAY_END;

  return DOT_PLAIN;
}

/* Whether the text at @pos typically starts a sentence: an opening quote or bracket, or a
 * word like "The" or "He". */
static gboolean
starts_sentence (const Lexicon *lex,
                 const char    *text,
                 gsize          len,
                 gsize          pos)
{
  gunichar c = char_at (text, pos);
  gsize end = pos;

  if (is_double_quote (c) || c == 0x2018 || c == '\'' || c == '(' || c == '[')
    return TRUE;

  while (end < len && end - pos <= MAX_WORD_BYTES && is_word_char (char_at (text, end)))
    end += char_len (text, end);

  return word_in (lex->sentence_starters, text, pos, end, FALSE);
}

/* Paragraphs */

/*
 * classify_break:
 * @prev_end: just past the last character before the break that is not white space
 * @pos: the first line break
 * @after: (out): the end of the white space that follows
 *
 * Returns: whether the white space at @pos holds a paragraph break
 */
static gboolean
classify_break (const Lexicon *lex,
                const char    *text,
                gsize          len,
                gsize          bound,
                gsize          prev_end,
                gsize          pos,
                gsize         *after)
{
  guint breaks = 0;
  gsize p = pos;
  gunichar last, next;

  while (p < len)
    {
      gunichar c = char_at (text, p);

      if (c == '\r' && text[p + 1] == '\n')
        {
          breaks++;
          p += 2;
        }
      else if (is_line_break (c))
        {
          breaks += c == 0x2029 ? 2 : 1;
          p += char_len (text, p);
        }
      else if (is_space (c))
        {
          p += char_len (text, p);
        }
      else
        {
          break;
        }
    }

  *after = p;

  if (breaks >= 2 || p >= len || prev_end <= bound)
    return TRUE;

  /* A single line break: a paragraph break unless the sentence plainly runs on. */
  next = char_at (text, p);
  if (g_unichar_islower (next))
    return FALSE;

  prev_end = prev_pos (text, bound, prev_end);
  last = char_at (text, prev_end);
  if (last == ',' || last == ';' || last == ':' || last == '(' || last == '/' || last == '&' ||
      is_dash (last))
    return FALSE;

  if (last == '.')
    {
      switch (classify_dot (lex, text, bound, prev_end))
        {
        case DOT_TITLE:
          return FALSE;
        case DOT_BEFORE_NUMBER:
          return !g_unichar_isdigit (next);
        case DOT_MAY_END:
          return starts_sentence (lex, text, len, p);
        case DOT_PLAIN:
        default:
          return TRUE;
        }
    }

  if (is_word_char (last))
    {
      gsize start = prev_end + char_len (text, prev_end);
      gsize end = start;

      while (start > bound && end - start < MAX_WORD_BYTES)
        {
          gsize q = prev_pos (text, bound, start);

          if (!is_word_char (char_at (text, q)))
            break;
          start = q;
        }

      if (word_in (lex->line_end_words, text, start, end, FALSE))
        return FALSE;
    }

  return TRUE;
}

/* Skips white space from @pos; *paragraph tells whether it held a paragraph break. */
static gsize
skip_ahead (const Lexicon *lex,
            const char    *text,
            gsize          len,
            gsize          bound,
            gsize          pos,
            gboolean      *paragraph)
{
  gsize prev_end = pos;

  *paragraph = FALSE;

  while (pos < len)
    {
      gunichar c = char_at (text, pos);

      if (is_line_break (c))
        {
          gsize after;

          *paragraph = classify_break (lex, text, len, bound, prev_end, pos, &after);
          return after;
        }
      if (!is_space (c))
        break;
      pos += char_len (text, pos);
    }

  return pos;
}

/* Whether the full stop at @dot belongs to an abbreviation that does not end the sentence
 * there. */
static gboolean
abbreviation_continues (const Lexicon *lex,
                        const char    *text,
                        gsize          len,
                        gsize          bound,
                        gsize          dot)
{
  DotKind kind = classify_dot (lex, text, bound, dot);
  gboolean paragraph;
  gunichar c;
  gsize p;

  if (kind == DOT_PLAIN || dot + 1 >= len)
    return FALSE;
  if (kind == DOT_TITLE)
    return TRUE;

  c = char_at (text, dot + 1);
  if (!is_space (c))
    return !is_closer (c) && kind == DOT_MAY_END;

  p = skip_ahead (lex, text, len, bound, dot + 1, &paragraph);
  if (paragraph || p >= len)
    return FALSE;

  c = char_at (text, p);
  if (kind == DOT_BEFORE_NUMBER)
    return g_unichar_isdigit (c);
  if (g_unichar_islower (c))
    return TRUE;

  return !starts_sentence (lex, text, len, p);
}

/* Tokens */

/* Reads the token at or after *pos, before @limit, and moves *pos past it. Words keep their
 * inner hyphens, apostrophes and full stops ("China-Africa", "Kenya’s", "U.S") and the full
 * stop of an abbreviation that does not end the sentence ("Sen.", "J."). */
static Token
read_token (const Lexicon *lex,
            const char    *text,
            gsize          len,
            gsize          bound,
            gsize         *pos,
            gsize          limit)
{
  Token token = { TOKEN_END, 0, 0, 0 };
  gsize p = *pos;
  gunichar c;

  while (p < limit)
    {
      c = char_at (text, p);

      if (is_line_break (c))
        {
          gsize after;

          if (classify_break (lex, text, len, bound, *pos, p, &after))
            {
              token.start = token.end = p;
              *pos = after;
              return token;
            }
          p = after;
          continue;
        }
      if (!is_space (c))
        break;
      p += char_len (text, p);
    }

  if (p >= limit)
    {
      /* Running into the limit is not the end of a paragraph. */
      if (p < len)
        token.kind = TOKEN_NONE;
      token.start = token.end = p;
      *pos = p;
      return token;
    }

  token.start = p;
  c = char_at (text, p);
  p += char_len (text, p);

  if (is_word_char (c))
    {
      token.kind = TOKEN_WORD;
      while (p < limit)
        {
          gunichar d = char_at (text, p);
          gsize d_len = char_len (text, p);

          if (is_word_char (d) ||
              ((is_apostrophe (d) || is_hyphen (d) || d == '.') &&
               p + d_len < limit && is_word_char (char_at (text, p + d_len))))
            p += d_len;
          else
            break;
        }

      if (p < limit && text[p] == '.' && abbreviation_continues (lex, text, len, bound, p))
        p++;
    }
  else if (is_terminator (c))
    {
      token.kind = TOKEN_PUNCT;
      token.ch = c;
      while (p < limit && is_terminator (char_at (text, p)))
        p += char_len (text, p);
    }
  else
    {
      token.kind = TOKEN_PUNCT;
      token.ch = c;
    }

  token.end = p;
  *pos = p;

  return token;
}

static const Token *
token_at (const TokenList *list,
          int              i)
{
  static const Token none = { TOKEN_NONE, 0, 0, 0 };

  if (i < 0 || (guint) i >= list->n_tokens)
    return &none;

  return &list->tokens[i];
}

static inline gboolean
is_word (const Token *token)
{
  return token->kind == TOKEN_WORD;
}

static inline gboolean
is_punct (const Token *token,
          gunichar     ch)
{
  return token->kind == TOKEN_PUNCT && token->ch == ch;
}

static gboolean
token_is (const Token *token,
          const char  *text,
          const char  *word)
{
  gsize length = strlen (word);

  return is_word (token) && token->end - token->start == length &&
         g_ascii_strncasecmp (text + token->start, word, length) == 0;
}

static gboolean
token_in (const Token *token,
          const char  *text,
          GHashTable  *set,
          gboolean     fold)
{
  return is_word (token) && word_in (set, text, token->start, token->end, fold);
}

static gboolean
is_verb (const Lexicon *lex,
         const char    *text,
         const Token   *token)
{
  return token_in (token, text, lex->speech_verbs, FALSE);
}

/* Reads the tokens of a possible speaker tag, up to the first sentence end, quote mark or
 * paragraph break. */
static guint
read_tag_tokens (const Lexicon *lex,
                 const char    *text,
                 gsize          len,
                 gsize          bound,
                 gsize          pos,
                 gsize          limit,
                 Token         *tokens)
{
  gsize start = pos;
  guint n = 0;

  while (n < TAG_MAX_TOKENS && pos - start <= TAG_MAX_BYTES)
    {
      Token token = read_token (lex, text, len, bound, &pos, limit);

      tokens[n++] = token;
      if (token.kind == TOKEN_END || token.kind == TOKEN_NONE ||
          (token.kind == TOKEN_PUNCT && (is_terminator (token.ch) || is_double_quote (token.ch))))
        break;
    }

  return n;
}

/* Speaker tags */

/*
 * match_tail:
 * @i: the token after the verb (and after the speaker, for "said Ndlovu")
 *
 * Reads what may follow the verb of a tag: the person spoken to ("told reporters"), a phrase
 * of time or place ("on Monday", "in a statement"), then the end of the sentence or a comma.
 *
 * Returns: whether the tag ends there; *end is set either way
 */
static gboolean
match_tail (const Lexicon   *lex,
            const char      *text,
            const TokenList *list,
            int              i,
            gboolean         takes_object,
            gsize           *end)
{
  const Token *token;

  if (takes_object)
    {
      for (guint k = 0;
           k < OBJECT_WORDS && is_word (token_at (list, i)) &&
           !token_in (token_at (list, i), text, lex->adjunct_starters, TRUE) &&
           !token_in (token_at (list, i), text, lex->clause_words, TRUE) &&
           !is_verb (lex, text, token_at (list, i));
           k++)
        i++;
    }

  if (token_in (token_at (list, i), text, lex->adjunct_starters, TRUE))
    {
      for (guint k = 0; k < ADJUNCT_WORDS && is_word (token_at (list, i)); k++)
        i++;
    }

  token = token_at (list, i);
  *end = token_at (list, i - 1)->end;

  if (token->kind == TOKEN_END)
    return TRUE;

  if (token->kind == TOKEN_PUNCT &&
      (is_terminator (token->ch) || token->ch == ',' || token->ch == ';'))
    {
      *end = token->end;
      return TRUE;
    }

  return FALSE;
}

/* Counts the words of a speaker named after the verb: "said Foreign Minister X". */
static int
count_np_after_verb (const Lexicon   *lex,
                     const char      *text,
                     const TokenList *list,
                     int              i)
{
  int count = 0;

  if (token_in (token_at (list, i), text, lex->np_stops, TRUE))
    return 0;

  while (count < NP_MAX_WORDS && is_word (token_at (list, i + count)))
    {
      const Token *token = token_at (list, i + count);

      if (is_verb (lex, text, token))
        break;
      if (count > 0 &&
          (token_in (token, text, lex->adjunct_starters, TRUE) ||
           token_in (token, text, lex->clause_words, TRUE)))
        break;
      count++;
    }

  return count;
}

/*
 * match_post_tag:
 * @pos: just past a closing quote mark
 * @strict: whether the tag must end soon after its verb, as after a quote ending in a full
 *   stop, where "Ndlovu said the talks…" starts a new sentence instead
 *
 * Recognises "he added", "Ndlovu told reporters", "Ndlovu, the minister, said", "said Ndlovu" and
 * "according to Ndlovu" after a quote.
 */
static gboolean
match_post_tag (const Lexicon *lex,
                const char    *text,
                gsize          len,
                gsize          bound,
                gsize          pos,
                gsize          limit,
                gboolean       strict,
                Attribution   *out)
{
  Token tokens[TAG_MAX_TOKENS];
  TokenList list = { tokens, 0 };
  gboolean ends;
  int i = 0;
  int count;
  gsize end;

  list.n_tokens = read_tag_tokens (lex, text, len, bound, pos, limit, tokens);

  /* British punctuation puts the comma after the mark: “We agree”, Ndlovu said. */
  if (is_punct (token_at (&list, 0), ','))
    i = 1;

  if (token_is (token_at (&list, i), text, "according") &&
      token_is (token_at (&list, i + 1), text, "to"))
    {
      count = count_np_after_verb (lex, text, &list, i + 2);
      if (count == 0)
        return FALSE;

      ends = match_tail (lex, text, &list, i + 2 + count, FALSE, &end);
      if (strict && !ends)
        return FALSE;

      out->speaker_start = token_at (&list, i + 2)->start;
      out->speaker_end = token_at (&list, i + 1 + count)->end;
      out->verb_start = out->verb_end = 0;
      out->end = end;
      return TRUE;
    }

  if (is_verb (lex, text, token_at (&list, i)))
    {
      gboolean takes_object = token_in (token_at (&list, i), text, lex->object_verbs, FALSE);

      out->verb_start = token_at (&list, i)->start;
      out->verb_end = token_at (&list, i)->end;
      if (token_is (token_at (&list, i), text, "pointed") &&
          token_is (token_at (&list, i + 1), text, "out"))
        out->verb_end = token_at (&list, ++i)->end;
      i++;

      count = count_np_after_verb (lex, text, &list, i);
      if (count == 0)
        return FALSE;

      ends = match_tail (lex, text, &list, i + count, takes_object, &end);
      if (strict && !ends)
        return FALSE;

      out->speaker_start = token_at (&list, i)->start;
      out->speaker_end = token_at (&list, i + count - 1)->end;
      out->end = end;
      return TRUE;
    }

  /* The speaker first: “…,” the Kenyan president said. */
  if (!is_word (token_at (&list, i)) ||
      token_in (token_at (&list, i), text, lex->np_stops, TRUE))
    return FALSE;

  out->speaker_start = token_at (&list, i)->start;
  for (count = 0; count < NP_MAX_WORDS && is_word (token_at (&list, i)); count++, i++)
    {
      if (is_verb (lex, text, token_at (&list, i)))
        break;
      if (token_in (token_at (&list, i), text, lex->adverbs, TRUE) &&
          is_verb (lex, text, token_at (&list, i + 1)))
        break;
    }
  if (count == 0)
    return FALSE;
  out->speaker_end = token_at (&list, i - 1)->end;

  /* An apposition: “…,” the envoy, China’s top diplomat, told reporters. */
  if (is_punct (token_at (&list, i), ','))
    {
      int k = i + 1;

      while (k - i - 1 < APPOSITION_WORDS && is_word (token_at (&list, k)))
        k++;
      if (k == i + 1 || !is_punct (token_at (&list, k), ','))
        return FALSE;
      i = k + 1;
    }

  if (token_in (token_at (&list, i), text, lex->adverbs, TRUE) &&
      is_verb (lex, text, token_at (&list, i + 1)))
    i++;

  if (!is_verb (lex, text, token_at (&list, i)))
    return FALSE;

  out->verb_start = token_at (&list, i)->start;
  out->verb_end = token_at (&list, i)->end;
  if (token_is (token_at (&list, i), text, "pointed") &&
      token_is (token_at (&list, i + 1), text, "out"))
    out->verb_end = token_at (&list, ++i)->end;

  ends = match_tail (lex, text, &list, i + 1,
                     token_in (token_at (&list, i), text, lex->object_verbs, FALSE), &end);
  if (strict && !ends)
    return FALSE;

  out->end = end;

  return TRUE;
}

/*
 * match_pre_tag:
 * @window_start: where the tag may start at the earliest: the start of the sentence, or the
 *   end of the previous quote
 * @mark: the opening quote mark
 *
 * Recognises "Ndlovu said, “", "Ndlovu said: “", "the minister told reporters on Monday: “",
 * "According to Ndlovu, “" before a quote.
 */
static gboolean
match_pre_tag (const Lexicon *lex,
               const char    *text,
               gsize          len,
               gsize          bound,
               gsize          window_start,
               gsize          mark,
               Attribution   *out)
{
  Token tokens[PRE_TAG_TOKENS];
  TokenList list = { tokens, 0 };
  gboolean has_punct = FALSE;
  gsize p = window_start;
  int j, v, k, first, last, count;
  int verb_last;

  /* Only the last few tokens matter; keep a sliding window of them. */
  while (p < mark)
    {
      Token token = read_token (lex, text, len, bound, &p, mark);

      if (token.kind == TOKEN_NONE)
        break;
      if (token.kind == TOKEN_END)
        {
          list.n_tokens = 0;
          continue;
        }
      if (list.n_tokens == PRE_TAG_TOKENS)
        {
          memmove (tokens, tokens + 1, (PRE_TAG_TOKENS - 1) * sizeof (Token));
          list.n_tokens--;
        }
      tokens[list.n_tokens++] = token;
    }

  j = (int) list.n_tokens - 1;
  if (is_punct (token_at (&list, j), ',') || is_punct (token_at (&list, j), ':'))
    {
      has_punct = TRUE;
      j--;
    }
  if (!is_word (token_at (&list, j)))
    return FALSE;

  if (has_punct)
    {
      for (k = j; k >= 1 && j - k <= NP_MAX_WORDS && is_word (token_at (&list, k)); k--)
        {
          if (k < j && token_is (token_at (&list, k), text, "to") &&
              token_is (token_at (&list, k - 1), text, "according"))
            {
              out->speaker_start = token_at (&list, k + 1)->start;
              out->speaker_end = token_at (&list, j)->end;
              out->verb_start = out->verb_end = 0;
              out->end = mark;
              return TRUE;
            }
        }
    }

  /* The verb, possibly followed by "reporters" or "on Monday". */
  for (v = j; !is_verb (lex, text, token_at (&list, v)); v--)
    {
      if (v == 0 || j - v >= ADJUNCT_WORDS || !is_word (token_at (&list, v - 1)))
        return FALSE;
    }

  verb_last = v;
  if (token_is (token_at (&list, v), text, "pointed") &&
      token_is (token_at (&list, v + 1), text, "out"))
    verb_last = v + 1;

  if (verb_last < j)
    {
      if (!has_punct)
        return FALSE;
      if (!token_in (token_at (&list, v), text, lex->object_verbs, FALSE) &&
          !token_in (token_at (&list, verb_last + 1), text, lex->adjunct_starters, TRUE))
        return FALSE;
    }

  /* The speaker, read backwards from the verb. */
  k = v - 1;
  if (token_in (token_at (&list, k), text, lex->adverbs, TRUE))
    k--;
  last = k;
  first = -1;
  count = 0;

  while (k >= 0 && is_word (token_at (&list, k)) && count < NP_MAX_WORDS)
    {
      const Token *token = token_at (&list, k);

      if (token_in (token, text, lex->pronouns, TRUE))
        {
          if (count == 0)
            first = k;
          break;
        }
      if (token_in (token, text, lex->np_stops, TRUE) || is_verb (lex, text, token))
        break;

      first = k;
      count++;

      if (token_in (token, text, lex->determiners, TRUE))
        {
          /* A determiner starts the phrase, unless "of" joins it to one before:
           * "the head of the delegation". */
          if (token_is (token_at (&list, k - 1), text, "of") &&
              is_word (token_at (&list, k - 2)) && count + 2 <= NP_MAX_WORDS)
            {
              count++;
              k -= 2;
              continue;
            }
          break;
        }
      k--;
    }

  if (first < 0)
    return FALSE;

  out->speaker_start = token_at (&list, first)->start;
  out->speaker_end = token_at (&list, last)->end;
  out->verb_start = token_at (&list, v)->start;
  out->verb_end = token_at (&list, verb_last)->end;
  out->end = mark;

  return TRUE;
}

/* Offsets */

static guint
cursor_offset (OffsetCursor *cursor,
               gsize         byte)
{
  if (byte >= cursor->byte)
    {
      for (gsize i = cursor->byte; i < byte; i++)
        cursor->chr += !is_continuation_byte (cursor->text[i]);
    }
  else
    {
      for (gsize i = byte; i < cursor->byte; i++)
        cursor->chr -= !is_continuation_byte (cursor->text[i]);
    }

  cursor->byte = byte;

  return cursor->chr;
}

static gboolean
text_is_valid (const char *text,
               gsize       len,
               gsize       from)
{
  return from <= len && (from == len || !is_continuation_byte (text[from])) &&
         g_utf8_validate (text, (gssize) len, NULL);
}

/* Sentences */

static void
add_sentence (GArray       *sentences,
              OffsetCursor *cursor,
              gsize         start,
              gsize         end)
{
  LiaisonSentence sentence;

  g_assert (start < end);

  sentence.start = start;
  sentence.end = end;
  sentence.char_start = cursor_offset (cursor, start);
  sentence.char_end = cursor_offset (cursor, end);
  g_array_append_val (sentences, sentence);
}

/*
 * ends_sentence:
 * @terminator: the first of the final punctuation marks
 * @terminator_end: just past them
 * @closer_end: just past the quote marks and brackets that follow them
 */
static gboolean
ends_sentence (const Lexicon *lex,
               const char    *text,
               gsize          len,
               gsize          bound,
               gsize          terminator,
               gsize          terminator_end,
               gsize          closer_end)
{
  gboolean paragraph;
  gunichar c;
  gsize p;

  if (closer_end >= len)
    return TRUE;

  c = char_at (text, closer_end);
  if (!is_space (c))
    return FALSE;

  /* A lone non-breaking space binds: "Mr. X". */
  if (is_nobreak_space (c))
    {
      gsize q = closer_end + char_len (text, closer_end);

      if (q < len && !is_space (char_at (text, q)))
        return FALSE;
    }

  p = skip_ahead (lex, text, len, bound, closer_end, &paragraph);
  if (paragraph || p >= len)
    return TRUE;

  c = char_at (text, p);
  if (g_unichar_islower (c) || is_terminator (c) ||
      c == ',' || c == ';' || c == ':' || c == ')')
    return FALSE;

  if (is_word_char (c))
    {
      gboolean quoted = FALSE;
      Attribution tag;

      for (gsize q = terminator_end; q < closer_end; q += char_len (text, q))
        quoted |= is_double_quote (char_at (text, q));

      if (quoted && match_post_tag (lex, text, len, bound, p, len, TRUE, &tag))
        return FALSE;
    }

  if (terminator_end == terminator + 1 && text[terminator] == '.' &&
      abbreviation_continues (lex, text, len, bound, terminator))
    return FALSE;

  return TRUE;
}

/**
 * liaison_split_sentences:
 * @text: an article's text, valid UTF-8
 * @from: the byte offset to start at, such as the article's body offset
 *
 * Splits the text from @from on into sentences, by the rules at the top of this file.
 * Offsets count from the start of @text, not from @from.
 *
 * Returns: (transfer full) (element-type LiaisonSentence): the sentences in order, or %NULL
 *   if @text is not valid UTF-8 or @from is not a character boundary inside it
 */
GArray *
liaison_split_sentences (const char *text,
                         gsize       from)
{
  const Lexicon *lex = get_lexicon ();
  OffsetCursor cursor = { text, 0, 0 };
  GArray *sentences;
  gboolean in_sentence = FALSE;
  gsize len, pos, start = 0, last_end;

  g_return_val_if_fail (text != NULL, NULL);

  len = strlen (text);
  g_return_val_if_fail (text_is_valid (text, len, from), NULL);

  sentences = g_array_new (FALSE, FALSE, sizeof (LiaisonSentence));
  pos = last_end = from;

  while (pos < len)
    {
      gunichar c = char_at (text, pos);

      if (is_line_break (c))
        {
          gsize after;

          if (classify_break (lex, text, len, from, last_end, pos, &after) && in_sentence)
            {
              add_sentence (sentences, &cursor, start, last_end);
              in_sentence = FALSE;
            }
          pos = after;
          continue;
        }

      if (is_space (c))
        {
          if (in_sentence && last_end - start > MAX_SENTENCE_BYTES)
            {
              add_sentence (sentences, &cursor, start, last_end);
              in_sentence = FALSE;
            }
          pos += char_len (text, pos);
          continue;
        }

      if (!in_sentence)
        {
          in_sentence = TRUE;
          start = pos;
        }

      if (is_terminator (c))
        {
          gsize terminator_end = pos, closer_end;

          while (terminator_end < len && is_terminator (char_at (text, terminator_end)))
            terminator_end += char_len (text, terminator_end);
          closer_end = terminator_end;
          while (closer_end < len && is_closer (char_at (text, closer_end)))
            closer_end += char_len (text, closer_end);

          if (ends_sentence (lex, text, len, from, pos, terminator_end, closer_end))
            {
              add_sentence (sentences, &cursor, start, closer_end);
              in_sentence = FALSE;
            }
          pos = last_end = closer_end;
          continue;
        }

      pos += char_len (text, pos);
      last_end = pos;
    }

  if (in_sentence)
    add_sentence (sentences, &cursor, start, last_end);

  return sentences;
}

/* Quotes */

static void
add_raw_quote (GArray     *raw,
               const char *text,
               gsize       bound,
               gsize       open_mark,
               gsize       start,
               gsize       end,
               gsize       close_end,
               gboolean    closed)
{
  RawQuote quote = { open_mark, start, end, close_end, 0, closed };

  while (quote.start < quote.end && is_space (char_at (text, quote.start)))
    quote.start += char_len (text, quote.start);
  while (quote.end > quote.start &&
         is_space (char_at (text, prev_pos (text, bound, quote.end))))
    quote.end = prev_pos (text, bound, quote.end);
  if (quote.end == quote.start)
    return;

  quote.last = char_at (text, prev_pos (text, bound, quote.end));

  /* The comma before a speaker tag is the tag's, not the speaker's. */
  if (closed && quote.last == ',')
    {
      quote.end--;
      while (quote.end > quote.start &&
             is_space (char_at (text, prev_pos (text, bound, quote.end))))
        quote.end = prev_pos (text, bound, quote.end);
      if (quote.end == quote.start)
        return;
    }

  g_array_append_val (raw, quote);
}

/* Finds the quote marks and pairs them, paragraph by paragraph. */
static GArray *
scan_quotes (const Lexicon *lex,
             const char    *text,
             gsize          len,
             gsize          from)
{
  GArray *raw = g_array_new (FALSE, FALSE, sizeof (RawQuote));
  gboolean open = FALSE;
  gsize open_mark = 0, content_start = 0;
  gsize prev_end = from;
  gsize pos = from;

  while (pos < len)
    {
      gunichar c = char_at (text, pos);
      gsize c_len = char_len (text, pos);

      if (is_line_break (c))
        {
          gsize after;

          if (classify_break (lex, text, len, from, prev_end, pos, &after) && open)
            {
              gunichar next = after < len ? char_at (text, after) : 0;

              /* A quote running on into the next paragraph reopens it with a mark. */
              if (next == 0x201C || next == 0x201E || next == 0xAB || next == '"')
                {
                  pos = prev_end = after + char_len (text, after);
                  continue;
                }

              add_raw_quote (raw, text, from, open_mark, content_start, prev_end, prev_end, FALSE);
              open = FALSE;
            }
          pos = after;
          continue;
        }

      if (is_space (c))
        {
          pos += c_len;
          continue;
        }

      if (is_double_quote (c))
        {
          gunichar before = pos > from ? char_at (text, prev_pos (text, from, pos)) : 0;
          gunichar next = pos + c_len < len ? char_at (text, pos + c_len) : 0;
          gboolean opener = (before == 0 || is_space (before) || is_opening_punct (before)) &&
                            next != 0 && !is_space (next);
          gboolean closer = before != 0 && !is_space (before) &&
                            (next == 0 || is_space (next) || g_unichar_ispunct (next));
          gboolean do_close = FALSE, do_open = FALSE;

          if (c == 0x201C || c == 0x201E || c == 0x201F || c == 0xAB)
            {
              /* An opening mark used as a closing one: “We agree“ he said. */
              if (open && closer && !opener)
                {
                  do_close = TRUE;
                }
              else
                {
                  if (open)
                    add_raw_quote (raw, text, from, open_mark, content_start, prev_end, prev_end,
                                   FALSE);
                  open = FALSE;
                  do_open = TRUE;
                }
            }
          else if (c == 0x201D || c == 0xBB)
            {
              do_close = open;
              do_open = !open && c == 0x201D && opener && !closer;
            }
          else
            {
              do_close = open;
              do_open = !open && !(closer && !opener);
            }

          if (do_close)
            {
              add_raw_quote (raw, text, from, open_mark, content_start, pos, pos + c_len, TRUE);
              open = FALSE;
            }
          else if (do_open)
            {
              open = TRUE;
              open_mark = pos;
              content_start = pos + c_len;
            }
        }

      pos += c_len;
      prev_end = pos;
    }

  if (open)
    add_raw_quote (raw, text, from, open_mark, content_start, prev_end, prev_end, FALSE);

  return raw;
}

/* The index of the last sentence starting at or before @pos, moving forward from *hint. */
static guint
find_sentence (GArray *sentences,
               guint  *hint,
               gsize   pos)
{
  guint i = *hint;

  while (i + 1 < sentences->len &&
         g_array_index (sentences, LiaisonSentence, i + 1).start <= pos)
    i++;

  *hint = i;

  return i;
}

static gboolean
only_spaces (const char *text,
             gsize       start,
             gsize       end)
{
  for (gsize p = start; p < end; p += char_len (text, p))
    {
      gunichar c = char_at (text, p);

      if (!is_space (c) || is_line_break (c))
        return FALSE;
    }

  return TRUE;
}

/**
 * liaison_find_quotes:
 * @text: an article's text, valid UTF-8
 * @from: the byte offset to start at
 * @sentences: (nullable) (element-type LiaisonSentence): what liaison_split_sentences()
 *   returned for the same @text and @from, or %NULL to split the text here
 *
 * Finds quoted speech and who it is attributed to, by the rules at the top of this file.
 * Resolving a pronoun speaker to a person is left to the caller.
 *
 * Returns: (transfer full) (element-type LiaisonQuote): the quotes in order, or %NULL if
 *   @text is not valid UTF-8 or @from is not a character boundary inside it
 */
GArray *
liaison_find_quotes (const char *text,
                     gsize       from,
                     GArray     *sentences)
{
  const Lexicon *lex = get_lexicon ();
  g_autoptr(GArray) own_sentences = NULL;
  g_autoptr(GArray) raw = NULL;
  OffsetCursor cursor = { text, 0, 0 };
  GArray *quotes;
  gboolean prev_tagged_after = FALSE;
  gsize prev_tag_end = 0, prev_close_end;
  guint hint = 0;
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);

  len = strlen (text);
  g_return_val_if_fail (text_is_valid (text, len, from), NULL);

  if (sentences == NULL)
    sentences = own_sentences = liaison_split_sentences (text, from);

  quotes = g_array_new (FALSE, FALSE, sizeof (LiaisonQuote));
  raw = scan_quotes (lex, text, len, from);
  prev_close_end = from;

  for (guint i = 0; i < raw->len; i++)
    {
      const RawQuote *q = &g_array_index (raw, RawQuote, i);
      LiaisonQuote quote = { 0 };
      Attribution tag = { 0 };
      gboolean found = FALSE, tagged_after = FALSE;

      quote.start = q->start;
      quote.end = q->end;
      quote.char_start = cursor_offset (&cursor, q->start);
      quote.char_end = cursor_offset (&cursor, q->end);

      if (sentences->len > 0)
        {
          guint mark_sentence = find_sentence (sentences, &hint, q->open_mark);
          guint h = mark_sentence;
          gsize window = q->open_mark > TAG_MAX_BYTES ? q->open_mark - TAG_MAX_BYTES : 0;
          const LiaisonSentence *s = &g_array_index (sentences, LiaisonSentence, mark_sentence);

          quote.sentence_first = find_sentence (sentences, &h, q->start);
          quote.sentence_last = find_sentence (sentences, &h, q->end - 1);

          if (q->closed)
            {
              gsize limit = i + 1 < raw->len ? g_array_index (raw, RawQuote, i + 1).open_mark : len;
              gboolean paragraph;
              gsize next = skip_ahead (lex, text, len, from, q->close_end, &paragraph);
              gboolean strict = !(q->last == ',' || q->last == '?' || q->last == '!' ||
                                  is_dash (q->last) ||
                                  (!paragraph && next < len && text[next] == ','));

              found = tagged_after = match_post_tag (lex, text, len, from, q->close_end, limit,
                                                     strict, &tag);
            }

          if (!found)
            {
              /* The tag before a quote is in its sentence, after any earlier quote. */
              gboolean cut = window > prev_close_end && window > s->start;

              window = MAX (window, prev_close_end);
              if (s->start <= q->open_mark)
                window = MAX (window, s->start);
              while (window < q->open_mark && is_continuation_byte (text[window]))
                window++;
              while (cut && window < q->open_mark && !is_space (char_at (text, window)))
                window += char_len (text, window);

              found = match_pre_tag (lex, text, len, from, window, q->open_mark, &tag);
            }
        }

      if (found)
        {
          quote.speaker_start = tag.speaker_start;
          quote.speaker_end = tag.speaker_end;
          quote.speaker_char_start = cursor_offset (&cursor, tag.speaker_start);
          quote.speaker_char_end = cursor_offset (&cursor, tag.speaker_end);
          quote.verb_start = tag.verb_start;
          quote.verb_end = tag.verb_end;
        }
      else if (prev_tagged_after && prev_tag_end <= q->open_mark &&
               only_spaces (text, prev_tag_end, q->open_mark))
        {
          /* “We agree,” Ndlovu said. “We will act.” — the second quote is Ndlovu’s too. */
          const LiaisonQuote *prev = &g_array_index (quotes, LiaisonQuote, quotes->len - 1);

          quote.speaker_start = prev->speaker_start;
          quote.speaker_end = prev->speaker_end;
          quote.speaker_char_start = prev->speaker_char_start;
          quote.speaker_char_end = prev->speaker_char_end;
          quote.verb_start = prev->verb_start;
          quote.verb_end = prev->verb_end;
        }

      prev_tagged_after = tagged_after;
      prev_tag_end = tag.end;
      prev_close_end = q->close_end;
      g_array_append_val (quotes, quote);
    }

  return quotes;
}
