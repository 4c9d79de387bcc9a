#!/usr/bin/env bash
# What OpenTelemetry costs a read (issue 14): the stack restarted with the SDK on (as deployed: spans made
# and propagated, none exported) and with QUARKUS_OTEL_SDK_DISABLED=true, alternately twice; each time
# deploy/bench/reads.sh (reads only, 10 s a path) runs twice and the second run is reported. Data must be
# loaded (deploy/bench/ingest.sh). Takes about 30 minutes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for variant in on off on off; do
  "$here/../down.sh" >/dev/null
  if [ "$variant" = off ]; then export QUARKUS_OTEL_SDK_DISABLED=true; else unset QUARKUS_OTEL_SDK_DISABLED; fi
  IWD_ANONYMOUS_RATE_LIMIT=1000000 "$here/../up.sh" >/dev/null
  BENCH_SECONDS=10 BENCH_READS_ONLY=1 "$here/reads.sh" >/dev/null
  echo "== OpenTelemetry SDK $variant"
  BENCH_SECONDS=10 BENCH_READS_ONLY=1 "$here/reads.sh" | tail -n 9
done
