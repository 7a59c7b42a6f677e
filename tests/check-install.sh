#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks that everything a desktop needs is
# there and valid: the program, the desktop entry (desktop-file-validate) and the MIME types
# it opens, the AppStream metainfo (appstreamcli validate --no-net) naming this version, the
# icon at each hicolor size, the man page, the sample library, the copyright file; and that
# the installed program runs, says its version and finds its samples.
# Usage: check-install.sh BUILD_DIR PROJECT_VERSION SOURCE_DIR
set -euo pipefail
build="$1"
project_version="$2"
source="$3"
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
# "Open With Shortlist": the desktop database a desktop builds from the entry lists Shortlist
# for markdown and plain text.
if command -v update-desktop-database > /dev/null; then
    update-desktop-database "$prefix/share/applications"
    cache="$(cat "$prefix/share/applications/mimeinfo.cache")"
    for type in text/markdown text/plain; do
        [[ "$cache" == *"$type=app.shortlist.Shortlist.desktop;"* ]] || fail "no desktop opens $type with Shortlist"
    done
else
    grep -q '^MimeType=text/markdown;.*text/plain;' "$desktop" || fail "the desktop entry offers no text/markdown and text/plain"
fi
metainfo="$prefix/share/metainfo/app.shortlist.Shortlist.metainfo.xml"
[ -f "$metainfo" ] || fail "the AppStream metainfo is missing"
if command -v appstreamcli > /dev/null; then
    appstreamcli validate --no-net "$metainfo" > /dev/null || { appstreamcli validate --no-net "$metainfo"; fail "appstreamcli refuses $metainfo"; }
fi
newest="$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)"
[ "$newest" = "$project_version" ] || fail "the metainfo's newest release is $newest, the project's version $project_version"
# Its screenshots are the ones in docs/screenshots, at the size it says.
for image in $(grep -o '[a-z-]*\.png</image>' "$metainfo" | sed 's/<.*//'); do
    shot="$source/docs/screenshots/$image"
    [ -f "$shot" ] || fail "the metainfo shows $image, which docs/screenshots lacks"
    size="$(grep -o "width=\"[0-9]*\" height=\"[0-9]*\">[^<]*/$image<" "$metainfo" | grep -o '[0-9][0-9]*' | head -2 | tr '\n' ' ')"
    actual="$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print(*struct.unpack(">II", d[16:24]))' "$shot")"
    [ "$size" = "$actual " ] || fail "the metainfo gives $image as ${size}, it is $actual"
done
[ -f "$prefix/share/doc/shortlist/copyright" ] || fail "the copyright file is missing"
[ -f "$prefix/share/icons/hicolor/scalable/apps/app.shortlist.Shortlist.svg" ] || fail "the scalable icon is missing"
for size in 16 22 24 32 48 64 128 256; do
    [ -f "$prefix/share/icons/hicolor/${size}x${size}/apps/app.shortlist.Shortlist.png" ] || fail "the ${size}px icon is missing"
done
[ -f "$prefix/share/man/man1/shortlist.1.gz" ] || fail "the man page is missing"
[ "$(ls "$prefix/share/shortlist/samples" | wc -l)" -ge 10 ] || fail "the sample library is missing"
# Outputs are read whole before they are searched: `grep -q` on a pipe would stop reading at
# the first match and, with pipefail, fail the program writing into it.
version="$("$prefix/bin/shortlist" --version)" || fail "the installed program does not run"
[ "$version" = "shortlist $project_version" ] || fail "the installed program says '$version', the project's version is $project_version"
json="$("$prefix/bin/shortlist" --export json "$prefix/share/shortlist/samples/anna-keller.md")" \
    || fail "the installed program cannot read its samples"
[[ "$json" == *'"Anna Keller"'* ]] || fail "the installed program reads its samples wrong"
echo "check-install: everything is in place under a temporary prefix"
