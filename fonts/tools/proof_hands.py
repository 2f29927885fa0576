#!/usr/bin/python3
"""Draws proof sheets of the hand files built by build_hands.py, to look at the forms by eye.

  /usr/bin/python3 fonts/tools/proof_hands.py OUT.svg [--fonts DIR] [--size PX] [--chars aelot4 | --synth | --words "a b" | --sheet CHARS TEXT] [id ...]

Each row is one character of one hand: form 0 (the original glyph) and its alternates side by
side, at the same scale. With --synth the rows show the synthesised characters next to the hand's
own letters instead. Convert to PNG with ImageMagick: convert -density 150 OUT.svg OUT.png
"""
import json
import os
import sys
from xml.sax.saxutils import escape

from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

FONTS = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def glyph_path(font, name, scale, x, y):
    glyph_set = font.getGlyphSet()
    pen = SVGPathPen(glyph_set)
    glyph_set[name].draw(TransformPen(pen, (scale, 0, 0, -scale, x, y)))
    return pen.getCommands()


def main(argv):
    out = argv[0]
    global FONTS
    chars, synth, words, ids = "aelot4", False, None, []
    size = 90.0
    sheet = None
    i = 1
    while i < len(argv):
        if argv[i] == "--fonts":
            FONTS = os.path.abspath(argv[i + 1])
            i += 2
        elif argv[i] == "--words":
            words = argv[i + 1].split()
            i += 2
        elif argv[i] == "--chars":
            chars = argv[i + 1]
            i += 2
        elif argv[i] == "--sheet":
            # The README's sheet: per hand, all forms of each character in groups, then a line of
            # text mixing the hand's own glyphs with synthesised ones.
            sheet = (argv[i + 1], argv[i + 2])
            i += 3
        elif argv[i] == "--size":
            size = float(argv[i + 1])
            i += 2
        elif argv[i] == "--synth":
            synth = True
            i += 1
        else:
            ids.append(argv[i])
            i += 1
    manifest = json.load(open(os.path.join(FONTS, "fonts.json"), encoding="utf-8"))
    entries = [e for e in manifest["fonts"] if not ids or e["id"] in ids]
    pad, label = 14.0, 200.0
    rows, width = [], 0.0
    y = pad
    for entry in entries:
        font = TTFont(os.path.join(FONTS, entry["handFile"]))
        forms = json.load(open(os.path.join(FONTS, entry["formsFile"]), encoding="utf-8"))
        order = font.getGlyphOrder()
        cmap = font.getBestCmap()
        hmtx = font["hmtx"]
        scale = size / font["head"].unitsPerEm
        if sheet:
            group_chars, text = sheet
            seq = []
            for ch in group_chars:
                if ord(ch) not in cmap:
                    continue
                base = cmap[ord(ch)]
                seq += [base] + [order[a] for a in forms["forms"].get(str(order.index(base)), [])] + [None]
            sequences = [seq, [cmap[ord(c)] if ord(c) in cmap else None for c in text]]
            titles = [entry["displayName"] + ": forms", entry["displayName"] + ": marks"]
        elif words:
            # Each word in form 0 throughout, then twice with every letter in another form: a
            # connected hand must still join.
            sequences, titles = [], []
            for word in words:
                names = [cmap[ord(c)] for c in word if ord(c) in cmap]
                for r in range(3):
                    seq = []
                    for j, name in enumerate(names):
                        alts = forms["forms"].get(str(order.index(name)), [])
                        pick = 0 if r == 0 else 1 + (j * 2 + r) % len(alts) if alts else 0
                        seq.append(name if pick == 0 else order[alts[pick - 1]])
                    sequences.append(seq)
                    titles.append("%s %s" % (entry["id"], "form 0" if r == 0 else "mixed"))
        elif synth:
            codes = [int(u[2:], 16) for u in forms["synthesized"]]
            lines = [codes[k:k + 24] for k in range(0, len(codes), 24)]
            lines.insert(0, [ord(c) for c in "aeilnoACEGLNOS,.-'<>"])
            sequences = [[cmap[c] for c in line if c in cmap] for line in lines]
            titles = [entry["id"] + " own"] + [entry["id"] + " synth"] * (len(lines) - 1)
        else:
            sequences, titles = [], []
            for ch in chars:
                if ord(ch) not in cmap:
                    continue
                base = cmap[ord(ch)]
                gid = order.index(base)
                sequences.append([base] + [order[a] for a in forms["forms"].get(str(gid), [])])
                titles.append("%s  %s" % (entry["id"], ch))
        for title, names in zip(titles, sequences):
            baseline = y + size * 1.05
            x = label
            paths = []
            for name in names:
                if name is None:  # a gap between groups, or a space
                    x += size * 0.45
                    continue
                paths.append(glyph_path(font, name, scale, x, baseline))
                x += hmtx[name][0] * scale + (0 if synth or words or sheet else size * 0.25)
            rows.append((title, y, baseline, paths))
            width = max(width, x + pad)
            y += size * 1.6
    svg = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d">' % (width, y + pad),
           '<rect width="100%" height="100%" fill="white"/>']
    for title, top, baseline, paths in rows:
        svg.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#9cf" stroke-width="1"/>' % (label, baseline, width - pad, baseline))
        svg.append('<text x="8" y="%.1f" font-family="DejaVu Sans" font-size="16" fill="#555">%s</text>' % (baseline, escape(title)))
        for p in paths:
            svg.append('<path d="%s" fill="#1b2a4a"/>' % p)
    svg.append("</svg>")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(svg))


if __name__ == "__main__":
    main(sys.argv[1:])
