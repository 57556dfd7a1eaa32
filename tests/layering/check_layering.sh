#!/usr/bin/env bash
# Checks the dependency rules of docs/architecture.md on a source tree. Usage: check_layering.sh SRC_DIR
# Prints every violation as file:line: rule, and exits 1 if there is any.
set -u
src=${1:?usage: check_layering.sh SRC_DIR}
cd "$src" || exit 2
status=0

violation() { echo "$1: $2"; status=1; }

# Which layers each layer may include ("layer/File.h"). Unlisted layers may include nothing of ours.
declare -A allowed=(
    [core]="core"
    [sheets]="core sheets"
    [i18n]="i18n"
    [dataset]="core dataset"
    [demo]="core demo"
    [storage]="core storage"
    [scoring]="core scoring"
    [services]="core sheets dataset demo scoring storage services"
    [report]="core sheets scoring services report"
    [models]="core models"
    [cli]="core sheets services report i18n cli"
    [app]="core sheets dataset demo scoring storage services report models i18n app"
    [bench]="core demo storage services models bench"
    [crashtest]="core sheets scoring storage services crashtest"
)
lower="core sheets i18n dataset demo storage scoring services report models"

sources() { find "$1" -type f \( -name '*.h' -o -name '*.cpp' \) 2>/dev/null | sort; }

for layer in "${!allowed[@]}"; do
    [ -d "$layer" ] || continue
    while IFS= read -r file; do
        while IFS=: read -r line inc; do
            target=${inc%%/*}
            case " ${allowed[$layer]} " in
                *" $target "*) ;;
                *) violation "$file:$line" "layer '$layer' must not include '$inc'" ;;
            esac
        done < <(grep -noE '^#include "[a-z0-9_]+/[^"]+"' "$file" | sed -E 's/^([0-9]+):#include "([^"]+)"/\1:\2/')
    done < <(sources "$layer")
done

for layer in $lower; do
    [ -d "$layer" ] || continue
    while IFS= read -r hit; do
        violation "${hit%%:*}:$(echo "$hit" | cut -d: -f2)" "lower layer uses a GUI or settings API"
    done < <(grep -rnE '#include <(QtWidgets|QWidget|QMessageBox|QFileDialog|QApplication|QSettings|QMainWindow|QDialog)|#include "ui_' --include='*.h' --include='*.cpp' "$layer")
done

while IFS= read -r hit; do
    case "$hit" in storage/*) ;; *) violation "${hit%%:*}" "only storage may include Qt SQL" ;; esac
done < <(grep -rlE '#include <(QtSql|QSql[A-Za-z]*)>' --include='*.h' --include='*.cpp' .  | sed 's|^\./||')

# SQL text: statements as string literals outside storage.
while IFS= read -r hit; do
    case "$hit" in storage/*) ;; *) violation "$hit" "SQL text outside storage" ;; esac
done < <(grep -rnE '"[[:space:]]*(SELECT|INSERT INTO|UPDATE [A-Za-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX)|PRAGMA) ' \
            --include='*.h' --include='*.cpp' . | sed 's|^\./||' | cut -d: -f1,2)

while IFS= read -r hit; do
    case "$hit" in scoring/CriteriaLoader*.cpp) ;; *) violation "$hit" "only the criteria loader may include nlohmann" ;; esac
done < <(grep -rlE '#include <nlohmann/' --include='*.h' --include='*.cpp' . | sed 's|^\./||')

[ $status -eq 0 ] && echo "layering: ok"
exit $status
