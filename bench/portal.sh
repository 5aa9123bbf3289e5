#!/usr/bin/env bash
# The public portal's home and a published need's page at 16 concurrent anonymous clients over HTTP, against the
# application jar with the demo data, run as in production; prints throughput and p50/p95/p99 for new visitors (whole
# pages) and returning ones (ETag, 304), also in target/portal-bench/report.txt. Target (issue 15): >= 300 pages/s
# and p95 <= 30 ms. Set PORTAL_BENCH_JAR to an existing jar to skip the build.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORTAL_BENCH_PORT:-18090}
out=target/portal-bench
rm -rf "$out"
mkdir -p "$out"

jar=${PORTAL_BENCH_JAR:-}
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=target/vientro.jar
fi
java -jar "$jar" --spring.profiles.active=demo --vientro.data-dir="$out/data" --server.port="$port" \
  > "$out/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && break
  kill -0 "$app" || { echo "The application did not start: $out/app.log"; exit 1; }
  sleep 1
done

base="http://127.0.0.1:$port"
need=$(curl -sf "$base/sitemap.xml" | grep -o "<loc>[^<]*/danh-muc-du-an/[0-9][^<]*</loc>" | head -1 \
  | sed -e 's/<[^>]*>//g' -e "s|^$base||")
[ -n "$need" ] || { echo "No published need in the demo data's site map"; exit 1; }
java bench/PortalBench.java "$base" / "$need" | tee "$out/report.txt"
