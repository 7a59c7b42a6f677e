#!/usr/bin/env bash
# Builds Shortlist's Debian package from build/ with CPack and installs it into a clean
# Debian 12 root, with only the package's own Depends (no Recommends), to show that they
# are complete: the program starts, says the project's version, reads a sample, lays out a
# PDF with its font, and every library and Qt plugin it loads resolves.
# The minbase root is made once with debootstrap and kept outside the checkout
# (SHORTLIST_CACHE, /var/cache/shortlist by default); each run installs into a fresh copy.
# Needs root (debootstrap, chroot, mount). Run by scripts/run-tests.sh unless SHORTLIST_SKIP_DEB=1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
cache="${SHORTLIST_CACHE:-/var/cache/shortlist}"
base="$cache/bookworm-root"
root="$cache/bookworm-deb-test"
mirror="${SHORTLIST_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

fail() { echo "test-deb: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "needs root (debootstrap, chroot, mount); run it as root or with sudo"
missing=()
command -v debootstrap > /dev/null || missing+=(debootstrap)
command -v dpkg-shlibdeps > /dev/null || missing+=(dpkg-dev)
command -v file > /dev/null || missing+=(file) # CPack finds the ELF files for dpkg-shlibdeps with it
if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" > /dev/null
fi

# The package, from the build the tests ran on.
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || fail "no configured build in $build"
rm -f "$build"/shortlist_*.deb
(cd "$build" && cpack -G DEB > "$build/cpack.log" 2>&1) || { tail -20 "$build/cpack.log" >&2; fail "cpack failed"; }
deb="$build/shortlist_${version}-1_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "cpack made no $deb"
[ "$(dpkg-deb -f "$deb" Version)" = "${version}-1" ] || fail "the package's version is not ${version}-1"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "test-deb: $(basename "$deb") depends on: $depends"
[[ "$depends" == *libqt6widgets6* && "$depends" == *libcmark-gfm0* ]] \
    || fail "dpkg-shlibdeps found no Qt or cmark-gfm libraries"
# What is loaded by name, which no library's own Depends may be relied on to bring: DejaVu
# comes today through fontconfig's first choice, but only as one of its alternatives.
for needed in libqt6svg6 fonts-dejavu-core; do
    [[ ", $depends," == *", $needed,"* ]] || fail "the package does not depend on $needed"
done
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH)"

# shellcheck source=debian-root.sh
. "$here/scripts/debian-root.sh"
mkdir -p "$cache"
make_debian_root bookworm "$base" "$mirror" "$cache/debootstrap-bookworm.log"

cleanup() {
    undo_root_mounts
    remove_root "$root"
}
trap cleanup EXIT
remove_root "$root"
cp -a "$base" "$root"
mount_into_root -t proc proc "$root/proc"
# Downloaded packages are kept between runs.
mkdir -p "$cache/bookworm-archives/partial"
mount_into_root --bind "$cache/bookworm-archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/shortlist.deb"

echo "test-deb: installing $(basename "$deb") into a clean Debian 12 root"
chroot "$root" /usr/bin/env DEBIAN_FRONTEND=noninteractive bash -c \
    "apt-get update -q && apt-get install -y -q --no-install-recommends /tmp/shortlist.deb" \
    > "$cache/deb-install.log" 2>&1 || { tail -20 "$cache/deb-install.log" >&2; fail "the package does not install"; }

install -d -m 700 "$root/tmp/runtime"
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/runtime \
    SHORTLIST_VERSION="$version" MULTIARCH="$multiarch" bash -euo pipefail -c '
    fail() { echo "test-deb: in the Debian 12 root: $*" >&2; exit 1; }
    version="$(shortlist --version)" || fail "shortlist --version does not run"
    [ "$version" = "shortlist $SHORTLIST_VERSION" ] || fail "shortlist --version says: $version"
    missing="$(ldd /usr/bin/shortlist | grep "not found" || true)"
    [ -z "$missing" ] || fail "libraries missing: $missing"
    # Qt plugins are loaded at run time, so no linker names them: the window system,
    # offscreen rendering, and the SVG icons.
    plugins=/usr/lib/$MULTIARCH/qt6/plugins
    for plugin in platforms/libqxcb.so platforms/libqoffscreen.so iconengines/libqsvgicon.so imageformats/libqsvg.so; do
        [ -f "$plugins/$plugin" ] || fail "the Qt plugin $plugin is not installed"
        missing="$(ldd "$plugins/$plugin" | grep "not found" || true)"
        [ -z "$missing" ] || fail "$plugin cannot load: $missing"
    done
    # Without a display the window system plugin must load and then say so.
    message="$(QT_QPA_PLATFORM=xcb DISPLAY= shortlist 2>&1 || true)"
    [[ "$message" == *"could not connect to display"* ]] || fail "the xcb platform plugin does not load: $message"
    sample=/usr/share/shortlist/samples/anna-keller.md
    json="$(shortlist --export json "$sample")" || fail "shortlist cannot read $sample"
    [[ "$json" == *"\"Anna Keller\""* ]] || fail "shortlist reads $sample wrong"
    shortlist --export pdf -o /tmp/summary.pdf /usr/share/shortlist/samples/*.md \
        || fail "shortlist cannot export a PDF"
    pdf="$(tr -c "[:print:]" " " < /tmp/summary.pdf)"
    [[ "$pdf" == "%PDF"* ]] || fail "the export is not a PDF"
    [[ "$pdf" == *"/FontName /"*"DejaVuSans"* ]] || fail "the PDF has no DejaVu Sans: the font package is missing"
'
echo "test-deb: $(basename "$deb") installs and runs in a clean Debian 12 root with its own Depends"
