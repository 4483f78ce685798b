#!/usr/bin/env bash
# Renders every page of the wizard, in Japanese and English, at 100% and at the larger text size, to
# PNG files under a virtual X display, and fails if any text is cut off.
#
#   tests/gui/screenshots.sh OUTDIR [BUILD_DIR]
#
# BUILD_DIR is the CMake build directory (default: ./build); tst_screenshots must be built in it.
# Needs xvfb-run (package xvfb) and a CJK font (fonts-noto-cjk). Files: OUTDIR/<lang>-<percent>-<nn>-<view>.png,
# plus <...>-full.png with the whole page where it is taller than the window.
set -euo pipefail

[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: $0 OUTDIR [BUILD_DIR]" >&2; exit 2; }
OUTDIR=$(mkdir -p "$1" && cd "$1" && pwd)
BUILD_DIR=${2:-build}
BINARY=$BUILD_DIR/tests/gui/tst_screenshots
[[ -x $BINARY ]] || { echo "screenshots: $BINARY not found; build the target tst_screenshots first" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run missing (apt-get install xvfb xauth)" >&2; exit 2; }
fc-list :lang=ja | grep -q . || echo "screenshots: warning: no Japanese font found (apt-get install fonts-noto-cjk)" >&2

rm -f "$OUTDIR"/*.png
# A real X server (xcb), not the offscreen plugin, so fonts and styles render as on a desktop.
xvfb-run --auto-servernum --server-args="-screen 0 1920x1200x24 -dpi 96" \
    env QT_QPA_PLATFORM=xcb SCREENSHOT_DIR="$OUTDIR" LC_ALL=C.UTF-8 "$BINARY" -o -,txt
echo "screenshots: $(ls "$OUTDIR"/*.png | wc -l) files in $OUTDIR"
