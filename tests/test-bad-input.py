#!/usr/bin/python3
# test-bad-input.py — the hostile-input corpus of tests/data/bad, through `liaison --export`.
#
# Each case in tests/data/bad/cases.json says what must happen: a clear refusal (exit status 1,
# one line on stderr naming the file and the problem, no output left behind) or a map that is
# correct and reads back. Every run must end within TIMEOUT seconds and stay under
# MAX_RSS_MB of memory: a reader that hangs or swells fails here, not in a user's session.
# The large inputs are generated into a temporary directory rather than kept in git.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-bad-input.py LIAISON-BINARY CORPUS-DIR. Prints TAP.

import json
import os
import subprocess
import sys
import tempfile
import xml.dom.minidom

binary = os.path.abspath(sys.argv[1])
corpus = os.path.abspath(sys.argv[2])

# A hang, not a speed measurement: the slowest case takes a few seconds (benchmarks are in
# bench/). Memory: the largest case, 100,000 actors, peaks near 450 MB in a release build and
# near 1 GB with AddressSanitizer.
TIMEOUT = 240
MAX_RSS_MB = 2048

count = 0
failed = 0

env = {k: v for k, v in os.environ.items()
       if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}


def ok(cond, what, detail=""):
    global count, failed
    count += 1
    print(("ok" if cond else "not ok"), count, "-", what, flush=True)
    if not cond:
        failed += 1
        for line in str(detail).splitlines()[:20]:
            print("#", line)


# Starts liaison from a small process of its own and reports its peak RSS: a child's peak
# counts the pages of the process it was forked from, and this test's own grows as it reads maps.
LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as f:
    f.write("%d %d" % (os.waitstatus_to_exitcode(status), usage.ru_maxrss))
"""


def run(args, tmp):
    """Runs liaison; returns (status, stderr, peak RSS in MB, timed out)."""
    err_path = os.path.join(tmp, "stderr")
    report = os.path.join(tmp, "report")
    if os.path.exists(report):
        os.unlink(report)
    with open(err_path, "w") as err:
        proc = subprocess.Popen(["/usr/bin/python3", "-c", LAUNCHER, report, binary, *args],
                                env=env, stdout=subprocess.DEVNULL, stderr=err,
                                start_new_session=True)
    try:
        proc.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.wait()
        return -9, "", 0, True
    with open(err_path) as f:
        stderr = f.read()
    with open(report) as f:
        status, rss_kb = (int(x) for x in f.read().split())
    return status, stderr, rss_kb // 1024, False


# Generators of the large cases.

def article_50mb(path):
    paragraph = ("Kenyan President William Ruto met Chinese Foreign Minister Wang Yi in Nairobi "
                 "on Monday. The two sides agreed to cooperate on railways and trade.\n\n")
    with open(path, "w") as f:
        f.write(paragraph * (50 * 1024 * 1024 // len(paragraph) + 1))


def single_line_5mb(path):
    with open(path, "w") as f:
        f.write("Kenya and China and France and Brazil " * (5 * 1024 * 1024 // 38))


def run_on_5mb(path):
    with open(path, "w") as f:
        f.write("The President of Kenya met the Foreign Minister of China " * 90000)


def capitalised_5mb(path):
    with open(path, "w") as f:
        f.write(" ".join("Abc%d" % (i % 50) for i in range(700000)))


def actors_100k(path):
    n = 100000
    actors = [{"id": f"a{i}", "name": f"Actor {i}", "kind": "organization"} for i in range(n)]
    relations = [{"id": f"r{i}", "source": f"a{i}", "target": f"a{(i * 7 + 1) % n}",
                  "kind": "cooperates_with"} for i in range(n)]
    with open(path, "w") as f:
        json.dump({"format": "liaison/1", "actors": actors, "relations": relations}, f)


def nesting_100k(path):
    with open(path, "w") as f:
        f.write('{"format": "liaison/1", "actors": ' + "[" * 100000 + "]" * 100000 + "}")


def document_300mb(path):
    # Sparse: the reader must refuse it by its size, before reading it.
    with open(path, "wb") as f:
        f.truncate(300 * 1024 * 1024)


generators = {
    "article-50mb.txt": article_50mb,
    "single-line-5mb.txt": single_line_5mb,
    "run-on-5mb.txt": run_on_5mb,
    "capitalised-5mb.txt": capitalised_5mb,
    "actors-100k.liaison": actors_100k,
    "nesting-100k.liaison": nesting_100k,
    "document-300mb.liaison": document_300mb,
}


def check_case(case, tmp):
    name = case.get("file") or case["generate"]
    if "file" in case:
        path = os.path.join(corpus, name)
    else:
        path = os.path.join(tmp, name)
        # In a child: the memory Python takes to build the file would otherwise stay in this
        # process, and be counted in the peak of every liaison it forks afterwards.
        pid = os.fork()
        if pid == 0:
            generators[name](path)
            os._exit(0)
        os.waitpid(pid, 0)

    out = os.path.join(tmp, "out.liaison")
    if os.path.exists(out):
        os.unlink(out)

    status, stderr, rss_mb, timed_out = run(["--export=" + out, path], tmp)
    print(f"# {name}: status {status}, peak memory {rss_mb} MB", flush=True)
    ok(not timed_out, f"{name}: ends within {TIMEOUT} s")
    ok(rss_mb <= MAX_RSS_MB, f"{name}: peak memory {rss_mb} MB is at most {MAX_RSS_MB} MB")

    lines = stderr.splitlines()
    if case["status"] != 0:
        good = (status == case["status"] and len(lines) == 1 and lines[0].startswith("liaison: ")
                and name in lines[0] and case["message"] in lines[0])
        ok(good, f"{name}: refused with status {case['status']} and “{case['message']}”",
           f"status {status}, stderr: {stderr!r}")
        ok(not os.path.exists(out), f"{name}: no output is left behind")
        return

    ok(status == 0 and stderr == "", f"{name}: read without a message", f"status {status}, "
       f"stderr: {stderr[:2000]!r}")
    if status != 0:
        return
    with open(out) as f:
        doc = json.load(f)
    names = [a["name"] for a in doc.get("actors", [])]
    text = "".join(a.get("text", "") for a in doc.get("articles", []))
    if "actors" in case:
        ok(len(names) == case["actors"], f"{name}: {case['actors']} actors",
           f"{len(names)} actors")
    if "relations" in case:
        ok(len(doc.get("relations", [])) == case["relations"],
           f"{name}: {case['relations']} relations", f"{len(doc.get('relations', []))}")
    if "actors_include" in case:
        missing = [n for n in case["actors_include"] if n not in names]
        ok(not missing, f"{name}: actors include {', '.join(case['actors_include'])}",
           f"missing {missing}; actors {names[:20]}")
    if "text_contains" in case:
        ok(case["text_contains"] in text, f"{name}: the article reads “{case['text_contains']}”",
           text[:300])
    if "text_lacks" in case:
        ok(case["text_lacks"] not in json.dumps(doc), f"{name}: nothing of “{case['text_lacks']}”")

    # What was written reads back, and small maps draw as well-formed SVG.
    again = os.path.join(tmp, "again.liaison")
    status, stderr, _, _ = run(["--export=" + again, out], tmp)
    ok(status == 0, f"{name}: the map it made reads back", stderr)
    if len(names) <= 1000:
        svg = os.path.join(tmp, "map.svg")
        status, stderr, _, _ = run(["--export=" + svg, out], tmp)
        good = status == 0
        if good:
            try:
                xml.dom.minidom.parse(svg)
            except Exception as e:  # noqa: BLE001 — any parse failure is the finding
                good, stderr = False, str(e)
        ok(good, f"{name}: the map draws as well-formed SVG", stderr)


def main():
    with open(os.path.join(corpus, "cases.json")) as f:
        cases = json.load(f)["cases"]

    listed = {c["file"] for c in cases if "file" in c}
    on_disk = {n for n in os.listdir(corpus) if n not in ("cases.json", "README.md")}
    ok(listed == on_disk, "every file of the corpus has an expected outcome, and exists",
       f"unlisted {on_disk - listed}, missing {listed - on_disk}")

    for case in cases:
        with tempfile.TemporaryDirectory() as tmp:
            check_case(case, tmp)


if __name__ == "__main__":
    main()
    print(f"1..{count}")
    sys.exit(1 if failed else 0)
