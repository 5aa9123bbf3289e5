#!/usr/bin/env bash
# The leaders' dashboard at national scale (100,000 items, 1,000,000 transactions over 20 years, with splits): prints
# each chart's data p95 over HTTP, in-process and as the statistics SQL alone, and the whole page's p95 (also in
# target/dashboard-benchmark.txt). Targets: chart data p95 <= 80 ms, page p95 <= 250 ms, HTTP <= 1.5 x SQL.
# Fewer requests: bench/dashboard.sh -Dbench.rounds=40 -Dbench.warmup=10
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/dashboard-benchmark.txt
