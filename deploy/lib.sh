# Shared helpers of up.sh, down.sh and test.sh. Sourced, not run.
# Everything this project starts on a machine lives under $IWD_DATA (default .data/): data,
# logs, pid files. Only processes with a pid file there are ever stopped.

IWD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IWD_DATA=${IWD_DATA_DIR:-$IWD_ROOT/.data}
IWD_TOOLS_LIB=$IWD_ROOT/deploy/local-stack/target/lib
IWD_TOOLS_CP="$IWD_ROOT/deploy/local-stack/target/classes:$IWD_TOOLS_LIB/*"
IWD_SERVICES=(registry-service task-service reporting-service gateway)
# IWD_DB_PREFIX lets a second stack (deploy/smoke.sh) share the PostgreSQL server with its own databases.
IWD_DB_PREFIX=${IWD_DB_PREFIX:-iwd_}
export IWD_REGISTRY_DB_NAME=${IWD_DB_PREFIX}registry IWD_PLAN_DB_NAME=${IWD_DB_PREFIX}plan
export IWD_REPORTING_DB_NAME=${IWD_DB_PREFIX}reporting IWD_GATEWAY_DB_NAME=${IWD_DB_PREFIX}gateway
IWD_DATABASES=("$IWD_REGISTRY_DB_NAME" "$IWD_PLAN_DB_NAME" "$IWD_REPORTING_DB_NAME" "$IWD_GATEWAY_DB_NAME")
IWD_TEST_DATABASES=(iwd_test_registry iwd_test_plan iwd_test_reporting iwd_test_gateway)
mkdir -p "$IWD_DATA/logs" "$IWD_DATA/run"

log() { printf '[iwd] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

service_port() {
  case $1 in
    gateway) echo "${IWD_GATEWAY_PORT:-8080}" ;;
    registry-service) echo "${IWD_REGISTRY_PORT:-8081}" ;;
    task-service) echo "${IWD_TASK_PORT:-8082}" ;;
    reporting-service) echo "${IWD_REPORTING_PORT:-8083}" ;;
  esac
}

# Runs one of the small Java tools of deploy/local-stack.
tool() { java -cp "$IWD_TOOLS_CP" "vn.gialai.iwd.localstack.$1" "${@:2}"; }

pid_alive() { [ -f "$IWD_DATA/run/$1.pid" ] && kill -0 "$(cat "$IWD_DATA/run/$1.pid")" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# Starts a background process with a pid file and a log; NAME COMMAND...
start_process() {
  local name=$1; shift
  nohup "$@" >"$IWD_DATA/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$IWD_DATA/run/$name.pid"
}

# Stops a process we started (by its pid file) and waits for it to exit.
stop_process() {
  local name=$1 pidfile="$IWD_DATA/run/$1.pid" pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  fi
  rm -f "$pidfile"
}

# NAME COMMAND...: fails the whole script at once if process NAME died, else runs COMMAND.
alive_and() {
  pid_alive "$1" || die "$1 exited; see $IWD_DATA/logs/$1.log"
  "${@:2}"
}

wait_until() { # SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 $((seconds * 5))); do "$@" && return 0; sleep 0.2; done
  die "$what did not come up within ${seconds}s (logs: $IWD_DATA/logs/)"
}

build_tools_if_needed() {
  if [ ! -d "$IWD_TOOLS_LIB" ]; then
    log "building the local-stack tools (embedded PostgreSQL, Kafka broker)"
    (cd "$IWD_ROOT" && mvn -B -q -pl deploy/local-stack -am package -DskipTests) || die "tool build failed"
  fi
}

# PostgreSQL, in this order: IWD_DB_URL (external), the machine's on 127.0.0.1:5432 when it
# accepts user postgres, else a private embedded PostgreSQL from Maven artifacts under $IWD_DATA.
# IWD_DB_MODE=embedded skips the machine's PostgreSQL.
# Sets IWD_DB_HOST, IWD_DB_PORT, IWD_DB_USER, IWD_DB_PASSWORD; STARTED_POSTGRES=1 if it started one.
ensure_postgres() {
  STARTED_POSTGRES=0
  if [ -n "${IWD_DB_URL:-}" ]; then
    local hostport=${IWD_DB_URL#jdbc:postgresql://}; hostport=${hostport%%/*}
    IWD_DB_HOST=${hostport%%:*}; IWD_DB_PORT=${hostport##*:}
    [ "$IWD_DB_PORT" = "$hostport" ] && IWD_DB_PORT=5432
    IWD_DB_USER=${IWD_DB_USER:-postgres}
    db_ping || die "cannot connect to $IWD_DB_URL as $IWD_DB_USER"
    log "PostgreSQL: external $IWD_DB_HOST:$IWD_DB_PORT"
  else
    IWD_DB_HOST=127.0.0.1; IWD_DB_USER=postgres; IWD_DB_PASSWORD=${IWD_DB_PASSWORD:-}
    IWD_DB_PORT=5432
    if [ "${IWD_DB_MODE:-auto}" != embedded ] && port_open 127.0.0.1 5432 && db_ping; then
      log "PostgreSQL: the machine's on 127.0.0.1:5432"
    else
      IWD_DB_PORT=${IWD_EMBEDDED_PG_PORT:-55432}
      if ! pid_alive postgres; then
        log "PostgreSQL: starting an embedded one on 127.0.0.1:$IWD_DB_PORT (data in $IWD_DATA/pg)"
        mkdir -p "$IWD_DATA/pg"
        start_process postgres java -Xmx256m -Djava.io.tmpdir="$IWD_DATA/pg" -cp "$IWD_TOOLS_CP" \
          vn.gialai.iwd.localstack.EmbeddedPostgresServer "$IWD_DATA/pg/data" "$IWD_DB_PORT"
        STARTED_POSTGRES=1
      fi
      wait_until 120 "embedded PostgreSQL" alive_and postgres db_ping
      log "PostgreSQL: embedded on 127.0.0.1:$IWD_DB_PORT"
    fi
  fi
  export IWD_DB_HOST IWD_DB_PORT IWD_DB_USER IWD_DB_PASSWORD
}

db_ping() { IWD_DB_PASSWORD=${IWD_DB_PASSWORD:-} tool Databases ping "jdbc:postgresql://$IWD_DB_HOST:$IWD_DB_PORT/postgres" "$IWD_DB_USER" 2>/dev/null; }
db_admin() { tool Databases "$1" "jdbc:postgresql://$IWD_DB_HOST:$IWD_DB_PORT/postgres" "$IWD_DB_USER" "${@:2}"; }

# A single-node KRaft broker from the org.apache.kafka artifacts, data under $IWD_DATA/kafka.
# Reuses whatever broker already answers on IWD_KAFKA_BOOTSTRAP. STARTED_KAFKA=1 if it started one.
ensure_kafka() {
  STARTED_KAFKA=0
  IWD_KAFKA_BOOTSTRAP=${IWD_KAFKA_BOOTSTRAP:-127.0.0.1:9092}
  export IWD_KAFKA_BOOTSTRAP
  local host=${IWD_KAFKA_BOOTSTRAP%%:*} port=${IWD_KAFKA_BOOTSTRAP##*:}
  if port_open "$host" "$port"; then
    log "Kafka: broker already answering on $IWD_KAFKA_BOOTSTRAP"
    return 0
  fi
  [ "$host" = 127.0.0.1 ] || [ "$host" = localhost ] || die "no Kafka broker answers on $IWD_KAFKA_BOOTSTRAP"
  local dir=$IWD_DATA/kafka
  mkdir -p "$dir/logs"
  cat >"$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$((port + 1))
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$((port + 1))
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=6
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=-1
PROPS
  cat >"$dir/log4j2.properties" <<'PROPS'
rootLogger.level=INFO
rootLogger.appenderRef.stdout.ref=STDOUT
appender.stdout.type=Console
appender.stdout.name=STDOUT
appender.stdout.layout.type=PatternLayout
appender.stdout.layout.pattern=[%d] %p %m (%c)%n
logger.kafka.name=kafka
logger.kafka.level=INFO
logger.apache.name=org.apache.kafka
logger.apache.level=WARN
PROPS
  if [ ! -f "$dir/data/meta.properties" ]; then
    local cluster_id
    cluster_id=$(java -cp "$IWD_TOOLS_LIB/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    java -Dlog4j2.configurationFile="$dir/log4j2.properties" -cp "$IWD_TOOLS_LIB/*" kafka.tools.StorageTool \
      format --standalone -t "$cluster_id" -c "$dir/server.properties" >"$IWD_DATA/logs/kafka-format.log" 2>&1 \
      || die "formatting the Kafka storage failed (see $IWD_DATA/logs/kafka-format.log)"
  fi
  log "Kafka: starting a single-node KRaft broker on $IWD_KAFKA_BOOTSTRAP (data in $dir)"
  start_process kafka java -Xms128m -Xmx${IWD_KAFKA_HEAP:-384m} -XX:+UseG1GC \
    -Dlog4j2.configurationFile="$dir/log4j2.properties" -cp "$IWD_TOOLS_LIB/*" kafka.Kafka "$dir/server.properties"
  STARTED_KAFKA=1
  wait_until 90 "Kafka broker" alive_and kafka port_open "$host" "$port"
}
