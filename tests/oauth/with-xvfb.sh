#!/bin/sh
# Runs a GUI test on a real X server (Xvfb), as the wizard runs on a desktop: the window, its event loop
# and the system-browser call are the real ones. xvfb-run picks a free display number.
command -v xvfb-run >/dev/null || { echo "with-xvfb: xvfb-run missing (apt-get install xvfb xauth)" >&2; exit 2; }
exec xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24 -nolisten tcp" \
    env QT_QPA_PLATFORM=xcb "$@"
