#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds SMTP Doctor and opens the wizard.
# Extra arguments go to smtpdoctor (e.g. --lang ja).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-debian-deps.sh" build
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSMTPDOCTOR_BUILD_TESTS=OFF
cmake --build "$root/build" --parallel
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-wizard: no display found; starting the wizard on a virtual display (xvfb-run)." >&2
    exec xvfb-run -a "$root/build/app/smtpdoctor" "$@"
fi
exec "$root/build/app/smtpdoctor" "$@"
