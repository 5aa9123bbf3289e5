#!/usr/bin/env bash
# Matching at national scale (2,000 published needs x 5,000 organisations x 100,000 aid items, generated in SQL);
# prints p50/p95/p99 over HTTP of a need's likely funders (also in target/matching-benchmark.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test -Dtest=MatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/matching-benchmark.txt
