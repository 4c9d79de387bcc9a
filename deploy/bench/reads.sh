#!/usr/bin/env bash
# Read benchmark (DESIGN §8): indicators and breakdowns at 16 connections through the gateway,
# with wrk, against the stack that deploy/up.sh runs (load data first with deploy/bench/ingest.sh).
# Also times a full export against PostgreSQL COPY ... TO STDOUT of the same rows, and a rebuild.
#   deploy/bench/reads.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
set -a; source "$IWD_DATA/stack.env"; source "$IWD_DATA/secrets.env"; set +a
analyst=$(java "$here/../smoke/Http.java" POST "$IWD_GATEWAY_URL/api/v1/admin/clients" "$IWD_ADMIN_API_KEY" \
  '{"name": "bench reader", "roles": ["analyst", "plan-admin"], "rateLimitPerSecond": 10000}' | sed -n 's/.*"apiKey":"\([^"]*\)".*/\1/p')

for path in /api/v1/reports/indicators "/api/v1/reports/breakdown?by=sector" "/api/v1/reports/breakdown?by=unit,qualification" \
    "/api/v1/reports/breakdown?by=ageBand,sector&gender=F"; do
  wrk -t2 -c16 -d5s -H "X-API-Key: $analyst" "$IWD_GATEWAY_URL$path" >/dev/null   # warm-up, not reported
  echo "== GET $path (16 connections, 15 s)"
  wrk -t2 -c16 -d15s --latency -H "X-API-Key: $analyst" "$IWD_GATEWAY_URL$path" | grep -E "Requests/sec|50%|99%|Non-2xx"
done

echo "== export of all persons (NDJSON through the gateway) vs COPY of person_state"
curl -s -H "X-API-Key: $analyst" "$IWD_GATEWAY_URL/api/v1/reports/export/persons?format=ndjson" >/dev/null   # warm-up
start=$(date +%s.%N)
rows=$(curl -s -H "X-API-Key: $analyst" "$IWD_GATEWAY_URL/api/v1/reports/export/persons?format=ndjson" | wc -l)
export_s=$(echo "$(date +%s.%N) - $start" | bc)
read -r copied copy_s < <(java -cp "$IWD_TOOLS_LIB/*" "$here/CopyOut.java" "jdbc:postgresql://$IWD_DB_HOST:$IWD_DB_PORT/${IWD_REPORTING_DB_NAME}?user=$IWD_DB_USER")
echo "export: $rows rows in ${export_s}s; COPY TO STDOUT: $copied rows in ${copy_s}s; ratio $(echo "scale=3; ($rows/$export_s)/($copied/$copy_s)" | bc)"

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
