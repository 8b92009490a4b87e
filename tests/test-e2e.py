#!/usr/bin/python3
# test-e2e.py — launches the real liaison binary and works it as a person would, through the
# accessibility tree (AT-SPI): the window shows the example article, the primary menu opens the
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
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

binary = sys.argv[1]
plan = []


def ok(cond, what):
    plan.append(what)
    print(("ok" if cond else "not ok"), len(plan), "-", what, flush=True)
    if not cond:
        finish(1)


def finish(code):
    if app_proc.poll() is None:
        app_proc.kill()
        app_proc.wait()
    if code != 0:
        stderr_file.seek(0)
        for line in stderr_file.read().splitlines():
            print("# app:", line)
    print(f"1..{len(plan)}", flush=True)
    sys.exit(code)


def walk(node):
    yield node
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            yield from walk(child)


def wait_for(predicate, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = predicate()
        except gi.repository.GLib.Error:
            found = None  # the tree changed under us; look again
        if found:
            return found
        time.sleep(0.1)
    return None


def liaison_app():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        child = desktop.get_child_at_index(i)
        if child is not None and child.get_name() == "liaison":
            return child
    return None


def find(role, name, actionable=False):
    app = liaison_app()
    if app is None:
        return None
    for node in walk(app):
        if node.get_role_name() == role and node.get_name() == name:
            if not actionable or node.get_n_actions() > 0:
                return node
    return None


def windows():
    app = liaison_app()
    return [app.get_child_at_index(i).get_name() for i in range(app.get_child_count())] if app else []


def press(keyval, modifiers=()):
    # Atspi synthesises X key events (XTEST), as a keyboard would.
    mods = {"ctrl": 0x25}  # keycode of Control_L on Xvfb's default keymap
    for m in modifiers:
        Atspi.generate_keyboard_event(mods[m], None, Atspi.KeySynthType.PRESS)
    Atspi.generate_keyboard_event(keyval, None, Atspi.KeySynthType.SYM)
    for m in reversed(modifiers):
        Atspi.generate_keyboard_event(mods[m], None, Atspi.KeySynthType.RELEASE)


env = dict(os.environ)
stderr_file = tempfile.TemporaryFile(mode="w+")
app_proc = subprocess.Popen([binary], env=env, stderr=stderr_file)

frame = wait_for(lambda: find("frame", "Example Article"))
ok(frame is not None, "the window opens on the example article")
ok(wait_for(lambda: find("label", "24 July 2023")) is not None, "the subtitle shows the article's date")
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
ok(not export_item.get_state_set().contains(Atspi.StateType.SENSITIVE),
   "Export… is insensitive while there is no map to export")

about_item.do_action(0)
about = wait_for(lambda: "About" in windows())
ok(about is not None, "About Liaison opens a window")
ok(wait_for(lambda: find("label", "Liaison")) is not None, "the About window names the app")

press(0xFF1B)  # Escape closes the About window
ok(wait_for(lambda: "About" not in windows()), "Escape closes the About window")

# A second launch hands its file to the running instance and exits at once.
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
    f.write("Envoys meet in Geneva\n\nThe envoys met on Monday.\n")
second = subprocess.run([binary, f.name], env=env, capture_output=True, timeout=30)
ok(second.returncode == 0, "a second launch exits successfully")
ok(wait_for(lambda: find("frame", "Envoys meet in Geneva")) is not None,
   "the running instance opens the second launch's file in a new window")
ok(app_proc.poll() is None, "the first instance is still running")
os.unlink(f.name)

press(ord("q"), ("ctrl",))
try:
    code = app_proc.wait(timeout=15)
except subprocess.TimeoutExpired:
    code = None
ok(code == 0, "Ctrl+Q quits with exit status 0")

stderr_file.seek(0)
stderr = stderr_file.read()
problems = [line for line in stderr.splitlines() if "CRITICAL" in line or "WARNING" in line]
for line in problems:
    print("#", line)
ok(not problems, "no GLib warnings or criticals on stderr")

finish(0)
