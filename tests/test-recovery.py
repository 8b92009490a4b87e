#!/usr/bin/python3
# test-recovery.py — unsaved work survives the process being killed: move a node on the map of
# the real liaison binary with the real pointer, wait for the draft, kill -9 the process, start
# it again, and restore the work from the dialog it offers.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run by meson through tests/run-ui-test (own X server, session bus, HOME and XDG folders).
# Prints TAP.

import glob
import os
import signal
import subprocess
import sys
import time

from atspi_helpers import App, Tap, find, find_colour, press, screen_box, wait_for, windows

binary = sys.argv[1]
drafts = os.path.join(os.environ["XDG_DATA_HOME"], "liaison", "drafts")
app = App(binary)


tap = Tap(on_fail=lambda: app.dump())
ok = tap.ok


def dialog_button(label):
    """A button of an AdwMessageDialog: libadwaita 1.2 names it "_Label Label"."""
    for name in (label, f"_{label} {label}"):
        button = find("push button", name, actionable=True)
        if button is not None:
            return button
    return None


def unsaved_window():
    return any(name.startswith("• ") for name in windows())


ok(wait_for(lambda: find("frame", "Example Article")) is not None, "the window opens on the example")
ok(not glob.glob(os.path.join(drafts, "*.liaison")), "there is no draft before any change")

# Move a country's node (a blue hexagon) with the mouse, once the map has settled.
the_map = find("image", "Map")
box = screen_box(the_map, "Example Article")


def drag_a_country():
    time.sleep(1)
    spot = find_colour((0x1c, 0x71, 0xd8), box.x, box.y, box.x + box.width, box.y + box.height - 140)
    if spot is None:
        return False
    x, y = spot
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "mousedown", "1"], check=True)
    for step in range(1, 9):
        time.sleep(0.05)
        subprocess.run(["xdotool", "mousemove", str(x + 10 * step), str(y + 6 * step)], check=True)
    subprocess.run(["xdotool", "mouseup", "1"], check=True)
    return True


ok(drag_a_country(), "a country's node is drawn on the map")
# A press that lands while the map is still being laid out selects rather than drags: once more.
if wait_for(unsaved_window, timeout=3) is None:
    drag_a_country()
ok(wait_for(unsaved_window) is not None, "moving the node is an unsaved change (• in the title)")

written = wait_for(lambda: glob.glob(os.path.join(drafts, "*.liaison")), timeout=20)
ok(written, "a draft of the unsaved work is written within seconds")

# The power goes out.
app.proc.send_signal(signal.SIGKILL)
app.proc.wait(timeout=15)
ok(app.proc.returncode == -signal.SIGKILL, "the process is killed")
ok(os.path.exists(written[0]), "the draft outlives the process")

app.start()
ok(wait_for(lambda: find("label", "Restore Unsaved Work?")) is not None,
   "the next start offers to restore the unsaved work")
restore = wait_for(lambda: dialog_button("Restore"))
ok(restore is not None, "with a Restore button")
restore.do_action(0)
ok(wait_for(unsaved_window) is not None,
   "the work comes back in a window of its own, still unsaved")

# Quitting asks about it; discarding removes the draft.
press(ord("q"), ctrl=True)
ok(wait_for(lambda: find("label", "Save Changes?")) is not None, "quitting asks about the unsaved work")
discard = wait_for(lambda: dialog_button("Discard"))
discard.do_action(0)
ok(wait_for(lambda: not glob.glob(os.path.join(drafts, "*.liaison"))),
   "discarding the work removes its draft")
press(ord("q"), ctrl=True)
try:
    code = app.proc.wait(timeout=15)
except subprocess.TimeoutExpired:
    code = None
ok(code == 0, "then Ctrl+Q quits with exit status 0")

problems = app.problems()
for line in problems:
    print("#", line)
ok(not problems, "no GLib warnings, criticals or sanitizer reports on stderr")

tap.done()
