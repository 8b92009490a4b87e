#!/usr/bin/env python3
"""Validate liaison-gold/1 files and turn them into predictions for score.py.

Usage:
    python3 gold_to_pred.py [--gold GOLD_DIR] --out PRED_DIR [--required-only]
    python3 gold_to_pred.py [--gold GOLD_DIR] --check [--score SCORE_PY]

GOLD_DIR defaults to the gold/ folder next to this script.

--out writes, for each gold file, a prediction of the same name in the shape of a Liaison
document (actors: id, name, kind, aliases, role; relations: source, target, kind).  With
--required-only the optional actors and relations are left out.

--check validates every gold file, then scores both conversions (everything, and required
items only) with score.py and fails unless each has precision and recall 1.0 for actors and
for relations, strict and loose, and actor-kind accuracy 1.0.  SCORE_PY defaults to
$LIAISON_SCORE or /work/shared/eval/score.py.

Validation (always run): the format tag; the article file exists (the "article" path is
relative to the gold file); actor ids are unique; kinds are known; relation ends are actor
ids; every relation's evidence is a verbatim substring of the article; no relation is given
twice (symmetric kinds in either direction); no two actors share a normalised name, and
aliases shared between actors are reported as warnings (score.py matches actors on
normalised names and aliases, so a shared key makes matching depend on order).

Standard library only.  Exit status 0 when everything passes, 1 otherwise.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCORE = os.environ.get("LIAISON_SCORE", "/work/shared/eval/score.py")

ACTOR_KINDS = {"country", "person", "organization", "programme", "sector", "place", "other"}
RELATION_KINDS = {"met_with", "holds_office", "member_of", "represents", "statement_about", "supports",
                  "proposed", "participates_in", "cooperates_with", "cooperation_in", "part_of", "located_in"}
SYMMETRIC = {"met_with", "cooperates_with"}


def load_score_module(path):
    spec = importlib.util.spec_from_file_location("liaison_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def validate(path, gold, norm_name):
    """Return (errors, warnings) for one gold document."""
    errors, warnings = [], []
    if gold.get("format") != "liaison-gold/1":
        errors.append(f"format is {gold.get('format')!r}, expected 'liaison-gold/1'")
    rel = gold.get("article", "")
    art = os.path.normpath(os.path.join(os.path.dirname(path), rel))
    if not os.path.isfile(art):
        # the seed gold (/work/shared/eval/gold) writes the path relative to the folder above gold/
        alt = os.path.normpath(os.path.join(os.path.dirname(os.path.dirname(path)), rel))
        if os.path.isfile(alt):
            art = alt
    text = None
    if not os.path.isfile(art):
        errors.append(f"article not found: {art}")
    else:
        with open(art, encoding="utf-8") as f:
            text = f.read()

    ids, names, keys = set(), {}, {}
    for i, a in enumerate(gold.get("actors", [])):
        where = f"actors[{i}] ({a.get('id')})"
        for field in ("id", "name", "kind"):
            if not a.get(field):
                errors.append(f"{where}: missing {field}")
        if a.get("id") in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(a.get("id"))
        if a.get("kind") not in ACTOR_KINDS:
            errors.append(f"{where}: unknown kind {a.get('kind')!r}")
        n = norm_name(a.get("name", ""))
        if n in names:
            errors.append(f"{where}: normalised name {n!r} also the name of {names[n]}")
        names[n] = a.get("id")
        for k in {norm_name(x) for x in [a.get("name", "")] + list(a.get("aliases") or [])} - {""}:
            keys.setdefault(k, set()).add(a.get("id"))
    for k, owners in sorted(keys.items()):
        if len(owners) > 1:
            warnings.append(f"name/alias {k!r} shared by {sorted(owners)}")

    seen = {}
    for i, r in enumerate(gold.get("relations", [])):
        where = f"relations[{i}] ({r.get('source')} {r.get('kind')} {r.get('target')})"
        for end in ("source", "target"):
            if r.get(end) not in ids:
                errors.append(f"{where}: {end} is not an actor id")
        if r.get("kind") not in RELATION_KINDS:
            errors.append(f"{where}: unknown kind {r.get('kind')!r}")
        if r.get("source") == r.get("target"):
            errors.append(f"{where}: source and target are the same actor")
        ev = r.get("evidence")
        if not ev:
            errors.append(f"{where}: no evidence")
        elif text is not None and ev not in text:
            errors.append(f"{where}: evidence not in article: {ev!r}")
        s, t = r.get("source"), r.get("target")
        if r.get("kind") in SYMMETRIC:
            s, t = sorted((s, t))
        key = (s, t, r.get("kind"))
        if key in seen:
            errors.append(f"{where}: same relation as relations[{seen[key]}]")
        seen[key] = i
    return errors, warnings


def to_pred(gold, required_only=False):
    actors, dropped = [], set()
    for a in gold["actors"]:
        if required_only and a.get("optional"):
            dropped.add(a["id"])
            continue
        p = {"id": a["id"], "name": a["name"], "kind": a["kind"], "aliases": list(a.get("aliases") or [])}
        if a.get("role"):
            p["role"] = a["role"]
        actors.append(p)
    relations = []
    for r in gold["relations"]:
        if required_only and (r.get("optional") or r["source"] in dropped or r["target"] in dropped):
            continue
        relations.append({"source": r["source"], "target": r["target"], "kind": r["kind"]})
    return {"actors": actors, "relations": relations}


def gold_files(gold_dir):
    return sorted(f for f in os.listdir(gold_dir) if f.endswith(".json"))


def write_preds(gold_dir, out_dir, required_only):
    os.makedirs(out_dir, exist_ok=True)
    for f in gold_files(gold_dir):
        with open(os.path.join(gold_dir, f), encoding="utf-8") as fh:
            gold = json.load(fh)
        with open(os.path.join(out_dir, f), "w", encoding="utf-8") as fh:
            json.dump(to_pred(gold, required_only), fh, indent=2, ensure_ascii=False)
            fh.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--out", help="write predictions here")
    ap.add_argument("--required-only", action="store_true", help="leave optional items out of the predictions")
    ap.add_argument("--check", action="store_true", help="validate and self-score with score.py")
    ap.add_argument("--score", default=DEFAULT_SCORE, help="path of score.py")
    a = ap.parse_args(argv)
    if not a.out and not a.check:
        ap.error("give --out PRED_DIR and/or --check")

    score_mod = load_score_module(a.score)
    ok = True
    files = gold_files(a.gold)
    if not files:
        print(f"no gold files in {a.gold}", file=sys.stderr)
        return 1
    n_actors = n_rel = n_opt = 0
    for f in files:
        path = os.path.join(a.gold, f)
        with open(path, encoding="utf-8") as fh:
            gold = json.load(fh)
        errors, warnings = validate(path, gold, score_mod.norm_name)
        for w in warnings:
            print(f"{f}: warning: {w}")
        for e in errors:
            print(f"{f}: error: {e}")
            ok = False
        n_actors += len(gold["actors"])
        n_rel += len(gold["relations"])
        n_opt += sum(1 for r in gold["relations"] if r.get("optional"))
    print(f"{len(files)} gold files, {n_actors} actors, {n_rel} relations ({n_opt} optional): "
          + ("valid" if ok else "INVALID"))

    if a.out:
        write_preds(a.gold, a.out, a.required_only)
        print(f"predictions written to {a.out}")

    if a.check:
        for required_only in (False, True):
            label = "required items only" if required_only else "all items"
            with tempfile.TemporaryDirectory() as tmp:
                write_preds(a.gold, tmp, required_only)
                res = subprocess.run([sys.executable, a.score, tmp, "--gold", a.gold, "--json"],
                                     capture_output=True, text=True)
            if res.returncode != 0:
                print(f"score.py failed ({label}):\n{res.stderr}")
                ok = False
                continue
            micro = json.loads(res.stdout)["micro"]
            perfect = all(micro[k]["precision"] == 1.0 and micro[k]["recall"] == 1.0
                          for k in ("actors", "relations_strict", "relations_loose")) \
                and micro["actor_kind_accuracy"] == 1.0
            summary = ", ".join(f"{k} P/R {micro[k]['precision']}/{micro[k]['recall']}"
                                for k in ("actors", "relations_strict", "relations_loose"))
            print(f"self-score ({label}): {summary}, kinds {micro['actor_kind_accuracy']}: "
                  + ("OK" if perfect else "FAILED"))
            ok = ok and perfect
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
