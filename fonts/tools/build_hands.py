#!/usr/bin/python3
"""Builds one "hand file" per handwriting font listed in fonts/fonts.json.

A hand file (<id>/<Stem>-LS.ttf) holds:
- every glyph of the original font, at the same glyph id, with its GSUB/GPOS/kern tables intact;
- the characters the hand lacks from the list a letter needs (dashes, curly quotes, ellipsis,
  guillemets, bullet, euro, pound, Latin-1 and Latin Extended-A letters), drawn at build time
  from the hand's own glyphs and added to the cmap, so nothing is borrowed from a typeset font;
- the allographs: for every lowercase letter and digit 5 more forms (6 in all), for every other
  drawn character (capitals, punctuation, symbols) 2 more (3 in all), also for glyphs reachable
  only through GSUB (contextual and ligature forms of connected hands). They are appended at the
  end of the glyph order, not in the cmap; the engine picks them by glyph id from
  <Stem>-LS.forms.json ({"forms": {"<glyphId>": [alternate ids]}, "synthesized": ["U+2014", ...]}).

Why the alternates are not affine copies: a person's second "e" is not the first one scaled or
slanted; its loop is a little rounder or flatter, its ascender a little taller, its stroke end a
little longer. Each alternate moves the glyph's control points through a smooth, seeded
displacement field: a few wide Gaussian bumps, a long wave, ascender and descender lengths varied
separately, the bowl widened or narrowed at mid x-height, the pen pressure (outline offset along
its normals) varied along the letter, and the width varied by a few percent. The field's gradient
is kept well below 1, which makes it a one-to-one map of the plane: contours cannot cross each other
or themselves however far a point moves, so loops change shape without breaking. For connected
hands ("connected": true) the field fades to zero at the glyph's left and right edges, so entry and
exit strokes still meet the neighbouring letter.

The family is renamed "LS <DisplayName>" (the OFL's Reserved Font Name rule for modified fonts);
copyright and licence records are kept. Output is deterministic: seeds come from the hand id, the
glyph name and the form number, and head.created/modified are fixed.

Run with Debian's python3-fonttools and python3-numpy:
  /usr/bin/python3 fonts/tools/build_hands.py [--fonts DIR] [id ...]
then check with fonts/tools/check_hands.py and look at fonts/tools/proof_hands.py's sheets.
"""
import hashlib
import json
import math
import os
import random
import sys
import time
import unicodedata

import numpy as np
from fontTools import agl
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import ttProgram
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphCoordinates, flagOnCurve, flagOverlapSimple

FONTS = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
MANIFEST = os.path.join(FONTS, "fonts.json")
# Tables that hold one entry per glyph and that fontTools cannot grow with the glyph order.
PER_GLYPH_TABLES = ("hdmx", "LTSH", "VDMX")
# 2024-01-01T00:00:00Z in seconds since 1904 (the head table's epoch): a fixed stamp keeps builds byte-identical.
FIXED_TIMESTAMP = 3786825600
DEFAULT_STRENGTH = 1.3

# Characters every hand must draw itself (the "fallback glyph" tell of the tells check).
REQUIRED = [0x2014, 0x2013, 0x201C, 0x201D, 0x2018, 0x2019, 0x2026, 0x00AB, 0x00BB, 0x2022, 0x20AC, 0x00A3]
# Also drawn when missing, because they are cheap and belong with the required ones.
EXTRA = [0x201A, 0x201E, 0x2039, 0x203A, 0x00B7]
LATIN = [c for c in range(0x00C0, 0x0180) if unicodedata.category(chr(c)).startswith("L")]
WANTED = REQUIRED + EXTRA + LATIN


def rng_for(*parts):
    digest = hashlib.sha256("/".join(str(p) for p in parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def coverage_ranges(cmap):
    codes = sorted(c for c in cmap if c >= 0x20)
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


# ---------------------------------------------------------------------------------------------
# Outlines: a list of contours, each (points: float array N x 2, on-curve: bool array N).

def outline_of(font, name):
    glyf = font["glyf"]
    glyph = glyf[name]
    if glyph.numberOfContours == 0:
        return []
    coords, ends, flags = glyph.getCoordinates(glyf)
    pts = np.array(list(coords), dtype=float).reshape(-1, 2)
    on = np.array([(f & flagOnCurve) != 0 for f in flags], dtype=bool)
    contours, start = [], 0
    for end in ends:
        contours.append((pts[start:end + 1].copy(), on[start:end + 1].copy()))
        start = end + 1
    return contours


def bbox(outline):
    if not outline:
        return None
    pts = np.concatenate([p for p, _ in outline])
    return pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max()


def transform(outline, a=1.0, b=0.0, c=0.0, d=1.0, e=0.0, f=0.0):
    """x' = a x + c y + e, y' = b x + d y + f. A mirroring map reverses every contour so the
    TrueType winding (and so the fill of overlapping parts) stays right."""
    out = []
    flip = a * d - b * c < 0
    for pts, on in outline:
        q = np.empty_like(pts)
        q[:, 0] = a * pts[:, 0] + c * pts[:, 1] + e
        q[:, 1] = b * pts[:, 0] + d * pts[:, 1] + f
        if flip:
            q, o = q[::-1].copy(), on[::-1].copy()
        else:
            o = on.copy()
        out.append((q, o))
    return out


def translate(outline, dx, dy):
    return transform(outline, e=dx, f=dy)


def scale_about(outline, sx, sy, cx, cy):
    return transform(outline, a=sx, d=sy, e=cx - sx * cx, f=cy - sy * cy)


def rotate_about(outline, degrees, cx, cy):
    t = math.radians(degrees)
    co, si = math.cos(t), math.sin(t)
    # x' = co (x-cx) - si (y-cy) + cx ; y' = si (x-cx) + co (y-cy) + cy
    return transform(outline, a=co, b=si, c=-si, d=co, e=cx - co * cx + si * cy, f=cy - si * cx - co * cy)


def signed_area(pts):
    x, y = pts[:, 0], pts[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def stroke_width(outline):
    """Mean pen width of an outline: twice its ink area over its perimeter."""
    area, perimeter = 0.0, 0.0
    for pts, _ in outline:
        area += signed_area(pts)
        perimeter += float(np.sum(np.hypot(*(np.roll(pts, -1, axis=0) - pts).T)))
    return 2 * abs(area) / perimeter if perimeter else 0.0


def outward_normals(outline):
    """Unit normals at every point, pointing away from the ink (TrueType outer contours run
    clockwise; a font drawn the other way round is detected by its total area's sign)."""
    total_area = sum(signed_area(p) for p, _ in outline)
    outward = 1.0 if total_area < 0 else -1.0
    normals = []
    for p, _ in outline:
        t = np.roll(p, -1, axis=0) - np.roll(p, 1, axis=0)
        n = np.stack([-t[:, 1], t[:, 0]], axis=1)
        length = np.hypot(n[:, 0], n[:, 1])
        length[length == 0] = 1.0
        normals.append(n / length[:, None] * outward)
    return normals


def offset_outline(outline, delta):
    """Every point moved delta along its outward normal: a heavier (delta > 0) pen."""
    return [(p + delta * n, on.copy()) for (p, on), n in zip(outline, outward_normals(outline))]


def make_glyph(outline, overlap=False):
    glyph = Glyph()
    if not outline:
        glyph.numberOfContours = 0
        return glyph
    pts = np.concatenate([p for p, _ in outline])
    on = np.concatenate([o for _, o in outline])
    glyph.numberOfContours = len(outline)
    glyph.coordinates = GlyphCoordinates([(int(round(x)), int(round(y))) for x, y in pts])
    ends, n = [], 0
    for p, _ in outline:
        n += len(p)
        ends.append(n - 1)
    glyph.endPtsOfContours = ends
    flags = bytearray(flagOnCurve if o else 0 for o in on)
    if overlap:
        flags[0] |= flagOverlapSimple
    glyph.flags = flags
    glyph.program = ttProgram.Program()
    glyph.program.fromBytecode(b"")
    return glyph


# ---------------------------------------------------------------------------------------------

class Hand:
    def __init__(self, entry, font):
        self.entry = entry
        self.id = entry["id"]
        self.font = font
        self.glyf = font["glyf"]
        self.hmtx = font["hmtx"]
        self.upm = font["head"].unitsPerEm
        self.cmap = dict(font.getBestCmap())
        self.connected = bool(entry.get("connected", False))
        knobs = entry.get("allographs", {})
        # 1.0 is a careful writer; the default 1.3 was chosen by eye on proof sheets of all hands
        # (clearly different forms, still one person's hand); 1.6 starts to look careless.
        self.strength = float(knobs.get("strength", DEFAULT_STRENGTH))
        self.new_glyphs = []  # (name, glyph, advance) appended in this order
        self.new_advances = {}
        self.names = set(font.getGlyphOrder())
        self.xh = self._height("x", 0.5)
        self.cap = self._height("H", 0.7)
        self.stroke = self._stroke_width()
        self.join_left, self.join_right = self._join_zones()

    # -- lookups on the hand's own glyphs ------------------------------------------------------
    def name(self, ch):
        return self.cmap.get(ord(ch) if isinstance(ch, str) else ch)

    def has(self, ch):
        name = self.name(ch)
        return name is not None and self.glyf[name].numberOfContours != 0

    def outline(self, ch):
        name = self.name(ch)
        return outline_of(self.font, name) if name else None

    def advance(self, ch):
        return self.advance_of(self.name(ch))

    def advance_of(self, name):
        return self.new_advances[name] if name in self.new_advances else self.hmtx[name][0]

    def _height(self, ch, default):
        if self.has(ch):
            return bbox(self.outline(ch))[3]
        return default * self.upm

    def _join_zones(self):
        """Where a connected hand's neighbours touch this glyph: the previous letter's exit stroke
        reaches past its advance into this glyph up to x = left, and the next letter's entry
        stroke starts at x = advance - right (its usual left edge). Alternates leave x <= left and
        x >= advance - right untouched, so the strokes that meet there still meet."""
        exits, entries = [], []
        for ch in "abcdehiklmnostuwy":
            if not self.has(ch):
                continue
            b = bbox(self.outline(ch))
            exits.append(b[2] - self.advance(ch))
            entries.append(b[0])
        pad = 0.02 * self.upm
        exit_reach = max(0.0, float(np.median(exits))) if exits else 0.0
        entry_start = float(np.median(entries)) if entries else 0.0
        return exit_reach + pad, pad - entry_start

    def has_free_middle(self, advance):
        """Whether a connected hand's letter of this advance has any room between its joins (a
        narrow contextual form can lie entirely under its neighbours' strokes: it keeps its shape
        in the join band and only its ascender or descender varies)."""
        return advance - self.join_right - self.join_left > 0.05 * self.upm

    def _stroke_width(self):
        widths = []
        for ch in "ilnoeuvmrc":
            if not self.has(ch):
                continue
            total_area, perimeter = 0.0, 0.0
            for pts, _ in self.outline(ch):
                total_area += signed_area(pts)
                perimeter += float(np.sum(np.hypot(*(np.roll(pts, -1, axis=0) - pts).T)))
            if perimeter > 0:
                widths.append(2 * abs(total_area) / perimeter)
        return float(np.median(widths)) if widths else 0.06 * self.upm

    def add_glyph(self, name, outline, advance, overlap=False):
        glyph = make_glyph(outline, overlap)
        self.new_glyphs.append((name, glyph, int(round(advance))))
        self.new_advances[name] = int(round(advance))
        self.names.add(name)
        self.glyf.glyphs[name] = glyph  # visible to later outline_of calls before the order is set
        return name

    def unique_name(self, base):
        name, n = base, 1
        while name in self.names:
            name = "%s.lsyn%d" % (base, n)
            n += 1
        return name


# ---------------------------------------------------------------------------------------------
# Synthesis of missing characters from the hand's own glyphs.

def center_x_at(outline, y, band):
    """Horizontal middle of the ink near height y (for slanted hands the stem is not at the bbox middle)."""
    pts = np.concatenate([p for p, _ in outline])
    sel = pts[np.abs(pts[:, 1] - y) <= band]
    if len(sel) == 0:
        b = bbox(outline)
        return (b[0] + b[2]) / 2
    return (sel[:, 0].min() + sel[:, 0].max()) / 2


def stem_center_at(outline, y):
    """Middle of the leftmost run of ink along the horizontal line at height y (the stem a bar
    crosses), from where the outline's edges cross that line; None if nothing is there."""
    crossings = []
    for pts, _ in outline:
        a, b = pts, np.roll(pts, -1, axis=0)
        hit = (a[:, 1] - y) * (b[:, 1] - y) < 0
        t = (y - a[hit, 1]) / (b[hit, 1] - a[hit, 1])
        crossings.extend((a[hit, 0] + t * (b[hit, 0] - a[hit, 0])).tolist())
    if len(crossings) < 2:
        return None
    crossings.sort()
    return (crossings[0] + crossings[1]) / 2


def top_center(outline, hand):
    b = bbox(outline)
    return center_x_at(outline, b[3] - 0.08 * hand.xh, 0.12 * hand.xh)


def bottom_center(outline, hand):
    return center_x_at(outline, 0.08 * hand.xh, 0.12 * hand.xh)


class Marks:
    """The hand's diacritics: cut out of its own precomposed letters where it has them
    (shape and placement as the designer drew them), else its spacing accents, else built
    from its comma, full stop, hyphen and small letters."""

    ABOVE = {"acute": ("\u00e9\u00e1\u00ed\u00f3\u00fa", "\u00c9\u00c1\u00cd\u00d3\u00da", "\u00b4"),
             "grave": ("\u00e8\u00e0\u00f2\u00f9", "\u00c8\u00c0\u00d2\u00d9", "`"),
             "circumflex": ("\u00ea\u00e2\u00f4\u00fb", "\u00ca\u00c2\u00d4\u00db", "\u02c6"),
             "diaeresis": ("\u00eb\u00e4\u00f6\u00fc", "\u00cb\u00c4\u00d6\u00dc", "\u00a8"),
             "tilde": ("\u00f1\u00f5\u00e3", "\u00d1\u00d5\u00c3", "\u02dc"),
             "ring": ("\u00e5", "\u00c5", "\u02da"),
             "macron": ("", "", "\u00af"),
             "breve": ("", "", "\u02d8"),
             "caron": ("\u0161\u017e", "\u0160\u017d", "\u02c7"),
             "dot": ("", "", "\u02d9"),
             "doubleacute": ("", "", "\u02dd")}

    def __init__(self, hand):
        self.hand = hand
        self.cache = {}

    def _extract_above(self, composed, upper):
        """Contours of a precomposed letter that sit above its base letter, with their offset
        from the base's top middle and their gap above the base's top."""
        hand = self.hand
        base_ch = unicodedata.normalize("NFD", composed)[0]
        if not hand.has(composed) or not hand.has(base_ch):
            return None
        whole = hand.outline(composed)
        base_top = bbox(hand.outline(base_ch))[3]
        limit = base_top - 0.06 * hand.xh
        mark = [c for c in whole if c[0][:, 1].min() > limit]
        rest = [c for c in whole if c[0][:, 1].min() <= limit]
        if not mark or not rest or len(rest) < len(hand.outline(base_ch)):
            return None
        mb, rb = bbox(mark), bbox(rest)
        if mb[3] - mb[1] > (0.8 if upper else 0.6) * hand.xh:
            return None
        anchor_x = (mb[0] + mb[2]) / 2
        return {"outline": translate(mark, -anchor_x, -mb[1]),
                "dx": anchor_x - top_center(rest, hand), "gap": mb[1] - rb[3]}

    def _spacing(self, ch):
        hand = self.hand
        if not hand.has(ch):
            return None
        o = hand.outline(ch)
        b = bbox(o)
        if b[3] - b[1] > 0.7 * hand.xh or b[2] - b[0] > 0.9 * hand.xh:
            return None  # an oversized symbol (e.g. ASCII ^ or ~) is not a mark as it is
        return {"outline": translate(o, -(b[0] + b[2]) / 2, -b[1]), "dx": 0.0, "gap": 0.12 * hand.xh}

    def _normal(self, outline, width=None, height=None):
        """A constructed mark, bottom-centred at the origin, scaled to a width or height."""
        b = bbox(outline)
        s = 1.0
        if width is not None:
            s = width / max(1.0, b[2] - b[0])
        elif height is not None:
            s = height / max(1.0, b[3] - b[1])
        o = scale_about(outline, s, s, (b[0] + b[2]) / 2, b[1])
        # Scaling a letter down thins its strokes too; give the mark back the hand's pen width.
        target = 0.7 * self.hand.stroke
        now = stroke_width(o)
        if now < target:
            o = offset_outline(o, (target - now) / 2)
        b = bbox(o)
        return {"outline": translate(o, -(b[0] + b[2]) / 2, -b[1]), "dx": 0.0, "gap": 0.12 * self.hand.xh}

    def stroke(self):
        """A short straight stroke of the hand: its apostrophe, else its comma."""
        hand = self.hand
        for ch in ("'", "\u2019", ","):
            if hand.has(ch):
                return hand.outline(ch)
        return None

    def above(self, kind, upper):
        key = (kind, upper)
        if key in self.cache:
            return self.cache[key]
        found = None
        lower_list, upper_list, spacing = self.ABOVE.get(kind, ("", "", ""))
        for composed in (upper_list if upper else lower_list) + (lower_list if upper else ""):
            found = self._extract_above(composed, upper)
            if found:
                break
        if not found and spacing:
            found = self._spacing(spacing)
        if not found:
            found = self._construct(kind, upper)
        self.cache[key] = found
        return found

    def _construct(self, kind, upper):
        hand = self.hand
        xh = hand.xh
        if kind == "acute":
            s = self.stroke()
            b = bbox(s)
            o = rotate_about(s, -40 if hand.has("'") else -20, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
            return self._normal(o, height=0.26 * xh)
        if kind == "grave":
            a = self.above("acute", upper)
            return {**a, "outline": transform(a["outline"], a=-1.0), "dx": -a["dx"]}
        if kind == "circumflex":
            if hand.has("^"):
                return self._normal(hand.outline("^"), width=0.42 * xh)
            a = self.above("acute", upper)["outline"]
            g = transform(a, a=-1.0)
            wa = bbox(a)[2] - bbox(a)[0]
            return self._normal(translate(g, -0.4 * wa, 0) + translate(a, 0.4 * wa, 0))
        if kind == "caron":
            c = self.above("circumflex", upper)
            o = transform(c["outline"], d=-1.0)
            return self._normal(o)
        if kind == "diaeresis":
            dot = self.above("dot", upper)["outline"]
            w = bbox(dot)[2] - bbox(dot)[0]
            gap = max(0.14 * xh, 0.9 * w)
            return self._normal(translate(dot, -(w + gap) / 2, 0) + translate(dot, (w + gap) / 2, 0))
        if kind == "dot":
            # The dot of the hand's own i, else its full stop.
            if hand.has("i"):
                o = hand.outline("i")
                dot = [c for c in o if c[0][:, 1].min() > 0.85 * xh]
                if dot and len(dot) < len(o):
                    return self._normal(dot)
            p = hand.outline(".")
            return self._normal(p)
        if kind == "tilde":
            if hand.has("~"):
                return self._normal(hand.outline("~"), width=0.45 * xh)
            s = hand.outline("-") if hand.has("-") else self.stroke()
            return self._normal(rotate_about(s, 12, 0, 0), width=0.45 * xh)
        if kind == "ring":
            return self._normal(hand.outline("o"), height=0.3 * xh)
        if kind == "macron":
            return self._normal(hand.outline("-"), width=0.45 * xh)
        if kind == "breve":
            # The hand's closing parenthesis turned on its back: one curved stroke, a cup.
            if hand.has(")"):
                p = hand.outline(")")
                b = bbox(p)
                return self._normal(rotate_about(p, -90, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2), width=0.36 * xh)
            return self._normal(hand.outline("u"), height=0.24 * xh)
        if kind == "doubleacute":
            a = self.above("acute", upper)["outline"]
            a = scale_about(a, 0.85, 0.85, 0, 0)
            w = bbox(a)[2] - bbox(a)[0]
            return self._normal(translate(a, -0.6 * w, 0) + translate(a, 0.6 * w, 0))
        raise KeyError(kind)

    def cedilla(self):
        """The hand's cedilla cut from its ç, else its comma; top-centred at the origin."""
        if "cedilla" in self.cache:
            return self.cache["cedilla"]
        hand = self.hand
        found = None
        for composed in ("\u00e7", "\u00c7"):
            if hand.has(composed) and hand.has(composed.lower()[0]):
                whole = hand.outline(composed)
                mark = [c for c in whole if c[0][:, 1].max() < 0.3 * hand.xh and c[0][:, 1].min() < -0.05 * hand.xh]
                if mark and len(mark) < len(whole):
                    b = bbox(mark)
                    found = translate(mark, -(b[0] + b[2]) / 2, -b[3])
                    break
        if not found:
            found = self.comma_below()
        self.cache["cedilla"] = found
        return found

    def comma_below(self):
        hand = self.hand
        c = hand.outline(",")
        b = bbox(c)
        c = scale_about(c, 0.8, 0.8, (b[0] + b[2]) / 2, b[3])
        b = bbox(c)
        return translate(c, -(b[0] + b[2]) / 2, -b[3])

    def ogonek(self):
        c = self.cedilla()
        return transform(c, a=-1.0)


def synthesize(hand, marks, code):
    """Outline and advance of a character the hand lacks, drawn from its own glyphs, or None."""
    ch = chr(code)
    xh, cap = hand.xh, hand.cap

    def glyph(c):
        return (hand.outline(c), hand.advance(c)) if hand.has(c) else (None, None)

    if code in (0x2013, 0x2014):
        o, adv = glyph("-")
        if o is None:
            return None
        b = bbox(o)
        f = 1.8 if code == 0x2013 else 3.0
        return transform(o, a=f, e=b[0] - f * b[0]), adv + (f - 1) * (b[2] - b[0])
    if code in (0x2019, 0x2018, 0x201A):
        o, adv = glyph(",")
        if o is None:
            return None
        if code == 0x201A:
            return o, adv
        if code == 0x2018 and hand.has("\u2019"):
            o, adv = glyph("\u2019")
        else:
            b = bbox(o)
            top = bbox(hand.outline("'"))[3] if hand.has("'") else cap
            o = scale_about(o, 0.9, 0.9, b[0], b[3])
            b = bbox(o)
            o = translate(o, 0, top - b[3])
            if code == 0x2019:
                return o, adv
        b = bbox(o)
        return rotate_about(o, 180, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2), adv
    if code in (0x201C, 0x201D, 0x201E):
        single = {0x201C: "\u2018", 0x201D: "\u2019", 0x201E: "\u201a"}[code]
        o, adv = glyph(single)
        if o is None:
            r = synthesize(hand, marks, ord(single))
            if r is None:
                return None
            o, adv = r
        b = bbox(o)
        step = (b[2] - b[0]) + 0.07 * hand.upm
        return o + translate(o, step, 0), adv + step
    if code == 0x2026:
        o, adv = glyph(".")
        if o is None:
            return None
        b = bbox(o)
        pitch = max(0.8 * adv, 2.2 * (b[2] - b[0]))
        return o + translate(o, pitch, 0) + translate(o, 2 * pitch, 0), adv + 2 * pitch
    if code in (0x2022, 0x00B7):
        o, adv = glyph(".")
        if o is None:
            return None
        b = bbox(o)
        f = 1.7 if code == 0x2022 else 1.0
        cy = 0.5 * xh if code == 0x2022 else 0.45 * xh
        o = scale_about(o, f, f, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
        b = bbox(o)
        o = translate(o, 0, cy - (b[1] + b[3]) / 2)
        return o, adv * (1.5 if code == 0x2022 else 1.0)
    if code in (0x2039, 0x203A, 0x00AB, 0x00BB):
        left = code in (0x2039, 0x00AB)
        src = "<" if left else ">"
        if hand.has(src):
            o = hand.outline(src)
            b = bbox(o)
            f = 0.5 * xh / max(1.0, b[3] - b[1])
            o = scale_about(o, f, f, b[0], b[1])
        else:
            s = hand.outline("-")
            b = bbox(s)
            s = scale_about(s, 0.3 * xh / max(1.0, b[2] - b[0]), 1.0, b[0], (b[1] + b[3]) / 2)
            b = bbox(s)
            tip = (b[0], (b[1] + b[3]) / 2) if left else (b[2], (b[1] + b[3]) / 2)
            o = rotate_about(s, 35, *tip) + rotate_about(s, -35, *tip)
        b = bbox(o)
        o = translate(o, 0.06 * hand.upm - b[0], 0.45 * xh - (b[1] + b[3]) / 2)
        w = b[2] - b[0]
        if code in (0x00AB, 0x00BB):
            o = o + translate(o, 0.75 * w, 0)
            w *= 1.75
        return o, w + 0.12 * hand.upm
    if code == 0x20AC:
        c, adv = glyph("C")
        h = hand.outline("-") if hand.has("-") else None
        if c is None or h is None:
            return None
        cb, hb = bbox(c), bbox(h)
        cw = cb[2] - cb[0]
        bar = scale_about(h, 0.6 * cw / max(1.0, hb[2] - hb[0]), 0.8, hb[0], (hb[1] + hb[3]) / 2)
        bb = bbox(bar)
        out = list(c)
        for fy in (0.4, 0.6):
            y = cb[1] + fy * (cb[3] - cb[1])
            out += translate(bar, cb[0] - 0.12 * cw - bb[0], y - (bb[1] + bb[3]) / 2)
        shift = max(0.0, -bbox(out)[0] + 0.03 * hand.upm)
        return translate(out, shift, 0), adv + shift
    if code == 0x00A3:
        l, adv = glyph("L")
        h = hand.outline("-") if hand.has("-") else None
        if l is None or h is None:
            return None
        lb, hb = bbox(l), bbox(h)
        y = 0.42 * (lb[3] - lb[1]) + lb[1]
        x = center_x_at(l, y, 0.1 * cap)
        bar = scale_about(h, 0.5 * (lb[2] - lb[0]) / max(1.0, hb[2] - hb[0]), 0.9, hb[0], (hb[1] + hb[3]) / 2)
        bb = bbox(bar)
        return l + translate(bar, x - (bb[0] + bb[2]) / 2 + 0.05 * (lb[2] - lb[0]), y - (bb[1] + bb[3]) / 2), adv
    if unicodedata.category(ch).startswith("L"):
        return synthesize_letter(hand, marks, code)
    return None


BAR_LETTERS = {0x0110: ("D", 0.45, 0.0), 0x00D0: ("D", 0.45, 0.0), 0x0111: ("d", None, 0.0),
               0x0126: ("H", 0.72, 0.0), 0x0127: ("h", None, 0.0), 0x0166: ("T", 0.45, 0.0),
               0x0167: ("t", 0.5, 0.0), 0x0141: ("L", 0.45, -0.1), 0x0142: ("l", None, 0.0),
               0x00D8: ("O", 0.5, 0.0), 0x00F8: ("o", 0.5, 0.0), 0x00F0: ("d", None, 0.0)}
COMMA_BELOW = set("GKLNRklnr")
CARON_APOSTROPHE = set("dLlt")
MARK_NAMES = {0x0300: "grave", 0x0301: "acute", 0x0302: "circumflex", 0x0303: "tilde", 0x0304: "macron",
              0x0306: "breve", 0x0307: "dot", 0x0308: "diaeresis", 0x030A: "ring", 0x030B: "doubleacute",
              0x030C: "caron"}


def dotless(hand, ch):
    """The hand's i or j without its dot (for i and j carrying another mark)."""
    if ch == "i" and hand.has("\u0131"):
        return hand.outline("\u0131"), hand.advance("\u0131")
    o = hand.outline(ch)
    kept = [c for c in o if c[0][:, 1].min() < 0.8 * hand.xh]
    return (kept if kept else o), hand.advance(ch)


def place_above(hand, base, mark):
    b = bbox(base)
    x = top_center(base, hand) + mark["dx"]
    return base + translate(mark["outline"], x, b[3] + mark["gap"])


def synthesize_letter(hand, marks, code):
    ch = chr(code)
    xh, cap, upm = hand.xh, hand.cap, hand.upm
    if code in BAR_LETTERS:
        base_ch, fy, fx = BAR_LETTERS[code]
        if not hand.has(base_ch) or not hand.has("-"):
            return None
        base, adv = hand.outline(base_ch), hand.advance(base_ch)
        b, h = bbox(base), hand.outline("-")
        hb = bbox(h)
        if code in (0x00D8, 0x00F8):
            # A slash through the o: a long hyphen turned upright.
            length = 1.25 * (b[3] - b[1])
            bar = scale_about(h, length / max(1.0, hb[2] - hb[0]), 0.9, (hb[0] + hb[2]) / 2, (hb[1] + hb[3]) / 2)
            bb = bbox(bar)
            bar = rotate_about(bar, 62, (bb[0] + bb[2]) / 2, (bb[1] + bb[3]) / 2)
            bb = bbox(bar)
            return base + translate(bar, (b[0] + b[2]) / 2 - (bb[0] + bb[2]) / 2, (b[1] + b[3]) / 2 - (bb[1] + bb[3]) / 2), adv
        if fy is None:
            y = xh + 0.55 * (b[3] - xh)  # across the ascender
        else:
            y = b[1] + fy * (b[3] - b[1])
        width = (0.5 if code in (0x0141, 0x0142) else 0.42 if code != 0x0126 else 1.0) * (
            cap if ch.isupper() else xh)
        if code == 0x0126:
            width = 1.05 * (b[2] - b[0])
        bar = scale_about(h, width / max(1.0, hb[2] - hb[0]), 0.85, hb[0], (hb[1] + hb[3]) / 2)
        bb = bbox(bar)
        if code in (0x0141, 0x0142, 0x00F0):
            bar = rotate_about(bar, 28, (bb[0] + bb[2]) / 2, (bb[1] + bb[3]) / 2)
            bb = bbox(bar)
        if code == 0x0126:
            x = (b[0] + b[2]) / 2
        else:
            # Across the (left) stem at that height.
            x = stem_center_at(base, y)
            if x is None:
                x = center_x_at(base, y, 0.08 * xh)
        x += fx * (bb[2] - bb[0])
        return base + translate(bar, x - (bb[0] + bb[2]) / 2, y - (bb[1] + bb[3]) / 2), adv
    if code == 0x00FE:
        # Thorn: the hand's p with the stem of its l rising from the p's stem.
        if not (hand.has("p") and hand.has("l")):
            return None
        p, l = hand.outline("p"), hand.outline("l")
        y = 0.3 * xh
        xp, xl = stem_center_at(p, y), stem_center_at(l, y)
        if xp is None or xl is None:
            return None
        return p + translate([c for c in l if c[0][:, 1].max() > 0.5 * xh] or l, xp - xl, 0), hand.advance("p")
    if code == 0x00DE:
        # Capital thorn: the hand's I with its D, made small, on the middle of the stem.
        if not (hand.has("I") and hand.has("D")):
            return None
        i, d = hand.outline("I"), hand.outline("D")
        db = bbox(d)
        f = 0.58
        d = scale_about(d, f, f, db[0], db[1])
        db = bbox(d)
        xi = stem_center_at(i, 0.5 * cap)
        xd = stem_center_at(d, (db[1] + db[3]) / 2)
        if xi is None or xd is None:
            return None
        d = translate(d, xi - xd, 0.5 * cap - (db[1] + db[3]) / 2)
        return i + d, max(hand.advance("I"), bbox(d)[2] + 0.06 * upm)
    if code == 0x0131:
        if not hand.has("i"):
            return None
        return dotless(hand, "i")
    if code in (0x0132, 0x0133, 0x0152, 0x0153):
        a, b_ = {0x0132: "IJ", 0x0133: "ij", 0x0152: "OE", 0x0153: "oe"}[code]
        if not (hand.has(a) and hand.has(b_)):
            return None
        pull = 0.0 if code in (0x0132, 0x0133) else 0.12 * hand.advance(a)
        return hand.outline(a) + translate(hand.outline(b_), hand.advance(a) - pull, 0), hand.advance(a) + hand.advance(b_) - pull
    if code == 0x0138:
        if not hand.has("K"):
            return None
        f = xh / cap
        return scale_about(hand.outline("K"), f, f, 0, 0), hand.advance("K") * f
    if code in (0x013F, 0x0140):
        base_ch = "L" if code == 0x013F else "l"
        if not (hand.has(base_ch) and hand.has(".")):
            return None
        base, adv = hand.outline(base_ch), hand.advance(base_ch)
        dot, dadv = hand.outline("."), hand.advance(".")
        db = bbox(dot)
        b = bbox(base)
        y = 0.45 * (cap if code == 0x013F else xh)
        x = (b[0] + 0.55 * (b[2] - b[0])) if code == 0x013F else b[2] + 0.08 * upm
        o = base + translate(dot, x - db[0], y - (db[1] + db[3]) / 2)
        return o, adv if code == 0x013F else max(adv, x + (db[2] - db[0]) + 0.08 * upm)
    if code == 0x0149:
        ap = synthesize(hand, marks, 0x2019) if not hand.has("\u2019") else (hand.outline("\u2019"), hand.advance("\u2019"))
        if ap is None or not hand.has("n"):
            return None
        return ap[0] + translate(hand.outline("n"), ap[1], 0), ap[1] + hand.advance("n")
    if code in (0x014A, 0x014B):
        base_ch = "N" if code == 0x014A else "n"
        if not (hand.has(base_ch) and hand.has(",")):
            return None
        base, adv = hand.outline(base_ch), hand.advance(base_ch)
        b = bbox(base)
        hook = transform(marks.comma_below(), a=-1.0)
        hook = scale_about(hook, 1.3, 1.3, 0, 0)
        x = center_x_at(base, 0.05 * xh, 0.1 * xh)
        right = base_x = b[2] - 0.12 * (b[2] - b[0])
        return base + translate(hook, max(x, right), 0.02 * xh), adv
    if code == 0x017F:
        if not hand.has("f"):
            return None
        return hand.outline("f"), hand.advance("f")
    decomposition = unicodedata.decomposition(ch).split()
    if len(decomposition) != 2 or decomposition[0].startswith("<"):
        return None
    base_ch, mark_code = chr(int(decomposition[0], 16)), int(decomposition[1], 16)
    upper = base_ch.isupper()
    if not hand.has(base_ch):
        return None
    if base_ch in "ij" and mark_code in MARK_NAMES:
        base, adv = dotless(hand, base_ch)
    else:
        base, adv = hand.outline(base_ch), hand.advance(base_ch)
    b = bbox(base)
    if mark_code == 0x030C and base_ch in CARON_APOSTROPHE:
        ap = hand.outline("\u2019") if hand.has("\u2019") else synthesize(hand, marks, 0x2019)[0]
        ab = bbox(ap)
        ap = scale_about(ap, 0.8, 0.8, ab[0], ab[3])
        ab = bbox(ap)
        x = b[2] + 0.03 * upm if base_ch != "t" else center_x_at(base, b[3] - 0.05 * xh, 0.1 * xh) + 0.12 * xh
        o = base + translate(ap, x - ab[0], b[3] - ab[3])
        return o, max(adv, x + (ab[2] - ab[0]) + 0.03 * upm)
    if mark_code in MARK_NAMES:
        return place_above(hand, base, marks.above(MARK_NAMES[mark_code], upper)), adv
    if mark_code == 0x0327:
        if base_ch == "g":
            turned = synthesize(hand, marks, 0x2018) if not hand.has("\u2018") else (hand.outline("\u2018"), 0)
            t = turned[0]
            tb = bbox(t)
            t = scale_about(t, 0.8, 0.8, (tb[0] + tb[2]) / 2, tb[1])
            tb = bbox(t)
            mark = {"outline": translate(t, -(tb[0] + tb[2]) / 2, -tb[1]), "dx": 0.0, "gap": 0.1 * xh}
            return place_above(hand, base, mark), adv
        mark = marks.comma_below() if base_ch in COMMA_BELOW else marks.cedilla()
        mb = bbox(mark)
        x = bottom_center(base, hand)
        y = min(0.0, b[1]) - (0.08 * xh if base_ch in COMMA_BELOW else -0.02 * xh)
        return base + translate(mark, x, y), adv
    if mark_code == 0x0328:
        mark = marks.ogonek()
        mb = bbox(mark)
        pts = np.concatenate([p for p, _ in base])
        low = pts[pts[:, 1] < 0.25 * xh]
        x = (low[:, 0].max() if len(low) else b[2]) - 0.4 * (mb[2] - mb[0])
        return base + translate(mark, x, 0.04 * xh), adv
    return None


# ---------------------------------------------------------------------------------------------
# Allographs.

def softplus(t, k):
    return k * np.logaddexp(0.0, t / k)


def smoothstep(t):
    t = np.clip(t, 0.0, 1.0)
    return t * t * (3 - 2 * t)


def allograph(hand, outline, advance, rng, pinned):
    """One alternate form: the outline moved through a smooth seeded displacement field."""
    if not outline:
        return outline, advance
    U, xh, s = float(hand.upm), hand.xh, hand.strength
    pts = np.concatenate([p for p, _ in outline])
    x, y = pts[:, 0], pts[:, 1]
    b = (x.min(), y.min(), x.max(), y.max())
    dx = np.zeros_like(x)
    dy = np.zeros_like(y)

    # Ascenders and descenders grow or shrink on their own, and lean a little on their own.
    up, down = softplus(y - 1.02 * xh, 0.03 * U), softplus(-y + 0.02 * xh, 0.03 * U)
    dy += rng.uniform(-1, 1) * 0.09 * s * up - rng.uniform(-1, 1) * 0.11 * s * down
    dx += rng.uniform(-1, 1) * 0.05 * s * up + rng.uniform(-1, 1) * 0.05 * s * down
    # Bowls wider or narrower at mid x-height, and the x-height part a little taller or shorter.
    band = np.exp(-((y - 0.5 * xh) / (0.42 * xh)) ** 2)
    dx += rng.uniform(-1, 1) * 0.06 * s * (x - (b[0] + b[2]) / 2) * band
    body = np.clip(y, 0, xh)
    dy += rng.uniform(-1, 1) * 0.04 * s * body
    # Small glyphs (dots, commas, marks) get a field as fine as their size, so they vary too.
    k = min(1.0, max(0.3, max(b[2] - b[0], b[3] - b[1]) / (0.55 * U)))
    # A few wide bumps: loops open or close, stroke ends move, curves bulge.
    for _ in range(3):
        cx = rng.uniform(b[0], b[2])
        cy = rng.uniform(b[1], b[3])
        sigma = U * k * rng.uniform(0.09, 0.17)
        amp = rng.uniform(0.45, 1.0) * 0.28 * s * sigma
        theta = rng.uniform(0, 2 * math.pi)
        g = np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * sigma * sigma))
        dx += amp * math.cos(theta) * g
        dy += amp * math.sin(theta) * g
    # A long wave across the letter.
    lam = U * k * rng.uniform(0.55, 1.0)
    phi, psi, phase = rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi)
    wave = rng.uniform(0.3, 1.0) * 0.12 * s * lam / (2 * math.pi) * np.sin(
        2 * math.pi * (x * math.cos(phi) + y * math.sin(phi)) / lam + phase)
    dx += wave * math.cos(psi)
    dy += wave * math.sin(psi)
    # Pen pressure: the outline moves along its normal, thicker here and thinner there; a small
    # contour (a dot, an accent drawn small) has thin strokes, so it moves proportionally less.
    normals = []
    for (p, _), n in zip(outline, outward_normals(outline)):
        size = max(np.ptp(p[:, 0]), np.ptp(p[:, 1]))
        normals.append(n * min(1.0, max(0.2, size / (0.3 * U))))
    normals = np.concatenate(normals)
    lam = U * rng.uniform(0.45, 0.9)
    phi, phase = rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi)
    pressure = hand.stroke * min(s, 1.1) * (rng.uniform(-0.02, 0.07) + rng.uniform(0.0, 0.06) * np.sin(
        2 * math.pi * (x * math.cos(phi) + y * math.sin(phi)) / lam + phase))
    dx += pressure * normals[:, 0]
    dy += pressure * normals[:, 1]

    width = 1 + rng.uniform(-1, 1) * 0.042 * min(s, 1.3)  # at most 5.5%: the contract allows 6
    if pinned:
        # Entry and exit strokes stay exactly where the neighbouring letters join them: no
        # displacement where this glyph overlaps its neighbours (the hand's usual overhang on
        # either side), fading in over a short distance; the width change stretches only the
        # middle, so the exit stroke moves with the advance and keeps its shape.
        left, right = hand.join_left, advance - hand.join_right
        span = right - left
        # Joins run between the baseline and the x-height: a descender loop or an ascender
        # reaching over the edge is free to move away from that band.
        band = smoothstep((y + 0.45 * xh) / (0.3 * xh)) * smoothstep((1.45 * xh - y) / (0.3 * xh))
        if not hand.has_free_middle(advance):
            dx *= 1 - band
            dy *= 1 - band
            width = 1.0
        else:
            margin = min(0.14 * U, 0.3 * span)
            taper = smoothstep((x - left) / margin) * smoothstep((right - x) / margin)
            # Within the band, a short fade under a large displacement would kink the stroke
            # where it fades (the fade's slope times the displacement): keep that product small.
            inside = band > 0.5
            reach = float(np.max(np.hypot(dx[inside], dy[inside]))) if inside.any() else 0.0
            soften = min(1.0, 0.15 * margin / reach) if reach > 0 else 1.0
            factor = (1 - band * (1 - soften)) * (1 - (1 - taper) * band)
            dx *= factor
            dy *= factor
        nx = x + dx + (width - 1) * advance * np.clip((x - left) / max(span, 1.0), 0.0, 1.0)
    else:
        nx = (x + dx) * width
    ny = y + dy
    moved, at = [], 0
    for p, on in outline:
        n = len(p)
        moved.append((np.stack([nx[at:at + n], ny[at:at + n]], axis=1), on.copy()))
        at += n
    return moved, advance * width


# The smallest RMS distance, as a fraction of the glyph's size, between an alternate and the best
# affine image of its base: below it the alternate would look like a scaled or slanted copy. A
# connected hand's glyphs are pinned at their joins, which leaves less to move in narrow letters.
MIN_RESIDUAL = 0.008
MIN_RESIDUAL_CONNECTED = 0.006
# Draws per form before the best one is kept anyway.
MAX_TRIES = 16
# A glyph of a few points (a straight bar) has hardly any shape beyond an affine map.
MIN_POINTS_FOR_SHAPE = 10


def affine_residual(base, alt):
    """RMS distance left after the best affine map from the base's points to the alternate's."""
    p = np.concatenate([c for c, _ in base])
    q = np.concatenate([c for c, _ in alt])
    if len(p) != len(q) or len(p) < 3:
        return float("inf")
    a = np.hstack([p, np.ones((len(p), 1))])
    m, *_ = np.linalg.lstsq(a, q, rcond=None)
    return float(np.sqrt(np.mean(np.sum((a @ m - q) ** 2, axis=1))))


def contours_intact(base, alt, upm):
    """Every sizeable contour keeps its winding and most of its area: a flipped or collapsed
    contour would mean the displacement folded the outline."""
    for (bp, _), (ap, _) in zip(base, alt):
        ba, aa = signed_area(bp), signed_area(ap)
        if abs(ba) > 0.0005 * upm * upm and (ba * aa <= 0 or not 0.25 < aa / ba < 4.0):
            return False
    return True


def form_quality(base, alt, upm):
    """How far from an affine copy the alternate is (relative to the glyph's size); -1 if folded."""
    if not contours_intact(base, alt, upm):
        return -1.0
    return affine_residual(base, alt) / shape_size(base)


def has_shape(outline):
    """False for a glyph that is one straight stroke (|, /, a dash) or a handful of points: such a
    glyph can only bend a little, so it is not held to the non-affine minimum."""
    pts = np.concatenate([c for c, _ in outline])
    if len(pts) < MIN_POINTS_FOR_SHAPE:
        return False
    spread = np.linalg.svd(pts - pts.mean(axis=0), compute_uv=False)
    return spread[1] > 0.2 * spread[0]


def shape_size(outline):
    """A glyph's size for relative measures: the geometric mean of its box's sides, so that a
    long thin stroke (a bar, a dash), which can only bend, is not held to its length."""
    pts = np.concatenate([c for c, _ in outline])
    w, h = np.ptp(pts[:, 0]), np.ptp(pts[:, 1])
    return max(math.sqrt(w * h), 0.25 * max(w, h), 1.0)


# ---------------------------------------------------------------------------------------------
# GSUB: glyphs reachable only through substitutions.

def gsub_outputs(font):
    """Output glyph -> an input glyph it replaces (when known), over every GSUB lookup."""
    out = {}
    if "GSUB" not in font or font["GSUB"].table.LookupList is None:
        return out
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for sub in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 7:
                kind, sub = sub.ExtensionLookupType, sub.ExtSubTable
            if kind == 1:
                for src, dst in sub.mapping.items():
                    out.setdefault(dst, src)
            elif kind == 2:
                for src, seq in sub.mapping.items():
                    for dst in seq:
                        out.setdefault(dst, src)
            elif kind == 3:
                for src, alts in sub.alternates.items():
                    for dst in alts:
                        out.setdefault(dst, src)
            elif kind == 4:
                for first, ligs in sub.ligatures.items():
                    for lig in ligs:
                        out.setdefault(lig.LigGlyph, None)
            elif kind == 8:
                for src, dst in zip(sub.Coverage.glyphs, sub.Substitute):
                    out.setdefault(dst, src)
    return out


def is_small(text):
    return bool(text) and all(unicodedata.category(c) in ("Ll", "Nd") for c in text)


# ---------------------------------------------------------------------------------------------

def build(entry):
    started = time.time()
    source = os.path.join(FONTS, entry["file"])
    folder, stem = os.path.dirname(entry["file"]), os.path.splitext(os.path.basename(entry["file"]))[0]
    hand_rel = "%s/%s-LS.ttf" % (folder, stem)
    forms_rel = "%s/%s-LS.forms.json" % (folder, stem)
    font = TTFont(source, recalcTimestamp=False, lazy=False)
    if "glyf" not in font:
        raise SystemExit("%s: %s has no TrueType outlines (glyf); hand files need them" % (entry["id"], entry["file"]))
    for tag in PER_GLYPH_TABLES:
        if tag in font:
            del font[tag]
    original_order = list(font.getGlyphOrder())
    hand = Hand(entry, font)
    marks = Marks(hand)

    # 1. The characters the hand lacks, drawn from its own glyphs, in code point order.
    synthesized, recovered = [], 0
    for code in WANTED:
        if hand.has(code):
            continue
        standard = agl.UV2AGL.get(code, "uni%04X" % code)
        if standard in hand.glyf.glyphs and hand.glyf[standard].numberOfContours != 0:
            # The designer drew it but the font's cmap (e.g. a web subset) dropped it: map it again.
            hand.cmap[code] = standard
            recovered += 1
        else:
            made = synthesize(hand, marks, code)
            if made is None:
                continue
            outline, advance = made
            name = hand.unique_name(standard)
            hand.add_glyph(name, outline, advance, overlap=len(outline) > 1)
            hand.cmap[code] = name
        synthesized.append(code)

    # 2. Which glyphs get alternates, and how many.
    # A connected hand joins its letters only: digits and punctuation vary freely.
    want, joins = {}, {}
    for code, name in sorted(hand.cmap.items()):
        if code <= 0x20 or hand.glyf[name].numberOfContours == 0:
            continue
        n = 6 if unicodedata.category(chr(code)) in ("Ll", "Nd") else 3
        want[name] = max(want.get(name, 0), n)
        joins[name] = joins.get(name, False) or unicodedata.category(chr(code)).startswith("L")
    reverse = {}
    for code, name in hand.cmap.items():
        reverse.setdefault(name, chr(code))
    for name, src in sorted(gsub_outputs(font).items(), key=lambda kv: kv[0]):
        if name in want or name not in hand.glyf.glyphs or hand.glyf[name].numberOfContours == 0:
            continue
        text = reverse.get(src, "") if src else ""
        if not text:
            base = name.split(".")[0]
            text = agl.toUnicode(base.replace("_", "")) if base else ""
        want[name] = 6 if is_small(text) else 3
        joins[name] = any(unicodedata.category(c).startswith("L") for c in text) or not text

    # 3. The alternates, appended after everything else.
    forms, tries = {}, {}
    for name, n in want.items():
        outline = outline_of(font, name)
        advance = hand.advance_of(name)
        alts = []
        for form in range(1, n):
            # Draw again (next seed) when a form came out too close to an affine copy or a
            # contour folded; keep the best try if none passes (a connected hand's narrow glyph
            # that is all join may not vary much).
            best = None
            for attempt in range(MAX_TRIES):
                seed = (hand.id, name, form) if attempt == 0 else (hand.id, name, form, attempt)
                moved, adv = allograph(hand, outline, advance, rng_for(*seed), joins[name] and hand.connected)
                score = form_quality(outline, moved, hand.upm)
                if best is None or score > best[0]:
                    best = (score, moved, adv)
                if score >= (MIN_RESIDUAL_CONNECTED if joins[name] and hand.connected else MIN_RESIDUAL) or (
                        score >= 0 and not has_shape(outline)):
                    break
            tries[attempt + 1] = tries.get(attempt + 1, 0) + 1
            alts.append(hand.add_glyph(hand.unique_name("%s.ls%d" % (name, form)), best[1], best[2]))
        forms[name] = alts

    # 4. Glyph order, metrics and cmap.
    order = original_order + [g for g, _, _ in hand.new_glyphs]
    font.setGlyphOrder(order)
    hand.glyf.glyphOrder = order
    for name, glyph, advance in hand.new_glyphs:
        glyph.recalcBounds(hand.glyf)
        hand.hmtx.metrics[name] = (advance, glyph.xMin if glyph.numberOfContours else 0)
    if "post" in font and hasattr(font["post"], "extraNames"):
        font["post"].extraNames = []
    for table in font["cmap"].tables:
        if table.isUnicode() and table.format in (4, 12):
            for code in synthesized:
                table.cmap[code] = hand.cmap[code]

    rename(font, entry["displayName"])
    head = font["head"]
    head.created = head.modified = FIXED_TIMESTAMP
    if "OS/2" in font:
        font["OS/2"].recalcUnicodeRanges(font)
    font.save(os.path.join(FONTS, hand_rel))

    ids = {name: i for i, name in enumerate(order)}
    forms_doc = {"forms": {str(ids[n]): [ids[a] for a in alts] for n, alts in sorted(forms.items(), key=lambda kv: ids[kv[0]])},
                 "synthesized": ["U+%04X" % c for c in synthesized]}
    with open(os.path.join(FONTS, forms_rel), "w", encoding="utf-8") as f:
        f.write(forms_json(forms_doc))
    entry["handFile"] = hand_rel
    entry["formsFile"] = forms_rel
    entry["coverage"] = coverage_ranges(hand.cmap)
    counts = {}
    for alts in forms.values():
        counts[len(alts) + 1] = counts.get(len(alts) + 1, 0) + 1
    print("%-14s %4d glyphs -> %5d; added to cmap %3d (%d recovered); forms %s; tries %s; %6.1f KB; %.1fs" % (
        entry["id"], len(original_order), len(order), len(synthesized), recovered,
        ", ".join("%d glyphs x %d" % (v, k) for k, v in sorted(counts.items())),
        " ".join("%d:%d" % kv for kv in sorted(tries.items())),
        os.path.getsize(os.path.join(FONTS, hand_rel)) / 1024, time.time() - started), flush=True)


def forms_json(doc):
    lines = ["{", '  "forms": {']
    items = list(doc["forms"].items())
    for i, (gid, alts) in enumerate(items):
        lines.append('    "%s": [%s]%s' % (gid, ", ".join(str(a) for a in alts), "," if i < len(items) - 1 else ""))
    lines.append("  },")
    lines.append('  "synthesized": [%s]' % ", ".join('"%s"' % s for s in doc["synthesized"]))
    lines.append("}")
    return "\n".join(lines) + "\n"


def rename(font, display_name):
    family = "LS %s" % display_name
    postscript = "LS-%s" % "".join(ch for ch in display_name if ch.isalnum())
    for record in font["name"].names:
        if record.nameID in (1, 4, 16, 21):
            record.string = family
        elif record.nameID == 3:
            record.string = "%s; LetterStudio hand build" % family
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID in (2, 17, 22):
            record.string = "Regular"


def main(argv):
    global FONTS, MANIFEST
    if argv[:1] == ["--fonts"]:
        # Another fonts folder with its own fonts.json (used to try the build on fonts not bundled yet).
        FONTS = os.path.abspath(argv[1])
        MANIFEST = os.path.join(FONTS, "fonts.json")
        argv = argv[2:]
    with open(MANIFEST, encoding="utf-8") as f:
        manifest = json.load(f)
    only = set(argv)
    started = time.time()
    for entry in manifest["fonts"]:
        if only and entry["id"] not in only:
            continue
        build(entry)
    with open(MANIFEST, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("done in %.1fs" % (time.time() - started))


if __name__ == "__main__":
    main(sys.argv[1:])
