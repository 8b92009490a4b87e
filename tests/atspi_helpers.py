# atspi_helpers.py — what the end-to-end tests share: TAP output and finding things in the
# liaison application's accessibility tree.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402


class Tap:
    """Prints TAP; the first failure ends the test after on_fail has run."""

    def __init__(self, on_fail=None):
        self.count = 0
        self.on_fail = on_fail

    def ok(self, cond, what):
        self.count += 1
        print(("ok" if cond else "not ok"), self.count, "-", what, flush=True)
        if not cond:
            self.done(1)

    def done(self, code=0):
        if self.on_fail is not None and code != 0:
            self.on_fail()
        print(f"1..{self.count}", flush=True)
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
        except GLib.Error:
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
    if app is None:
        return []
    return [app.get_child_at_index(i).get_name() for i in range(app.get_child_count())]


CONTROL_L = 0x25  # keycode of Control_L in Xvfb's default keymap


def press(keyval, ctrl=False):
    """Synthesises X key events (XTEST), as a keyboard would."""
    if ctrl:
        Atspi.generate_keyboard_event(CONTROL_L, None, Atspi.KeySynthType.PRESS)
    Atspi.generate_keyboard_event(keyval, None, Atspi.KeySynthType.SYM)
    if ctrl:
        Atspi.generate_keyboard_event(CONTROL_L, None, Atspi.KeySynthType.RELEASE)
