#!/usr/bin/env bash
# An IATI activity file imported end to end at national scale (100,000 aid items): upload, reading (parse, schema
# check, facts, mapping, rows stored), matching against the items, merge preview, each phase in MB/s beside a bare
# StAX parse of the same file in the same run, with the heap and the load (also in target/iati-import-e2e-benchmark.txt);
# figures: bench/iati-import-notes.md. A smaller file: bench/iati-import-e2e.sh -Dbench.megabytes=20
# Reuse a loaded national database (a copy of your own: the run adds a job and IATI identifiers to it):
#   bench/iati-import-e2e.sh -Dbench.data-dir=/work/bench-data/national-e2e
# Without it the national dataset is built first in a fresh database (several minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test -Dtest=IatiImportEndToEndBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/iati-import-e2e-benchmark.txt
