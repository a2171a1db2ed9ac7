#!/usr/bin/env bash
# End-to-end check of the dashboard and the alert rules against a real Prometheus
# scraping the running application (design.md, "Observability").
#
#  1. builds tools/target/article-dedup-tools.jar when missing, starts `demo --no-samples`
#     (embedded broker + processor + /metrics) on free ports, waits for /ready;
#  2. starts a private Prometheus (Debian package `prometheus`, not its service)
#     on a free port, temp storage, scrape and rule evaluation every second,
#     with ops/prometheus/rules/article-dedup-rules.yml;
#  3. feeds waves of articles with a known duplicate mix (the built-in samples,
#     then rewritten copies that keep the samples' duplicate relations, see
#     ops/prometheus_e2e.py) and malformed events (dead letters), over about
#     two minutes, and waits until Prometheus has seen every event processed;
#  4. evaluates every expression of ops/extract_promql.py through the HTTP API:
#     each must parse, each dashboard query must return data; checks the
#     rules loaded healthy; compares the measured duplicate rate with the fed
#     one; draws the duplicate rate over the run to docs/img/duplicate-rate.png
#     (CHART=path to write it elsewhere, CHART= to skip).
# Exits non-zero on any failure; kills what it started on exit.
#
# Environment: WAVES (default 5), RATE (events/s per wave, default 4),
# TOLERANCE (absolute, on the duplicate rate, default 0.02), KEEP_TMP=1.
# Needs java 17, curl, prometheus, python3 with matplotlib (installed with
# apt-get when missing and running as root).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

WAVES="${WAVES:-5}"
RATE="${RATE:-4}"
TOLERANCE="${TOLERANCE:-0.02}"
CHART="${CHART-docs/img/duplicate-rate.png}"
JAR=tools/target/article-dedup-tools.jar
RULES="$ROOT/ops/prometheus/rules/article-dedup-rules.yml"
SAMPLES=tools/src/main/resources/samples/articles.jsonl
WORK="$(mktemp -d -t check-prometheus.XXXXXX)"
DEMO_PID=""
PROM_PID=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*"; exit 1; }

cleanup() {
  local rc=$?
  [[ -n "$PROM_PID" ]] && kill "$PROM_PID" 2>/dev/null
  [[ -n "$DEMO_PID" ]] && kill "$DEMO_PID" 2>/dev/null
  for pid in $PROM_PID $DEMO_PID; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null
  done
  if [[ $rc -ne 0 ]]; then
    log "logs (last lines) in $WORK:"
    for f in demo.log tmp/article-dedup-demo.log prometheus.log; do [[ -f "$WORK/$f" ]] && { echo "--- $f"; tail -n 25 "$WORK/$f"; }; done
  fi
  if [[ "${KEEP_TMP:-0}" == 1 || $rc -ne 0 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# ------------------------------------------------------------------ tools
# python with matplotlib: Debian's python3-matplotlib lives in /usr/bin/python3
PY=""
for c in python3 /usr/bin/python3; do
  if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import matplotlib' >/dev/null 2>&1; then PY="$c"; break; fi
done
need=()
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
command -v curl >/dev/null 2>&1 || need+=(curl)
[[ -z "$PY" && -n "$CHART" ]] && need+=(python3 python3-matplotlib)
if ((${#need[@]})); then
  [[ $(id -u) -eq 0 ]] || fail "missing ${need[*]}: install them or run as root"
  log "installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || fail "apt-get install ${need[*]}"
  # the package starts its own service on :9090; we run our own instance. Stop that service through
  # its init system, only if it runs; never by process name.
  if systemctl is-active --quiet prometheus 2>/dev/null; then
    systemctl stop prometheus
  elif service prometheus status >/dev/null 2>&1; then
    service prometheus stop >/dev/null 2>&1 || true
  fi
  for c in python3 /usr/bin/python3; do
    if "$c" -c 'import matplotlib' >/dev/null 2>&1; then PY="$c"; break; fi
  done
fi
[[ -n "$PY" ]] || PY=python3
log "tools: $(prometheus --version 2>&1 | head -n1); $(java -version 2>&1 | head -n1); $("$PY" --version)"

# ------------------------------------------------------------------ app
if [[ ! -f "$JAR" ]]; then
  log "building $JAR"
  ./mvnw -q -B -DskipTests package || fail "build"
fi
KAFKA_PORT=$(free_port)
HTTP_PORT=$(free_port)
log "starting demo: broker localhost:$KAFKA_PORT, metrics http://localhost:$HTTP_PORT/metrics"
# java.io.tmpdir: the demo's broker data and Kafka Streams state go to temp directories that the
# demo does not delete (the state directory); keep them under $WORK, removed on exit
mkdir -p "$WORK/tmp"
java -Xmx1g -Djava.io.tmpdir="$WORK/tmp" -jar "$JAR" demo --no-samples --port "$KAFKA_PORT" --http-port "$HTTP_PORT" \
  > "$WORK/demo.log" 2>&1 &
DEMO_PID=$!
for i in $(seq 1 180); do
  kill -0 "$DEMO_PID" 2>/dev/null || fail "demo exited (see demo.log)"
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$HTTP_PORT/ready")" == 200 ]] && break
  [[ $i -eq 180 ]] && fail "demo not ready after 180s"
  sleep 1
done
READY_AT=$(date +%s)
log "demo ready after ${i}s"

# ------------------------------------------------------------------ prometheus
PROM_PORT=$(free_port)
PROM="http://127.0.0.1:$PROM_PORT"
cat > "$WORK/prometheus.yml" <<EOF
global:
  scrape_interval: 1s
  scrape_timeout: 1s
  evaluation_interval: 1s
rule_files:
  - $RULES
scrape_configs:
  - job_name: article-dedup
    metrics_path: /metrics
    static_configs:
      - targets: ["localhost:$HTTP_PORT"]
EOF
promtool check config "$WORK/prometheus.yml" >/dev/null || fail "promtool check config"
log "starting prometheus on $PROM (storage $WORK/tsdb)"
prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/tsdb" \
  --web.listen-address="127.0.0.1:$PROM_PORT" --storage.tsdb.retention.time=1d \
  > "$WORK/prometheus.log" 2>&1 &
PROM_PID=$!
for i in $(seq 1 60); do
  kill -0 "$PROM_PID" 2>/dev/null || fail "prometheus exited (see prometheus.log)"
  curl -sf "$PROM/api/v1/query?query=up%7Bjob%3D%22article-dedup%22%7D%3D%3D1" | grep -q '"value"' && break
  [[ $i -eq 60 ]] && fail "prometheus does not scrape the demo after 60s"
  sleep 1
done
log "prometheus is scraping the demo"

# ------------------------------------------------------------------ feed
"$PY" ops/prometheus_e2e.py feed --samples "$SAMPLES" --waves "$WAVES" --out "$WORK/feed" > "$WORK/expected.json" \
  || fail "feed files"
log "expected: $(cat "$WORK/expected.json")"
MALFORMED_PER_SEND=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["malformed_per_send"])' "$WORK/expected.json")
ARTICLES=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["articles"])' "$WORK/expected.json")
produce() { java -Xmx256m -jar "$JAR" produce --bootstrap-servers "localhost:$KAFKA_PORT" "$@" >> "$WORK/produce.log" 2>&1; }
INVALID=0
for ((w = 0; w < WAVES; w++)); do
  if [[ $w -eq 0 ]]; then
    log "wave 0/$WAVES: the 40 built-in samples at ${RATE}/s"
    produce --samples --rate "$RATE" || fail "produce wave 0"
  else
    log "wave $w/$WAVES: 40 rewritten samples at ${RATE}/s"
    produce --file "$WORK/feed/wave-$w.jsonl" --rate "$RATE" || fail "produce wave $w"
  fi
  if ((w == 1 || w == WAVES - 2)); then
    log "  + $MALFORMED_PER_SEND malformed events (dead letters)"
    produce --file "$WORK/feed/malformed.jsonl" || fail "produce malformed"
    INVALID=$((INVALID + MALFORMED_PER_SEND))
  fi
  ((w < WAVES - 1)) && sleep 8
done
TOTAL=$((ARTICLES + INVALID))
log "fed $TOTAL events ($ARTICLES articles, $INVALID malformed); waiting for Prometheus to see them processed"
"$PY" ops/prometheus_e2e.py wait --prometheus "$PROM" --total "$TOTAL" --timeout 180 || fail "not all events processed"
# Micrometer's Kafka binder picks up new client metrics (per-partition lag) once a minute
MIN_RUN=100
now=$(date +%s)
if ((now - READY_AT < MIN_RUN)); then
  log "waiting $((MIN_RUN - (now - READY_AT)))s more (Kafka client metrics appear after the binder's 60s refresh)"
  sleep $((MIN_RUN - (now - READY_AT)))
fi
sleep 5  # a few more scrapes and rule evaluations

# ------------------------------------------------------------------ check
"$PY" ops/prometheus_e2e.py check --prometheus "$PROM" --expected "$WORK/expected.json" --invalid "$INVALID" \
  --tolerance "$TOLERANCE" --start "$READY_AT" ${CHART:+--chart "$CHART"}
