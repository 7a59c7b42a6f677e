#!/usr/bin/env bash
# Sets up, builds and runs every test suite (the README's second command, and CI's).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh"
ctest --test-dir "$here/build" --output-on-failure -j"$(nproc)"
