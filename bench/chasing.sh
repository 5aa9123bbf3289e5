#!/usr/bin/env bash
# The daily chasing job over the national dataset (100,000 aid items and their reporting duties, generated in SQL):
# prints the time of a first (catch-up) run, of a second run the same day, and of the next day's run (also in
# target/chasing-benchmark.txt). Target: under 60 s.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test -Dtest=ChasingBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/chasing-benchmark.txt
