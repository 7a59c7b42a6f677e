#!/usr/bin/env bash
# Checks that the translations are complete for the source as it is: lupdate reads core/,
# ui/ and app/ into copies of resources/translations/*.ts (the originals are not touched),
# and lrelease must then find every message finished: a new or changed tr() string that
# nobody translated fails here. scripts/update-translations.sh updates the real files.
# Usage: check-translations.sh SOURCE_DIR LUPDATE LRELEASE
set -euo pipefail
source="$1"
lupdate="$2"
lrelease="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "check-translations: $*" >&2; exit 1; }
cd "$source"
for ts in resources/translations/shortlist_*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    options=(-no-obsolete -locations none -silent)
    [ "$(basename "$ts")" = shortlist_en.ts ] && options+=(-pluralonly)
    "$lupdate" "${options[@]}" -recursive core ui app -ts "$copy" > "$work/lupdate.log" 2>&1 \
        || { cat "$work/lupdate.log" >&2; fail "lupdate failed on $ts"; }
    report="$("$lrelease" "$copy" -qm "$work/out.qm" 2>&1)" || { echo "$report" >&2; fail "lrelease failed on $ts"; }
    unfinished="$(grep -c 'type="unfinished"' "$copy" || true)"
    if [ "$unfinished" != 0 ] || [[ "$report" == *Ignored* ]]; then
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20 >&2 || true
        fail "$ts: $unfinished messages of the source are not translated (run scripts/update-translations.sh and translate them)"
    fi
    summary="$(grep -o 'Generated [0-9]* translation(s)' <<< "$report")"
    echo "check-translations: $ts: $summary"
done
