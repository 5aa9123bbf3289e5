#!/usr/bin/env bash
# Search latency at national scale; prints p50/p95/p99 over HTTP (JDK HttpClient and a blocking HttpURLConnection)
# and for the direct call (also in target/search-benchmark.txt). About 3 minutes, 40 s of it the JIT warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/search-benchmark.txt
