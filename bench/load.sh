#!/usr/bin/env bash
# Load test: 200 officials for 10 minutes (Gatling, bench/load) against the application jar, run as in production,
# holding the national dataset of bench/aid.sh. Prints throughput and p95 per request kind, the errors, and the
# application's memory (RSS of its JVM, sampled each second); also in target/load/report.txt.
# Options go to Gatling: bench/load.sh -Dload.users=50 -Dload.minutes=2
set -euo pipefail
cd "$(dirname "$0")/.."
port=${LOAD_PORT:-18080}
out=target/load
rm -rf "$out" bench/load/target
mkdir -p "$out"

./mvnw -B -q -DskipTests package
java -jar target/vientro.jar --spring.profiles.active=demo --vientro.data-dir="$out/data" --server.port="$port" \
  > "$out/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && break
  kill -0 "$app" || { echo "The application did not start: $out/app.log"; exit 1; }
  sleep 1
done

pg_port=$(sed -n 4p "$out/data/pg/postmaster.pid")
./mvnw -B -q -Pbench test -Dtest=LoadTestDataset -Dsurefire.failIfNoSpecifiedTests=false \
  -Dload.jdbc-url="jdbc:postgresql://127.0.0.1:$pg_port/vientro"

# The JVM's resident memory each second; the embedded PostgreSQL (its own processes) apart, as proportional sets.
(
  while kill -0 "$app" 2>/dev/null; do
    jvm=$(awk '/^VmRSS/ {print $2}' "/proc/$app/status")
    pg=0
    postmaster=$(sed -n 1p "$out/data/pg/postmaster.pid" 2>/dev/null || true)
    for pid in $postmaster $(pgrep -P "${postmaster:-1}" || true); do
      pg=$((pg + $(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
    done
    echo "$(date +%s) $jvm $pg"
    sleep 1
  done
) > "$out/memory.txt" &

gatling_status=0
./mvnw -B -f bench/load/pom.xml gatling:test -Dload.dir="$PWD/$out" -Dload.base-url="http://127.0.0.1:$port" "$@" \
  > "$out/gatling.log" 2>&1 || gatling_status=$?
drafts=$(curl -sf -H 'Authorization: Bearer demo-focal' -H 'Accept: application/json' \
  "http://127.0.0.1:$port/api/v1/aid-items?q=th%E1%BB%AD+t%E1%BA%A3i&size=1" | grep -o '"total":[0-9]*' || true)

python3 - "$out" bench/load/target/gatling "$gatling_status" "$drafts" <<'EOF' | tee "$out/report.txt"
import glob, os, re, sys
out, reports, status, drafts = sys.argv[1:5]
runs = sorted(glob.glob(os.path.join(reports, "*", "index.html")))
if not runs:
    print("No Gatling report: see", os.path.join(out, "gatling.log")); sys.exit(1)
# Gatling's HTML report: per request kind, a row of cells col-2 (total) ... col-13 (mean)
html = open(runs[-1], encoding="utf-8").read()
rows = re.findall(r'class="ellipsed-name">([^<]+)</span>(.*?)</tr>', html, re.S)
print("Load test (officials' mix, national dataset): report", os.path.dirname(runs[-1]))
for name, cells in rows:
    v = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)</td>', cells))
    print("  %-20s %7s requests %5s KO  %6s req/s  p50 %6s  p95 %6s  p99 %6s  max %6s ms" % (
        name, v.get("2"), v.get("4"), v.get("6"), v.get("8"), v.get("10"), v.get("11"), v.get("12")))
samples = [l.split() for l in open(os.path.join(out, "memory.txt")) if len(l.split()) == 3]
jvm = [int(s[1]) for s in samples]; pg = [int(s[2]) for s in samples]
print("  application JVM RSS: max %d MB, last %d MB (%d samples); embedded PostgreSQL PSS: max %d MB" % (
    max(jvm) // 1024, jvm[-1] // 1024, len(jvm), max(pg) // 1024))
print("  drafts written and found again:", drafts or "?", "| Gatling exit status", status)
EOF
exit "$gatling_status"
