#!/usr/bin/python3
# test-activation.py — starts Liaison the way the desktop menu does: its desktop file says
# DBusActivatable, so the shell asks the session bus for io.github.liaisonapp.Liaison, and the
# bus starts the binary named in the D-Bus service file with --gapplication-service. Opening a
# file from the file manager and quitting go through the same bus (org.freedesktop.Application).
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-activation.py LIAISON-BINARY. Run by meson under tests/run-ui-test; it starts its
# own session bus whose service directory holds a service file for the binary under test.

import os
import subprocess
import sys
import tempfile

APP_ID = "io.github.liaisonapp.Liaison"
binary = os.path.abspath(sys.argv[1])

if os.environ.get("LIAISON_ACTIVATION_INNER") is None:
    with tempfile.TemporaryDirectory() as data:
        services = os.path.join(data, "dbus-1", "services")
        os.makedirs(services)
        with open(os.path.join(services, APP_ID + ".service"), "w") as f:
            f.write(f"[D-BUS Service]\nName={APP_ID}\nExec={binary} --gapplication-service\n")
        # The bus and the services it starts print to stdout, which meson reads as TAP: give
        # them stderr, and the inner test a descriptor of its own for the real stdout.
        tap_fd = os.dup(1)
        env = dict(os.environ, LIAISON_ACTIVATION_INNER=str(tap_fd),
                   XDG_DATA_DIRS=data + ":" + os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share"))
        sys.exit(subprocess.call(["dbus-run-session", "--", sys.executable, __file__, binary],
                                 env=env, stdout=2, pass_fds=(tap_fd,)))

sys.stdout = os.fdopen(int(os.environ["LIAISON_ACTIVATION_INNER"]), "w")

from atspi_helpers import Tap, find, wait_for  # noqa: E402


def has_owner():
    out = subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                          "--object-path", "/org/freedesktop/DBus",
                          "--method", "org.freedesktop.DBus.NameHasOwner", APP_ID],
                         capture_output=True, text=True, timeout=10)
    return out.stdout.strip() == "(true,)"


def gapplication(*args):
    return subprocess.run(["gapplication", *args], capture_output=True, text=True, timeout=30)


tap = Tap(on_fail=lambda: gapplication("action", APP_ID, "quit"))
ok = tap.ok

ok(not has_owner(), "Liaison is not running before activation")
launch = gapplication("launch", APP_ID)
ok(launch.returncode == 0, "the bus activates Liaison (gapplication launch)")
ok(wait_for(lambda: find("frame", "Example Article")) is not None,
   "the activated instance shows the example article")
ok(has_owner(), "Liaison owns its bus name")

with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
    f.write("Delegations meet in Brasília\n\nThe delegations met.\n")
opened = gapplication("launch", APP_ID, f.name)
ok(opened.returncode == 0, "the bus hands a file to the running instance")
ok(wait_for(lambda: find("frame", "Delegations meet in Brasília")) is not None,
   "the file opens in a window")
os.unlink(f.name)

quit_ = gapplication("action", APP_ID, "quit")
ok(quit_.returncode == 0, "app.quit is reachable over the bus")
ok(wait_for(lambda: not has_owner()), "Liaison quits and releases its bus name")

tap.done()
