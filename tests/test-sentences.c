/* test-sentences.c — the first stage of extraction: sentences and quoted speech
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "liaison-article.h"
#include "liaison-sentences.h"

#define NBSP "\xC2\xA0"

/* Checks what every split must satisfy: sentences in order, not overlapping, trimmed, with
 * character offsets that match the byte offsets. Linear, so it also serves the long inputs. */
static void
check_sentences (const char *text,
                 gsize       from,
                 GArray     *sentences)
{
  gsize prev_end = from;
  glong chars = g_utf8_pointer_to_offset (text, text + from);

  g_assert_nonnull (sentences);

  for (guint i = 0; i < sentences->len; i++)
    {
      const LiaisonSentence *s = &g_array_index (sentences, LiaisonSentence, i);
      const char *last;

      g_assert_cmpuint (s->start, >=, prev_end);
      g_assert_cmpuint (s->start, <, s->end);
      g_assert_false (g_unichar_isspace (g_utf8_get_char (text + s->start)));
      last = g_utf8_find_prev_char (text, text + s->end);
      g_assert_false (g_unichar_isspace (g_utf8_get_char (last)));

      chars += g_utf8_strlen (text + prev_end, (gssize) (s->start - prev_end));
      g_assert_cmpuint (s->char_start, ==, chars);
      chars += g_utf8_strlen (text + s->start, (gssize) (s->end - s->start));
      g_assert_cmpuint (s->char_end, ==, chars);

      prev_end = s->end;
    }
}

static void
check_quotes (const char *text,
              GArray     *sentences,
              GArray     *quotes)
{
  g_assert_nonnull (quotes);

  for (guint i = 0; i < quotes->len; i++)
    {
      const LiaisonQuote *q = &g_array_index (quotes, LiaisonQuote, i);

      g_assert_cmpuint (q->start, <, q->end);
      g_assert_cmpuint (q->char_start, ==, g_utf8_pointer_to_offset (text, text + q->start));
      g_assert_cmpuint (q->char_end, ==, g_utf8_pointer_to_offset (text, text + q->end));
      g_assert_cmpuint (q->speaker_start, <=, q->speaker_end);
      g_assert_cmpuint (q->speaker_char_start, ==,
                        g_utf8_pointer_to_offset (text, text + q->speaker_start));
      g_assert_cmpuint (q->speaker_char_end, ==,
                        g_utf8_pointer_to_offset (text, text + q->speaker_end));
      g_assert_cmpuint (q->verb_start, <=, q->verb_end);
      g_assert_cmpuint (q->sentence_first, <=, q->sentence_last);
      g_assert_cmpuint (q->sentence_last, <, sentences->len);
      if (i > 0)
        g_assert_cmpuint (q->start, >, g_array_index (quotes, LiaisonQuote, i - 1).end);
    }
}

static char *
span (const char *text,
      gsize       start,
      gsize       end)
{
  if (start == 0 && end == 0)
    return NULL;

  return g_strndup (text + start, end - start);
}

static char *
sentence_text (const char *text,
               GArray     *sentences,
               guint       i)
{
  const LiaisonSentence *s;

  g_assert_cmpuint (i, <, sentences->len);
  s = &g_array_index (sentences, LiaisonSentence, i);

  return span (text, s->start, s->end);
}

/* The sentences of @text joined with " | ", for compact expectations. */
static char *
split_joined (const char *text)
{
  g_autoptr(GArray) sentences = liaison_split_sentences (text, 0);
  g_autoptr(GString) joined = g_string_new (NULL);

  check_sentences (text, 0, sentences);

  for (guint i = 0; i < sentences->len; i++)
    {
      g_autofree char *s = sentence_text (text, sentences, i);

      if (i > 0)
        g_string_append (joined, " | ");
      g_string_append (joined, s);
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static void
assert_quote (const char         *text,
              const LiaisonQuote *q,
              const char         *words,
              const char         *speaker,
              const char         *verb)
{
  g_autofree char *q_words = span (text, q->start, q->end);
  g_autofree char *q_speaker = span (text, q->speaker_start, q->speaker_end);
  g_autofree char *q_verb = span (text, q->verb_start, q->verb_end);

  g_assert_cmpstr (q_words, ==, words);
  g_assert_cmpstr (q_speaker, ==, speaker);
  g_assert_cmpstr (q_verb, ==, verb);
}

static void
test_empty (void)
{
  static const char * const texts[] = { "", " ", "\n\n", " \r\n \t\n ", NBSP NBSP };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GArray) sentences = liaison_split_sentences (texts[i], 0);
      g_autoptr(GArray) quotes = liaison_find_quotes (texts[i], 0, sentences);

      g_assert_cmpuint (sentences->len, ==, 0);
      g_assert_cmpuint (quotes->len, ==, 0);
    }

  /* From the very end of a text. */
  {
    g_autoptr(GArray) sentences = liaison_split_sentences ("Done.", 5);

    g_assert_cmpuint (sentences->len, ==, 0);
  }
}

static void
test_no_punctuation (void)
{
  g_autofree char *one = split_joined ("talks between the two sides went on all day");
  g_autofree char *padded = split_joined ("  Kenya and China  ");
  g_autofree char *unfinished = split_joined ("The talks ended. And then");

  g_assert_cmpstr (one, ==, "talks between the two sides went on all day");
  g_assert_cmpstr (padded, ==, "Kenya and China");
  g_assert_cmpstr (unfinished, ==, "The talks ended. | And then");
}

static void
test_abbreviations (void)
{
  static const struct {
    const char *text;
    const char *expected;
  } cases[] = {
    /* Titles before a name. */
    { "Sen. Mara Okafor met the minister. They spoke for an hour.",
      "Sen. Mara Okafor met the minister. | They spoke for an hour." },
    { "Dr. Emiko Sato arrived. Mrs. Sato followed. Mr. Sato stayed home.",
      "Dr. Emiko Sato arrived. | Mrs. Sato followed. | Mr. Sato stayed home." },
    { "Prof. Tan spoke. Gen. Villanueva listened. Lt. Gen. Hoa left.",
      "Prof. Tan spoke. | Gen. Villanueva listened. | Lt. Gen. Hoa left." },
    { "He visited St. Louis on Jan. 5 and flew home on Sept. 9.",
      "He visited St. Louis on Jan. 5 and flew home on Sept. 9." },
    /* Initials. */
    { "Secretary of State Daniel R. Whitcombe met the envoy. The talks were brief.",
      "Secretary of State Daniel R. Whitcombe met the envoy. | The talks were brief." },
    { "The report by J. K. Mensah was read. It was long.",
      "The report by J. K. Mensah was read. | It was long." },
    /* "U.S." inside a sentence, before lower case or a proper noun. */
    { "The U.S. delegation arrived. It left on Friday.",
      "The U.S. delegation arrived. | It left on Friday." },
    { "He met U.S. Secretary of State Daniel R. Whitcombe in Geneva.",
      "He met U.S. Secretary of State Daniel R. Whitcombe in Geneva." },
    { "Officials from the U.K. and the U.N. attended.",
      "Officials from the U.K. and the U.N. attended." },
    { "Kenya’s U.S.-trained officers attended.", "Kenya’s U.S.-trained officers attended." },
    /* "U.S." ending a sentence: split only before a word that typically starts one. */
    { "The talks were held in the U.S. The minister then flew home.",
      "The talks were held in the U.S. | The minister then flew home." },
    { "He returned to the U.S. “It went well,” he said.",
      "He returned to the U.S. | “It went well,” he said." },
    { "Talks with N.A.T.O. officials ended. He briefed N.A.T.O. The allies agreed.",
      "Talks with N.A.T.O. officials ended. | He briefed N.A.T.O. | The allies agreed." },
    /* Times. */
    { "The meeting began at 10 a.m. The ministers spoke first.",
      "The meeting began at 10 a.m. | The ministers spoke first." },
    { "It began at 10 a.m. Monday and ended at 4 p.m. on Tuesday.",
      "It began at 10 a.m. Monday and ended at 4 p.m. on Tuesday." },
    /* "No." is an abbreviation only before a number. */
    { "She works at No. 10 now. No. The answer is no.",
      "She works at No. 10 now. | No. | The answer is no." },
    /* Numbers. */
    { "Growth slowed to 3.5 percent. Inflation rose to 4.25 percent.",
      "Growth slowed to 3.5 percent. | Inflation rose to 4.25 percent." },
    { "The deal was worth $1.2 billion (about 1.1 billion euros). Both sides welcomed it.",
      "The deal was worth $1.2 billion (about 1.1 billion euros). | Both sides welcomed it." },
    /* Latin abbreviations. */
    { "Some partners, e.g. Japan, agreed. Others, i.e. the rest, did not.",
      "Some partners, e.g. Japan, agreed. | Others, i.e. the rest, did not." },
    { "They discussed trade, energy, etc. and agreed to meet again.",
      "They discussed trade, energy, etc. and agreed to meet again." },
    /* Ellipses. */
    { "We will continue... The work goes on.", "We will continue... | The work goes on." },
    { "We will continue … and the work goes on.", "We will continue … and the work goes on." },
    { "We will continue . . . The work goes on.", "We will continue . . . | The work goes on." },
    /* Other final punctuation. */
    { "Is this the end? No, it is not! We go on?! Yes.",
      "Is this the end? | No, it is not! | We go on?! | Yes." },
    { "The team (led by Dr. Sato) arrived. They met at 9 a.m.",
      "The team (led by Dr. Sato) arrived. | They met at 9 a.m." },
    /* A non-breaking space binds; one followed by a space does not. */
    { "Mr." NBSP "Ruto spoke. It ended." NBSP " The end.",
      "Mr." NBSP "Ruto spoke. | It ended. | The end." },
    /* A full stop glued to the next word. */
    { "See liaison.example.org for details.", "See liaison.example.org for details." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *joined = split_joined (cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (joined, ==, cases[i].expected);
    }
}

static void
test_paragraphs (void)
{
  static const struct {
    const char *text;
    const char *expected;
  } cases[] = {
    { "A paragraph without a full stop\n\nThe next paragraph.",
      "A paragraph without a full stop | The next paragraph." },
    { "A headline on its own line\nThe body starts here.",
      "A headline on its own line | The body starts here." },
    { "One paragraph.\nAnother, as copied from a web page.",
      "One paragraph. | Another, as copied from a web page." },
    /* Lines that plainly run on. */
    { "A sentence that wraps\nacross two lines.", "A sentence that wraps\nacross two lines." },
    { "He met with\nWang Yi on Monday.", "He met with\nWang Yi on Monday." },
    { "He met Sen.\nOkafor on Monday.", "He met Sen.\nOkafor on Monday." },
    { "Ruto, Wang,\nMutua and others attended.", "Ruto, Wang,\nMutua and others attended." },
    /* A paragraph break ends a sentence even after an abbreviation or a title. */
    { "He flew to the U.S.\n\nSenators met him.", "He flew to the U.S. | Senators met him." },
    { "Talks with Gen.\n\nOkafor.", "Talks with Gen. | Okafor." },
    { "First.\u2029Second.", "First. | Second." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *joined = split_joined (cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (joined, ==, cases[i].expected);
    }
}

static void
test_speaker_tag (void)
{
  static const struct {
    const char *text;
    const char *expected;
  } cases[] = {
    /* A tag after a quote ending in a full stop stays with it. */
    { "“We agree.” Ruto said. The talks ended.", "“We agree.” Ruto said. | The talks ended." },
    { "“We agree.” The Kenyan president said on Monday. Wang nodded.",
      "“We agree.” The Kenyan president said on Monday. | Wang nodded." },
    { "\"We agree.\" Wang told reporters. They left.",
      "\"We agree.\" Wang told reporters. | They left." },
    { "“Why?” Wang asked. Nobody answered.", "“Why?” Wang asked. | Nobody answered." },
    { "“We agree,” he added. Then he left.", "“We agree,” he added. | Then he left." },
    { "“We agree.” said Wang. Then he left.", "“We agree.” said Wang. | Then he left." },
    /* A new sentence that starts with a name and a verb is not a tag. */
    { "“We agree.” Ruto said the talks went well.",
      "“We agree.” | Ruto said the talks went well." },
    { "“We agree.” The talks ended there.", "“We agree.” | The talks ended there." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *joined = split_joined (cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (joined, ==, cases[i].expected);
    }
}

static void
test_crlf (void)
{
  g_autofree char *joined = NULL;
  g_autofree char *path = NULL;
  g_autofree char *raw = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonArticle) article = NULL;
  g_autoptr(GArray) raw_sentences = NULL;
  g_autoptr(GArray) sentences = NULL;
  const char *text;
  gsize raw_body;

  joined = split_joined ("First sentence.\r\nSecond sentence\r\n\r\nThird one, at last.\r\n");
  g_assert_cmpstr (joined, ==, "First sentence. | Second sentence | Third one, at last.");

  /* The same article with CRLF line ends, as on disk, and converted by the loader. */
  path = g_test_build_filename (G_TEST_DIST, "data", "articles",
                                "brazil-germany-state-visit.txt", NULL);
  g_file_get_contents (path, &raw, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (raw, "\r\n"));

  file = g_file_new_for_path (path);
  article = liaison_article_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  text = liaison_article_get_text (article);
  g_assert_null (strchr (text, '\r'));

  raw_body = (gsize) (strstr (raw, "BRASÍLIA") - raw);
  raw_sentences = liaison_split_sentences (raw, raw_body);
  sentences = liaison_split_sentences (text, liaison_article_get_body_offset (article));
  check_sentences (raw, raw_body, raw_sentences);
  g_assert_cmpuint (raw_sentences->len, ==, 10);
  g_assert_cmpuint (sentences->len, ==, raw_sentences->len);

  for (guint i = 0; i < sentences->len; i++)
    {
      g_autofree char *a = sentence_text (raw, raw_sentences, i);
      g_autofree char *b = sentence_text (text, sentences, i);

      g_assert_null (strchr (a, '\r'));
      g_assert_cmpstr (a, ==, b);
    }
}

static void
test_seed (void)
{
  g_autoptr(LiaisonArticle) article = liaison_article_new_example ();
  const char *text = liaison_article_get_text (article);
  gsize body = liaison_article_get_body_offset (article);
  g_autoptr(GArray) sentences = liaison_split_sentences (text, body);
  g_autoptr(GArray) quotes = liaison_find_quotes (text, body, sentences);
  g_autoptr(GArray) all = liaison_split_sentences (text, 0);
  g_autofree char *first = NULL;
  g_autofree char *fourth = NULL;
  g_autofree char *sixth = NULL;
  g_autofree char *ninth = NULL;
  g_autofree char *last = NULL;
  g_autofree char *from_start = NULL;

  check_sentences (text, body, sentences);
  check_quotes (text, sentences, quotes);

  /* Eleven paragraphs of one sentence each: the speaker tags after “…results.” and
   * “…revitalization.” stay with their quotes. */
  g_assert_cmpuint (sentences->len, ==, 11);

  first = sentence_text (text, sentences, 0);
  g_assert_true (g_str_has_prefix (first, "Kenyan President William Ruto has met with Wang Yi"));
  g_assert_true (g_str_has_suffix (first, "pledging to deepen Belt and Road cooperation."));

  fourth = sentence_text (text, sentences, 3);
  g_assert_true (g_str_has_prefix (fourth, "“Kenya is firmly committed"));
  g_assert_true (g_str_has_suffix (fourth, "achieve win-win results.” Ruto said."));

  sixth = sentence_text (text, sentences, 5);
  g_assert_true (g_str_has_prefix (sixth, "“Since the establishment of diplomatic ties"));
  g_assert_true (g_str_has_suffix (sixth, "jointly strived for revitalization.” Wang said."));

  ninth = sentence_text (text, sentences, 8);
  g_assert_true (g_str_has_prefix (ninth, "“China firmly supports Kenya"));
  g_assert_true (g_str_has_suffix (ninth, "its own national conditions,” he added."));

  last = sentence_text (text, sentences, 10);
  g_assert_cmpstr (last, ==, "Wang also met with Alfred Mutua, cabinet secretary for Foreign and "
                             "Diaspora Affairs of Kenya on the same day.");

  /* From the start of the text the date marker joins the first sentence. */
  check_sentences (text, 0, all);
  g_assert_cmpuint (all->len, ==, 11);
  from_start = sentence_text (text, all, 0);
  g_assert_true (g_str_has_prefix (from_start, "date 2023-07-24 Kenyan President"));

  /* Three quotes of speech and one quoted name. */
  g_assert_cmpuint (quotes->len, ==, 4);
  {
    const LiaisonQuote *q = &g_array_index (quotes, LiaisonQuote, 0);
    g_autofree char *words = span (text, q->start, q->end);
    g_autofree char *speaker = span (text, q->speaker_start, q->speaker_end);
    g_autofree char *verb = span (text, q->verb_start, q->verb_end);

    g_assert_true (g_str_has_prefix (words, "Kenya is firmly committed"));
    g_assert_true (g_str_has_suffix (words, "achieve win-win results."));
    g_assert_cmpstr (speaker, ==, "Ruto");
    g_assert_cmpstr (verb, ==, "said");
    g_assert_cmpuint (q->sentence_first, ==, 3);
    g_assert_cmpuint (q->sentence_last, ==, 3);
  }
  {
    const LiaisonQuote *q = &g_array_index (quotes, LiaisonQuote, 1);
    g_autofree char *words = span (text, q->start, q->end);
    g_autofree char *speaker = span (text, q->speaker_start, q->speaker_end);
    g_autofree char *verb = span (text, q->verb_start, q->verb_end);

    g_assert_true (g_str_has_prefix (words, "Since the establishment"));
    g_assert_true (g_str_has_suffix (words, "strived for revitalization."));
    g_assert_cmpstr (speaker, ==, "Wang");
    g_assert_cmpstr (verb, ==, "said");
    g_assert_cmpuint (q->sentence_first, ==, 5);
  }
  {
    const LiaisonQuote *q = &g_array_index (quotes, LiaisonQuote, 2);
    g_autofree char *words = span (text, q->start, q->end);
    g_autofree char *speaker = span (text, q->speaker_start, q->speaker_end);
    g_autofree char *verb = span (text, q->verb_start, q->verb_end);

    /* The comma before the tag is not part of what was said. */
    g_assert_true (g_str_has_prefix (words, "China firmly supports Kenya"));
    g_assert_true (g_str_has_suffix (words, "in line with its own national conditions"));
    g_assert_cmpstr (speaker, ==, "he");
    g_assert_cmpstr (verb, ==, "added");
    g_assert_cmpuint (q->sentence_first, ==, 8);
  }
  assert_quote (text, &g_array_index (quotes, LiaisonQuote, 3), "nine programs", NULL, NULL);
  g_assert_cmpuint (g_array_index (quotes, LiaisonQuote, 3).sentence_first, ==, 9);
}

typedef struct
{
  guint       index;
  const char *text;
} ExpectedSentence;

typedef struct
{
  const char *prefix;
  const char *suffix;
  const char *speaker;
  const char *verb;
  guint       first;
  guint       last;
} ExpectedQuote;

static const struct {
  const char      *file;
  guint            n_sentences;
  ExpectedSentence sentences[5];
  guint            n_quotes;
  ExpectedQuote    quotes[5];
} articles[] = {
  {
    "ghana-japan-phone-call.txt", 10,
    {
      { 1, "The call, which began at 9:30 a.m. Accra time, lasted about 40" NBSP "minutes." },
      { 2, "Mr." NBSP "Asante-Darko thanked Japan for its support to the Tema port expansion, "
           "which he said had cut average waiting times by 3.5 percent in its first year." },
      { 4, "Kimura said Tokyo would send a trade mission led by Dr. Emiko Sato, the vice "
           "minister of economy, to Accra in Sept. next year." },
      { 8, "According to the statement, the call ended at 10:10 a.m." },
      { 9, "The two leaders agreed to speak again before the end of the year." },
    },
    2,
    {
      { "Japan has been a dependable partner", "and the digital economy.",
        "Mr. Asante-Darko", "said", 3, 3 },
      { "We see West Africa as a region of great promise. Japan", "and in peace",
        "he", "added", 5, 6 },
    },
  },
  {
    "brazil-germany-state-visit.txt", 10,
    {
      { 0, "BRASÍLIA — German Chancellor Matthias Brenner arrived in Brasília on Monday for a "
           "three-day state visit, the first by a German head of government since Jan. 2019." },
      { 3, "\"We will not let that commitment fade.\"" },
      { 4, "Brenner said Berlin was ready to contribute 1.2 billion euros to the Amazon Fund "
           "over five years, more than the U.K. and the U.S. combined." },
      { 7, "\"We are here to listen, to learn and to invest.\"" },
      { 8, "The two leaders signed agreements on renewable energy, vocational training and the "
           "protection of indigenous lands, e.g. through joint satellite monitoring." },
    },
    5,
    {
      { "a turning point", "a turning point", NULL, NULL, 1, 1 },
      { "Brazil and Germany", "and to open trade", "Andrade", "said", 2, 2 },
      { "We will not", "commitment fade.", "Andrade", "said", 3, 3 },
      { "We are not here", "to lecture anyone", "Brenner", "said", 6, 6 },
      { "We are here", "and to invest.", "Brenner", "said", 7, 7 },
    },
  },
  {
    "asean-summit.txt", 10,
    {
      { 1, "The host, Prime Minister Somsak Vongphachanh, told the closing session that the "
           "region's economy grew by 4.6 percent last year... and that the bloc should aim "
           "higher." },
      { 3, "“Where others see rivalry, we see room for cooperation." },
      { 4, "“But dialogue must produce results." },
      { 6, "Gen. Arturo M. Villanueva, the Philippine defence secretary, and Lt. Gen. Nguyen "
           "Van Hoa of Vietnam held talks on the sidelines on coast guard cooperation." },
      { 9, "I will not give you a date.”" },
    },
    5,
    {
      { "early conclusion", "early conclusion", NULL, NULL, 0, 0 },
      { "We have shown", "dialogue works", "Vongphachanh", "said", 2, 2 },
      { "Where others see rivalry, we see room for cooperation.\n\n“But dialogue",
        "patient only up to a point.", "Vongphachanh", "said", 3, 5 },
      { "stronger than expected... but", "short on detail.", NULL, NULL, 7, 7 },
      { "We are closer than ever.", "give you a date.", "the Indonesian foreign minister",
        "said", 8, 9 },
    },
  },
  {
    "oman-iran-meeting.txt", 7,
    {
      { 0, "MUSCAT – Oman’s Foreign Minister Salim bin Hamad Al-Rawahi received his Iranian "
           "counterpart, Dariush Farahani, in Muscat on Sunday for talks on regional security "
           "and shipping in the Strait of Hormuz." },
      { 3, "“We came to Muscat with an open mind,” said Farahani, adding that Tehran valued "
           "Oman’s role as a mediator between Iran and the U.S." },
      { 4, "The remark was seen as a signal that indirect talks could resume." },
      { 5, "The ministers also discussed trade, which reached 1.8" NBSP "billion dollars in "
           "2023 – up from 1.1 billion the year before – and a planned ferry link between "
           "Khasab and Bandar Abbas." },
      { 6, "Asked about the talks, a senior Omani official said, “Nothing is agreed until "
           "everything is agreed.”" },
    },
    4,
    {
      { "the two ministers", "in all fields.", "Oman’s state news agency", NULL, 1, 1 },
      { "The security of navigation", "of the region", "Al-Rawahi", "told", 2, 2 },
      { "We came to Muscat", "with an open mind", "Farahani", "said", 3, 3 },
      { "Nothing is agreed", "everything is agreed.", "a senior Omani official", "said", 6, 6 },
    },
  },
  {
    "senegal-france-visit.txt", 8,
    {
      { 1, "She was welcomed at the airport by Senegalese President Mamadou Lamine Sy and his "
           "wife, Mrs. Aïssatou Sy." },
      { 2, "«" NBSP "Senegal and France are bound by history, but our future must be built as "
           "equals" NBSP "», Delorme said in a speech to the National Assembly." },
      { 4, "Sy called the return of the objects «" NBSP "a question of dignity" NBSP "»." },
      { 5, "“Can a partnership be fair if one side keeps the other’s memory?” Sy asked." },
      { 7, "On Tuesday, Delorme will visit St. Louis, the former colonial capital, and a "
           "French-funded solar plant near Thiès." },
    },
    4,
    {
      { "Senegal and France", "built as equals", "Delorme", "said", 2, 2 },
      { "a question of dignity", "a question of dignity", NULL, NULL, 4, 4 },
      { "Can a partnership", "the other’s memory?", "Sy", "asked", 5, 5 },
      { "I do not think so!", "I do not think so!", "Sy", "asked", 6, 6 },
    },
  },
  {
    "mexico-us-senators.txt", 10,
    {
      { 0, "MEXICO CITY — A bipartisan delegation of U.S. senators led by Sen. Helen M. "
           "Garrity and Sen. Robert Okafor Jr. met Mexico's foreign minister, Alejandra Ríos, "
           "on Wednesday to discuss border trade and fentanyl trafficking." },
      { 1, "The delegation arrived from Guatemala on Tuesday at 11 p.m. and is due to leave "
           "for the U.S." },
      { 2, "The senators will report to the Senate Foreign Relations Committee next week." },
      { 8, "Okafor told the minister: \"It is time to stop talking and start building." },
      { 9, "The delegation also met officials of Mexico's tax and customs agency." },
    },
    4,
    {
      { "Our economies", "at the hip", "Garrity", "said", 3, 3 },
      { "When a truck waits", "pay for it.", "Garrity", "said", 4, 4 },
      { "We are doing our part. We expect", "from our neighbour", "she", "said", 6, 7 },
      /* Never closed: it ends with its paragraph. */
      { "It is time", "and start building.", "Okafor", "told", 8, 8 },
    },
  },
  {
    "uk-nigeria-downing-street.txt", 7,
    {
      { 0, "LONDON — Nigerian President Ibrahim Adewale met British Prime Minister Eleanor "
           "Whitby at No. 10 Downing Street on Thursday, the first visit by a Nigerian head of "
           "state to the U.K. since 2019." },
      { 3, "Dr. Funmilayo Okonkwo, Nigeria's trade minister, said the talks at No. 10 had gone "
           "on until 4 p.m." },
      { 4, "“We came for results..." },
      { 5, "We leave with results,” she added." },
      { 6, "Mr. Adewale later visited King's College London, where Prof. Graham Ellis-Parry "
           "showed him a research programme on malaria vaccines." },
    },
    2,
    {
      { "Nigeria is one of our most important partners", "that partnership further.",
        "Whitby", "said", 2, 2 },
      { "We came for results... We leave", "with results", "she", "added", 4, 5 },
    },
  },
};

static LiaisonArticle *
load_article (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "articles", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LiaisonArticle *article;

  article = liaison_article_new_from_file (file, NULL, &error);
  g_assert_no_error (error);

  return article;
}

static void
test_articles (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autoptr(LiaisonArticle) article = load_article (articles[i].file);
      const char *text = liaison_article_get_text (article);
      gsize body = liaison_article_get_body_offset (article);
      g_autoptr(GArray) sentences = liaison_split_sentences (text, body);
      g_autoptr(GArray) quotes = liaison_find_quotes (text, body, sentences);
      g_autoptr(GArray) quotes_alone = liaison_find_quotes (text, body, NULL);

      g_test_message ("%s", articles[i].file);
      g_assert_nonnull (liaison_article_get_title (article));

      check_sentences (text, body, sentences);
      for (guint k = 0; k < sentences->len; k++)
        {
          g_autofree char *s = sentence_text (text, sentences, k);

          g_test_message ("  %u: %s", k, s);
        }
      g_assert_cmpuint (sentences->len, ==, articles[i].n_sentences);

      for (guint k = 0; k < G_N_ELEMENTS (articles[i].sentences); k++)
        {
          const ExpectedSentence *e = &articles[i].sentences[k];
          g_autofree char *s = sentence_text (text, sentences, e->index);

          g_assert_cmpstr (s, ==, e->text);
        }

      check_quotes (text, sentences, quotes);
      g_assert_cmpuint (quotes->len, ==, articles[i].n_quotes);
      g_assert_cmpuint (quotes_alone->len, ==, quotes->len);
      g_assert_cmpmem (quotes_alone->data, quotes_alone->len * sizeof (LiaisonQuote),
                       quotes->data, quotes->len * sizeof (LiaisonQuote));

      for (guint k = 0; k < articles[i].n_quotes; k++)
        {
          const ExpectedQuote *e = &articles[i].quotes[k];
          const LiaisonQuote *q = &g_array_index (quotes, LiaisonQuote, k);
          g_autofree char *words = span (text, q->start, q->end);
          g_autofree char *speaker = span (text, q->speaker_start, q->speaker_end);
          g_autofree char *verb = span (text, q->verb_start, q->verb_end);

          g_test_message ("  quote %u: %s — %s %s", k, words, speaker, verb);
          g_assert_true (g_str_has_prefix (words, e->prefix));
          g_assert_true (g_str_has_suffix (words, e->suffix));
          g_assert_cmpstr (speaker, ==, e->speaker);
          g_assert_cmpstr (verb, ==, e->verb);
          g_assert_cmpuint (q->sentence_first, ==, e->first);
          g_assert_cmpuint (q->sentence_last, ==, e->last);
        }
    }
}

static void
test_quote_patterns (void)
{
  static const struct {
    const char *text;
    guint       index;
    const char *words;
    const char *speaker;
    const char *verb;
  } cases[] = {
    { "“We will deepen cooperation,” he added.", 0,
      "We will deepen cooperation", "he", "added" },
    { "“The talks were productive.” Wang said.", 0,
      "The talks were productive.", "Wang", "said" },
    { "“We agree on the principles,” said Wang.", 0,
      "We agree on the principles", "Wang", "said" },
    { "“We agree on the principles,” said the minister.", 0,
      "We agree on the principles", "the minister", "said" },
    { "Wang said, “The two sides agreed to meet again.”", 0,
      "The two sides agreed to meet again.", "Wang", "said" },
    { "Wang said: “The two sides agreed to meet again.”", 0,
      "The two sides agreed to meet again.", "Wang", "said" },
    { "“Trade rose sharply,” Wang told reporters.", 0,
      "Trade rose sharply", "Wang", "told" },
    { "According to Wang, “the talks were frank.”", 0,
      "the talks were frank.", "Wang", NULL },
    { "“We agree,” according to the ministry.", 0, "We agree", "the ministry", NULL },
    { "“We are ready,” the Kenyan president said on Monday.", 0,
      "We are ready", "the Kenyan president", "said" },
    { "“We are ready,” said Foreign Minister Lin Haoran, adding that talks would follow.", 0,
      "We are ready", "Foreign Minister Lin Haoran", "said" },
    { "“The border must stay open,” Sen. Mara Okafor said.", 0,
      "The border must stay open", "Sen. Mara Okafor", "said" },
    { "“We made progress,” Daniel R. Whitcombe, the U.S. envoy, told reporters in Geneva.", 0,
      "We made progress", "Daniel R. Whitcombe", "told" },
    { "“Are we ready?” she asked.", 0, "Are we ready?", "she", "asked" },
    { "“We agree”, Wang said.", 0, "We agree", "Wang", "said" },
    { "“We are ready,” Ruto and Wang said.", 0, "We are ready", "Ruto and Wang", "said" },
    { "“We are ready,” Wang also said.", 0, "We are ready", "Wang", "said" },
    { "The minister also pointed out: “Nobody wins a trade war.”", 0,
      "Nobody wins a trade war.", "The minister", "pointed out" },
    { "The head of the delegation said: “We are satisfied.”", 0,
      "We are satisfied.", "The head of the delegation", "said" },
    { "In a speech on Monday, he said: “We are ready.”", 0, "We are ready.", "he", "said" },
    { "Kenya's President William Ruto said on Monday: “We are ready.”", 0,
      "We are ready.", "Kenya's President William Ruto", "said" },
    { "Wang told the delegation, “We are ready.”", 0, "We are ready.", "Wang", "told" },
    /* The second quote of a pair. */
    { "“We agree,” Ruto said. “We will act together.”", 1,
      "We will act together.", "Ruto", "said" },
    { "“We agree,” Wang said, “and we will act.”", 1, "and we will act.", "Wang", "said" },
    /* Other quote marks. */
    { "« We are ready, » the ambassador said.", 0, "We are ready", "the ambassador", "said" },
    { "\"We are ready,\" the ambassador said.", 0, "We are ready", "the ambassador", "said" },
    { "„We are ready,“ the ambassador said.", 0, "We are ready", "the ambassador", "said" },
    /* Nested single quotes are part of the quote. */
    { "“They called it ‘a new era,’ and we agree,” Wang said.", 0,
      "They called it ‘a new era,’ and we agree", "Wang", "said" },
    { "“They called it 'a new era' and we agree,” Wang said.", 0,
      "They called it 'a new era' and we agree", "Wang", "said" },
    /* Not speech, or not attributed. */
    { "She called the deal “historic” and left.", 0, "historic", NULL, NULL },
    { "“We agree.” The talks ended there.", 0, "We agree.", NULL, NULL },
    { "“We agree.” Ruto said the deal would be signed soon.", 0, "We agree.", NULL, NULL },
    { "Wang said the “nine programs” would help.", 0, "nine programs", NULL, NULL },
    { "“We agree,” Ruto said. Wang frowned: “We do not.”", 1, "We do not.", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *text = cases[i].text;
      g_autoptr(GArray) sentences = liaison_split_sentences (text, 0);
      g_autoptr(GArray) quotes = liaison_find_quotes (text, 0, sentences);

      g_test_message ("%s", text);
      check_quotes (text, sentences, quotes);
      g_assert_cmpuint (quotes->len, >, cases[i].index);
      assert_quote (text, &g_array_index (quotes, LiaisonQuote, cases[i].index),
                    cases[i].words, cases[i].speaker, cases[i].verb);
    }
}

static void
test_quote_sentences (void)
{
  const char *text = "Wang said: “We agree. We will act. The rest is detail.” Then he left.";
  g_autoptr(GArray) sentences = liaison_split_sentences (text, 0);
  g_autoptr(GArray) quotes = liaison_find_quotes (text, 0, sentences);
  const LiaisonQuote *q;

  g_assert_cmpuint (sentences->len, ==, 4);
  g_assert_cmpuint (quotes->len, ==, 1);
  q = &g_array_index (quotes, LiaisonQuote, 0);
  assert_quote (text, q, "We agree. We will act. The rest is detail.", "Wang", "said");
  g_assert_cmpuint (q->sentence_first, ==, 0);
  g_assert_cmpuint (q->sentence_last, ==, 2);
}

static void
test_quote_paragraphs (void)
{
  /* The press convention: a quote running over paragraphs reopens each with a mark and closes
   * only at its end. */
  const char *text = "“We have agreed,” the minister said. “Our teams will meet in March.\n\n"
                     "“This is only the beginning.”\n\n"
                     "The talks ended.";
  g_autoptr(GArray) sentences = liaison_split_sentences (text, 0);
  g_autoptr(GArray) quotes = liaison_find_quotes (text, 0, sentences);
  const LiaisonQuote *q;

  check_sentences (text, 0, sentences);
  check_quotes (text, sentences, quotes);
  g_assert_cmpuint (sentences->len, ==, 4);
  g_assert_cmpuint (quotes->len, ==, 2);

  q = &g_array_index (quotes, LiaisonQuote, 1);
  assert_quote (text, q, "Our teams will meet in March.\n\n“This is only the beginning.",
                "the minister", "said");
  g_assert_cmpuint (q->sentence_first, ==, 1);
  g_assert_cmpuint (q->sentence_last, ==, 2);
}

static void
test_quote_unbalanced (void)
{
  g_autoptr(GString) text = g_string_new ("He said “we will never give up\n\n");
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) quotes = NULL;

  /* A long document after a quote that is never closed. */
  for (guint i = 0; i < 2000; i++)
    g_string_append (text, "The next paragraph is not a quote. Nor is this one.\n\n");

  sentences = liaison_split_sentences (text->str, 0);
  quotes = liaison_find_quotes (text->str, 0, sentences);
  check_sentences (text->str, 0, sentences);
  check_quotes (text->str, sentences, quotes);
  g_assert_cmpuint (sentences->len, ==, 1 + 2 * 2000);
  g_assert_cmpuint (quotes->len, ==, 1);
  assert_quote (text->str, &g_array_index (quotes, LiaisonQuote, 0),
                "we will never give up", "He", "said");

  /* Unclosed quotes, each continued by the next paragraph, then ended by one that is not. */
  {
    const char *t = "“A first paragraph.\n\n“A second one.\n\nNot quoted.";
    g_autoptr(GArray) s = liaison_split_sentences (t, 0);
    g_autoptr(GArray) q = liaison_find_quotes (t, 0, s);

    g_assert_cmpuint (s->len, ==, 3);
    g_assert_cmpuint (q->len, ==, 1);
    assert_quote (t, &g_array_index (q, LiaisonQuote, 0),
                  "A first paragraph.\n\n“A second one.", NULL, NULL);
  }

  /* A closing mark with nothing open is ignored; a new opening mark ends an open quote. */
  {
    const char *t = "It was 5” long. “One “Two,” Wang said.";
    g_autoptr(GArray) s = liaison_split_sentences (t, 0);
    g_autoptr(GArray) q = liaison_find_quotes (t, 0, s);

    g_assert_cmpuint (q->len, ==, 2);
    assert_quote (t, &g_array_index (q, LiaisonQuote, 0), "One", NULL, NULL);
    assert_quote (t, &g_array_index (q, LiaisonQuote, 1), "Two", "Wang", "said");
  }

  /* Empty quotes are no quotes. */
  {
    g_autoptr(GArray) q = liaison_find_quotes ("He wrote “” and “ ”.", 0, NULL);

    g_assert_cmpuint (q->len, ==, 0);
  }
}

static void
test_from (void)
{
  const char *text = "Ignored part. Mr. Ruto met Wang. “We agree,” he said.";
  gsize from = strlen ("Ignored part. ");
  g_autoptr(GArray) sentences = liaison_split_sentences (text, from);
  g_autoptr(GArray) quotes = liaison_find_quotes (text, from, sentences);
  g_autofree char *first = NULL;

  check_sentences (text, from, sentences);
  check_quotes (text, sentences, quotes);
  g_assert_cmpuint (sentences->len, ==, 2);
  first = sentence_text (text, sentences, 0);
  g_assert_cmpstr (first, ==, "Mr. Ruto met Wang.");
  g_assert_cmpuint (quotes->len, ==, 1);
  assert_quote (text, &g_array_index (quotes, LiaisonQuote, 0), "We agree", "he", "said");

  /* Offsets after non-ASCII text count characters, not bytes. */
  {
    const char *t = "Réunion à Brasília. “Sí,” dijo Lúcia. Ça va.";
    g_autoptr(GArray) s = liaison_split_sentences (t, 0);
    g_autoptr(GArray) q = liaison_find_quotes (t, 0, s);

    check_sentences (t, 0, s);
    check_quotes (t, s, q);
    g_assert_cmpuint (s->len, ==, 3);
    g_assert_cmpuint (g_array_index (s, LiaisonSentence, 1).char_start, ==, 20);
  }
}

static void
test_invalid (void)
{
  GArray *result;

  g_test_expect_message ("liaison-sentences", G_LOG_LEVEL_CRITICAL, "*text_is_valid*");
  result = liaison_split_sentences ("caf\xE9 au lait.", 0);
  g_test_assert_expected_messages ();
  g_assert_null (result);

  g_test_expect_message ("liaison-sentences", G_LOG_LEVEL_CRITICAL, "*text_is_valid*");
  result = liaison_split_sentences ("Short.", 7);
  g_test_assert_expected_messages ();
  g_assert_null (result);

  /* Inside the two bytes of "é". */
  g_test_expect_message ("liaison-sentences", G_LOG_LEVEL_CRITICAL, "*text_is_valid*");
  result = liaison_find_quotes ("é", 1, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (result);

  g_test_expect_message ("liaison-sentences", G_LOG_LEVEL_CRITICAL, "*text != NULL*");
  result = liaison_find_quotes (NULL, 0, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (result);
}

/* Odd inputs: runs of punctuation, quote marks and line breaks, words without spaces. */
static void
test_pathological (void)
{
  static const char * const units[] = {
    ".", "“", "”", "\"", "«", "\n", "\r", "a", "a.", "a. ", "Mr. ", "U.S. ", ".” A ",
    "“a", "\"a ", "… ", "\n\n“", "\r\n", "é", NBSP, "J. ", "said. ",
  };
  gsize size = 256 * 1024;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autoptr(GString) text = g_string_sized_new (size + 16);
      g_autoptr(GArray) sentences = NULL;
      g_autoptr(GArray) quotes = NULL;

      while (text->len < size)
        g_string_append (text, units[i]);

      sentences = liaison_split_sentences (text->str, 0);
      quotes = liaison_find_quotes (text->str, 0, sentences);
      check_sentences (text->str, 0, sentences);
      g_assert_nonnull (quotes);
      for (guint k = 0; k < quotes->len; k++)
        {
          const LiaisonQuote *q = &g_array_index (quotes, LiaisonQuote, k);

          g_assert_cmpuint (q->start, <, q->end);
          g_assert_cmpuint (q->end, <=, text->len);
          g_assert_cmpuint (q->sentence_last, <, MAX (sentences->len, 1));
        }
    }
}

/* A long generated input: the seed and the test articles over and over. The suite uses 5 MB;
 * "-m thorough" uses 50 MB. */
static void
test_long_input (void)
{
  g_autoptr(LiaisonArticle) seed = liaison_article_new_example ();
  g_autoptr(GString) block = g_string_new (NULL);
  g_autoptr(GString) text = NULL;
  g_autoptr(GArray) block_sentences = NULL;
  g_autoptr(GArray) block_quotes = NULL;
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) quotes = NULL;
  gsize size = (g_test_thorough () ? 50 : 5) * 1024 * 1024;
  guint copies = 0;

  g_string_append (block, liaison_article_get_text (seed) +
                          liaison_article_get_body_offset (seed));
  g_string_append (block, "\n\n");
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autoptr(LiaisonArticle) article = load_article (articles[i].file);

      g_string_append (block, liaison_article_get_text (article) +
                              liaison_article_get_body_offset (article));
      g_string_append (block, "\n\n");
    }
  g_string_append (block, "He said “this quote is never closed\n\n");

  block_sentences = liaison_split_sentences (block->str, 0);
  block_quotes = liaison_find_quotes (block->str, 0, block_sentences);

  text = g_string_sized_new (size + block->len);
  while (text->len < size)
    {
      g_string_append_len (text, block->str, (gssize) block->len);
      copies++;
    }

  sentences = liaison_split_sentences (text->str, 0);
  quotes = liaison_find_quotes (text->str, 0, sentences);
  check_sentences (text->str, 0, sentences);

  g_assert_cmpuint (sentences->len, ==, copies * block_sentences->len);
  g_assert_cmpuint (quotes->len, ==, copies * block_quotes->len);

  /* The last copy reads exactly like the first, shifted. */
  for (guint i = 0; i < block_quotes->len; i++)
    {
      const LiaisonQuote *a = &g_array_index (block_quotes, LiaisonQuote, i);
      const LiaisonQuote *b = &g_array_index (quotes, LiaisonQuote,
                                              (copies - 1) * block_quotes->len + i);
      gsize shift = (copies - 1) * block->len;

      g_assert_cmpuint (b->start, ==, a->start + shift);
      g_assert_cmpuint (b->end, ==, a->end + shift);
      g_assert_cmpuint (b->speaker_end - b->speaker_start, ==, a->speaker_end - a->speaker_start);
      g_assert_cmpuint (b->sentence_first, ==,
                        a->sentence_first + (copies - 1) * block_sentences->len);
      if (a->speaker_end != 0)
        g_assert_cmpuint (b->speaker_start, ==, a->speaker_start + shift);
    }

  {
    const LiaisonQuote *q = &g_array_index (quotes, LiaisonQuote, quotes->len - 1);

    g_assert_cmpuint (q->char_start, ==, g_utf8_pointer_to_offset (text->str,
                                                                   text->str + q->start));
    g_assert_cmpuint (q->speaker_char_start, ==,
                      g_utf8_pointer_to_offset (text->str, text->str + q->speaker_start));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/liaison/sentences/empty", test_empty);
  g_test_add_func ("/liaison/sentences/no-punctuation", test_no_punctuation);
  g_test_add_func ("/liaison/sentences/abbreviations", test_abbreviations);
  g_test_add_func ("/liaison/sentences/paragraphs", test_paragraphs);
  g_test_add_func ("/liaison/sentences/speaker-tag", test_speaker_tag);
  g_test_add_func ("/liaison/sentences/crlf", test_crlf);
  g_test_add_func ("/liaison/sentences/seed", test_seed);
  g_test_add_func ("/liaison/sentences/articles", test_articles);
  g_test_add_func ("/liaison/sentences/from", test_from);
  g_test_add_func ("/liaison/sentences/invalid", test_invalid);
  g_test_add_func ("/liaison/sentences/quotes/patterns", test_quote_patterns);
  g_test_add_func ("/liaison/sentences/quotes/sentences", test_quote_sentences);
  g_test_add_func ("/liaison/sentences/quotes/paragraphs", test_quote_paragraphs);
  g_test_add_func ("/liaison/sentences/quotes/unbalanced", test_quote_unbalanced);
  g_test_add_func ("/liaison/sentences/pathological", test_pathological);
  g_test_add_func ("/liaison/sentences/long-input", test_long_input);

  return g_test_run ();
}
