#!/bin/sh
# Rebuilds the font files under fonts/ from their public sources: Debian font packages and
# npm @fontsource packages. The fonts are committed; this script documents where each came from
# and lets anyone refresh them. Needs root (apt-get), npm, and Debian's `woff2` package.
# After it, run make_variants.py to regenerate the variant forms and the manifest's coverage.
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

# @fontsource ships web fonts split by script; the "latin" file covers Basic Latin, Latin-1
# and common punctuation, the rest falls back to DejaVu Sans glyph by glyph.
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
copy_fontsource() { # id  npm-package  file-stem  target-name
  (cd "$TMP" && npm pack --silent "@fontsource/$2@5.3.0" >/dev/null)
  mkdir -p "$TMP/$2" "$FONTS/$1"
  tar xzf "$TMP/fontsource-$2-5.3.0.tgz" -C "$TMP/$2"
  cp "$TMP/$2/package/files/$3.woff2" "$TMP/$3.woff2"
  woff2_decompress "$TMP/$3.woff2"
  cp "$TMP/$3.ttf" "$FONTS/$1/$4"
  cp "$TMP/$2/package/LICENSE" "$FONTS/$1/LICENSE.txt"
}
copy_fontsource caveat caveat caveat-latin-400-normal Caveat-Regular.ttf
copy_fontsource patrick-hand patrick-hand patrick-hand-latin-400-normal PatrickHand-Regular.ttf
copy_fontsource indie-flower indie-flower indie-flower-latin-400-normal IndieFlower-Regular.ttf
