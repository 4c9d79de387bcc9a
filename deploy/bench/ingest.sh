#!/usr/bin/env bash
# Ingest benchmark, side by side with PostgreSQL COPY of the same rows (DESIGN §8).
#   deploy/bench/ingest.sh            150,000 records (BENCH_RECORDS to change)
# then the same records again (all unchanged), vs the same COPY baseline. Further settings:
#   BENCH_PUSHES=5           five pushes of fresh record sets; last push's rate vs the first's
#   BENCH_DIRTY_PERCENT=2    2% of the records carry one bad value each and must come back rejected
#   BENCH_REGISTRY_PID       registry heap after each push (jcmd); set from the registry's pid file
# Starts the stack with deploy/up.sh if needed; leaves it running. Results go to stdout.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
"$here/../up.sh" >/dev/null
set -a; source "$IWD_DATA/stack.env"; source "$IWD_DATA/secrets.env"; set +a
db_url="jdbc:postgresql://$IWD_DB_HOST:$IWD_DB_PORT/iwd_bench?user=$IWD_DB_USER"
db_admin create iwd_bench >/dev/null
if [ -z "${BENCH_REGISTRY_PID:-}" ] && [ -f "$IWD_DATA/run/registry-service.pid" ]; then
  export BENCH_REGISTRY_PID=$(cat "$IWD_DATA/run/registry-service.pid")
fi
BENCH_JDBC_URL=$db_url java -Xmx2g -cp "$IWD_TOOLS_LIB/*" "$here/IngestBench.java"
