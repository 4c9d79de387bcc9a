#!/usr/bin/env bash
# Drill 4 (docs/RELIABILITY.md): registry's database becomes read-only (what a full disk or a late
# failover looks like to the service) while a client writes. Passes when writes answer 503 problem+json
# with Retry-After, nothing is half-written, and after the database is writable again the same writes
# succeed, the outbox relay resumes and reporting reconciles with registry.
#   deploy/drills/read-only-database.sh
# Uses the stack of deploy/up.sh (started if needed) and leaves it running.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
"$here/../up.sh" >/dev/null
set -a; source "$IWD_DATA/stack.env"; source "$IWD_DATA/secrets.env"; set +a
java -cp "$IWD_TOOLS_LIB/*" "$here/DrillReadOnly.java" "$IWD_GATEWAY_URL" "$IWD_ADMIN_API_KEY" \
  "jdbc:postgresql://$IWD_DB_HOST:$IWD_DB_PORT/postgres" "$IWD_DB_USER" "$IWD_REGISTRY_DB_NAME"
