#!/usr/bin/env bash
# Drill 3 (docs/RELIABILITY.md): two reporting-service replicas in one consumer group. While 4 unit
# clients push new persons, kill -9 the second replica, start it again, then kill -9 the first (the
# one behind the gateway) and restart it: each time the other takes the partitions over. Passes when
# the figures are exact (DrillPush: every record created once, reconciliation 0, indicators moved by
# exactly what was pushed), each replica's log shows it took partitions over, and after one more push
# with both running, the cached public answers of both replicas follow the data within
# iwd.reporting.data-version-check-interval (1 s) plus a poll.
#   deploy/drills/two-reporting-replicas.sh      16,000 records, 100 a request, paced over about 50 s
# Uses the stack of deploy/up.sh (starts it if needed), leaves it running and stops the second replica.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
"$here/../up.sh" >/dev/null
set -a; source "$IWD_DATA/stack.env"; source "$IWD_DATA/secrets.env"; set +a

records=${DRILL_RECORDS:-16000}
per_request=${DRILL_PER_REQUEST:-100}
pause_ms=${DRILL_PAUSE_MS:-1000}
second_port=${DRILL_SECOND_PORT:-8093}
first_url=$IWD_REPORTING_URL
second_url=http://127.0.0.1:$second_port
first_log=$IWD_DATA/logs/reporting-service.log
second_log=$IWD_DATA/logs/reporting-service-2.log
push_log=$IWD_DATA/logs/drill-two-replicas.log

ready() { curl -fsS -o /dev/null "$1/q/health/ready"; }
start_second() {
  log "drill: starting a second reporting-service replica on port $second_port"
  start_process reporting-service-2 env -C "$IWD_ROOT/reporting-service/target/quarkus-app" IWD_REPORTING_PORT="$second_port" \
    IWD_HTTP_HOST=127.0.0.1 IWD_TOKEN_PUBLIC_KEY_LOCATION="file:$IWD_DATA/keys/token-public.pem" \
    java -Diwd.service=reporting-service -Xmx${IWD_SERVICE_HEAP:-256m} -XX:+UseSerialGC -jar quarkus-run.jar
  wait_until 90 "second reporting replica" alive_and reporting-service-2 ready "$second_url"
}
kill_replica() { # PID-FILE-NAME
  kill -0 "$pusher" 2>/dev/null || die "the push ended before $1 was killed: raise DRILL_PAUSE_MS or DRILL_RECORDS"
  local pid
  pid=$(cat "$IWD_DATA/run/$1.pid")
  log "drill: kill -9 $1 (pid $pid)"
  kill -9 "$pid"
  rm -f "$IWD_DATA/run/$1.pid"
}
assigned_after() { # LOG-FILE LINE: the replica logged a new assignment after that line
  tail -n "+$2" "$1" | grep -q 'partitions assigned: \[.\+\]'
}
trap 'stop_process reporting-service-2' EXIT

pid_alive reporting-service-2 && stop_process reporting-service-2
start_second

java "$here/DrillPush.java" "$IWD_GATEWAY_URL" "$IWD_ADMIN_API_KEY" "$records" "$per_request" "$pause_ms" >"$push_log" 2>&1 &
pusher=$!
sleep 8
kill_replica reporting-service-2
sleep 10
start_second
sleep 6
second_mark=$(wc -l <"$second_log")
kill_replica reporting-service
sleep 3
log "drill: restarting the first replica"
"$here/../up.sh" >/dev/null
status=0
wait "$pusher" || status=$?
cat "$push_log"
[ "$status" = 0 ] || die "DRILL FAILED: the figures are not exact with two replicas"

# The first replica's log began again at its restart: it must show partitions given to it since.
grep -q 'partitions assigned: \[.\+\]' "$first_log" || die "the restarted first replica was never given partitions"
assigned_after "$second_log" "$second_mark" || die "the second replica did not take over the first one's partitions"
log "drill: each replica took over the other's partitions (see 'partitions assigned' in their logs)"

# Both replicas' caches follow the data: warm both, push again, then both must answer the new figures.
before=$(curl -fsS "$first_url/api/v1/public/indicators")
[ "$before" = "$(curl -fsS "$second_url/api/v1/public/indicators")" ] || die "the two replicas answer differently"
java "$here/DrillPush.java" "$IWD_GATEWAY_URL" "$IWD_ADMIN_API_KEY" 2000 100 0 >"$push_log" 2>&1 \
  || { cat "$push_log"; die "DRILL FAILED: the second push was not counted exactly"; }
acknowledged=$(date +%s.%N)
for _ in $(seq 1 30); do
  first=$(curl -fsS "$first_url/api/v1/public/indicators")
  second=$(curl -fsS "$second_url/api/v1/public/indicators")
  [ "$first" != "$before" ] && [ "$first" = "$second" ] && break
  sleep 0.1
done
[ "$first" != "$before" ] && [ "$first" = "$second" ] \
  || die "DRILL FAILED: a replica still serves the answer cached before the second push"
log "drill: both replicas serve the new figures $(echo "$(date +%s.%N) - $acknowledged" | bc | xargs printf '%.1f') s after reconciliation"
echo "DRILL PASSED: two replicas, each killed once, figures exact, both caches followed the data"
