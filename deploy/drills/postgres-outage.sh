#!/usr/bin/env bash
# Drill 2 (docs/RELIABILITY.md): PostgreSQL stops for DRILL_OUTAGE_SECONDS (10) and starts again while
# clients read indicators and write records through the gateway. Passes when every answer during the
# outage is a 503 problem with Retry-After (never another 5xx, never a hang past 15 s), each service's
# readiness goes DOWN and back UP, and the services serve again without a restart.
#   deploy/drills/postgres-outage.sh
# Needs the machine's PostgreSQL cluster (pg_ctlcluster, DRILL_PG_CLUSTER="15 main") and the stack of
# deploy/up.sh (started if needed). Every database on the server goes down: run nothing else meanwhile.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
"$here/../up.sh" >/dev/null
set -a; source "$IWD_DATA/stack.env"; source "$IWD_DATA/secrets.env"; set +a
read -r -a cluster <<<"${DRILL_PG_CLUSTER:-15 main}"
outage=${DRILL_OUTAGE_SECONDS:-10}
log_file=$IWD_DATA/logs/drill-postgres-outage.log

ready_urls=()
for svc in "${IWD_SERVICES[@]}"; do
  ready_urls+=("http://127.0.0.1:$(service_port "$svc")/q/health/ready")
done
java "$here/DrillProbe.java" "$IWD_GATEWAY_URL" "$IWD_ADMIN_API_KEY" $((outage + 45)) "${ready_urls[@]}" >"$log_file" 2>&1 &
probe=$!
sleep 10
log "drill: stopping PostgreSQL ${cluster[*]} for $outage s"
pg_ctlcluster "${cluster[@]}" stop -m fast
sleep "$outage"
pg_ctlcluster "${cluster[@]}" start
log "drill: PostgreSQL started again"
status=0
wait "$probe" || status=$?
cat "$log_file"
exit "$status"
