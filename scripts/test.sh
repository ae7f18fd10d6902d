#!/usr/bin/env bash
# `npm test`: every workspace's tests, the type check, Biome and dependency-cruiser through turbo, two at a time.
# The tasks' output interleaves, so a failure early in a long run scrolls far out of sight; when a task fails,
# this repeats the end of each failed task's output (turbo prefixes every line with "<package>:<task>: ").
set -uo pipefail
export TURBO_TELEMETRY_DISABLED=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
turbo run test types lint deps --concurrency=2 --continue "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  failed=$(sed -n 's/^ *Failed: *//p' "$log" | tr -s ' ,' '\n' | sed 's/#/:/' | grep -v '^$')
  for task in $failed; do
    echo
    echo "===== the last 120 lines of ${task} (failed) ====="
    grep -F "${task}: " "$log" | tail -n 120
  done
fi
exit "$status"
