#!/usr/bin/env bash
# Rebuild of reporting from a full replay (issue 10), against the stack that deploy/up.sh runs with data
# loaded (deploy/bench/ingest.sh): the time until reporting counts every person again, and the CPU seconds
# each process of the stack spent meanwhile. BENCH_JFR=1 also records reporting with JFR to
# .data/rebuild.jfr (read it with: java deploy/bench/JfrTop.java .data/rebuild.jfr 40).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
set -a; source "$IWD_DATA/stack.env"; source "$IWD_DATA/secrets.env"; set +a
key=$(java "$here/../smoke/Http.java" POST "$IWD_GATEWAY_URL/api/v1/admin/clients" "$IWD_ADMIN_API_KEY" \
  '{"name": "bench rebuild", "roles": ["analyst", "plan-admin"], "rateLimitPerSecond": 1000000}' | sed -n 's/.*"apiKey":"\([^"]*\)".*/\1/p')
[ -n "$key" ] || die "could not create the benchmark client (is the stack up?)"
persons=$(curl -s -H "X-API-Key: $key" "$IWD_GATEWAY_URL/api/v1/reports/reconciliation" | sed -n 's/.*"registryPersons":\([0-9]*\).*/\1/p')
if [ "${BENCH_JFR:-0}" = 1 ]; then
  jcmd "$(cat "$IWD_DATA/run/reporting-service.pid")" JFR.start duration=60s settings=profile filename="$IWD_DATA/rebuild.jfr" >/dev/null
fi
"$here/cpu-by-process.sh" > "$IWD_DATA/cpu-before"
start=$(date +%s.%N)
curl -s -X POST -H "X-API-Key: $key" "$IWD_GATEWAY_URL/api/v1/reports/admin/rebuild" >/dev/null
until curl -s -H "X-API-Key: $key" "$IWD_GATEWAY_URL/api/v1/reports/indicators" | grep -q "\"COLLEGE_PLUS_COUNT\",\"value\":$persons,"; do sleep 0.1; done
echo "rebuild: reporting counted all $persons persons again after $(echo "$(date +%s.%N) - $start" | bc)s"
"$here/cpu-by-process.sh" > "$IWD_DATA/cpu-after"
echo "CPU seconds meanwhile: $(join "$IWD_DATA/cpu-before" "$IWD_DATA/cpu-after" | awk '{printf "%s %.1f  ", $1, $3 - $2}')"
