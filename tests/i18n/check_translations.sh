#!/usr/bin/env bash
# Fails when the committed Vietnamese catalogue is incomplete: when re-extracting the sources (on a copy)
# finds a string with no translation, or the file itself has unfinished or vanished entries.
# Usage: check_translations.sh LUPDATE SOURCE_DIR
set -u
lupdate=${1:?lupdate path}
root=${2:?source dir}
ts="$root/resources/translations/chibo_vi.ts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/chibo_vi.ts"
"$lupdate" -no-obsolete -locations none -silent "$root/src" "$root/ui" -ts "$work/chibo_vi.ts" >/dev/null 2>&1 || {
    echo "lupdate failed"; exit 1; }
status=0
for file in "$ts" "$work/chibo_vi.ts"; do
    for kind in unfinished vanished obsolete; do
        n=$(grep -c "type=\"$kind\"" "$file")
        if [ "$n" -gt 0 ]; then
            echo "$(basename "$file") ($([ "$file" = "$ts" ] && echo committed || echo re-extracted)): $n $kind message(s):"
            grep -B3 "type=\"$kind\"" "$file" | grep '<source>' | head -20
            status=1
        fi
    done
done
[ $status -eq 0 ] && echo "translations: complete ($(grep -c '<message' "$ts") messages)"
exit $status
