#!/usr/bin/env bash
# Sets up, builds and runs every test suite (the README's second command, and CI's):
# first the normal build in build/, then the same suites built with AddressSanitizer
# (leak checking off: it needs ptrace, which some CI sandboxes forbid),
# UndefinedBehaviorSanitizer and Qt's own assertions in build-sanitize/.
# Then, as root, the KF6 build with KSyntaxHighlighting in a Debian 13 root
# (scripts/test-kf6.sh), and the Debian package built from build/ installed into a clean
# Debian 12 root (scripts/test-deb.sh). In between, the libFuzzer harnesses run for a bounded
# time each in build-fuzz/ (scripts/fuzz.sh; SHORTLIST_FUZZ_SECONDS, 60 by default).
# SHORTLIST_SKIP_SANITIZERS=1 skips the second pass, SHORTLIST_SKIP_FUZZ=1 the fuzzers,
# SHORTLIST_SKIP_KF6=1 the KF6 pass, SHORTLIST_SKIP_DEB=1 the package test.
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

if [ "${SHORTLIST_SKIP_FUZZ:-0}" != 1 ]; then
    # fuzz_edit checks issue 16's rule for edits (item 2) as well as crashes and sanitizer
    # reports; SHORTLIST_FUZZ_EDIT_RULE=off checks only the latter.
    bash "$here/scripts/fuzz.sh"
fi

if [ "${SHORTLIST_SKIP_KF6:-0}" != 1 ]; then
    if [ "$(id -u)" = 0 ]; then
        bash "$here/scripts/test-kf6.sh"
    else
        echo "run-tests: the KF6 pass needs root (debootstrap, chroot); skipped" >&2
    fi
fi

if [ "${SHORTLIST_SKIP_DEB:-0}" != 1 ]; then
    if [ "$(id -u)" = 0 ]; then
        bash "$here/scripts/test-deb.sh" "$here/build"
    else
        echo "run-tests: the package test needs root (debootstrap, chroot); skipped" >&2
    fi
fi
