#!/usr/bin/env bash
# Runs chibo-bench on a small province so that the benchmark cannot rot: every figure must be measured
# and printed with its target. No figure is compared with a time here (docs/performance.md).
# Usage: run_small.sh CHIBO_BENCH DATA_DIR
set -u
bench=${1:?usage: run_small.sh CHIBO_BENCH DATA_DIR}
data=${2:?usage: run_small.sh CHIBO_BENCH DATA_DIR}
out=$("$bench" --cells 24 --members 480 --commune-cells 8 --commune-members 200 --runs 1 --iterations 5 \
      --data "$data") || { echo "$out"; echo "chibo-bench failed"; exit 1; }
echo "$out"
for figure in P1 P1+ P2 P2+ P3 P4 P5 P6 P7; do
    grep -qE "^${figure//+/\\+} " <<<"$out" || { echo "figure $figure is missing"; exit 1; }
done
grep -q "import 480 members" <<<"$out" || { echo "P6 did not import the whole file"; exit 1; }
