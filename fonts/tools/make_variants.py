#!/usr/bin/python3
"""Makes the variant forms of every handwriting font listed in fonts/fonts.json, and records in
the manifest which characters each font covers.

Why variant forms: a real hand never writes the same letter twice the same way. Rotating or
scaling every glyph with its own matrix breaks text extraction from the PDF and costs 3x
(shared/peers/RESULTS.md). Instead each font gets a few copies whose glyph outlines are
slightly reshaped (size, slant, baseline, sideways shift within the advance, a gentle wobble),
different for every glyph and every copy; the engine picks a form per glyph, so per-glyph variation costs only a font switch.
Advance widths are kept, so the layout does not depend on which form is drawn.

The copies are renamed ("LS <id> form N"): the OFL forbids a modified font to carry a Reserved
Font Name. Output is deterministic (seeded by font id, form and glyph name; fixed timestamps).

Run with Debian's python3-fonttools:  /usr/bin/python3 fonts/tools/make_variants.py
"""
import hashlib
import json
import math
import os
import random

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import ttProgram

FONTS = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
MANIFEST = os.path.join(FONTS, "fonts.json")
# Tables whose contents depend on hinted outlines; stale copies would be wrong, so drop them.
HINTING_TABLES = ("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX")


def rng_for(*parts):
    digest = hashlib.sha256("/".join(str(p) for p in parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def coverage_ranges(font):
    codes = sorted(c for c in font.getBestCmap() if c >= 0x20)
    ranges, start, prev = [], None, None
    for c in codes:
        if start is None:
            start = prev = c
        elif c == prev + 1:
            prev = c
        else:
            ranges.append((start, prev))
            start = prev = c
    if start is not None:
        ranges.append((start, prev))
    return " ".join("U+%04X" % a if a == b else "U+%04X-U+%04X" % (a, b) for a, b in ranges)


def reshape(font, font_id, form, tuning):
    upm = font["head"].unitsPerEm
    glyf = font["glyf"]
    hmtx = font["hmtx"]
    for name in font.getGlyphOrder():
        glyph = glyf[name]
        if glyph.isComposite() or glyph.numberOfContours <= 0:
            continue  # composites pick up their components' new shapes
        r = rng_for(font_id, form, name)
        scale = 1 + r.uniform(-1, 1) * tuning["formScale"]
        squash = 1 + r.uniform(-0.5, 0.5) * tuning["formScale"]
        shear = math.tan(math.radians(r.uniform(-1, 1) * tuning["formSlantDegrees"]))
        dy = r.uniform(-1, 1) * tuning["formBaselineEm"] * upm
        dx = r.uniform(-1, 1) * tuning["formShiftEm"] * upm
        wobble = tuning["formWobbleEm"] * upm
        fx, fy = r.uniform(1.5, 3.5), r.uniform(1.5, 3.5)
        px, py = r.uniform(0, 2 * math.pi), r.uniform(0, 2 * math.pi)
        glyph.recalcBounds(glyf)
        cx = (glyph.xMin + glyph.xMax) / 2
        coords = glyph.coordinates
        for i in range(len(coords)):
            x, y = coords[i]
            nx = cx + dx + (x - cx) * scale + shear * y + wobble * math.sin(2 * math.pi * fy * y / upm + py)
            ny = y * scale * squash + dy + wobble * math.sin(2 * math.pi * fx * x / upm + px)
            coords[i] = (round(nx), round(ny))
        glyph.program = ttProgram.Program()
        glyph.program.fromBytecode(b"")
        glyph.recalcBounds(glyf)
        advance, _ = hmtx[name]
        hmtx[name] = (advance, glyph.xMin)
    for tag in HINTING_TABLES:
        if tag in font:
            del font[tag]


def rename(font, font_id, form):
    family = "LS %s form %d" % (font_id, form)
    postscript = "LS-%s-form%d" % (font_id.replace(" ", ""), form)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 16, 21):
            record.string = family
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID in (2, 17, 22):
            record.string = "Regular"


def main():
    with open(MANIFEST, encoding="utf-8") as f:
        manifest = json.load(f)
    fallback = manifest["fallback"]
    fallback["coverage"] = coverage_ranges(TTFont(os.path.join(FONTS, fallback["file"])))
    for entry in manifest["fonts"]:
        path = os.path.join(FONTS, entry["file"])
        entry["coverage"] = coverage_ranges(TTFont(path))
        folder, stem = os.path.dirname(entry["file"]), os.path.splitext(os.path.basename(entry["file"]))[0]
        files = []
        for form in range(1, entry["variation"]["forms"] + 1):
            font = TTFont(path, recalcTimestamp=False)
            reshape(font, entry["id"], form, entry["variation"])
            rename(font, entry["id"], form)
            rel = "%s/%s-form%d.ttf" % (folder, stem, form)
            font.save(os.path.join(FONTS, rel))
            files.append(rel)
        entry["variantFiles"] = files
        print("%s: %d forms, %d coverage ranges" % (entry["id"], len(files), len(entry["coverage"].split())))
    with open(MANIFEST, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
