#!/usr/bin/python3
# test-cli.py — `liaison --export` end to end, as a script or a shell user runs it: without a
# display or a session bus, with one line on stderr and the documented exit status on failure,
# and never writing over its input.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-cli.py LIAISON-BINARY. Prints TAP.

import json
import os
import subprocess
import sys
import tempfile
import urllib.parse
import xml.etree.ElementTree as ET

binary = os.path.abspath(sys.argv[1])
count = 0
failed = 0

# No display, no bus: the command line must not need either.
env = {k: v for k, v in os.environ.items()
       if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}


def ok(cond, what, detail=""):
    global count, failed
    count += 1
    print(("ok" if cond else "not ok"), count, "-", what, flush=True)
    if not cond:
        failed += 1
        for line in str(detail).splitlines():
            print("#", line)


def run(*args, cwd=None):
    return subprocess.run([binary, *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=60)


def fails_cleanly(result, status, what, mention=None):
    lines = result.stderr.splitlines()
    good = (result.returncode == status and len(lines) == 1 and lines[0].startswith("liaison: ")
            and (mention is None or mention in lines[0]))
    ok(good, what, f"status {result.returncode}, stderr: {result.stderr!r}")


with tempfile.TemporaryDirectory() as tmp:
    def path(name):
        return os.path.join(tmp, name)

    def write(name, data, mode="w"):
        with open(path(name), mode) as f:
            f.write(data)
        return path(name)

    r = run("--version")
    ok(r.returncode == 0 and r.stdout.startswith("liaison "), "--version prints the version")

    r = run("--help")
    ok(r.returncode == 0 and "--export" in r.stdout and "--format" in r.stdout
       and "graphml" in r.stdout, "--help documents --export and --format")

    # The example article, natively.
    r = run("--export=" + path("example.liaison"))
    ok(r.returncode == 0 and r.stderr == "", "exports the example article without a display",
       r.stderr)
    with open(path("example.liaison")) as f:
        doc = json.load(f)
    ok(doc.get("format") == "liaison/1", "the native export declares its format")
    ok(len(doc.get("articles", [])) == 1 and doc["articles"][0].get("date") == "2023-07-24"
       and "Belt and Road" in doc["articles"][0].get("text", ""),
       "the export holds the example article with its date")
    names = {a["name"]: a for a in doc.get("actors", [])}
    ok({"Kenya", "China", "Belt and Road Initiative"} <= names.keys()
       and sum(a["kind"] == "person" for a in names.values()) == 3
       and len(doc.get("relations", [])) >= 20
       and all(r.get("evidence") for r in doc["relations"]),
       "the example article is extracted: actors, persons, relations with evidence",
       sorted(names))

    # An article of our own, as text: extracted on the way; a huge one is refused.
    r = run("--export=" + path("talks.json"),
            write("talks.txt", "Peruvian President Ana Soto met Chilean President Luis Mora "
                  "in Lima on Monday.\n"))
    with open(path("talks.json")) as f:
        talks = json.load(f)
    ok(r.returncode == 0 and {a["name"] for a in talks["actors"]} >= {"Ana Soto", "Luis Mora"}
       and any(x["kind"] == "met_with" for x in talks["relations"]),
       "a text article is extracted", r.stderr)
    with open(path("huge.txt"), "wb") as f:
        f.truncate(50 * 1024 * 1024)
    fails_cleanly(run("--export=" + path("huge.json"), path("huge.txt")), 1,
                  "a 50 MB article is refused with status 1", "huge.txt")

    # Re-reading our own file and writing it again changes nothing.
    r = run("--export=" + path("again.liaison"), path("example.liaison"))
    with open(path("example.liaison"), "rb") as a, open(path("again.liaison"), "rb") as b:
        ok(r.returncode == 0 and a.read() == b.read(), "a .liaison file round-trips byte for byte")

    # A .json export is the same document under another name, and reads back as one.
    r = run("--export=" + path("example.json"), path("example.liaison"))
    ok(r.returncode == 0, "exports a document as .json", r.stderr)
    r = run("--export=" + path("from-json.liaison"), path("example.json"))
    with open(path("example.liaison"), "rb") as a, open(path("from-json.liaison"), "rb") as b:
        ok(r.returncode == 0 and a.read() == b.read(),
           "a .json export opens as a document and round-trips byte for byte", r.stderr)

    # Exporting through a link replaces the file it leads to with a new one, and keeps the link.
    write("linked.dot", "old")
    os.symlink("linked.dot", path("link.dot"))
    inode = os.stat(path("linked.dot")).st_ino
    r = run("--export=" + path("link.dot"), path("example.liaison"))
    with open(path("linked.dot")) as f:
        ok(r.returncode == 0 and os.readlink(path("link.dot")) == "linked.dot"
           and f.read().startswith("digraph") and os.stat(path("linked.dot")).st_ino != inode,
           "exporting through a link replaces its target atomically and keeps the link", r.stderr)

    # A document with actors and relations, through every interchange format.
    source = {
        "format": "liaison/1",
        "articles": [{"id": "a1", "text": "Kenya and China met. Wang said so."}],
        "actors": [
            {"id": "kenya", "name": "Kenya", "kind": "country"},
            {"id": "china", "name": "China", "kind": "country", "aliases": ["PRC"]},
            {"id": "wang", "name": "Wang \"Yi\" & <co>, 王毅", "kind": "person",
             "role": "Director, Office of the Central Foreign Affairs Commission"},
        ],
        "relations": [
            {"id": "r1", "source": "kenya", "target": "china", "kind": "cooperates_with"},
            {"id": "r2", "source": "wang", "target": "china", "kind": "represents"},
        ],
    }
    write("graph.liaison", json.dumps(source))

    r = run("--export=" + path("graph.graphml"), path("graph.liaison"))
    ok(r.returncode == 0, "exports GraphML", r.stderr)
    root = ET.parse(path("graph.graphml")).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    ok(len(root.findall(".//g:node", ns)) == 3 and len(root.findall(".//g:edge", ns)) == 2,
       "the GraphML export has every node and edge")

    r = run("--export=" + path("graph.gexf"), path("graph.liaison"))
    ok(r.returncode == 0 and ET.parse(path("graph.gexf")).getroot().tag.endswith("gexf"),
       "exports GEXF", r.stderr)

    r = run("--export=-", "--format=dot", path("graph.liaison"))
    ok(r.returncode == 0 and r.stdout.lstrip().startswith("digraph") and "王毅" in r.stdout,
       "--export=- --format=dot writes DOT to standard output", r.stderr)

    r = run("--export=" + path("graph.csv"), path("graph.liaison"))
    ok(r.returncode == 0 and os.path.exists(path("graph.csv"))
       and os.path.exists(path("graph-edges.csv")), "CSV export writes nodes and edges files",
       r.stderr)

    for fmt in ("graphml", "gexf"):
        r = run("--export=" + path(f"back-{fmt}.liaison"), path(f"graph.{fmt}"))
        good = r.returncode == 0
        if good:
            with open(path(f"back-{fmt}.liaison")) as f:
                back = json.load(f)
            names = sorted(a["name"] for a in back["actors"])
            good = names == sorted(a["name"] for a in source["actors"]) and \
                len(back["relations"]) == 2
        ok(good, f"a {fmt} export reads back with the same actors and relations", r.stderr)

    # Gephi's edges.csv names nodes by id, as its nodes file does: read back alone, it gives the
    # same edges between actors named by those ids. Names, kinds and aliases are in the nodes
    # file, which is not read back.
    r = run("--export=" + path("back-csv.liaison"), path("graph-edges.csv"))
    good = r.returncode == 0
    if good:
        with open(path("back-csv.liaison")) as f:
            back = json.load(f)
        names = {a["id"]: a["name"] for a in back["actors"]}
        edges = sorted((names[r["source"]], names[r["target"]], r["kind"])
                       for r in back["relations"])
        good = sorted(names.values()) == sorted(a["id"] for a in source["actors"]) and \
            edges == sorted((r["source"], r["target"], r["kind"]) for r in source["relations"])
    ok(good, "a CSV edge list reads back with the same edges, its actors named by their ids",
       r.stderr)

    # Bad input: exit status 1, one line naming the file.
    fails_cleanly(run("--export=" + path("x.liaison"), path("missing.txt")), 1,
                  "a missing input fails with status 1", "missing.txt")
    fails_cleanly(run("--export=" + path("x.liaison"), write("empty.txt", "")), 1,
                  "an empty article fails with status 1", "empty.txt")
    fails_cleanly(run("--export=" + path("x.liaison"),
                      write("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "wb")), 1,
                  "a binary file fails with status 1", "image.txt")
    fails_cleanly(run("--export=" + path("x.liaison"), write("broken.liaison", '{"format": "liai')),
                  1, "a truncated document fails with status 1", "broken.liaison")
    fails_cleanly(run("--export=" + path("x.liaison"),
                      write("future.liaison", '{"format": "liaison/7", "actors": []}')), 1,
                  "a document from a newer Liaison fails with status 1", "future.liaison")
    fails_cleanly(run("--export=" + path("x.liaison"),
                      write("bad.graphml", "<graphml><graph><edge source='a' target='b'/>")), 1,
                  "malformed GraphML fails with status 1", "bad.graphml")
    fails_cleanly(run("--export=" + path("no/such/dir/x.liaison")), 1,
                  "an unwritable output fails with status 1", "x.liaison")
    ok(not os.path.exists(path("x.liaison")), "no output file is left after a failure")

    # Bad usage: exit status 2.
    fails_cleanly(run("--export=" + path("map.xyz")), 2, "an unknown format fails with status 2")
    fails_cleanly(run("--export=-"), 2, "--export=- without --format fails with status 2")
    fails_cleanly(run("--format=dot"), 2, "--format without --export fails with status 2")

    # Several inputs make one map; the same article twice is refused.
    articles = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "articles")
    first = os.path.join(articles, "combine-rail-deal.txt")
    second = os.path.join(articles, "combine-review.txt")
    r = run("--export=" + path("both.liaison"), first, second)
    both = json.load(open(path("both.liaison"))) if r.returncode == 0 else {}
    names = [a["name"] for a in both.get("actors", [])]
    ok(r.returncode == 0 and len(both.get("articles", [])) == 2 and names.count("Kenya") == 1
       and "Musalia Mudavadi" in names and "railway" in names,
       "two articles make one map, with one node per shared actor", r.stderr)
    fails_cleanly(run("--export=" + path("twice.liaison"), first, first), 1,
                  "the same article twice fails with status 1", "already in the map")

    # Never overwrite the input, however it is named.
    before = open(path("graph.liaison"), "rb").read()
    fails_cleanly(run("--export=" + path("graph.liaison"), path("graph.liaison")), 2,
                  "exporting onto the input is refused")
    os.symlink(path("graph.liaison"), path("link.json"))
    fails_cleanly(run("--export=" + path("link.json"), path("graph.liaison")), 2,
                  "exporting onto the input through a link is refused")
    # Another format, so that an overwrite would show in the input's contents.
    uri = "file://" + urllib.parse.quote(path("graph.liaison"))
    fails_cleanly(run("--export=" + uri, "--format=graphml", path("graph.liaison")), 2,
                  "exporting onto the input given as a file:// URI is refused")
    fails_cleanly(run("--export=" + path("graph.liaison"), "--format=graphml", uri), 2,
                  "exporting onto the input read from a file:// URI is refused")
    fails_cleanly(run("--export=graph.liaison", "--format=graphml",
                      os.path.join(tmp, ".", "sub", "..", "graph.liaison"), cwd=tmp), 2,
                  "exporting onto the input spelled another way is refused")
    os.link(path("graph.liaison"), path("hard.liaison"))
    fails_cleanly(run("--export=" + path("hard.liaison"), "--format=graphml",
                      path("graph.liaison")), 2,
                  "exporting onto a hard link to the input is refused")
    ok(open(path("graph.liaison"), "rb").read() == before, "the input is unchanged")

print(f"1..{count}")
sys.exit(1 if failed else 0)
