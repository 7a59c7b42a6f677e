#!/usr/bin/env bash
# Installs what Shortlist needs to build and test on Debian 12 (or newer), from Debian's
# own packages, then configures and builds the tree in build/.
#
#   scripts/setup.sh            install what is missing, configure, build
#   scripts/setup.sh --no-build install only
#
# The package list is the one place that says what Shortlist depends on (see README).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

packages=(
    g++ make cmake pkg-config        # compilers and the build system
    clang libclang-rt-dev            # the fuzzers: clang, libFuzzer, the sanitizers' runtimes
    qt6-base-dev qt6-base-dev-tools  # Qt Core, Gui, Widgets, Test, Concurrent
    qt6-tools-dev qt6-l10n-tools     # Qt Linguist's CMake support, lrelease and lupdate
    qt6-translations-l10n            # Qt's own translations (standard buttons in German)
    libgl-dev                        # headers Qt6Gui's CMake package asks for
    libqt6svg6                       # draws the bundled SVG icons (Qt's SVG icon engine plugin)
    qt6-pdf-dev                      # QtPdf: reads exported PDFs back in tests, previews them
    fonts-dejavu-core                # the font PDF summaries are set in (embedded in them)
    desktop-file-utils               # desktop-file-validate, for the install test
    appstream                        # appstreamcli validate, for the install test
    libcmark-gfm-dev                 # CommonMark + GFM parser (reports source positions)
    libcmark-gfm-extensions-dev      # its GFM extensions: tables, strikethrough, autolinks
    libzip-dev                       # opens the zip containers of Word (.docx) and OpenDocument (.odt) CVs
    libpoppler-qt6-dev               # Poppler's Qt 6 binding: opens PDF CVs to import, paints scanned pages for OCR
    libpoppler-cpp-dev               # Poppler's C++ binding: the words of PDF CVs, with boxes and fonts (bold, italic)
    libtesseract-dev tesseract-ocr-eng  # Tesseract OCR: reads scanned PDF CVs (optional to the build)
    python3                          # the seed scorer in ../shared/tools
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || {
            echo "setup: these Debian packages are missing: ${missing[*]}" >&2
            echo "setup: run this script as root, or install sudo, to install them" >&2
            exit 1
        }
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    # An earlier run stopped half-way (Ctrl-C during apt) leaves dpkg to be finished first.
    $sudo dpkg --configure -a
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ "${1:-}" = "--no-build" ] && exit 0

cmake -S "$here" -B "$here/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$here/build" -j"$(nproc)"
