#!/usr/bin/env bash
# End-to-end check of the assembled system, as an operator would run it: starts a second, private
# stack with deploy/up.sh (own data dir, ports 1808x, databases iwd_smoke_*, topics smoke.<run>.*) on the
# PostgreSQL and Kafka that deploy/test.sh prepared, drives it through the gateway with curl-like
# requests, the contract checks (deploy/contract/check.sh) and the browser tests of the public
# pages (deploy/browser/check.sh), then stops it. Called by
# deploy/test.sh after the module tests.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# Topics and consumer groups of their own per run: a broker that outlives a run (a developer's, shared)
# still holds the events of earlier smoke runs, which a fresh reporting database would count again.
run=$(date +%s)
export IWD_DATA_DIR=$here/../.data/smoke IWD_DB_PREFIX=iwd_smoke_ IWD_TOPIC_PREFIX=smoke.$run.
export IWD_GATEWAY_PORT=18080 IWD_REGISTRY_PORT=18081 IWD_TASK_PORT=18082 IWD_REPORTING_PORT=18083
# Pages are kept 1 s here (30 s by default), so the browser tests see their data without a long wait.
export IWD_PAGES_CACHE_TTL=1s
export IWD_DB_URL="jdbc:postgresql://$IWD_DB_HOST:$IWD_DB_PORT/postgres" IWD_REPORTING_GROUP_ID=smoke-reporting-$run IWD_PLAN_GROUP_ID=smoke-plan-$run
source "$here/lib.sh"

trap '"$here/down.sh" >/dev/null 2>&1 || true' EXIT
rm -rf "$IWD_DATA/run"; mkdir -p "$IWD_DATA/run"
"$here/up.sh" --fresh >"$IWD_DATA/logs/up.log" 2>&1 || { cat "$IWD_DATA/logs/up.log"; die "the smoke stack did not start"; }
set -a; source "$IWD_DATA/secrets.env"; set +a
gateway=http://127.0.0.1:$IWD_GATEWAY_PORT
passed=0 failed=0

# METHOD PATH KEY [BODY] → sets STATUS and BODY of the answer (java's HttpClient: no curl needed).
call() {
  local out
  out=$(java "$here/smoke/Http.java" "$1" "$gateway$2" "${3:-}" "${4:-}")
  STATUS=${out%%$'\n'*}
  BODY=${out#*$'\n'}
}
check() { # DESCRIPTION CONDITION...
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); log "ok: $what"; else failed=$((failed + 1)); log "FAILED: $what (status $STATUS: ${BODY:0:300})"; fi
}
has() { [[ $BODY == *"$1"* ]]; }
status_is() { [ "$STATUS" = "$1" ]; }
field() { sed -n "s/.*\"$1\" *: *\"\{0,1\}\([^\",}]*\).*/\1/p" <<<"$BODY" | head -n 1; }

call POST /api/v1/admin/clients "$IWD_ADMIN_API_KEY" '{"name": "smoke SO-YTE", "roles": ["submitter"], "units": ["SO-YTE"]}'
check "admin creates a submitter client" status_is 201
submitter=$(field apiKey)
call POST /api/v1/admin/clients "$IWD_ADMIN_API_KEY" '{"name": "smoke analyst", "roles": ["analyst"]}'
analyst=$(field apiKey)

call GET /api/v1/registry/units/SO-YTE/records ""
check "no key: 401 problem" status_is 401
call PUT /api/v1/registry/units/SO-GDDT/records/X-1 "$submitter" '{"fullName": "A"}'
check "another unit's records: 403" status_is 403

record='{"externalId": "HR-%s", "fullName": "Nguyễn Thị Hồng %s", "dateOfBirth": "1985-03-15", "gender": "F", "ethnicity": "10", "highestQualification": "%s", "sector": "HEALTH", "employment": "CIVIL_SERVANT", "meetsStandard": true, "effectiveDate": "2025-01-01"}'
batch="{\"records\": [$(printf "$record" 1 1 MASTER), $(printf "$record" 2 2 COLLEGE), $(printf "$record" 3 3 PRIMARY)]}"
call POST /api/v1/registry/units/SO-YTE/records/batch "$submitter" "$batch"
check "batch through the gateway: 2 created, 1 rejected" has '"created":2'
check "the rejection names the field and code" has '"code":"BELOW_COLLEGE"'

for _ in $(seq 1 40); do
  call GET /api/v1/reports/reconciliation "$analyst"
  has '"difference":0' && has '"registryPersons":2' && break
  sleep 0.5
done
check "reporting counted both persons and matches registry's checksum" has '"checksumMatches":true'
call GET /api/v1/reports/indicators "$analyst"
check "indicators: 2 college+, half university+" has '"numerator":1,"denominator":2'
call GET /api/v1/public/indicators ""
check "public indicators need no key and suppress small counts" has '"suppressed":true'
call GET /api/v1/plan/tasks "$analyst"
check "the plan's tasks are served" has '"code":"III.3"'
call GET /q/openapi ""
check "one OpenAPI document covers the services" has '/api/v1/registry/units/{unitCode}/records/batch'

# A disclosure threshold below the floor of 3 must stop reporting-service at start-up, naming the
# setting, rather than be clamped silently (docs/indicators.md §5).
refused() {
  local output
  output=$(IWD_SUPPRESSION_THRESHOLD=2 IWD_REPORTING_PORT=18093 timeout 90 \
    env -C "$here/../reporting-service/target/quarkus-app" java -Xmx128m -jar quarkus-run.jar 2>&1) && return 1
  [[ $output == *"iwd.reporting.suppression-threshold is 2; the service does not start below 3"* ]]
}
check "reporting refuses to start with a suppression threshold of 2" refused

printf 'smoke: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" = 0 ]

# The published contract, checked with the tools vendors use, against this same stack.
"$here/contract/check.sh" "$gateway"
# The public pages in a real browser (Chromium), against this same stack.
"$here/browser/check.sh" "$gateway"
# Fuzzing driven by the published OpenAPI document (Portman and Newman): thousands of requests, no 5xx.
"$here/fuzz/check.sh" "$gateway"
