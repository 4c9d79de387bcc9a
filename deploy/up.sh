#!/usr/bin/env bash
# Takes the system from nothing to four ready services on this machine, without Docker:
# PostgreSQL (the machine's, an external one, or an embedded one), a single-node Kafka broker,
# then registry, task, reporting and the gateway. Run again, it starts only what is not running.
#   deploy/up.sh            build what is not built, start what is not running
#   deploy/up.sh --fresh    first wipe the project's databases and the broker's data
#   deploy/up.sh --build    rebuild the services even if they are built
set -euo pipefail
source "$(dirname "$0")/lib.sh"

fresh=0 build=0
for arg in "$@"; do
  case $arg in
    --fresh) fresh=1 ;;
    --build) build=1 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) die "unknown option $arg (see --help)" ;;
  esac
done
cd "$IWD_ROOT"

needs_build=$build
for svc in "${IWD_SERVICES[@]}"; do
  [ -f "$svc/target/quarkus-app/quarkus-run.jar" ] || needs_build=1
done
[ -d "$IWD_TOOLS_LIB" ] || needs_build=1
if [ "$needs_build" = 1 ]; then
  log "building (mvn package, tests skipped: deploy/test.sh runs them)"
  mvn -B -ntp -q package -DskipTests || die "build failed"
fi

if [ "$fresh" = 1 ]; then
  for svc in "${IWD_SERVICES[@]}"; do stop_process "$svc"; done
  if pid_alive kafka; then stop_process kafka; fi
  log "--fresh: wiping the broker's data"
  rm -rf "$IWD_DATA/kafka"
fi

ensure_postgres
if [ "$fresh" = 1 ]; then
  log "--fresh: dropping ${IWD_DATABASES[*]}"
  db_admin drop "${IWD_DATABASES[@]}"
fi
db_admin create "${IWD_DATABASES[@]}"
ensure_kafka

# Per-machine secrets, generated once and never committed. Environment variables win.
secrets=$IWD_DATA/secrets.env
touch "$secrets" && chmod 600 "$secrets"
random_secret() { head -c 32 /dev/urandom | base64 | tr -d '\n=+/'; }
for name in IWD_NATIONAL_ID_HMAC_KEY IWD_PSEUDONYM_KEY; do
  grep -q "^$name=" "$secrets" || echo "$name=$(random_secret)" >>"$secrets"
done
for name in IWD_ADMIN_API_KEY IWD_REPORTING_API_KEY; do
  grep -q "^$name=" "$secrets" || echo "$name=iwd_$(random_secret)" >>"$secrets"
done
while IFS='=' read -r key value; do
  [ -n "${!key:-}" ] || export "$key=$value"
done <"$secrets"
tool SigningKeys "$IWD_DATA/keys"

export IWD_HTTP_HOST=${IWD_HTTP_HOST:-127.0.0.1}
export IWD_TOKEN_PUBLIC_KEY_LOCATION=${IWD_TOKEN_PUBLIC_KEY_LOCATION:-file:$IWD_DATA/keys/token-public.pem}
export IWD_TOKEN_PRIVATE_KEY_LOCATION=${IWD_TOKEN_PRIVATE_KEY_LOCATION:-file:$IWD_DATA/keys/token-private.pem}
export IWD_REGISTRY_URL=${IWD_REGISTRY_URL:-http://127.0.0.1:$(service_port registry-service)}
export IWD_TASK_URL=${IWD_TASK_URL:-http://127.0.0.1:$(service_port task-service)}
export IWD_REPORTING_URL=${IWD_REPORTING_URL:-http://127.0.0.1:$(service_port reporting-service)}
export IWD_GATEWAY_URL=${IWD_GATEWAY_URL:-http://127.0.0.1:$(service_port gateway)}

http_ready() { # PORT: is /q/health/ready answering 200?
  (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 \
    && head -n 1 <&3 | grep -q ' 200') 2>/dev/null
}

declare -A started_at
for svc in "${IWD_SERVICES[@]}"; do
  if pid_alive "$svc"; then
    log "$svc: already running (pid $(cat "$IWD_DATA/run/$svc.pid"))"
    continue
  fi
  port=$(service_port "$svc")
  port_open 127.0.0.1 "$port" && die "port $port is taken by a process this project did not start"
  log "$svc: starting on port $port"
  # The class-data archive the build made (quarkus.package.jar.appcds) saves loading and verifying the
  # same classes at every start; the JVM uses it only when started from the application's directory,
  # with the class path it was made with.
  cds=()
  [ -f "$svc/target/quarkus-app/app-cds.jsa" ] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
  started_at[$svc]=$(date +%s.%N)
  # The zone is explicit, as in deploy/k8s/config.yaml, whatever this machine's is (log time stamps;
  # business dates use the services' own Asia/Ho_Chi_Minh clock).
  start_process "$svc" env -C "$svc/target/quarkus-app" TZ=Asia/Ho_Chi_Minh java -Duser.timezone=Asia/Ho_Chi_Minh \
    -Diwd.service="$svc" -Xmx${IWD_SERVICE_HEAP:-256m} -XX:+UseSerialGC "${cds[@]}" -jar quarkus-run.jar
done
for svc in "${IWD_SERVICES[@]}"; do
  port=$(service_port "$svc")
  wait_until 90 "$svc" http_ready "$port"
  [ -n "${started_at[$svc]:-}" ] && log "$svc: ready $(echo "$(date +%s.%N) - ${started_at[$svc]}" | bc | xargs printf '%.1f') s after its start"
done

cat >"$IWD_DATA/stack.env" <<ENV
IWD_DB_HOST=$IWD_DB_HOST
IWD_DB_PORT=$IWD_DB_PORT
IWD_DB_USER=$IWD_DB_USER
IWD_KAFKA_BOOTSTRAP=$IWD_KAFKA_BOOTSTRAP
IWD_GATEWAY_URL=$IWD_GATEWAY_URL
IWD_REGISTRY_URL=$IWD_REGISTRY_URL
IWD_TASK_URL=$IWD_TASK_URL
IWD_REPORTING_URL=$IWD_REPORTING_URL
ENV

cat <<MSG
IWD is up.
  API (gateway):   $IWD_GATEWAY_URL/api/v1
  API docs:        $IWD_GATEWAY_URL/q/swagger-ui   (OpenAPI: $IWD_GATEWAY_URL/q/openapi)
  Services:        registry $IWD_REGISTRY_URL, tasks $IWD_TASK_URL, reporting $IWD_REPORTING_URL
  Admin API key:   in $IWD_DATA/secrets.env (IWD_ADMIN_API_KEY)
  Stack settings:  $IWD_DATA/stack.env    Logs: $IWD_DATA/logs/    Stop: deploy/down.sh
MSG
