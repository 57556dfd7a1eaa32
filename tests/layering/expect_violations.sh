#!/usr/bin/env bash
# Runs check_layering.sh on a tree with known violations; passes only if it fails and names each one.
set -u
here=$(dirname "$0")
out=$(bash "$here/check_layering.sh" "$here/fixtures/bad")
rc=$?
echo "$out"
[ $rc -eq 1 ] || { echo "expected exit 1, got $rc"; exit 1; }
for expected in "core/Leaky.cpp:1: lower layer uses a GUI" "core/Leaky.cpp:2: layer 'core' must not include" \
                "core/Leaky.cpp:3: SQL text outside storage" "storage/UpwardEdge.cpp:1: layer 'storage' must not include"; do
    grep -qF "$expected" <<<"$out" || { echo "missing: $expected"; exit 1; }
done
echo "all violations reported"
