#!/bin/sh
# Draws docs/hands.png: one sample of every hand in fonts/fonts.json, written by the engine at the
# default realism (seed 1) at the hand's own A5 size, labelled with its id, whether it joins and
# its neatness. Needs the .NET SDK, poppler-utils (pdftotext), ImageMagick and jq.
set -eu
cd "$(dirname "$0")/../.."
ROOT="$PWD"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
dotnet build src/LetterStudio.Cli -v q -nologo >/dev/null
CLI="dotnet $ROOT/src/LetterStudio.Cli/bin/Debug/net10.0/letterstudio.dll"
LABEL_FONT="$ROOT/fonts/dejavu-sans/DejaVuSans.ttf"
DPI=150

cat >"$TMP/sample.txt" <<'EOF'
Dear Margaret,

Thank you for the lovely afternoon; we still talk about your apple cake.

Yours,
Eleanor
EOF

rows=""
for id in $(jq -r '.fonts[].id' fonts/fonts.json); do
  size=$(jq -r --arg id "$id" '.fonts[] | select(.id == $id) | .sizes.A5' fonts/fonts.json)
  label=$(jq -r --arg id "$id" '.fonts[] | select(.id == $id) |
    "\(.id)\n\(if .connected then "connected" else "print" end), neatness \(.neatness)\n\(.sizes.A5) pt on A5"' fonts/fonts.json)
  # A4 at the A5 size leaves the sample sentence on one line.
  $CLI render "$TMP/sample.txt" -o "$TMP/$id.pdf" --font "$id" --size "$size" --paper A4 --png-dir "$TMP" >/dev/null
  # Keep the salutation and the sentence: cut the page just above the closing ("Yours,").
  closing=$(pdftotext -bbox "$TMP/$id.pdf" - | sed -n 's/.*yMin="\([0-9.]*\)".*>Yours,<.*/\1/p' | head -1)
  cut=$(awk -v y="$closing" -v dpi=$DPI 'BEGIN { printf "%d", y * dpi / 72 - 6 }')
  # The preview is drawn on the paper's tone; the sheet takes it from the page's corner.
  paper=$(convert "$TMP/$id-page1.png" -format '%[pixel:p{2,2}]' info:)
  convert "$TMP/$id-page1.png" -crop "1240x${cut}+0+0" +repage -trim +repage \
    -bordercolor "$paper" -border 12x10 "$TMP/$id-ink.png"
  convert -size 300x -background "$paper" -fill '#333333' -font "$LABEL_FONT" -pointsize 17 \
    caption:"$label" "$TMP/$id-label.png"
  convert "$TMP/$id-label.png" "$TMP/$id-ink.png" -background "$paper" -gravity center +append \
    -gravity west -extent 1200x \
    -gravity south -background '#d8d4cc' -splice 0x1 "$TMP/$id-row.png"
  rows="$rows $TMP/$id-row.png"
done
# shellcheck disable=SC2086 # one file per row, no spaces in the names
convert $rows -background "$paper" -gravity west -append -bordercolor "$paper" -border 10 \
  -depth 8 -colors 64 docs/hands.png
echo "Wrote docs/hands.png"
