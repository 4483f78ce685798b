#!/bin/sh
# Runs a GUI test on a real X server (Xvfb), as the wizard runs on a desktop: the window, its event loop
# and the system-browser call are the real ones. xvfb-run picks a free display number.
command -v xvfb-run >/dev/null || { echo "with-xvfb: xvfb-run missing (apt-get install xvfb xauth)" >&2; exit 2; }
# Under AddressSanitizer (the hardening run sets strict_string_checks=1) libxkbcommon-x11 trips it while
# Qt's xcb plugin starts: it calls strndup() on a keymap name that is exactly n bytes with no NUL, which
# is valid C but reported as an overflow. Suppress only interceptor reports made from that one library.
if [ -n "${ASAN_OPTIONS:-}" ]; then
    supp="$(dirname "$0")/xkbcommon.asan-supp"
    ASAN_OPTIONS="$ASAN_OPTIONS:suppressions=$(cd "$(dirname "$supp")" && pwd)/$(basename "$supp")"
    export ASAN_OPTIONS
fi
exec xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24 -nolisten tcp" \
    env QT_QPA_PLATFORM=xcb "$@"
