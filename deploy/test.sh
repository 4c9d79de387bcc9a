#!/usr/bin/env bash
# Builds everything and runs every test against a real PostgreSQL and a real Kafka broker.
# Starts them if needed and stops only what it started. Tests use their own databases
# (iwd_test_*) and topics (test.*), so a running local stack is not disturbed.
# Then deploy/smoke.sh runs the assembled stack end to end through the gateway.
# Extra arguments go to Maven (and skip the smoke test), e.g. deploy/test.sh -pl registry-service -am
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cleanup() {
  [ "${STARTED_KAFKA:-0}" = 1 ] && stop_process kafka
  [ "${STARTED_POSTGRES:-0}" = 1 ] && stop_process postgres
  return 0
}
trap cleanup EXIT

cd "$IWD_ROOT"
build_tools_if_needed
ensure_postgres
ensure_kafka

log "recreating the test databases"
db_admin drop "${IWD_TEST_DATABASES[@]}"
db_admin create "${IWD_TEST_DATABASES[@]}"

log "building and testing (mvn verify)"
mvn -B -ntp verify "$@"

# The assembled system, started by the same scripts an operator uses; skipped for partial builds.
if [ $# -eq 0 ]; then
  log "end-to-end smoke test of the assembled stack"
  "$IWD_ROOT/deploy/smoke.sh"
fi
