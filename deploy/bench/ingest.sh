#!/usr/bin/env bash
# Ingest benchmark, side by side with PostgreSQL COPY of the same rows (DESIGN §8).
#   deploy/bench/ingest.sh            150,000 records (BENCH_RECORDS to change)
# Starts the stack with deploy/up.sh if needed; leaves it running. Results go to stdout.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
"$here/../up.sh" >/dev/null
set -a; source "$IWD_DATA/stack.env"; source "$IWD_DATA/secrets.env"; set +a
db_url="jdbc:postgresql://$IWD_DB_HOST:$IWD_DB_PORT/iwd_bench?user=$IWD_DB_USER"
db_admin create iwd_bench >/dev/null
BENCH_JDBC_URL=$db_url java -Xmx2g -cp "$IWD_TOOLS_LIB/*" "$here/IngestBench.java"
