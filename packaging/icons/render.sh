#!/usr/bin/env bash
# Renders relance.svg into every icon the installers and the app use (committed, so a build needs none of these
# tools). Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and png2icns (icnsutils):
#   apt-get install librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")"
app_icons=../../src/main/resources/fr/relance/ui/icon
mkdir -p png "$app_icons"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" relance.svg -o "png/relance-$size.png"
done
# Linux (jpackage --icon, .desktop entry): one 256 px PNG
cp png/relance-256.png relance.png
# Windows: a multi-size .ico (16 to 256 px; 256 stored as PNG, as Windows Vista and later read it)
icotool -c -o relance.ico png/relance-16.png png/relance-24.png png/relance-32.png png/relance-48.png \
  png/relance-64.png png/relance-128.png -r png/relance-256.png
# macOS: .icns with the 16 to 1024 px sizes png2icns knows (it skips 24, 64)
png2icns relance.icns png/relance-16.png png/relance-32.png png/relance-48.png png/relance-128.png \
  png/relance-256.png png/relance-512.png png/relance-1024.png >/dev/null
# The window icon in the app (title bar, task bar) and the About dialog
for size in 16 32 48 64 128 256; do
  cp "png/relance-$size.png" "$app_icons/relance-$size.png"
done
