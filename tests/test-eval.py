#!/usr/bin/python3
# test-eval.py — extraction quality on the hand-annotated articles of tests/data/eval/
#
# Runs `liaison --export` on every article and compares the actors and relations with the gold
# annotation, as a reader would: names compared without case, accents, punctuation or a leading
# "the"; one predicted actor per gold actor; a relation counts when its ends match and its kind
# is the gold kind or a close one (an office for a membership, support for participation);
# items the annotator marked optional count neither way. The floors below are a little under
# what the extractor reaches today, so that a change that makes it read worse fails here.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-eval.py LIAISON-BINARY EVAL-DIR. Prints TAP.

import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

binary, eval_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])

# Floors, micro-averaged over the set (see tests/data/eval/README.md for the measured values).
ACTOR_F1_FLOOR = 0.90
RELATION_F1_FLOOR = 0.70

SYMMETRIC = {"met_with", "cooperates_with"}
FAMILIES = [
    {"holds_office", "member_of", "represents"},
    {"supports", "proposed", "participates_in"},
    {"cooperates_with", "cooperation_in"},
    {"member_of", "participates_in"},
    {"part_of", "located_in"},
]

count = 0
failed = 0


def ok(cond, what, detail=""):
    global count, failed
    count += 1
    print(("ok" if cond else "not ok"), count, "-", what, flush=True)
    if not cond:
        failed += 1
        for line in str(detail).splitlines():
            print("#", line)


def key(name):
    name = name.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    name = re.sub(r"'s\b", "", name)
    name = re.sub(r"[^0-9a-z]+", " ", name).strip()
    return re.sub(r"^the ", "", name)


def names(actor):
    return {k for k in (key(n) for n in [actor["name"], *(actor.get("aliases") or [])]) if k}


def match(gold, pred):
    """pred id -> gold id, one to one, exact names first."""
    candidates = []
    for p in pred:
        for g in gold:
            shared = names(p) & names(g)
            if shared:
                exact = 0 if key(p["name"]) == key(g["name"]) else 1
                candidates.append((exact, -len(shared), p["id"], g["id"]))
    mapping, used = {}, set()
    for _, _, pid, gid in sorted(candidates):
        if pid not in mapping and gid not in used:
            mapping[pid] = gid
            used.add(gid)
    return mapping


def same_kind(a, b):
    return a == b or any(a in f and b in f for f in FAMILIES)


def relation_matches(pred, gold):
    source, target, kind = pred
    if not same_kind(kind, gold["kind"]):
        return False
    if (source, target) == (gold["source"], gold["target"]):
        return True
    return (kind in SYMMETRIC or gold["kind"] in SYMMETRIC) and \
        (target, source) == (gold["source"], gold["target"])


def score(gold, pred):
    optional = {a["id"] for a in gold["actors"] if a.get("optional")}
    mapping = match(gold["actors"], pred["actors"])
    required = {a["id"] for a in gold["actors"] if not a.get("optional")}
    actor_tp = len(set(mapping.values()) & required)
    actors = (actor_tp, sum(1 for a in pred["actors"] if a["id"] not in mapping),
              len(required) - actor_tp)

    wanted, allowed = [], []
    for r in gold["relations"]:
        is_optional = r.get("optional") or r["source"] in optional or r["target"] in optional
        (allowed if is_optional else wanted).append(r)
    predicted, fp = set(), 0
    for r in pred["relations"]:
        s, t = mapping.get(r["source"]), mapping.get(r["target"])
        if s is None or t is None:
            fp += 1
        else:
            predicted.add((s, t, r["kind"]))
    found = set()
    for p in predicted:
        hits = [i for i, g in enumerate(wanted) if relation_matches(p, g)]
        if hits:
            found.update(hits)
        elif not any(relation_matches(p, g) for g in allowed) and \
                p[0] not in optional and p[1] not in optional:
            fp += 1
    return actors, (len(found), fp, len(wanted) - len(found))


def f1(tp, fp, fn):
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


totals = [[0, 0, 0], [0, 0, 0]]
articles = sorted(f for f in os.listdir(os.path.join(eval_dir, "articles")) if f.endswith(".txt"))
ok(len(articles) >= 10, f"the evaluation set has its articles ({len(articles)})")

with tempfile.TemporaryDirectory() as tmp:
    for article in articles:
        name = article[:-4]
        out = os.path.join(tmp, name + ".json")
        r = subprocess.run([binary, "--export=" + out, os.path.join(eval_dir, "articles", article)],
                           capture_output=True, text=True, timeout=60)
        if r.returncode != 0:
            ok(False, f"{name}: extracted", r.stderr)
            continue
        with open(out) as f:
            pred = json.load(f)
        with open(os.path.join(eval_dir, "gold", name + ".json")) as f:
            gold = json.load(f)
        actors, relations = score(gold, pred)
        for total, part in zip(totals, (actors, relations)):
            for i in range(3):
                total[i] += part[i]
        # Every article on its own gives something sensible.
        ok(f1(*actors) >= 0.75 and f1(*relations) >= 0.40,
           f"{name}: actors F1 {f1(*actors):.2f}, relations F1 {f1(*relations):.2f}")

actor_f1, relation_f1 = f1(*totals[0]), f1(*totals[1])
ok(actor_f1 >= ACTOR_F1_FLOOR, f"actors F1 over the set {actor_f1:.3f} >= {ACTOR_F1_FLOOR}",
   f"tp, fp, fn = {totals[0]}")
ok(relation_f1 >= RELATION_F1_FLOOR,
   f"relations F1 over the set {relation_f1:.3f} >= {RELATION_F1_FLOOR}",
   f"tp, fp, fn = {totals[1]}")

print(f"1..{count}")
sys.exit(1 if failed else 0)
