#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root), builds SMTP Doctor with warnings as errors and runs
# every test through ctest: unit tests, the real Postfix fixture, GUI tests under Xvfb/offscreen,
# keychain tests under dbus-run-session, network-namespace tests (root), translations. Arguments go to
# ctest (e.g. -L unit).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SMTPDOCTOR_TEST_BUILD_DIR:-$root/build-tests}"
"$root/packaging/install-debian-deps.sh" test
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSMTPDOCTOR_WERROR=ON
cmake --build "$build" --parallel
(cd "$build" && ctest --output-on-failure --timeout 600 -j2 "$@")

# CI (and anyone who sets SMTPDOCTOR_HARDENING=1) also runs the sanitizer build of the whole suite and
# the fuzzers (tests/run-hardening.sh); about 15 minutes more on two cores.
if [ "${CI:-}" = true ] || [ "${SMTPDOCTOR_HARDENING:-}" = 1 ]; then
    bash "$root/tests/run-hardening.sh"
fi
