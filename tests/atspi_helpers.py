# atspi_helpers.py — what the end-to-end tests share: TAP output and finding things in the
# liaison application's accessibility tree.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys
import tempfile
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


def screen_pixels():
    """The whole screen, as (width, height, RGB bytes)."""
    shot = tempfile.NamedTemporaryFile(suffix=".ppm", delete=False)
    shot.close()
    subprocess.run(["import", "-window", "root", "-depth", "8", shot.name], check=True, timeout=30)
    with open(shot.name, "rb") as f:
        data = f.read()
    if os.environ.get("LIAISON_KEEP_SHOT"):
        subprocess.run(["cp", shot.name, "/tmp/e2e-shot.ppm"])
    os.unlink(shot.name)
    # Binary PPM: "P6 <width> <height> <max>" then RGB bytes.
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    return int(fields[1]), int(fields[2]), data[pos + 1:]


def find_colour(rgb, x0, y0, x1, y1):
    """The centre of the first blob of colour rgb in the screen rectangle, or None."""
    width, height, pixels = screen_pixels()
    found = []
    for y in range(max(0, y0), min(height, y1), 2):
        row = y * width * 3
        for x in range(max(0, x0), min(width, x1), 2):
            i = row + x * 3
            if abs(pixels[i] - rgb[0]) + abs(pixels[i + 1] - rgb[1]) + abs(pixels[i + 2] - rgb[2]) < 12:
                found.append((x, y))
    if not found:
        return None
    # The blob around the first pixel found: one node.
    fx, fy = found[0]
    blob = [(x, y) for x, y in found if abs(x - fx) < 30 and abs(y - fy) < 30]
    return sum(x for x, _ in blob) // len(blob), sum(y for _, y in blob) // len(blob)


def screen_box(node, window_title):
    """Where node is on the screen: GTK reports positions within the window only, and
    xdotool knows where the window is."""
    box = node.get_extents(Atspi.CoordType.WINDOW)
    geometry = subprocess.run(["xdotool", "search", "--name", window_title, "getwindowgeometry",
                               "--shell"], capture_output=True, text=True).stdout
    values = dict(line.split("=", 1) for line in geometry.splitlines() if "=" in line)
    box.x += int(values.get("X", 0))
    box.y += int(values.get("Y", 0))
    return box


class App:
    """The liaison binary, run as a user starts it, its stderr kept for the end of the test."""

    def __init__(self, binary):
        self.binary = binary
        self.stderr = tempfile.TemporaryFile(mode="w+")
        self.proc = None
        self.start()

    def start(self):
        self.proc = subprocess.Popen([self.binary], stderr=self.stderr)

    def dump(self):
        """Kills the app if it still runs and prints its stderr as TAP comments."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.stderr.seek(0)
        for line in self.stderr.read().splitlines():
            print("# app:", line)

    def problems(self):
        """GLib warnings, criticals and sanitizer reports the app printed."""
        self.stderr.seek(0)
        return [line for line in self.stderr.read().splitlines()
                if "CRITICAL" in line or "WARNING" in line or "Sanitizer" in line]
