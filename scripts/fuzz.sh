#!/usr/bin/env bash
# Builds the libFuzzer harnesses in build-fuzz/ and runs each for a bounded time.
#
#   scripts/fuzz.sh [SECONDS] [FUZZER...]
#
# SECONDS per fuzzer: the argument, else SHORTLIST_FUZZ_SECONDS, else 60. FUZZER is
# fuzz_parse, fuzz_edit or fuzz_import (all by default). They are built with clang, the core library
# instrumented for coverage, with AddressSanitizer and UndefinedBehaviorSanitizer
# (fuzz/CMakeLists.txt). Each fuzzes into a scratch corpus, build-fuzz/corpus/FUZZER/
# (SHORTLIST_FUZZ_DIR moves build-fuzz/'s corpus, artifacts and logs elsewhere), seeded
# from copies of resources/samples and of tests/fuzz-corpus/FUZZER/, and kept from one run to
# the next; nothing is written into the checkout outside build-fuzz/. A crash, a sanitizer
# report, an input slower than 25 s or, for fuzz_edit, an accepted edit that breaks the rule
# for edits (SHORTLIST_FUZZ_EDIT_RULE=off: not checked) leaves its input in
# artifacts/FUZZER/ and fails the script. The whole libFuzzer output is in FUZZER.log there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

seconds="${1:-${SHORTLIST_FUZZ_SECONDS:-60}}"
[ $# -gt 0 ] && shift
fuzzers=("$@")
((${#fuzzers[@]})) || fuzzers=(fuzz_parse fuzz_edit fuzz_import)
build="$here/build-fuzz"
scratch="${SHORTLIST_FUZZ_DIR:-$build}"

command -v clang++ >/dev/null || {
    echo "fuzz: clang++ is missing; scripts/setup.sh --no-build installs it" >&2
    exit 1
}
cmake -S "$here" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSHORTLIST_BUILD_FUZZERS=ON -DSHORTLIST_BUILD_TESTS=OFF -DSHORTLIST_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${fuzzers[@]}"

failed=0
for fuzzer in "${fuzzers[@]}"; do
    corpus="$scratch/corpus/$fuzzer"
    artifacts="$scratch/artifacts/$fuzzer"
    log="$scratch/$fuzzer.log"
    mkdir -p "$corpus" "$artifacts"
    # Copies: libFuzzer adds the inputs it finds to the first folder it is given.
    find "$here/resources/samples" "$here/tests/fuzz-corpus/$fuzzer" -maxdepth 1 -type f \
        -exec cp -n -t "$corpus" {} + 2>/dev/null || true
    echo "fuzz: $fuzzer for $seconds s on $corpus"
    if ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/bin/$fuzzer" -max_total_time="$seconds" -timeout=25 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1; then
        grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" | sed "s/^/fuzz: $fuzzer: /" || true
    else
        failed=1
        tail -n 80 "$log" >&2
        echo "fuzz: $fuzzer failed; its input is in $artifacts, the whole output in $log" >&2
    fi
done
exit "$failed"
