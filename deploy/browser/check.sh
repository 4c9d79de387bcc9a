#!/usr/bin/env bash
# Browser tests of the public pages (dashboard at /, annual report at /annual/{year}) against a
# running stack: Selenium with Debian's chromium and chromium-driver (installed here when missing),
# axe-core from npm (package-lock.json). Screenshots, axe reports and the printed PDF are kept
# under deploy/browser/target/artifacts.
# Usage: deploy/browser/check.sh [gateway URL]   (IWD_ADMIN_API_KEY of that stack in the environment)
# Called by deploy/smoke.sh on its private stack.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gateway=${1:-http://127.0.0.1:${IWD_GATEWAY_PORT:-8080}}
cd "$here"
log() { printf '[browser] %s\n' "$*"; }
[ -n "${IWD_ADMIN_API_KEY:-}" ] || { echo "IWD_ADMIN_API_KEY is needed" >&2; exit 2; }

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing Debian's chromium and chromium-driver"
  command -v apt-get >/dev/null || { echo "chromium and chromium-driver are needed (Debian packages)" >&2; exit 2; }
  { apt-get install -y -qq chromium chromium-driver || { apt-get update -qq && apt-get install -y -qq chromium chromium-driver; }; } >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  log "installing axe-core (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules
fi
log "Selenium + Chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}') against $gateway"
mvn -B -ntp -q -f pom.xml verify -Diwd.gateway.url="$gateway"
log "all browser checks passed (artifacts: deploy/browser/target/artifacts)"
