#!/usr/bin/env bash
# IATI import reading speed: a bare StAX parse beside parse + per-activity schema check + facts + mapping of the same
# generated 5 MB and 50 MB files, in MB/s, with the heap's peak (also in target/iati-import-benchmark.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test -Dtest=IatiImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/iati-import-benchmark.txt
