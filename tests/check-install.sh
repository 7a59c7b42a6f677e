#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks that everything a desktop needs is
# there and valid: the program, the desktop entry (desktop-file-validate), the icon at each
# hicolor size, the man page, the sample library; and that the installed program runs and
# finds its samples.
set -euo pipefail
build="$1"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" > /dev/null

fail() { echo "check-install: $*" >&2; exit 1; }
[ -x "$prefix/bin/shortlist" ] || fail "bin/shortlist is missing"
desktop="$prefix/share/applications/app.shortlist.Shortlist.desktop"
[ -f "$desktop" ] || fail "the desktop entry is missing"
if command -v desktop-file-validate > /dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate refuses $desktop"
fi
grep -q '^MimeType=.*text/markdown;' "$desktop" || fail "the desktop entry offers no text/markdown"
[ -f "$prefix/share/icons/hicolor/scalable/apps/app.shortlist.Shortlist.svg" ] || fail "the scalable icon is missing"
for size in 16 22 24 32 48 64 128 256; do
    [ -f "$prefix/share/icons/hicolor/${size}x${size}/apps/app.shortlist.Shortlist.png" ] || fail "the ${size}px icon is missing"
done
[ -f "$prefix/share/man/man1/shortlist.1" ] || fail "the man page is missing"
[ "$(ls "$prefix/share/shortlist/samples" | wc -l)" -ge 10 ] || fail "the sample library is missing"
# Outputs are read whole before they are searched: `grep -q` on a pipe would stop reading at
# the first match and, with pipefail, fail the program writing into it.
version="$("$prefix/bin/shortlist" --version)" || fail "the installed program does not run"
[[ "$version" =~ ^shortlist\ [0-9] ]] || fail "the installed program prints no version: $version"
json="$("$prefix/bin/shortlist" --export json "$prefix/share/shortlist/samples/anna-keller.md")" \
    || fail "the installed program cannot read its samples"
[[ "$json" == *'"Anna Keller"'* ]] || fail "the installed program reads its samples wrong"
echo "check-install: everything is in place under a temporary prefix"
