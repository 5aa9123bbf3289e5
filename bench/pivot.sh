#!/usr/bin/env bash
# Pivots over every item at national scale (100,000 items, 1,000,000 transactions over 20 years, with sector and
# commune splits); prints each pivot's page p50/p95 over HTTP and its computation in-process (also in
# target/pivot-benchmark.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test -Dtest=PivotBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/pivot-benchmark.txt
