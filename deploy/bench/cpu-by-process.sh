#!/usr/bin/env bash
# CPU seconds used so far by each process of the stack (summed over its processes), from /proc.
# Run before and after a benchmark and subtract, e.g.:
#   deploy/bench/cpu-by-process.sh > before; deploy/bench/ingest.sh; deploy/bench/cpu-by-process.sh > after
#   join before after | awk '{printf "%s %.1f s\n", $1, $3 - $2}'
set -euo pipefail
source "$(dirname "$0")/stack-processes.sh"
ticks=$(getconf CLK_TCK)
declare -A used
while read -r pid name; do
  read -r -a stat < "/proc/$pid/stat" 2>/dev/null || continue
  used[$name]=$(( ${used[$name]:-0} + stat[13] + stat[14] ))
done < <(stack_processes)
for name in "${!used[@]}"; do
  awk -v n="$name" -v t="${used[$name]}" -v hz="$ticks" 'BEGIN {printf "%s %.2f\n", n, t / hz}'
done | sort
