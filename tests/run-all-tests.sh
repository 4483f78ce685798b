#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root), builds SMTP Doctor with warnings as errors and runs
# every test through ctest: unit tests, the real Postfix fixture, GUI tests under Xvfb/offscreen,
# keychain tests under dbus-run-session, network-namespace tests (root), translations.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SMTPDOCTOR_TEST_BUILD_DIR:-$root/build-tests}"
"$root/packaging/install-debian-deps.sh" test
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSMTPDOCTOR_WERROR=ON
cmake --build "$build" --parallel
cd "$build"
ctest --output-on-failure --timeout 600 -j2 "$@"
