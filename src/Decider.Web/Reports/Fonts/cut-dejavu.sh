#!/usr/bin/env bash
# Makes the two shipped report fonts from Debian's fonts-dejavu-core (2.37) with python3-fonttools, keeping the
# scripts the report promises (Latin, Greek, Cyrillic, Hebrew, Arabic with its presentation forms and shaping
# tables) and common punctuation, currency, arrows, maths and symbols, and dropping the rest (box drawing, Braille,
# Armenian, Georgian, technical symbols...). PDFsharp keeps glyph ids when it embeds a subset, so every embedded
# face carries the width table of the whole font: 3,700 glyphs instead of 6,253 is what keeps a typical report
# under 60 KB. Characters left out fall back to Droid Sans Fallback, then to the marker, like any other.
#   apt-get install fonts-dejavu-core python3-fonttools && bash src/Decider.Web/Reports/Fonts/cut-dejavu.sh
set -euo pipefail
cd "$(dirname "$0")"
ranges="U+0000-052F,U+0590-06FF,U+1E00-1FFF,U+2000-24FF,U+25A0-27BF,U+FB00-FDFF,U+FE00-FE0F,U+FE70-FEFF,U+FFFC-FFFD"
for face in DejaVuSans DejaVuSans-Bold; do
  /usr/bin/python3 -m fontTools.subset "/usr/share/fonts/truetype/dejavu/$face.ttf" --output-file="$face.ttf" \
    --unicodes="$ranges" --layout-features='*' --legacy-kern --notdef-outline --recommended-glyphs \
    --name-IDs='*' --name-languages='*' --name-legacy --drop-tables+=MATH,FFTM
done
