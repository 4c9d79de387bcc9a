#!/usr/bin/env bash
# Peak resident memory of the stack (issue 13: ≤ 2.5 GB under the ingest benchmark's load) while a
# command runs: samples every process of the stack twice a second and prints each one's peak and the
# peak of their sum. Proportional set size (Pss), so that PostgreSQL's shared buffers, resident in every
# backend, count once. The benchmark client itself is not counted.
#   deploy/bench/rss-during.sh deploy/bench/ingest.sh
set -euo pipefail
source "$(dirname "$0")/stack-processes.sh"
sample() { # prints "name kB" per stack process
  local pid name
  while read -r pid name; do
    [ "$name" = bench ] && continue
    awk -v n="$name" '/^Pss:/ {print n, $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || true
  done < <(stack_processes)
}
"$@" &
command_pid=$!
peaks=$(mktemp)
while kill -0 "$command_pid" 2>/dev/null; do
  sample | awk '{sum[$1] += $2; total += $2} END {for (n in sum) print n, sum[n]; print "TOTAL", total}' >>"$peaks"
  sleep 0.5
done
wait "$command_pid"
echo "== peak proportional resident memory (Pss) while it ran, MB"
awk '{if ($2 > peak[$1]) peak[$1] = $2} END {for (n in peak) printf "%-20s %6.0f\n", n, peak[n] / 1024}' "$peaks" | sort
rm -f "$peaks"
