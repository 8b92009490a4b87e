#!/usr/bin/python3
# test-export.py — the map as PNG, SVG and PDF from `liaison --export`, checked with the tools a
# user would open them with: xmllint and a browser's view of the SVG, pdftotext and pdffonts for
# the PDF, and rsvg-convert to see that the SVG draws the same picture as the PNG.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-export.py LIAISON-BINARY SCRIPTS-DOCUMENT. Prints TAP.

import json
import os
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

binary = os.path.abspath(sys.argv[1])
scripts_doc = os.path.abspath(sys.argv[2])
count = 0
failed = 0
SVG = "{http://www.w3.org/2000/svg}"

env = {k: v for k, v in os.environ.items()
       if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}

# How far the PNG export and the SVG drawn by librsvg may differ: the root mean square of the
# pixel differences, 0..1, after a one-pixel Gaussian blur of both. The two rasterisers place
# glyphs and anti-alias edges differently by a fraction of a pixel, which the blur removes; what
# it keeps is anything a reader would see: a missing or moved label, node or edge, a wrong
# colour or font. The bundled article measures 0.019; a dark export against a light one
# measures far above the bound, which the last check below confirms, so the bound can fail.
SIMILAR = 0.04


def ok(cond, what, detail=""):
    global count, failed
    count += 1
    print(("ok" if cond else "not ok"), count, "-", what, flush=True)
    if not cond:
        failed += 1
        for line in str(detail).splitlines():
            print("#", line)


def run(*args):
    return subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=120)


def tool(*args):
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def rmse(a, b, blur):
    """Blurred RMSE of two images flattened on the same background, 0..1."""
    flat = []
    for i, image in enumerate((a, b)):
        out = f"{image}.flat{i}.png"
        tool("convert", image, "-background", "white", "-flatten", "-blur", f"0x{blur}", out)
        flat.append(out)
    r = tool("compare", "-metric", "RMSE", *flat, "null:")
    # compare prints "ABSOLUTE (NORMALISED)" on stderr; status 1 just means "they differ".
    try:
        return float(r.stderr.split("(")[1].split(")")[0])
    except (IndexError, ValueError):
        return float("inf")


def squash(text):
    """Text as pdftotext gives it, without the spaces and bidi marks it adds inside Arabic
    words, and with Arabic presentation forms folded back to letters."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def svg_texts(root):
    return ["".join(t.itertext()) for t in root.iter(SVG + "text")]


def actor_groups(root):
    return [g for g in root.iter(SVG + "g") if g.get("class", "").startswith("actor ")
            and g.get("id")]


with tempfile.TemporaryDirectory() as tmp:
    def path(name):
        return os.path.join(tmp, name)

    # The names every export must show: the example article's actors, from the native export.
    r = run("--export=" + path("example.liaison"))
    with open(path("example.liaison")) as f:
        example = json.load(f)
    names = [a["name"] for a in example["actors"]]
    ok(r.returncode == 0 and len(names) >= 15, "the example article has its actors", r.stderr)
    with open(scripts_doc) as f:
        scripts = json.load(f)
    script_names = [a["name"] for a in scripts["actors"]]

    for stem, source, expected in (("example", [], names), ("scripts", [scripts_doc], script_names)):
        svg, png, pdf = (path(f"{stem}.{ext}") for ext in ("svg", "png", "pdf"))
        results = [run("--export=" + out, *source) for out in (svg, png, pdf)]
        ok(all(x.returncode == 0 and x.stderr == "" for x in results),
           f"{stem}: exports SVG, PNG and PDF", "\n".join(x.stderr for x in results))

        # SVG: valid XML, a <text> for every actor, a group per actor and relation.
        lint = tool("xmllint", "--noout", svg)
        ok(lint.returncode == 0, f"{stem}: the SVG is well-formed XML (xmllint)", lint.stderr)
        root = ET.parse(svg).getroot()
        texts = svg_texts(root)
        missing = [n for n in expected if n not in texts]
        ok(not missing, f"{stem}: the SVG has a <text> for every actor name", missing)
        groups = actor_groups(root)
        kinds = {a["id"]: a["kind"] for a in (example if stem == "example" else scripts)["actors"]}
        ok(len(groups) == len(expected)
           and all(g.get("id") == "actor-" + aid and g.get("class") == "actor " + kinds[aid]
                   for g, aid in ((g, g.get("id")[len("actor-"):]) for g in groups)
                   if aid in kinds)
           and {g.get("id")[len("actor-"):] for g in groups} == set(kinds),
           f"{stem}: one <g id=\"actor-ID\" class=\"actor KIND\"> per actor",
           [(g.get("id"), g.get("class")) for g in groups])
        relations = [g for g in root.iter(SVG + "g") if g.get("class", "").startswith("relation ")
                     and g.get("id")]
        titles = [g.find(SVG + "title") for g in relations]
        ok(relations and all(t is not None and t.text for t in titles),
           f"{stem}: every relation group has a <title> a browser shows on hover")
        style = root.find(SVG + "style")
        ok(style is not None and ".actor.country .shape" in style.text
           and ".relation.met_with .line" in style.text,
           f"{stem}: colours by kind are in an embedded stylesheet")

        # PDF: every name is text a reader can search, in embedded fonts.
        text = tool("pdftotext", "-enc", "UTF-8", pdf, "-")
        found = squash(text.stdout)
        missing = [n for n in expected if squash(n) not in found]
        ok(text.returncode == 0 and not missing, f"{stem}: pdftotext lists every actor name",
           missing)
        fonts = tool("pdffonts", pdf)
        rows = fonts.stdout.splitlines()[2:]
        ok(fonts.returncode == 0 and rows and all(" yes " in row for row in rows),
           f"{stem}: every font in the PDF is embedded", fonts.stdout)

        # PNG from the export and PNG from the SVG: the same picture.
        drawn = path(f"{stem}-rsvg.png")
        conv = tool("rsvg-convert", svg, "-o", drawn)
        size = png_size(png)
        ok(conv.returncode == 0 and size is not None and png_size(drawn) == size,
           f"{stem}: rsvg-convert draws the SVG at the PNG's size", (size, png_size(drawn)))
        diff = rmse(png, drawn, 1)
        ok(diff < SIMILAR, f"{stem}: the SVG and the PNG show the same map (RMSE {diff:.3f})")

    # Chinese names are drawn in a font that has them, not as boxes.
    family = tool("fc-match", "-f", "%{family[0]}", ":lang=zh-cn").stdout.replace(" ", "")
    fonts = tool("pdffonts", path("scripts.pdf")).stdout.replace(" ", "")
    ok(family and family in fonts, f"scripts: the PDF embeds {family} for the Chinese names",
       fonts)
    root = ET.parse(path("scripts.svg")).getroot()
    ok("Banque A&B <Afrique>" in svg_texts(root)
       and any(t.text and "王毅 & <evidence>" in t.text for t in root.iter(SVG + "title")),
       "scripts: ampersands and angle brackets come through the SVG escaped and intact")

    # Sizes: --scale and --width.
    base = png_size(path("example.png"))
    r = run("--export=" + path("x2.png"), "--scale=2")
    x2 = png_size(path("x2.png"))
    ok(r.returncode == 0 and x2 is not None and abs(x2[0] - 2 * base[0]) <= 1
       and abs(x2[1] - 2 * base[1]) <= 1, "--scale=2 doubles the PNG's size", (base, x2))
    r = run("--export=" + path("w.png"), "--width=800")
    w = png_size(path("w.png"))
    ok(r.returncode == 0 and w is not None and w[0] == 800
       and abs(w[1] - base[1] * 800 / base[0]) <= 1, "--width=800 gives a PNG 800 pixels wide",
       w)

    # Options: dark, transparent, without legend or caption.
    r = run("--export=" + path("dark.png"), "--dark")
    mean = tool("convert", path("dark.png"), "-colorspace", "Gray", "-format", "%[fx:mean]", "info:")
    light = tool("convert", path("example.png"), "-colorspace", "Gray", "-format", "%[fx:mean]",
                 "info:")
    ok(r.returncode == 0 and float(mean.stdout) < 0.3 < 0.7 < float(light.stdout),
       "--dark draws on a dark background, the default on a light one",
       (mean.stdout, light.stdout))
    r = run("--export=" + path("clear.png"), "--transparent")
    corner = tool("convert", path("clear.png"), "-format", "%[fx:p{0,0}.a]", "info:")
    ok(r.returncode == 0 and corner.stdout.strip() == "0", "--transparent leaves the background clear",
       corner.stdout)
    r = run("--export=" + path("bare.svg"), "--no-legend", "--no-caption")
    root = ET.parse(path("bare.svg")).getroot()
    ok(r.returncode == 0 and not any(g.get("class") == "legend" for g in root.iter(SVG + "g"))
       and "2023-07-24" not in svg_texts(root)
       and "2023-07-24" in svg_texts(ET.parse(path("example.svg")).getroot()),
       "--no-legend and --no-caption leave them out")

    # Kinds hidden in the document stay hidden in its exports.
    example["view"]["hidden_kinds"] = ["sector"]
    with open(path("hidden.liaison"), "w") as f:
        json.dump(example, f)
    r = run("--export=" + path("hidden.svg"), path("hidden.liaison"))
    root = ET.parse(path("hidden.svg")).getroot()
    sectors = [a["name"] for a in example["actors"] if a["kind"] == "sector"]
    texts = svg_texts(root)
    ok(r.returncode == 0 and sectors and not any(n in texts for n in sectors)
       and "Kenya" in texts and not any(g.get("class") == "actor sector" for g in actor_groups(root))
       and not any("relation cooperation_in" == g.get("class") for g in root.iter(SVG + "g")),
       "actors of a hidden kind and their relations are left out", r.stderr)

    # A failed export says so in one line and leaves nothing behind.
    r = run("--export=" + path("missing/dir/map.png"))
    ok(r.returncode == 1 and len(r.stderr.splitlines()) == 1 and r.stderr.startswith("liaison: ")
       and not os.path.exists(path("missing")), "an export to a missing folder fails cleanly",
       r.stderr)
    r = run("--export=" + path("huge.png"), "--scale=16")
    ok(r.returncode == 1 and len(r.stderr.splitlines()) == 1 and not os.path.exists(path("huge.png")),
       "a PNG too large to draw is refused with one line, and no file", r.stderr)

    # A big map's PDF fits an A3 page (scaled down, still vector and searchable).
    with open(path("big.graphml"), "w") as f:
        f.write('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                '<key id="label" for="node" attr.name="label" attr.type="string"/><graph edgedefault="undirected">')
        for i in range(300):
            f.write(f'<node id="n{i}"><data key="label">Actor number {i}</data></node>')
        for i in range(1, 300):
            f.write(f'<edge source="n{i}" target="n{(i * 7) % i}"/>')
        f.write("</graph></graphml>")
    r = run("--export=" + path("big.pdf"), path("big.graphml"))
    info = tool("pdfinfo", path("big.pdf")).stdout
    size = [line.split(":", 1)[1] for line in info.splitlines() if line.startswith("Page size")]
    dims = [float(x) for x in size[0].split("pts")[0].split("x")] if size else [1e9, 1e9]
    ok(r.returncode == 0 and max(dims) <= 1191 and min(dims) <= 842
       and "Actor number 299" in tool("pdftotext", path("big.pdf"), "-").stdout,
       f"a big map's PDF fits an A3 page and keeps its text ({size})", r.stderr)

    # The comparison can fail: the dark map is far from the light one.
    diff = rmse(path("dark.png"), path("example-rsvg.png"), 1)
    ok(SIMILAR * 3 < diff < float("inf"), f"the similarity bound tells different pictures apart (RMSE {diff:.3f})")

print(f"1..{count}")
sys.exit(1 if failed else 0)
