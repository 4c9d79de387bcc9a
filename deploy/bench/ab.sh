#!/usr/bin/env bash
# A/B of two builds of one service on the running stack (deploy/up.sh, data loaded): each round runs the
# service from build A, then from build B, and measures each URL with wrk (16 connections, 10 s after a
# 10 s warm-up) and the CPU each process of the stack spent per request (from /proc, before and after).
#   deploy/bench/ab.sh reporting-service /tmp/reporting-a /tmp/reporting-b [rounds] [url ...]
# A and B are copies of target/quarkus-app directories (cp -r) with the same migrations (a build that lacks
# one the database has refuses to start); the service's own build is restored after.
# Default URLs: reporting's public indicators, straight and through the gateway.
set -euo pipefail
cd "$(dirname "$0")/../.."
service=$1 a=$2 b=$3 rounds=${4:-2}
shift $(( $# < 4 ? $# : 4 ))
urls=("$@")
[ ${#urls[@]} -gt 0 ] || urls=(http://127.0.0.1:8083/api/v1/public/indicators http://127.0.0.1:8080/api/v1/public/indicators)
app="$service/target/quarkus-app"
own=$(mktemp -d) && cp -r "$app" "$own/quarkus-app"
trap 'rm -rf "$app" && mv "$own/quarkus-app" "$app" && kill "$(cat .data/run/$service.pid)" 2>/dev/null; sleep 3; deploy/up.sh >/dev/null 2>&1' EXIT
for round in $(seq "$rounds"); do
  for variant in A B; do
    build=$([ "$variant" = A ] && echo "$a" || echo "$b")
    rm -rf "$app" && cp -r "$build" "$app"
    kill "$(cat ".data/run/$service.pid")" 2>/dev/null || true
    sleep 3
    deploy/up.sh >/dev/null 2>&1
    for url in "${urls[@]}"; do
      wrk -t2 -c16 -d10s "$url" >/dev/null
      deploy/bench/cpu-by-process.sh > "$own/before"
      out=$(wrk -t2 -c16 -d10s --latency "$url")
      deploy/bench/cpu-by-process.sh > "$own/after"
      requests=$(awk '/requests in/ {print $1}' <<< "$out")
      echo "round $round $variant $url: $(awk '/Requests\/sec/ {print $2}' <<< "$out") req/s, p99 $(awk '$1 == "99%" {print $2}' <<< "$out"), CPU per request:" \
        "$(join "$own/before" "$own/after" | awk -v n="$requests" '{printf "%s %.0f us  ", $1, ($3 - $2) * 1e6 / n}')"
    done
  done
done
