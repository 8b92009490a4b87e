#!/usr/bin/python3
"""Checks the extraction data files of Liaison (data/extraction/*.json).

Usage:  /usr/bin/python3 data/extraction/check.py [--quiet] [--help]

Standard library only.  Prints ERROR lines for problems that must be fixed,
WARNING lines for things the loader tolerates but a linguist should look at,
and INFO lines for heuristics (possible person names, cross-file overlaps).
Exits 1 when there is at least one ERROR, 0 otherwise.

Files checked: countries.json, organizations.json, places.json, sectors.json,
titles.json (read by src/core/liaison-gazetteer.c), cues.json (read by
src/core/liaison-extract.c) and abbreviations.json (read by
src/core/liaison-sentences.c).  The list keys of cues.json are compared with the
cue_lists[] array of liaison-extract.c, parsed from the source when it is at
hand (../../src/core/ from this file), so that the check follows the code.

The phrase key used for duplicate checks imitates the C tokenizer
(src/core/liaison-tokens.c): curly quotes and dashes are made plain, text is
case-folded, words are runs of letters, digits and combining marks, and every
other non-space character is a token of its own.  Two phrases with the same key
are the same phrase for the matcher.
"""

import json
import os
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FORMAT = "liaison-extraction/1"
ISO_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
# The extractor, whose cue_lists[] array names the lists of cues.json it reads.
EXTRACT_C = HERE.parent.parent / "src" / "core" / "liaison-extract.c"
# Keys of cues.json that are not cue lists.
CUES_META = {"format", "comment"}
# Lists of cues.json that liaison-extract.c only ever consults one token at a time (is_cue(),
# or cue_at() == 1): a phrase of several words in them is never used as such.
ONE_WORD_CUES = {"person_pronouns", "not_names", "name_particles", "org_words", "org_heads",
                 "programme_heads", "programme_words", "prepositions", "meeting_heads"}
# abbreviations.json: the lists liaison-sentences.c reads (all three are required), and
# MAX_WORD_BYTES there (a longer word is never looked up).
ABBREVIATION_LISTS = ("entries", "may-end-sentence", "before-number")
ABBREVIATION_MAX_BYTES = 32
# Phrase roles that check.py knows but the C loader does not read (no phrase is filed
# under them, so they cannot clash with another file).
NOT_LOADED_ROLES = {"capital_alias", "adjective"}

# The 193 member states of the United Nations, by ISO 3166-1 alpha-2 code.
UN_MEMBERS = set("""
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM
GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS
LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO
OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM
ZW
""".split())
OBSERVERS_AND_OTHERS = {"VA", "PS", "TW", "XK"}
NON_ISO_CODES = {"XK"}

REGIONS = {"Africa", "Asia", "Europe", "Americas", "Oceania", "Middle East"}
ORG_KINDS = {"organization", "programme"}
PLACE_KINDS = {"continent", "region", "grouping", "ocean", "sea", "strait", "canal", "river",
               "island", "territory", "city"}
HEAD_OF = {"state", "government", "ministry", "organization", None}
MIN_COUNTRIES = 195
MIN_ORGANIZATIONS = 150
MIN_SECTORS = 80

# Words that make a two-word capitalised phrase look like an institution or a place rather
# than a person's name; used only for the INFO heuristic.
KNOWN_WORDS = set("""
of and the for on in to de la le du des el al new north south east west central northern
southern eastern western upper lower great greater united national international islamic
people's republic kingdom state states union council committee commission bank agency forum
summit party ministry department office court fund alliance association league community
movement group army forces front organization organisation initiative programme program
agreement treaty accord accords protocol convention corridor plan partnership framework
dialogue conference expo parliament assembly congress senate house duma palace cooperation
development security energy trade economic gulf sea ocean strait canal river lake basin
island islands peninsula region city heights bay coast strip bank horn pacific atlantic
indian arctic antarctic global world african asian european arab american latin caribbean
africa asia europe america middle minor desert province street reserve cross guards eyes format
four five three seas triangle deal conventions process declaration area horizon power prosper
san santa los las saint st port cape cabo puerto tel da hong sabha rada haram bureau
""".split())


class Report:
    def __init__(self, quiet):
        self.quiet = quiet
        self.errors = 0
        self.warnings = 0

    def error(self, where, msg):
        self.errors += 1
        print(f"ERROR   {where}: {msg}")

    def warning(self, where, msg):
        self.warnings += 1
        print(f"WARNING {where}: {msg}")

    def info(self, where, msg):
        if not self.quiet:
            print(f"INFO    {where}: {msg}")


_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'",
                        "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
                        "\u201e": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-",
                        "\u2013": "-", "\u2014": "-", "\u2212": "-"})


# Characters the C tokenizer takes for white space besides str.isspace() ones.
_EXTRA_SPACES = {"\u00a0", "\u202f", "\u2007", "\ufeff", "\u200b"}


def _token_key(token):
    # liaison-tokens.c make_key(): ASCII is lower-cased; anything else is NFKC-composed
    # (G_NORMALIZE_ALL_COMPOSE) and case-folded.
    if token.isascii():
        return token.lower()
    return unicodedata.normalize("NFKC", token).casefold()


def phrase_key(phrase):
    tokens, word = [], []
    for ch in phrase.translate(_PLAIN):
        if ch.isalnum() or unicodedata.category(ch).startswith("M"):
            word.append(ch)
            continue
        if word:
            tokens.append("".join(word))
            word = []
        if not (ch.isspace() or ch in _EXTRA_SPACES):
            tokens.append(ch)
    if word:
        tokens.append("".join(word))
    return " ".join(_token_key(t) for t in tokens)


def load(report, name):
    path = HERE / name
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except FileNotFoundError:
        report.error(name, "missing")
        return None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        report.error(name, f"not valid UTF-8 JSON: {e}")
        return None
    if not isinstance(doc, dict):
        report.error(name, "top level is not an object")
        return None
    if doc.get("format") != FORMAT:
        report.error(name, f"format must be {FORMAT!r}, found {doc.get('format')!r}")
    if not isinstance(doc.get("entries"), list):
        report.error(name, "'entries' must be a list")
        return None
    return doc


def is_str(v):
    return isinstance(v, str) and v.strip() == v and v != ""


def check_keys(report, where, entry, required, optional):
    """required/optional map key -> checker(value) -> error text or None."""
    ok = True
    if not isinstance(entry, dict):
        report.error(where, "entry is not an object")
        return False
    for k, check in required.items():
        if k not in entry:
            report.error(where, f"missing key {k!r}")
            ok = False
            continue
        problem = check(entry[k])
        if problem:
            report.error(where, f"{k}: {problem}")
            ok = False
    for k, v in entry.items():
        if k in required:
            continue
        if k not in optional:
            report.warning(where, f"unknown key {k!r} (ignored by the loader)")
            continue
        problem = optional[k](v)
        if problem:
            report.error(where, f"{k}: {problem}")
            ok = False
    return ok


def c_str(v):
    return None if is_str(v) else "must be a non-empty string without outer spaces"


def c_str_or_null(v):
    return None if v is None or is_str(v) else "must be a string or null"


def c_list(v):
    if not isinstance(v, list):
        return "must be a list"
    for x in v:
        if not is_str(x):
            return f"element {x!r} must be a non-empty string without outer spaces"
    return None


def c_bool(v):
    return None if isinstance(v, bool) else "must be true or false"


def c_enum(values):
    return lambda v: None if v in values else f"{v!r} is not one of {sorted(map(str, values))}"


def c_int(v):
    return None if isinstance(v, int) and not isinstance(v, bool) else "must be an integer"


def c_dict(v):
    return None if isinstance(v, dict) else "must be an object"


class Phrases:
    """Phrase keys of one file, to find duplicates."""

    def __init__(self, report, file):
        self.report = report
        self.file = file
        self.owner = {}  # key -> (entry name, role)

    def add(self, entry_name, phrase, role):
        k = phrase_key(phrase)
        if not k:
            self.report.error(f"{self.file} [{entry_name}]", f"empty phrase {phrase!r}")
            return
        prev = self.owner.get(k)
        if prev is None:
            self.owner[k] = (entry_name, role)
        elif prev[0] == entry_name and role == "capital" and prev[1] == "name":
            pass  # a city-state: the capital is named like the country, which keeps the phrase
        elif prev[0] == entry_name:
            self.report.error(f"{self.file} [{entry_name}]",
                              f"{phrase!r} ({role}) repeats its own {prev[1]}")
        elif prev[1] == "name" or role == "name":
            self.report.error(f"{self.file} [{entry_name}]",
                              f"{phrase!r} ({role}) is also {prev[1]} of [{prev[0]}]")
        else:
            self.report.error(f"{self.file} [{entry_name}]",
                              f"duplicate {phrase!r} ({role}), already {prev[1]} of [{prev[0]}]")


def check_countries(report, doc, iso_codes, place_names):
    file = "countries.json"
    phrases = Phrases(report, file)
    codes = set()
    names = {}
    required = {"code": c_str, "name": c_str, "aliases": c_list, "demonyms": c_list,
                "capital": c_str_or_null, "region": c_enum(REGIONS), "subregion": c_str}
    optional = {"capital_aliases": c_list, "ambiguous": c_bool, "ambiguous_forms": c_list,
                "note": c_str}
    for i, e in enumerate(doc["entries"]):
        where = f"{file} [{e.get('name', i) if isinstance(e, dict) else i}]"
        if not check_keys(report, where, e, required, optional):
            continue
        code = e["code"]
        if code in codes:
            report.error(where, f"code {code} listed twice")
        codes.add(code)
        if iso_codes is not None and code not in iso_codes and code not in NON_ISO_CODES:
            report.error(where, f"code {code} is not in iso-codes")
        names[e["name"]] = code
        phrases.add(e["name"], e["name"], "name")
        for a in e["aliases"]:
            phrases.add(e["name"], a, "alias")
        for d in e["demonyms"]:
            phrases.add(e["name"], d, "demonym")
        if e["capital"] is not None:
            phrases.add(e["name"], e["capital"], "capital")
            for c in e.get("capital_aliases", []):
                phrases.add(e["name"], c, "capital_alias")
        elif e.get("capital_aliases"):
            report.error(where, "capital_aliases without a capital")
        if place_names is not None and e["subregion"] not in place_names:
            report.error(where, f"subregion {e['subregion']!r} is not a place in places.json")
        if place_names is not None and e["region"] not in place_names:
            report.error(where, f"region {e['region']!r} is not a place in places.json")
        forms = {phrase_key(x) for x in [e["name"]] + e["aliases"] + e["demonyms"]}
        for f in e.get("ambiguous_forms", []):
            if phrase_key(f) not in forms:
                report.error(where, f"ambiguous form {f!r} is not a name, alias or demonym")
        if e.get("ambiguous_forms") and not e.get("ambiguous"):
            report.error(where, "ambiguous_forms given but ambiguous is not true")
        if e.get("ambiguous") and not e.get("ambiguous_forms"):
            report.warning(where, "ambiguous without ambiguous_forms: every form is suspect")
        for a in e["aliases"] + e["demonyms"]:
            if a[:1].islower():
                report.error(where, f"{a!r} starts in lower case; countries are proper names")
    missing = UN_MEMBERS - codes
    if missing:
        report.error(file, f"UN member states missing: {' '.join(sorted(missing))}")
    for code in OBSERVERS_AND_OTHERS - codes:
        report.error(file, f"{code} missing")
    if len(codes) < MIN_COUNTRIES:
        report.error(file, f"{len(codes)} countries, expected at least {MIN_COUNTRIES}")
    return codes, names, phrases


def check_organizations(report, doc, codes, place_names):
    file = "organizations.json"
    phrases = Phrases(report, file)
    required = {"name": c_str, "kind": c_enum(ORG_KINDS), "aliases": c_list, "acronyms": c_list}
    optional = {"country": c_str, "proposed_by": c_str, "part_of": c_str, "region": c_str,
                "lowercase": c_bool, "note": c_str}
    names = {}
    part_of = []
    for i, e in enumerate(doc["entries"]):
        where = f"{file} [{e.get('name', i) if isinstance(e, dict) else i}]"
        if not check_keys(report, where, e, required, optional):
            continue
        names[e["name"]] = e["kind"]
        phrases.add(e["name"], e["name"], "name")
        for a in e["aliases"]:
            phrases.add(e["name"], a, "alias")
        for a in e["acronyms"]:
            phrases.add(e["name"], a, "acronym")
            if not re.search(r"[A-Z]", a) or re.search(r"\s", a):
                report.error(where, f"acronym {a!r} must be one token with capitals")
        for k in ("country", "proposed_by"):
            if k in e and e[k] not in codes:
                report.error(where, f"{k} {e[k]!r} is not a code in countries.json")
        if "country" in e and e["kind"] == "programme":
            report.warning(where, "a programme should use proposed_by, not country")
        if "region" in e and place_names is not None and e["region"] not in place_names:
            report.error(where, f"region {e['region']!r} is not a place in places.json")
        if "part_of" in e:
            part_of.append((where, e["name"], e["part_of"]))
        if not e.get("lowercase"):
            for a in [e["name"]] + e["aliases"]:
                if a[:1].islower():
                    report.error(where, f"{a!r} starts in lower case; set \"lowercase\": true "
                                 "if the name is really written so")
        else:
            lower = [a for a in [e["name"]] + e["aliases"] if a[:1].islower()]
            if lower:
                report.info(where, "the loader ignores \"lowercase\" and files these forms "
                            "like any name, so they match only where the text capitalises "
                            "their first word: " + ", ".join(repr(a) for a in lower))
    for where, name, parent in part_of:
        if parent not in names:
            report.error(where, f"part_of {parent!r} is not an entry name")
        elif parent == name:
            report.error(where, "part_of itself")
    # part_of cycles
    parents = {n: p for _, n, p in part_of}
    for start in parents:
        seen, n = set(), start
        while n in parents:
            if n in seen:
                report.error(f"{file} [{start}]", "part_of chain loops")
                break
            seen.add(n)
            n = parents[n]
    if len(names) < MIN_ORGANIZATIONS:
        report.error(file, f"{len(names)} organisations and programmes, expected at least "
                     f"{MIN_ORGANIZATIONS}")
    return names, phrases


def check_titles(report, doc):
    file = "titles.json"
    phrases = Phrases(report, file)
    required = {"title": c_str, "variants": c_list, "rank": c_int, "head_of": c_enum(HEAD_OF),
                "ministry": c_str_or_null}
    optional = {"honorific": c_bool, "note": c_str}
    for i, e in enumerate(doc["entries"]):
        where = f"{file} [{e.get('title', i) if isinstance(e, dict) else i}]"
        if not check_keys(report, where, e, required, optional):
            continue
        phrases.add(e["title"], e["title"], "name")
        for v in e["variants"]:
            phrases.add(e["title"], v, "variant")
        if not 0 <= e["rank"] <= 100:
            report.error(where, "rank must be between 0 and 100")
        if e.get("honorific") and e["rank"] != 0:
            report.warning(where, "an honorific is not an office; its rank should be 0")
    return phrases


def check_sectors(report, doc):
    file = "sectors.json"
    phrases = Phrases(report, file)
    required = {"name": c_str, "variants": c_list, "domain": c_str}
    optional = {"note": c_str}
    n = 0
    for i, e in enumerate(doc["entries"]):
        where = f"{file} [{e.get('name', i) if isinstance(e, dict) else i}]"
        if not check_keys(report, where, e, required, optional):
            continue
        n += 1
        phrases.add(e["name"], e["name"], "name")
        for v in e["variants"]:
            phrases.add(e["name"], v, "variant")
        if e["name"] != e["name"].lower():
            report.error(where, "the canonical name is written in lower case")
    if n < MIN_SECTORS:
        report.error(file, f"{n} sectors, expected at least {MIN_SECTORS}")
    return phrases


def check_places(report, doc, codes, country_names):
    file = "places.json"
    phrases = Phrases(report, file)
    required = {"name": c_str, "kind": c_enum(PLACE_KINDS), "aliases": c_list}
    optional = {"adjectives": c_list, "country": c_str, "part_of": c_str, "note": c_str}
    names = set()
    part_of = []
    for i, e in enumerate(doc["entries"]):
        where = f"{file} [{e.get('name', i) if isinstance(e, dict) else i}]"
        if not check_keys(report, where, e, required, optional):
            continue
        names.add(e["name"])
        phrases.add(e["name"], e["name"], "name")
        for a in e["aliases"]:
            phrases.add(e["name"], a, "alias")
        for a in e.get("adjectives", []):
            phrases.add(e["name"], a, "adjective")
        if "country" in e and e["country"] not in codes:
            report.error(where, f"country {e['country']!r} is not a code in countries.json")
        if e["kind"] == "city" and "country" not in e and "note" not in e:
            report.warning(where, "a city without a country should say why in a note")
        if e["kind"] == "city" and "country" in e and "part_of" in e:
            report.warning(where, "a city with both country and part_of is read like a capital: "
                           "outside datelines and \"in X\" it stands for its country's government")
        if "part_of" in e:
            part_of.append((where, e["part_of"]))
    for where, parent in part_of:
        if parent not in names and parent not in country_names:
            report.error(where, f"part_of {parent!r} is neither a place nor a country")
    return names, phrases


def cue_lists_of_c():
    """The list keys the extractor reads: the strings of the cue_lists[] array in
    src/core/liaison-extract.c.  None when that file is not at hand, [] when the array
    cannot be found in it."""
    try:
        source = EXTRACT_C.read_text(encoding="utf-8")
    except OSError:
        return None
    m = re.search(r"\bcue_lists\s*\[[^\]]*\]\s*=\s*\{(.*?)\}\s*;", source, re.S)
    if not m:
        return []
    body = re.sub(r"/\*.*?\*/|//[^\n]*", " ", m.group(1), flags=re.S)
    return re.findall(r'"((?:[^"\\]|\\.)*)"', body)


def check_cues(report, actor_names=None):
    """cues.json: an object of phrase lists, each read by liaison-extract.c under the key
    that cue_lists[] gives it.  actor_names: canonical names of countries and organisations,
    for countries_with_the.  Returns the number of lists, or None."""
    file = "cues.json"
    try:
        with open(HERE / file, encoding="utf-8") as f:
            doc = json.load(f)
    except FileNotFoundError:
        report.error(file, "missing")
        return None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        report.error(file, f"not valid UTF-8 JSON: {e}")
        return None
    if not isinstance(doc, dict):
        report.error(file, "top level is not an object")
        return None
    if doc.get("format") != FORMAT:
        report.error(file, f"format must be {FORMAT!r}, found {doc.get('format')!r}")
    if "comment" in doc and not isinstance(doc["comment"], str):
        report.error(file, "'comment' must be a string")

    n = 0
    for key, value in doc.items():
        if key in CUES_META:
            continue
        where = f"{file} {key}"
        if not isinstance(value, list):
            report.error(where, "must be a list of phrases")
            continue
        n += 1
        if not value:
            report.warning(where, "empty list: this cue never fires")
        seen = {}
        for x in value:
            if not is_str(x):
                report.error(where, f"element {x!r} must be a non-empty string without outer spaces")
                continue
            k = phrase_key(x)
            if not k:
                report.error(where, f"{x!r} has no token to match")
            elif k in seen:
                same = "listed twice" if seen[k] == x else f"the same phrase as {seen[k]!r} (case is ignored)"
                report.error(where, f"{x!r} is {same}")
            else:
                seen[k] = x
                if key in ONE_WORD_CUES and " " in k:
                    report.warning(where, f"{x!r} has several tokens, but liaison-extract.c reads "
                                   "this list one word at a time: it never matches as a whole")
        if key == "countries_with_the" and actor_names:
            names = {phrase_key(n) for n in actor_names}
            for x in value:
                if is_str(x) and phrase_key(x) not in names:
                    report.info(where, f"{x!r} is not the canonical name of a country or "
                                "organisation; only whole actor names are looked up here")

    c_lists = cue_lists_of_c()
    if c_lists is None:
        report.info(file, f"{EXTRACT_C} not found; list keys not compared with cue_lists[]")
    elif not c_lists:
        report.warning(file, f"cannot find the cue_lists[] array in {EXTRACT_C.name}; "
                       "list keys not compared with it")
    else:
        for key in doc:
            if key not in CUES_META and key not in c_lists:
                report.warning(f"{file} {key}", "not in cue_lists[] of liaison-extract.c: "
                               "the extractor does not read this list")
        for key in c_lists:
            if key not in doc:
                report.error(f"{file} {key}", "read by liaison-extract.c but missing: "
                             "that cue would never fire")
    return n


def check_abbreviations(report):
    """abbreviations.json, as liaison-sentences.c reads it: every problem below makes it
    log a critical warning, which the test suite treats as fatal."""
    file = "abbreviations.json"
    doc = load(report, file)
    if not doc:
        return None
    lists = {}
    for key in ABBREVIATION_LISTS:
        where = f"{file} {key}"
        value = doc.get(key)
        lists[key] = set()
        if not isinstance(value, list):
            report.error(where, "must be a list of abbreviations")
            continue
        for x in value:
            if not isinstance(x, str):
                report.error(where, f"element {x!r} is not a string")
                continue
            if not x.endswith(".") or len(x.encode("utf-8")) > ABBREVIATION_MAX_BYTES:
                report.error(where, f"{x!r} is not an abbreviation: it must end with a full stop "
                             f"and be at most {ABBREVIATION_MAX_BYTES} bytes")
                continue
            if any(ch.isspace() for ch in x):
                report.warning(where, f"{x!r} contains a space: the splitter looks up single words")
            if x in lists[key]:
                report.error(where, f"{x!r} listed twice")
            lists[key].add(x)
    for key in ABBREVIATION_LISTS[1:]:
        for x in sorted(lists[key] - lists["entries"]):
            report.error(f"{file} {key}", f"{x!r} is not among the entries")
    for key in doc:
        if key not in ABBREVIATION_LISTS and key not in ("format", "description"):
            report.warning(f"{file} {key}", "unknown key (ignored by the loader)")
    return doc


def cross_file(report, files):
    """The loader files phrases under one key, first file wins (countries, organizations,
    places, sectors, titles).  Overlaps are legal but worth knowing.  Returns the owner of
    each phrase key the loader files: key -> (file, entry name, role)."""
    owner = {}
    for file, phrases in files:
        for k, (name, role) in phrases.owner.items():
            if role in NOT_LOADED_ROLES:
                continue
            if k in owner:
                prev_file, prev_name, prev_role = owner[k]
                if prev_file == "countries.json" and file == "places.json":
                    level = report.warning
                elif role == "capital" or prev_role == "capital":
                    level = report.info
                else:
                    level = report.warning
                level(f"{file} [{name}]",
                      f"{k!r} ({role}) is also {prev_role} of [{prev_name}] in {prev_file}; "
                      f"{prev_file} wins")
            else:
                owner[k] = (file, name, role)
    return owner


def check_part_of_lookup(report, doc, owner):
    """liaison-extract.c follows an organisation's part_of by looking the value up as a phrase
    of the gazetteer: the phrase must belong to the parent entry itself, and the chain stops
    at a country or a place."""
    file = "organizations.json"
    for e in doc["entries"]:
        if not isinstance(e, dict) or not is_str(e.get("part_of")) or not is_str(e.get("name")):
            continue
        where = f"{file} [{e['name']}]"
        parent = e["part_of"]
        got = owner.get(phrase_key(parent))
        if got is None:
            continue  # not an entry name: check_organizations() reports it
        if got[0] != file or got[1] != parent:
            report.warning(where, f"part_of {parent!r} is {got[2]} of [{got[1]}] in {got[0]}, "
                           "which keeps the phrase: the hierarchy does not reach the parent")
        elif parent[:1].islower():
            report.warning(where, f"part_of {parent!r} starts in lower case: the lookup needs a "
                           "capital, so the hierarchy stops here")


def gold_dirs():
    """Every evaluation gold folder at hand: $LIAISON_GOLD_DIR, the repository's
    tests/data/eval/gold/ and the first shared/eval/gold/ in a folder above this one."""
    candidates = []
    if os.environ.get("LIAISON_GOLD_DIR"):
        candidates.append(Path(os.environ["LIAISON_GOLD_DIR"]))
    candidates.append(HERE.parent.parent / "tests" / "data" / "eval" / "gold")
    for up in HERE.parents:
        if (up / "shared" / "eval" / "gold").is_dir():
            candidates.append(up / "shared" / "eval" / "gold")
            break
    dirs = []
    for d in candidates:
        if d.is_dir() and d.resolve() not in dirs:
            dirs.append(d.resolve())
    return dirs


def gold_person_names():
    """Names of persons annotated in the evaluation gold, if it is at hand."""
    names = set()
    for d in gold_dirs():
        for p in d.glob("*.json"):
            try:
                doc = json.loads(p.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                continue
            for a in doc.get("actors", []):
                if a.get("kind") == "person":
                    for n in [a.get("name", "")] + list(a.get("aliases") or []):
                        if isinstance(n, str) and len(n) >= 3:
                            names.add(n)
    return names


def check_person_names(report, all_phrases, org_and_place_phrases):
    # 1. No annotated person may appear anywhere in this folder.
    persons = gold_person_names()
    if persons:
        for path in sorted(HERE.iterdir()):
            if path.suffix not in (".json", ".md", ".py") or path.name == "check.py":
                continue
            text = path.read_text(encoding="utf-8")
            for n in persons:
                if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text):
                    report.error(path.name, f"contains {n!r}, a person in the gold annotations")
    # 2. Heuristic: a phrase of exactly two capitalised words, neither of them a known
    #    institution/place word, looks like "Firstname Lastname".
    for file, name, phrase in org_and_place_phrases:
        words = phrase.split()
        if len(words) != 2 or not all(re.match(r"^[A-Z][a-z]+$", w) for w in words):
            continue
        if any(w.lower() in KNOWN_WORDS for w in words):
            continue
        if phrase_key(words[0]) in all_phrases or phrase_key(words[1]) in all_phrases:
            continue  # a known country, place, sector or title inside the phrase
        report.info(f"{file} [{name}]", f"{phrase!r} looks like a person's name; check it")


def main():
    if "--help" in sys.argv[1:] or "-h" in sys.argv[1:]:
        print(__doc__.strip())
        return 0
    report = Report("--quiet" in sys.argv[1:])
    iso_codes = None
    if ISO_CODES.exists():
        iso_codes = {e["alpha_2"] for e in json.loads(ISO_CODES.read_text())["3166-1"]}
    else:
        report.warning("iso-codes", f"{ISO_CODES} not found; ISO codes not checked")

    docs = {n: load(report, n) for n in ("countries.json", "organizations.json", "titles.json",
                                         "sectors.json", "places.json")}
    places_doc = docs["places.json"]
    place_names = None
    if places_doc:
        place_names = {e["name"] for e in places_doc["entries"]
                       if isinstance(e, dict) and isinstance(e.get("name"), str)}

    codes, country_names, country_phrases = set(), {}, None
    if docs["countries.json"]:
        codes, country_names, country_phrases = check_countries(
            report, docs["countries.json"], iso_codes, place_names)
    org_phrases = title_phrases = sector_phrases = place_phrases = None
    org_names = {}
    if docs["organizations.json"]:
        org_names, org_phrases = check_organizations(report, docs["organizations.json"], codes,
                                                     place_names)
    if docs["titles.json"]:
        title_phrases = check_titles(report, docs["titles.json"])
    if docs["sectors.json"]:
        sector_phrases = check_sectors(report, docs["sectors.json"])
    if places_doc:
        _, place_phrases = check_places(report, places_doc, codes, set(country_names))
    n_cue_lists = check_cues(report, set(country_names) | set(org_names))
    abbreviations = check_abbreviations(report)

    # Load order of src/core/liaison-gazetteer.c.
    files = [(f, p) for f, p in (("countries.json", country_phrases),
                                 ("organizations.json", org_phrases),
                                 ("places.json", place_phrases),
                                 ("sectors.json", sector_phrases),
                                 ("titles.json", title_phrases)) if p is not None]
    owner = cross_file(report, files)
    if docs["organizations.json"]:
        check_part_of_lookup(report, docs["organizations.json"], owner)

    all_phrases = set()
    for _, p in files:
        all_phrases |= {k for k, (_, role) in p.owner.items() if role not in NOT_LOADED_ROLES}
    op = []
    for file, doc, key in (("organizations.json", docs["organizations.json"], "name"),
                           ("places.json", places_doc, "name")):
        if not doc:
            continue
        for e in doc["entries"]:
            if isinstance(e, dict) and isinstance(e.get(key), str):
                for phrase in [e[key]] + [a for a in e.get("aliases", []) if isinstance(a, str)]:
                    op.append((file, e[key], phrase))
    check_person_names(report, all_phrases, op)

    counts = []
    for n, d in docs.items():
        if d:
            counts.append(f"{n} {len(d['entries'])}")
    if n_cue_lists is not None:
        counts.append(f"cues.json {n_cue_lists} lists")
    if abbreviations:
        counts.append(f"abbreviations.json {len(abbreviations['entries'])}")
    print(f"{report.errors} error(s), {report.warnings} warning(s); " + ", ".join(counts))
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
