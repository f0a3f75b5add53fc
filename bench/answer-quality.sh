#!/usr/bin/env bash
# Answer-quality benchmark through the real compile + search path (see AnswerQualityBench).
# Run from anywhere: bench/answer-quality.sh [data-folder]
# Prints a table and writes it to docs/benchmarks.md (OUT=file to change; ROWS=clinc50,clinc5,es,business to pick
# rows; CAP=n to ask at most n dev messages per row, for development only; BENCH_JAVA_OPTS for -D switches such as
# -Dmostrador.dump=/tmp/dump or -Dmostrador.probes). Needs no `mvn install`.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-/work/shared/bench-data}"
OFFLINE="${MVN_OFFLINE:-}"  # MVN_OFFLINE=-o to stay offline once ~/.m2 holds everything
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q $OFFLINE -pl bot-core test-compile
./mvnw -B -q $OFFLINE -pl bot-core org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
MACHINE="\`nproc\`: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); \`free -h\` total: $(free -h | awk '/^Mem:/{print $2}'); \`java -version\`: $(java -version 2>&1 | head -1); $(uname -m)"
java -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "bot-core/target/test-classes:bot-core/target/classes:$(cat "$CP_FILE")" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  dev.mostrador.bench.AnswerQualityBench "$DATA" business "${OUT:-docs/benchmarks.md}" "$MACHINE" \
  "${ROWS:-clinc50,clinc5,es,business}" "${CAP:-2147483647}"
