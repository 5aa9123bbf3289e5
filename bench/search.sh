#!/usr/bin/env bash
# Search latency at national scale; prints p50/p95/p99 over HTTP and direct SQL (also in target/search-benchmark.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/search-benchmark.txt
