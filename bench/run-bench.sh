#!/usr/bin/env bash
# End-to-end benchmark (docs/performance.md). Usage: bench/run-bench.sh [N] [RATE] [extra bench flags...]
# Runs from the repository root so that ../shared/data is found; writes JSON to target/bench-<N>.json and
# a JFR recording of the whole run (broker + app share the JVM) to target/bench-<N>.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-200000}"; RATE="${2:-1000}"; shift $(( $# > 2 ? 2 : $# ))
[ -f tools/target/article-dedup-tools.jar ] || ./mvnw -q -DskipTests package
mkdir -p target
java -XX:StartFlightRecording=filename="target/bench-$N.jfr",settings=profile \
     -jar tools/target/article-dedup-tools.jar bench --articles "$N" --rate "$RATE" --json "$@" > "target/bench-$N.json"
cat "target/bench-$N.json"
echo "profile: jfr view hot-methods target/bench-$N.jfr   (JDK 21+), or jfr print --events jdk.ExecutionSample" >&2
