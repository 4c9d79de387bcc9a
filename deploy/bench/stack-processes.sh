# Sourced by the benchmark scripts: prints "PID NAME" for every process of the stack that deploy/up.sh
# runs (services by their -Diwd.service, the broker, PostgreSQL) and the ingest benchmark's client.
stack_processes() {
  local dir cmd name
  for dir in /proc/[0-9]*; do
    cmd=$(tr '\0' ' ' 2>/dev/null < "$dir/cmdline") || continue
    case "$cmd" in
      *iwd.service=registry-service*) name=registry ;; *iwd.service=task-service*) name=task ;;
      *iwd.service=reporting-service*) name=reporting ;; *iwd.service=gateway*) name=gateway ;;
      *kafka.Kafka*) name=kafka ;; *postgres*) name=postgres ;; *IngestBench*) name=bench ;;
      *) continue ;;
    esac
    echo "${dir#/proc/} $name"
  done
}
