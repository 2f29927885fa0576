#!/bin/sh
# Rebuilds the font files under fonts/ from their public sources: Debian font packages and
# npm @fontsource packages. The fonts are committed; this script documents where each came from
# and lets anyone refresh them. Needs root (apt-get), npm, and Debian's `woff2` package.
# After it, run build_hands.py to build each hand file with its forms and the manifest's coverage.
set -eu
cd "$(dirname "$0")/.."
FONTS="$PWD"

apt-get install -y fonts-kristi fonts-breip fonts-dejavu-core woff2 python3-fonttools

copy_debian() { # id  source-ttf  debian-package  target-name
  mkdir -p "$FONTS/$1"
  cp "$2" "$FONTS/$1/$4"
  # Debian's copyright file carries the font's licence text verbatim.
  cp "/usr/share/doc/$3/copyright" "$FONTS/$1/LICENSE.txt"
}
copy_debian kristi /usr/share/fonts/truetype/kristi/Kristi.ttf fonts-kristi Kristi.ttf
copy_debian breip /usr/share/fonts/truetype/breip/Breip.ttf fonts-breip Breip.ttf
copy_debian dejavu-sans /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf fonts-dejavu-core DejaVuSans.ttf

# @fontsource ships web fonts split by script. The "latin" file covers Basic Latin, all of
# Latin-1 (except Handlee's Ð Ý Þ ð ý þ) and common punctuation, so the latin-ext files are not
# merged in: the accents a hand lacks are composed from its own marks by build_hands.py, and the
# rest falls back to DejaVu Sans glyph by glyph. woff2_decompress keeps the TrueType outlines
# (glyf) and the GSUB/GPOS tables (kerning, ligatures, contextual alternates).
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
VERSION=5.3.0
copy_fontsource() { # id (= npm package name)  target-name
  (cd "$TMP" && npm pack --silent "@fontsource/$1@$VERSION" >/dev/null)
  mkdir -p "$TMP/$1" "$FONTS/$1"
  tar xzf "$TMP/fontsource-$1-$VERSION.tgz" -C "$TMP/$1"
  cp "$TMP/$1/package/files/$1-latin-400-normal.woff2" "$TMP/$1.woff2"
  woff2_decompress "$TMP/$1.woff2"
  cp "$TMP/$1.ttf" "$FONTS/$1/$2"
  cp "$TMP/$1/package/LICENSE" "$FONTS/$1/LICENSE.txt"
}
# Print hands
copy_fontsource caveat Caveat-Regular.ttf
copy_fontsource patrick-hand PatrickHand-Regular.ttf
copy_fontsource indie-flower IndieFlower-Regular.ttf
copy_fontsource reenie-beanie ReenieBeanie-Regular.ttf
copy_fontsource nothing-you-could-do NothingYouCouldDo-Regular.ttf
copy_fontsource kalam Kalam-Regular.ttf
copy_fontsource handlee Handlee-Regular.ttf
copy_fontsource shadows-into-light ShadowsIntoLight-Regular.ttf
copy_fontsource marck-script MarckScript-Regular.ttf
copy_fontsource bad-script BadScript-Regular.ttf
copy_fontsource the-girl-next-door TheGirlNextDoor-Regular.ttf
# Connected cursive hands (their joins are drawn into the outlines)
copy_fontsource cedarville-cursive CedarvilleCursive-Regular.ttf
copy_fontsource la-belle-aurore LaBelleAurore-Regular.ttf
copy_fontsource dawning-of-a-new-day DawningofaNewDay-Regular.ttf
copy_fontsource sacramento Sacramento-Regular.ttf
