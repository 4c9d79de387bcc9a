#!/usr/bin/env bash
# Read benchmark (issue 13), against the stack that deploy/up.sh runs (load data first with
# deploy/bench/ingest.sh). Every figure is side by side with a baseline measured in the same run:
#  - wrk at 16 connections, warm, through the gateway: the gateway's own liveness probe (the
#    baseline: no proxying, no key), then indicators and two-way breakdowns with the portal's and an
#    analyst's key and without a key; requests/s as a ratio of the probe's, p50, p99, non-2xx;
#  - the NDJSON export of all persons through the gateway against PostgreSQL COPY ... TO STDOUT;
#  - a rebuild of reporting from a full replay.
#   deploy/bench/reads.sh                 all of it
#   BENCH_READS_ONLY=1 deploy/bench/reads.sh   only the wrk part
# Settings: BENCH_SECONDS (15), BENCH_CONNECTIONS (16), BENCH_WARMUP_SECONDS (60 at most; see warm_up).
# The requests without a key all come from 127.0.0.1, one address, limited to 50/s by default: start
# the stack for this benchmark with IWD_ANONYMOUS_RATE_LIMIT=1000000 deploy/up.sh (checked below).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
set -a; source "$IWD_DATA/stack.env"; source "$IWD_DATA/secrets.env"; set +a
seconds=${BENCH_SECONDS:-15}
connections=${BENCH_CONNECTIONS:-16}
max_warmup=${BENCH_WARMUP_SECONDS:-60}

# Clients created for this run, with a rate limit far above anything 16 connections reach here: a 429
# is then a bug, not the limit doing its job.
new_key() { # NAME ROLES_JSON
  java "$here/../smoke/Http.java" POST "$IWD_GATEWAY_URL/api/v1/admin/clients" "$IWD_ADMIN_API_KEY" \
    "{\"name\": \"$1\", \"roles\": $2, \"rateLimitPerSecond\": 1000000}" | sed -n 's/.*"apiKey":"\([^"]*\)".*/\1/p'
}
analyst=$(new_key "bench analyst" '["analyst", "plan-admin"]')
portal=$(new_key "bench portal" '["portal"]')
[ -n "$analyst" ] && [ -n "$portal" ] || die "could not create the benchmark clients (is the stack up?)"

# The gateway's own setting, read from its process: a default limit would turn the anonymous row into
# a measurement of 429s.
gateway_pid=$(cat "$IWD_DATA/run/gateway.pid" 2>/dev/null || true)
anonymous_rate=$(tr '\0' '\n' <"/proc/${gateway_pid:-0}/environ" 2>/dev/null | sed -n 's/^IWD_ANONYMOUS_RATE_LIMIT=//p')
[ "${anonymous_rate:-0}" -ge 1000000 ] 2>/dev/null \
  || die "the gateway limits requests without a key to ${anonymous_rate:-50}/s per address; restart it with IWD_ANONYMOUS_RATE_LIMIT=1000000 (deploy/down.sh; IWD_ANONYMOUS_RATE_LIMIT=1000000 deploy/up.sh)"

rate_of() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p'; }

# Warm means compiled. On a just-started stack the first proxied GET rose from 300 to 3,300 requests/s
# over 30 s while the JIT compiled the path on the same two cores that served it, and the next path, sharing
# most of that code, ran at 7,000-10,000/s from its first second; a rule stopping at the first two similar
# 5 s slices stopped within that climb. So every path is first loaded in turn, in 5 s slices until a slice
# is within 10 % of the one before (at most BENCH_WARMUP_SECONDS each), and measured only in a second
# pass over all of them (after 5 s more of each).
warm_up() { # WRK-ARGS...: prints the seconds it took
  local previous=0 rate elapsed=0
  while [ "$elapsed" -lt "$max_warmup" ]; do
    rate=$(wrk -t2 -c"$connections" -d5s "$@" | rate_of)
    elapsed=$((elapsed + 5))
    awk -v a="$previous" -v b="$rate" 'BEGIN {exit !(a > 0 && b >= 0.9 * a && b <= 1.1 * a)}' && break
    previous=$rate
  done
  echo "$elapsed"
}

# label|key|path; the probe runs first and last, and the baseline is their mean, so a machine slowing
# down during the run shows as a gap between the two instead of skewing every ratio.
paths=("probe GET /q/health/live (first)||/q/health/live"
  "GET /api/v1/reports/indicators (portal)|$portal|/api/v1/reports/indicators"
  "GET /api/v1/reports/breakdown?by=sector,qualification (portal)|$portal|/api/v1/reports/breakdown?by=sector,qualification"
  "GET /api/v1/reports/indicators (analyst)|$analyst|/api/v1/reports/indicators"
  "GET /api/v1/reports/breakdown?by=sector,qualification (analyst)|$analyst|/api/v1/reports/breakdown?by=sector,qualification"
  "GET /api/v1/reports/breakdown?by=unit,qualification (analyst)|$analyst|/api/v1/reports/breakdown?by=unit,qualification"
  "GET /api/v1/public/indicators (no key)||/api/v1/public/indicators"
  "probe GET /q/health/live (last)||/q/health/live")
wrk_args() { # KEY PATH
  [ -n "$1" ] && printf '%s\n' -H "X-API-Key: $1"
  printf '%s\n' "$IWD_GATEWAY_URL$2"
}

echo "== $connections connections, ${seconds} s each once warm, through the gateway ($IWD_GATEWAY_URL)"
warmed=()
for entry in "${paths[@]}"; do
  IFS='|' read -r label key path <<<"$entry"
  mapfile -t args < <(wrk_args "$key" "$path")
  warmed+=("$(warm_up "${args[@]}")")
done
results=()
for i in "${!paths[@]}"; do # one line "label|req/s|p50|p99|non-2xx|warm-up s"
  IFS='|' read -r label key path <<<"${paths[$i]}"
  mapfile -t args < <(wrk_args "$key" "$path")
  wrk -t2 -c"$connections" -d5s "${args[@]}" >/dev/null
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "${args[@]}")
  results+=("$label|$(echo "$out" | rate_of)|$(echo "$out" | awk '$1 == "50%" {print $2}')|$(echo "$out" | awk '$1 == "99%" {print $2}')|$(echo "$out" | sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' | grep . || echo 0)|${warmed[$i]}")
done
baseline=$(printf '%s\n' "${results[0]}" "${results[${#results[@]}-1]}" | awk -F'|' '{sum += $2} END {printf "%.0f", sum / 2}')
printf '%-62s %10s %8s %9s %9s %8s %9s\n' "request" "req/s" "x probe" "p50" "p99" "non-2xx" "warm-up"
for line in "${results[@]}"; do
  IFS="|" read -r label rate p50 p99 errors warm_s <<<"$line"
  printf '%-62s %10s %8s %9s %9s %8s %8ss\n' "$label" "$rate" "$(echo "scale=3; $rate / $baseline" | bc)" "$p50" "$p99" "$errors" "$warm_s"
done
[ "${BENCH_READS_ONLY:-0}" = 1 ] && exit 0

echo "== export of all persons (NDJSON through the gateway) vs COPY (SELECT row_to_json(p) FROM person_state p) TO STDOUT"
curl -s -H "X-API-Key: $analyst" "$IWD_GATEWAY_URL/api/v1/reports/export/persons?format=ndjson" >/dev/null   # warm-up
# Issue 13: an export must not hold the persons in memory, so the resident memory of the two processes
# it streams through is sampled during the exports (5 times a second) and compared with before them.
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$(cat "$IWD_DATA/run/$1.pid")/status" 2>/dev/null || echo 0; }
rss_before="reporting $(rss_mb reporting-service) MB, gateway $(rss_mb gateway) MB"
rss_samples=$(mktemp)
(while :; do echo "$(rss_mb reporting-service) $(rss_mb gateway)" >>"$rss_samples"; sleep 0.2; done) &
rss_sampler=$!
trap 'kill "$rss_sampler" 2>/dev/null; rm -f "$rss_samples"' EXIT   # also when an export or COPY fails
for run in 1 2 3; do
  start=$(date +%s.%N)
  rows=$(curl -s -H "X-API-Key: $analyst" "$IWD_GATEWAY_URL/api/v1/reports/export/persons?format=ndjson" | wc -l)
  export_s=$(echo "$(date +%s.%N) - $start" | bc)
  read -r copied copy_s < <(java -cp "$IWD_TOOLS_LIB/*" "$here/CopyOut.java" "jdbc:postgresql://$IWD_DB_HOST:$IWD_DB_PORT/${IWD_REPORTING_DB_NAME}?user=$IWD_DB_USER")
  echo "run $run: export $rows rows in ${export_s}s; COPY: $copied rows in ${copy_s}s; ratio $(echo "scale=3; ($rows/$export_s)/($copied/$copy_s)" | bc)"
done
kill "$rss_sampler"
echo "resident memory before the exports: $rss_before; peak during them: $(awk '$1 > r {r = $1} $2 > g {g = $2} END {printf "reporting %d MB, gateway %d MB", r, g}' "$rss_samples")"

echo "== rebuild of reporting from a full replay"
# Counted persons polled on the cheap indicators; the reconciliation checksum (a scan of both person
# tables) only confirms, so that the probe does not slow down the rebuild it measures.
persons=$(curl -s -H "X-API-Key: $analyst" "$IWD_GATEWAY_URL/api/v1/reports/reconciliation" | sed -n 's/.*"registryPersons":\([0-9]*\).*/\1/p')
start=$(date +%s.%N)
curl -s -X POST -H "X-API-Key: $analyst" "$IWD_GATEWAY_URL/api/v1/reports/admin/rebuild" >/dev/null
until curl -s -H "X-API-Key: $analyst" "$IWD_GATEWAY_URL/api/v1/reports/indicators" | grep -q "\"COLLEGE_PLUS_COUNT\",\"value\":$persons,"; do sleep 0.1; done
counted=$(date +%s.%N)
curl -s -H "X-API-Key: $analyst" "$IWD_GATEWAY_URL/api/v1/reports/reconciliation" | grep -q '"difference":0.*"checksumMatches":true' \
  || echo "WARNING: reconciliation does not match after the rebuild"
echo "rebuild: reporting counted all $persons persons again after $(echo "$counted - $start" | bc)s"
