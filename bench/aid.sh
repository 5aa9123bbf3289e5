#!/usr/bin/env bash
# Aid list and detail at national scale (100,000 items, 1,000,000 transactions); prints p50/p95/p99 over HTTP and
# in-process (also in target/aid-benchmark.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test -Dtest=AidBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/aid-benchmark.txt
