#!/usr/bin/python3
"""Checks the hand files written by build_hands.py against fonts/HAND-CONTRACT (see the docstring
of build_hands.py). Exits 1 and lists every failure; prints one summary line per hand.

  /usr/bin/python3 fonts/tools/check_hands.py [id ...]

Per hand: the original glyph order is a prefix of the hand file's (no glyph id moved); GSUB, GPOS,
GDEF and kern still decompile; every required character (dashes, curly quotes, ellipsis,
guillemets, bullet, euro, pound, Latin letters U+00C0-U+017F) is in the cmap with an outline;
lowercase letters and digits have 6 forms, every other drawn character 3; alternates are not in
the cmap, have their own advance within 6% of the base's, differ from the base by more than an
affine map, and keep the orientation and roughly the area of every contour (a sign flip or a
collapsed contour would mean the displacement folded the outline); synthesized characters listed
in the forms file are in the cmap.
"""
import json
import os
import sys
import unicodedata

import numpy as np
from fontTools.ttLib import TTFont

sys.path.insert(0, os.path.dirname(__file__))
from build_hands import FONTS, REQUIRED, LATIN, Hand, affine_residual, contours_intact, has_shape, outline_of, shape_size  # noqa: E402

# The smallest RMS distance, as a fraction of the glyph's size, between an alternate and the best
# affine image of its base: below it the alternate would look like a scaled or slanted copy.
MIN_RESIDUAL = 0.006
# A connected hand's glyphs are pinned where they join their neighbours (see build_hands.py).
MIN_RESIDUAL_CONNECTED = 0.004
PUNCTUATION = ".,;:!?'\"-()\u2018\u2019\u201c\u201d"


def check(entry, problems):
    fail = lambda msg: problems.append("%s: %s" % (entry["id"], msg))  # noqa: E731
    original = TTFont(os.path.join(FONTS, entry["file"]))
    hand = TTFont(os.path.join(FONTS, entry["handFile"]))
    forms_doc = json.load(open(os.path.join(FONTS, entry["formsFile"]), encoding="utf-8"))
    forms = {int(k): v for k, v in forms_doc["forms"].items()}
    upm = hand["head"].unitsPerEm

    old, new = original.getGlyphOrder(), hand.getGlyphOrder()
    if new[:len(old)] != old:
        fail("original glyph order changed")
    for tag in ("GSUB", "GPOS", "GDEF", "kern"):
        if tag in original:
            if tag not in hand:
                fail("%s dropped" % tag)
            else:
                hand[tag].compile(hand)
    glyf, hmtx = hand["glyf"], hand["hmtx"]
    cmap = hand.getBestCmap()
    mapped = set(cmap.values())
    for code in REQUIRED + LATIN:
        if code not in cmap or glyf[cmap[code]].numberOfContours == 0:
            fail("U+%04X not drawn" % code)
    for u in forms_doc["synthesized"]:
        if int(u[2:], 16) not in cmap:
            fail("synthesized %s not in cmap" % u)

    counts = {}
    for code, name in cmap.items():
        ch = chr(code)
        need = None
        if unicodedata.category(ch) in ("Ll", "Nd") and (ch.isascii() or code in LATIN):
            need = 6
        elif ch.isupper() or ch in PUNCTUATION or code in REQUIRED:
            need = 3
        if need is None or glyf[name].numberOfContours == 0:
            continue
        got = 1 + len(forms.get(hand.getGlyphID(name), []))
        if got < need:
            fail("%r has %d forms, needs %d" % (ch, got, need))
        counts[need] = counts.get(need, 0) + 1

    residuals = []
    joins = Hand(entry, original) if entry.get("connected") else None
    all_join = 0
    letters = {name for code, name in cmap.items() if unicodedata.category(chr(code)).startswith("L")}
    for gid, alts in forms.items():
        base_name = new[gid]
        pinned = entry.get("connected") and (base_name in letters or base_name not in mapped)
        base = outline_of(hand, base_name)
        base_adv = hmtx[base_name][0]
        if pinned and not joins.has_free_middle(base_adv):
            all_join += 1
        for alt_id in alts:
            alt_name = new[alt_id]
            if alt_id < len(old):
                fail("alternate %s reuses an original glyph id" % alt_name)
            if alt_name in mapped:
                fail("alternate %s is in the cmap" % alt_name)
            adv = hmtx[alt_name][0]
            if base_adv and abs(adv / base_adv - 1) > 0.06:
                fail("alternate %s advance %d vs %d" % (alt_name, adv, base_adv))
            alt = outline_of(hand, alt_name)
            if len(alt) != len(base):
                fail("alternate %s has %d contours, base %d" % (alt_name, len(alt), len(base)))
                continue
            if not contours_intact(base, alt, upm):
                fail("alternate %s has a folded or collapsed contour" % alt_name)
            # Relative to the glyph's size: a full stop cannot move as far as an "l".
            pts = np.concatenate([c for c, _ in base])
            r = affine_residual(base, alt) / shape_size(base)
            residuals.append(r)
            if has_shape(base) and (not pinned or joins.has_free_middle(base_adv)) and r < (MIN_RESIDUAL_CONNECTED if pinned else MIN_RESIDUAL):
                fail("alternate %s is (nearly) an affine copy: residual %.4f of its size" % (alt_name, r))
    print("%-14s glyphs %d -> %d; chars with 6+ forms %d, with 3+ forms %d; synthesized %d; "
          "non-affine residual / size: median %.4f, min %.4f; all-join glyphs (not held to it) %d" % (
              entry["id"], len(old), len(new), counts.get(6, 0), counts.get(3, 0),
              len(forms_doc["synthesized"]), float(np.median(residuals)), float(np.min(residuals)), all_join))


def main(argv):
    global FONTS
    if argv[:1] == ["--fonts"]:
        FONTS = os.path.abspath(argv[1])
        argv = argv[2:]
    manifest = json.load(open(os.path.join(FONTS, "fonts.json"), encoding="utf-8"))
    problems = []
    for entry in manifest["fonts"]:
        if argv and entry["id"] not in argv:
            continue
        if "handFile" not in entry:
            problems.append("%s: no handFile in fonts.json" % entry["id"])
            continue
        check(entry, problems)
    for p in problems:
        print("FAIL " + p)
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
