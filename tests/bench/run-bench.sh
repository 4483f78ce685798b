#!/usr/bin/env bash
# Builds an optimised SMTP Doctor and runs the benchmark (see bench.py for what it measures).
# Root only (network namespaces, iptables). Not part of the test suite: numbers, not assertions.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build-bench}"
[ $# -gt 0 ] && shift
"$root/packaging/install-debian-deps.sh" test
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --parallel --target smtpdoctor smtpdoctor_benchwizard
exec python3 "$root/tests/bench/bench.py" "$build" "$@"
