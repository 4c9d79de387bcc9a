#!/usr/bin/env bash
# Stops exactly what deploy/up.sh started (by pid file), services first; keeps all data.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
for name in gateway reporting-service task-service registry-service kafka postgres; do
  stop_process "$name"
done
log "stopped; data kept in $IWD_DATA (deploy/up.sh --fresh wipes it)"
