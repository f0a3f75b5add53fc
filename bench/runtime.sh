#!/usr/bin/env bash
# Runtime benchmark: startup time to /health UP, resident memory, and /api/chat latency over real HTTP.
# Usage (from the repo root, after `./mvnw -B -q package -DskipTests`): bench/runtime.sh [requests-per-question]
# Starts bot-runtime/target/bot-runtime.jar on a free loopback port with a temporary data dir, the way a 1 GB VPS
# would run it (-Xmx256m, SerialGC), sends Spanish questions and an English one the second look scores, prints the
# numbers and stops the bot.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bot-runtime/target/bot-runtime.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
n=${1:-40}
port=${PORT:-18181}
data=$(mktemp -d)
start=$(date +%s%N)
BOT_DATA_DIR="$data" MICRONAUT_SERVER_PORT=$port BOT_RATE_LIMIT_CLIENT_PER_MIN=0 BOT_RATE_LIMIT_SESSION_PER_MIN=0 \
  java -Xmx256m -XX:+UseSerialGC -jar "$jar" > "$data/bot.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/health" || true)" = 200 ] && break
  sleep 0.25
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
questions=("a q hora cierran" "aceptan tarjeta" "cuanto cuesta la horchata" "donde estan hoy" "do you have kids meals")
: > "$data/lat.txt"
for i in $(seq 1 "$n"); do
  for q in "${questions[@]}"; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "localhost:$port/api/chat" \
      -H 'content-type: application/json' -d "{\"session_id\":\"bench-$i\",\"text\":\"$q\"}" >> "$data/lat.txt"
  done
done
rss_kb=$(ps -o rss= -p $pid | tr -d ' ')
ok=$(grep -c '^200 ' "$data/lat.txt" || true)
read -r median p95 < <(cut -d' ' -f2 "$data/lat.txt" | sort -n | awk '{a[NR]=$1} END {printf "%.1f %.1f\n", a[int(NR/2)]*1000, a[int(NR*0.95)]*1000}')
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "startup to /health UP: ${ready_ms} ms"
echo "RSS after ${#questions[@]}x$n requests: $((rss_kb / 1024)) MB"
echo "/api/chat: $ok of $(wc -l < "$data/lat.txt") answered 200; median ${median} ms, p95 ${p95} ms"
