#!/usr/bin/env bash
# Runs chibo-crashtest with children that acknowledge each write before committing it, and passes only when
# the harness reports it: exit code 1 and at least one acknowledged write found missing after a kill.
# Usage: expect_caught.sh CHIBO_CRASHTEST DIR
set -u
tool=${1:?usage: expect_caught.sh CHIBO_CRASHTEST DIR}
dir=${2:?usage: expect_caught.sh CHIBO_CRASHTEST DIR}
out=$("$tool" --kills 30 --seed 7 --dir "$dir" --ack-before-commit)
status=$?
echo "$out"
if [ "$status" -ne 1 ]; then
    echo "expected exit code 1 (inconsistent), got $status"
    exit 1
fi
if ! grep -qE '^inconsistent: seed 7 iteration [0-9]+: acknowledged [a-z]+/' <<<"$out"; then
    echo "expected a missing acknowledged write to be reported"
    exit 1
fi
if grep -qE '^30/30 consistent$' <<<"$out"; then
    echo "the broken run must not be reported consistent"
    exit 1
fi
echo "the broken variant was caught"
