#!/usr/bin/env bash
# Runs `eval` for a grid of near-duplicate settings (bands x rows, verification threshold) on the same
# seeded stream and prints one line per setting: the table in docs/evaluation.md comes from it.
# Usage: bash bench/eval-grid.sh [OUT_DIR]   (needs ../shared/data and tools/target/article-dedup-tools.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/eval-grid}"
mkdir -p "$out"
[ -f tools/target/article-dedup-tools.jar ] || ./mvnw -q -DskipTests package
grid=(
  "16 4 0.5"
  "16 4 0.4"
  "20 3 0.4"
  "32 4 0.4"
  "32 4 0.5"
)
for g in "${grid[@]}"; do
  read -r bands rows threshold <<<"$g"
  name="b${bands}r${rows}t${threshold}"
  echo "==> bands=$bands rows=$rows threshold=$threshold"
  java -Xmx2g -jar tools/target/article-dedup-tools.jar eval --json "$out/$name.json" \
    --set dedup.near.bands="$bands" --set dedup.near.rows="$rows" --set dedup.near.threshold="$threshold" \
    > "$out/$name.log" 2>&1 || { echo "eval failed, see $out/$name.log"; continue; }
  python3 - "$out/$name.json" "$bands" "$rows" "$threshold" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
def f(k): return r[k]["f1"] if isinstance(r.get(k), dict) else float("nan")
print(f"bands={sys.argv[2]:>3} rows={sys.argv[3]} threshold={sys.argv[4]}  exactF1={f('exact'):.4f} nearF1={f('near'):.4f} "
      f"allF1={f('all'):.4f} ARI={r['ari']:.4f} hardNegMerged={r['hardNegativesMergedPct']:.2f}% "
      f"contentRemoved={r['contentWronglyRemovedPct']:.2f}% articles/s={r.get('articlesPerSecond') or 0:.0f}")
PY
done
