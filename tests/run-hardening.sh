#!/usr/bin/env bash
# Hardening run (issue 8), bounded in time:
#   1. an AddressSanitizer + UndefinedBehaviorSanitizer build of everything (gcc, its own build
#      directory) and the whole ctest suite on it: any sanitizer report fails the test it happens in;
#   2. every libFuzzer target (clang, -fsanitize=fuzzer,address,undefined) fuzzed for a bounded time
#      from its seed corpus in tests/fuzz/corpus/<name>/: any crash, leak, timeout or sanitizer report
#      fails the run, and the input that caused it is kept in the fuzz build directory.
# CI runs it from tests/run-all-tests.sh when CI=true; it also runs alone (as root, like the suite).
#   SMTPDOCTOR_FUZZ_SECONDS     seconds per fuzz target (default 60)
#   SMTPDOCTOR_ASAN_BUILD_DIR   default <repo>/build-asan
#   SMTPDOCTOR_FUZZ_BUILD_DIR   default <repo>/build-fuzz
#   extra arguments go to the sanitizer suite's ctest (e.g. -L unit)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
asan="${SMTPDOCTOR_ASAN_BUILD_DIR:-$root/build-asan}"
fuzz="${SMTPDOCTOR_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${SMTPDOCTOR_FUZZ_SECONDS:-60}"
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
# -O1 with line tables only: stack traces still name file and line, and the build is much quicker
# than RelWithDebInfo's -O2 -g on CI's two cores.
optimize="-O1 -g1"
t0=$(date +%s)
phase() { echo "== hardening ($(( $(date +%s) - t0 ))s): $*"; }

"$root/packaging/install-debian-deps.sh" hardening

phase "ASan+UBSan build"
# No -Werror here: gcc's sanitizer instrumentation brings extra flow warnings; the normal build is the
# one that holds warnings to zero.
cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE= -DSMTPDOCTOR_WERROR=OFF \
    -DCMAKE_CXX_FLAGS="$optimize $sanitize" -DCMAKE_EXE_LINKER_FLAGS="$sanitize" -DCMAKE_SHARED_LINKER_FLAGS="$sanitize"
cmake --build "$asan" --parallel

phase "the whole suite on the sanitizer build"
# Leak checking stays off: Qt, fontconfig and D-Bus keep process-lifetime allocations that
# LeakSanitizer reports at exit (the fuzzers below do check leaks, in the parsers they drive). Every
# other error (overflow, use-after-free, double free, undefined behaviour) aborts the test process.
# verify_asan_link_order=0: the clock tests run smtpdoctor under faketime, which preloads itself first.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:verify_asan_link_order=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The .deb test builds and installs a normal package of its own; under the sanitizers it adds nothing.
(cd "$asan" && ctest --output-on-failure --timeout 900 -j2 -E '^packaging_' "$@")
unset ASAN_OPTIONS UBSAN_OPTIONS

phase "libFuzzer build"
# Only the fuzz targets and the core library they use are built; -fsanitize=fuzzer-no-link gives the
# core library the coverage instrumentation libFuzzer steers by.
CC=clang CXX=clang++ cmake -S "$root" -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE= -DSMTPDOCTOR_FUZZ=ON -DSMTPDOCTOR_WERROR=OFF \
    -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
targets=(replyparser explainer autoconfig preset hostinput domainrecords scrubber textcut servertext)
cmake --build "$fuzz" --parallel --target "${targets[@]/#/fuzz_}"

failed=0
for t in "${targets[@]}"; do
    phase "fuzz_$t for ${seconds}s"
    work="$fuzz/corpus-work/$t"   # new inputs go here, never into the source tree
    artifacts="$fuzz/artifacts/$t"
    mkdir -p "$work" "$artifacts"
    log="$fuzz/fuzz_$t.log"
    # In a scratch directory with no standard input: a preset's ca-file may name any path.
    if (cd "$work" && UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" "$fuzz/tests/fuzz/fuzz_$t" \
            -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=512 -timeout=10 -max_len=65536 \
            -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "$root/tests/fuzz/corpus/$t" \
            < /dev/null > "$log" 2>&1); then
        grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::new_units_added)' "$log" || true
    else
        echo "fuzz_$t FAILED; the input is in $artifacts:"
        tail -n 60 "$log"
        failed=$((failed + 1))
    fi
done
total=${#targets[@]}
phase "fuzzing done"
echo "fuzzing: $((total - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
