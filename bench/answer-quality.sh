#!/usr/bin/env bash
# Answer-quality benchmark: FaqClassifier on CLINC150 (50 and 5 examples/intent) and Spanish TOD.
# Run from the repository root: bench/answer-quality.sh [data-folder]
# Prints a table and writes it to docs/benchmarks.md (OUT=file to change; ROWS=clinc50,clinc5,es to pick rows).
# Takes a few minutes on 2 idle cores.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-/work/shared/bench-data}"
OFFLINE="${MVN_OFFLINE:--o}"
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q $OFFLINE -pl bot-core test-compile
./mvnw -B -q $OFFLINE -pl bot-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
MACHINE="\`nproc\`: $(nproc); \`free -h\` total: $(free -h | awk '/^Mem:/{print $2}'); \`java -version\`: $(java -version 2>&1 | head -1); $(uname -m)"
java -Xmx4g -cp "bot-core/target/test-classes:bot-core/target/classes:$(cat "$CP_FILE")" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  dev.mostrador.bench.AnswerQualityBench "$DATA" "${OUT:-docs/benchmarks.md}" "$MACHINE" "${ROWS:-clinc50,clinc5,es}"
