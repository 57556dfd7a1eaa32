#!/usr/bin/env bash
# Fails when a committed catalogue is incomplete: when re-extracting the sources (on a copy) finds a
# string with no translation, or the file itself has unfinished or vanished entries. chibo_vi.ts holds
# every string; chibo_en.ts the plural forms only (the sources are English).
# Usage: check_translations.sh LUPDATE SOURCE_DIR
set -u
lupdate=${1:?lupdate path}
root=${2:?source dir}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
check() { # check NAME [LUPDATE OPTION]
    local ts="$root/resources/translations/$1" copy="$work/$1"
    cp "$ts" "$copy"
    "$lupdate" -no-obsolete -locations none -silent ${2:-} "$root/src" "$root/ui" -ts "$copy" >/dev/null 2>&1 || {
        echo "lupdate failed on $1"; status=1; return; }
    local file kind n
    for file in "$ts" "$copy"; do
        for kind in unfinished vanished obsolete; do
            n=$(grep -c "type=\"$kind\"" "$file")
            if [ "$n" -gt 0 ]; then
                echo "$1 ($([ "$file" = "$ts" ] && echo committed || echo re-extracted)): $n $kind message(s):"
                grep -B3 "type=\"$kind\"" "$file" | grep '<source>' | head -20
                status=1
            fi
        done
    done
    echo "$1: $(grep -c '<message' "$ts") messages"
}
check chibo_vi.ts
check chibo_en.ts -pluralonly
[ $status -eq 0 ] && echo "translations: complete"
exit $status
