#!/usr/bin/env bash
# Builds Shortlist with KDE's KSyntaxHighlighting (KF6) and runs every test suite, in a
# Debian 13 root: KF6 is not packaged for Debian 12. The root is made once with debootstrap
# and kept outside the checkout (SHORTLIST_CACHE, /var/cache/shortlist by default); the
# checkout is bind-mounted read-only and built in the root's own /build-kf6.
# Needs root (debootstrap, chroot, mount). Run by scripts/run-tests.sh unless
# SHORTLIST_SKIP_KF6=1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${SHORTLIST_CACHE:-/var/cache/shortlist}"
root="$cache/trixie-root"
mirror="${SHORTLIST_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
packages=(qt6-base-dev qt6-pdf-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n fonts-dejavu-core libkf6syntaxhighlighting-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libzip-dev libpoppler-qt6-dev libpoppler-cpp-dev
    libtesseract-dev tesseract-ocr-eng
    cmake g++ make pkg-config libgl-dev)

if [ "$(id -u)" != 0 ]; then
    echo "test-kf6: needs root (debootstrap, chroot, mount); run it as root or with sudo" >&2
    exit 1
fi
if ! command -v debootstrap > /dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
fi

# shellcheck source=debian-root.sh
. "$here/scripts/debian-root.sh"
mkdir -p "$cache"
make_debian_root trixie "$root" "$mirror" "$cache/debootstrap-trixie.log"

trap undo_root_mounts EXIT
mount_into_root -t proc proc "$root/proc"
mkdir -p "$root/src"
mount_into_root --bind "$here" "$root/src"
mount -o remount,bind,ro "$root/src"
# The real CVs beside the checkout, for the suites that use them (they skip without).
if [ -d "$here/../shared" ]; then
    mkdir -p "$root/shared"
    mount_into_root --bind "$here/../shared" "$root/shared"
    mount -o remount,bind,ro "$root/shared"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"

if [ "$(cat "$root/.shortlist-packages" 2> /dev/null)" != "${packages[*]}" ]; then
    echo "test-kf6: installing ${packages[*]}"
    chroot "$root" /usr/bin/env DEBIAN_FRONTEND=noninteractive bash -c \
        "apt-get update -q && apt-get install -y -q --no-install-recommends ${packages[*]}" \
        > "$cache/trixie-packages.log" 2>&1 || { tail -20 "$cache/trixie-packages.log" >&2; exit 1; }
    echo "${packages[*]}" > "$root/.shortlist-packages"
fi

chroot "$root" /usr/bin/env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 bash -euo pipefail -c '
    cmake -S /src -B /build-kf6 -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHORTLIST_BUILD_BENCHMARKS=OFF \
        | tee /build-kf6.configure.log
    grep -q "Markdown highlighting: KSyntaxHighlighting" /build-kf6.configure.log \
        || { echo "test-kf6: CMake did not find KF6SyntaxHighlighting" >&2; exit 1; }
    cmake --build /build-kf6 -j"$(nproc)"
    ctest --test-dir /build-kf6 --output-on-failure -j"$(nproc)"
'
echo "test-kf6: every suite passed with KSyntaxHighlighting on Debian 13"
