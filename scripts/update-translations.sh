#!/usr/bin/env bash
# Brings the Qt Linguist files in resources/translations/ up to date with the source:
# new messages appear unfinished, messages no longer in the source are dropped. Run it after
# changing user-visible text, then translate what is unfinished (Qt Linguist, or by hand).
# shortlist_en.ts holds only the English plural forms of the "%n" messages.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || true)"
[ -n "$lupdate" ] || { echo "update-translations: lupdate not found (apt-get install qt6-l10n-tools)" >&2; exit 1; }
cd "$here"
for ts in resources/translations/shortlist_*.ts; do
    options=(-no-obsolete -locations relative)
    [ "$ts" = resources/translations/shortlist_en.ts ] && options+=(-pluralonly)
    "$lupdate" "${options[@]}" -recursive core ui app -ts "$ts"
done
