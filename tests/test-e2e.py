#!/usr/bin/python3
# test-e2e.py — launches the real liaison binary and works it as a person would, through the
# accessibility tree (AT-SPI): the window shows the example article, a click on a node of the map
# (found on screen by its colour, clicked with xdotool) shows its details, the primary menu opens the
# About window, a second launch with a file hands it to the running instance, and Ctrl+Q quits
# cleanly with nothing on stderr.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run by meson through tests/run-ui-test (own X server, own session bus). Prints TAP.

import os
import subprocess
import sys
import tempfile

from atspi_helpers import App, Atspi, Tap, find, find_colour, press, screen_box, wait_for, windows

binary = sys.argv[1]
app = App(binary)


tap = Tap(on_fail=lambda: app.dump())
ok = tap.ok

ok(wait_for(lambda: find("frame", "Example Article")) is not None,
   "the window opens on the example article")
ok(wait_for(lambda: find("label", "24 July 2023")) is not None,
   "the subtitle shows the article's date")
text = find("text", "Article Text")
ok(text is not None and "Kenyan President" in text.get_text(0, 200), "the article text is shown")

menu_button = find("push button", "Main Menu", actionable=True)
ok(menu_button is not None, "the primary menu button has an accessible name")
menu_button.do_action(0)
about_item = wait_for(lambda: find("menu item", "About Liaison"))
ok(about_item is not None, "the primary menu lists About Liaison")
for label in ("Open…", "Export…", "Keyboard Shortcuts"):
    ok(find("menu item", label) is not None, f"the primary menu lists {label}")

export_item = find("menu item", "Export…")
ok(export_item.get_state_set().contains(Atspi.StateType.SENSITIVE),
   "Export… is available once the map is shown")

about_item.do_action(0)
ok(wait_for(lambda: "About" in windows()), "About Liaison opens a window")
ok(wait_for(lambda: find("label", "Liaison")) is not None, "the About window names the app")

press(0xFF1B)  # Escape
ok(wait_for(lambda: "About" not in windows()), "Escape closes the About window")

# The shortcuts window, all on one page (a second page's switcher made GTK 4.8 warn).
menu_button.do_action(0)
shortcuts_item = wait_for(lambda: find("menu item", "Keyboard Shortcuts"))
shortcuts_item.do_action(0)
ok(wait_for(lambda: find("label", "Fit the Whole Map")) is not None,
   "Keyboard Shortcuts opens the shortcuts window")
ok(find("label", "Undo") is not None and find("label", "Save the Map") is not None,
   "it lists saving and undo beside the map's keys")
press(0xFF1B)
ok(wait_for(lambda: find("label", "Fit the Whole Map") is None), "Escape closes the shortcuts window")

# The map, clicked with the real pointer: find a country's node on screen by its colour, click
# it, and read who it is in the details panel.
the_map = find("image", "Map")
ok(the_map is not None, "the map is in the accessibility tree")
if the_map is not None:
    box = screen_box(the_map, "Example Article")
    # Countries are blue hexagons; the legend along the bottom is left out.
    spot = find_colour((0x1c, 0x71, 0xd8), box.x, box.y, box.x + box.width, box.y + box.height - 140)
    ok(spot is not None, "a country's node is drawn on the map")
    if spot is not None:
        subprocess.run(["xdotool", "mousemove", str(spot[0]), str(spot[1]), "click", "1"], check=True)
        named = wait_for(lambda: find("label", "Kenya") or find("label", "China"))
        ok(named is not None, "clicking the node shows the country's name in the details")
        ok(wait_for(lambda: find("label", "● Country")) is not None, "the details say what kind it is")
        ok(wait_for(lambda: the_map.get_description().startswith(("Kenya, Country,", "China, Country,"))),
           "the map tells a screen reader what is selected")

# A second launch hands its file to the running instance and exits at once.
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
    f.write("Envoys meet in Geneva\n\nThe envoys met on Monday.\n")
second = subprocess.run([binary, f.name], capture_output=True, timeout=30)
ok(second.returncode == 0, "a second launch exits successfully")
ok(wait_for(lambda: find("frame", "Envoys meet in Geneva")) is not None,
   "the running instance opens the second launch's file in a new window")
ok(app.proc.poll() is None, "the first instance is still running")
os.unlink(f.name)

press(ord("q"), ctrl=True)
try:
    code = app.proc.wait(timeout=15)
except subprocess.TimeoutExpired:
    code = None
ok(code == 0, "Ctrl+Q quits with exit status 0")

problems = app.problems()
for line in problems:
    print("#", line)
ok(not problems, "no GLib warnings, criticals or sanitizer reports on stderr")

tap.done()
