#!/usr/bin/python3
# test-full-disk.py — saving where there is no room: a clear message, the old file kept whole,
# nothing half-written left behind. Saves go through liaison_file_write_atomically(), which the
# window's Save, Save As and Export use too; here `liaison --export` drives it.
#
# Two ways to run out of room:
# - a tmpfs of 256 KB, nearly full, mounted in a private mount namespace (as root, or as a
#   user through a user namespace). Where neither is allowed, these checks are reported as
#   skipped, not passed;
# - a file size limit (RLIMIT_FSIZE), which works everywhere.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-full-disk.py LIAISON-BINARY. Prints TAP.

import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile

binary = os.path.abspath(sys.argv[1])
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


def skip(what, why):
    global count
    count += 1
    print("ok", count, "-", what, "# SKIP", why, flush=True)


# A small map to start from, and a bigger one to write over it: the example article's.
with tempfile.TemporaryDirectory() as tmp:
    def path(name):
        return os.path.join(tmp, name)

    with open(path("small.txt"), "w") as f:
        f.write("Kenya and China met in Nairobi on Monday.\n")
    r = subprocess.run([binary, "--export=" + path("old.liaison"), path("small.txt")], env=env,
                       capture_output=True, text=True)
    ok(r.returncode == 0, "a small map is made", r.stderr)
    old = open(path("old.liaison"), "rb").read()
    r = subprocess.run([binary, "--export=" + path("new.liaison")], env=env,
                       capture_output=True, text=True)
    new_size = os.path.getsize(path("new.liaison"))
    ok(r.returncode == 0 and new_size > 32 * 1024, "the example's map is bigger than 32 KB",
       f"{new_size} bytes; {r.stderr}")

    # 1. A file size limit: writing past it fails with EFBIG.
    def limit_file_size():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, 16 * 1024))

    for existing in (True, False):
        target = path("limited.liaison")
        if existing:
            shutil.copy(path("old.liaison"), target)
        elif os.path.exists(target):
            os.unlink(target)
        r = subprocess.run([binary, "--export=" + target], env=env, capture_output=True,
                           text=True, preexec_fn=limit_file_size)
        lines = r.stderr.splitlines()
        what = "over a map" if existing else "to a new file"
        ok(r.returncode == 1 and len(lines) == 1 and "File too large" in lines[0]
           and "limited.liaison" in lines[0],
           f"a save {what} past the file size limit fails with one clear line", r.stderr)
        if existing:
            ok(open(target, "rb").read() == old, "the old map is kept whole")
        else:
            ok(not os.path.exists(target), "no partial file is left")
        leftovers = [n for n in os.listdir(tmp) if n.startswith(".")]
        ok(not leftovers, f"no temporary file is left after a failed save {what}", leftovers)

    # 2. A full disk: a tmpfs nearly filled.
    script = r'''
set -u
mnt=$1 out=$2 liaison=$3 old=$4
mount -t tmpfs -o size=256k tmpfs "$mnt" || exit 77
cp "$old" "$mnt/map.liaison"
# Leave less room than the new map needs.
dd if=/dev/zero of="$mnt/filler" bs=1k count=512 2>/dev/null
rm -f "$mnt/filler"
dd if=/dev/zero of="$mnt/filler" bs=1k count=$(( $(df -k --output=avail "$mnt" | tail -1) - 12 )) 2>/dev/null
"$liaison" --export="$mnt/map.liaison" 2>"$out/stderr-existing"; echo $? >"$out/status-existing"
"$liaison" --export="$mnt/fresh.liaison" 2>"$out/stderr-new"; echo $? >"$out/status-new"
cp "$mnt/map.liaison" "$out/after.liaison"
ls -A "$mnt" >"$out/listing"
'''
    mnt = path("mnt")
    os.mkdir(mnt)
    results = path("results")
    os.mkdir(results)
    if os.geteuid() == 0:
        wrapper = ["unshare", "--mount"]
    else:
        wrapper = ["unshare", "--user", "--map-root-user", "--mount"]
    r = subprocess.run(wrapper + ["sh", "-c", script, "sh", mnt, results, binary,
                                  path("old.liaison")], env=env, capture_output=True, text=True)
    if r.returncode != 0 or not os.path.exists(os.path.join(results, "listing")):
        for what in ("a save over a map on a full disk fails with one clear line",
                     "the old map is kept whole", "a save to a new file on a full disk fails",
                     "no temporary or partial file is left on the full disk"):
            skip(what, f"no tmpfs can be mounted here ({r.stderr.strip()[:80]})")
    else:
        def read(name):
            with open(os.path.join(results, name)) as f:
                return f.read()

        stderr = read("stderr-existing")
        ok(read("status-existing").strip() == "1" and len(stderr.splitlines()) == 1
           and "No space left on device" in stderr and "map.liaison" in stderr,
           "a save over a map on a full disk fails with one clear line", stderr)
        ok(open(os.path.join(results, "after.liaison"), "rb").read() == old,
           "the old map is kept whole")
        stderr = read("stderr-new")
        ok(read("status-new").strip() == "1" and "No space left on device" in stderr,
           "a save to a new file on a full disk fails", stderr)
        listing = sorted(read("listing").split())
        ok(listing == ["filler", "map.liaison"],
           "no temporary or partial file is left on the full disk", listing)

print(f"1..{count}")
sys.exit(1 if failed else 0)
