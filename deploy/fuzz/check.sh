#!/usr/bin/env bash
# Fuzzing driven by the published OpenAPI document, against a running stack: Portman (npm
# @apideck/portman) turns the gateway's /q/openapi into a Postman collection with its fuzzing
# variations, Newman sends it once per caller (no key, a made-up key, a key of each role) and
# mutation (mutate.js: wrong types, malformed bodies, boundary queries, junk path values, deep
# nesting); any 5xx answer fails, printed with its operation, request and answer (run.js).
# Usage: deploy/fuzz/check.sh [gateway URL]   (IWD_ADMIN_API_KEY of that stack in the environment)
# Called by deploy/smoke.sh on its private stack; the report is in deploy/fuzz/target/report.json.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gateway=${1:-http://127.0.0.1:${IWD_GATEWAY_PORT:-8080}}
cd "$here"
log() { printf '[fuzz] %s\n' "$*"; }
[ -n "${IWD_ADMIN_API_KEY:-}" ] || { echo "IWD_ADMIN_API_KEY is needed" >&2; exit 2; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  log "installing the npm tools (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules
fi
log "Portman $(node -p 'require("@apideck/portman/package.json").version') and Newman $(node -p 'require("newman/package.json").version') against $gateway"
node run.js "$gateway"
