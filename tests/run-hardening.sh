#!/usr/bin/env bash
# Hardening run (issue 8): the whole test suite on an AddressSanitizer + UndefinedBehaviorSanitizer build,
# then every libFuzzer target for a bounded time. Fails on any sanitizer report or fuzzer crash.
# Called by tests/run-all-tests.sh when CI=true (or SMTPDOCTOR_HARDENING=1); can be run alone.
#   SMTPDOCTOR_FUZZ_SECONDS  seconds per fuzz target (default 60)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
asan="${SMTPDOCTOR_ASAN_BUILD_DIR:-$root/build-asan}"
fuzz="${SMTPDOCTOR_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${SMTPDOCTOR_FUZZ_SECONDS:-60}"
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

"$root/packaging/install-debian-deps.sh" hardening

echo "== hardening: ASan+UBSan build and the whole suite"
cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSMTPDOCTOR_WERROR=ON \
    -DCMAKE_CXX_FLAGS="$sanitize" -DCMAKE_EXE_LINKER_FLAGS="$sanitize" -DCMAKE_SHARED_LINKER_FLAGS="$sanitize"
cmake --build "$asan" --parallel
# Leak checking stays off: Qt and fontconfig keep process-lifetime allocations that LeakSanitizer
# reports at exit. Every other error (overflow, use-after-free, UB) stops the test with a failure.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The .deb test builds and installs a normal package of its own; under the sanitizers it adds nothing.
(cd "$asan" && ctest --output-on-failure --timeout 900 -j2 -E '^packaging_')

echo "== hardening: libFuzzer targets, ${seconds}s each"
CC=clang CXX=clang++ cmake -S "$root" -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSMTPDOCTOR_FUZZ=ON \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
targets=(replyparser explainer autoconfig preset hostinput)
cmake --build "$fuzz" --parallel --target "${targets[@]/#/fuzz_}"
for t in "${targets[@]}"; do
    work="$fuzz/corpus-work/$t"
    mkdir -p "$work"
    echo "-- fuzz_$t"
    "$fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$fuzz/crash-$t-" "$work" "$root/tests/fuzz/corpus/$t" 2>&1 | tail -n 12
done
echo "== hardening: clean"
