#!/usr/bin/env bash
# The size of the production jar (app) and the tools jar, and the bytes each runtime dependency of app adds
# to the production jar (compressed, as stored in it; entries under META-INF/ are left out). Usage:
# bench/jar-sizes.sh [N] prints the N largest (10). Builds the jars when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
TOP="${1:-10}"
APP=app/target/article-dedup-app.jar
TOOLS=tools/target/article-dedup-tools.jar
[ -f "$APP" ] && [ -f "$TOOLS" ] || ./mvnw -q -B -DskipTests package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./mvnw -q -B -pl app -am dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$work/cp.txt"
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
echo "$APP: $(mb "$(stat -c %s "$APP")")"
echo "$TOOLS: $(mb "$(stat -c %s "$TOOLS")")"
# name -> compressed size of every file in the production jar
unzip -v "$APP" | awk 'NR > 3 && NF == 8 && $8 !~ /\/$/ && $8 !~ /^META-INF\// { print $8, $3 }' > "$work/app.sizes"
echo "largest runtime dependencies, by the bytes they add to $APP:"
tr ':' '\n' < "$work/cp.txt" | while read -r dep; do
    unzip -Z1 "$dep" | awk -v dep="$(basename "$dep" .jar)" 'NR == FNR { size[$1] = $2; next }
        ($0 in size) { sum += size[$0] } END { printf "%d %s\n", sum, dep }' "$work/app.sizes" -
done | sort -rn | head -n "$TOP" | while read -r bytes dep; do echo "  $(mb "$bytes")  $dep"; done
