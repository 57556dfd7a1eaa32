#!/usr/bin/env bash
# Every criteria file in CRITERIA_DIR has at least two test cases in CRITERIA_DIR/tests/<id>/.
# Usage: check_case_coverage.sh CRITERIA_DIR
set -u
dir=${1:?usage: check_case_coverage.sh CRITERIA_DIR}
status=0
count=0
for file in "$dir"/*.json; do
    [ -e "$file" ] || continue
    count=$((count + 1))
    id=$(sed -n 's/^  "id": "\([a-z0-9-]*\)".*/\1/p' "$file" | head -n 1)
    if [ -z "$id" ]; then
        echo "$file: no top-level \"id\" found"
        status=1
        continue
    fi
    cases=$(find "$dir/tests/$id" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l)
    if [ "$cases" -lt 2 ]; then
        echo "$file: $cases test case(s) in tests/$id/, at least 2 needed"
        status=1
    fi
done
if [ "$count" -eq 0 ]; then
    echo "no criteria files in $dir"
    status=1
fi
exit $status
