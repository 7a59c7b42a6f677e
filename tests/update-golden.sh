#!/usr/bin/env bash
# Regenerates tests/golden/*.json from resources/samples with the built program. Experience
# is counted up to a fixed day (the same as tst_parser's kGoldenToday).
# Run it on purpose, after a parser change whose new output you have read and agree with;
# then review `git diff tests/golden` before committing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$here/build/bin/shortlist"
[ -x "$bin" ] || { echo "build first: $bin is missing" >&2; exit 1; }
mkdir -p "$here/tests/golden"
for f in "$here"/resources/samples/*.md "$here"/resources/samples/*.txt; do
    name="$(basename "${f%.*}")"
    "$bin" --export json --today 2026-06-01 "$f" > "$here/tests/golden/$name.json"
done
echo "regenerated $(ls "$here/tests/golden" | wc -l) golden files; review: git diff tests/golden"
