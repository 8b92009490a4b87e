#!/usr/bin/python3
# test-translations.py — Liaison in French, Swahili and Simplified Chinese.
#
# For each language, with LANGUAGE set as a desktop session sets it and the build tree's
# catalogues (LIAISON_LOCALEDIR):
# - the window shows its header bar, side pane and empty details in that language, read
#   through the accessibility tree, as a screen reader would;
# - an SVG export of the example article has the legend's kind labels in that language and the
#   countries under iso-codes' names for it, while persons keep their names as written.
# The expected words come from the catalogues themselves, so the test checks that they are
# used, not what they say; a catalogue that leaves a string untranslated fails here too.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-translations.py LIAISON-BINARY BUILD-PO-DIR. Run under tests/run-ui-test.

import gettext
import os
import subprocess
import sys
import tempfile

from atspi_helpers import App, Tap, liaison_app, wait_for, walk

binary = os.path.abspath(sys.argv[1])
podir = os.path.abspath(sys.argv[2])
LANGUAGES = ["fr", "sw", "zh_CN"]

apps = []
tap = Tap(on_fail=lambda: [a.dump() for a in apps])


def names():
    app = liaison_app()
    return {n.get_name() for n in walk(app)} if app is not None else set()


def svg_text(svg):
    import xml.etree.ElementTree as ET
    texts = []
    for el in ET.parse(svg).iter():
        if el.tag.endswith("text") and el.text:
            texts.append(el.text)
    return texts


for lang in LANGUAGES:
    ui = gettext.translation("liaison", podir, [lang])
    iso = gettext.translation("iso_3166-1", "/usr/share/locale", [lang], fallback=True)

    def tr(msgid, context=None):
        return ui.pgettext(context, msgid) if context else ui.gettext(msgid)

    env = dict(os.environ, LANGUAGE=lang, LIAISON_LOCALEDIR=podir)

    # The window.
    english_words = ["Details", "Article", "Open", "Nothing Selected"]
    words = [tr(w) for w in english_words]
    # (Present in the catalogue: "Article" is "Article" in French.)
    tap.ok(all(w in ui._catalog for w in english_words),
           f"{lang}: the catalogue translates the window's words ({', '.join(words)})")
    saved = os.environ.copy()
    os.environ.update(env)
    app = App(binary)
    os.environ.clear()
    os.environ.update(saved)
    apps.append(app)
    shown = wait_for(lambda: all(w in names() for w in words) and names(), timeout=30)
    tap.ok(shown is not None and all(w in shown for w in words),
           f"{lang}: the window shows {', '.join(words)}")
    english = {w for w in english_words if tr(w) != w} & names()
    tap.ok(not english, f"{lang}: and no English in their place", )
    app.proc.terminate()
    app.proc.wait()
    tap.ok(not app.problems(), f"{lang}: no GLib warning or critical")
    apps.remove(app)

    # The map, exported.
    with tempfile.TemporaryDirectory() as tmp:
        svg = os.path.join(tmp, "map.svg")
        r = subprocess.run([binary, "--export=" + svg], env=env, capture_output=True, text=True)
        tap.ok(r.returncode == 0 and r.stderr == "", f"{lang}: the example exports to SVG")
        texts = svg_text(svg)
        for kind in ("Country", "Person"):
            tap.ok(tr(kind, "actor kind") in texts and tr(kind, "actor kind") != kind,
                   f"{lang}: the legend says “{tr(kind, 'actor kind')}” for {kind}")
        for country in ("Kenya", "China"):
            local = iso.gettext(country)
            tap.ok(local in texts and (local == country or country not in texts),
                   f"{lang}: {country} is labelled “{local}”")
        tap.ok("William Ruto" in texts, f"{lang}: a person keeps the name the article gives")

tap.done()
