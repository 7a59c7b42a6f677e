#!/usr/bin/env bash
# Sets up, builds and runs every test suite (the README's second command, and CI's):
# first the normal build in build/, then the same suites built with AddressSanitizer
# (leak checking off: it needs ptrace, which some CI sandboxes forbid),
# UndefinedBehaviorSanitizer and Qt's own assertions in build-sanitize/.
# SHORTLIST_SKIP_SANITIZERS=1 skips the second pass.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc)"

"$here/scripts/setup.sh"
ctest --test-dir "$here/build" --output-on-failure -j"$jobs"

if [ "${SHORTLIST_SKIP_SANITIZERS:-0}" != 1 ]; then
    cmake -S "$here" -B "$here/build-sanitize" -DCMAKE_BUILD_TYPE=Debug -DSHORTLIST_BUILD_BENCHMARKS=OFF \
        -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
    cmake --build "$here/build-sanitize" -j"$jobs"
    ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir "$here/build-sanitize" --output-on-failure -j"$jobs"
fi
