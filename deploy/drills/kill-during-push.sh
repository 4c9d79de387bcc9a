#!/usr/bin/env bash
# Drill 1 (docs/RELIABILITY.md): while 4 unit clients push new persons with Idempotency-Keys and retry,
# kill -9 the broker, then reporting-service, then registry-service, restarting each with deploy/up.sh.
# Passes when registry created every record once, reporting reconciles with registry (difference 0,
# checksum equal) and the indicators moved by exactly what was pushed.
#   deploy/drills/kill-during-push.sh            20,000 records, 100 a request, paced over about 70 s
#   DRILL_RECORDS=8000 DRILL_PAUSE_MS=300 deploy/drills/kill-during-push.sh
# Uses the stack of deploy/up.sh (starts it if needed) and leaves it running.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
"$here/../up.sh" >/dev/null
set -a; source "$IWD_DATA/stack.env"; source "$IWD_DATA/secrets.env"; set +a

records=${DRILL_RECORDS:-20000}
per_request=${DRILL_PER_REQUEST:-100}
pause_ms=${DRILL_PAUSE_MS:-1200}
log_file=$IWD_DATA/logs/drill-kill-during-push.log

kill_and_restart() { # NAME SECONDS_DOWN
  kill -0 "$pusher" 2>/dev/null || die "the push ended before $1 was killed: raise DRILL_PAUSE_MS or DRILL_RECORDS"
  local pid
  pid=$(cat "$IWD_DATA/run/$1.pid" 2>/dev/null) || die "no pid file for $1: was it started by deploy/up.sh?"
  log "drill: kill -9 $1 (pid $pid)"
  kill -9 "$pid"
  sleep "$2"
  log "drill: restarting $1"
  "$here/../up.sh" >/dev/null
}

java "$here/DrillPush.java" "$IWD_GATEWAY_URL" "$IWD_ADMIN_API_KEY" "$records" "$per_request" "$pause_ms" >"$log_file" 2>&1 &
pusher=$!
sleep 5
kill_and_restart kafka 5
sleep 3
kill_and_restart reporting-service 3
sleep 3
kill_and_restart registry-service 3
status=0
wait "$pusher" || status=$?
cat "$log_file"
exit "$status"
